"""How well a spoken language is asked or shown, on the CEFR scale A1 < A2 < B1 < B2 < C1 < C2,
read from the words written right beside the language's name: "Fluent German", "German (C1)",
"English - native", "German (Limited Working)"; and from a Europass self-assessment grid, a
CEFR grade for each of listening, reading, spoken interaction, spoken production and writing,
on the name's line or on the lines below it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .. import regex_cache
from ..documents.cleaning import EAST_ASIAN_LETTER

CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
_LEVEL = r"[ABC][12]"
CEFR_CODE = rf"{_LEVEL}\+?"  # "C1", "B2+"
# Words after "or" that make a grade a minimum: "C1 or above", "B2 or higher"
AT_LEAST_WORDS = frozenset({"above", "higher", "better", "greater", "more", "over", "beyond"})

# German, in its declined forms: "verhandlungssichere Deutschkenntnisse" (business fluent),
# "sehr gute Englischkenntnisse", "Grundkenntnisse in Französisch". A German line writes them
# with a capital before the language's name ("Verhandlungssicheres Englisch"), as it writes a
# noun.
_GERMAN_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("muttersprachlich", "muttersprachliche", "muttersprachliches"), "C2"),
    **dict.fromkeys(("verhandlungssicher", "verhandlungssichere", "verhandlungssicheres"), "C1"),
    **dict.fromkeys(("fließende", "fließendes", "fliessend", "fliessende", "fliessendes"), "C1"),
    **dict.fromkeys(("sehr gute", "sehr gutes", "sehr guten"), "C1"),
    **dict.fromkeys(("gute", "gutes", "guten"), "B2"),
    **dict.fromkeys(("grundkenntnisse", "grundlegende"), "A2"),
}
GERMAN_GRADE_WORDS = frozenset(_GERMAN_WORD_GRADES)

# French, Spanish, Italian and Portuguese, most often written after the name ("anglais
# courant", "inglés avanzado", "inglese fluente", "inglês fluente"), a few before it
# ("bilingue", "bon niveau d'anglais", "ottima conoscenza dell'inglese"); longer wordings first
_ROMANCE_WORD_GRADES: dict[str, str] = {
    # LinkedIn's five grades on its Spanish, Portuguese, French and Italian pages ("competencia
    # profesional completa" is "full professional"), with the limited one before the bare word
    **dict.fromkeys(("profesional completa", "profissional completa"), "C1"),
    **dict.fromkeys(("professionnelle complète", "professionale completa"), "C1"),
    **dict.fromkeys(("básica profesional",), "B2"),
    **dict.fromkeys(("básica limitada", "profissional limitada", "professionale limitata"), "B1"),
    **dict.fromkeys(("professionnelle limitée",), "B1"),
    **dict.fromkeys(("intermedio avanzado", "intermedio alto", "intermediário avançado"), "B2"),
    **dict.fromkeys(("professionnelle", "professionale", "profissional"), "B2"),
    **dict.fromkeys(("discreto", "discreta", "sufficiente"), "B1"),
    **dict.fromkeys(("elemental", "elementare", "elementar", "base", "instrumental"), "A2"),
    **dict.fromkeys(("langue maternelle", "lengua materna", "madrelingua"), "C2"),
    **dict.fromkeys(("bilingue", "bilingüe", "natif", "nativo", "nativa", "maternelle"), "C2"),
    **dict.fromkeys(("très bon", "très bonne", "muy bueno", "muy buena"), "C1"),
    **dict.fromkeys(("intermedio-avanzado", "intermedio-alto"), "B2"),
    **dict.fromkeys(("courant", "courants", "courante", "couramment", "avancé", "avancée"), "C1"),
    **dict.fromkeys(("excellente", "fluidamente"), "C1"),
    **dict.fromkeys(("avanzado", "avanzada", "alto", "fluido", "fluida", "excelente"), "C1"),
    **dict.fromkeys(("fluente", "fluenti", "ottimo", "ottima", "avanzato", "avanzata"), "C1"),
    **dict.fromkeys(("avançado", "avançada"), "C1"),
    **dict.fromkeys(("professionnel", "opérationnel", "bon", "bonne", "profesional"), "B2"),
    **dict.fromkeys(("buen", "bueno", "buena", "buono", "buona", "buon", "bom", "boa"), "B2"),
    **dict.fromkeys(("intermédiaire", "intermedio", "intermedia", "intermediário"), "B1"),
    **dict.fromkeys(("medio", "conversacional"), "B1"),
    # "Inglês técnico", "inglés técnico": enough to read technical documents
    **dict.fromkeys(("técnico", "técnica"), "B1"),
    **dict.fromkeys(("notions", "scolaire", "básico", "básica", "scolastico"), "A2"),
}
ROMANCE_GRADE_WORDS = frozenset(_ROMANCE_WORD_GRADES)

# Dutch, Swedish, Danish, Norwegian and Polish, most often before the name ("vloeiend Engels",
# "flytande svenska", "gode kunnskaper i norsk", "biegła znajomość języka angielskiego"), a
# few after it ("svenska flytande", "polski ojczysty"); longer wordings first. The bare "god"
# and "goed" are left out: "good" in Danish, Norwegian and Dutch, but "God" in English.
_NORTHERN_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("moedertaal", "modersmål", "morsmål", "ojczysty"), "C2"),
    **dict.fromkeys(("zeer goede", "mycket goda", "meget gode", "svært gode", "svært god"), "C1"),
    **dict.fromkeys(("bardzo dobra", "bardzo dobry", "bardzo dobrej", "biegła", "biegły"), "C1"),
    **dict.fromkeys(("vloeiend", "flytande", "flydende", "flytende", "uitstekend", "biegle"), "C1"),
    **dict.fromkeys(("uitstekende", "utmärkta", "utmärkt", "fremragende"), "C1"),
    **dict.fromkeys(("goede", "goda", "gode", "dobra", "dobry", "dobrej"), "B2"),
    **dict.fromkeys(("komunikatywna", "komunikatywny", "komunikatywnej"), "B1"),
    **dict.fromkeys(("basiskennis", "grundläggande", "podstawowa", "podstawowy"), "A2"),
}

# Hungarian, Romanian and Estonian: Hungarian and Estonian before the name ("tárgyalóképes
# angol nyelvtudás", "hea inglise keele oskus"), Romanian after it ("engleză avansat"); a
# Hungarian "tárgyalóképes" (fit to negotiate) is the German "verhandlungssicher"
_EASTERN_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("anyanyelvi", "nativ", "nativă", "emakeel", "emakeelena"), "C2"),
    **dict.fromkeys(("tárgyalóképes", "felsőfokú", "kiváló", "avansat", "avansată"), "C1"),
    **dict.fromkeys(("foarte bune", "foarte bine", "väga hea", "väga heal"), "C1"),
    **dict.fromkeys(("középfokú", "magabiztos", "jó", "bune", "bună", "hea", "heal"), "B2"),
    **dict.fromkeys(("mediu", "kommunikációképes", "suhtlustasandil", "kesktasemel"), "B1"),
    **dict.fromkeys(("alapfokú", "începător", "algtasemel"), "A2"),
}

# Czech and Slovak, before the name ("pokročilá znalost angličtiny", "aktívna znalosť
# anglického jazyka") or after it ("Angličtina - pokročilá", "Anglický jazyk - pokročilý",
# "na komunikativní úrovni"); "středně pokročilá" (intermediate) and "mírně pokročilá"
# (slightly advanced: pre-intermediate) are found before "pokročilá" (advanced), as they start
# earlier
_ADVANCED = ("pokročilá", "pokročilou", "pokročilú", "pokročilý", "pokročilé")


def _qualified(*hows: str) -> list[str]:
    """'Advanced' after each of `hows` ("středně pokročilá")."""
    return [f"{how} {word}" for how in hows for word in _ADVANCED]


_CZECH_SLOVAK_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("rodilý mluvčí", "rodilý hovorca", "mateřský", "materinský"), "C2"),
    **dict.fromkeys(("velmi dobrá", "veľmi dobrá", "výborná", "výbornou", "výbornú"), "C1"),
    **dict.fromkeys(("plynulá", "plynulou", "plynulú", "plynule", "plynulo"), "C1"),
    **dict.fromkeys(_ADVANCED, "C1"),
    **dict.fromkeys(("výborný", "plynulý"), "C1"),
    **dict.fromkeys(("aktivní", "aktivně", "aktívna", "aktívnu", "dobrá", "dobrou", "dobrú"), "B2"),
    **dict.fromkeys(("dobrý", "aktívny"), "B2"),
    **dict.fromkeys(_qualified("středně", "stredne"), "B1"),
    **dict.fromkeys(("komunikativní", "komunikatívna", "komunikatívnu", "komunikatívny"), "B1"),
    **dict.fromkeys(("komunikatívnej",), "B1"),
    **dict.fromkeys(_qualified("mírně", "mierne"), "A2"),
    **dict.fromkeys(("základní", "základná", "základnú", "základy"), "A2"),
    **dict.fromkeys(("začátečník", "začiatočník"), "A1"),
}

# Lithuanian and Latvian, before the name ("geros anglų kalbos žinios", "teicamas angļu valodas
# zināšanas") or after it ("Lietuvių kalba – gimtoji", "Angļu valoda – dzimtā")
_BALTIC_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("gimtoji", "dzimtā"), "C2"),
    **dict.fromkeys(("labai geros", "labai geri", "labai gerai", "puikios", "puikūs"), "C1"),
    **dict.fromkeys(("puikiai", "laisvai", "teicamas", "teicamā", "teicami", "izcilas"), "C1"),
    **dict.fromkeys(("brīvi", "ļoti labas", "ļoti labā"), "C1"),
    **dict.fromkeys(("geros", "geri", "gerai", "labas", "labā", "labi"), "B2"),
    **dict.fromkeys(("vidutinės", "vidutiniškai", "vidējas", "vidējā"), "B1"),
    **dict.fromkeys(("pagrindinės", "pradedančiojo", "pamata"), "A2"),
}

# Turkish, before the name ("iyi derecede İngilizce", "ileri seviye Almanca", "akıcı
# İngilizce") or after it ("İngilizce - ileri seviye"); the words of degree after a grade
# ("derecede", "seviyede", "düzeyinde") are joining words (_TURKISH_KNOWLEDGE)
_TURKISH_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("anadil", "anadili"), "C2"),
    **dict.fromkeys(("çok iyi", "akıcı", "ileri"), "C1"),
    "iyi": "B2",
    "orta": "B1",
    **dict.fromkeys(("temel", "başlangıç"), "A2"),
}
# Each Turkish wording as a case-blind match of it gives it ("AKICI" -> "akici")
TURKISH_GRADE_KEYS = frozenset(regex_cache.matched_key(words) for words in _TURKISH_WORD_GRADES)

# Russian and Ukrainian, after the name ("Английский — свободный", "Англійська — вільно",
# "Русский — родной") or before it ("разговорный английский", "хорошее знание английского")
_CYRILLIC_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("родной", "родная", "рідна", "рідний", "носитель", "носій"), "C2"),
    **dict.fromkeys(("свободный", "свободно", "свободное", "свободная", "вільно"), "C1"),
    **dict.fromkeys(("вільний", "вільна", "вільне", "продвинутый", "просунутий"), "C1"),
    **dict.fromkeys(("отличный", "отличное", "відмінний", "відмінне", "відмінна"), "C1"),
    **dict.fromkeys(("хороший", "хорошее", "хорошая", "уверенный", "уверенное"), "B2"),
    **dict.fromkeys(("уверенная", "впевнений", "впевнена", "впевнене", "добрий", "добре"), "B2"),
    **dict.fromkeys(("разговорный", "разговорная", "средний", "розмовний", "розмовна"), "B1"),
    **dict.fromkeys(("середній",), "B1"),
    **dict.fromkeys(("базовый", "базовое", "базовая", "начальный", "базовий", "базова"), "A2"),
    **dict.fromkeys(("базове", "початковий"), "A2"),
}

# Hebrew, Arabic and Greek, after the name ("עברית - שפת אם", "אנגלית ברמה גבוהה", "العربية:
# اللغة الأم", "Αγγλικά: άριστα") or before it ("إجادة اللغة الإنجليزية", "Πολύ καλή γνώση
# αγγλικών"); Greek accented and not, as capitals drop the accent ("ΑΡΙΣΤΑ")
_MIDEAST_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("שפת אם", "اللغة الأم", "لغة أم", "اللغة الام", "μητρική", "μητρικη"), "C2"),
    **dict.fromkeys(("שוטפת", "שוטף", "גבוהה", "גבוהה מאוד", "ממש טובה"), "C1"),
    **dict.fromkeys(("ممتاز", "ممتازة", "إجادة", "اجادة", "بطلاقة", "جيد جدا", "جيدة جدا"), "C1"),
    **dict.fromkeys(("άριστα", "άριστη", "αριστα", "αριστη", "πολύ καλή", "πολύ καλά"), "C1"),
    **dict.fromkeys(("πολυ καλη", "πολυ καλα"), "C1"),
    **dict.fromkeys(("טובה", "טובה מאוד", "جيد", "جيدة", "καλή", "καλά", "καλη", "καλα"), "B2"),
    **dict.fromkeys(("בינונית", "متوسط", "متوسطة", "μέτρια", "μετρια"), "B1"),
    **dict.fromkeys(("בסיסית", "أساسي", "أساسية", "مبتدئ", "βασική", "βασικη"), "A2"),
}


def _persian_spellings(*words: str) -> tuple[str, ...]:
    """Persian words, and as a Persian text typed on an Arabic keyboard spells them (the
    Arabic "ي" and "ك" for "ی" and "ک")."""
    return tuple(dict.fromkeys((*words, *(w.replace("ی", "ي").replace("ک", "ك") for w in words))))


# Persian and Dari, after the name ("انگلیسی: عالی", "فارسی: زبان مادری", "انگلیسی در سطح
# پیشرفته") or before it ("تسلط بر زبان انگلیسی", command of English)
_PERSIAN_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(_persian_spellings("زبان مادری", "مادری"), "C2"),
    **dict.fromkeys(_persian_spellings("عالی", "مسلط", "تسلط", "پیشرفته", "بسیار خوب"), "C1"),
    **dict.fromkeys(_persian_spellings("خیلی خوب", "روان"), "C1"),
    **dict.fromkeys(_persian_spellings("خوب"), "B2"),
    **dict.fromkeys(_persian_spellings("متوسط"), "B1"),
    **dict.fromkeys(_persian_spellings("مبتدی", "مقدماتی", "ابتدایی"), "A2"),
}

# Vietnamese, Indonesian, Malay and Thai, after the name ("Tiếng Anh: giao tiếp tốt", "Bahasa
# Inggris (aktif)", "Bahasa Inggeris (Fasih)", "ภาษาอังกฤษ: ดี"); a Vietnamese "khá" is the
# grade below "giỏi" (good, below excellent), an Indonesian "aktif" speaks it at work
_SEASIA_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("bản ngữ", "tiếng mẹ đẻ", "penutur asli", "bahasa ibu", "เจ้าของภาษา"), "C2"),
    **dict.fromkeys(("lưu loát", "thành thạo", "rất tốt", "giỏi", "fasih", "lancar"), "C1"),
    **dict.fromkeys(("sangat baik", "ดีมาก", "ดีเยี่ยม"), "C1"),
    **dict.fromkeys(("khá tốt", "tốt", "aktif", "baik", "ดี"), "B2"),
    **dict.fromkeys(("khá", "trung bình", "cukup", "พอใช้"), "B1"),
    **dict.fromkeys(("cơ bản", "dasar", "asas", "pasif", "พื้นฐาน"), "A2"),
}

# Words onto the scale, in our own judgement. LinkedIn's five come first: Elementary A2,
# Limited Working B1, Professional Working B2, Full Professional C1, Native or Bilingual C2.
# Around them: a beginner reads and says simple things (A2); an intermediate or conversational
# speaker gets by (B1); business, working or good command is used at work every day (B2);
# fluent, advanced, proficient or excellent means at ease in any talk (C1); a native, a mother
# tongue or a bilingual speaker is at the top (C2). Longer wordings first, so "upper
# intermediate" is not read as "intermediate".
_WORD_GRADES: dict[str, str] = {
    "native or bilingual": "C2",
    "full professional": "C1",
    "professional working": "B2",
    "limited working": "B1",
    "upper intermediate": "B2",
    "upper-intermediate": "B2",
    "mother tongue": "C2",
    "mothertongue": "C2",  # moderncv's examples write it as one word
    "working proficiency": "B2",
    "native": "C2",
    "bilingual": "C2",
    "muttersprache": "C2",
    "fluent": "C1",
    "fluently": "C1",
    "fluency": "C1",
    "fließend": "C1",
    "advanced": "C1",
    "proficient": "C1",
    "excellent": "C1",
    "business": "B2",
    "professional": "B2",
    "good": "B2",
    "intermediate": "B1",
    "conversational": "B1",
    "basic": "A2",
    "elementary": "A2",
    "beginner": "A2",
    **_GERMAN_WORD_GRADES,
    **_ROMANCE_WORD_GRADES,
    **_NORTHERN_WORD_GRADES,
    **_EASTERN_WORD_GRADES,
    **_CZECH_SLOVAK_WORD_GRADES,
    **_BALTIC_WORD_GRADES,
    **_TURKISH_WORD_GRADES,
    **_CYRILLIC_WORD_GRADES,
    **_MIDEAST_WORD_GRADES,
    **_PERSIAN_WORD_GRADES,
    **_SEASIA_WORD_GRADES,
}
_WORDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORD_GRADES)
# Each wording as a case-blind match of it is looked up ("AKICI", "akıcı" -> "akici")
_GRADES_BY_KEY = {regex_cache.matched_key(words): cefr for words, cefr in _WORD_GRADES.items()}
# A grade: a CEFR code ("C1", "B2+") or one of the words above
_CODE_OR_WORDS = rf"\b(?:({_LEVEL})\+?|({_WORDS}))"
_GRADE = regex_cache.compile(rf"{_CODE_OR_WORDS}(?![\w-])", re.I)
# ... ending the words before a name, once its joining words are set aside
_GRADE_LAST = regex_cache.compile(rf"{_CODE_OR_WORDS}\s*$", re.I)
# French, Spanish, Italian and Portuguese words of knowledge or level, and the articles after
# them, before a language's name (spoken.py reads them too)
ROMANCE_KNOWLEDGE = frozenset(
    "niveau nivel livello nível connaissance connaissances conocimiento conocimientos"
    " conoscenza conhecimento conhecimentos maîtrise dominio domínio".split()
)
ROMANCE_ARTICLES = frozenset("de d' d’ du del della dell' dell’ da do l' l’ la el".split())
# Words between a grade and the name after it: "fluent in", "business level", "command of";
# in French, Spanish, Italian and Portuguese "bon niveau d'", "ottima conoscenza dell'",
# "nivel alto de", "excellente maîtrise de l'"
# Dutch, Swedish, Danish, Norwegian and Polish words of knowledge, and the prepositions after
# them: "goede kennis van het Engels", "goda kunskaper i svenska", "dobra znajomość języka"
NORTHERN_KNOWLEDGE = frozenset(
    "kennis beheersing kunskaper kunskap kendskab kundskaber kunnskaper kunnskap"
    " znajomość znajomości znajomością języka językiem van het i om til z".split()
)
# Romanian words of knowledge before the name: "cunoștințe (bune) de limba engleză"
_EASTERN_KNOWLEDGE = frozenset(
    "cunoștințe cunostinte limba limbii nivel znalost znalosti znalosť".split()
)
# Turkish words of degree or level between a grade and the name: "iyi derecede", "ileri
# seviyede", "temel düzeyde", "anadil seviyesinde"
_TURKISH_KNOWLEDGE = frozenset(
    "derecede seviye seviyede seviyesinde düzey düzeyde düzeyinde".split()
)


def turkish_grade_words(text: str) -> bool:
    """Whether the text is a Turkish grade and its words of degree only, in any case: "AKICI",
    "İLERİ SEVİYE", "İyi derecede"."""
    words = regex_cache.matched_key(text).split()
    while words and words[-1] in _TURKISH_KNOWLEDGE:
        words.pop()
    return " ".join(words) in TURKISH_GRADE_KEYS


# Russian and Ukrainian words of knowledge or level: "хорошее знание английского языка",
# "вільне володіння англійською"
_CYRILLIC_KNOWLEDGE = frozenset(
    "знание знания знанием владение владения на уровне уровень знання володіння рівні рівень"
    " языка языком мови мовою".split()
)
# Hebrew, Arabic and Greek words of language or knowledge between a grade and the name:
# "إجادة اللغة الإنجليزية", "Πολύ καλή γνώση αγγλικών", "Άριστη γνώση της αγγλικής γλώσσας"
# ... and Persian: "تسلط بر زبان انگلیسی" (command of the English language)
_MIDEAST_KNOWLEDGE = frozenset(
    "ידע שפה השפה ב- اللغة لغة باللغة γνώση γνώσεις γνωση γνωσεις της τη γλώσσα γλώσσας"
    " بر به با زبان".split()
)
_JOINING = (
    frozenset("level in of command knowledge proficiency".split())
    | _CYRILLIC_KNOWLEDGE
    | _MIDEAST_KNOWLEDGE
    | _TURKISH_KNOWLEDGE
    | _EASTERN_KNOWLEDGE
    | ROMANCE_KNOWLEDGE
    | ROMANCE_ARTICLES
    | NORTHERN_KNOWLEDGE
)
# What ends a language's own clause: list separators, and another name joined by "and", "or"
_CLAUSE_END = regex_cache.compile(
    rf"[,;|•·/&]|\b(?:and|und)\b|\bor\b(?!\s+(?:{'|'.join(sorted(AT_LEAST_WORDS))})\b)"
    r"|\boder\b(?!\s+(?:höher|besser)\b)"  # German: "C1 oder höher" is at least C1
    # French, Spanish, Italian, Portuguese: "et", "y", "e"; "ou", "o" but "C1 ou plus"
    r"|\b(?:et|y|e)\b|\b(?:ou|o)\b(?!\s+(?:plus|más|superior|più|mais)\b)"
)
_OPENERS = "(-–—:"  # "German (C1)", "English - native", "German: B2"
# "English level B2"; Czech, Slovak and Polish "na úrovni B2", "na poziomie B2" (at the level)
# Russian and Ukrainian "на уровне B2", "на рівні B2"
_LEVEL_WORDS = frozenset(
    "level niveau nivel livello nível úrovni úrovne poziomie уровне рівні"
    " ברמה ברמת רמה بمستوى مستوى επίπεδο سطح".split()  # Hebrew, Arabic, Greek, Persian
)
_REACH = 4  # words read after an opener, and before the name
# Words that lead a grade written right after the name without an opener: Indonesian "dengan
# baik" (well), "secara aktif" (actively), Vietnamese "giao tiếp tốt" (communicates well)
_GRADE_LEADS = frozenset("dengan secara giao tiếp".split())


@dataclass(frozen=True)
class Grade:
    """A CEFR grade and the words that gave it ("B1", "limited working")."""

    cefr: str
    wording: str

    @property
    def rank(self) -> int:
        return CEFR.index(self.cefr)

    def describe(self) -> str:
        """ "B1 (limited working)", or "B1" when the grade was written as a code."""
        if self.wording == GRID:
            return f"{self.cefr} ({GRID})"
        if self.wording.upper().rstrip("+") == self.cefr:
            return self.cefr
        return f"{self.cefr} ({self.wording.lower()})"


SHORT_OF = ", asks "  # in a match's detail: a language shown below the grade asked


def shortfall(shown: Grade, asked: str) -> str:
    """ "shows B1 (limited working), asks C1": a match's detail for a grade short."""
    return f"shows {shown.describe()}{SHORT_OF}{asked}"


def grade_beside(line: str, span: tuple[int, int]) -> Grade | None:
    """The grade written beside a language's name at `span` within its line: after it, set
    off by a parenthesis, a dash or a colon or right after ("German C1"), or just before
    ("Business level English", "fluent in French"); never past a comma or a list item. The
    name of a language's test takes the level or the score after it ("JLPT N2", "IELTS 7.0")."""
    return (
        _jlpt_grade(line, span)
        or _score_grade(line, span)
        or _east_asian_grade(line, span)
        or _after(line, span[1])
        or _before(line, span[0])
        or _next_cell(line, span)
    )


# A table row's cells: a language's name alone in its cell, its grade in the next one
_CELL_LEAD = regex_cache.compile(r"[\s*_]*$")  # "| **German** |": bold marks around the name
_CELL_WORDS = 3  # a cell longer than a grade's words holds something else ("Used with clients")


def _next_cell(line: str, span: tuple[int, int]) -> Grade | None:
    """The grade in the cell after a language's name that fills its own cell of a table row
    ("| German | Fluent |", "| English | C1 | - |"); the name's cell holds nothing else. A
    tab-parted row needs no such reading: its grade is the word right after the name."""
    opened = line.rfind("|", 0, span[0])
    closed = line.find("|", span[1])
    if closed < 0 or not _CELL_LEAD.match(line[opened + 1 : span[0]]):
        return None
    if not _CELL_LEAD.match(line[span[1] : closed]):
        return None
    after = line.find("|", closed + 1)
    cell = line[closed + 1 : after if after >= 0 else len(line)].strip(" \t*_")
    if not cell or len(cell.split()) > _CELL_WORDS:
        return None
    return _grade_of(_GRADE.match(cell))


# Chinese, Japanese and Korean grade words, onto the scale as _WORD_GRADES puts their English
# peers; China's College English Test bands: band 6 B2, band 4 B1 ("英语六级", "CET-6")
_EAST_ASIAN_WORD_GRADES: dict[str, str] = {
    **dict.fromkeys(("ネイティブ", "母国語", "母語", "母语", "모국어", "원어민"), "C2"),
    **dict.fromkeys(("流暢", "流畅", "流利", "堪能", "능통", "유창", "上級", "高级"), "C1"),
    **dict.fromkeys(("ビジネスレベル", "ビジネス", "商务", "商務", "비즈니스", "六级"), "B2"),
    **dict.fromkeys(("日常会話", "日常会话", "회화 가능", "中級", "中级", "四级"), "B1"),
    **dict.fromkeys(("基礎", "基础", "기초", "初級", "初级"), "A2"),
}
_EAST_ASIAN_GRADE = regex_cache.compile(
    "|".join(sorted(map(re.escape, _EAST_ASIAN_WORD_GRADES), key=len, reverse=True))
)
# What parts a list of languages: "英語（ビジネスレベル）、日本語（ネイティブ）", "... または
# 中国語ネイティブ" (or); not "・", which joins two names one grade follows ("英語・中国語（...）")
_EAST_ASIAN_PARTS = regex_cache.compile(r"[、，,;；。/|]|または|或者|또는|\bor\b")


def _east_asian_grade(line: str, span: tuple[int, int]) -> Grade | None:
    """The grade word nearest a language's name written in Chinese, Japanese or Korean, in
    its part of the line: "ビジネスレベルの英語力", "英語（ネイティブ）", "영어 능통자"."""
    if not EAST_ASIAN_LETTER.match(line, span[0]):
        return None
    parts = list(_EAST_ASIAN_PARTS.finditer(line))
    start = max((p.end() for p in parts if p.end() <= span[0]), default=0)
    end = min((p.start() for p in parts if p.start() >= span[1]), default=len(line))
    found = [
        (abs(m.start() - span[0]) if m.start() < span[0] else m.start() - span[1], m.group())
        for m in _EAST_ASIAN_GRADE.finditer(line, start, end)
        if m.end() <= span[0] or m.start() >= span[1]
    ]
    if not found:
        return None
    words = min(found)[1]
    return Grade(_EAST_ASIAN_WORD_GRADES[words], words)


# The Japanese-Language Proficiency Test's levels onto the scale, in our own judgement: N1,
# the highest, reads and follows most writing and talk (C1); N5, the lowest, the basics (A1)
_JLPT_LEVELS = {"N1": "C1", "N2": "B2", "N3": "B1", "N4": "A2", "N5": "A1"}
_JLPT_LEVEL = regex_cache.compile(r"[\s(:,\-–]*(?:level\s+)?(N[1-5])\b", re.I)
# Names after which an N level is the test's: its own, and the language's ("Japanese (N2)")
_JLPT_NAMES = frozenset(("JLPT", "JAPANESE", "JAPANISCH"))


def jlpt_level_at(line: str, span: tuple[int, int]) -> re.Match[str] | None:
    """ "JLPT N1", "JLPT (N2)", "JLPT Level N3", "Japanese: N1": the level written after the
    test's or the language's name at `span`, its code as group 1."""
    if line[span[0] : span[1]].upper() not in _JLPT_NAMES:
        return None
    return _JLPT_LEVEL.match(line, span[1])


def _jlpt_grade(line: str, span: tuple[int, int]) -> Grade | None:
    """The grade of a JLPT level after the test's name at `span`."""
    found = jlpt_level_at(line, span)
    if found is None:
        return None
    level = found.group(1).upper()
    return Grade(_JLPT_LEVELS[level], f"JLPT {level}")


# English tests' scores onto the scale, from the lowest score their makers publish for each
# grade (the tests' own tables, in our words): IELTS bands 4-5 are B1, 5.5-6.5 B2, 7-8 C1 and
# 8.5-9 C2; TOEFL iBT totals (of 120) from 42 B1, 72 B2, 95 C1, 114 C2; TOEIC Listening and
# Reading totals (of 990) from 225 A2, 550 B1, 785 B2, 945 C1. Each test: the scale's lowest
# and highest scores, then its grades from the top. A score off the scale is none of the
# test's: a year, or the paper TOEFL's "550".
_TEST_SCALES: dict[str, tuple[float, float, tuple[tuple[float, str], ...]]] = {
    "IELTS": (0, 9, ((8.5, "C2"), (7, "C1"), (5.5, "B2"), (4, "B1"))),
    "TOEFL": (0, 120, ((114, "C2"), (95, "C1"), (72, "B2"), (42, "B1"))),
    "TOEIC": (10, 990, ((945, "C1"), (785, "B2"), (550, "B1"), (225, "A2"))),
}
# The score after the test's name, past the words that say which one: "IELTS Academic 7.0",
# "TOEFL (iBT): 100", "TOEIC score of 850", "IELTS overall band 6.5"; a half band with a
# decimal comma as much of Europe writes it ("IELTS 5,5"), not a comma before the next item
_SCORE_AFTER = regex_cache.compile(
    r"[\s(:,\-–)]*(?:(?:ibt|academic|general|overall|band|score|of|total|l&r)[\s(:,\-–)]*)*"
    r"(\d{1,3}(?:[.,]\d)?)(?!\d|[.,]\d)",
    re.I,
)


def score_at(line: str, span: tuple[int, int]) -> re.Match[str] | None:
    """ "IELTS 7.0", "TOEFL iBT 100": the score after the English test's name at `span`,
    as group 1."""
    if line[span[0] : span[1]].upper() not in _TEST_SCALES:
        return None
    return _SCORE_AFTER.match(line, span[1])


def _score_grade(line: str, span: tuple[int, int]) -> Grade | None:
    """The grade of an English test's score after its name at `span`."""
    found = score_at(line, span)
    if found is None:
        return None
    test = line[span[0] : span[1]].upper()
    lowest, highest, grades = _TEST_SCALES[test]
    score = float(found.group(1).replace(",", "."))
    if not lowest <= score <= highest:
        return None
    grade = next((cefr for least, cefr in grades if score >= least), None)
    return Grade(grade, f"{test} {found.group(1)}") if grade else None


# Between two languages of one list: a separator, or "or" / "and" after one, past the first
# one's own bracketed grade ("English (C1) or French", "English, French, and/or German")
_LIST_JOIN = regex_cache.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:[,/&]\s*(?:(?:and/or|or|and)\s+)?|(?:and/or|or|and)\s+"
    r"|-?\s*(?:und|oder)\s+"  # German: "Deutsch- und Englischkenntnisse"
    r"|(?:et|ou|y|o|e)\s+"  # "français et anglais", "inglés y español"
    r"|(?:en|och|og|eller|i|oraz|lub)\s+)",  # "Engels en Nederlands", "svenska och engelska"
    re.I,
)
# a list, not two asks
_JOINED = regex_cache.compile(
    r"[/&]|\b(?:or|and|und|oder|et|ou|y|o|e|en|och|og|eller|i|oraz|lub)\b", re.I
)


Span = tuple[int, int]  # where a language's name stands within its line


def grades_of_lists(line: str, names: list[Span]) -> dict[Span, Grade]:
    """The grade a posting writes on the list of languages holding each name (`names`: the
    languages named on the line, as spans): "Fluent English or German" asks fluent German too,
    as "English or French (B2)" asks B2 English. With several grades in the list, the mildest
    of the others', as meeting it is what the list allows. A list needs "or" or "and": in
    "Fluent English, German a plus" the comma sets two asks apart. Each name's own grade is
    read once, so a long line stays linear."""
    found: dict[Span, Grade] = {}
    for run in _runs(line, sorted(set(names))):
        if not any(_JOINED.search(line, a[1], b[0]) for a, b in pairwise(run)):
            continue
        graded = [(g, span) for span in run if (g := grade_beside(line, span))]
        mildest = sorted(graded, key=lambda pair: pair[0].rank)[:2]  # stable: line order
        for span in run:
            others = [grade for grade, at in mildest if at != span]
            if others:
                found[span] = others[0]
    return found


def _runs(line: str, names: list[Span]) -> list[list[Span]]:
    """The names in line order, split into runs joined only by list separators."""
    runs: list[list[Span]] = []
    for span in names:
        if runs and _LIST_JOIN.fullmatch(line, runs[-1][-1][1], span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return runs


# The German "knowledge of" glued to the name: "Deutschkenntnisse (C1)", "Englisch-Kenntnisse"
# ... and the Hungarian, Estonian, Lithuanian and Latvian after it: "angol nyelvtudás (B2)",
# "inglise keele oskus", "anglų kalbos žinios", "angļu valoda – B2"
KNOWLEDGE_GLUED = (
    r"-?kenntnissen?\b|\s+(?:nyelvtudás\w*|nyelvismeret\w*|keele\s+oskus\w*|keel"
    r"|язык(?:а|ом|е)?|мов(?:а|и|ою|і)"  # "Английский язык — B2", "Англійська мова"
    r"|kalb(?:os|a|ą)(?:\s+žini(?:os|ų))?|valod(?:as|a|ā)(?:\s+zināšan(?:as|u))?)(?!\w)"
)
_KNOWLEDGE_GLUED = regex_cache.compile(KNOWLEDGE_GLUED, re.I)


# Words of least that bind a CEFR code to the name before them: "English at least B2",
# "German minimum B2", "English at minimum C1", "Englisch mindestens B2", "Inglés nivel
# mínimo B2", "Anglais au moins B1", Czech and Slovak "minimálně B2", "alespoň B2",
# Lithuanian "ne žemesniu nei B2", Latvian "vismaz B2"
BOUND_WORDS = (
    r"at\s+least|min(?:imum\b|\.|\b)|mindestens|au\s+moins|al\s+menos|(?:como\s+)?mínimo"
    r"|minimo|almeno|pelo\s+menos|minimáln[ěe]|alespoň|aspoň|nejméně|najmenej"
    r"|ne\s+žemesn(?:iu|io|is|ė)\s+(?:nei|kaip)|bent|vismaz"
    r"|не\s+(?:ниже|нижче|менее|менше)|минимум|мінімум"  # Russian, Ukrainian
)
_BOUND_CODE = regex_cache.compile(
    rf"[ \t]*[:,–—-]?[ \t]*(?:(?:{'|'.join(sorted(_LEVEL_WORDS))}|at)[ \t]+)?(?:{BOUND_WORDS})"
    rf"[ \t]*({_LEVEL})\+?(?![\w-])",
    re.I,
)


def _bound_code(line: str, end: int) -> Grade | None:
    """A code bound by a word of least right after the name ending at `end`."""
    found = _BOUND_CODE.match(line, end)
    return Grade(found.group(1).upper(), found.group(1)) if found else None


def bound_code_after(text: str) -> bool:
    """Whether `text`, the words after a language's name, opens with a code bound by a word of
    least: "minimum B2", "at least C1", "nivel mínimo B2"."""
    return _BOUND_CODE.match(text) is not None


# A Russian or Ukrainian "at least" before a grade in words: "на уровне не ниже Upper-Intermediate"
_CYRILLIC_LEAST = regex_cache.compile(
    r"([:–—-]?[ \t]*(?:на[ \t]+(?:уровне|рівні)[ \t]+)?)не[ \t]+(?:ниже|нижче)[ \t]+", re.I
)


def _after(line: str, end: int) -> Grade | None:
    if glued := _KNOWLEDGE_GLUED.match(line, end):
        end = glued.end()
    if bound := _bound_code(line, end):
        return bound
    rest = line[end:]
    stripped = rest.lstrip()
    if least := _CYRILLIC_LEAST.match(stripped):  # "— не ниже B1": the grade after the words
        stripped = least.group(1) + stripped[least.end() :]
    if stripped[:1] == "(":
        window = stripped[1:].split(")", 1)[0]
    elif stripped[:1] and stripped[0] in _OPENERS:
        window = _clause(stripped[1:].lstrip(_OPENERS))
    else:  # only the next word ("German C1"), past a word of level ("Inglés nivel B2")
        words = _clause(stripped).split()[:5]
        while words and words[0].lower() in _GRADE_LEADS:
            words = words[1:]  # "berbahasa Inggris dengan baik", "Tiếng Anh giao tiếp tốt"
        if spelled := _GRADE.match(" ".join(words[:3])):
            return _grade_of(spelled)  # a grade of several words: "Tiếng Anh lưu loát"
        words = words[:3]
        at = words[0].lower() in ("na", "la", "на", "در") if words else False
        if len(words) > 1 and at and words[1].lower() in _LEVEL_WORDS:
            words = words[1:]  # "anglického jazyka na úrovni B2", "انگلیسی در سطح پیشرفته"
        elif len(words) > 2 and at and words[2].lower() in _LEVEL_WORDS:
            words = words[1:2]  # "Německý jazyk na komunikativní úrovni"
        words = words[:2]
        window = " ".join(words if words and words[0].lower() in _LEVEL_WORDS else words[:1])
    return _first_grade(" ".join(window.split()[:_REACH]))


# How far before a name its grade is looked for: the clause's last words are all that is read
# ("Business level", "fluent in"), so a long line is not read again for each name on it
_BEFORE_CHARS = 200


def _before(line: str, start: int) -> Grade | None:
    head = line[max(0, start - _BEFORE_CHARS) : start]
    ends = list(_CLAUSE_END.finditer(head))
    clause = head[ends[-1].end() :] if ends else head
    words = clause.replace("-", " ").split()[-_REACH:]
    while words and regex_cache.matched_key(words[-1]) in _JOINING:  # "SEVİYE" too
        words.pop()
    return _grade_of(_GRADE_LAST.search(" ".join(words)))


def _clause(text: str) -> str:
    found = _CLAUSE_END.search(text)
    return text[: found.start()] if found else text


def _first_grade(window: str) -> Grade | None:
    return _grade_of(_GRADE.search(window))


def _grade_of(found: re.Match[str] | None) -> Grade | None:
    if found is None:
        return None
    if found.group(1):
        return Grade(found.group(1).upper(), found.group(0))
    words = " ".join(regex_cache.matched_key(found.group(2)).split())
    return Grade(_GRADES_BY_KEY[words], words)


GRID = "self-assessment grid"
_GRID_CODES = 3  # a grid gives a grade for each of five skills; fewer codes are a grade or two
_GRID_CODE = regex_cache.compile(rf"\b({_LEVEL})\b", re.I)
# A grid's row right after the name, codes only: "English  C1 C1 B2 B2 B2"
_ROW_AFTER_NAME = regex_cache.compile(rf"\s*[:|]?(?:\s*\b{_LEVEL}\b){{{_GRID_CODES},}}", re.I)
# A line below a name that holds its grid: labels and codes only ("Listening C1 Reading C1
# Writing B2", "C1 C1 B2 B2 B2")
_GRID_ROW = regex_cache.compile(
    r"^\s*(?:(?:listening|reading|writing|spoken\s+(?:interaction|production)|[ABC][12])"
    r"[\s:|]*)+$",
    re.I,
)
GRID_ROWS_BELOW = 2  # the newer Europass CV breaks a language's five grades over two lines


def grid_grade(after_name: str, below: list[str]) -> Grade | None:
    """The middle grade of a Europass grid for a language: its row after the name ("English C1
    C1 B2 B2 B2"), or the rows below a name standing alone on its line. The middle grade, as
    one skill's high or low mark says little about the language as a whole."""
    row = _ROW_AFTER_NAME.match(after_name)
    codes = _GRID_CODE.findall(row.group()) if row else []
    if not codes and not after_name.strip(" \t:"):
        for line in below[:GRID_ROWS_BELOW]:
            if not _GRID_ROW.match(line):
                break
            codes += _GRID_CODE.findall(line)
    if len(codes) < _GRID_CODES:
        return None
    middle = sorted(code.upper() for code in codes)[(len(codes) - 1) // 2]
    return Grade(middle, GRID)
