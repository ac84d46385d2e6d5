"""What a posting asks for: skills with importance, literal terms, years, degree, level."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from .. import regex_cache
from ..documents.sections import ITEM_MARK
from ..models import (
    DEGREE_ORDER,
    IMPORTANCE_ORDER,
    TITLE_SECTION,
    DegreeLevel,
    Importance,
    LevelId,
    Mention,
    PostingInfo,
    Requirement,
    Section,
    SkillHit,
)
from ..postings import header_fields
from ..taxonomy import Taxonomy
from .alternatives import link_alternatives
from .education import (
    DEGREE_ACCEPTED,
    degree_in_line,
    degree_mentions,
    field_spans,
    is_field_of_study,
    names_a_supervisor,
    names_the_post,
)
from .enrollment import enrollment_asked, enrollment_words
from .importance import (
    EXPERIENCE_FIELD,
    Gated,
    holds_a_cue,
    is_hashtag,
    is_table_row,
    line_importance,
    mention_cue,
    sentence_at,
)
from .junk_terms import NEWCOMERS, PLACEMENT_NOUN, TERM_NOUN, TERM_NOUN_ENDS
from .language_grades import Grade, grade_beside, grades_of_lists
from .lines import LineIndex
from .numbers import A_COUPLE, ANY_NUMBER_WORD, NUMBER_WORD, count_of
from .roles import role_asked
from .spoken import SPOKEN_LANGUAGES
from .tables import Columns, row_sections
from .titles import (
    ENTRY_RANK,
    INTERN_RANK,
    MID_RANK,
    SENIOR_RANK,
    field_grade_level,
    grade_level,
    in_english_words,
    informal_title,
    is_role_id,
    labelled_title,
    mail_subject_title,
    own_words,
    plain_title,
    rung_level,
    sought_title_span,
    title_cased,
    title_line_number,
    without_call,
)
from .wording import is_occupation
from .wraps import unwrapped

REQUIREMENT_SECTIONS = ("requirements", "preferred")  # where a posting lists what it asks
# Words after a count of years that date something gone by, asking nothing: "founded 10
# years ago", "a couple years back", "many years later", "tre anni fa", "três anos atrás"
_TIME_GONE_BY = (
    r"[\s-]*(?:ago|old|back|later|plus\s+tard|später|más\s+tarde|fa|atrás|sitten"
    r"|(?:yang\s+)?lalu|trước)(?![\w-])"
)
_AFTER_CJK = r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
# A count's year in Chinese, Japanese or Korean, not a time gone by nor an anniversary
_CJK_YEAR = r"[年년](?!\s*(?:前|来|來|后|後|전|째|동안의|周年|週年|ぶり))"
# A single year in the Romance languages, only after the digit ("un an" is also an article's)
_ONE_YEAR = r"(?<![\d.,]1)(?<=1)\s+(?:an|année|año|anno|ano)(?![\w'’])"
_COUNT_OF_YEARS = regex_cache.compile(
    # "two (2) years", "tres años", "a couple of years"; right after an East Asian letter too
    # ("经验3年", "경력3년"), which is a word's letter to \b
    rf"(?:\b|{_AFTER_CJK})(\d{{1,2}}|{ANY_NUMBER_WORD}|{A_COUPLE})(?:\s*\(\d{{1,2}}\))?"
    r"(?:-?х(?!\w))?"  # the Russian count's ending: "от 3-х лет", "от 3х лет"
    # "two or more years", "five-plus years"
    # "3~5년", "3〜5年"
    r"(?:\s*(?:-|–|~|〜|～|to)\s*\d{1,2})?(?:\s+or\s+(?:more|above)|[\s-]plus)?"
    # "de 3 à 5 ans", "entre 2 y 4 años", "tra 3 e 5 anni", "3 tot 5 jaar", "od 3 do 5 lat"
    r"(?:\s+(?:à|a|y|e|et|tot|till|til|do|до)\s+\d{1,2}"
    r"(?=\s+(?:ans|années|años|anys|anni|anos|jaar|års?|lata?|лет|років|роки)\b))?"
    # "4+ YOE", "3y+"; German "3 Jahre", "4 Jahren"; French "3 ans", "4 années", Spanish
    # "3 años", Catalan "3 anys", Italian "3 anni", Portuguese "3 anos"; Dutch "3 jaar"; Swedish,
    # Danish and Norwegian "3 år", "3 års erfarenhet"; Polish "3 lata", "5 lat" (not "52 lat/long");
    # Finnish "3 vuoden kokemus", "3 vuotta"; Czech "3 roky", "5 let praxe" (not the English
    # "let": only before a Czech word of work or a stop); Slovak "5 rokov praxe"; Hungarian
    # "3 év", "4 éves tapasztalat" (not a firm's "25 éves múlt"); Romanian "3 ani"; Estonian
    # "3 aastat", "3-aastane kogemus"; Lithuanian "3 metų patirtis", "5+ metai"; Latvian "3 gadu
    # pieredze", "4+ gadi" (not a firm's "20 metų", "25 gadus" in the market)
    # (one run of blanks, with or without a "+": two runs in a row were split every way)
    r"(?:\s*(?:\+\s*)?(?:years?|yrs?|yoe|y(?=\+)|jahre?n?|ans|années|años|anys|anni|anos|jaar|års?"
    r"|lata?(?!/)|vuo(?:den|tta|si)|roky|roků|rokov|let(?=\s+(?:praxe|zkušenost\w*|odborn\w*"
    r"|pracovn\w*|relevantn\w*|v|ve|na|jako|s|se)\b|\s*[,.;)]|\s*$)"
    r"|év|éves(?=\s+(?:\w+\s+)?(?:tapasztalat|gyakorlat)\w*)|ani|-?aasta(?:t|ne|se)?"
    r"|yıl(?!\w)|yıllık(?=\s+(?:\w+\s+)?(?:deneyim|tecrübe|iş)\w*)|metai|metų(?=\s+(?:\w+\s+)?(?:patirt|darb)\w*)|gadi|gadu(?=\s+(?:\w+\s+)?(?:pieredz|darb)\w*)"
    # Russian "3 года", "5 лет", "1 год"; Ukrainian "3 роки", "5 років", "1 рік"
    r"|лет|года?|рок(?:и|ів)|рік"
    # Vietnamese "2 năm", Indonesian and Malay "2 tahun", Thai "3 ปี" (its "ป" alone: the
    # vowel mark after it is no word's letter to Python, and \b would fail after it)
    r"|năm|tahun|ป(?=ี)"
    # Hebrew "3+ שנות ניסיון", "3 שנים"; Arabic "3 سنوات", "5 أعوام"; Greek "3 χρόνια",
    # "5 έτη", "3 ετών"
    r"|שנ(?:ות|ים)|سنوات|سنين|أعوام|اعوام|χρ[όο]ν(?:ια|ων)|[έε]τ(?:η|[ώω]ν)"
    r"|سال"  # Persian and Urdu "3 سال سابقه کار", "3 سال تجربہ" (not "25 سالگی", aged 25)
    # Chinese and Japanese "3年", Korean "3년" (not "3年前" ago, "10年来" since, "10년째")
    rf"|{_CJK_YEAR})"
    # one year in French, Spanish, Italian, Portuguese: "1 an", "1 año", "1 anno", "1 ano"
    rf"|{_ONE_YEAR}"
    # "5-years", "Zorblex, 2-year"; not "a 2-year degree"
    r"|-(?:years|yrs)|-(?:year|yr)(?!\s+(?!(?:of|experience|exp)\b)[a-z]))"
    rf"(?:\b|(?<=[年년]))(?:['’]s?)?(?!{_TIME_GONE_BY})",  # "founded 10 years ago" asks nothing
    re.I,
)
# Every count of years holds "year", "yr", "yoe", "y+" or "jahr": searched only in texts that do.
YEARS = Gated(
    _COUNT_OF_YEARS,
    regex_cache.compile(
        r"year|yr|yoe|y\+|jahr|\bans\b|années|años|\banys\b|\banni\b|\banos\b|jaar|år|\blata?\b"
        r"|\b1\s+(?:an|année|año|anno|ano)\b|\bvuo|\brok|\blet\b"
        r"|\bév|\bani\b|aasta|\bmet(?:ų|ai)\b|\bgad[ui]\b|\byıl|\bлет\b|\bгода?\b|\bрок|\bрік\b"
        r"|năm|tahun|ปี"
        # (each opening on a letter, none on a class: see importance.letters_first)
        r"|שנות|שנים|سنوات|سنين|عوام|χρ[όο]ν|έτη|ετη|έτ[ώω]ν|ετ[ώω]ν|سال"
        r"|年|년"
    ),
)
# Part of those years, for what follows: "5+ years of engineering, at least 3 of them in
# MLOps", "five years of product work, two or more of which on ML products".
PART_OF_YEARS = regex_cache.compile(
    rf"\b(\d{{1,2}}|{NUMBER_WORD})(?:\s+or\s+more|\+)?\s+of\s+(?:them|which"
    r"|th(?:ose|ese)\s+years)\b",
    re.I,
)
# ... or with the word "years" left out after a comma: "5+ years of software engineering, 2+ in
# ML infrastructure", "6 years of Java, including 3 with Kafka", "4+ years of Python, of which
# 2+ in Django", in German and Dutch "..., davon 2 mit Kafka", "..., waarvan 2 met Kafka" (not
# "... , 10 in total", nor a meeting of two, "1 on 1 mentoring")
ELIDED_PART_OF_YEARS = regex_cache.compile(
    r"(?:(?<=[,;]\s)|(?<=\bincluding\s)|(?<=\band\s)|(?<=\bof\swhich\s)|(?<=\bof\sthem\s)"
    r"|(?<=\bdavon\s)|(?<=\bwaarvan\s))(?:at\s+least\s+)?"
    rf"(\d{{1,2}}|{NUMBER_WORD})(?:\s+or\s+more|\+)?\s+"
    r"(?=(?:in|with|on|using|mit|met)\s(?!total\b))"
    rf"(?!on\s+(?:\d{{1,2}}|{NUMBER_WORD})\b)",
    re.I,
)


# A posting's rank words are a resume's (titles.SENIOR_RANK and the others), but a manager
# ranks as senior only over engineers or scientists: not an "Account Manager".
_LEADS_ENGINEERS = (
    r"(?:engineering|development|software|data\s+science|machine\s+learning|ml|ai|analytics"
    r"|research|technical|platform)\s+manager"
    r"|manager,?\s+(?:of\s+)?(?:engineering|software|data|machine\s+learning|ml|ai|analytics"
    r"|research)"
)
_LEVEL_WORDS: list[tuple[LevelId, re.Pattern[str]]] = [
    ("intern", regex_cache.compile(rf"\b(?:{INTERN_RANK}|co-op)\b", re.I)),
    ("senior", regex_cache.compile(rf"\b(?:{SENIOR_RANK}|head|{_LEADS_ENGINEERS})\b", re.I)),
    ("entry", regex_cache.compile(rf"\b(?:{ENTRY_RANK})\b", re.I)),
    ("mid", regex_cache.compile(rf"\b(?:{MID_RANK})\b", re.I)),
    # A university's faculty ranks: an Associate or Full Professor's is a tenured career; a
    # tenure-track Assistant Professor asks a doctorate and a research record of one's own
    # (past a postdoc's entry level). Of "Assistant or Associate Professor" the lower is the bar.
    (
        "senior",
        regex_cache.compile(
            r"(?<!assistant or )(?<!assistant/)\b(?:associate|full)[ \t]+professor\b", re.I
        ),
    ),
    (
        "mid",
        regex_cache.compile(
            r"\b(?:assistant(?:[ \t]+or[ \t]+associate|/associate)?[ \t]+professor"
            r"|tenure[- ]track)\b",
            re.I,
        ),
    ),
]


def _count(match: re.Match[str]) -> int:
    return int(count_of(match.group(1)))


def years_on_line(line: str) -> float | None:
    found = [_count(m) for m in YEARS.finditer(line)]
    return float(max(found)) if found and max(found) <= 30 else None


@lru_cache(maxsize=4096)
def _names_years(line: str) -> bool:
    return YEARS.search(line) is not None


def years_for(line: str, span: tuple[int, int]) -> float | None:
    """Years asked for the skill at `span`: a count right after it ("Python (5+ years)",
    "Kubernetes: 2+ years"), else the nearest before it in its sentence ("5+ years of backend
    work, 3+ years of Python" -> 3), else the first after it; a count in another sentence is
    about something else."""
    if not _names_years(line):
        return None  # most lines: no count of years at all
    start, end = span
    sentence = sentence_at(line, start) or (0, len(line))
    if is_table_row(line):  # years before the skill count within its own cell
        sentence = (max(sentence[0], line.rfind("|", 0, start) + 1), sentence[1])
    found = _counts_in(line, sentence)
    # the nearest count before the skill, and the first after it (read from the nearest)
    before = next(
        (m for m in reversed(found) if m.end() <= start and not _beside_another(line, m, start)),
        None,
    )
    # a count may begin inside the name: "Python 3+ years" matched the version "Python 3"
    after = next((m for m in found if m.start() >= end or start < m.start() < end < m.end()), None)
    # "SQL (5 yrs)", "| Spark | 2+ years |"
    beside = after and re.fullmatch(r"[\s(:\-–|]*", line[end : max(end, after.start())])
    if after and _INLINE_BULLET.search(line, end, after.start()):
        after = None  # "Python • 5+ years of Go": a flattened list's next item
    semicolon = line.find(";", end, after.start()) if after else -1
    if after and not beside and semicolon >= 0 and not _bare_count(line, semicolon, after):
        after = None  # "... and mentor two engineers; you need 6 years of SQL": another clause
    if before and (
        _NEW_ITEM.search(line, before.end(), start)
        or _INLINE_BULLET.search(line, before.end(), start)
        or _past_a_closed_list(line, before, start)
        or _past_a_semicolon(line, before, start)
        or _past_a_spaced_dash(line, before, start)
    ):
        before = None  # "3+ years of Scala and strong Spark skills": Spark is an item of its own
    if before and _a_roles_years_before_own_ask(line, before, start):
        before = None  # "4 years as an Incident Response Specialist - IAT Level III Cert"
    chosen = after if beside else before or after
    if chosen is None or _count(chosen) > 30 or _preferred_time(line, chosen):
        return None
    return float(_count(chosen))


_SPACED_DASH = regex_cache.compile(r"\s[-–—]\s")
# A list's bullet inside a flattened line: "... 1+ year with LLMs • Prompt engineering"
_INLINE_BULLET = regex_cache.compile(r"\s[•▪●►◦]\s")
# The words a count of years may take before what it is of: "5+ years of experience"
_COUNT_WORDS = regex_cache.compile(
    r"(?:\s|\+|\b(?:years?|yrs?|of|in|with|total|hands-on|professional|relevant|work|working"
    r"|industry|experience)\b)*",
    re.I,
)


_AS_A_ROLE = regex_cache.compile(r"\bas\b", re.I)


def _past_a_spaced_dash(line: str, count: re.Match[str], start: int) -> bool:
    """A spaced dash parts the skill at `start` from a count asked of something named before
    the dash: "4 years of Splunk - Security+ required" asks no years of Security+; "5+ years of
    experience - Python, SQL" asks them of both."""
    dash = _SPACED_DASH.search(line, count.end(), start)
    if dash is None or _AS_A_ROLE.search(line, count.end(), dash.start()):
        return False  # "6 years as a Project Lead - Splunk Migrations": the role's own title
    if _COUNT_WORDS.fullmatch(line, count.end(), dash.start()) is not None:
        return False
    # only an ask of its own parts them; else the dash is inside a name: "2 years in Level 4
    # Support - iLab and Cyberspace Operations", "1+ years as Engineer - Financial Services"
    stop = _DASH_PART_END.search(line, dash.end())
    own = line[dash.end() : stop.start() if stop else len(line)]
    return holds_a_cue(own)


_DASH_PART_END = regex_cache.compile(r"[;.](?=\s|$)|,")


def _past_a_semicolon(line: str, count: re.Match[str], start: int) -> bool:
    """A semicolon parts the count from the skill at `start`, and no colon or bracket after the
    count opens a list that the semicolons part, nor is the skill a bare name of such a list:
    "4+ years of React; expert-level TypeScript" asks no years of TypeScript; "5+ years in:
    Python; SQL", "5+ years in data engineering (Spark; Kafka)" and "5+ years with Python;
    SQL; Spark" ask them of all."""
    semicolon = line.find(";", count.end(), start)
    if semicolon < 0:
        return False
    opening = line[count.end() : semicolon]
    if ":" in opening or opening.count("(") > opening.count(")"):
        return False
    last = line.rfind(";", count.end(), start)
    if line[last + 1 : start].strip():
        return True
    bare = _BARE_NAME_ENDS.match(line, start)
    return bare is None or _OWN_CUE.search(bare.group()) is not None


# After a skill's name, the end of a bare name in a list parted by semicolons
_BARE_NAME_ENDS = regex_cache.compile(r"[^\s;.,()]*(?:[ \t]+[^\s;.,()]+){0,2}[ \t]*(?:[;.)]|$)")
# A cue of the name's own after it, which makes its words a clause of their own: "Airflow a
# plus", "SQL a must", "Rust preferred"
_OWN_CUE = regex_cache.compile(
    r"\b(?:plus|bonus|preferred|desired|desirable|optional|helpful|welcome|advantage|must"
    r"|required|essential|nice)\b",
    re.I,
)


# Years held in a role ("4 years as an Incident Response Specialist"), and a break after the
# role, a spaced dash or a semicolon, before another item: the years are the role's only
_ROLES_YEARS = regex_cache.compile(
    r"[ \t]+(?:(?:of[ \t]+)?(?:experience|work)[ \t]+)?as[ \t]+(?:an?[ \t]+)?[A-Z]", re.I
)
_CLAUSE_BREAK = regex_cache.compile(r"[ \t][-–—][ \t]|;")
_OWN_ASK = regex_cache.compile(
    r"\b(?:required|requires?|must|mandatory|cert(?:s|ified|ification)?|licen[cs]ed?|clearance)\b",
    re.I,
)


def _a_roles_years_before_own_ask(line: str, count: re.Match[str], start: int) -> bool:
    """The count is the years of a role, and the skill at `start` is in a clause of its own
    after a break that asks it in its own words ("- IAT Level III Cert required")."""
    if not _ROLES_YEARS.match(line, count.end(), start):
        return False
    role = role_asked(line)
    role_end = line.find(role, count.end()) + len(role) if role else -1
    if role is None or role_end < len(role) or role_end > start:
        return False  # the skill inside the role's title: "... HR Transformation Manager"
    broken = _CLAUSE_BREAK.search(line, role_end, start)
    return broken is not None and _OWN_ASK.search(line, broken.end()) is not None


# All a clause says after a semicolon besides its count: "Python; 5+ years", "Kafka; at least
# 3 years minimum"; not "...; 6+ years of Python" (the count's own object)
_BARE_BEFORE = regex_cache.compile(r"[ \t]*(?:(?:at[ \t]+least|min(?:imum)?|over)[ \t]+)?", re.I)
_OWN_OBJECT_AFTER = regex_cache.compile(
    r"[^;.,]*?\b(?:of|in|with|using|on)[ \t]+"
    r"(?!(?:relevant[ \t]+|professional[ \t]+|hands-on[ \t]+)?(?:experience|exp)\b)\w",
    re.I,
)


def _bare_count(line: str, semicolon: int, count: re.Match[str]) -> bool:
    """Whether the count is all of the clause after the semicolon, which so tells the years
    of the skill before it."""
    gap = _BARE_BEFORE.match(line, semicolon + 1)
    return (
        gap is not None
        and gap.end() == count.start()
        and _OWN_OBJECT_AFTER.match(line, count.end()) is None
    )


@lru_cache(maxsize=4096)  # the same for every skill in the sentence
def _counts_in(line: str, sentence: Span) -> tuple[re.Match[str], ...]:
    """The counts of years in the sentence that may be asked of a skill: not the employer's
    nor a length of data; with the parts of them named after them ("at least 3 of them")."""
    found = [
        m
        for m in YEARS.finditer(line, *sentence)
        if not _employer_history(line, m, sentence)
        and not _spans_no_work(line, m.end())
        and not _terms_length(line, m)
    ]
    if any(_count(m) <= 1 for m in found) and not _a_careers_years(1, line[slice(*sentence)]):
        found = [m for m in found if _count(m) > 1]  # a year at a federal grade, once a sentence
    if found:  # a part only of years named before it, not "one of these languages"
        parts = [m for m in PART_OF_YEARS.finditer(line, found[0].end(), sentence[1])]
        elided = ELIDED_PART_OF_YEARS.finditer(line, found[0].end(), sentence[1])
        parts += [m for m in elided if _count(m) <= _count(found[0])]
        for part in sorted(parts, key=lambda m: m.start()):
            if not _counts_other_things(line, found, part):
                found.append(part)
        found.sort(key=lambda m: m.start())
    return tuple(found)


# A number: between years and "of which 5", what the part is of ("teams of 20 engineers")
_A_NUMBER = regex_cache.compile(rf"\b(?:\d+|{NUMBER_WORD})\b", re.I)


def _counts_other_things(line: str, years: list[re.Match[str]], part: re.Match[str]) -> bool:
    """A number of other things stands between the years (or a part of them) and this part,
    which is then a part of those things: "8+ years managing teams of 20 engineers, of which 5
    with Kubernetes"; not "5 years, of which 2 with Kafka and 1 with Airflow"."""
    before = max(m.end() for m in years if m.end() <= part.start())
    return _A_NUMBER.search(line, before, part.start()) is not None


# Years in the employer's history ask nothing: "For over 15 years our lab has published on
# machine translation", "We have run Spark for 5 years".
_FOR_A_TIME = regex_cache.compile(
    r"\bfor\s+(?:(?:over|more\s+than|nearly|almost|about|around|the\s+(?:past|last))\s+)?$", re.I
)
_EMPLOYER = regex_cache.compile(r"\b(?:we|we['’](?:ve|re)|our|us)\b", re.I)
ASKS_A_PERSON = regex_cache.compile(
    r"\b(?:you\w*|candidates?|applicants?|someone|anyone|individuals?|persons?|hires?"
    r"|looking for|seek(?:ing|s)?|experience[ds]?|requir\w*|need\w*|must|should)\b",
    re.I,
)


def _employer_history(line: str, count: re.Match[str], sentence: tuple[int, int]) -> bool:
    """How long the employer has done something, in a sentence about it that asks nothing;
    or the employer's own years, whatever the sentence asks besides (_employers_own_years)."""
    said = line[sentence[0] : sentence[1]]
    return _employers_own_years(line, count, sentence[0]) or (
        bool(_FOR_A_TIME.search(line, sentence[0], count.start()))
        and bool(_EMPLOYER.search(said))
        and not ASKS_A_PERSON.search(said)
    )


# The employer's own years, its subject's right before them ("Our team has 10 yrs of history",
# "We have 20 years of experience in fintech", "our company has over 25 years", "join a team
# with 20 years of experience", "our company, with over 25 years in fintech"), or its age
# right after them ("Acme, with 12 years in business, ...", "a lab with 30 years of history")
_EMPLOYER_NOUN = (
    r"(?:[\w-]+\s+){0,2}?(?:team|company|firm|lab|group|business|organi[sz]ation|agency|studio"
    r"|practice|founders?)"
)
_EMPLOYER_HAS = regex_cache.compile(
    rf"\b(?:(?:we|our\s+{_EMPLOYER_NOUN})\s+(?:(?:now|already|proudly)\s+)?"
    r"(?:have|has|had|bring|brings|boast|boasts|spent|spends)"
    # how long it has existed: "We have been around 10 yrs", "we've been in business 12 years"
    rf"|(?:we|our\s+{_EMPLOYER_NOUN})(?:\s+(?:have|has)|['’]ve)\s+been"
    r"(?:\s+(?:in\s+business|operating|trading|active|running))?(?:\s+for)?"
    rf"|(?:our\s+{_EMPLOYER_NOUN},?|(?:an?|the)\s+{_EMPLOYER_NOUN})\s+with)"
    r"(?:\s+(?:over|more\s+than|nearly|almost|about|around|some))?\s+$",
    re.I,
)
# ... or how long it, or the post's writer, has been doing something, right before the count:
# "Our team has been using Spark for 5 years", "We've used Spark for over 5 years", "we have
# run it for 3 years", "I've been at Acme for 5 years"
_EMPLOYER_DOING = regex_cache.compile(
    rf"\b(?:we|i|our\s+{_EMPLOYER_NOUN})(?:\s+(?:have|has)|['’]ve)\s+(?:been|\w+ed"
    r"|run|built|grown|done|made|led|taught|written)\b[^,;.:!?]{0,40}?\s+for"
    r"(?:\s+(?:over|more\s+than|nearly|almost|about|around|some|the\s+(?:past|last)))?\s+$",
    re.I,
)
# ... or the years of the people a hire will work beside: "alongside engineers with 10+ years",
# "learn from mentors with 12+ years", "report to a director with 15 years", "a team of
# researchers with 20 years", "partner with a founder who has 15 years"; not those sought:
# "looking for engineers with 5+ years", "looking to hire engineers with 5+ years"
_COLLEAGUES_WITH = regex_cache.compile(
    r"\b(?:alongside|beside|among|to|by|under|(?:team|group)\s+of"
    # ... learnt from, not heard from ("we'd love to hear from engineers who have 6+ years")
    r"|(?<!hear\s)(?<!hearing\s)(?<!welcome\s)(?<!welcomed\s)(?<!welcomes\s)from"
    # ... those worked with, not those a posting would speak with ("speak with engineers who
    # have 6+ years" are the hires)
    r"|(?:work|partner|collaborat|pair|team)\w*(?:\s+up)?(?:\s+(?:closely|directly))?\s+with)\s+"
    r"(?!(?:hire|recruit|find|bring\s+on|welcome|attract|add|onboard)\b)"
    r"(?:an?\s+|the\s+|our\s+)?"
    r"(?:(?!(?:with|from)\b)[\w-]+\s+){0,2}?(?:engineers|scientists|researchers|experts|mentors|colleagues|peers"
    r"|leaders|veterans|professionals|people|practitioners|specialists|(?:vp|director|manager"
    r"|lead|head|cto|ceo|founder)s?)\s+(?:with|who\s+(?:have|has|bring|brings))"
    r"(?:\s+(?:over|more\s+than|nearly|almost|about|around|some|a\s+combined))?\s+$",
    re.I,
)
_EMPLOYERS_AGE = regex_cache.compile(
    r"\s+(?:of\s+(?:history|heritage|existence)|in\s+(?:business|operation))"
    r"(?=\s*(?:[,.;:)]|$))",
    re.I,
)
_EMPLOYER_REACH = 60  # characters before a count where the employer's "we have" may stand
# A company's years in its market, after the employer named in the same clause ("We're a
# fintech, 10 yrs in the market, hiring ..."), not a person's asked ("We need someone with 5
# yrs in the market"); also "10 ans sur le marché", "10 años en el mercado"
_IN_ITS_MARKET = regex_cache.compile(
    r"\s+(?:in|on|sur|dans|en|sul|nel|no)\s+(?:the\s+|le\s+|el\s+|il\s+|o\s+)?"
    r"(?:market|marché|mercado|mercato)(?=\s*(?:[,.;:)!]|$))",
    re.I,
)
# The employer naming itself in French or Spanish ("Nous sommes une fintech", "Somos una
# fintech"), and a person sought ("Nous recherchons quelqu'un", "Buscamos a alguien")
_EMPLOYER_ROMANCE = regex_cache.compile(r"\b(?:nous|notre|nos|somos|nuestr[oa]s?)\b", re.I)
_SEEKS_ROMANCE = regex_cache.compile(
    r"\b(?:recherch\w*|cherch\w*|quelqu['’]un|candidat\w*|vous|busca\w*|alguien|usted\w*)\b",
    re.I,
)
# A sentence that opens with the employer's age before naming it: "With over 20 years in
# logistics, our company ...", "Fondée il y a 10 ans, notre startup ...", "Forte de 10 ans
# d'expérience, notre équipe ...", "Con más de 15 años en el mercado, somos ...". The
# opening words before the count, then the count's phrase up to a comma and the employer.
_AGE_OPENING = regex_cache.compile(
    r"[\W\d]*(?:(?P<founded>founded|established|fond[ée]e?s?|cr[ée]{2}e?s?|fundad[ao]s?"
    r"|cread[ao]s?|gegründet)"
    r"|with|after|since|fort[e]?s?\s+de|avec|apr[èe]s|con|tras|mit|nach)\b[^,;:]{0,40}",
    re.I,
)
_EMPLOYER_NAMED_NEXT = regex_cache.compile(
    r"[^,;:.]{0,60},\s*(?:we|we['’](?:re|ve)|our|nous|notre|nos|somos|nuestr[oa]s?|wir"
    r"|unser\w*|(?:the|la|el|l['’]|die|das)\s*(?:company|firm|team|startup|empresa|compañía"
    r"|entreprise|soci[ée]t[ée]|équipe|unternehmen|firma))\b",
    re.I,
)
_CLAUSE_REST = regex_cache.compile(r"[^,;:.]*")
# ... but an opening "With 5+ years ..." may as well be the candidate's: a minimum, or a
# clause after it that speaks to the candidate or says what the employer expects ("With at
# least 4 years of Python, we expect you to ...", "Con 3 años de experiencia, nuestro equipo
# te espera", "Avec 5 ans d'expérience, notre équipe compte sur vous")
_CANDIDATES_SIDE = regex_cache.compile(
    r"\+|\b(?:at\s+least|minimum|or\s+more|au\s+moins|al\s+menos|mindestens|almeno"
    r"|pelo\s+menos|you\w*|vous|votre|vos|toi|te|tu|usted\w*|você|dich|dir|dein\w*"
    r"|candidat\w*|kandidat\w*|applicants?|expect\w*|need\w*|requir\w*|erwarten|brauchen"
    r"|benötigen|attendons|esperamos|necesitamos)\b",
    re.I,
)


def _employers_own_years(line: str, count: re.Match[str], sentence_start: int) -> bool:
    """The count is the employer's: how long it has been at work, not what it asks."""
    before = max(sentence_start, count.start() - _EMPLOYER_REACH)
    return bool(
        _EMPLOYER_HAS.search(line, before, count.start())
        or _EMPLOYER_DOING.search(line, before, count.start())
        or _COLLEAGUES_WITH.search(line, before, count.start())
        or _EMPLOYERS_AGE.match(line, count.end())
        or _opens_with_employers_age(line, count, sentence_start)
        or _years_in_its_market(line, count, sentence_start)
        or _a_baltic_firms_years(line, count, sentence_start)
    )


# A firm's years in Estonian, Lithuanian or Latvian: the firm or "we" before the count
# ("Ettevõte on tegutsenud 15 aastat", "Oleme üle 15 aasta turul", "Įmonė turi 20 metų
# patirtį", "Uzņēmumam ir 25 gadu pieredze") or its market after it ("Üle 15 aasta turul"), in
# words that neither speak to the candidate, seek someone nor set a minimum ("Sul on vähemalt
# 4 aastat", "Mes ieškome specialisto, turinčio 3 metų patirtį")
_BALTIC_COUNT = regex_cache.compile(r"aasta|met[ųa]|gad[ui]", re.I)
_BALTIC_FIRM = regex_cache.compile(
    r"\b(?:ettevõt\w*|firma\w*|oleme|meie|meil|tegutseme|įmon\w*|bendrov\w*|esame|mes|mūsų"
    r"|veikiame|uzņēmum\w*|esam|mēs|mums|mūsu|darbojamies)(?!\w)",
    re.I,
)
_BALTIC_MARKET = regex_cache.compile(r"\s+(?:turul|rinkoje|tirgū)(?!\w)", re.I)
_BALTIC_CANDIDATES_SIDE = regex_cache.compile(
    r"\b(?:sa|sul|sinu|teil|te|kandidaa\w*|tu|jūs|jums|tavo|jūsų|kandidat\w*|tev|jūsu"
    r"|kandidāt\w*|vähemalt|mažiau|bent|vismaz|min"
    # whom the firm seeks: "Mes ieškome specialisto, turinčio 3 metų patirtį"
    r"|ieško\w*|otsi\w*|meklē\w*|specialist\w*|darbuotoj\w*|töötaja\w*|darbiniek\w*)(?!\w)",
    re.I,
)
_BALTIC_REACH = 40  # characters after the count read for a candidate's words


def _a_baltic_firms_years(line: str, count: re.Match[str], sentence_start: int) -> bool:
    """The count is an Estonian, Lithuanian or Latvian firm's years (_BALTIC_FIRM)."""
    if not _BALTIC_COUNT.search(count.group()):
        return False
    before = line[sentence_start : count.start()]
    if not (_BALTIC_FIRM.search(before) or _BALTIC_MARKET.match(line, count.end())):
        return False
    said = line[sentence_start : count.end() + _BALTIC_REACH]
    return not _BALTIC_CANDIDATES_SIDE.search(said)


def _years_in_its_market(line: str, count: re.Match[str], sentence_start: int) -> bool:
    """The employer's years in its market: the words before the count name the employer and
    ask no one ("We're a fintech, 10 yrs in the market")."""
    if not _IN_ITS_MARKET.match(line, count.end()):
        return False
    before = line[sentence_start : count.start()]
    if _EMPLOYER_ROMANCE.search(before):
        return not _SEEKS_ROMANCE.search(before)
    return bool(_EMPLOYER.search(before)) and not ASKS_A_PERSON.search(before)


def _opens_with_employers_age(line: str, count: re.Match[str], sentence_start: int) -> bool:
    """The sentence opens with the employer's age before naming the employer ("With over 20
    years in logistics, our company ..."), and does not speak to the candidate."""
    opening = _AGE_OPENING.fullmatch(line, sentence_start, count.start())
    named = opening and _EMPLOYER_NAMED_NEXT.match(line, count.end())
    if not (opening and named):
        return False
    if opening.group("founded"):
        return True  # "Fondée il y a 10 ans, notre startup ...": only a company is founded
    rest = _CLAUSE_REST.match(line, named.end())
    said = line[sentence_start : rest.end() if rest else named.end()]
    return not _CANDIDATES_SIDE.search(said)


# A new verb phrase after "and": "... and built dashboards", "... and deploy models"; not a
# second field ("and analytics experience") nor an adjective in -ed ("and related work")
_AND_A_VERB = (
    r"\s+and\s+(?!(?:related|advanced|applied|associated|distributed|integrated|specialized"
    r"|structured|unstructured|automated|embedded|connected|combined|detailed|regulated)\b)"
    r"(?:[a-z]+ed|built|wrote|ran|made|led|drove|grew|taught|build|create|develop|design"
    r"|deploy|train|write|use|maintain|implement|automate|present|report)\s+\w"
)
# Years that measure data, not time at work: "Analyzed 20 years of sales data with SQL",
# "20 years of sales data and built dashboards in Tableau", "forecast 10 years of demand";
# not "6 years of financial data and risk modeling", "5 years of big data"
_DATA_SPAN = regex_cache.compile(
    r"\s+of\s+(?:(?!big\b)[\w-]+\s+){0,3}?(?:(?<=\s)(?<!of\s)data|datasets?|records|logs"
    r"|transactions|histor(?:y|ies)|observations|measurements|archives|footage|filings|prices"
    r"|readings|telemetry|demand)\b"
    r"(?=\s*(?:[.;:)]|$)|\s+(?:with|in|using|from|into|across|on|via|through|to|by|for)\b"
    rf"|{_AND_A_VERB})",
    re.I,
)
# Years of a company's growth: "several years of growth", "plusieurs années de croissance",
# "3 years of strong growth", "3 ans de croissance forte", "varios años de crecimiento". A
# growth told by its pace, or bare at the end of its clause or before the employer ("...
# growth, we"); not a field of work named "growth" ("5 years of growth marketing", "3+ years
# of growth, lifecycle or CRM", "4+ years of B2B growth", "3 years of experience in growth")
_GROWTH_WORD = r"(?:growth|croissance|crecimiento|crescita|crescimento|expansion|expansión)"
_GROWTH_PACE = (
    r"(?:strong|rapid|steady|sustained|continuous|continued|consistent|consecutive|fast|solid"
    r"|profitable|record|exponential|explosive|double-digit|triple-digit|\d+\s*%|forte|rapide"
    r"|soutenue|continue|constante|fuerte|rápido|sostenido|costante|rapida|sostenuta)"
)
_GROWTH_SPAN = regex_cache.compile(
    r"\s+(?:of|de|d['’]|di|des)\s*"
    rf"(?:(?:{_GROWTH_PACE}[\s,]+){{1,2}}{_GROWTH_WORD}"
    r"(?=\s*(?:[,.;:)!]|$)|\s+(?:and|et|y|e|at|in|for|we|nous|à|en|pour)\b)"
    rf"|{_GROWTH_WORD}(?:\s+{_GROWTH_PACE})?"
    r"(?=\s*(?:[.;:)!]|$)|,\s*(?:we|nous|nosotros|our|notre)\b"
    r"|\s+(?:and|et|y|e)\s+(?:an?|the|une?|la|le|les|una?|el|our|notre)\b))",
    re.I,
)


# Years of study, which a federal vacancy takes in place of experience: "three years of
# progressively higher level graduate education", "2 years of full-time graduate study", "4
# years of education above high school"; not work in the field ("4 years of experience in
# higher education", "5 years of education technology experience", "3 years of study and
# research"): the study ends its phrase.
# Nor years of "education or experience", in either order: work that study may stand in for
# ("2 years of education or work experience", "..., training or experience")
_STUDY_SPAN = regex_cache.compile(
    r"\s+of\s+(?:(?!(?:experience|work|working|teaching|research|industry|professional|in|with"
    r"|on|at)\b)[\w-]+\s+){0,4}?(?:education|study|studies|schooling)\b"
    r"(?!(?:\s*,\s*[\w-]+)*,?\s+(?:and\s*/\s*or|or)\s+(?:[\w-]+\s+){0,2}experience\b)"
    r"(?=\s*(?:[^\w\s-]|$)|\s+(?:leading|in|at|toward|towards|above|beyond|or|from|that|which"
    r"|with|may|is|are|as|for|to|equivalent|directly)\b)",
    re.I,
)


def _spans_no_work(line: str, end: int) -> bool:
    """The count of years ending at `end` measures data, a company's growth or years of
    study, not work."""
    return bool(
        _DATA_SPAN.match(line, end) or _GROWTH_SPAN.match(line, end) or _STUDY_SPAN.match(line, end)
    )


# A count that measures how long a contract or project runs, asking no years of work: "a 2
# year fixed term contract", "3 year research project", "Contract length: 2 years", "Contrat
# de deux ans", "Befristet auf zwei Jahre", "auf 2 Jahre befristet", "contrato de 2 años"
_TERM_BEFORE = regex_cache.compile(
    rf"\b(?:{TERM_NOUN}|befristet\w*)(?:\s+(?:length|duration|term))?\s*"
    r"(?:of|for|de|d['’]|di|da|van|von|über|auf|für|por|:|\()?\s*"
    r"(?:an?|une?|una?|uno|ein\w*)?\s*$",
    re.I,
)
# ... not work done on many of them: "managing projects for 3 years", "Worked on consulting
# engagements for 4 years"
_WORK_ON_TERMS = regex_cache.compile(
    rf"\b(?:\w+ing|on|in|across)\s+(?:[\w-]+\s+){{0,2}}?{TERM_NOUN}\s+for\s*$", re.I
)
_TERM_AFTER = regex_cache.compile(
    r"[\s-]*(?:(?:fixed|term|fixed-term|renewable|temporary|research|funded|limited|initial"
    rf"|full-time|part-time)[\s-]+){{0,3}}(?:{TERM_NOUN}|term|befristet)(?![\w-])"
    # ... not the kind of work it opens: "3 years contract experience", "2 years project
    # engineering"
    rf"{TERM_NOUN_ENDS}",
    re.I,
)
# A placement that runs for a time as a contract does ("Stage de 1 an", "Internship of 1
# year"), and a range up from months ("Stage de 6 mois à 1 an", "Prácticas de 6 meses a 1 año",
# "Praktikum von 6 Monaten bis 1 Jahr"); the French or Dutch "stage" only before a count in
# its own words, as the English one is a phase ("seed stage: 2 years")
_PLACEMENT_BEFORE = regex_cache.compile(
    rf"\b(?:(?P<stage>stages?)|{PLACEMENT_NOUN})"  # the French or Dutch "stage" named apart
    r"\s*(?:of|for|de|d['’]|di|da|von|van|für|:)?\s*$",
    re.I,
)
_ENGLISH_YEARS = regex_cache.compile(r"\b(?:years?|yrs?)\b", re.I)
_FROM_MONTHS = regex_cache.compile(
    r"\b\d{1,2}\s*(?:months?|mois|meses|mesi|monate?n?|maanden)\s*(?:to|à|a|al|bis|tot|[-–—])\s*$",
    re.I,
)
# ... a length of experience all the same: "6 mois à 1 an d'expérience", "1 year of relevant
# experience", "1 Jahr Berufserfahrung"; not experience the placement brings ("Internship of
# 1 year with experience in ...")
_NOT_A_DESCRIBING_WORD = r"(?!(?:with|in|and|or|for|to|avec|en|et|pour|con|y|para|mit|und|met)\b)"
_EXPERIENCE_NEXT = regex_cache.compile(
    rf"\s*(?:of|de|d['’]|di|da)?\s*(?:{_NOT_A_DESCRIBING_WORD}[\w-]+\s+){{0,2}}?"
    r"(?:experience|expérience|experiencia|esperienza|experiência|\w*erfahrung|\w*ervaring)\b",
    re.I,
)
_A_MINIMUM = regex_cache.compile(r"\+|\bor\s+more\b|\bplus\b", re.I)
_MINIMUM_BEFORE = regex_cache.compile(r"\b(?:at\s+least|minimum|min\.?|over)\s*$", re.I)
_TERM_REACH = 40  # characters before a count where a contract's noun or a minimum may stand


def _terms_length(line: str, count: re.Match[str]) -> bool:
    """The count is how long a contract or project runs, not a minimum of work asked."""
    before = line[max(0, count.start() - _TERM_REACH) : count.start()]
    if _A_MINIMUM.search(count.group()) or _MINIMUM_BEFORE.search(before):
        return False  # "a project for 3+ years" asks a minimum
    if _TERM_BEFORE.search(before):
        return not _WORK_ON_TERMS.search(before)
    if _placements_length(line, count, before):
        return True
    return bool(_TERM_AFTER.match(line, count.end()))


def _placements_length(line: str, count: re.Match[str], before: str) -> bool:
    """The count is how long an internship runs ("Stage de 1 an"), or ends a range up from
    months after an internship's or a contract's noun ("Contrat de 6 mois à 1 an"), and no
    experience follows it."""
    months = _FROM_MONTHS.search(before)
    head = before[: months.start()] if months else before
    placement = _PLACEMENT_BEFORE.search(head)
    if placement and placement["stage"] and _ENGLISH_YEARS.search(count.group()):
        placement = None  # "Experience across all stages for 3 years"
    if not (placement or (months and _TERM_BEFORE.search(head))):
        return False
    return not _EXPERIENCE_NEXT.match(line, count.end())


# A count set beside the item before it, closed off before the next: "Python (5+ years),
# Kubernetes", "SQL: 3+ years; Airflow", "Go (4 yrs) and Rust"
_CLOSED_OFF = regex_cache.compile(r"\s*\)?\s*(?:[,;/]|and\b|or\b)", re.I)
_AFTER_LABEL = regex_cache.compile(r":\s*(?:(?:min|minimum|at least)\.?\s+)?$", re.I)


def _beside_another(line: str, count: re.Match[str], start: int) -> bool:
    """The count belongs to an item before the skill at `start`: in its brackets or after its
    label, and closed off from the skill by a separator."""
    if not _CLOSED_OFF.match(line, count.end(), start):
        return False
    opened = line.rfind("(", 0, count.start())
    inside = opened != -1 and ")" not in line[opened : count.start()]
    return inside or bool(_AFTER_LABEL.search(line, 0, count.start()))


_BRACKETED_TIME_END = regex_cache.compile(r"[),;]")
# A graded item of its own after a count of years: "..., and strong Spark", "and hands-on K8s"
_NEW_ITEM = regex_cache.compile(
    r"(?:\band|,)\s+(?:(?:a|an|some)\s+)?(?:strong|solid|hands-on|good|excellent|deep|proven"
    r"|working knowledge|basic|familiarity|knowledge|exposure|understanding|fluency"
    r"|proficiency)\b",
    re.I,
)
# The years' list closed by "and" or a slash, then a comma and another item: "5+ yrs
# Python/SQL, causal inference"; or an item added with "plus" ("..., plus causal inference").
# Not one the comma goes on to detail ("5+ years of ML and data science, including Python").
_CLOSED_LIST = regex_cache.compile(r"[^,;]*?(?:/|\band\b|&)[^,;]*,", re.I)
_ADDED_ITEM = regex_cache.compile(r",\s*(?:plus|as well as|along with|and also)\b", re.I)
_DETAIL_NEXT = regex_cache.compile(
    r"\s*(?:including|incl\.?|especially|particularly|ideally|preferably|e\.g\.?|such as"
    r"|with|using|in|of)\b",
    re.I,
)


def _past_a_closed_list(line: str, count: re.Match[str], start: int) -> bool:
    """The skill at `start` follows the list of items the years `count` are asked of, closed
    before it (_CLOSED_LIST, _ADDED_ITEM)."""
    if "," not in line[count.end() : start]:
        return False  # a cheap gate: no comma, no list closed
    if _ADDED_ITEM.search(line, count.end(), start):
        return True
    closed = _CLOSED_LIST.match(line, count.end(), start)
    return closed is not None and not _DETAIL_NEXT.match(line, closed.end(), start)


_TIME_PREFERRED = regex_cache.compile(
    r"\b(?:preferred|desired|desirable|a plus|nice to have|a bonus)\b", re.I
)


_PREFERRED_NEXT = regex_cache.compile(
    r" +(?:is +)?(?:preferred|desired|a plus|nice to have)\b", re.I
)


def _preferred_time(line: str, count: re.Match[str]) -> bool:
    """The time itself is only preferred: "Strong SQL (5+ years preferred)", "Python
    required, 7+ years preferred"; not a table row "Snowflake | 2+ years | Preferred", where
    the skill is."""
    if _PREFERRED_NEXT.match(line, count.end()):
        return True
    opened = line.rfind("(", 0, count.start())
    if opened == -1 or ")" in line[opened : count.start()]:
        return False
    end = _BRACKETED_TIME_END.search(line, count.end())
    return bool(_TIME_PREFERRED.search(line, count.end(), end.start() if end else len(line)))


_ACRONYM_AFTER = regex_cache.compile(r"\s*\(([A-Z][A-Za-z0-9/&+.\-]{1,11})\)")


# The genders a European title invites, no acronym: "(H/F)", "(M/W/D)", "(M/V/X)"
_GENDERS_INVITED = regex_cache.compile(r"[MWFDHXVKN](?:/[MWFDHXVKN]){1,3}", re.I)


def acronym_after(line: str, end: int) -> str:
    """' (MDM)' when a posting defines an acronym right after a term: the acronym is part of
    its wording, and a resume may use either."""
    found = _ACRONYM_AFTER.match(line, end)
    if not found or _GENDERS_INVITED.fullmatch(found.group(1)):
        return ""
    return f" ({found.group(1)})" if any(c.isupper() for c in found.group(1)[1:]) else ""


_BARE_ACRONYM = regex_cache.compile(r"[A-Z][A-Z0-9]{1,7}s?")
_EXPANSION_AFTER = regex_cache.compile(r" ?\(([A-Za-z][\w\-]*(?: [\w\-]+){1,7})\)")


def defined_after(line: str, term: str, end: int) -> str:
    """What a posting defines in brackets right after a term, as part of its wording: the
    acronym ("Model Context Protocol (MCP)"), or, after an acronym, the words that spell it
    ("MCP (Model Context Protocol)"): either way one term, which a resume may write either way."""
    if acronym := acronym_after(line, end):
        return acronym
    found = _EXPANSION_AFTER.match(line, end)
    if not found or not _BARE_ACRONYM.fullmatch(term):
        return ""
    from .skills import acronym_expansion  # skills reads this module's YEARS

    words = found.group(1)
    return f" ({words})" if acronym_expansion(words, len(words), term.rstrip("s")) else ""


def _degree_field(line: str, text: str, span: tuple[int, int]) -> bool:
    """The field in "Bachelor's in Computer Science" is scored with the degree, not as a
    skill: a known field of study on a degree's line, or any skill in the degree's list of
    fields ("BS in Electrical Engineering or Operations Research")."""
    if any(start <= span[0] and span[1] <= end for start, end in field_spans(line)):
        return True
    # the line's degree first: found (and cached) by field_spans, and most lines have none
    return degree_in_line(line) is not None and is_field_of_study(text)


# Who may hold the job, and the rule that says so after it: "Must be a US citizen due to
# ITAR", "U.S. Persons only (export control regulations)"; the rule is no skill asked
_ELIGIBLE_PEOPLE = regex_cache.compile(
    r"\bcitizen(?:s|ship)?\b|\bU\.?S\.?\s+persons?\b|\bgreen\s+card\b"
    r"|\bpermanent\s+residen(?:t|ts|cy)\b|\bclearance\b",
    re.I,
)
_BECAUSE_OF = regex_cache.compile(
    r"(?:\b(?:due\s+to|because\s+of|owing\s+to|per|under|as\s+required\s+by|required\s+by"
    r"|in\s+(?:accordance|compliance)\s+with|to\s+comply\s+with)\s+|\(\s*)"
    r"(?:(?:the|applicable|U\.?S\.?|federal|government)\s+)*\Z",
    re.I,
)


_RULE_REACH = 50  # characters read before the mention for "due to the", "as required by"


# What may stand between the people and the rule: "U.S. citizenship required (ITAR)",
# "US persons only, per EAR"; more words ("clearance; 5+ years with cloud platforms (AWS")
# start another ask, whose brackets or "under" name no rule of eligibility
_ELIGIBILITY_GAP = regex_cache.compile(
    r"[\s,(]*(?:(?:is|are)\s+)?(?:required|only|needed|mandatory|status|holders?|eligible)?[\s,(]*",
    re.I,
)


def _eligibility_rule(line: str, span: tuple[int, int]) -> bool:
    """The mention is the rule behind who may apply, named right after them: ITAR in "Must be
    a US citizen due to ITAR", not AWS in "Secret clearance; 5+ years with clouds (AWS)"."""
    cue = _BECAUSE_OF.search(line, max(0, span[0] - _RULE_REACH), span[0])
    if cue is None:
        return False
    people = [found.end() for found in _ELIGIBLE_PEOPLE.finditer(line, 0, cue.start())]
    return bool(people) and _ELIGIBILITY_GAP.fullmatch(line, people[-1], cue.start()) is not None


def _degree_words(line: str, text: str, span: tuple[int, int]) -> bool:
    """A mention that belongs to a degree: one of its fields, or words of what the posting
    accepts in its place ("PhD (or equivalent research experience)")."""
    return _degree_field(line, text, span) or _in_alternative(line, span)


def degree_not_denied(lines: LineIndex, start: int, end: int) -> bool:
    """A degree a posting names without denying it: not "You don't need a graduate degree",
    nor one named but not asked ("equivalent experience, e.g. a PhD")."""
    number = lines.line_of(start)
    offset = lines.line_start(number)
    line = lines.line_text(number)
    if _named_not_asked(line, start - offset):
        return False
    return mention_cue(line, (start - offset, end - offset)) != "denied"


def _in_degree_fields(req: Requirement, lines: LineIndex) -> bool:
    """A term written among a degree's fields ("Degree in Statistics, Economics or a
    related field") is a field of study, scored with the degree; one in what the posting
    accepts in place of the degree is that alternative."""
    line = lines.line_text(req.line)
    at = line.find(req.jd_text)
    end = at + len(req.jd_text)
    spans = [*field_spans(line), *alternative_spans(line)]
    return at >= 0 and any(start <= at and end <= stop for start, stop in spans)


def _stronger(
    importance: Importance,
    section: str | None,
    alone: bool,
    best: Requirement | None,
    best_alone: bool,
) -> bool:
    """A mention states the requirement better than the best so far: more important, or as
    important and in the posting's requirement lists rather than its prose, or as listed and
    asked on its own rather than on a line that may offer a choice ("- Python for services"
    after "- Python or R for analysis": Python is asked in any case)."""
    if best is None:
        return True
    order, best_order = IMPORTANCE_ORDER[importance], IMPORTANCE_ORDER[best.importance]
    listed, best_listed = section in REQUIREMENT_SECTIONS, best.section in REQUIREMENT_SECTIONS
    if order != best_order or listed != best_listed:
        return order > best_order or (order == best_order and listed)
    return alone and not best_alone


_A_CHOICE = regex_cache.compile(r"\bor\b|/", re.I)  # a line that may offer alternatives


@lru_cache(maxsize=4096)  # asked once for each mention on the line
def _offers_a_choice(line: str) -> bool:
    return _A_CHOICE.search(line) is not None


_CLAUSE_END = regex_cache.compile(r"[;.](?:\s|$)")
_OR_WORD = regex_cache.compile(r"\bor\b", re.I)


def _shared_years(line: str, span: Span) -> bool:
    """The years beside the skill at `span` are asked of a choice it is one of: "12+ years
    of machine learning or data science" is met by twelve years of either."""
    starts = [m.end() for m in _CLAUSE_END.finditer(line, 0, span[0])]
    end = _CLAUSE_END.search(line, span[1])
    return bool(
        _OR_WORD.search(line, starts[-1] if starts else 0, end.start() if end else len(line))
    )


def _settled(best: Requirement | None, best_alone: bool, section: str | None, alone: bool) -> bool:
    """No mention in `section`, `alone` on its line or not, can state the requirement better
    than the required `best` (see _stronger): one from a requirement list beats one from
    prose, else one asked alone beats one on a line that may offer a choice. Each of a
    line's many mentions of one skill ("Python and Python and ...") is not read again."""
    if best is None or best.importance != "required":
        return False
    listed, best_listed = section in REQUIREMENT_SECTIONS, best.section in REQUIREMENT_SECTIONS
    if listed != best_listed:
        return best_listed
    return best_alone or not alone


# A job board's field block under a posting (Naukri): "Role: Software Development - Other"
# beside "Industry Type:", "Department:", "Role Category:"; or its labels each on a line over
# their values (Stack Overflow's: "Experience level:", "Senior", "Role:", "Backend Developer",
# "Industry:"). The role's category files the job, it asks nothing
_ROLE_FIELD = regex_cache.compile(r"[ \t]*role[ \t]*:", re.I)
_ROLE_LABEL = regex_cache.compile(r"[ \t]*role[ \t]*:[ \t]*$", re.I)
_BOARD_FIELD = regex_cache.compile(
    r"[ \t]*(?:industry(?:\s+type)?|department|employment\s+type|role\s+category"
    r"|functional\s+area|job\s+type|experience\s+level|company\s+(?:size|type))[ \t]*:",
    re.I,
)


# A board's role or industry value is a short category ("Backend Developer DevOps", "Software
# Development - Other", "Computer Software"): no bullet, no brackets, no "with"/"using"/"in",
# at most six words
_CATEGORY_VALUE = regex_cache.compile(
    r"[ \t]*(?![-*\u2022\u00b7])(?![^\n]*[()\[\]])"
    r"(?![^\n]*\b(?:with|using|in|on|for|to|and\s+(?:build|own|design|develop))\b)"
    r"(?:[^\s]+[ \t]*){1,6}",
    re.I,
)


def board_role_field(lines: LineIndex, number: int) -> bool:
    """The line is a job board's "Role:" field, or the value below its label, next to another
    of the board's fields."""
    if _ROLE_FIELD.match(lines.line_text(number)):
        label, value = number, number
    elif number > 1 and _ROLE_LABEL.match(lines.line_text(number - 1)):
        label, value = number - 1, number
    else:
        return False
    text = lines.line_text(value)
    field = _ROLE_FIELD.match(text)
    if not _CATEGORY_VALUE.fullmatch(text, field.end() if field else 0):
        return False  # "Role: Java Developer with Spring Boot" asks for what it names
    # a field beside the label, or a stacked one: its label above the value over "Role:"
    near = {label - 2, label - 1, label + 1, value + 1} - {value}
    return any(_BOARD_FIELD.match(lines.line_text(n)) for n in sorted(near) if 1 <= n <= len(lines))


_BOARD_LABEL = regex_cache.compile(rf"{_BOARD_FIELD.pattern}[ \t]*$", re.I)

# A recruiter's "Role:" line that names the job and, after "for", "on" or "in", its team or
# domain: "Role: Data Engineer for Payments", "Position: ML Engineer on the Ranking team"
_ROLE_LINE = regex_cache.compile(
    r"[ \t\-*•]*(?:(?:job|position)[ \t]+)?(?:role|position|title)[ \t]*:[ \t]*"
    # no tool it is done with: "Role: Java Developer with Spring Boot" asks Spring Boot, and
    # so do "... in Go", "... focusing on NLP"
    r"(?![^\n]*\b(?:with|using|and|experience|knowledge|skills?|focus\w*|speciali[sz]\w*"
    r"|in[ \t]+(?!(?:the|our|a)\b))\b)"
    r"(?P<job>[^\W\d_][\w .&/'’-]*?)"
    r"(?:[ \t]+(?:(?:for|within|at)[ \t]+(?:the[ \t]+|our[ \t]+|a[ \t]+)?"
    r"|(?:on|in)[ \t]+(?:the|our|a)[ \t]+)"
    r"(?P<team>[^\W\d_][\w .&/'’-]*?))?[ \t.]*$",
    re.I,
)
_ROLE_LINE_WORDS = 10  # a role's name and its team, not a sentence
_LETTER_WORD = regex_cache.compile(r"[A-Za-z]+")


def names_the_role(line: str) -> bool:
    """The line is a "Role:" field that only names the job and its team or domain ("Role:
    Data Engineer for Payments"): like the title, it asks nothing, and what it names is
    mentioned. Not an ask in the field ("Role: Java Developer with Spring Boot")."""
    return role_job_span(line) is not None


@lru_cache(maxsize=256)  # asked of each skill on the line
def role_job_span(line: str) -> Span | None:
    """Where a "Role:" line that only names the job and its team (names_the_role) names the
    job, as a title does: "Role: Python Engineer for the Data team" -> "Python Engineer"."""
    found = _ROLE_LINE.match(line)
    if found is None or len(line.split()) > _ROLE_LINE_WORDS:
        return None
    if holds_a_cue(line):
        return None
    job = found.group("job")
    return found.span("job") if any(is_occupation(w) for w in _LETTER_WORD.findall(job)) else None


def posting_role_line(lines: LineIndex) -> TitleSpan | None:
    """The posting's own "Role:" line and where it names the job (role_job_span): the first
    such line; a later one names another opening ("Other openings" over "Role: Java
    Developer")."""
    for number in range(1, len(lines) + 1):
        job = role_job_span(lines.line_text(number))
        if job is not None:
            return number, job
    return None


def board_field(lines: LineIndex, number: int) -> bool:
    """The line is a job board's "Role:" field (board_role_field) or the value under another
    of its stacked labels ("Industry:" over "Computer Software"), beside a second field: it
    files the job and asks nothing, known skill or unknown term."""
    if board_role_field(lines, number):
        return True
    if number < 2 or not _BOARD_LABEL.match(lines.line_text(number - 1)):
        return False
    if not _CATEGORY_VALUE.fullmatch(lines.line_text(number)):
        return False  # "Industry:" over "- Build pipelines in Spark": a duty, no category
    near = {number - 3, number - 2, number + 1, number + 2}
    return any(
        _BOARD_FIELD.match(lines.line_text(n)) or _ROLE_LABEL.match(lines.line_text(n))
        for n in sorted(near)
        if 1 <= n <= len(lines)
    )


def structured_posting(sections: list[Section]) -> bool:
    """The posting heads its asks or duties: its prose elsewhere asks only when it says so."""
    return any(s.name in ("requirements", "preferred", "responsibilities") for s in sections)


# The kinds of software a job's title may name as the tool of the job ("Python Developer",
# "Salesforce Administrator", "Power BI Developer")
_TOOL_CATEGORIES = frozenset(
    {
        *("programming-languages", "ml-frameworks", "ml-libraries", "data-processing"),
        *("databases", "big-data", "visualization", "web-development", "devops", "cloud"),
        *("data-engineering", "mlops", "developer-tools"),
    }
)
# What those kinds also hold that is a practice or a class of tools, not one tool: a title
# names it as the job's field ("DevOps Engineer", "ETL Developer", "Database Administrator")
_PRACTICES = frozenset(
    {
        *("databases", "containerization", "ci-cd", "devops", "devsecops", "gitops", "mlops"),
        *("llmops", "etl", "reverse-etl", "virtualization", "saas", "erp-systems"),
        *("crm-systems", "cad", "cam", "mainframe", "olap", "edi", "gpu-clusters", "fpga"),
    }
)


def names_a_tool(skill_id: str, name: str, category: str) -> bool:
    """The skill is one tool, language or framework ("Python", "Apache Spark"), not a field
    or practice: the taxonomy writes those as a phrase in sentence case ("Data engineering",
    "Backend development") or they are among the practices above."""
    words = name.split()
    phrase = len(words) > 1 and all(word.islower() for word in words[1:])
    return category in _TOOL_CATEGORIES and skill_id not in _PRACTICES and not phrase


def skill_requirements(
    skills: list[SkillHit], lines: LineIndex, structured: bool, title: TitleSpan | None = None
) -> list[Requirement]:
    """One requirement per skill, at the strongest importance any of its mentions has. The
    posting's title only names the job ("Data Engineer - Logistics Platform"): what it names
    is mentioned, as in a description of the role, but for a tool the body does not name
    (company_talk keeps a title's mention only then): "Senior Python Developer" asks Python,
    and so does a "Role:" line's "Python Engineer"; not a seller's title (_SELLS_OR_HIRES)."""
    requirements: list[Requirement] = []
    listed = _list_grades(skills, lines)
    role = posting_role_line(lines)
    for hit in skills:
        best: Requirement | None = None
        best_alone = False  # the best mention's line offers no choice
        years: list[float] = []
        acronym = ""  # "Accounts Receivable (AR)" once defines AR for every mention
        grades: list[Grade] = []  # a spoken language's grades asked: "Fluent German"
        for mention in hit.mentions:
            line = lines.line_text(mention.line)
            offset = lines.line_start(mention.line)
            span = (mention.start - offset, mention.end - offset)
            acronym = acronym or defined_after(line, mention.text, span[1])
            if hit.category == SPOKEN_LANGUAGES and (
                grade := grade_beside(line, span) or listed.get((mention.line, span))
            ):
                grades.append(grade)
            found = None if is_hashtag(line, span) else years_for(line, span)
            if found is None:
                found = table_years(lines, mention.line, span)
            alone = not _offers_a_choice(line)
            adds_years = found is not None and (not years or found > max(years))
            if not adds_years and _settled(best, best_alone, mention.section, alone):
                continue  # nothing this mention could add: the most years asked count
            titled = _titled_tool(hit, (title, role), mention.line, line, span)
            named = titled or in_title(title, mention.line, span) or names_the_role(line)
            section = "about" if named else mention.section
            importance = line_importance(line, section, structured, span)
            importance = "required" if titled else importance
            # "Must be a US citizen due to ITAR": ITAR says who may apply, it asks no skill
            if importance is None or _degree_words(line, mention.text, span):
                continue
            if _eligibility_rule(line, span) or board_field(lines, mention.line):
                continue
            if found is not None and not _shared_years(line, span):
                years.append(found)
            if _stronger(importance, mention.section, alone, best, best_alone):
                best_alone = alone
                after = span[1]
                best = Requirement(
                    id=hit.id,
                    name=hit.name,
                    importance=importance,
                    jd_text=unwrapped(mention.text) + defined_after(line, mention.text, after),
                    line=mention.line,
                    section=TITLE_SECTION if titled else mention.section,
                    years=found,
                )
        if best is not None:
            # "5 years of ... Linux" on any line asking for the skill sets its years; years
            # shared with an alternative count only where that choice states the requirement.
            own = [best.years] if best.years is not None else []
            best.years = max(years + own) if years or own else None
            # the strictest grade asked, as the most years are
            best.grade = max(grades, key=lambda g: g.rank).cefr if grades else None
            if acronym and not best.jd_text.endswith(")"):
                best.jd_text += acronym
            requirements.append(best)
    return requirements


def _titled_tool(
    hit: SkillHit, titles: tuple[TitleSpan | None, ...], number: int, line: str, span: Span
) -> bool:
    """The skill is a tool that the posting's title, or its "Role:" line (posting_role_line),
    names as the job's ("Senior Python Developer", "Role: Python Engineer for the Data team");
    not in the title of one who sells it or hires for it ("Sales Engineer - Snowflake")."""
    if not names_a_tool(hit.id, hit.name, hit.category):
        return False
    job = next((t[1] for t in titles if t is not None and in_title(t, number, span)), None)
    return job is not None and _SELLS_OR_HIRES.search(line, *job) is None


# A title of one who sells or markets a product, or recruits for a skill: the tool it names
# is what the job sells or whom it hires ("Sales Engineer - Snowflake", "Technical Recruiter
# (Java)", "Account Executive, Salesforce"). Sales or marketing as the field of a builder's
# job ("Sales Data Engineer", "Marketing Automation Engineer") is not: the field counts only
# where a seller's job word follows it ("Sales Engineer", "Product Marketing Manager") or it
# closes "Head of ..." ("Head of Sales"); pre-sales is always selling
_SELLING_FIELD = (
    r"(?:sales|marketing|business[ \t]+development|recruit(?:ing|ment)"
    r"|talent[ \t]+acquisition)"
)
_SELLS_OR_HIRES = regex_cache.compile(
    r"\b(?:pre-?sales|recruiters?|sourcers?|marketers?|salesperson"
    r"|account[ \t]+(?:executive|manager|director)"
    rf"|{_SELLING_FIELD}(?:[ \t]+(?:development|solutions))?[ \t]+"
    r"(?:engineer|manager|director|representative|rep|executive|specialist|consultant|lead"
    r"|coordinator|partner|associate|agent|officer|strategist|advisor)s?"
    rf"|of[ \t]+{_SELLING_FIELD}(?![ \t]+[^\W\d_]))\b",
    re.I,
)


def _list_grades(skills: list[SkillHit], lines: LineIndex) -> dict[tuple[int, Span], Grade]:
    """The grade each spoken language takes from the list it stands in, by line and span
    within it (language_grades.grades_of_lists), read once per line."""
    names: dict[int, list[Span]] = {}
    for hit in skills:
        if hit.category == SPOKEN_LANGUAGES:
            for mention in hit.mentions:
                offset = lines.line_start(mention.line)
                names.setdefault(mention.line, []).append(
                    (mention.start - offset, mention.end - offset)
                )
    return {
        (number, span): grade
        for number, spans in names.items()
        for span, grade in grades_of_lists(lines.line_text(number), spans).items()
    }


_BARE_YEARS = regex_cache.compile(r"\s*(\d{1,2})\s*\+?\s*(?:years?|yrs?)?\s*", re.I)


_YEARS_COLUMN = regex_cache.compile(r"\byears?\b|\byrs\b")  # a table header's column of years


@lru_cache(maxsize=256)  # asked again for each term of the rows below
def _years_column(header: str, bar: str) -> int | None:
    """Which cell of a table's header row names a column of years."""
    names = (cell.strip().lower() for cell in header.split(bar))
    return next((i for i, name in enumerate(names) if _YEARS_COLUMN.search(name)), None)


def table_years(lines: LineIndex, number: int, span: tuple[int, int]) -> float | None:
    """Years in a table whose header names a column of years: "| Skill | Minimum years |"
    above "| Kubernetes | 3+ |", "Skill | Years | Required" above "Python | 4 | Yes", or the
    same with tabs between the cells."""
    line = lines.line_text(number)
    bar = "|" if "|" in line else "\t" if "\t" in line else None
    if bar is None:
        return None
    header = number
    while header > 1 and bar in lines.line_text(header - 1):
        header -= 1
    if header == number:
        return None
    column = _years_column(lines.line_text(header), bar)
    cells = line.split(bar)
    if column is None or column >= len(cells):
        return None
    cell_start = sum(len(cell) + 1 for cell in cells[:column])
    if cell_start <= span[0] < cell_start + len(cells[column]):
        return None  # the skill stands in the column of years
    found = _BARE_YEARS.fullmatch(cells[column])
    return float(found.group(1)) if found and int(found.group(1)) <= 30 else None


def _named_level(text: str) -> LevelId | None:
    """The level a title or a "Level:" field names in words: "Senior", "Entry level"."""
    if text.lower() in ("intern", "entry", "mid", "senior"):
        return text.lower()  # type: ignore[return-value]
    own = own_words(in_english_words(text))  # "高级机器学习工程师": senior
    for level, pattern in _LEVEL_WORDS:
        if pattern.search(own):
            return level
    return rung_level(text)  # "Data Scientist II"


# Rungs above senior that a "Level:" field names alone ("Staff", "Manager"); in a title they
# may be a trade's ordinary post ("Staff Accountant", "Shift Manager")
_FIELD_RANK = regex_cache.compile(r"\b(?:staff|manager|distinguished|fellow)\b", re.I)
# ... unless a trainee's or an assistant's post: "Postdoctoral Fellow", "Assistant Manager"
_FIELD_JUNIOR = regex_cache.compile(
    r"\b(?:post-?doc(?:toral)?|graduate|doctoral|phd|research|teaching|student|junior|trainee"
    r"|assistant|associate)[ \t-]+(?:staff|manager|fellow)\b",
    re.I,
)


def _field_rank(declared: str) -> LevelId | None:
    """Senior for a "Level:" field naming a rung above it: "Staff", "L6 (Staff)"."""
    above = _FIELD_RANK.search(declared) and not _FIELD_JUNIOR.search(declared)
    return "senior" if above else None


YEARS_ASKED = "+ years asked"  # the end of a level's source when only the years asked set it
YEARS_PREFERRED = "+ years preferred"  # ... when only the years preferred set it
SOME_YEARS_ASKED = '" asked'  # ... when a count without a figure did: '"several years" asked'


def _level_of(
    title: str | None, declared: str | None, years: float | None, text: str = ""
) -> tuple[LevelId | None, str | None]:
    """The level the "Level:" field names, else the title, else a job board's "Seniority
    level", else a federal pay grade (the title's, else its grade field's, else the lowest in
    the posting's `text`), else the years asked; and where it comes from, in words ("title: Sr.
    Data Scientist", "Level: Junior", "grade: GS-12", "5+ years asked"). A grade outranks the
    years: "one year ... equivalent to GS-12" is a year at that grade, not a first job."""
    if declared and (level := _named_level(declared.strip()) or _field_rank(declared)):
        return level, f"Level: {declared.strip()}"
    if title and (level := _named_level(title.strip())):
        return level, f"title: {title.strip()}"
    if board := _board_level(text):
        return board
    if graded := grade_level(title or "") or field_grade_level(text) or grade_level(text):
        return graded[0], f"grade: {graded[1]}"
    if years is None:
        return None, None
    return _years_level(years), f"{years:g}{YEARS_ASKED}"


def _years_level(years: float) -> LevelId:
    """The level a count of years asked stands for."""
    return "senior" if years >= 5 else "mid" if years >= 2 else "entry"


# LinkedIn's "Seniority level" over its value (a saved page sets a blank line between), or
# beside it after a colon
_SENIORITY_FIELD = regex_cache.compile(
    r"^[ \t]*seniority[ \t]+level[ \t]*(?::[ \t]*|\n\s*)(?P<value>\S[^\n]*?)[ \t]*$",
    re.I | re.M,
)
# Its values that name one level; "Mid-Senior level" spans two (the years asked decide) and
# "Not Applicable" none
_BOARD_LEVELS: dict[str, LevelId] = {
    "internship": "intern",
    "entry level": "entry",
    "director": "senior",
    "executive": "senior",
}


def _board_level(text: str) -> tuple[LevelId, str] | None:
    """The level a job board's "Seniority level" field names, and its source in words."""
    found = _SENIORITY_FIELD.search(text)
    if found is None or (level := _BOARD_LEVELS.get(found["value"].lower())) is None:
        return None
    return level, f"Seniority level: {found['value']}"


def level_from_years(source: str | None) -> bool:
    """Whether a posting's level was only inferred from the years it asks ("1+ years
    asked"), not named by its title or a "Level:" field."""
    return source is not None and source.endswith((YEARS_ASKED, YEARS_PREFERRED, SOME_YEARS_ASKED))


def _level_hinted(
    preferred: float | None, some_years: list[tuple[LevelId, str]]
) -> tuple[LevelId | None, str | None]:
    """The level of a posting that requires no figure of years: from the years it prefers
    ("5-7 years preferred": senior), else from the highest count it asks without a figure
    ("several years": mid, "langjährige Berufserfahrung": senior)."""
    if preferred is not None:
        return _years_level(preferred), f"{preferred:g}{YEARS_PREFERRED}"
    if not some_years:
        return None, None
    level, words = next((hint for hint in some_years if hint[0] == "senior"), some_years[0])
    return level, f'"{words}{SOME_YEARS_ASKED}'


# Counts of years without a figure: some years ("several years", "mehrjährige", "plusieurs
# années", "varios años", "diversi anni", "vários anos") hint at a mid level; many years
# ("many years", "langjährige", "de nombreuses années", "muchos años") at a senior one.
_YEAR_WORD = r"(?:years?|yrs|années|ans|años|anni|anos)"
# ... in Finnish ("useamman vuoden", "monen vuoden", "pitkäaikainen kokemus"), Czech
# ("několikaletá praxe", "několik let praxe", "dlouholetá praxe"), Slovak ("niekoľkoročná
# prax", "niekoľko rokov praxe", "dlhoročná prax"), Hungarian ("több éves tapasztalat",
# "sokéves szakmai tapasztalat"), Lithuanian ("kelerių metų patirtis", "ilgametė patirtis")
# and Latvian ("vairāku gadu pieredze", "ilggadēja pieredze"), one word or two, before a word
# of experience (one word may stand between in Hungarian, Lithuanian and Latvian: "szakmai")
_PRACTICE_AFTER = (
    r"(?=\s+(?:työ)?kokemu|\s+prax|\s+zkušenost|\s+skúsenos"
    r"|\s+(?:[^\W\d_]+\s+)?(?:tapasztalat|patirt|pieredz))"
)
_SOME_FINNISH_CZECH = (
    r"|(?P<some_fi>useamm?(?:an|at)|usean|useita|monivuoti\w*(?=\s+(?:työ)?kokemu)"
    r"|(?:několika|více)let(?:á|ou|é|ých)|několik\s+let"
    r"|(?:niekoľko|viac)ročn(?:á|ú|ej|é|ých)|niekoľko\s+rokov"
    r"|több\s*év(?:es)?|kel(?:er)?ių\s+metų|vairāku\s+gadu|vairākgadu)"
    rf"(?:\s+(?:vuoden|vuotta|vuosien|vuosia))?{_PRACTICE_AFTER}"
    r"|(?P<many_fi>monen|monta|pitkäaikai\w+|dlouholet(?:á|ou|é|ých)|dlhoročn(?:á|ú|ej|é|ých)"
    r"|sok\s*éves|ilgamet\w+|daugelio\s+metų|ilggadēj\w+|daudzgadēj\w+|daudzu\s+gadu)"
    rf"(?:\s+(?:vuoden|vuotta|vuosien|vuosia))?{_PRACTICE_AFTER}"
)
_SOME_YEARS = Gated.on_words(
    regex_cache.compile(
        r"\b(?:(?P<some>several|multiple|a\s+few|plusieurs|quelques|varios|algunos|diversi|alcuni"
        rf"|vários|alguns)\s+{_YEAR_WORD}"
        rf"|(?P<many>many|de\s+nombreuses|muchos|molti|muitos)\s+{_YEAR_WORD}"
        r"|(?P<german>(?P<long>lang)?(?:mehr)?j(?:ä|ae)hrige?[nmrs]?\s+(?:berufs)?erfahrung"
        rf"|mehrere\s+jahre?n?){_SOME_FINNISH_CZECH})\b"
        rf"(?!{_TIME_GONE_BY})",  # "several years ago"
        re.I,
    ),
    (
        *("year", "yrs", "ann", "ans", "años", "anos", "jahr", "jähr", "jaehr", "kokemu"),
        *("prax", "zkušenost", "skúsenos", "tapasztalat", "patirt", "pieredz"),
    ),
)


def _some_years(line: str, section: str | None, structured: bool) -> tuple[LevelId, str] | None:
    """The level a count of years without a figure hints at, and its words, when the line
    asks it (or wishes for it) of the candidate as years of work: "several years of
    experience with Python", "mehrjährige Berufserfahrung"; not the employer's years nor a
    span of data ("several years of sales data")."""
    found = _SOME_YEARS.search(line)
    if found is None or _AGE.search(line):
        return None
    if line_importance(line, section, structured, found.span()) not in ("required", "preferred"):
        return None
    sentence = sentence_at(line, found.start()) or (0, len(line))
    if _employer_history(line, found, sentence) or _spans_no_work(line, found.end()):
        return None
    listed = structured and section in REQUIREMENT_SECTIONS
    if not (_WORK_WORD.search(line) or listed) or _OTHER_TIME.search(line):
        return None
    many = found.group("many") or found.group("long") or found.group("many_fi")
    return ("senior" if many else "mid"), found.group()


@lru_cache(maxsize=4)  # the same posting's lines: read for its title and for its skills' asks
def _title_line_number(lines: LineIndex) -> int | None:
    return title_line_number(lines)


def _first_line_title(lines: LineIndex) -> str | None:
    """The first short line that is not a heading ("## Job title" announces the title); of a
    line of sentences, the first when it names an occupation ("Data Analyst at a retailer.
    We are growing fast." -> "Data Analyst at a retailer")."""
    number = _title_line_number(lines)
    if number is None:
        return None
    text = informal_title(lines.line_text(number).strip().lstrip("#*").strip())
    end = _TITLE_SENTENCE_END.search(text) or _TITLE_RUN_END.search(text)
    first = text[: end.end(end.lastindex or 0)] if end else text
    if end and any(is_occupation(w) for w in re.findall(r"[A-Za-z]+", first)):
        return first
    return text


# A sentence's end: a full stop after a word of four letters or more, or a lower-case one, and
# before a capital ("company. We"; not "Sr. Data Scientist" nor "Ph.D. Researcher").
_TITLE_SENTENCE_END = regex_cache.compile(r"\b([a-z]+|[A-Za-z]{4,})[.!?] +(?=[A-Z])")
# ... or, in a flattened posting, a run of spaces, or a bracket before a sentence ("Data
# Engineer (Streaming)  We move 5B events a day.", "Data Engineer (m/w/d) Wir sind ein
# Fintech.")
_TITLE_RUN_END = regex_cache.compile(
    r"(\S)(?: {2,}|\t)(?=\S)|(\))[ \t]+(?=[A-Z][a-z]*(?:[ \t]+[a-z]\w*){2,}[^\n]*[.!?]$)"
)


def plain_title_line(lines: LineIndex) -> int | None:
    """The title line, when it reads as a title: no sentence, no label ("Data Engineer II -
    Logistics"; not "We are hiring ..." nor "Skills: Python")."""
    number = _title_line_number(lines)
    if number is None:
        return None
    text = without_call(lines.line_text(number))  # "HIRING: AI Engineer" -> "AI Engineer"
    exclaimed = text.rstrip()
    text = exclaimed.rstrip("! \t")  # "Senior Java Engineer!": its tone, no sentence's end
    if text != exclaimed and not title_cased(text):
        return None  # a hook, not a title: "Engineers who hate YAML, rejoice!"
    if re.search(r"[.:;!?](?:\s|$)", text) or _one_line_post(lines):
        return None
    # a role's title names an occupation ("Data Engineer II"), not a list ("Python, SQL")
    return number if any(is_occupation(w) for w in re.findall(r"[A-Za-z]+", text)) else None


def title_span(lines: LineIndex) -> TitleSpan | None:
    """The posting's title: its line and where on it the title stands. Of a line opening on
    a sentence that names whom it seeks, that job ("We are looking for a Python Developer to
    join us." -> "Python Developer"); of a line that reads as a title (plain_title_line), the
    whole line."""
    number = _title_line_number(lines)
    if number is None or _one_line_post(lines):
        return None
    line = lines.line_text(number)
    sought = sought_title_span(line)
    if sought is not None:
        return number, sought
    return (number, (0, len(line))) if plain_title_line(lines) == number else None


def in_title(title: TitleSpan | None, line: int, span: Span) -> bool:
    """The span of that line stands within the posting's title."""
    return title is not None and title[0] == line and title[1][0] <= span[0] < title[1][1]


def _one_line_post(lines: LineIndex) -> bool:
    """A post of a single line ("Looking for a data analyst, SQL + Tableau, NYC"): its line
    is the whole posting, not a title over it."""
    worded = (n for n in range(1, len(lines) + 1) if lines.line_text(n).strip())
    return next(worded, None) is not None and next(worded, None) is None


def _degree_rank(level: DegreeLevel) -> int:
    return DEGREE_ORDER[level]


_AGE = regex_cache.compile(
    r"\byears?\s+(?:old|of age)\b|\bor older\b|\b(?:age|ages|aged)\b|\b1[6-9]\s+years\b"
    # German: "18 Jahre alt", "Mindestalter 21", "im Alter von"; not the English "alter"
    r"|\bjahre?\s+alt\b|\bvolljährig|\bmindestalter\b|\balter\s+(?:von|ab|zwischen)\b"
    # French, Spanish, Italian, Portuguese: "âgé de 18 ans", "Âge minimum", "mayor de 18 años",
    # "menores de 30 años", "años de edad", "età compresa tra 18 e 29 anni"
    r"|\bâg(?:e|ée?s?)\b|\bmajeure?s?\b|\b(?:mayor|menor)(?:es)?\s+de\s+(?:edad|\d)|\bedad\b"
    r"|\bmaggiorenne\b|\betà\b|\bidade\b"
    # Dutch, Swedish, Danish, Norwegian, Polish: "18 jaar of ouder", "fyllda 18 år",
    # "ukończone 18 lat", "wiek"
    r"|\b(?:leeftijd|ouder|fyllda|fyldt|fylt|alder|ålder|ukończon[ey]|wiek)\b"
    # Finnish, Czech: "täyttänyt 18 vuotta", "täysi-ikäinen", "věk", "starší 18 let"
    r"|\b(?:täyttä\w*|täysi-ikäi\w*|ikä|ikäraja|věk|plnolet\w*|starší)\b",
    re.I,
)
# Spans of time that are not work: "no convictions in the last 7 years", "renewable for 3
# years", "2 years of post-secondary education".
_OTHER_TIME = regex_cache.compile(
    r"\b(?:last|past|within|renew\w*|valid|convict\w*|felony|record|education|school|college"
    r"|degree|post-?secondary|coursework|violations?|accidents?|tickets?"
    # a record's incidents, not a trade's ("Incident Response Specialist", "incident management")
    r"|incidents?(?![ \t]+(?:response|responder|management|manager|handl\w*|command\w*))"
    # German: "seit 10 Jahren", "vor 5 Jahren gegründet", "in den letzten 3 Jahren"
    r"|seit|vor|gegründet|letzten|innerhalb|gültig|studium|ausbildung|schule"
    # French, Spanish, Italian, Portuguese: "fondée il y a 12 ans", "desde hace 20 años"
    r"|depuis|il\s+y\s+a|fondée?|créée?|hace|desde|fundad[ao]|fondat[ao]|há|derni[eè]re?s"
    r"|últimos|ultimi|historia|histoire|storia"
    # Dutch, Swedish, Danish, Norwegian, Polish: "opgericht in 2010", "sedan 20 år", "od 15 lat"
    r"|sinds|opgericht|afgelopen|sedan|grundades|grundlagt|siden|etablert|senaste|seneste"
    r"|siste|od|ostatnich|założon[aey]"
    # Finnish, Czech: "toiminut jo 25 vuotta", "perustettu", "působí na trhu 20 let"
    r"|toiminut|toimineet|toimimme|perustettu|perustettiin|viime|viimeiset|viimeisten"
    r"|působí|působíme|založen[aáéoý]?|posledních|historie"
    # Persian: "شرکت ما ۱۰ سال سابقه فعالیت دارد" (has been active), "تأسیس" (founded), "اخیر"
    # (the last), "تحصیل" (study), "سن" (age)
    r"|فعالیت|تأسیس|تاسیس|اخیر|گذشته|تحصیل|سن)\b",
    re.I,
)


_DEGREE_CLAUSE = regex_cache.compile(r"(?:[^;,().]|\.(?!\s))+")  # between ; , ( ) and full stops
_DEGREE_WORD = regex_cache.compile(
    r"\b(?:bachelor|master|ph\.?d|doctor\w*|associate|b\.?sc?|m\.?sc?|mba|degree|diploma"
    # a school's certificate, whose own negation or wish asks it: "Matric not required"
    r"|matric\w*|high[ \t]+school|gcses?\b|ged\b)",
    re.I,
)


# "or" in German, Swedish, Danish, Norwegian, Polish, Finnish, Czech, Persian ("کارشناسی یا
# کارشناسی ارشد") and Arabic ("بكالوريوس أو ماجستير"); the Dutch "of" (an English word too)
# only before the Dutch degrees ("HBO- of WO-opleiding")
_OFFERED = regex_cache.compile(
    r"\b(?:or|oder|bzw|eller|lub|albo|tai|nebo|alebo|یا|أو)\b|\w\s*/\s*\w"
    r"|\bof\s+(?:een\s+)?(?:wo|hbo)\b",
    re.I,
)


def _lowest_offered(clause: str, levels: list[DegreeLevel]) -> DegreeLevel | None:
    """The degree a clause asks for, of the `levels` named in it; of degrees offered as
    alternatives ("a Bachelor's or Master's"), the lowest."""
    if not _OFFERED.search(clause):  # "Bachelor's or Master's", "BS/MS", "B.Com / MBA"
        return max(levels, key=_degree_rank, default=None)
    return min(levels, key=_degree_rank, default=None)


Span = tuple[int, int]
TitleSpan = tuple[int, Span]  # the title's line and where on the line the title stands

# What a degree named but not asked follows: the degree another one replaces ("a first-level
# degree ... may be accepted in lieu of the advanced university degree"; when only experience
# replaces it, "4 years of experience in lieu of a Bachelor's degree", that degree is asked),
# an example of the experience accepted instead ("or equivalent experience, e.g. a PhD")
_NOT_ASKED_BEFORE = regex_cache.compile(
    r"(?:\b(?P<replaced>in\s+lieu|in\s+place|instead)\s+of"
    r"|\bexperience,?\s+(?:e\.\s?g\.?|such\s+as|for\s+example),?)\s+(?:(?:the|an?)\s+)?$",
    re.I,
)
_NOT_ASKED_REACH = 40  # characters before a degree where those words may start
_REPLACING_REACH = 160  # ... and before "in lieu of", where the degree replacing it is named


def _named_not_asked(line: str, start: int) -> bool:
    """The degree at `start` is named as one replaced by another or as an example of
    experience."""
    found = _NOT_ASKED_BEFORE.search(line, max(0, start - _NOT_ASKED_REACH), start)
    if found is None:
        return False
    if not found["replaced"]:
        return True
    before = line[max(0, found.start() - _REPLACING_REACH) : found.start()]
    return degree_in_line(before) is not None


def _clause_degrees(line: str) -> list[tuple[DegreeLevel, Span, Span]]:
    """Each clause's degree, the clause's span and where its degrees are named. Degrees are
    read in the whole line: the comma that ends the clause "pursuing a BS" in "pursuing a BS,
    MS or PhD" makes BS a degree."""
    if degree_in_line(line) is None:
        return []  # most lines name no degree (cached)
    mentions = [
        m
        for m in degree_mentions(line)
        if not names_the_post(line, m[2])
        and not _named_not_asked(line, m[1])
        and not names_a_supervisor(line, m[1], m[2])
    ]
    found: list[tuple[DegreeLevel, Span, Span]] = []
    for clause in _DEGREE_CLAUSE.finditer(line):
        start, end = clause.span()
        inside = [(level, at, until) for level, at, until in mentions if start <= at < end]
        levels = [level for level, _, _ in inside]
        if (degree := _lowest_offered(clause.group(), levels)) is not None:
            found.append((degree, (start, end), (inside[0][1], inside[-1][2])))
    return found


# An alternative to a degree: "or" and the rest of its clause, up to a bracket, a semicolon or
# the next "or".
_PART = r"([^;()]+?)\s*(?=[;()]|\bor\b|$)"
_OR_PART = regex_cache.compile(rf"\bor\s+{_PART}", re.I)
# ... that stands in for the degree: "equivalent practical experience", "related experience",
# "BS with equivalent experience", "4+ years of relevant experience", "6+ years of hands-on
# analytics work", "4+ years of applied NLP research", "a coding bootcamp plus a strong
# portfolio".
_KIND_OF_WORK = (
    r"(?:relevant|related|practical|professional|industry|work|hands-on|applicable|research"
    r"|military|technical)"
)
_EQUIVALENT = r"(?:equivalent|comparable|commensurate)\b.*\bexperience"
_STANDS_IN = regex_cache.compile(
    r"(?:(?:an?|the)\s+)?(?:"
    rf"(?P<degree>[\w.'’]+(?:\s+degree)?)\s+(?:with|plus|and)\s+{_EQUIVALENT}"  # "BS with ..."
    # "4+ years of relevant experience", "4 additional years of experience in lieu of a degree"
    r"|(?:\d{1,2}\+?\s*(?:(?:additional|more|further)\s+)?(?:years?|yrs?)\s+(?:of\s+)?)?"
    rf"(?:{_EQUIVALENT}|(?:{_KIND_OF_WORK}\s+){{0,2}}experience)"
    r"|\d{1,2}\+?\s*(?:years?|yrs?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}(?:work|research)"
    r"|.*\bboot\s?-?camps?"
    # a federal vacancy's second route: "Combination of education and experience: courses ..."
    r"|combination\s+of\s+(?:education|training)\s+and\s+experience"
    r")\b",
    re.I,
)
_WORK_ASKED = regex_cache.compile(rf"{YEARS.pattern}|\bexperience\b", re.I)
# The time an alternative asks, in brackets after it: "or equivalent experience (5+ years)".
_BRACKET_AFTER = regex_cache.compile(r"\s*\(([^()]*)\)")


Alternative = tuple[str, DegreeLevel | None, Span]  # words, degree still asked, where


def degree_alternative(line: str, degree: Span) -> Alternative | None:
    """What the line accepts in place of the degree at `degree`, in its sentence: the posting's
    words, the degree the alternative still asks for ("or BS with equivalent experience":
    bachelor) and where it stands. Not an "or" in what is asked beside the degree ("a BS and
    3+ years of analytics or related experience")."""
    sentence_end = _sentence_end(line, degree[0])
    if opened := _OR_AT_START.match(line, sentence_end):  # "in statistics. OR Combination"
        sentence_end = _sentence_end(line, opened.end())
    for found in _OR_PART.finditer(line, degree[1], sentence_end):
        if _WORK_ASKED.search(line, degree[1], found.start()):
            return None
        stands = _STANDS_IN.match(found.group(1))
        named = stands.group("degree") if stands else None
        level = _part_degree(named) if named else None
        if stands is not None and (named is None or level is not None):
            return _with_time_after(line, found.group(1), level, found.span())
    return None


def _sentence_end(line: str, at: int) -> int:
    return (sentence_at(line, at) or (0, len(line)))[1]


def _with_time_after(line: str, text: str, level: DegreeLevel | None, span: Span) -> Alternative:
    """The alternative with the years bracketed right after it, which are its own ("or
    equivalent industry experience (5+ years)") and asked of no degree holder. A label before
    a colon names it: "Combination of education and experience: courses equal to a major"."""
    text = text.split(":", 1)[0].rstrip(",. ")
    bracket = _BRACKET_AFTER.match(line, span[1])
    if bracket is None or years_on_line(bracket.group(1)) is None:
        return text, level, span
    return f"{text} ({bracket.group(1).strip()})", level, (span[0], bracket.end())


# How a line that only offers another route opens: a bullet, "or", a route's letter ("B.")
_ROUTE_OPENING = regex_cache.compile(
    rf"\s*(?:{ITEM_MARK}\s*)?(?:or\b\W*)?(?:\(?[A-Z][.)]\s+)?(?=\w)", re.I
)
_OWN_PART = regex_cache.compile(_PART, re.I)


def _alternative_below(lines: LineIndex, number: int, degrees: _Degrees) -> Span | None:
    """Where line `number` offers, all by itself, what stands in for the degree required on a
    line just above, an "or" between them ("Degree: ..." / "OR" / "Combination of education
    and experience: ..."); the alternative is recorded for that degree."""
    if not degrees.required or _clause_degrees(line := lines.line_text(number)):
        return None
    above = degrees.required[-1][0]
    if _standing_above(lines, number, degrees.standing_above) > above:
        return None  # another line stands between: "- Python"
    opening = _ROUTE_OPENING.match(line)
    if opening is None or not _or_between(lines, above, number):
        return None
    stands = _STANDS_IN.match(line, opening.end())
    part = _OWN_PART.match(line, opening.end())
    if stands is None or stands.group("degree") or part is None:
        return None
    text, _, span = _with_time_after(line, part.group(1), None, part.span())
    for at, level in degrees.required:
        if at == above:
            degrees.alternatives.setdefault(level, (text, None))
    return span


def _standing_above(lines: LineIndex, number: int, known: dict[int, int]) -> int:
    """The nearest line above line `number` that is neither blank nor only "OR" (0: none).
    `known` keeps, for each line read, the nearest such line at or above it, so a posting's
    lines are each read once however many lines below a degree ask."""
    passed = []
    at = number - 1
    while at > 0 and at not in known:
        text = lines.line_text(at)
        if text.strip() and not _ONLY_OR.fullmatch(text):
            known[at] = at
            break
        passed.append(at)
        at -= 1
    found = known.get(at, 0)
    for line in passed:
        known[line] = found
    return found


@lru_cache(maxsize=4096)
def alternative_spans(line: str) -> tuple[Span, ...]:
    """Where a line states what it accepts in place of a degree: its words ("or equivalent
    research experience") are that alternative, not skills asked of everyone."""
    found = (degree_alternative(line, named) for _, _, named in _clause_degrees(line))
    return tuple(alternative[2] for alternative in found if alternative is not None)


def _in_alternative(line: str, span: Span) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in alternative_spans(line))


def _years_asked(
    line: str, section: str | None, structured: bool, wanted: Importance = "required"
) -> float | None:
    """Years of work a line asks for: "3+ years of experience with Python", or "3+ years
    structural welding" in a requirement list (a posting's "Experience" heading is one); not
    an age, of the counts on the line only those asked outright (_asks_these_years). With
    `wanted` "preferred", the years only wished for instead ("5+ years in fintech" under Nice
    to have, "5-7 years preferred")."""
    if not _names_years(line) or _AGE.search(line):
        return None
    first = islice(YEARS.finditer(line), _COUNTS_READ)
    counts = [m for m in first if _asks_these_years(line, m, section, structured, wanted)]
    if not counts:
        return None
    asked = counts[0]
    if _MIDEAST_YEARS.search(asked.group()) and not _WORK_WORD.search(line):
        return None  # "חברה עם 20 שנות פעילות", "Εταιρεία με 30 χρόνια παρουσίας": a firm's
    if not _WORK_WORD.search(line) and not asked.group().lower().endswith("yoe"):
        lists = REQUIREMENT_SECTIONS if wanted == "preferred" else ("requirements",)
        listed = structured and section in lists
        if _OTHER_TIME.search(line) or not (
            listed
            or _posted_years(line, asked, structured)
            or _cued_years(line, asked, structured)
            or _told_the_reader(line, asked)
        ):
            return None
    # of two counts asked, the larger is the career ("8+ years of experience, 5+ years in Go")
    most = max(_count(m) for m in counts)
    return float(most) if years_on_line(line) is not None else None  # none past 30 years


_COUNTS_READ = 6  # counts of years read on a line: a line asking years states one or two
# Years counted in Hebrew, Arabic or Greek: an ask in those languages says "experience"
# (ניסיון, خبرة, εμπειρία), and without it the years are most often the firm's
_MIDEAST_YEARS = regex_cache.compile(r"[\u0370-\u03ff\u0590-\u05ff\u0600-\u06ff]")


def _asks_these_years(
    line: str,
    count: re.Match[str],
    section: str | None,
    structured: bool,
    wanted: Importance = "required",
) -> bool:
    """The count is asked outright of the candidate (or with `wanted` "preferred", wished
    for: "with 10 yrs of SQL being a plus", "8+ years preferred"), not the employer's own
    years ("our team has 10 yrs of history"), not a length of data ("20 years of sales
    data")."""
    importance = line_importance(line, section, structured, count.span())
    if wanted == "preferred" and importance != "preferred":
        return False
    if importance != wanted and not (importance == "mentioned" and _only_years(line)):
        return False  # "Experience: 4 - 7 years" in a posting's header asks all the same
    if _employer_history(line, count, sentence_at(line, count.start()) or (0, len(line))):
        return False
    if _CEILING_BEFORE.search(line, max(0, count.start() - _CEILING_REACH), count.start()):
        return False  # "No more than 3 years of postdoctoral experience": a most, not a least
    return not _spans_no_work(line, count.end()) and not _terms_length(line, count)


# A most a posting allows, as a postdoc's or a fellowship's eligibility sets it ("no more
# than 3 years of postdoctoral experience", "fewer than 4 years", "a maximum of 2 years")
_CEILING_BEFORE = regex_cache.compile(
    # (not a least: "no less than 3 years", "not fewer than 4 years")
    r"\b(?:(?:no|not)\s+more\s+than|(?<!\bno\s)(?<!\bnot\s)(?:fewer|less)\s+than|at\s+most"
    r"|(?:a\s+)?maximum(?:\s+of)?"
    r"|up\s+to)\s*\Z",
    re.I,
)
_CEILING_REACH = 20  # characters before the count where its bound may stand


# A count in a chat post's shorthand: "2 yrs", "3+ yrs", "(0-2 yrs)"; not a term's length
# ("2 yrs contract", "a 2 yrs project") nor an age ("3 yrs old")
_SHORTHAND_YEARS = regex_cache.compile(
    r"\d\s*\+?\s*yrs?\b(?!\s*(?:contract|project|engagement|assignment|term|old|ago)\b)", re.I
)


# ... or a least or a range of years standing as an item of its own: "Python SQL 3+ years",
# "| 3-5 years |", "Python SQL 3-5 years." (not "for 10+ years": how long something lasted)
_YEARS_ITEM = regex_cache.compile(
    r"\d\s*(?:\+|[-–]\s*\d{1,2})\s*(?:years?|yrs?)(?=\s*(?:$|[,|;.•·)]|[-–—]\s))", re.I
)
_FOR_BEFORE = regex_cache.compile(
    r"\b(?:for|over|in|since)\s+(?:the\s+)?(?:(?:past|last|over|more\s+than)\s+)?$", re.I
)


def _posted_years(line: str, asked: re.Match[str], structured: bool) -> bool:
    """Years written as a short post writes them, in a posting without sections ("Looking
    for a data analyst, SQL + Tableau, 2 yrs, NYC"): years of work, though no word says so."""
    if structured:
        return False
    shorthand = _SHORTHAND_YEARS.search(line, asked.start())
    if shorthand is not None and shorthand.start() < asked.end():
        return True
    item = _YEARS_ITEM.search(line, asked.start())
    before = line[max(0, asked.start() - 30) : asked.start()]
    return item is not None and item.start() < asked.end() and not _FOR_BEFORE.search(before)


def _cued_years(line: str, asked: re.Match[str], structured: bool) -> bool:
    """Years a posting without sections asks outright, as a list under a Requirements heading
    would ("You must have 3+ years of Python", "Python (3+ years) required"): a cue of
    its own says so."""
    return not structured and mention_cue(line, asked.span()) == "required"


_YEARS_WORDS = frozenset(
    "experience exp of minimum min at least relevant professional total work industry overall"
    " required years year yrs".split()
    + "berufserfahrung erfahrung mindestens jahre jahren".split()  # German
    + "expérience d an ans année années au moins".split()  # French
    + "experiencia año años de al menos mínimo mínima".split()  # Spanish
    + "esperienza anno anni di almeno experiência ano anos pelo".split()  # Italian, Portuguese
    + "minimaal ten minste jaar werkervaring ervaring".split()  # Dutch
    + "minst mindst minimum år års erfarenhet erfaring arbejdserfaring".split()  # Nordic
    + "min co najmniej lata lat doświadczenia zawodowego".split()  # Polish
    + "vähintään yli kokemus kokemusta työkokemus työkokemusta vuoden vuotta".split()  # Finnish
    + "minimálně alespoň nejméně praxe roky let zkušeností zkušenosti".split()  # Czech
    + "minimálne aspoň najmenej prax rokov skúseností skúsenosti".split()  # Slovak
    + "legalább minimum év éves tapasztalat szakmai releváns".split()  # Hungarian
    + "minim cel puțin ani de experiență experienta".split()  # Romanian
    + "vähemalt aastat aastane kogemus kogemust töökogemus töökogemust".split()  # Estonian
    + "ne mažiau kaip bent metų metai patirtis patirties darbo".split()  # Lithuanian
    + "vismaz mazāk kā gadu gadi pieredze pieredzes darba".split()  # Latvian
    + "en az minimum yıl yıllık deneyim tecrübe iş deneyimi tecrübesi".split()  # Turkish
    + "опыт опыта работы от не менее лет года год коммерческой коммерческий".split()  # Russian
    + "досвід досвіду роботи від не менше років роки рік комерційний".split()  # Ukrainian
    + "לפחות שנות שנים ניסיון נסיון של מינימום".split()  # Hebrew
    + "خبرة الخبرة لا تقل عن سنوات سنين أعوام على الأقل".split()  # Arabic
    + "τουλάχιστον χρόνια χρόνων έτη ετών εμπειρία εμπειρίας".split()  # Greek
    + "حداقل سال سابقه کار کاری تجربه مرتبط در زمینه".split()  # Persian
)
# A line about years of work says "experience" ("Erfahrung", "expérience", "experiencia",
# "esperienza", "experiência", "ervaring", "erfarenhet", "erfaring", "doświadczenie",
# "kokemus", "praxe", "zkušenost", "tapasztalat", "experiență", "kogemus", "patirtis",
# "pieredze", "经验", "経験", "경력")
_WORK_WORD = regex_cache.compile(
    r"exp[ée]rience|erfahrung|\bexp\b|experiencia|esperienz|experiência|ervaring|erfarenhet"
    r"|erfaring|doświadczeni|kokemu|\bprax[ei]|\bprax\b|zkušenost|skúsenost"
    r"|tapasztalat|experien[țţt][ăae]|kogemus|patirt|pieredz|deneyim|tecrübe|опыт|досвід"
    # ... Persian "سابقه کار" (a record of work; "سابقه فعالیت" is a firm's), "تجربه"
    r"|ניסיון|נסיון|خبر[ةه]|εμπειρ[ίι]|سابقه[ \t]?کار|تجرب[هی]"
    r"|经验|經驗|経験|実務|경력|경험",  # Chinese, Japanese, Korean
    re.I,
)


def _only_years(line: str) -> bool:
    """The line says only how many years of experience: "4-7 years of experience"."""
    rest = YEARS.sub(" ", line, count=1)
    words = re.findall(r"[^\W\d_]+", rest.lower())
    return (
        bool(words)
        and all(word in _YEARS_WORDS for word in words)
        and bool(_WORK_WORD.search(rest))
    )


# What separates a degree's alternatives: "BS with 5 years, or MS with 3"; "MS or PhD; BS
# with 12 years considered"; "PhD (or a Master's plus 4 years)".
_ALTERNATIVE = regex_cache.compile(r";|,\s*or\b|\(\s*or\b|\bor\b|,", re.I)
_PREFERRED_PART = regex_cache.compile(
    r"\b(?:preferred|a plus|desired|desirable|nice to have|a bonus|ideally|preferably)\b", re.I
)
_BRACKETED = regex_cache.compile(r"\([^()]*\)?")
# "(or MS with 2+)"
_BARE_COUNT = regex_cache.compile(r"\b(?:with|plus|and)\s+(\d{1,2})\s*(?:\+|\)?\s*$)")
# An alternative may open with a bare acronym: "..., or MS with 3 years".
_DEGREE_ACRONYM = regex_cache.compile(r"\W*(?:an?\s+)?(?:(BS|BA|BSc|BEng)|(MS|MA|MSc|MEng))\b")


def _part_degree(text: str) -> DegreeLevel | None:
    """The degree an alternative names, outside its brackets: "MS with 3 years (PhD a plus)"
    names the MS."""
    text = _BRACKETED.sub(" ", text)
    levels = [level for level, _, _ in degree_mentions(text)]
    if levels:
        return min(levels, key=_degree_rank)
    bare = _DEGREE_ACRONYM.match(text)
    return None if bare is None else "bachelor" if bare.group(1) else "master"


Piece = tuple[str, str, str, DegreeLevel]  # its own text, with what follows, separator, degree


def _pieces(line: str) -> list[Piece]:
    """The line cut at its alternatives, as (own text, text with what belongs to it, the
    separator after it, degree). Text without a degree belongs to the degree before it ("BS
    in CS, Statistics, or a related field with 5 years"); after a semicolon only when it
    counts years ("...; AWS experience preferred" says nothing of the degree)."""
    parts: list[Piece] = []
    start = 0
    closed = False
    for found in [*_ALTERNATIVE.finditer(line), None]:
        text = line[start : found.start() if found else len(line)]
        separator = re.sub(r"\s+", " ", found.group().strip().lower()) if found else ""
        start = found.end() if found else len(line)
        level = _part_degree(text)
        if level is not None:
            parts.append((text, text, separator, level))
            closed = False
        elif parts and (not closed or _part_years(text) is not None):
            own, before, _, kept = parts[-1]  # "Bachelor's degree; 5+ years of experience"
            parts[-1] = (own, f"{before} {text}", separator, kept)
        closed = closed or separator == ";"
    return parts


def _part_years(text: str) -> float | None:
    """The years a piece asks, in its first sentence when that counts years: "... a PhD and 3
    years. An additional 4 years may be substituted for a degree" asks the PhD for 3; the next
    sentence says something else (_SENTENCE_END, below)."""
    end = _SENTENCE_END.search(text)
    if end is not None and (first := _part_years(text[: end.start()])) is not None:
        return first
    years = years_on_line(text)
    bare = _BARE_COUNT.search(text) if years is None else None
    return float(bare.group(1)) if bare else years


def degree_years(line: str) -> dict[DegreeLevel, float] | None:
    """The years a line asks per degree when they differ by degree, else None. A degree right
    before a plain "or" shares what is said of the one after it ("Bachelor's or Master's with
    3 years" asks 3 of both, which is no alternative at all; "a Master's or PhD is a plus" is
    a preference, no alternative either); the years only when it is no higher ("PhD, or MS
    with 3+ years" asks no years of the PhD)."""
    asked: list[tuple[DegreeLevel, float | None]] = []
    preferred_after = False
    for own, text, separator, level in reversed(_pieces(line)):
        shares = separator in ("or", ",", ", or")  # "BS, MS, or PhD with 5+ years"
        said = _BRACKETED.sub(" ", own)  # "MS (PhD a plus)" prefers the PhD, not the MS
        preferred = bool(_PREFERRED_PART.search(said)) or (shares and preferred_after)
        preferred_after = preferred
        if preferred:
            continue
        years = _part_years(text)
        no_higher = bool(asked) and _degree_rank(level) <= _degree_rank(asked[-1][0])
        if years is None and shares and no_higher:
            years = asked[-1][1]  # "Bachelor's or Master's with 3 years"
        asked.append((level, years))
    if len({level for level, _ in asked}) < 2 or len({years for _, years in asked}) < 2:
        return None
    by_degree: dict[DegreeLevel, float] = {}
    for level, years in asked:
        by_degree[level] = min(by_degree.get(level, years or 0.0), years or 0.0)
    return by_degree


@dataclass
class _Degrees:
    """The degrees a posting asks for, gathered line by line."""

    required: list[tuple[int, DegreeLevel]] = field(default_factory=list)  # line, degree
    preferred: list[DegreeLevel] = field(default_factory=list)
    # what stands in for a degree: the posting's words, the degree it still asks for
    alternatives: dict[DegreeLevel, tuple[str, DegreeLevel | None]] = field(default_factory=dict)
    # years asked per degree ("BS with 5 years, or MS with 3": bachelor 5, master 3)
    by_years: dict[DegreeLevel, float] = field(default_factory=dict)
    # a degree offered in place of another with its own years: line, degree, years
    offered_years: list[tuple[int, DegreeLevel, float]] = field(default_factory=list)
    # years served as a postdoc, which only a doctor has: "Master's degree and 3+ years of
    # post-doctoral experience" asks a doctorate, whatever lower degree the posting names
    postdoc_years: bool = False
    # each line's nearest line above that says more than "OR" (0: none), worked out once
    standing_above: dict[int, int] = field(default_factory=dict)


# A degree the posting accepts is the least it asks: "a Bachelor's in a STEM field is fine",
# "Master's preferred, Bachelor's acceptable", "BS ok"; not a word describing what follows it
# ("sufficient publication record", "accepted papers", "models are fine-tuned")
_ACCEPTED = regex_cache.compile(
    rf"\b(?:{DEGREE_ACCEPTED}|(?:is|are)\s+fine|will\s+do|suffices)\b"
    r"(?!-|\s+(?!(?:with|if|for|in|as|too|but|and|or|when|given|instead)\b)[a-z])",
    re.I,
)


# A posting that counts the time of a PhD toward the years it asks: "(a PhD counts)", "PhD
# included", "PhD years may count", "including your PhD", "inclusive of time in a PhD", "a PhD
# counts as 2 years" (up to two); or that says it does not: "PhD does not count", "not
# including your PhD", "excluding PhD". Either way the PhD is named as time, not asked.
_PHD = r"ph\.?\s?d\b\.?"
_PHD_TIME = regex_cache.compile(
    rf"\b{_PHD}(?:\s+(?:years|time|studies|research))?\s+"
    r"(?P<denied>(?:(?:does|do|will|may|can|is)\s*(?:not|n['’]t)|cannot)\s+)?"
    r"(?:(?:may|can|will|does)\s+)?(?:counts?|(?:is\s+)?included)\b"
    rf"(?:\s+(?:as|for)\s+(?:up\s+to\s+)?(?P<most>\d{{1,2}}|{NUMBER_WORD})\s+years?\b)?"
    r"|\b(?:(?P<not>not\s+)?(?:including|incl\.|inclusive\s+of|counting)"
    r"|(?P<excluding>excluding|excl\.|exclusive\s+of))\s+(?:time\s+(?:in|on|during)\s+)?"
    rf"(?:an?\s+|your\s+|the\s+)?{_PHD}",
    re.I,
)


def _phd_counted(line: str) -> tuple[bool, float | None]:
    """Whether the line counts a PhD's time toward the years asked, and the most years of it
    counted when it says ("a PhD counts as 2 years")."""
    for found in _PHD_TIME.finditer(line):
        if not (found.group("denied") or found.group("not") or found.group("excluding")):
            most = found.group("most")
            return True, count_of(most) if most else None
    return False, None


# A nursing licence offered beside degrees: "MD, RN or PharmD", "PharmD or RN"
_LICENCE_IN_A_CHOICE = regex_cache.compile(
    r"\b(?:or|/)[ \t]*(?:an?[ \t]+)?(?:RN|LPN|LVN)\b|\b(?:RN|LPN|LVN)[ \t]*(?:/|or\b"
    # a list's comma only when an "or" closes the list: not "RN, BSN required"
    r"|,(?=[^.;\n]{0,40}?\bor\b))"
)


def _read_degrees(
    line: str, number: int, section: str | None, structured: bool, asked: _Degrees
) -> Span:
    """The degrees a line asks for, each clause with its own importance ("Master's degree in
    CS; PhD preferred"), and where an alternative to them stands ((0, 0): nowhere). A degree
    inside another's alternative ("..., or B.S. with equivalent experience") is not asked on
    its own."""
    within = (0, 0)
    if _LICENCE_IN_A_CHOICE.search(line):
        return within  # "MD, DO, RN or PharmD": a nurse's licence meets it, no degree asked
    for degree, clause, named in _clause_degrees(line):
        word = _DEGREE_WORD.search(line, *clause)
        span = word.span() if word else clause
        importance = line_importance(line, section, structured, span)
        if importance is None or within[0] <= named[0] < within[1]:
            continue  # "PhD not required"
        if _PHD_TIME.search(line, *clause):
            continue  # "3+ years of research (a PhD counts)": its time counts, it is not asked
        if (instead := _accepted_in_lieu(line, clause, degree, asked)) is not None:
            within = instead  # "A first-level degree ... may be accepted in lieu of ..."
            continue
        if importance == "preferred" and not _ACCEPTED.search(line, *clause):
            asked.preferred.append(degree)
        else:
            asked.required.append((number, degree))
        if found := degree_alternative(line, named):
            text, still_asked, within = found
            asked.alternatives.setdefault(degree, (text, still_asked))
    return within


# A degree that stands in for a higher one asked before it: "A first-level university degree
# in combination with two additional years of qualifying experience may be accepted in lieu of
# the advanced university degree."
_IN_LIEU_OF_A_DEGREE = regex_cache.compile(
    r"\s*(?:(?:may|can|could|will|would)\s+(?:also\s+)?be\s+)?(?:accepted|considered)\s+"
    r"(?:in\s+lieu|in\s+place|instead)\s+of\b[^.;]*?\bdegree\b",
    re.I,
)


def _accepted_in_lieu(line: str, clause: Span, degree: DegreeLevel, asked: _Degrees) -> Span | None:
    """Where a clause offers its degree (with what it adds) in lieu of a higher degree asked
    before it, recorded as that degree's alternative; None when it offers nothing so."""
    found = _IN_LIEU_OF_A_DEGREE.search(line, *clause)
    if found is None:
        return None  # most clauses: worked out before the degrees asked are looked through
    higher = [level for _, level in asked.required if _degree_rank(level) > _degree_rank(degree)]
    if not higher:
        return None
    words = line[clause[0] : found.start()].strip(" ,")
    asked.alternatives.setdefault(higher[-1], (words, degree))
    return clause


def _read_degrees_below(
    lines: LineIndex,
    number: int,
    section: str | None,
    structured: bool,
    asked: _Degrees,
    line: str | None = None,
) -> Span:
    """The degrees line `number` asks for (_read_degrees), or what it offers in place of the
    degree on a line above; where that alternative stands ((0, 0): nowhere). `line`: the part
    of the line read, when a table's row asks its cells apart."""
    line = lines.line_text(number) if line is None else line
    within = _read_degrees(line, number, section, structured, asked)
    return within if within != (0, 0) else _alternative_below(lines, number, asked) or within


def _required_degree(
    required: list[tuple[int, DegreeLevel]], lines: LineIndex
) -> DegreeLevel | None:
    """The degree a posting requires, of those required line by line. Degrees on one line, or
    on lines offered as a choice, ask the lowest ("High school diploma or Bachelor's"); a
    degree required on a line of its own is asked beside a school's grades, which it implies
    ("A 2:1 degree in a STEM subject" above "AAB at A-level"). Of the degrees on lines of their
    own the lowest is asked: the lines may list the degrees accepted ("- B.Tech", "- MCA"), or
    name one in passing ("a team of PhD researchers")."""
    by_line: dict[int, DegreeLevel] = {}
    for number, level in required:
        by_line[number] = min(by_line.get(number, level), level, key=_degree_rank)
    choices: list[DegreeLevel] = []  # the lowest of each run of lines offered as a choice
    previous = 0
    for number, level in sorted(by_line.items()):
        # a school's grades join a choice only by "or": "Diploma holders will be considered"
        # above "KCSE mean grade of C+" offers the diploma, not the school certificate
        offered = level != "secondary" or _or_between(lines, previous, number)
        if choices and offered and _offered_as_choice(lines, previous, number):
            choices[-1] = min(choices[-1], level, key=_degree_rank)
        else:
            choices.append(level)
        previous = number
    degrees = [level for level in choices if level != "secondary"]
    if degrees:
        return min(degrees, key=_degree_rank)
    return choices[0] if choices else None  # school grades alone


# Lines that offer their degrees as a choice: one ends with "or", the next opens with it, or a
# line between says only "OR"; one stands in for another ("... will also be considered",
# "accepted in lieu"); or each names its own years ("BS and 5 years" / "MS and 3 years").
_OR_AT_END = regex_cache.compile(r"(?<!/)\bor\W*$", re.I)
_OR_AT_START = regex_cache.compile(r"\W*or\b", re.I)
_ONLY_OR = regex_cache.compile(r"\W*or\W*", re.I)
_STANDS_FOR_ANOTHER = regex_cache.compile(
    r"\b(?:considered|in\s+lieu|substitut\w*|accepted|acceptable|in\s+place\s+of|instead)\b",
    re.I,
)


def _or_between(lines: LineIndex, before: int, after: int) -> bool:
    """Whether an "or" joins lines `before` and `after`: one ends with it, the next opens with
    it, or a line between says only "OR"."""
    first, second = lines.line_text(before), lines.line_text(after)
    between = (lines.line_text(number) for number in range(before + 1, after))
    return bool(
        _OR_AT_END.search(first)
        or _OR_AT_START.match(second)
        or any(_ONLY_OR.fullmatch(text) for text in between)
    )


def _offered_as_choice(lines: LineIndex, before: int, after: int) -> bool:
    """Whether the degrees on lines `before` and `after` are offered as a choice."""
    first, second = lines.line_text(before), lines.line_text(after)
    return bool(
        _or_between(lines, before, after)
        or _STANDS_FOR_ANOTHER.search(first)
        or _STANDS_FOR_ANOTHER.search(second)
        or (years_on_line(first) is not None and years_on_line(second) is not None)
    )


def _years_only_within(line: str, span: Span) -> bool:
    """Every count of years on the line stands in `span`: "a BS, or 8+ years of relevant
    experience" asks no years of one who holds the BS."""
    return all(span[0] <= found.start() < span[1] for found in YEARS.finditer(line))


# A posting that welcomes people new to work: "Freshers may also apply", "New graduates are
# welcome to apply", "open to recent graduates". The years it asks elsewhere are then no bar.
_NEWCOMERS_WELCOME = regex_cache.compile(
    rf"\b{NEWCOMERS}\b(?:[^.;\n]{{0,60}}?\b(?:(?:may|can|are\s+(?:welcome|encouraged|invited)\s+to)"
    r"\s+(?:also\s+)?apply|(?:are|is)\s+(?:also\s+)?welcomed?)"
    # ... or "welcome" right after them: "New graduates welcome"; not "Mentor new graduates
    # and welcome new hires"
    r"|\s+(?:also\s+)?welcomed?)\b"
    rf"|\b(?:open\s+to|welcom(?:e|es|ing))\s+(?:applications\s+from\s+)?{NEWCOMERS}\b"
    # ... not newcomers welcomed aboard: "help welcome new graduates into the team"
    r"(?!\s+(?:into|to\s+(?:the|our)|on\s*board))",
    re.I,
)
# ... nor turned away: "not open to freshers", "No freshers, only experienced candidates can
# apply" (a negation just before the newcomers or between them and the invitation)
_REFUSED_BEFORE = regex_cache.compile(r"\b(?:not|never|no)\s+(?:\w+\s+){0,2}\Z", re.I)
_REFUSED_WITHIN = regex_cache.compile(r"\b(?:not|never|only)\b|n['’]t\b", re.I)
_REFUSAL_REACH = 30  # characters before the match where its negation may stand
# ... nor sent to another door: "Freshers can apply for our trainee program separately",
# "New graduates may apply to the Graduate Scheme" (not "Freshers can apply for this role")
_APPLY_ELSEWHERE = regex_cache.compile(
    r"[ \t]+(?:separately\b|(?:for|to)[ \t]+(?:(?:our|the|a|an|its|a[ \t]+separate)[ \t]+)?"
    r"(?:[\w-]+[ \t]+){0,3}?(?:program(?:me)?s?|schemes?|tracks?|internships?|academy"
    r"|bootcamps?|traineeships?|apprenticeships?|cohorts?)\b)",
    re.I,
)


def _newcomers_welcome(text: str) -> bool:
    """The posting invites freshers or new graduates to apply, and does not turn them away."""
    for found in _NEWCOMERS_WELCOME.finditer(text):
        within = found.group()
        if _REFUSED_BEFORE.search(text, max(0, found.start() - _REFUSAL_REACH), found.start()):
            continue
        if _REFUSED_WITHIN.search(within):
            continue
        if _APPLY_ELSEWHERE.match(text, found.end()):
            continue
        return True
    return False


# A degree the posting takes while still being finished: "hold, or expect to obtain, a first
# class degree", "PhD (or near completion)", "a PhD awarded by the start date"
_EXPECTED_DEGREE = regex_cache.compile(
    r"\bor\s+(?:expect(?:ing)?\s+to\s+(?:obtain|complete|receive|be\s+awarded)"
    r"|(?:be\s+)?(?:near(?:ing)?|close\s+to)\s+complet\w*|about\s+to\s+complete)"
    r"|(?P<by>\bby\s+the\s+(?:start(?:ing)?\s+date|time\s+of\s+appointment)\b"
    r"|\bat\s+the\s+time\s+of\s+appointment\b"
    # ... or by a month and year: "a PhD completed by August 2027" (not a year it is held
    # since: "completed by 2019 or later", a recent degree)
    r"|\bby\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d\b(?!\s+or\s+(?:later|after)\b))"
    # a doctorate "all but dissertation": "ABD candidates will be considered", "ABDs"
    r"|(?P<abd>(?-i:\bABDs?\b)|\ball[\s-]+but[\s-]+(?:the\s+)?dissertation\b)",
    re.I,
)
# ... unless turned away: "ABD candidates will not be considered", "No ABD applicants"
_REFUSED = regex_cache.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)
# What a degree "by the start date" is: "awarded by the start date", "PhD in hand by ..."
_AWARDED_BEFORE = regex_cache.compile(
    r"\b(?:awarded|obtained|completed|conferred|submitted|in\s+hand)\W*\Z", re.I
)
_MOST_EXPECTED_WORDS = 3  # a line's first such words are read: a long line in bounded time
_AWARD_REACH = 30  # characters before the date where its word of award may stand
_ANOTHER_ASK = regex_cache.compile(r"\band\b|,")  # "a BSc and the right to work by ..."
# ... or a deed of the work the date is of: "a PhD with 3+ papers published by 2024"
_ANOTHER_DEED = regex_cache.compile(
    r"\b(?:published|accepted|presented|authored|written|released|shipped|deployed)\b", re.I
)


def _degree_expected(line: str) -> str | None:
    """The line's words when it takes the degree it names still being finished: words in a
    sentence naming the degree ("PhD (or near completion)"), and a date by which the degree
    itself is held ("a PhD awarded by the start date"; not "a BSc and the right to work in
    the UK by the start date")."""
    if not _EXPECTED_DEGREE.search(line):
        return None  # most lines (and _clause_degrees costs more)
    named = [found for _, _, found in _clause_degrees(line)]
    for words in islice(_EXPECTED_DEGREE.finditer(line), _MOST_EXPECTED_WORDS):
        start, end = _part_of_sentence(line, words.start())
        if words.group("abd"):  # names the doctorate itself
            if not _REFUSED.search(line, start, end):
                return words.group()
            continue
        inside = [until for at, until in named if start <= at < end]
        if inside and (not words.group("by") or _about_the_degree(line, words, inside)):
            return words.group()
    return None


def _part_of_sentence(line: str, at: int) -> Span:
    """The sentence holding `at`, up to the semicolons around it."""
    start, end = sentence_at(line, at) or (0, len(line))
    before, after = line.rfind(";", start, at), line.find(";", at, end)
    return (start if before < 0 else before + 1), (end if after < 0 else after)


def _about_the_degree(line: str, by: re.Match[str], named_ends: list[int]) -> bool:
    """A date the degree is to be held by: after a word of its award, or right after the
    degree's own words with no other ask between."""
    if _AWARDED_BEFORE.search(line, max(0, by.start() - _AWARD_REACH), by.start()):
        return True
    last = max((end for end in named_ends if end <= by.start()), default=None)
    return (
        last is not None
        and not _ANOTHER_ASK.search(line, last, by.start())
        and not _ANOTHER_DEED.search(line, last, by.start())
    )


# A posting's overview of the job, whose sentences ask only when they say so: "Overview: ...
# you bring 5+ years of ML engineering", "About the role: ... someone with 3+ years in Go"
_OVERVIEWS = ("summary", "about")


# A header field of the years asked, its value alone: "Experience: 0-2 yrs", "Exp: 3+ years"
# (not a company's "Experience: 25 years of delivering data projects")
_YEARS_FIELD = regex_cache.compile(
    rf"{EXPERIENCE_FIELD.pattern}[ \t]*\d{{1,2}}(?:[ \t]*(?:-|–|to)[ \t]*\d{{1,2}})?\+?"
    r"[ \t]*(?:years?|yrs?)\b[ \t.]*$",
    re.I,
)


# A company's card of facts, beside which "Experience: 20 years" is the firm's: "Founded: 2004",
# "Employees: 1,200", "Headquarters: Pune"
_COMPANY_FACT = regex_cache.compile(
    r"[ \t\-*•]*(?:founded|established|employees|headcount|headquarters|hq|company[ \t]+size"
    r"|revenue|turnover|offices)[ \t]*:",  # not "Industry:" nor "Website:" (a job's card too)
    re.I,
)


def _among_company_facts(lines: LineIndex, number: int) -> bool:
    """The line above or below line `number` is one of a company's facts (_COMPANY_FACT)."""
    return any(
        0 < near <= len(lines) and _COMPANY_FACT.match(lines.line_text(near))
        for near in (number - 1, number + 1)
    )


def _count_overview_years(
    line: str,
    number: int,
    section: str | None,
    lines: LineIndex,
    years: list[float],
    degrees: _Degrees,
) -> None:
    """Years a sentence of the job's overview asks of the candidate (only its years: its
    degrees and levels are read from the lists), or a header field of them set in another
    section ("Experience: 0-2 yrs" below the company's blurb, not among its facts); none in
    other sections but the lists."""
    if section not in _OVERVIEWS and (
        not _YEARS_FIELD.match(line) or _among_company_facts(lines, number)
    ):
        return
    found = _years_asked(line, section, True)
    if found is None and section in _OVERVIEWS:
        found = _readers_years(line)
    if found is not None:
        _count_years(line, number, found, years, degrees)
    if section in _OVERVIEWS and (told := _candidates_sentence(line)):
        _read_degrees(told, number, "requirements", True, degrees)


# A sentence of an overview that tells what the hire has: "The ideal candidate has ... a
# bachelor's degree", "You have a master's degree", "The successful candidate will hold ..."
_CANDIDATE_TOLD = regex_cache.compile(
    r"\b(?:(?:ideal|successful|right|preferred)[ \t]+(?:candidate|applicant|hire)s?"
    r"(?:[ \t]+(?:will|should|must|would))?[ \t]+(?:have|has|hold|holds|possess|possesses|bring"
    r"|brings)|you[ \t]+(?:have|hold|possess))\b",  # not "you'll have the chance to ..."
    re.I,
)
_SENTENCE_END = regex_cache.compile(r"[.!?](?:[ \t]|$)")


def _candidates_sentence(line: str) -> str:
    """The overview's sentence that tells what the hire has (_CANDIDATE_TOLD), "" if none."""
    lowered = line.lower()
    if not any(word in lowered for word in ("you", "candidate", "applicant", "hire")):
        return ""  # most lines: no one told of
    told = _CANDIDATE_TOLD.search(line)
    if told is None:
        return ""
    opening = max(line.rfind(". ", 0, told.start()), line.rfind("! ", 0, told.start()))
    end = _SENTENCE_END.search(line, told.end())
    if end and end.group().startswith("?"):
        return ""  # a question: "You have a bachelor's degree? Great, but we require none."
    sentence = line[opening + 1 : end.end() if end else len(line)]
    if _NOT_TOLD.search(sentence):
        return ""  # "Whether you have a master's or taught yourself", "If you have a PhD, great,
        # but we do not require one", "You have the option to pursue a master's"
    return sentence


# What makes the hire's sentence no ask: a condition before "you have", a chance or option
# offered, or a denial of the need
_NOT_TOLD = regex_cache.compile(
    r"\b(?:if|whether|even[ \t]+if|unless)[ \t]+you\b"
    r"|\byou[ \t]+have[ \t]+(?:the|an?)[ \t]+(?:option|chance|opportunity|access)\b"
    r"|\b(?:do|does|will)[ \t]+not[ \t]+(?:require|need)|\bdon['’]t[ \t]+(?:require|need)"
    r"|\bnot[ \t]+(?:required|necessary|needed)\b",
    re.I,
)


# The reader's own years, told of them: "You have at least 4 years of experience building data
# pipelines", "You've got 3+ years of experience"; not "You have 2 years to finish the course"
# (no work), nor "You will join a team with 15 years of experience" (another's)
_READERS_YEARS = regex_cache.compile(
    r"\byou(?:['’]ve|[ \t]+(?:have|bring|possess))[ \t]+(?:got[ \t]+)?"
    r"(?:(?:at[ \t]+least|a[ \t]+minimum[ \t]+of|over|more[ \t]+than)[ \t]+)?(?=\d)",
    re.I,
)
# ... of work or of a named tool: "5+ years of Python", "3 years with Spark"
_READERS_WORK = regex_cache.compile(
    r"[ \t]+(?:(?:of[ \t]+)?(?:[\w-]+[ \t]+){0,2}?experience\b"
    r"|(?:of|in|with)[ \t]+(?-i:[A-Z]))",
    re.I,
)


def _told_the_reader(line: str, count: re.Match[str]) -> bool:
    """The count is the reader's own years, of work or of a tool: "You bring 5+ years of
    Python" in a posting's prose."""
    told = _READERS_YEARS.search(line, max(0, count.start() - _TOLD_REACH), count.start() + 1)
    return (
        told is not None
        and told.end() == count.start()
        and _READERS_WORK.match(line, count.end()) is not None
    )


_TOLD_REACH = 40  # characters before a count where "you bring at least" may start


def _readers_years(line: str) -> float | None:
    """The years an overview's sentence tells the reader has (_READERS_YEARS), up to 30."""
    if "you" not in line.lower():
        return None  # most lines
    for told in _READERS_YEARS.finditer(line):
        count = next(YEARS.finditer(line, told.end(), told.end() + _COUNT_REACH), None)
        if count and count.start() == told.end() and _READERS_WORK.match(line, count.end()):
            return float(_count(count)) if _count(count) <= _MOST_YEARS else None
    return None


_COUNT_REACH = 20  # characters of a count of years: "4+ years", "10 - 12 yrs"
_MOST_YEARS = 30  # a count above is no career's (as years_on_line)


def _posting_rows(
    lines: LineIndex, sections: list[Section], columns: Columns, marked: dict[int, str]
) -> Iterator[tuple[int, str, str | None]]:
    """Each line's number, text and section; a table's row of "Must have | Nice to have"
    cells, which ask apart, once per cell with its column's section."""
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        cells = columns.get(number) if number not in marked else None
        if cells and any(name for _, _, name in cells):
            yield from ((number, line[a:b], name or None) for a, b, name in cells)
            continue
        yield (
            number,
            line,
            marked.get(number) or lines.section_of(lines.line_start(number), sections),
        )


def posting_info(
    lines: LineIndex,
    sections: list[Section],
    role_title: str | None = None,
    columns: Columns | None = None,
) -> PostingInfo:
    """Years, degree and level asked for, from requirement lines (or all lines if unstructured);
    `role_title`: the title of the one role of several read here, which its header names;
    `columns`: the cells of its tables (tables.table_columns), a ticked or marked row of which
    asks as its mark says ("PhD | | ✓" under "Essential | Desirable" prefers the PhD)."""
    header = header_fields(lines.text)
    structured = bool(sections)
    marked = row_sections(columns or {})
    years: list[float] = []
    preferred: list[float] = []  # years only wished for: "5-7 years preferred"
    some_years: list[tuple[LevelId, str]] = []  # counts without a figure: "several years"
    degrees = _Degrees()
    by_degree = degrees.by_years
    enrollment: str | None = None
    expected: str | None = None
    phd: tuple[bool, float | None] = (False, None)  # a PhD's time counts, up to these years
    for number, line, section in _posting_rows(lines, sections, columns or {}, marked):
        if structured and section not in ("requirements", "preferred", "closing", None):
            _count_overview_years(line, number, section, lines, years, degrees)
            continue  # a closing paragraph's sentence may ask: "Apply if you have 3+ years"
        enrollment = enrollment or _enrollment_required(line, section, structured)
        expected = expected or _degree_expected(line)
        instead = _read_degrees_below(lines, number, section, structured, degrees, line)
        if _POSTDOC_POST.search(line):
            degrees.required.append((number, "phd"))  # a postdoc's post asks a doctorate
        if hint := _some_years(line, section, structured):
            some_years.append(hint)  # "several years of experience": no figure, a level
        if _years_only_within(line, instead):
            continue  # no years, or only the alternative's
        if (found := _years_asked(line, section, structured)) is not None:
            _count_years(line, number, found, years, degrees)
            phd = phd if phd[0] else _phd_counted(line)
        elif (wished := _years_asked(line, section, structured, "preferred")) is not None and (
            _a_careers_years(wished, line)
        ):
            preferred.append(wished)
    title = (
        role_title
        or labelled_title(header)
        or mail_subject_title(lines.text)
        or _first_line_title(lines)
    )
    title = (plain_title(title) or None) if title else None
    newcomers = _newcomers_welcome(lines.text)
    above = _years_of_lower_degrees(degrees, years)
    years_required = max(years) if years and not newcomers else None
    if above is not None:  # the degree the lower one stands in for: the posting's own years
        by_degree.setdefault(above, years_required or 0.0)
    years_preferred = max(preferred) if preferred and not newcomers else None
    # for the level, the years asked with the lowest degree ("BS with 5 years, or MS with 3")
    lowest_degree = min(by_degree, key=_degree_rank, default=None)
    least = by_degree[lowest_degree] if lowest_degree else None
    required = "phd" if degrees.postdoc_years else _required_degree(degrees.required, lines)
    if enrollment and required is None:
        required = "bachelor"  # "currently enrolled at a university": a first degree, in progress
    highest = max(degrees.preferred, key=_degree_rank, default=None)
    # the alternative to the degree scored: the required one, else the preferred one
    scored = required or highest
    alternative, with_degree = (
        degrees.alternatives.get(scored, (None, None)) if scored else (None, None)
    )
    # years from zero ("0-2 years") ask a newcomer: an entry level, though no year to fall short of
    asked = years_required if years_required is not None else least
    level, level_source = _level_of(title, header.get("level"), asked, lines.text)
    # years only wished for, or with no figure; not for a student, whom they cannot rank
    if level is None and asked is None and enrollment is None:
        level, level_source = _level_hinted(years_preferred, some_years)
    return PostingInfo(
        title=title,
        level=level,
        level_source=level_source,
        role=header["role"] if is_role_id(header.get("role", "")) else None,
        years_required=years_required,
        years_preferred=years_preferred,
        phd_counts=phd[0] and years_required is not None,
        phd_years_counted=phd[1] if years_required is not None else None,
        degree_required=required,
        degree_preferred=highest,
        degree_alternative=unwrapped(alternative) if alternative else None,
        degree_with_alternative=with_degree,
        years_by_degree=by_degree,
        enrollment_required=enrollment,
        degree_expected=expected if required or highest else None,
    )


# Years a postdoc served, which a doctorate comes before: "2+ years of post-doctoral research
# experience", "3 years of postdoc experience"; not years that may include some ("5+ years of
# experience, including postdoctoral research")
_POSTDOC_YEARS = regex_cache.compile(
    r"\b(?:years?|yrs)['’]?[ \t]+(?:of[ \t]+)?(?:[a-z]+[ \t]+)?post[ -]?doc(?:toral)?\b", re.I
)


# ... offered beside other years: "3+ years of postdoctoral or industry experience", "3+ years
# of post-doctoral experience, or 5+ years of industry experience", "postdoc/industry"
_POSTDOC_OR_OTHER = regex_cache.compile(
    r"\bpost[ -]?doc(?:toral)?\b[^.;\n]{0,60}?(?:\bor\b|/)[ \t]*"
    r"(?:\d|(?:[\w-]+[ \t]+){0,3}?(?:experience|industry|industrial|work|professional)\b)",
    re.I,
)


# A postdoc's post, which only a doctor holds: "an appointment as post doctoral researcher",
# "Postdoctoral Fellow in Machine Learning", "two postdoc positions"
_POSTDOC_POST = regex_cache.compile(
    r"\bpost[ -]?doc(?:toral)?[ \t]+(?:research[ \t]+)?(?:researcher|fellow|fellowship|position"
    r"|scholar|associate|appointment)s?\b",
    re.I,
)


# A line offering a degree in place of another: "Diploma holders with at least 4 years'
# experience will be considered", "HND holders with 5 years' experience may also apply"
_OFFERS_IN_PLACE = regex_cache.compile(
    rf"{_STANDS_FOR_ANOTHER.pattern}|\bmay\s+(?:also\s+)?apply\b"
    r"|\b(?:are|is)\s+(?:also\s+)?eligible\b",
    re.I,
)


def _offered_degree(line: str) -> DegreeLevel | None:
    """The one degree a line with years offers in place of another, else None."""
    if not _OFFERS_IN_PLACE.search(line):
        return None
    levels = {level for level, _, _ in degree_mentions(line)}
    return levels.pop() if len(levels) == 1 else None


def _count_years(
    line: str, number: int, found: float, years: list[float], degrees: _Degrees
) -> None:
    """Files the years line `number` asks: per degree ("BS + 5 years or MS + 3 years"), of a
    degree offered in place of another (decided by _years_of_lower_degrees), or of all."""
    alternatives = degree_years(line)
    if _POSTDOC_YEARS.search(line):
        degrees.required.append((number, "phd"))  # only a doctor can be a postdoc
        offered = alternatives is None and not _POSTDOC_OR_OTHER.search(line)
        degrees.postdoc_years = degrees.postdoc_years or offered
    if alternatives is not None:
        degrees.by_years.update(alternatives)
        # "BS + 5 years or MS + 3 years": the lowest degree is asked, with its years
        degrees.required.append((number, min(alternatives, key=_degree_rank)))
    elif not _a_careers_years(found, line):
        return
    elif (lower := _offered_degree(line)) is not None:
        degrees.offered_years.append((number, lower, found))
    else:
        years.append(found)


def _years_of_lower_degrees(degrees: _Degrees, years: list[float]) -> DegreeLevel | None:
    """Years a line asks of a degree it offers below one required on another line are that
    degree's own (into degrees.by_years); the lowest such higher degree, whose years are the
    posting's own. Years beside a degree no lower are everyone's (into years)."""
    higher: list[DegreeLevel] = []
    for number, level, count in degrees.offered_years:
        above = [
            other
            for line, other in degrees.required
            if line != number and _degree_rank(other) > _degree_rank(level)
        ]
        if above:
            degrees.by_years[level] = min(degrees.by_years.get(level, count), count)
            higher.append(min(above, key=_degree_rank))
        else:
            years.append(count)
    return min(higher, key=_degree_rank, default=None)


def _a_careers_years(years: float, line: str) -> bool:
    """Years asked of a career, not one year at a federal grade ("one year of specialized
    experience equivalent to the GS-12 level"): the posting's grade tells the level such a
    year takes (_level_of). More years beside a grade ("5+ years ... Salary: GS-13") are a
    career's."""
    return years > 1 or grade_level(line) is None


def _enrollment_required(line: str, section: str | None, structured: bool) -> str | None:
    """The line's words when it requires a current student, not merely prefers one."""
    span = enrollment_asked(line)
    if span is None or line_importance(line, section, structured, span) != "required":
        return None
    return enrollment_words(line)


# A skill named with the tool that realises it: "Version control with Git", "Git for version
# control". Between the skill and its tool, or the tool and its skill:
_WITH_ITS_TOOL = regex_cache.compile(r"\s+(?:with|using|via|through|in)\s+(?:the\s+)?", re.I)
_FOR_ITS_SKILL = regex_cache.compile(r"\s+for\s+", re.I)


def _realised(text: str, skill: Mention, tool: Mention) -> bool:
    """The tool's mention stands right after "<skill> with" or right before "for <skill>"."""
    if skill.line != tool.line:
        return False
    if tool.start >= skill.end:
        return bool(_WITH_ITS_TOOL.fullmatch(text, skill.end, tool.start))
    return tool.end <= skill.start and bool(_FOR_ITS_SKILL.fullmatch(text, tool.end, skill.start))


def _without_tool_named_asks(
    taxonomy: Taxonomy, skills: list[SkillHit], text: str
) -> list[SkillHit]:
    """The skills less the mentions a tool that implies them realises on the same line: one ask
    (the tool's), which a resume showing the tool meets in full."""
    tools: dict[str, list[Mention]] = {}  # a skill's id -> the mentions of tools implying it
    for tool in skills:
        for implied in taxonomy.skills[tool.id].implies if tool.id in taxonomy.skills else ():
            tools.setdefault(implied, []).extend(tool.mentions)
    kept: list[SkillHit] = []
    for hit in skills:
        near = tools.get(hit.id, [])
        mentions = [m for m in hit.mentions if not any(_realised(text, m, t) for t in near)]
        if mentions:
            kept.append(hit if len(mentions) == len(hit.mentions) else _with(hit, mentions))
    return kept


def _with(hit: SkillHit, mentions: list[Mention]) -> SkillHit:
    return hit.model_copy(update={"mentions": mentions})


# A job board's tags under the posting ("Key Skills: Python, SQL, Spark", as Naukri and Shine
# set them): the recruiter's keywords, which repeat what the text asks without its nuance
_TAG_HEADINGS = frozenset({"key skills", "keyskills", "key skill"})


def _tags_repeating_asks(skills: list[SkillHit], sections: list[Section]) -> list[SkillHit]:
    """The skills with their mentions in a job board's tags left out when the text's own
    requirement lists name them too: "Knowledge of Spark is a plus" stays a wish when the
    tags list Spark; a skill only described in the text ("We run Spark") is asked by them."""
    tags = [s for s in sections if s.heading.lower().strip(" :") in _TAG_HEADINGS]
    if not tags:
        return skills

    def tagged(mention: Mention) -> bool:
        return any(s.start <= mention.start < s.end for s in tags)

    kept = []
    for hit in skills:
        told = [mention for mention in hit.mentions if not tagged(mention)]
        listed = any(mention.section in ("requirements", "preferred") for mention in told)
        kept.append(hit.model_copy(update={"mentions": told}) if listed else hit)
    return kept


def posting_requirements(
    taxonomy: Taxonomy,
    skills: list[SkillHit],
    lines: LineIndex,
    sections: list[Section],
    columns: Columns | None = None,
) -> list[Requirement]:
    """What a posting asks, from its skills and its requirement lines; `columns`: the cells
    of its "Must-have | Nice-to-have" tables (tables.table_columns)."""
    from .literal import literal_requirements

    structured = structured_posting(sections)
    asked = _tags_repeating_asks(_without_tool_named_asks(taxonomy, skills, lines.text), sections)
    known = skill_requirements(asked, lines, structured, title_span(lines))
    literal = literal_requirements(taxonomy, skills, lines, sections, structured, columns or {})
    literal = [req for req in literal if not _in_degree_fields(req, lines)]

    def alike(a: Requirement, b: Requirement) -> bool:
        first, second = taxonomy.skills.get(a.id), taxonomy.skills.get(b.id)
        if first is None or second is None:
            return False
        linked = (*first.related, *first.implies, *second.related, *second.implies)
        return a.id in linked or b.id in linked

    def category(req: Requirement) -> str | None:  # the taxonomy's category of a known skill
        skill = taxonomy.skills.get(req.id)
        return skill.category if skill else None

    def suite(a: Requirement, b: Requirement) -> bool:
        """Parts of one suite: both imply a skill that names both as related (Microsoft
        Office: Excel, Word); not Docker and Kubernetes, which only share "containerization"."""
        first, second = taxonomy.skills.get(a.id), taxonomy.skills.get(b.id)
        if first is None or second is None:
            return False
        parents = (taxonomy.skills.get(p) for p in set(first.implies) & set(second.implies))
        return any(p is not None and {a.id, b.id} <= set(p.related) for p in parents)

    def similar(req: Requirement) -> list[Requirement]:
        """The skills close to a known one, asked as it is: what "or similar" admits."""
        return [
            Requirement(
                id=kin.id,
                name=kin.name,
                importance=req.importance,
                jd_text=kin.name,
                line=req.line,
                section=req.section,
            )
            for kin in (taxonomy.skills[i] for i in taxonomy.kin.get(req.id, []))
        ]

    def kind_of(item: Requirement, head: Requirement) -> bool:
        """The taxonomy allows `item` to be an example of `head`: of its category, close to
        it, implying it, or implying what it names as related or implies itself (Docker,
        for containerization, of model deployment); a term it does not know, it cannot
        judge."""
        first, second = taxonomy.skills.get(item.id), taxonomy.skills.get(head.id)
        if first is None or second is None:
            return True
        near = {head.id, *second.related, *second.implies}
        return (
            first.category == second.category
            or alike(item, head)
            or not near.isdisjoint(first.implies)
            or head.id in taxonomy.implied_by(item.id)
        )

    return link_alternatives(known + literal, lines, alike, category, suite, similar, kind_of)
