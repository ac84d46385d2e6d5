"""Capitalised words of a requirement line that ask for nothing a resume could show: a place
("based in Quuxville", "Quuxville, TX"), pay ("90-105K", "12 LPA"), a month ("19 May"), a
list of big companies ("Fortune 500 clients"), a word joining sentences ("Moreover, ..."), a
name redacted from the text ("<NAME>"), an employer ("Quuxware Inc."), the company's kind
("Private", "VC Funded") or a federal grade ("GS-12")."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regex_cache
from ..documents.sections import ITEM_MARK, POSTING_SECTIONS, heading_name
from .importance import Gated, lowered_alike, sentence_spans
from .language_grades import (
    AT_LEAST_WORDS,
    BOUND_WORDS,
    CEFR_CODE,
    GERMAN_GRADE_WORDS,
    KNOWLEDGE_GLUED,
    ROMANCE_GRADE_WORDS,
    jlpt_level_at,
    score_at,
    turkish_grade_words,
)
from .lines import matches_from, spans_of, starts_of
from .numbers import ANY_NUMBER_WORD
from .other_senses import in_a_list_of_venues, in_a_venues_name
from .titles import sought_title_span
from .wording import OCCUPATIONS
from .work_authorization import VISA_CODE

# Sentence adverbs and connectives: they join a clause to what came before, name nothing.
CONNECTIVES = set(
    """
    moreover furthermore additionally besides however ideally therefore thus hence also finally
    lastly consequently nevertheless nonetheless meanwhile likewise similarly otherwise
    accordingly indeed overall please since
    """.split()
)

US_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
    "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
    "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
    "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming"
)
_STATE = regex_cache.compile(US_STATE_NAMES)
# US state codes that spell nothing else in a requirement list: "Quuxville, TX" is a place.
# Others also name a thing ("GA" Google Analytics, "AR", "MS", "CT") and make a place only
# after "in", "at", "near": "offices in Quuxville, GA".
# Canada's province codes alike: "Montreal, QC" is a place, "Toronto, ON" only after "in"
# ("MB", "AB", "PE", "NL" also name megabytes, A/B, private equity, natural language).
_PLAIN_CODES = (
    "AL|AK|AZ|CA|FL|IL|KS|KY|MI|MN|NV|NH|NJ|NM|NY|NC|ND|OH|RI|TN|TX|VT|WA|WI|WV|WY"
    "|QC|BC|SK|NS|YT|NU"
)
_OTHER_CODES = (
    "AR|CO|CT|DC|DE|GA|HI|IA|ID|IN|LA|MA|MD|ME|MO|MS|MT|NE|OK|OR|PA|SC|SD|UT|VA"
    "|ON|AB|MB|NB|NL|PE|NT"
)
_OTHER_CODE_SET = frozenset(_OTHER_CODES.split("|"))
_TOWN = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_NAME_RUN = r"[A-Z][\w.]*(?:[ -][A-Z][\w.]*){0,3}"
# "Quuxville, TX", "Barton - NC", "Quuxton, Ohio"; the state ends the phrase or a list of them
_TOWN_AND_STATE = regex_cache.compile(
    rf"(?<![\w-])(?P<lead>(?:in|at|near|from|of|to)\s+)?{_TOWN}\s*(?:,|\s[-–—])\s*"
    rf"(?P<state>{_PLAIN_CODES}|{_OTHER_CODES}|{US_STATE_NAMES})(?![\w-])"
    r"(?=\s*(?:$|[,.;:)/|]|\s(?:or|and|area|region)\b))"
)
# "based in Quuxville", "relocate to Port Quux", "sites in Quuxville", "near Quuxton", "willing
# to work in Quuxville", a recruiter's "a fintech client in Quuxville", "our team in
# Quuxville"; with
# the town's region and country when they close the sentence: "located in Quuxville,
# Quuxshire." (a name after the comma that the sentence goes on from is another ask)
_AFTER_A_CUE = regex_cache.compile(
    r"\b(?:(?:based|located|headquartered|situated|relocat(?:e|ing|ion)|commut(?:e|ing)|local"
    # "Relocation support to Berlin"
    r"|[Rr]elocation\s+(?:support|assistance|package|allowance|help)"
    r"|resid(?:e|ing)|living|on-?site|offices?|sites?|locations?|clients?|teams?|group|hub"
    r"|start-?ups?|scale-?ups?|company|companies|firms?"
    # a way or rhythm of working before the town: "three days a week in Rotterdam", "hybrid
    # in Utrecht", "on-site twice per week at Eindhoven"
    r"|(?:a|per|each|every)\s+(?:week|month)|[Hh]ybrid|[Rr]emote(?:ly)?"
    # "Willing to work in Taguig City", "willing to be assigned in Makati"
    r"|[Ww]illing\s+to\s+(?:work|report|be\s+(?:assigned|based|deployed)))"
    r"\s+(?:in|to|near|at|within"
    rf"|around)|near)\s+(?:the\s+)?({_NAME_RUN}(?:(?:,\s*{_NAME_RUN}){{1,2}}(?=\s*(?:$|[.;)])))?)"
)
# "the Quuxville area", "the Quuxton metro area", "the LA area"
_BEFORE_AN_AREA = regex_cache.compile(
    rf"\bthe\s+({_TOWN}|{_PLAIN_CODES}|{_OTHER_CODES})\s+(?:metro(?:politan)?\s+)?"
    r"(?:area|region)\b(?!\s+of)"
)
# "our London office", "the Berlin hub", "our Austin headquarters": a town before a site
_BEFORE_A_SITE = regex_cache.compile(
    rf"\b(?:our|the|its|their)\s+({_TOWN})\s+(?:offices?|headquarters|HQ|campus|hub|site"
    r"|studio)\b"
)
# "Fortune 500 clients", "Forbes Global 2000 companies": a list of companies, not a skill
_COMPANY_LIST = regex_cache.compile(r"\b(?:Fortune|Forbes(?:\s+Global)?)[\s-]*\d{2,4}\b")
# What describes the company, the level or the pay as a whole term: "Private", "VC Funded",
# "Mid-Level", "Salary". Not the kind of contract ("Full Time", "Contract Corp-To-Corp"): a
# resume may state the one its writer works on ("Contract (C2C), remote").
_JOB_TERMS = regex_cache.compile(
    r"(?:(?:junior|senior|entry|mid)[ /-]+)*(?:entry|mid|senior|junior)[ -]level|private"
    r"|vc[ -]funded|well[ -]funded(?:\s+\w+)?|salary|salaried"
    # its funding round: "a Series B startup"
    r"|series[ -][a-f]\+?(?:[ -]funded)?"
    # its size: "a 40-person fintech", "a 12-strong team"
    r"|\d{1,5}[ -](?:person|people|strong|member)"
    # the role one served in: "in a lead or senior capacity", "in a similar capacity"
    r"|(?:lead|leading|senior|junior|leadership|managerial|management|supervisory|similar"
    r"|professional|technical|consulting|advisory|comparable|related)\s+capacity|capacity",
    re.I,
)
# A federal vacancy's paperwork: a pay plan's grade ("GS-12", "GS-2210-12", "WG-10"), the
# time served in one ("Time-in-grade") and the service itself ("in the Federal service")
_FEDERAL_PAPERWORK = regex_cache.compile(
    r"(?-i:GS|GG|GL|GM|WG|WL|WS)[ -]?\d{1,4}(?:-\d{1,2})?|time[ -]in[ -]grade|federal", re.I
)
# Other public services' paperwork: a Canadian language profile and its words ("CBC/CBC",
# "Bilingual - Imperative"), a clearance's level ("Baseline", "NV1", "Reliability Status"),
# a grade ("APS 6", "EL1", "HEO", "G7", "AD6", "AST 3", "P-3", "EC-05"), or a range of them
# ("APS 4-6", "APS 5/6"), and the UK
# government's data skills framework ("GDaD", "DDaT") with its levels ("practitioner")
_PUBLIC_SERVICE_PAPERWORK = regex_cache.compile(
    r"(?-i:[A-EPX]{3}\s*/\s*[A-EPX]{3})|bilingual(?:\s*[-–]?\s*(?:non[ -])?imperative)?"
    # ... bilingualism itself, in English and French, which names no language of its own
    r"|bilingu(?:alism|e|es|isme)"
    r"|(?:non[ -])?imperative"
    # the bare "Reliability" is a quality an engineer builds, not a clearance
    r"|(?:baseline|nv ?[12]|negative\s+vetting(?:\s+level\s+[12])?|enhanced\s+reliability"
    r"(?:\s+status)?|reliability(?:\s+status|(?=\s+(?:security\s+)?clearance))"
    r"|developed\s+vetting|counter[ -]terrorist\s+check)"
    r"(?:\s+(?:security\s+)?clearance)?"
    r"|(?-i:APS|EL|AD|AST|SES|HEO|SEO|EO|AO|G)\s*[1-9](?:\s*[-–/]\s*[1-9])?"
    r"|(?-i:P|D|EC|CS|IT)-\d{1,2}"
    r"|(?-i:HEO|SEO)|gdad|ddat|practitioner"
    # ... and the framework its posts are assessed by, with one of its elements
    r"|success\s+profiles?|behaviou?rs",
    re.I,
)
# A federal vacancy's labels over its rules, at a line's start before a colon: "Selective
# Placement Factor: ...", "KNOWLEDGE, SKILLS AND ABILITIES (KSAs): ..."; the label names the
# rule, the words after it may ask ("... must hold a CFE credential")
_FEDERAL_LABEL = regex_cache.compile(
    r"(?:selective\s+placement\s+factors?|quality\s+ranking\s+factors?|positive\s+education"
    r"\s+requirements?|basic\s+(?:education\s+)?requirements?|specialized\s+experience"
    r"|knowledge,?\s+skills,?\s+(?:and\s+)?abilities(?:\s*\(ksas?\))?|ksas?)\s*:",
    re.I,
)
# ... and its notes on what it credits, whose whole line asks nothing: "PART-TIME OR UNPAID
# EXPERIENCE: Credit is given ...", "VOLUNTEER WORK EXPERIENCE: ... (e.g., Peace Corps)",
# "FOREIGN EDUCATION: ...", "IF USING EDUCATION TO QUALIFY: ..."
_FEDERAL_CREDITING = regex_cache.compile(
    r"(?:(?:part-time|unpaid|paid|volunteer)(?:\s+(?:or|and|work))*\s+)+experience"
    r"|foreign\s+education|if\s+using\s+education\s+to\s+qualify",
    re.I,
)
# What such a note says of the experience or education it names
_CREDITS = regex_cache.compile(
    r"\b(?:credit\w*|counts?\s+toward|qualify\w*|paid|unpaid|refers\s+to|transcripts?"
    r"|evaluated|equivalen\w*|accredit\w*)\b",
    re.I,
)
# When one can start, not what one knows: "Immediate joiners preferred", "Notice period: 30
# days" (postings from India put these among the requirements)
_JOINING = regex_cache.compile(
    r"(?:immediate|early|quick)\s+joiners?|joiners?|notice\s+period"
    r"|days?\s+notice(?:\s+(?:period|only))?",  # "15 days notice only"
    re.I,
)
# When and by whom the work is done, as Indian postings set it among the asks: a shift ("Night
# shift (US process)", "Rotational shifts"), the working week ("6 days working (Mon-Sat)"), a
# gender ("Only male candidates") and the identity papers to hold ("PAN card", "Aadhaar")
_SHIFTS_AND_PAPERS = regex_cache.compile(
    r"(?:night|day|general|rotational|rotating|morning|evening|us|uk|first|second|third)"
    r"\s+shifts?|mon(?:day)?\s*[-–]\s*(?:fri|sat)(?:day)?"
    r"|(?:only\s+)?(?:male|female)(?:\s+candidates?)?(?:\s+only)?|aadh?aar(?:\s+card)?",
    re.I,
)
# ... and a college's tier, which names its standing, not a thing learnt there: "Tier-1
# colleges", "Tier 1 institutes"; a PAN card (India's tax number), not a personal network
_BEFORE_A_COLLEGE = regex_cache.compile(
    r"[ \t]+(?:colleges?|institut(?:e|es|ions?)|universit(?:y|ies)|campus(?:es)?|schools?)\b"
    r"|[ \t]+card\b",
    re.I,
)
_TIER_OR_PAN = regex_cache.compile(r"Tier[ -]?(?:1|2|3|I{1,3}|one|two)|PAN", re.I)
# A student's standing, which the posting's enrolment requirement reports (enrollment.py):
# "Enrolled student in Computer Science", "Matriculated student"
_STUDENT_STANDING = regex_cache.compile(
    r"(?:currently\s+)?(?:enrolled|matriculated)\s+(?:(?:full|part)[- ]time\s+)?students?"
    # "Final-year undergraduate", "Penultimate-year students": the year of study reached
    r"|(?:final|penultimate)[- ]year(?:\s+(?:undergraduates?|undergrads?|students?))?",
    re.I,
)
# People new to work: "Freshers", "new grads", "recent graduates" (requirements.py reads
# them too)
NEWCOMERS = r"(?:freshers?|new\s+grad(?:uate)?s?|recent\s+graduates?)"
# Who may apply, not what they know: "New graduates welcome", "Freshers"
_NEWCOMERS_TERM = regex_cache.compile(
    rf"{NEWCOMERS}(?:\s+(?:are\s+)?(?:also\s+)?welcomed?)?",
    re.I,
)
# A qualifier cut off from what it qualifies by a place: "Full" of "Full UK driving licence";
# or by the head's trimming: "Board" of "Board certification"
_QUALIFIER_ALONE = regex_cache.compile(r"full|valid|clean|current|board", re.I)
# A country or a state right before a driving licence says where it is valid ("Valid UAE
# driving license", "Saudi driver's licence"): the licence is the skill, the place no term
_LICENCE_AFTER = regex_cache.compile(
    r"[ \t]+(?:driving|driver['’]?s?)[ \t]+(?:licen[cs]es?|permits?)\b", re.I
)
# Time away from work, which a returnship asks of its applicants ("A career break of 2 years
# or more", "Time away from the workforce"): who may apply, not a thing to show
_TIME_AWAY = regex_cache.compile(
    r"(?:career[ -](?:break|gap|pause)|sabbatical|employment[ -]gap)s?|time(?:[ \t]+away)?", re.I
)
# How and where the work or the interview is done, as a label: "Mode: Hybrid", "Interview Mode:
# Virtual", "Mode of Working - Remote" (not Mode, the analytics tool)
_MODE_TERM = regex_cache.compile(
    r"(?:(?:work|working|job|employment|interview|hiring|engagement)\s+)?mode", re.I
)
_MODE_VALUE_AFTER = regex_cache.compile(
    r"(?:[ \t]+of[ \t]+\w+)?[ \t]*[:\-–—][ \t]*(?:hybrid|remote|on-?site|on[ \t]+site|in-office"
    r"|office|work(?:ing)?[ \t]+from|wf[oh]\b|virtual|online|in-person|face[ \t-]to[ \t-]face"
    r"|full|part|contract|permanent|telephonic|video)",
    re.I,
)
# What runs for a fixed time: a contract, a project, a placement ("Contrat", "Projekt",
# "Laufzeit"); the time it runs asks nothing of the candidate
TERM_NOUN = (
    r"(?:contracts?|contrat\w*|cdd|projects?|projets?|proyectos?|progett[oi]|projetos?"
    r"|projekt\w*|vertrag\w*|appointments?|assignments?|engagements?|placements?"
    r"|secondments?|fellowships?|missions?|laufzeit|duration|durée|duración|durata|duração)"
)
# A placement that runs for a time as a contract does: "Stage de 6 mois", "Prácticas de 6 meses"
PLACEMENT_NOUN = (
    r"(?:internships?|traineeships?|apprenticeships?|stages?|alternance|apprentissage"
    r"|pr[aá]cticas|pasant[ií]as?|tirocini[oi]|est[aá]gios?|praktikum)"
)
# The length of one: "Contrat de deux ans", "Contract of 2 years", "Projekt von 3 Jahren",
# "Befristet auf zwei Jahre", "contrato de 18 meses", "Contrat d'1 an"; a term within it asks
# nothing
_TERM_LENGTH = Gated.on_words(
    regex_cache.compile(
        rf"(?:{TERM_NOUN}|{PLACEMENT_NOUN}|befristet\w*)(?:\s+\w+)?\s+"
        r"(?:of|de|d['’]|di|da|van|von|auf|für|por)"
        rf"\s*(?:\d{{1,2}}|{ANY_NUMBER_WORD})\s+(?:years?|ans?|années|años|anni|anos|jahren?|jaar"
        r"|months?|mois|meses|mesi|monate?n?|maanden)\b",
        re.I,
    ),
    # a piece of every noun above: most lines name none, and are not searched
    (
        *("contra", "cdd", "proj", "proyecto", "progett", "vertrag", "appointment", "assignment"),
        *("engagement", "placement", "secondment", "fellowship", "mission", "laufzeit", "dura"),
        *("durée", "internship", "traineeship", "apprenti", "stage", "alternance", "cticas"),
        *("pasant", "tirocini", "gio", "praktikum", "befristet"),
    ),
)
# What may follow a contract's noun that has its length before it: the line's end, a mark or
# a word that says more of the contract ("a 12-month contract, ...", "a 3 year project in
# Python"); not a word it names work with ("3 years project engineering experience")
TERM_NOUN_ENDS = (
    r"(?=\s*(?:$|[^\w\s]|(?:on|in|at|with|for|to|from|of|starting|based|funded|position"
    r"|role|opportunity|basis)\b))"
)
# ... and that length: "6 month contract", "12-month contract, 5+ years of Python required"
_LENGTH_THEN_TERM = Gated.on_words(
    regex_cache.compile(
        rf"\b(?:\d{{1,2}}|{ANY_NUMBER_WORD})[\s-]+(?:years?|months?|weeks?)[\s-]+"
        r"(?:(?:fixed|term|fixed-term|renewable|temporary|limited|initial)[\s-]+){0,2}"
        rf"(?:{TERM_NOUN}|term)(?![\w-]){TERM_NOUN_ENDS}",
        re.I,
    ),
    ("year", "month", "week"),
)
# A time of day: "6:30 PM", "2 PM" (a shift's hours, not a product manager)
_MERIDIEM = regex_cache.compile(r"[AP]\.?M\.?", re.I)
_CLOCK_BEFORE = regex_cache.compile(r"\d(?:[:.]\d\d)?[ \t]*\Z")
_REDACTED = regex_cache.compile(r"<[A-Z_]+>")  # "<NAME>", "<ORGANIZATION>": a name taken out
# A legal form ending a company's name: "Quuxware Inc."
_COMPANY_SUFFIX = regex_cache.compile(r"\s(?:Inc|Corp|Corporation|LLC|Ltd|GmbH|PLC|LLP)\.?$")

_AMOUNT = r"[$€£₹]?\s?\d[\d,.]*\s?[kKmM]?"
# "90-105K", "120k-150k", "$95K"; "12-15 LPA", "$40 per hour"
_PAY = regex_cache.compile(rf"{_AMOUNT}(?:\s?[-–]\s?{_AMOUNT})?")
_PAY_UNIT = regex_cache.compile(r"LPA|CTC|p\.?a", re.I)
# A currency's code beside an amount: "$130,000 - $155,000 CAD a year", "AUD 120k + super"
_CURRENCY_CODES = "USD EUR GBP INR CAD AUD NZD CHF SGD HKD JPY SEK NOK DKK PLN ZAR AED MXN BRL"
_CURRENCY = regex_cache.compile("|".join(_CURRENCY_CODES.split()), re.I)
_CODE_AFTER = regex_cache.compile(rf"[ \t]+(?:{_CURRENCY.pattern})$", re.I)
# A contractor's terms: pay by the hour or day ("90-110/hour", "£650 per day"), an amount in
# a currency's code ("GBP 650"), the rate's own name ("Day rate") and the UK's IR35 status
# ("Outside IR35"): how the work is paid and taxed, not what one knows.
_RATE = regex_cache.compile(
    rf"{_AMOUNT}(?:\s?[-–]\s?{_AMOUNT})?\s?(?:/\s?|per\s+)"
    r"(?:hour|hr|h|day|week|wk|month|mo|year|yr|annum)"
    rf"|(?:{_CURRENCY.pattern})\s?\d[\d,.]*[kK]?(?:\s?[-–]\s?\d[\d,.]*[kK]?)?"
    r"|(?:day|daily|hourly|bill|billing|contract|contractor)\s+rates?"
    r"|(?:(?:inside|outside)\s+)?IR\s?35(?:\s+status)?"
    # a part-time post's pay, in proportion to its hours: "£60,000 - £75,000 pro rata"
    r"|pro[ -]rata",
    re.I,
)
_MONTH = regex_cache.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+\d{4})?"
)

# "New York or London (hybrid, 4 days on-site)", "Berlin, Munich or Hamburg - remote",
# "Atlanta, GA or remote": the names before a way of working that ends its phrase are places
_ARRANGEMENT = regex_cache.compile(
    r"\b(?i:hybrid|remote|on-?site|in[- ]office|in[- ]person)(?=\s*(?:$|[),;.|]))"
)
_PLACES_BEFORE = regex_cache.compile(
    rf"({_NAME_RUN}(?:\s*(?:,|/|\bor\b|\band\b)\s*{_NAME_RUN})*)"
    r"\s*(?:[(,/|]|\s[-–—]|\s(?:or|and))\s*\Z"
)
_PLACES_REACH = 120  # characters read before the way of working


def _places_before_an_arrangement(line: str) -> list[tuple[int, int]]:
    spans = []
    for arrangement in _ARRANGEMENT.finditer(line):
        start = max(0, arrangement.start() - _PLACES_REACH)
        places = _PLACES_BEFORE.search(line[start : arrangement.start()])
        if places:
            spans.append((start + places.start(1), start + places.end(1)))
    return spans


@lru_cache(maxsize=1024)
def _place_spans(line: str) -> tuple[tuple[int, int], ...]:
    """Where places stand on the line: a town with its state, after a cue or before 'area'."""
    spans = [m.span(1) for m in _AFTER_A_CUE.finditer(line)]
    spans += [m.span(1) for m in _BEFORE_AN_AREA.finditer(line)]
    spans += [m.span(1) for m in _BEFORE_A_SITE.finditer(line)]
    spans += _places_before_an_arrangement(line)
    for match in _TOWN_AND_STATE.finditer(line):
        plain = match.group("state") not in _OTHER_CODE_SET
        if plain or match.group("lead") or _the_whole_line(line, match):
            spans.append((match.end("lead") if match.group("lead") else match.start(), match.end()))
    return tuple(spans)


# What may stand around a place that is a line of its own: "- Calgary, AB", "Calgary, AB."
_BULLET_ONLY = regex_cache.compile(r"[ \t]*(?:[-–—*•·▪◦][ \t]*)?\Z")
_STOP_ONLY = regex_cache.compile(r"[ \t]*[.;]?[ \t]*\Z")


# ... but a unit's code after a noun is a quantity asked: "- Storage, MB"
_UNIT_CODES = frozenset({"MB"})


def _the_whole_line(line: str, match: re.Match[str]) -> bool:
    """The town and its code are all the line holds, after a bullet: "- Calgary, AB"."""
    return (
        match.group("state") not in _UNIT_CODES
        and _BULLET_ONLY.match(line[: match.start()]) is not None
        and _STOP_ONLY.match(line, match.end()) is not None
    )


def names_a_place(text: str) -> bool:
    """The text names a town with its state ("Ann Arbor, MI") or a way of working
    ("Remote", "Hybrid")."""
    return bool(_ARRANGEMENT.search(text) or _TOWN_AND_STATE.search(text))


def _in_a_place(line: str, text: str, start: int) -> bool:
    """The term is a state ("Texas") or starts inside a place named on the line."""
    if _STATE.fullmatch(text):
        return True
    return any(s <= start < e for s, e in _place_spans(line))


def _pay(line: str, text: str, start: int) -> bool:
    """'90-105K', '$95K', '90k-110k CHF', the 'LPA' of '12-15 LPA', the 'AUD' of 'AUD 120k':
    an amount of money."""
    # "130k-" of "$130k-$155k": the range's dash cut after it
    amount = _CODE_AFTER.sub("", text).rstrip("-–")
    if any(c.isdigit() for c in amount) and _PAY.fullmatch(amount) and amount[-1] in "kKmM":
        return True
    before = line[:start].rstrip()
    amount_before = bool(before) and (before[-1].isdigit() or before[-1] in "kK")
    if _CURRENCY.fullmatch(text):
        after = line[start + len(text) :].lstrip()
        return amount_before or (bool(after) and (after[0].isdigit() or after[0] in "$€£₹"))
    return _PAY_UNIT.fullmatch(text) is not None and amount_before


def _connective(line: str, text: str, start: int) -> bool:
    """'Moreover', 'Ideally' opening a clause: it joins the clause to the last one."""
    before = line[:start].rstrip(" -*•·")
    opens = not before or before[-1] in ".:;!?,("
    return opens and text.split()[0].strip(",").lower() in CONNECTIVES


# The words before a person's name: "work closely with Ruby", "report to Maria Lopez",
# "contact Tom Baker", "led by Dr. Chen".
PERSON_BEFORE = regex_cache.compile(
    r"\b(?:(?:closely|together|alongside)\s+with|report(?:s|ing)?\s+(?:directly\s+)?to"
    r"|contact|(?:led|managed|supervised|headed)\s+by|(?:dr|mrs?|ms|prof|professor)\.?)\s+\Z",
    re.I,
)
# ... but no person is followed by the people or things a technology has: "work closely with
# Go and Rust engineers", "with R users", "together with Julia services".
_TECH_NOUN_AFTER = regex_cache.compile(
    r"(?:[ \t]*(?:,|/|&|and\b|or\b)[ \t]*(?-i:[A-Z])[\w+#.]*){0,3}[ \t]+(?:developers?|engineers?"
    r"|programmers?|users?|services?|teams?|code(?:base)?|stack|apps?|applications?|libraries"
    r"|microservices|backends?|community|experience|skills)\b",
    re.I,
)


# A surname and then the person's title after a first name: "Ray Chen, our director of
# research", "Julia Park (Head of Data)", "Ray Gomez, the platform lead", "Ray McDonald",
# "Ray O'Brien". A head is one of something: Ray's "head node" is no person's title.
_SURNAME_AND_TITLE = regex_cache.compile(
    r"[ \t]+(?-i:(?:Ma?c|O['’])?[A-Z][a-z'’-]+)[ \t]*(?:,|\()[ \t]*"
    r"(?:(?:our|the|my|his|her|their|a|an)[ \t]+)?(?:[\w&-]+[ \t]+){0,2}"
    r"(?:heads?[ \t]+of|directors?|vp|svp|evp|vice[ \t]+president|chief|managers?"
    r"|leads?|leaders?|cto|ceo|cio|cdo|presidents?|founders?|co-?founders?|professors?"
    r"|teachers?|principal|mentors?|supervisors?|advis[eo]rs?|colleagues?)\b",
    re.I,
)


def names_a_person(text: str, start: int, end: int) -> bool:
    """The name at start:end follows a person's cue ("report to Julia") and is not a
    technology followed by its engineers, users or services; or a surname and a title
    follow it ("Ray Chen, our director of research")."""
    if _SURNAME_AND_TITLE.match(text, end, end + 80):
        return True
    return bool(PERSON_BEFORE.search(text, max(0, start - 40), start)) and not (
        _TECH_NOUN_AFTER.match(text, end)
    )


# A firm's name after a person's (a surname that is also a word): "Orosz & Partners", "Orosz és
# Társai" (Hungarian: and partners), "Orosz Kft.", "Julia & Co"; or a name opening a firm's
# that a capitalised word or two and its legal form close: "Access Bank Plc", "Spark Media Ltd"
_FIRM_AFTER = regex_cache.compile(
    r"[ \t]*(?:&|and|és)[ \t]+(?:Partners?|Co\b|Company|Associates|Sons|Társai|Társa|Fiai)\b"
    r"|(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:Kft|Zrt|Nyrt|Bt|Ltd|LLC|LLP|GmbH|Inc|Plc|PLC|Limited)\b"
)


def names_a_firm(text: str, end: int) -> bool:
    """The name ending at `end` opens a firm's name: "Orosz & Partners"."""
    return _FIRM_AFTER.match(text, end) is not None


# The title of whom the hire reports to or works with: "report to Maria Lopez, Head of AI",
# "work closely with Tom Baker (Director of Data Engineering)", "reporting to our VP of ML",
# "reporting into the VP of ML", "Reporting line: Head of Data Governance", "present to the VP
# of Merchandising", "partner with the Head of Pricing".
# The title is its run of capitalised words; what follows may still ask ("..., and build X").
_COLLEAGUE_TITLE = regex_cache.compile(
    # (a posting's label too: "REPORTS TO: Manager DevOps")
    r"\b(?i:report(?:s|ing)?[ \t]+(?:directly[ \t]+)?(?:in)?to(?:[ \t]*:)?"
    r"|reporting[ \t]+line[ \t]*:"
    r"|(?:closely|together|alongside)[ \t]+with"
    r"|(?:led|managed|supervised|headed)[ \t]+by"
    r"|present(?:s|ing)?(?:[ \t]+[a-z]+){0,2}[ \t]+to"
    r"|(?:partner(?:s|ing)?|collaborat(?:e|es|ing)|liais(?:e|es|ing))[ \t]+(?:closely[ \t]+)?with"
    r")[ \t]+(?P<who>"
    r"(?:(?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’-]+[ \t]*[,(][ \t]*)?"  # a name, then its title
    r"(?:(?:the|our|your|a|an)[ \t]+)?(?:[A-Z][\w&'’-]*[ \t]+){0,2}"
    r"(?:Heads?|Directors?|VP|SVP|EVP|Vice[ \t]+President|Chief|Managers?|Leads?|Leaders?|CTO"
    r"|CEO|CIO|CDO|CAIO|Presidents?|Founders?|Co-?founders?)\b"
    r"(?:[ \t]*(?:of|for|and|&)?[ \t]*[A-Z][\w&/+'’-]*)*)"  # "of Data Engineering", "of AI"
)


# The words a _COLLEAGUE_TITLE match opens with (its case-blind cue), in lower case
_COLLEAGUE_CUES = (
    *("report", "closely", "together", "alongside", "led", "managed", "supervised", "headed"),
    *("present", "partner", "collaborat", "liais"),
)


def colleague_titles(text: str) -> list[tuple[int, int]]:
    """The spans of the titles of those the hire reports to or works with: a skill in
    "Head of AI" there is the colleague's field, not an ask. Tried only where a cue stands in
    the lower-cased text (lowered_alike: where the case-blind cue matches), not at every
    character."""
    lowered = lowered_alike(text)
    found = (
        _COLLEAGUE_TITLE.finditer(text)
        if lowered is None
        else matches_from(_COLLEAGUE_TITLE, text, starts_of(lowered, _COLLEAGUE_CUES))
    )
    return [m.span("who") for m in found]  # not the cue: "Present findings to" asks to present


@lru_cache(maxsize=1024)
def _colleague_spans(line: str) -> tuple[tuple[int, int], ...]:
    return tuple(colleague_titles(line))


# A series of lone capital letters: "A, B, C or D", "A B C", "A / B" (not "C, C++", nor the
# glued names "R&D", "P&L", "A/B").
_LETTER = r"\b[A-Z](?![\w+#&/])"
_LETTER_SERIES = regex_cache.compile(
    rf"{_LETTER}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|/)[ \t]+|[ \t]+){_LETTER})+"
)


def _graded_by_letters(line: str, text: str, start: int) -> bool:
    """The term holds or comes just before a series of letters: "Grades A, B or C", "Marks
    A B": the marks on a scale, not a thing to know; not letters in a cell of their own
    ("Zorblex<tab>A, I": the stages assessing a person specification's row)."""
    after = start + len(text)
    series = _LETTER_SERIES.search(line, start)
    return series is not None and series.start() <= after + 1 and line[after : after + 1] != "\t"


# An attitude, not the CAN bus: "a CAN-do attitude", "CAN do spirit"; and idioms of "go", not
# the language: "the Go-to person" (not "go-to-market"), "Go/No-Go calls", "Go live with ..."
_CAN_DO = regex_cache.compile(
    r"\bcan[ -]do\b|\bgo-to\b(?!-)|\b(?:go/)?no-go\b|^[ \t]*(?:[-*•][ \t]+)?go[ \t]+live\b", re.I
)


# "Reports to", "Reporting directly to": whom the hire answers to follows, no ask
_REPORTS_TO = regex_cache.compile(r"\breport(?:s|ing)?[ \t]+(?:directly[ \t]+)?to\b", re.I)


def _a_person_or_an_attitude(line: str, text: str, start: int) -> bool:
    """The term names a colleague ("report to Maria Lopez") or their title ("Head of
    Nursing"), is the cue "Reports to", or is a can-do attitude or an idiom of "go"."""
    end = start + len(text)
    if names_a_person(line, start, end) or _REPORTS_TO.match(line, start):
        return True
    if any(s <= start < e for s, e in _colleague_spans(line)):
        return True
    return any(at < end and start < until for at, until in spans_of(_CAN_DO, line))


# A statement of values: "Commitment to the values of the United Nations", "Integrity:
# Demonstrates the values of ...", "Shares our core values". No resume shows a hire's values:
# a name there (the organisation's, a value's) is a gap no candidate could close.
_VALUES_STATED = regex_cache.compile(
    r"\b(?:commitment|committed|dedication|dedicated|adherence|loyalty)[ \t]+to[ \t]+"
    r"(?:(?:the|our|its|their)[ \t]+)?(?:core[ \t]+)?values\b"
    r"|\b(?:demonstrat|uphold|shar|embod|liv|model)\w*[ \t]+(?:(?:the|our|its|their)[ \t]+)?"
    r"(?:core[ \t]+)?values\b",
    re.I,
)


# A job ad's figures of speech for an attitude, in any case: "Go the extra mile", "Above and
# beyond", "Hit The Ground Running", "Wear many hats", "Roll up your sleeves", "Think outside
# the box": a term inside one names nothing to know ("Extra Mile", "Sleeves")
_WORKPLACE_IDIOM = regex_cache.compile(
    r"\b(?:go(?:es|ing)?[ \t]+(?:the[ \t]+extra[ \t]+mile|above[ \t]+(?:and|&)[ \t]+beyond)"
    r"|above[ \t]+(?:and|&)[ \t]+beyond|hit(?:s|ting)?[ \t]+the[ \t]+ground[ \t]+running"
    r"|wear(?:s|ing)?[ \t]+many[ \t]+hats"
    r"|roll(?:s|ing)?[ \t]+up[ \t]+(?:your|our|their|one['’]s)[ \t]+sleeves"
    r"|think(?:s|ing)?[ \t]+outside[ \t]+(?:of[ \t]+)?the[ \t]+box)\b",
    re.I,
)


@lru_cache(maxsize=256)  # asked of each term on the line: read once
def _idioms_on(line: str) -> tuple[tuple[int, int], ...]:
    return spans_of(_WORKPLACE_IDIOM, line)


def _in_a_values_statement(line: str, start: int) -> bool:
    """The term stands in a sentence, or a clause of one (split at ";"), stating values."""
    return any(at <= start < until for at, until in _values_clauses(line))


@lru_cache(maxsize=256)
def _values_clauses(line: str) -> tuple[tuple[int, int], ...]:
    """The line's clauses (its sentences, split at ";") that state values."""
    clauses = []
    for sentence_start, sentence_end in sentence_spans(line):
        at = sentence_start
        while at < sentence_end:
            until = line.find(";", at, sentence_end)
            until = sentence_end if until < 0 else until
            if _VALUES_STATED.search(line, at, until):
                clauses.append((at, until))
            at = until + 1
    return tuple(clauses)


# A membership grade before its society: "Associate or Fellow of the CAS", "Chartered Member
# of the CIPD". The society names the credential; the grade alone names nothing to have.
_MEMBER_GRADE = (
    r"(?:(?:Chartered|Certified|Full|Senior|Student|Graduate|Associate|Honorary)[ \t]+)?"
    r"(?:Fellows?|Associates?|Members?|Affiliates?|Companions?|Licentiates?)"
)
_GRADES_OF_A_SOCIETY = regex_cache.compile(
    rf"\b{_MEMBER_GRADE}(?:[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*{_MEMBER_GRADE})*"
    r"(?=[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z])"
)


# The Canadian public service's Second Language Evaluation, in English and French, and the
# level a posting asks in it ("level BBB", "niveau CBC"): how well a language is known
_LANGUAGE_EVALUATION = regex_cache.compile(
    r"\bsecond\s+language\s+evaluation\b|\b[ée]valuation\s+de\s+(?:la\s+)?langue\s+seconde\b"
    r"|\b(?:level|niveau)\s+(?-i:[A-EPX]{3})\b",
    re.I,
)


def _in_a_language_evaluation(line: str, text: str, start: int) -> bool:
    if "valuation" not in line and "evel" not in line and "iveau" not in line:
        return False  # nearly every line: a cheap test first
    end = start + len(text)
    return any(at <= start and end <= until for at, until in spans_of(_LANGUAGE_EVALUATION, line))


def _membership_grade(line: str, text: str, start: int) -> bool:
    """The term is a grade (or grades) of membership of the society named after it."""
    end = start + len(text)
    return any(at <= start and end <= until for at, until in spans_of(_GRADES_OF_A_SOCIETY, line))


# "C1 or above", "B2 level or higher", "GPA of 3.5 or better": the word after "or" says "at
# least" of the grade or number before it, and asks for nothing of its own
_OR_BEFORE = regex_cache.compile(r"\bor[ \t]+\Z", re.I)
# "C1 or above", "C++17 or later", "Python 3.10 or newer": at least what stands before
_OR_AFTER_WORDS = AT_LEAST_WORDS | {"later", "newer"}


def _or_better(line: str, text: str, start: int) -> bool:
    return text.strip().lower() in _OR_AFTER_WORDS and bool(_OR_BEFORE.search(line, 0, start))


# A place's abbreviated word before its name: "St. Marcus Hospital", "Mt. Sinai", "Ft. Worth"
_PLACE_ABBREVIATION = regex_cache.compile(r"(?:St|Mt|Ft)\.[ \t]+[A-Z]")
# What may open a line before a label: a bullet's mark
_LABEL_OPENING = regex_cache.compile(rf"[ \t]*(?:{ITEM_MARK}[ \t]*)?")


def _abbreviated_place(line: str, text: str, start: int) -> bool:
    return bool(_PLACE_ABBREVIATION.match(line, start)) and text in ("St", "Mt", "Ft")


def _a_fields_label(line: str, text: str, start: int) -> bool:
    """A heading's words set as a label at the line's start: "Physical Demands: Sitting for
    prolonged periods", "Schedule: Monday-Friday"."""
    end = start + len(text)
    return (
        line[end : end + 1] == ":"
        and bool(_LABEL_OPENING.fullmatch(line, 0, start))
        and heading_name(text) in POSTING_SECTIONS  # not "Leadership:", "Research:"
    )


def _federal_notice(line: str, start: int) -> bool:
    """The term stands in a federal vacancy's label over a rule, or in a note on what it
    credits (see _FEDERAL_LABEL, _FEDERAL_CREDITING)."""
    opening = _LABEL_OPENING.match(line)
    at = opening.end() if opening else 0
    if (label := _FEDERAL_LABEL.match(line, at)) is not None and start < label.end():
        return True
    crediting = _FEDERAL_CREDITING.match(line, at)
    if crediting is None or not line[crediting.end() :].lstrip().startswith(":"):
        return False
    # a vacancy's note, in its capitals or on what it credits; not another posting's wish
    # ("Volunteer experience: Zorblex Corps service is a plus")
    return crediting.group().isupper() or bool(_CREDITS.search(line, crediting.end()))


def _work_mode_label(line: str, text: str, start: int) -> bool:
    return bool(_MODE_TERM.fullmatch(text)) and bool(
        _MODE_VALUE_AFTER.match(line, start + len(text))
    )


def _time_of_day(line: str, text: str, start: int) -> bool:
    return bool(_MERIDIEM.fullmatch(text)) and bool(
        _CLOCK_BEFORE.search(line, max(0, start - 8), start)
    )


# A degree's class, which the degree asked beside it reports: "Second Class Upper", "First
# Class or Second Class (Upper Division)", "Upper Second"; the papers of a service ("NYSC
# discharge certificate or exemption letter": the service itself, "NYSC", stays asked, as a
# resume shows it); and the car a job needs ("Own transport"): nothing to know or have done
_DEGREE_CLASS = (
    r"(?:(?:first|second|third)[ -]class|(?:upper|lower)[ -](?:second|division))"
    r"(?:[ \t]*\(?[ \t]*(?:upper|lower|honours?|division|degree)\b[ \t]*\)?)*"
)
_SERVICE_PAPERS = regex_cache.compile(
    rf"{_DEGREE_CLASS}"
    r"|(?:nysc[ \t]+)?(?:discharge|exemption)[ \t]+(?:certificates?|letters?)"
    r"|own[ \t]+(?:transport|car|vehicle)",
    re.I,
)
# The catch-all closing a degree's fields: "or a closely related discipline", "a relevant
# subject area"; not a trait ("Discipline and dedication")
_RELATED_FIELD = regex_cache.compile(
    r"(?:closely\s+)?(?:related|relevant|similar|allied|cognate)\s+"
    r"(?:disciplines?|subjects?(?:\s+areas?)?|areas?|fields?)",
    re.I,
)
# A clearance's polygraph, part of the eligibility the clearance states ("TS/SCI w/ Poly",
# "Full Scope Polygraph", "CI Poly"); the clearance itself stays a skill (taxonomy)
_ELIGIBILITY_PAPERS = regex_cache.compile(
    r"(?:(?:full[ -]scope|fs|ci|counter[ -]?intelligence|lifestyle)\s+)?poly(?:graph)?", re.I
)
# A perk the team shares: "Quarterly team building offsites", "Fun team-building activities"
_TEAM_PERK = regex_cache.compile(
    r"(?:[\w-]+\s+)?team[ -]building\s+(?:events?|activit(?:y|ies)|offsites?|retreats?"
    r"|trips?|days?|outings?|lunch(?:es)?|dinners?|part(?:y|ies)|budgets?|socials?)"
    r"(?:\s+[\w-]+){0,2}",
    re.I,
)
# What the employer offers, or how the work is done, not a thing to know: "Remote-first",
# "Hybrid-friendly", "Relocation support" (the bare "Relocation" may be work done)
_OFFERED = regex_cache.compile(
    r"(?:fully[ -])?(?:remote|hybrid|office|async|distributed)[ -](?:first|friendly|only"
    r"|optional)|relocation[ \t]+(?:support|assistance|packages?|allowance|bonus|budget|help)",
    re.I,
)
# A visa or a student's work status, who may be hired, not a skill: "H-1B", "OPT/CPT", "TN",
# the EU's "Blue Card".
# The codes that name nothing else stand alone; the others ("TN", "L1", "E3", "F1") only on a
# line that speaks of visas.
_VISA_TERM = regex_cache.compile(rf"{VISA_CODE}(?:[ \t]*[/,&][ \t]*{VISA_CODE})*", re.I)
_ONLY_A_VISA = regex_cache.compile(r"h-?1-?b|h-4|(?-i:OPT|CPT|EAD)", re.I)
_BLUE_CARD = regex_cache.compile(r"(?:EU[ \t-])?Blue[ \t-]Card")
_EU = regex_cache.compile(r"\bEU\b|\bEuropean\b")
_VISA_WORDS = regex_cache.compile(
    r"\b(?:visas?|sponsor\w*|transfers?|holders?|status|authori[sz]ation|permits?)\b", re.I
)


def _a_visa(line: str, text: str) -> bool:
    if _BLUE_CARD.fullmatch(text):
        return _EU.search(line) is not None or _VISA_WORDS.search(line) is not None
    if _VISA_TERM.fullmatch(text) is None:
        return False
    return _ONLY_A_VISA.search(text) is not None or _VISA_WORDS.search(line) is not None


# The research department, a colleague the posting names: "Work closely with R&D teams",
# "our R&D group" (no keyword a resume shows; "R&D experience" is asked)
_RESEARCH_DEPARTMENT = regex_cache.compile(r"r[ \t]?&[ \t]?d", re.I)
_DEPARTMENT_AFTER = regex_cache.compile(
    r"[ \t]+(?:teams?|departments?|groups?|organi[sz]ations?|functions?|centers?|centres?"
    r"|labs?|units?|divisions?|colleagues|partners|staff)\b",
    re.I,
)


def _research_department(line: str, text: str, start: int) -> bool:
    """The term is the R&D department, named as a colleague ("with R&D teams")."""
    if _RESEARCH_DEPARTMENT.fullmatch(text) is None:
        return False
    return _DEPARTMENT_AFTER.match(line, start + len(text)) is not None


# A project's stage, not know-how: "Drive Go-live of new models", "support cutover"
_PROJECT_STAGE = regex_cache.compile(r"go[ -]lives?|cut[ -]?overs?|hyper[ -]?care", re.I)
# Who a faculty posting takes, not what they know: "ABD candidates will be considered" (a
# doctorate all but its dissertation, which requirements.py reads as a degree about to be
# held); and what an application holds besides the CV: "a research statement"
_UNFINISHED_DOCTORATE = regex_cache.compile(
    r"ABDs?(?:\s+(?i:candidates?|applicants?))?|(?i:all[\s-]+but[\s-]+(?:the\s+)?dissertation)"
)
# A bound on a count, cut off from it: "No more than" of "No more than 3 years of ...", "No
# less than" of "No less than 3 years"
_BOUND_ALONE = regex_cache.compile(
    r"(?:(?:no|not)\s+)?(?:more|less|fewer)\s+than|at\s+most|maximum(?:\s+of)?"
    r"|(?:minimum|maximum)\s+(?:de|d['’])",  # French: "Minimum de 5 ans d'expérience"
    re.I,
)
_APPLICATION_PAPERS = regex_cache.compile(
    r"(?:research|teaching|diversity|DEI)\s+statements?|statements?\s+of\s+(?:research"
    r"|teaching)\s+(?:interests|philosophy|plans?)|teaching\s+philosophy\s+statements?",
    re.I,
)
# The UK's school-leaving grades counted for university entry, which a graduate scheme sets
# as a bar ("Minimum 120 UCAS points"): a grade, as a degree's class is, no thing to show
_SCHOOL_POINTS = regex_cache.compile(r"UCAS(?:[ \t]+tariff)?(?:[ \t]+points?)?", re.I)
# Terms that ask nothing whatever their line, as written without brackets
_BARE_TERMS = (
    *(_JOB_TERMS, _FEDERAL_PAPERWORK, _RATE, _TIME_AWAY, _JOINING, _STUDENT_STANDING),
    _SHIFTS_AND_PAPERS,
    *(_NEWCOMERS_TERM, _RELATED_FIELD, _PUBLIC_SERVICE_PAPERWORK, _SERVICE_PAPERS, _TEAM_PERK),
    *(_ELIGIBILITY_PAPERS, _PROJECT_STAGE, _UNFINISHED_DOCTORATE, _APPLICATION_PAPERS),
    *(_BOUND_ALONE, _SCHOOL_POINTS, _OFFERED),
)


# The UK's criminal-record check, eligibility like a clearance: "Enhanced DBS check", "a DBS
# check", "PVG disclosure"; not the bank "DBS" ("experience at DBS")
_CHECK_NOUN = r"\s+(?:check|disclosure|clearance|certificate|(?:scheme\s+)?membership)\b"
_RECORD_CHECK = regex_cache.compile(
    rf"(?:(enhanced|standard|basic)\s+)?(?-i:DBS|CRB|PVG)({_CHECK_NOUN})?", re.I
)
_CHECK_AFTER = regex_cache.compile(_CHECK_NOUN, re.I)


def _a_record_check(line: str, text: str, start: int) -> bool:
    check = _RECORD_CHECK.fullmatch(text)
    return check is not None and bool(
        check.group(1) or check.group(2) or _CHECK_AFTER.match(line, start + len(text))
    )


def _a_bare_term(bare: str) -> bool:
    return any(pattern.fullmatch(bare) for pattern in _BARE_TERMS)


# A line that only points to more reading, as a link's words: "Information on language
# requirements", "More information about the security clearance"
_POINTER_LINE = regex_cache.compile(
    rf"[ \t]*(?:{ITEM_MARK}[ \t]*)?(?:more[ \t]+|further[ \t]+)?information[ \t]+"
    r"(?:on|about|regarding)[ \t]+[^.:;!?]{1,80}",
    re.I,
)


def _a_terms_length(line: str, start: int) -> bool:
    """The term is within a contract's or project's length: "Contract of 2 years", "6 month
    contract"."""
    spans = (*spans_of(_TERM_LENGTH, line), *spans_of(_LENGTH_THEN_TERM, line))
    return any(at <= start < until for at, until in spans)


# People a posting invites to apply, whom it asks nothing of: "Veterans are encouraged to
# apply", "Transitioning service members and military spouses are invited to apply"
_INVITED_AFTER = regex_cache.compile(
    r"[^.;:\n]{0,60}?\b(?:are|is)\s+(?:(?:strongly|also|especially)\s+)*"
    r"(?:encouraged|invited|welcome)\s+to\s+apply\b",
    re.I,
)
# ... unless the clause names what they hold: "Candidates holding a CISSP are encouraged ..."
_HOLDING = regex_cache.compile(r"\b(?:with|who|having|holding|holders?|possessing)\b", re.I)
_CLAUSE_MARKS = ".;:"


# People a posting welcomes, named by who they are: "Veterans welcome", "Career changers
# welcome", "Military spouses are welcome", "Military veterans encouraged to apply"; not a
# tool it accepts ("Zorblex welcome")
_WELCOME_WORDS = frozenset({"welcome", "welcomed", "encouraged"})
_WELCOMED_AFTER = regex_cache.compile(
    r"[ \t]+(?:(?:are|is)[ \t]+)?(?:(?:also|especially|always|very)[ \t]+)?"
    r"(?:welcome|welcomed|encouraged)\b",
    re.I,
)
_WELCOMED_PEOPLE = frozenset(
    "veterans spouses changers graduates grads students parents returners juniors beginners"
    " newcomers freshers candidates applicants people women minorities retirees learners"
    " career-changers self-starters".split()
)


# A recruiter's direct (or private) message, how to apply: "DM me", "DMs open", "Send me a
# DM", "PM me", "DM me if interested"
_DIRECT_MESSAGE = regex_cache.compile(
    r"[DP]Ms?(?P<whom>\s+(?:me|us)(?:\s+(?:if|for|when|with)\b[^\n]*)?)?", re.I
)
_DM_AFTER = regex_cache.compile(r"[ \t]+(?:me|us|open)\b", re.I)
_DM_BEFORE = regex_cache.compile(r"\b(?:send|drop)[ \t]+(?:me|us)[ \t]+an?[ \t]+\Z", re.I)


def _a_direct_message(line: str, text: str, start: int) -> bool:
    """The term is a direct message the post asks for (_DIRECT_MESSAGE)."""
    message = _DIRECT_MESSAGE.fullmatch(text)
    if message is None:
        return False
    if message.group("whom"):
        return True  # the head of "PM me with questions"
    before = line[max(0, start - 20) : start]
    return bool(_DM_AFTER.match(line, start + len(text)) or _DM_BEFORE.search(before))


def _people_welcomed(line: str, text: str, start: int) -> bool:
    """The term names people the posting welcomes (_WELCOMED_PEOPLE, or an occupation),
    with its word of welcome inside the term or right after it."""
    words = text.lower().split()
    if words and words[-1] in _WELCOME_WORDS:
        words.pop()
    elif not _WELCOMED_AFTER.match(line, start + len(text)):
        return False
    return bool(words) and (words[-1] in _WELCOMED_PEOPLE or words[-1] in OCCUPATIONS)


def _invited_to_apply(line: str, text: str, start: int) -> bool:
    """The term names people the line invites to apply, and nothing they must hold."""
    invited = _INVITED_AFTER.match(line, start + len(text))
    if invited is None:
        return False
    clause_start = max(line.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    return not _HOLDING.search(line, clause_start, invited.end())


# What the employer itself hosts, runs or takes part in, named right after it says so: "we host
# DoD SkillBridge interns", "We participate in the DoD SkillBridge program", "we are a proud
# Zorblex partner"; not what it asks ("Completion of the DoD SkillBridge program")
_THE_EMPLOYERS_OWN = regex_cache.compile(
    r"\bwe[ \t]+(?:\w+ly[ \t]+)?(?:(?P<joins>participate[ \t]+in|take[ \t]+part[ \t]+in)"
    r"|host|sponsor|run|offer|are[ \t]+(?:an?[ \t]+)?(?:(?:proud|approved|official|authori[sz]ed)"
    r"[ \t]+)?)[ \t]*(?:(?:the|an?)[ \t]+)?\Z",
    re.I,
)
_OWN_REACH = 60  # characters before a term where the employer's words may stand
# What a program hosted, run or joined holds, or a partnership, right after its name ("DoD
# SkillBridge interns", "a proud Zorblex partner"): with other verbs than "participate in",
# the name is otherwise the employer's stack ("we run Zorblex in production"), still asked
_A_PROGRAM_AFTER = regex_cache.compile(
    r"[ \t]*(?:[\w-]+[ \t]+)?(?:interns?|internships?|fellows?|fellowships?|apprentices?"
    r"|apprenticeships?|programs?|programmes?|participants?|cohorts?|students?|scholars?"
    r"|scholarships?|partners?|partnerships?|members?|sponsors?)\b",
    re.I,
)


# The employer named as the one hiring: "Northwind Freight is looking for a data engineer",
# "Acme is hiring", "Zorblex seeks a ..."; the name opens its sentence
_IS_HIRING_AFTER = regex_cache.compile(
    r"[ \t]+(?:(?:is|are)[ \t]+(?:now[ \t]+|currently[ \t]+|actively[ \t]+)?"
    r"(?:looking[ \t]+for|hiring|seeking|recruiting|searching[ \t]+for)|seeks|hires)\b"
)
_SENTENCE_OPENS = regex_cache.compile(r"(?:^|[.!?:;][ \t]+)[ \t\-*•]*\Z")


def _the_employer_hiring(line: str, text: str, start: int) -> bool:
    """The term names the employer, opening a sentence that says it hires."""
    return bool(_IS_HIRING_AFTER.match(line, start + len(text))) and bool(
        _SENTENCE_OPENS.search(line, max(0, start - 4), start)
    )


# ... or introducing itself by name, then what it is: "We're Fernleaf, a twelve-person
# startup", "We are Zorblex, the ..."
_WE_ARE_BEFORE = regex_cache.compile(r"\bwe(?:['’]re|[ \t]+are)[ \t]+\Z", re.I)
_WHAT_IT_IS_AFTER = regex_cache.compile(r"[ \t]*(?:,|[-–—])[ \t]*(?:an?|the|one)\b", re.I)


_WISH_WORDS = regex_cache.compile(r"(?:even|all[ \t]+the)[ \t]+better", re.I)


def _the_employer_introduced(line: str, text: str, start: int) -> bool:
    """The term names the employer introducing itself: "We're Fernleaf, a ... startup"."""
    return bool(_WE_ARE_BEFORE.search(line, max(0, start - 10), start)) and bool(
        _WHAT_IT_IS_AFTER.match(line, start + len(text))
    )


def _in_the_title_sought(line: str, start: int) -> bool:
    """The term stands in the title a hiring sentence names: "We're hiring a Data Engineer"."""
    span = sought_title_span(line)
    return span is not None and span[0] <= start < span[1]


def _the_employers_own(line: str, text: str, start: int) -> bool:
    """The term names a program the employer hosts, runs or takes part in, or its partnership
    (_THE_EMPLOYERS_OWN, _A_PROGRAM_AFTER)."""
    own = _THE_EMPLOYERS_OWN.search(line[max(0, start - _OWN_REACH) : start])
    if own is None:
        return False
    return bool(own.group("joins")) or bool(_A_PROGRAM_AFTER.match(line, start + len(text)))


# A count of years in Chinese, Japanese or Korean ("工作经验3年以上", "경력 3년 이상"): the
# years asked of the candidate (requirements.YEARS), no thing to know
_CJK_YEARS_ASKED = regex_cache.compile(r"\d{1,2}(?:\s*[-–~〜～]\s*\d{1,2})?\s*[年년]")


# Words that point back at what came before: "..., that's a bonus" leaves "that's"
_POINTING_WORDS = frozenset({"that's", "that is", "it's", "this is", "which is"})
# A test's score in Chinese, Japanese or Korean ("TOEIC 800点以上", "850점 이상"): the grade
# of the language the test is named for (language_grades), no thing to know
_CJK_SCORE = regex_cache.compile(r"\d{2,4}[ \t]*[点分점](?:[ \t]*(?:以上|이상))?")


def _holds_cjk_years(line: str, text: str, start: int) -> bool:
    """The term holds a digit of a count of years in Chinese, Japanese or Korean."""
    if "年" not in line and "년" not in line:
        return False
    end = start + len(text)
    return any(at < end and start < until for at, until in spans_of(_CJK_YEARS_ASKED, line))


# The word that closes a law's name ("the Data Protection Act 2018", "Equality Act"), left
# over when the words before it name a skill: the law is that skill's, the "Act" asks nothing
_ACT = regex_cache.compile(r"Acts?(?:[ \t]+(?:19|20)\d\d)?")
_NAME_WORD_BEFORE = regex_cache.compile(r"[A-Z][\w-]*[ \t]+\Z")


def _closes_a_laws_name(line: str, text: str, start: int) -> bool:
    return bool(_ACT.fullmatch(text.strip())) and bool(
        _NAME_WORD_BEFORE.search(line, max(0, start - 30), start)
    )


# A man's conscription status, which postings in Korea, Taiwan and Greece ask as eligibility
# (Iran's: mideast.py), no skill: "병역필 또는 면제자", "役畢或免役", "Εκπληρωμένες στρατιωτικές
# υποχρεώσεις" (military obligations fulfilled)
_CONSCRIPTION = regex_cache.compile(r"병역|군필|役畢|免役|兵役|στρατιωτικ\w*\s+υποχρε", re.I)


def _conscription_status(text: str) -> bool:
    return not text.isascii() and _CONSCRIPTION.search(text) is not None


# Airlines named before the flights they run: "SAS, Finnair or Norwegian flights"
_FLIGHTS_AFTER = regex_cache.compile(
    r"(?:[ \t]*(?:,|/|&|\bor\b|\band\b)[ \t]*(?-i:[A-Z][\w-]*)){0,3}[ \t]+"
    r"(?:flights?|airlines|airways)\b",  # not "Sabre or Amadeus airline reservation systems"
    re.I,
)


def _an_airline(line: str, text: str, start: int) -> bool:
    """The term names an airline: flights or airlines follow it, with other names between."""
    return _FLIGHTS_AFTER.match(line, start + len(text)) is not None


# Credentials before the carers holding them: "MD and PA clinicians", "RN, NP and PA
# providers": whom the hire works with, not what the hire must know.
_CARER_CREDENTIALS = regex_cache.compile(r"[A-Z]{2,4}")
_CARERS_AFTER = regex_cache.compile(
    r"(?:[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*[A-Z]{2,4})*[ \t]+(?:clinicians|physicians"
    r"|doctors|nurses|providers|practitioners|surgeons|pharmacists|therapists|dentists"
    r"|midwives|residents|caregivers)\b"
)


def _credentials_of_carers(line: str, text: str, start: int) -> bool:
    """The term is a credential of the carers named right after it (_CARERS_AFTER)."""
    return bool(_CARER_CREDENTIALS.fullmatch(text)) and bool(
        _CARERS_AFTER.match(line, start + len(text))
    )


# A release stage, not Google Analytics: "shipping features to GA", "from beta to GA", "the
# GA release", "GA launch"
_TO_A_STAGE = regex_cache.compile(
    r"(?:\b(?:ship|release|launch|take|bring|move|promote|graduate|beta|preview|alpha)\w*\b"
    r"[^.;,]{0,30}?[ \t](?:to|into|through)"
    r"|\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|until|before))[ \t]+\Z",
    re.I,
)
_STAGE_NOUN_AFTER = regex_cache.compile(
    r"[ \t]+(?:release|releases|launch|launches|milestone|readiness|date|rollout)\b", re.I
)


# A public service's grade read without its number, which follows it: "an APS 4-6 role"
_GRADE_NAMES = frozenset({"APS", "EL", "SES", "AST", "HEO", "SEO"})
_GRADES_NUMBER = regex_cache.compile(r"[ \t]*(?:[Ll]evel[ \t]*)?[1-9](?!\d)")


def _a_grade_before_its_number(line: str, text: str, start: int) -> bool:
    """The term is a grade's name (_GRADE_NAMES) with the grade's number after it."""
    return text in _GRADE_NAMES and bool(_GRADES_NUMBER.match(line, start + len(text)))


# The stage spelled out on the line, as a posting defines its acronym: "general availability
# (GA)", "GA (general availability)"
_STAGE_SPELLED = regex_cache.compile(r"\bgeneral[ \t-]+availability\b", re.I)


def _general_availability(line: str, text: str, start: int) -> bool:
    """The term is "GA", the stage of a release (_TO_A_STAGE before it, a stage's noun after
    it, or the stage spelled out on its line)."""
    if text != "GA":
        return False
    before = line[max(0, start - 50) : start]
    return bool(
        _TO_A_STAGE.search(before)
        or _STAGE_NOUN_AFTER.match(line, start + 2)
        or _STAGE_SPELLED.search(line)
    )


def junk_term(line: str, text: str, start: int) -> bool:
    """The term at `start` on the line asks for nothing to know or have done."""
    end = start + len(text)
    return (
        _connective(line, text, start)
        or _closes_a_laws_name(line, text, start)
        or _pay(line, text, start)
        or bool(_MONTH.fullmatch(text))
        or _a_bare_term(text.strip(" ()"))
        or _a_record_check(line, text, start)
        or bool(_QUALIFIER_ALONE.fullmatch(text.strip()))
        or bool(_LICENCE_AFTER.match(line, end))
        or bool(_COMPANY_SUFFIX.search(text))
        or any(at <= start < until for at, until in spans_of(_COMPANY_LIST, line))
        or any(at < end and start < until for at, until in spans_of(_REDACTED, line))
        or _in_a_place(line, text, start)
        or _a_person_or_an_attitude(line, text, start)
        or _in_a_values_statement(line, start)
        or any(at <= start < until for at, until in _idioms_on(line))
        or _graded_by_letters(line, text, start)
        or _membership_grade(line, text, start)
        or _in_a_language_evaluation(line, text, start)
        or _or_better(line, text, start)
        or _abbreviated_place(line, text, start)
        or _a_fields_label(line, text, start)
        or a_post_detail(line, text, start)
        or _time_of_day(line, text, start)
        or _work_mode_label(line, text, start)
        or _a_terms_length(line, start)
        or _holds_cjk_years(line, text, start)
        or bool(_CJK_SCORE.fullmatch(text.strip()))
        or text.strip().lower().replace("’", "'") in _POINTING_WORDS
        or _conscription_status(text)
        or _a_visa(line, text)
        or _an_airline(line, text, start)
        or _credentials_of_carers(line, text, start)
        or _general_availability(line, text, start)
        or _a_grade_before_its_number(line, text, start)
        or _research_department(line, text, start)
        or _federal_notice(line, start)
        or _invited_to_apply(line, text, start)
        or _people_welcomed(line, text, start)
        or _a_direct_message(line, text, start)
        or _the_employers_own(line, text, start)
        or _the_employer_hiring(line, text, start)
        or _the_employer_introduced(line, text, start)
        or bool(_WISH_WORDS.fullmatch(text))  # "..., even better": how much it is wished
        or _in_the_title_sought(line, start)
        or bool(_POINTER_LINE.fullmatch(line.rstrip()))
        or in_a_venues_name(line, start, end)  # "Journal of Climate": where papers appear
        or in_a_list_of_venues(line, start)  # "Publications in NeurIPS or ICML"
    )


# A CEFR grade ("C1", "B2+"), and what may stand between it and the language it grades:
# "English (C1)", "Spanish: B2", "German at B2 level", "French - level B1", "English: at
# least B2", "German at minimum C1", "Angličtina minimálně B2" (language_grades.BOUND_WORDS)
_GRADE = regex_cache.compile(rf"{CEFR_CODE}(?:[ \t]*[/–-][ \t]*{CEFR_CODE})?")  # "B2/C1" too
# longest first, and in one order on every run (see regex_cache)
_ROMANCE_GRADES = "|".join(
    re.escape(word) for word in sorted(ROMANCE_GRADE_WORDS, key=lambda word: (-len(word), word))
)
_BEFORE_A_GRADE = regex_cache.compile(
    # German: "Deutschkenntnisse (mindestens B2)", the knowledge glued to the language's name,
    # and the words after it: "angol nyelvtudás – B2", "Inglise keel – C1", "Anglų kalba – C1"
    rf"(?:{KNOWLEDGE_GLUED})?"
    # French, Spanish, Italian, Portuguese: the grade in words first, "Inglés avanzado (C1)"
    rf"(?:[ \t]+(?:{_ROMANCE_GRADES}))?"
    r"[ \t]*[(:,–—-]?[ \t]*"
    rf"(?:(?:{BOUND_WORDS}|at|least|level|niveau|nivel|livello|nível)[ \t]+)*\Z",
    re.I,
)
_LEVEL_AFTER = regex_cache.compile(r"[ \t]*\+?[ \t]*level\b", re.I)
_IN_THE_NAME = regex_cache.compile(r"[ \t]+in[ \t]+")  # "C1 in English"
_BOUND_OPENING = regex_cache.compile(rf"(?:{BOUND_WORDS})[ \t]*(?={CEFR_CODE}$)", re.I)
# "level B2", and the word in other languages: "niveau C1", "nivå C1", "na poziomie C1", Czech
# and Slovak "na úrovni B2", Russian and Ukrainian "на уровне B2", "на рівні B2"
_LEVEL_BEFORE = regex_cache.compile(
    r"\b(?:level|niveau|nivel|livello|nível|nivå|poziom(?:ie|u)?|úrovn[ie]|уровн[еья]|уровень"
    r"|рівн[іяе]|рівень)[ \t]*\Z",
    re.I,
)


# How well a language is spoken, before "level" and the language: "Business level English"
_SPOKEN_GRADES = frozenset({"business", "working", "native", "conversational", "professional"})
_LEVEL_THEN = regex_cache.compile(r"[ \t]*-?[ \t]*level[ \t]+", re.I)


def language_level(line: str, text: str, start: int, known: list[tuple[int, int]]) -> bool:
    """The term is a grade of the known skill just before it ("English (C1)") or right after
    it ("C1 German"), or beside the word "level" ("C1 level"), or a spoken grade before "level"
    and the known skill ("Business level English"): how well, not what. A word of least
    opening the term is read with the code ("English, minimum B2", "Minimum C1 in English")."""
    if bound := _BOUND_OPENING.match(text):
        start, text = start + bound.end(), text[bound.end() :]
    end = start + len(text)
    if text.lower() in _SPOKEN_GRADES and (level := _LEVEL_THEN.match(line, end)):
        return any(s == level.end() for s, _ in known)
    if text.lower() in GERMAN_GRADE_WORDS or turkish_grade_words(text):
        # "Verhandlungssicheres Englisch", "AKICI İngilizce"
        return any(s > end and not line[end:s].strip() for s, _ in known)
    if any(
        (level := jlpt_level_at(line, span) or score_at(line, span)) and level.end() == end
        for span in known
    ):
        return True  # "JLPT N2", "IELTS 7.0": the test's level or score
    if not _GRADE.fullmatch(text):
        return False
    if _LEVEL_AFTER.match(line, end) or _LEVEL_BEFORE.search(line, 0, start):
        return True
    if any(s > end and not line[end:s].strip() for s, _ in known):
        return True  # "C1 German": the grade written before the name
    if any(s > end and _IN_THE_NAME.fullmatch(line, end, s) for s, _ in known):
        return True  # "Minimum C1 in English"
    return any(_BEFORE_A_GRADE.fullmatch(line, e, start) for _, e in known if e <= start)


# Row labels that name a person or a time, no kind of tool: the row's value is who or when
# ("- Recruiter: Julia", "- Hiring Manager: Julia", "- Season: Spring", "- Start date: ...")
PERSON_OR_TIME_LABELS = frozenset(
    "recruiter contact manager mentor supervisor interviewer owner name season start date"
    " deadline when location".split()
)
# A row's label of one to three words, opening the line after any list mark
_LABELLED_ROW = regex_cache.compile(
    rf"[ \t]*(?:{ITEM_MARK}[ \t]*)?(?:[A-Za-z]+[ \t]+){{0,2}}(?P<last>[A-Za-z]+)[ \t]*:"
)


# Where a row's value ends: its first clause ("- Location: Munich, fluent in German")
_VALUE_END = regex_cache.compile(r"[,;(]|[ \t][-–—][ \t]")


def person_or_time_value(line: str) -> tuple[int, int] | None:
    """Where the value of a row labelled with a person or a time stands, up to the end of
    its first clause ("Julia" in "- Manager: Julia; Go a plus"), or None when the line is no
    such row."""
    row = _LABELLED_ROW.match(line)
    if row is None or row["last"].lower() not in PERSON_OR_TIME_LABELS:
        return None
    value_end = _VALUE_END.search(line, row.end())
    return row.end(), value_end.start() if value_end else len(line)


def who_or_when(line: str, start: int) -> bool:
    """The term at `start` is the label or the value of a row of who or when ("- Manager:
    Julia", "- Season: Spring"), not a clause after the value."""
    value = person_or_time_value(line)
    return value is not None and 0 <= start < value[1]


# A row's label: opening the line (after a bullet or a table's bar), before a colon or a bar
_ROW_OPENING = regex_cache.compile(rf"[ \t]*(?:{ITEM_MARK}[ \t]*|\|[ \t]*)?")
_ROW_LABEL_END = regex_cache.compile(r"[ \t]*[:|][ \t]*")


# A job board's rows of facts about the post, each a label and a value that ask nothing one
# could know: Rozee's and BDJobs' "Total Positions: 2 Posts", "Vacancy: 02", "Job Shift:
# First Shift (Day)", "Gender: No Preference", "Career Level: Experienced Professional",
# "Apply Before: Dec 15, 2026", "Job Location: Lahore, Pakistan", "Age Limit: 30 years"
_POST_DETAIL_ROW = regex_cache.compile(
    rf"[ \t]*(?:{ITEM_MARK}[ \t]*)?(?:(?:total[ \t]+|no\.?[ \t]+of[ \t]+|number[ \t]+of[ \t]+)?"
    r"(?:positions|posts|vacanc(?:y|ies)|openings)|(?:job[ \t]+)?shift|gender|career[ \t]+level"
    r"|apply[ \t]+(?:before|by)|last[ \t]+date(?:[ \t]+(?:to|of)[ \t]+apply)?|job[ \t]+location"
    r"|age(?:[ \t]+limit)?|marital[ \t]+status|religion)[ \t]*:",
    re.I,
)
# An age asked, no know-how ("Age 25 to 35 years", "Maximum age 30 years"): the term "Age"
_AGE_TERM = regex_cache.compile(
    r"(?:(?:Max(?:imum)?|Min(?:imum)?|Upper)[ \t]+)?(?:Age|age)(?:[ \t]+(?:[Ll]imit|[Bb]ar))?"
)
_AGE_NUMBER_AFTER = regex_cache.compile(
    r"[ \t]*[:\-–]?[ \t]*(?:(?:below|under|up[ \t]+to|between|maximum|max|minimum|min"
    r"|not[ \t]+more[ \t]+than|within)[ \t]+)?\d{2}\b",
    re.I,
)
# BDJobs' list of the industries ("business areas") one's experience should be in: "...
# experience in the following business area(s): IT Enabled Service, Software Company"
_BUSINESS_AREAS = regex_cache.compile(r"\bbusiness[ \t]+areas?(?:\(s\))?[ \t]*:", re.I)


def a_post_detail(line: str, text: str, start: int) -> bool:
    """The term stands in a board's row of facts about the post, is an age asked, a
    college's tier or a PAN card, or names one of BDJobs' business areas."""
    if _POST_DETAIL_ROW.match(line):
        return True
    if _TIER_OR_PAN.fullmatch(text) and _BEFORE_A_COLLEGE.match(line, start + len(text)):
        return True  # "Tier-1 colleges", "PAN card"
    if _AGE_TERM.fullmatch(text) and _AGE_NUMBER_AFTER.match(line, start + len(text)):
        return True
    areas = _BUSINESS_AREAS.search(line) if "rea" in line else None
    return areas is not None and start + len(text) > areas.start()  # the label's words too


def a_row_label(line: str, text: str, start: int, known: list[tuple[int, int]]) -> bool:
    """The term labels a row that lists known skills right after it: "- Compute: Spark",
    "| Storage | Postgres |" name the kind of what they list, which is what is asked."""
    label_end = _ROW_LABEL_END.match(line, start + len(text))
    return (
        label_end is not None
        and bool(_ROW_OPENING.fullmatch(line, 0, start))
        and any(s == label_end.end() for s, _ in known)
    )


def without_a_place(line: str, text: str, start: int) -> str:
    """A role without the place after it: "Cloud Engineer - Foster Quux - CA" -> "Cloud
    Engineer"."""
    end = start + len(text)
    cuts = [s for s, _ in _place_spans(line) if start < s < end]
    return text[: min(cuts) - start].rstrip(" -–—,/(") or text if cuts else text
