"""Lines written in Dutch, Swedish, Danish, Norwegian, Polish, Finnish, Czech, Hungarian,
Estonian, Romanian, Lithuanian or Latvian, and the common words of their asks. These languages
write a common noun in lower case, as English does, but an item opens with a capital
("Minimaal 3 jaar", "Goda kunskaper i", "Znajomość statystyki", "Vähintään 3 vuoden", "Dobrá
znalost", "Vismaz 3 gadu"): such an opening names no requirement of its own. A word in capitals
("AWS"), a name in mixed case ("PyTorch"), a code with digits ("K7") or a capitalised word that
reads as no word of these languages ("Zorblex") still does."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regex_cache
from .language_words import COUNT, holds_a_marker, sentence_case_common_word

# Words that mark a line as Dutch, Swedish, Danish, Norwegian, Polish, Finnish or Czech, none
# of them an English word: function words in lower case as they stand mid-sentence, and the
# words of a posting's asks in any case, as they open its items ("Minimaal", "Erfarenhet",
# "Znajomość", "Vähintään", "Znalost").
# Not those an English, a French or a German line or a name holds ("van", "de", "met", "vi",
# "du", "dig", "til", "med", "av", "er", "jest", "bent", "dine", "je", "als", "samt", "mile",
# "lat", "examen")
_FINNISH_FUNCTION_WORDS = frozenset(
    "ja sekä tai että jossa joka jotka sinulla meillä kanssa myös olet olemme sinua".split()
)
_CZECH_SLOVAK_FUNCTION_WORDS = frozenset(
    # Czech
    "jsme jsou nebo také který která které při naše náš vaše tvoje tvůj"
    # Slovak, where it differs
    " sme sú alebo tiež ktorý ktorá ktoré naša vaša tvoja tvoj".split()
)
_FINNISH_CZECH_FUNCTION_WORDS = _FINNISH_FUNCTION_WORDS | _CZECH_SLOVAK_FUNCTION_WORDS
# Hungarian and Estonian, whose nouns take case endings too (Estonian's "ja" is Finnish's)
_HUNGARIAN_FUNCTION_WORDS = frozenset("és vagy hogy egy vagyunk leszel keresünk valamint".split())
_ESTONIAN_FUNCTION_WORDS = frozenset("või ning oleme sinult sinu meie kui".split())
_HUNGARIAN_ASKING_WORDS = frozenset(
    "legalább tapasztalat tapasztalatod ismerete ismeretek tudás nyelvtudás magabiztos jó"
    " kiváló előny végzettség szakmai év éves".split()
)
_ESTONIAN_ASKING_WORDS = frozenset(
    "vähemalt kogemus kogemust töökogemus oskus oskused teadmised väga kasuks"
    " eeliseks kõrgharidus aastane aastat".split()
)
_HUNGARIAN_HEADING_WORDS = frozenset(
    "elvárások feladatok rólunk készségek tanulmányok nyelvismeret kínálunk".split()
)
_ESTONIAN_HEADING_WORDS = frozenset("töökogemus haridus oskused keeleoskus pakume ootame".split())
# Turkish, whose suffixes follow a name's apostrophe ("Python'da"): its function words and the
# words of its asks ("En az", "bilgisi", "deneyim", "hâkim")
_TURKISH_FUNCTION_WORDS = frozenset("ve veya ile için bir olan gibi ayrıca tercihen".split())
_TURKISH_ANY_CASE = frozenset(
    "en az deneyim deneyimi tecrübe tecrübesi bilgi bilgisi iyi derecede ileri seviye düzey"
    " hâkim hakim veri yıl yıllık mezun tercih sebebidir konusunda alanında".split()
)
# The words of a Turkish duty's or trait's item ("Takım çalışmasına yatkın", "Analitik düşünme
# yeteneği"); with the asks' words but those an English line holds ("en", "az": Arizona,
# "hakim": a name), they mark a line Turkish for its common words
_TURKISH_ITEM_WORDS = frozenset(
    "yatkın yetenek yeteneği yeteneğine beceri becerisi becerileri becerilerine sahip"
    " analitik düşünme güçlü kuvvetli olmak".split()
)
_TURKISH_MARKERS = (_TURKISH_ANY_CASE - {"en", "az", "hakim"}) | _TURKISH_ITEM_WORDS
_HUNGARIAN_ANY_CASE = _HUNGARIAN_ASKING_WORDS | _HUNGARIAN_HEADING_WORDS
_ESTONIAN_ANY_CASE = _ESTONIAN_ASKING_WORDS | _ESTONIAN_HEADING_WORDS
# Romanian, a Romance language whose asks open their items as these do ("Minim 3 ani",
# "Cunoștințe de", "Cel puțin"), in the comma-below and the older cedilla spelling, and
# without marks as many postings type it ("Experienta"); not a word English, French or
# Spanish writes ("cu ft", "este", "solide")
# Each word is written without its marks too ("cerinte", "gandire", "atentie"), but for those
# another language writes ("in", "si", "diploma", "Putin"; "competente" is Italian and Spanish):
# they are common words there only (_OTHER_COMMON_WORDS)
_ROMANIAN_FUNCTION_WORDS = frozenset(
    "și şi sau pentru în către catre suntem vei noastră noastra noastre nostru echipei".split()
)
_ROMANIAN_ASKING_WORDS = frozenset(
    "minim cel puțin puţin experiență experienţă experiența experienţa experienta"
    " cunoștințe cunoştinţe cunostinte certificare certificări certificari ani bune abilități"
    " abilităţi abilitati competențe competenţe studii superioare diplomă licență licenţă"
    " licenta avantaj constituie reprezintă reprezinta avansat avansate cerințe cerinţe"
    " cerinte gândire gandire atenție atenţie atentie cunoașterea cunoaşterea cunoasterea".split()
)
# Lithuanian and Latvian, whose nouns take case endings too (not "ir", "su", "mes", "un",
# "ar", "vai", which Spanish, French, English or Italian lines hold)
_LITHUANIAN_FUNCTION_WORDS = frozenset("arba bei jūsų mūsų tavo esame yra kad kuris kuri".split())
_LATVIAN_FUNCTION_WORDS = frozenset("mēs jūsu mūsu tavs esam arī kā".split())
_LITHUANIAN_ASKING_WORDS = frozenset(
    "mažiau kaip patirtis patirties patirtį žinios žinių išsilavinimas aukštasis"
    " universitetinis gebėjimas gebėjimai įgūdžiai puikios puikūs geros geri privalumas"
    " privalumai metų metai kalbos kalba".split()
)
_LATVIAN_ASKING_WORDS = frozenset(
    "vismaz mazāk pieredze pieredzes zināšanas zināšanu izglītība augstākā prasmes"
    " priekšrocība teicamas labas gadu gadi valodas valoda".split()
)
_LITHUANIAN_HEADING_WORDS = frozenset("reikalavimai siūlome atsakomybės išsilavinimas".split())
_LATVIAN_HEADING_WORDS = frozenset("prasības piedāvājam pienākumi izglītība valodas".split())
_LITHUANIAN_ANY_CASE = _LITHUANIAN_ASKING_WORDS | _LITHUANIAN_HEADING_WORDS
_LATVIAN_ANY_CASE = _LATVIAN_ASKING_WORDS | _LATVIAN_HEADING_WORDS
_POLISH_FUNCTION_WORDS = frozenset("oraz się lub dla przy jako nasz nasze naszych twoje".split())
_FUNCTION_WORDS = (
    _FINNISH_CZECH_FUNCTION_WORDS
    | _POLISH_FUNCTION_WORDS
    | _HUNGARIAN_FUNCTION_WORDS
    | _ESTONIAN_FUNCTION_WORDS
    | _ROMANIAN_FUNCTION_WORDS
    | _LITHUANIAN_FUNCTION_WORDS
    | _LATVIAN_FUNCTION_WORDS
    | _TURKISH_FUNCTION_WORDS
    | frozenset(
        # Dutch
        "een het wij jij jouw ons onze zijn heb hebt voor naar ook bij zowel niet wordt"
        # Swedish, Danish, Norwegian
        " och att är vår vårt våra för inom eller og vores være".split()
    )
)
_FINNISH_ASKING_WORDS = frozenset(
    "vähintään kokemus kokemusta työkokemus työkokemusta osaaminen osaamista tuntemus"
    " tuntemusta hyvä hyvät erinomainen vahva vahvaa sujuva vuoden vuotta eduksi".split()
)
_CZECH_SLOVAK_ASKING_WORDS = frozenset(
    "znalost znalosti zkušenost zkušenosti zkušeností praxe praxi minimálně alespoň"
    " výhodou požadujeme dobrá dobré velmi vzdělání"
    # Slovak
    " znalosť skúsenosť skúsenosti skúseností prax minimálne aspoň podmienkou veľmi"
    " vzdelanie vysokoškolské rokov".split()
)
_FINNISH_CZECH_ASKING_WORDS = _FINNISH_ASKING_WORDS | _CZECH_SLOVAK_ASKING_WORDS
_POLISH_ASKING_WORDS = frozenset(
    "wymagania znajomość znajomości doświadczenie doświadczenia lata najmniej"
    " wykształcenie wyższe widziane bardzo dobra".split()
)
_ASKING_WORDS = (
    _FINNISH_CZECH_ASKING_WORDS
    | _POLISH_ASKING_WORDS
    | _HUNGARIAN_ANY_CASE
    | _ESTONIAN_ANY_CASE
    | _ROMANIAN_ASKING_WORDS
    | _LITHUANIAN_ANY_CASE
    | _LATVIAN_ANY_CASE
    | _TURKISH_MARKERS
    | frozenset(
        "minimaal ervaring werkervaring kennis jaar jaren opleiding afgeronde vloeiend goede"
        " minst erfarenhet kunskaper kunskap års goda meriterande flytande"
        " mindst erfaring kendskab kunnskaper gode flydende flytende fordel".split()
    )
)
# The words of a Finnish, a Czech or a Slovak CV's or posting's headings ("Koulutus",
# "Taidot", "Jazyky", "Edellytämme", "Nabízíme", "Zručnosti", "Požiadavky"), which its few lines
# of prose may not hold
_FINNISH_HEADING_WORDS = frozenset(
    "työhistoria työura koulutus koulutustausta opinnot tutkinnot taidot kielitaito"
    " edellytämme odotamme toivomme arvostamme tarjoamme".split()
)
_CZECH_SLOVAK_HEADING_WORDS = frozenset(
    "dovednosti jazyky jazykové profesní požadavky nabízíme"
    " zručnosti požiadavky ponúkame pracovné".split()
)
# The words that mark a Finnish or a Czech line in any case
_FINNISH_ANY_CASE = _FINNISH_ASKING_WORDS | _FINNISH_HEADING_WORDS
_CZECH_SLOVAK_ANY_CASE = _CZECH_SLOVAK_ASKING_WORDS | _CZECH_SLOVAK_HEADING_WORDS
_FINNISH_CZECH_ANY_CASE = _FINNISH_ANY_CASE | _CZECH_SLOVAK_ANY_CASE
# The words that mark a Finnish, a Czech or a Polish line, whose nouns take case endings,
# lower-cased
INFLECTING_MARKERS = (
    _FINNISH_CZECH_FUNCTION_WORDS
    | _FINNISH_CZECH_ANY_CASE
    | _POLISH_FUNCTION_WORDS
    | _POLISH_ASKING_WORDS
    | _HUNGARIAN_FUNCTION_WORDS
    | _HUNGARIAN_ANY_CASE
    | _ESTONIAN_FUNCTION_WORDS
    | _ESTONIAN_ANY_CASE
    | _LITHUANIAN_FUNCTION_WORDS
    | _LITHUANIAN_ANY_CASE
    | _LATVIAN_FUNCTION_WORDS
    | _LATVIAN_ANY_CASE
    | _TURKISH_FUNCTION_WORDS
    | _TURKISH_ANY_CASE
)
# Words these languages share with a name, with English or with German ("de Vries", "van
# Dijk", "in", "a 50 mile radius", "lat/long", "samt"), and the others an item opens with
# ("Goede", "Stærke", "Dobra"): common words there, though alone they make no line Dutch,
# Swedish or Polish
_OTHER_COMMON_WORDS = frozenset(
    "de van met in op te om i på en ett et min min. co z w ze na do o samt mile lat examen"
    " sterke stærke starka solida solid gedegen relevante relevant relevanta"
    " praktische praktisk praktiska ruime ruim bred brede brett"
    " kompetencer kompetens kompetanse vaardigheden umiejętności"
    " soveltuva soveltuvaa yli esimerkiksi"
    # the Estonian "good" ("Head Pythoni oskused") is the English "head" and "HEA"
    " hea head"
    # the Lithuanian and Latvian "not" of "Ne mažiau kaip", "Ne mazāk kā" (French too), and
    # the Lithuanian "at least" (the English "bent")
    " ne bent"
    # Romanian words without their marks that other languages write (see above)
    " si putin competente"
    # the Turkish "at least" as an item may open it, "En Az 3 yıl" ("AZ", in capitals, is
    # Arizona and a name)
    " az".split()
)
_COMMON_WORDS = _FUNCTION_WORDS | _ASKING_WORDS | _OTHER_COMMON_WORDS
# Letters an English word does not hold ("Kvalifikationer" aside: "Erfarenhet", "Ervaring"
# hold none), and the endings of these languages' nouns ("Kennisdeling", "Ansvarsområden")
# ("Vähintään", "Dobrá", "Zkušenost"), and Finnish and Czech ones ("Osaaminen", "Kokemus",
# "Komunikativní")
_NORTHERN_LETTERS = regex_cache.compile(
    r"[åäöøæąćęłńśźżóěřůčšťďňýíáúžľĺŕôőűõüăâîșțşţėįųūāēīģķļņğı]", re.I
)
_NORTHERN_ENDING = regex_cache.compile(
    r"(?:heid|ing|ingen|isch|ische|lijk|lijke|het|heten|ning|ningar|else|elser|skap|ighed"
    r"|ność|ości|anie|enie|owy|owa|owe|icznych|iczna"
    r"|minen|mista|inen|mus|mys|uus|yys|nost|nosti|ní|ství"
    r"|mak|mek|lama|leme)\Z",  # Turkish verbs: "Geliştirmek", "Raporlama", "Modelleme"
    re.I,
)


# A Turkish infinitive in lower case, a duty's verb: "geliştirmek", "tasarlamak", "yönetmek"
_TURKISH_INFINITIVE = regex_cache.compile(r"(?<!\w)[a-zçğıöşü]{3,}m[ae]k(?!\w)")


def northern_line(line: str) -> bool:
    """Whether the line reads as Dutch, Swedish, Danish, Norwegian, Polish, Finnish, Czech,
    Hungarian, Estonian, Romanian, Lithuanian, Latvian or Turkish: it holds a word only those
    languages use."""
    return holds_a_marker(line, _FUNCTION_WORDS, _ASKING_WORDS) or _a_turkish_infinitive(line)


@lru_cache(maxsize=4096)  # asked again for each term of the line, as line_words is
def _a_turkish_infinitive(line: str) -> bool:
    return _TURKISH_INFINITIVE.search(line) is not None


# The languages whose nouns take case endings, each with its function words (as written) and
# its asking and heading words (in any case)
_INFLECTING_LANGUAGES = (
    ("fi", _FINNISH_FUNCTION_WORDS, _FINNISH_ANY_CASE),
    ("cs", _CZECH_SLOVAK_FUNCTION_WORDS, _CZECH_SLOVAK_ANY_CASE),
    ("pl", _POLISH_FUNCTION_WORDS, _POLISH_ASKING_WORDS),
    ("hu", _HUNGARIAN_FUNCTION_WORDS, _HUNGARIAN_ANY_CASE),
    ("et", _ESTONIAN_FUNCTION_WORDS, _ESTONIAN_ANY_CASE),
    ("lt", _LITHUANIAN_FUNCTION_WORDS, _LITHUANIAN_ANY_CASE),
    ("lv", _LATVIAN_FUNCTION_WORDS, _LATVIAN_ANY_CASE),
    ("tr", _TURKISH_FUNCTION_WORDS, _TURKISH_ANY_CASE),
)


def inflecting_languages(line: str) -> frozenset[str]:
    """The languages whose nouns take case endings that the line reads as: "fi" (Finnish),
    "cs" (Czech or Slovak), "pl" (Polish), "hu" (Hungarian), "et" (Estonian), "lt"
    (Lithuanian), "lv" (Latvian), "tr" (Turkish); none for a line in any other language."""
    return frozenset(
        language
        for language, function_words, any_case in _INFLECTING_LANGUAGES
        if holds_a_marker(line, function_words, any_case)
    )


# A count glued to a common word: "3-aastane"
_COUNTED = regex_cache.compile(r"\d{1,2}-([^\W\d_]+)")


def _common_word(word: str) -> bool:
    """Whether one word of such a line is a common word there, not a name: a word in lower
    case, a count, or a capitalised word that looks Dutch, Scandinavian, Polish, Finnish or
    Czech."""
    if COUNT.fullmatch(word):
        return True
    word = word.rstrip(".")  # "Min. 3"
    if counted := _COUNTED.fullmatch(word):
        word = counted.group(1)  # the Estonian "3-aastane" (of three years)
    return sentence_case_common_word(word, _COMMON_WORDS, _NORTHERN_LETTERS, _NORTHERN_ENDING)


def common_words(term: str) -> bool:
    """Whether a term's words are all common words as these languages write them: "Minimaal",
    "Goda kunskaper i", "Znajomość statystyki"; not "PyTorch", "AWS", "Zorblex K7", nor a
    product's name such as "Zorblex"."""
    words = term.split()
    return bool(words) and all(_common_word(word) for word in words)
