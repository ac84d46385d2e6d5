"""A posting's title line: where it stands past a careers site's navigation ("Skip to main
content", "Sign in"), its words without decoration ("MLOps Engineer 🚀"), the level a
numbered rung of a job ladder names ("Data Scientist II"), and a resume's title without the
place set after it ("Machine Learning Intern   Austin, TX")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .. import regex_cache
from ..documents.sections import PICTOGRAPH, heading_name
from ..models import LevelId
from .lines import LineIndex
from .wording import is_occupation

_TITLE_LINES = 4  # the title stands in the first lines, navigation aside
# A careers site's page around the posting, pasted with it: links of its menu and header,
# alone on a line or as a trail ("Careers > Jobs > Search").
_NAVIGATION = regex_cache.compile(
    r"(?:skip (?:to (?:the )?(?:main )?(?:content|navigation|search|results)|navigation)"
    r"|(?:main )?menu|home|careers?(?: home| site)?|jobs?|all jobs|(?:view|see|search|find)"
    r"(?: all)? jobs|job search|back(?: to (?:all )?(?:jobs|search(?: results)?|job search))?"
    r"|sign (?:in|up)|log ?in|log ?out|register|apply(?: now)?|save(?: job)?|share(?: job)?"
    r"|(?:accept|reject)(?: all)? cookies|cookie settings|close|search|open menu)",
    re.I,
)
# A header's label, not a title: "Job title" over the title, "Position: Full-time"
_HEADER_LABEL = regex_cache.compile(
    r"(?:job )?title\b|(?:(?:job|position)[ \t]+)?(?:position|role|level)[ \t]*:", re.I
)
_TRAIL = regex_cache.compile(r"\s*[|>›»/·•]\s*")
_DECORATION = regex_cache.compile(rf"{PICTOGRAPH}+")
# The ranks a title names, as resumes and postings share them, without their look-alikes: a
# military rank ("Staff Sergeant", "Senior Airman"), a staff post ("Staff Nurse"), care for the
# old ("Senior Living Caregiver"), sales leads ("Lead Generation Specialist"), an academic rank
# ("Associate Professor") and LinkedIn's "Mid-Senior level", which is mid (see MID_RANK).
SENIOR_RANK = (
    # Portuguese "Sênior"; not Latin America's "Semi Senior", a mid level
    r"(?<!mid-)(?<!mid )(?<!semi-)(?<!semi )s[eê]nior"
    r"(?!\s+(?:airman|living|care|citizens?|homes?|centers?))"
    r"|sr\.?|snr\.?|lead(?![- ]gen(?:eration)?\b)|principal"
    # "Staff" is the rung above senior for engineers and scientists ("Staff ML Engineer");
    # a "Staff Accountant", "Staff Nurse" or "Staff Sergeant" holds the trade's ordinary post
    r"|staff(?=[ \t-]+(?:[\w/&+-]+[ \t]+){0,3}(?:engineer|scientist|developer|architect"
    r"|researcher|designer|swe|sre|programmer)s?\b)"
    r"|head of|director|architect|vp"
    # Russian and Ukrainian: "Старший", "Ведущий", "Главный"; "Старший", "Провідний", "Головний"
    r"|старш(?:ий|ая|а)|ведущ(?:ий|ая)|главн(?:ый|ая)|провідн(?:ий|а)|головн(?:ий|а)"
)
# Whom the hire serves, named with the post: "Executive Assistant to the VP", "Scheduler for
# the Head of Surgery", "Office Manager (reports to the Director)", "Director's Assistant".
# Its rank words are not the post's ("Senior Advisor to the CEO" is senior by its own).
_WHOM_SERVED = regex_cache.compile(
    r"[\s(,]+(?:reports?\s+to|reporting\s+to|supporting|to|for)\b.*|\b[A-Za-z]+['’]s\b",
    re.I | re.S,
)


def own_words(title: str) -> str:
    """A title without whom the hire serves: "Executive Assistant to the VP" -> "Executive
    Assistant", "Director's Assistant" -> " Assistant"."""
    return _WHOM_SERVED.sub("", title)


# An intern's or trainee's word names the post, not the full post that runs its program or
# recruits its people ("Intern Program Manager", "Internship Coordinator", "Intern Recruiter";
# an "Internship Program" alone is one an intern joined), nor how its holder learnt a trade
# ("Apprentice-trained Electrician")
_NOT_THE_POST = (
    r"(?!-(?:trained|turned|qualified)\b)"
    r"(?![ \t]+(?:coordinator|co-ordinator|recruit(?:er|ing|ment)|mentor"
    r"|program(?:me)?s?[ \t]+(?:manager|lead|director|officer|specialist|coordinator))\b)"
)
# ... nor, after a student scheme's name, a post of its staff ("Industrial Training Manager",
# "SIWES Coordinator", "Learnership Programme Administrator"; "Head of Industrial Training"
# by the lookbehind where it is used)
_SCHEME_STAFF = (
    rf"{_NOT_THE_POST}(?![ \t]+(?:(?:programmes?|programs?|scheme|unit)[ \t]+)?(?:manager|officer"
    r"|supervisor|administrator|facilitator|assessor|lead|head|director|specialist|consultant"
    r"|advis[eo]r|liaison|co-?ordinator)\b)"
)
# Where a part of a title opens: its start, a bracket, a bar or a separating dash ("Data
# Scientist - Stage"), and "de" ("Offre de stage"); not after a word ("Early Stage") nor
# glued to a hyphen ("Late-Stage")
_OPENS_A_PART = r"(?:^|(?<=[(\[|/,:])|(?<=[(\[|/,:–—-][ \t])|(?<=\bde[ \t]))"
# ... nor the staff who run interns ("Intern Manager", "Internship Officer", "Intern
# Supervisor"), though a "Trainee Manager" is one in training
_INTERNS_STAFF = (
    r"(?![ \t]+(?:(?:programmes?|programs?|scheme)[ \t]+)?(?:manager|supervisor|administrator"
    r"|director|head|officer|liaison|advis[eo]r)\b)"
)
# A trainee hired after the degree, in a full-time post: India's "Graduate Engineer Trainee"
# (GET), "Post Graduate Engineer Trainee", "Management Trainee", "Graduate Trainee"
_NOT_A_GRADUATE_HIRE = r"(?<!graduate engineer )(?<!graduate )(?<!management )"
INTERN_RANK = (
    # Pakistan's and Bangladesh's "Internee" too
    rf"(?:intern|internship|internee){_NOT_THE_POST}{_INTERNS_STAFF}"
    rf"|{_NOT_A_GRADUATE_HIRE}(?:trainee|apprentice){_NOT_THE_POST}"
    r"|working\s+student|werkstudent(?:in)?|praktikant(?:in)?|praktikum"
    # a bank's summer interns and a UK degree's year at work: "Summer Analyst", "Summer
    # Associate", "Industrial Placement", "Placement Year", "Year in Industry"
    r"|summer\s+(?:analyst|associate)|(?:industrial|sandwich)\s+placement"
    r"|placement\s+(?:year|student)|year\s+in\s+industry"
    # a student's term at work in Nigeria ("Industrial Training (SIWES)"), Kenya and Ghana
    # ("Industrial Attachment", "ICT Attachee"), and South Africa's "Learnership"; not a body
    # that runs such terms ("Industrial Training Fund") nor the staff who run them
    rf"|(?<!\bof[ \t])(?:industrial\s+training(?![ \t]+(?:fund|centre|center|institute"
    rf"|council|board)\b)|siwes|attachment|attachee|learnerships?){_SCHEME_STAFF}"
    # French, Spanish, Italian, Portuguese: "Stagiaire", "en alternance", "Prácticas", "Becario/a",
    # "Tirocinio", "Estágio"; a French "Stage" before its dash, bracket or length ("Stage -
    # Data Scientist", "Stage (6 mois)") or after the title ("Data Scientist - Stage"), not a
    # "Stage Manager" nor a company's stage ("Early Stage - Seed", "Late-Stage ML startup")
    r"|stagiaire|alternant|alternante|alternance|pr[aá]cticas|becari[oa]|tirocini(?:o|ante)"
    r"|stagista|est[aá]gio|estagi[aá]ri[oa]"
    rf"|{_OPENS_A_PART}stage(?=[ \t]*(?:[-–—:|()]|$|de[ \t]+fin\b|\d+[ \t]*mois\b|data\b|ml\b))"
    r"|стаж[её]р(?:ка)?|стажист(?:ка)?|практикант(?:ка)?"  # Russian and Ukrainian
)
ENTRY_RANK = (
    r"j[uú]nior|jr\.?|graduate|new[- ]grad|entry[- ]level"  # Portuguese "Júnior"
    r"|associate(?!\s+(?:professor|director|dean|partner|principal|vice\s+president))"
    r"|младш(?:ий|ая)|молодш(?:ий|а)"  # Russian and Ukrainian
)
# ... and Latin America's "Semi Senior", Brazil's "Pleno" (between "Júnior" and "Sênior"),
# and Eastern Europe's "Middle" ("Middle Data Scientist", "Data Scientist (Middle)", "Middle+",
# "Middle/Senior"; not a "Middle Office Analyst" nor a "Middle School" or "Middle/High
# School" teacher)
_MIDDLE = (
    r"middle(?=[ \t]*(?:[+)]|/(?![ \t]*(?:high|upper|lower|secondary|elementary|primary"
    r"|junior)\b))|[ \t]+(?:data|ml|machine|python|software|backend|frontend|devops"
    r"|qa|ai|nlp|computer|mlops|java|go|golang)\b)"
)
MID_RANK = rf"mid[- ](?:level|senior)|intermediate|semi[- ]?s[eê]nior|pleno|{_MIDDLE}"

# A rung of a job ladder after an occupation: "Data Scientist II", "ML Engineer III - NLP",
# "Software Engineer 2". I and II are the ladder's first rungs (entry and mid); III and up are
# senior (the taxonomy's levels: entry 0-2 years, mid 2-5, senior 5+).
_RUNG = regex_cache.compile(r"\b([A-Za-z]+)\s+(I{1,3}|IV|VI{0,3}|[1-5])(?=\s*(?:$|[-–—,(|:/]))")
_RUNG_LEVELS: dict[str, LevelId] = {"I": "entry", "1": "entry", "II": "mid", "2": "mid"}


# A US federal pay grade: "GS-12", "GS 12", "GS12", "GS-2210-12" (series, then grade),
# "GS-11/12"; not "GS1", the barcode standards body ("GS1 standards", "GS1 US")
_GS_GRADE = regex_cache.compile(
    r"\bGS(?:[- ]|(?=\d{2}))(?:\d{4}[- ])?(\d{1,2})(?:\s*/\s*\d{1,2})?(?!\d)"
)
# ... or set out as a form's two fields: "Pay Plan: GS   Grade: 13   Step: 1"
_PAY_PLAN_GRADE = regex_cache.compile(
    r"(?i:\bpay[ \t]*plan)[ \t]*:?[ \t]*GS\b[^\n]{0,20}?(?i:\bgrade)[ \t]*:?[ \t]*(\d{1,2})(?!\d)"
)
_HIGHEST_GRADE = 15
# The lowest grade of each level, as the years a grade takes count: GS-5 and GS-7 a degree and
# at most a year's work (entry); GS-9 to GS-12 two to four years (mid); GS-13 up five or more
_GRADE_LEVELS: tuple[tuple[int, LevelId], ...] = ((13, "senior"), (9, "mid"), (1, "entry"))


def grade_level(text: str) -> tuple[LevelId, str] | None:
    """The level the lowest federal pay grade in `text` names, and the grade ("GS-12"): a
    posting open at GS-11/12 takes people from GS-11. Else the lowest Australian Public
    Service grade ("APS 6", "EL1": aps_grade_level)."""
    found = [*_GS_GRADE.finditer(text), *_PAY_PLAN_GRADE.finditer(text)]
    grades = [int(grade.group(1)) for grade in found]
    grades = [grade for grade in grades if 1 <= grade <= _HIGHEST_GRADE]
    if not grades:
        return aps_grade_level(text) if any(word in text for word in _APS_WORDS) else None
    lowest = min(grades)
    level = next(level for floor, level in _GRADE_LEVELS if lowest >= floor)
    return level, f"GS-{lowest}"


# The Australian Public Service's classifications: "APS 6", "APS6", "APS 5-6", "APS Level 4",
# "EL1", "EL 2", "Executive Level 1" (not the American Physical Society's "APS March Meeting")
_APS_GRADE = regex_cache.compile(
    r"\bAPS[ \t]?-?(?:[Ll]evel[ \t]?)?([1-6])(?!\d)|\b(?:EL|Executive[ \t]Level)[ \t]?([12])(?!\d)"
)
_AUSTRALIAN = regex_cache.compile(
    r"\b(?:Australian?|Canberra|Commonwealth|APSC|Public[ \t]Service|Department[ \t]of)\b"
)
# Graduates join at APS 3 or 4; APS 5 and 6 are experienced officers; the Executive Levels lead
# teams or are the experts (EL1 and EL2 ranked 7 and 8 here)
_APS_WORDS = ("APS", "EL", "Executive Level")
_APS_LEVELS: tuple[tuple[int, LevelId], ...] = ((7, "senior"), (5, "mid"), (1, "entry"))


def aps_grade_level(text: str) -> tuple[LevelId, str] | None:
    """The level the lowest Australian Public Service grade in `text` names, and the grade; an
    Executive Level only beside an APS grade or an Australian word (Arm's exception levels are
    "EL1" and "EL2" too)."""
    if "APS" not in text and _AUSTRALIAN.search(text) is None:
        return None
    ranks = [
        (int(aps), f"APS {aps}") if aps else (6 + int(executive), f"EL{executive}")
        for aps, executive in _APS_GRADE.findall(text)
    ]
    if not ranks:
        return None
    lowest, grade = min(ranks)
    return next(level for floor, level in _APS_LEVELS if lowest >= floor), grade


# A vacancy's grade field: "Series and Grade: GS-1560-13", "Pay scale & grade: GS 13"
_GRADE_FIELD = regex_cache.compile(r"(?i:\bgrades?)[ \t]*:?[ \t]*GS[^\n]{0,12}")


def field_grade_level(text: str) -> tuple[LevelId, str] | None:
    """The level of the grade a posting's grade field names: the vacancy's own, where its
    prose also names the grade below ("a year equivalent to the GS-12 grade level")."""
    fields = " ".join(found.group() for found in _GRADE_FIELD.finditer(text))
    return grade_level(fields) if fields else None


# A place or the terms of work set after a title on its line, as resume templates set them
# flush right: "Machine Learning Intern   Remote", "Data Scientist  New York, NY".
_TERMS_AFTER = regex_cache.compile(r"[ \t]+(?i:remote|hybrid|on-?site)$")
_STATE_AFTER = regex_cache.compile(r",[ \t]?[A-Z]{2}$")
_TOWN_WORD = regex_cache.compile(r"[ \t]+[A-Z][a-z]+$")
_TOWN_WORDS = 3
_LETTER_WORD = regex_cache.compile(r"[A-Za-z]+")


def without_place(title: str) -> str:
    """A job title without the place or "Remote" after it, when what is left ends with an
    occupation ("Intern", "Scientist") and the town's words are none ("Scientist, AI")."""
    for cut in _place_starts(title):
        head = title[:cut].rstrip(" \t,;|·–—-")
        words = _LETTER_WORD.findall(head)
        if words and is_occupation(words[-1]):
            return head
    return title


def _place_starts(title: str) -> Iterator[int]:
    """Where a place or the terms of work after a title may start, the shortest place first."""
    if terms := _TERMS_AFTER.search(title):
        yield terms.start()
        return
    state = _STATE_AFTER.search(title)
    end = state.start() if state else 0
    for _ in range(_TOWN_WORDS if state else 0):
        word = _TOWN_WORD.search(title, 0, end)
        if not word or is_occupation(word.group().strip()):
            return
        end = word.start()
        yield end


def is_navigation(line: str) -> bool:
    """A line of a careers site's menu: "Skip to main content", "Home > Careers"."""
    parts = [part for part in _TRAIL.split(line.strip(" \t*#<>[]()")) if part]
    return bool(parts) and all(_NAVIGATION.fullmatch(part.strip(" .")) for part in parts)


def title_line_number(lines: LineIndex) -> int | None:
    """Where the posting's title stands: its first short line that is not a heading, or when
    that line names no job, a line naming one further down a job board's header ("My Network",
    "Glassdoor" or the company's name above "Data Engineer II")."""
    number = _first_title_line(lines)
    if number is None or names_a_job(_title_text(lines.line_text(number))):
        return number
    return _job_line_below(lines, number) or number


def _title_text(raw: str) -> str:
    return raw.strip().lstrip("#*").strip()


# How an informal post opens: a greeting ("Hi Sam,") or a call ("We're hiring!", "HIRING:",
# "[Hiring]") before the title or alone on its line, and a chat's "@here" or "from @dan:"
_GREETING = regex_cache.compile(r"(?:hi|hello|hey|dear)(?:\s+[\w.'’-]+){0,2}\s*[,!.]?", re.I)
_HIRING_CALL = regex_cache.compile(
    r"\[hiring\]|#hiring\b|(?:(?:we(?:'re|’re| are)|now|are|is)\s+)?hiring(?:\s+now)?\s*[!:]+"
    r"|(?:we(?:'re|’re| are)|now)\s+hiring\s*$"
    # "استخدام" (hiring, in Persian and Arabic) before a job's noun; not the Arabic "use of"
    # (or a word that opens one: "برنامه‌نویس", programmer, read without its joiner)
    r"|استخدام\s+(?=(?:مهندس|[کك]ارشناس|دانشمند|مد[یي]ر|[کك]ارآموز|محلل|عالم|مطور|مبرمج"
    r"|أخصائي|اخصائي)\b|برنامه|توسعه|تحل[یي]ل)",
    re.I,
)
_HANDLE = regex_cache.compile(r"(?<![\w.])@\w+")
# A chat channel's name or a post's hashtags alone on a line: "#jobs-board", "#data-jobs #remote"
_CHANNEL = regex_cache.compile(r"#[\w-]+(?:\s+#[\w-]+)*")
# An emoji typed by its short name, as Slack and GitHub show it: ":rocket:", ":mega:"
_SHORTCODE = regex_cache.compile(r"(?<![\w:]):[a-z0-9_+-]{1,40}:(?![\w:])")
# A one-line post naming whom it seeks: "Looking for a data analyst, SQL + Tableau, NYC",
# "Hiring a data engineer, Python + Spark, Berlin"
_SOUGHT = regex_cache.compile(
    r"(?:(?:we(?:'re|’re|\s+are)\s+(?:now\s+|currently\s+)?)?"
    r"(?:looking for|need|seeking|hiring(?!\s+an?\s+team\b))\s+an?"
    # a recruiter's InMail: "I'm recruiting a Senior ML Engineer for a fintech client"
    r"|(?:I(?:'m|’m|\s+am)|we(?:'re|’re|\s+are))\s+(?:currently\s+)?recruiting\s+(?:for\s+)?an?"
    # ... or one writing about a role: "I'm reaching out about a Senior ML Engineer role"
    r"|(?:I(?:'m|’m|\s+am)\s+)?(?:reaching\s+out|writing|getting\s+in\s+touch)\s+"
    r"(?:about|regarding|re)\s+an?"
    # "We're hiring ML engineers!": a team's call may name whom it hires in the plural
    r"|(?P<plural>we(?:'re|’re|\s+are)\s+(?:now\s+|currently\s+)?hiring(?!\s+an?\s+team\b)))"
    # (not the praise before the title: "an experienced MLOps Engineer")
    r"\s+(?:(?:experienced|talented|skilled|motivated|passionate|driven|seasoned|strong)\s+)?"
    r"(?P<title>.+?)"
    r"(?=\s*(?:[,;(!.]|\s(?:w/|with|to|who|for|in|at)\s|\s(?:role|position|opening"
    r"|opportunity|vacancy)\b|$))",
    re.I,
)
# A title's fields: "Acme | ML Engineer | Berlin | Full-time", "Junior MLE - Toronto - CAD 90k"
_TITLE_FIELDS = regex_cache.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_MANY_FIELDS = 3  # a "Who is hiring" line: company, title, place, terms, pay


_SOUGHT_WORDS = ("hiring", "looking", "seeking", "need", "recruiting")


@lru_cache(maxsize=1024)  # asked for each term on the line
def sought_title_span(line: str) -> tuple[int, int] | None:
    """Where a sentence opening the line names the job it seeks ("We're hiring a Data Engineer
    for our office" -> "Data Engineer"), when that names a job: the title, asking nothing."""
    lowered = line.lower()
    if not any(word in lowered for word in _SOUGHT_WORDS):
        return None  # nearly every line
    opening = len(line) - len(line.lstrip(" \t-*•"))
    sought = _SOUGHT.match(line, opening)
    if sought is None or not names_a_job(sought["title"]):
        return None
    return sought.span("title")


def without_call(text: str) -> str:
    """A line's words without its decoration and an opening hiring call: "📢 HIRING: AI
    Engineer" -> "AI Engineer"."""
    return _after_call(_undecorated(text))[0]


def _undecorated(text: str) -> str:
    """The text's words without emoji and pictographs, one space apart."""
    if ":" in text:
        text = _SHORTCODE.sub(" ", text)
    return " ".join(_DECORATION.sub(" ", text).split())


def _after_call(words: str) -> tuple[str, bool]:
    """The words after an opening hiring call, and whether one opened them."""
    called = _HIRING_CALL.match(words)
    return (words[called.end() :].strip(), True) if called else (words, False)


def informal_title(text: str) -> str:
    """A title line's words without an informal post's greeting, hiring call or chat line
    ("" for a line of nothing else); of a line of fields after a call, or of a "Who is
    hiring" line of several, the first field naming a job ("Acme | ML Engineer | Berlin" ->
    "ML Engineer")."""
    words = _undecorated(text)
    if _GREETING.fullmatch(words) or (_HANDLE.search(words) and not names_a_job(words)):
        return ""
    sought = _SOUGHT.match(words)
    if sought and names_a_job(sought["title"]):
        return sought["title"]
    if sought and not sought["plural"]:  # "Looking for a great team to join"
        return ""
    rest, called = _after_call(words)
    fields = [field for field in _TITLE_FIELDS.split(rest) if field]
    if called or len([f for f in re.split(r"\s*\|\s*", rest) if f]) >= _MANY_FIELDS:
        return next((field for field in fields if names_a_job(field)), rest)
    return text


_HEADER_LINES = 30  # how far a page's header reaches: menus, company card, buttons, banners
# Sections of the posting's own text, where no header goes on
_POSTING_TEXT = frozenset({"about", "responsibilities", "requirements", "preferred"})


def _job_line_below(lines: LineIndex, after: int) -> int | None:
    """The first short line after `after`, in the page's header, that names a job: not a
    heading, a field, a list item nor a breadcrumb trail ("Careers > Jobs > Data Engineer")."""
    for number in range(after + 1, min(len(lines), _HEADER_LINES) + 1):
        raw = lines.line_text(number)
        text = _title_text(raw)
        named = heading_name(text)
        if named in _POSTING_TEXT or re.match(r"\s*(?:[-•–]|\*\s)", raw):
            return None
        if len(text) > 80 or _breadcrumb(text) or _HEADER_LABEL.match(text):
            continue
        if names_a_job(text) and title_cased(text) and not _a_field(text) and not named:
            return number
    return None


# Small words a title keeps in lower case: "Head of Data", "Director of Perception at Acme"
_SMALL_WORDS = frozenset({"of", "at", "and", "the", "for", "in", "to", "on", "a", "an", "with"})


def title_cased(text: str) -> bool:
    """Words set as a title's ("Lead Data Scientist", "iOS Developer"), not a sentence's
    ("Work with our founders and engineers")."""
    words = re.findall(r"[A-Za-z]+", text)
    return all(w in _SMALL_WORDS or any(c.isupper() for c in w) for w in words)


def _breadcrumb(text: str) -> bool:
    """A trail of links from the site's navigation: "Careers Home > Search Results > ..."."""
    parts = [part for part in _TRAIL.split(text) if part]
    return len(parts) > 1 and bool(_NAVIGATION.fullmatch(parts[0].strip(" .")))


def _first_title_line(lines: LineIndex) -> int | None:
    """The first short line that is not a heading. Past a section's heading ("About the
    job", "Overview") or a header's field ("Location: Remote"), only a line naming an
    occupation without a sentence's stop ("Job Description" over "Senior Data Engineer");
    else the posting has none (its text opens with the section)."""
    shown = 0  # lines past the site's navigation
    headed = False
    for number in range(1, len(lines) + 1):
        raw = lines.line_text(number)
        if is_navigation(raw):
            continue
        shown += 1
        if shown > _TITLE_LINES:
            return None
        if re.match(r"\s*(?:[-•–]|\*\s)", raw):
            return None  # a posting that opens with a list item has no title line
        text = _title_text(raw)
        if not text:
            continue
        if _CHANNEL.fullmatch(raw.strip()):
            headed = True  # the channel a chat post is in, or its tags: "#jobs-board"
            continue
        if _MAIL_FIELD.match(raw):
            headed = True  # "From: Dan Brooks, Senior Recruiter": the mail's, not the job's
            continue
        text = informal_title(text)
        if not text:  # past a greeting or a call, only a line naming a job is the title
            headed = True
            continue
        if _heading_not_title(text) or _a_field(text):
            headed = True
        elif headed and not names_a_job(text):
            return None
        elif len(text) <= 80 and not _HEADER_LABEL.match(text):
            return number
    return None


# A header's field: a label of a word or two, then its value ("Location: Remote")
_FIELD = regex_cache.compile(r"([A-Za-z]+(?:[ \t][A-Za-z]+)?)[ \t]*:[ \t]+(\S.*)")


def _a_field(text: str) -> bool:
    """A header's field that names no job: "Location: Remote", "Company: Acme"; not "Data
    Scientist: Ranking" nor "Hiring: Senior Data Engineer"."""
    field = _FIELD.match(text)
    return field is not None and not any(names_a_job(part) for part in field.groups())


def _heading_not_title(text: str) -> bool:
    """A section's heading that names no occupation: "About the job", not "Research Scientist"."""
    return heading_name(text) is not None and not names_a_job(text)


def names_a_job(text: str) -> bool:
    """A title's words: an occupation, no sentence's stop ("Senior Data Engineer")."""
    if re.search(r"[.:;!?](?:\s|$)", text):
        return False
    return any(is_occupation(word) for word in re.findall(r"[A-Za-z]+", text))


# A role profile's id, as a "Role:" field names it: "ml-engineer", "data-analyst"
_ROLE_ID = regex_cache.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def is_role_id(value: str) -> bool:
    """A role profile's id ("ml-engineer"), not a title in words ("Lead ML Engineer")."""
    return bool(_ROLE_ID.fullmatch(value.strip()))


# A forwarded or sent mail's subject, below its "From:" line: "Subject: Senior Data
# Scientist - Remote", "Subject: Fwd: Data Engineer role"
_MAIL_FROM = regex_cache.compile(r"^[ \t>]*(?:from|von|de)[ \t]*:[ \t]*\S", re.I | re.M)
_MAIL_SUBJECT = regex_cache.compile(
    r"^[ \t>]*(?:subject|betreff|objet|asunto)[ \t]*:[ \t]*"
    r"(?:(?:re|fwd?|fw|aw|wg|tr)[ \t]*:[ \t]*)*(?P<title>\S(?:[^\n]*\S)?)[ \t]*$",
    re.I | re.M,
)
# A mail header's field, whatever it names: its sender ("From: Dan Brooks, Senior Recruiter at
# Nimbus"), recipients, date; a subject naming a job is read by mail_subject_title
_MAIL_FIELD = regex_cache.compile(
    r"[ \t>]*(?:from|to|cc|bcc|sent|date|subject|reply-to|von|an|gesendet|betreff|de|objet"
    r"|asunto|para|enviado)[ \t]*:[ \t]*\S",
    re.I,
)
_MAIL_HEADER_CHARS = 1500  # where a forwarded mail's header stands: its first lines


def mail_subject_title(text: str) -> str | None:
    """The title a mail's subject names, in a mail's header (a "From:" line above it); not a
    subject naming no job ("Subject: Quick question"), whose mail may forward one that does."""
    head = text[:_MAIL_HEADER_CHARS]
    sender = _MAIL_FROM.search(head)
    if sender is None:
        return None
    for subject in _MAIL_SUBJECT.finditer(head, sender.end()):
        title = without_place(subject["title"])
        if names_a_job(title):
            return title
    return None


def labelled_title(fields: dict[str, str]) -> str | None:
    """The title a posting's header gives (`fields`: header_fields): its "Title:" field, else
    a "Position:" or "Role:" field that names a job in words ("Role: Lead ML Engineer"); not a
    role profile's id ("Role: ml-engineer") nor the terms of work ("Position: Full-time")."""
    if title := fields.get("title"):
        return title
    for key in ("position", "role"):
        value = fields.get(key, "")
        if value and not is_role_id(value) and names_a_job(value):
            return value
    return None


# A job board's suffix for screen readers, saved with the title: "Data Analyst - job post"
_BOARD_SUFFIX = regex_cache.compile(r"\s+[-–—|]\s+job\s+post(?:ing)?\s*$", re.I)


# The hiring company a careers board sets under the title, joined to it as a wrapped line
# ("Research Engineer" / "at Lumen Audio (View all jobs)"): a name in capitals after "at"
_AT_COMPANY = regex_cache.compile(
    r"\s+at\s+[A-Z0-9][^,;:()]*?(?:\s*\((?i:view all jobs)\))?\s*$|\s*\((?i:view all jobs)\)\s*$"
)


# The way of working, or a place and its way of working, set after a title past a dash or a
# bar: "— Remote (EU time zones)", "| Hybrid", "- Berlin, Germany (Hybrid)", "(Remote)"; not
# a field that opens with the word ("- Remote Sensing")
_MODE = r"(?i:(?:fully[ \t]+|100%[ \t]+)?(?:remote|hybrid|on-?site|in[- ]office))"
_PLACE = r"[A-Z][\w.]*(?:,?[ \t]+[A-Z][\w.]*){0,3}"
_MODE_TAIL = regex_cache.compile(
    rf"[ \t]*(?:(?:[–—|]|[ \t]-)[ \t]*(?:{_MODE}(?=[ \t]*(?:$|[(,;|–—-])).*"
    rf"|{_PLACE}[ \t]*\([ \t]*{_MODE}\b[^)]*\))"
    rf"|\([ \t]*{_MODE}\b[^)]*\))[ \t]*$"
)


def plain_title(title: str) -> str:
    """A title without its emoji and pictographs, a job board's "- job post" suffix, the
    company a careers board names after it and the way of working after it: "MLOps Engineer
    🚀" -> "MLOps Engineer", "Data Engineer at Acme (View all jobs)" -> "Data Engineer", "Data
    Scientist — Remote (EU time zones)" -> "Data Scientist"."""
    title = _BOARD_SUFFIX.sub("", _undecorated(title))
    mode = _MODE_TAIL.search(title)
    if mode and names_a_job(title[: mode.start()]):
        title = title[: mode.start()]
    company = _AT_COMPANY.search(title)
    if company and names_a_job(title[: company.start()]):
        return title[: company.start()]
    return title


def rung_level(title: str) -> LevelId | None:
    """The level a numbered rung names: "Data Scientist II" -> mid, "ML Engineer III" ->
    senior; not "Python 3" (no occupation before it)."""
    for found in _RUNG.finditer(title):
        if is_occupation(found.group(1)):
            return _RUNG_LEVELS.get(found.group(2), "senior")
    return None


# Long forms a title may use for a role's short name, and the reverse
_SHORT_FORMS = (
    (regex_cache.compile(r"\bmachine[- ]learning[- ]operations\b|\bml[- ]?ops\b"), "mlops"),
    (regex_cache.compile(r"\bmachine[- ]learning\b"), "ml"),
    (regex_cache.compile(r"\bartificial[- ]intelligence\b"), "ai"),
    (regex_cache.compile(r"\bnatural[- ]language[- ]processing\b"), "nlp"),
)
_NOT_A_WORD = regex_cache.compile(r"[^a-z0-9]+")

# A French, Spanish, Italian or Portuguese title names the occupation before its field
# ("Ingénieur Machine Learning", "Ingeniero/a de Datos", "Analyste de données"): in English
# words and order, "machine learning engineer", "data engineer", "data analyst"
_ROMANCE_OCCUPATIONS = {
    "engineer": r"ingénieure?|ingeniero|ingeniera|ingegnere|engenheir[oa]",
    "analyst": r"analyste|analista",
    "scientist": r"scientifique|científic[oa]|cientista|scienziat[oa]",
    "research scientist": r"chercheur|chercheuse|investigador|investigadora|ricercat(?:ore|rice)"
    r"|pesquisador|pesquisadora",
    "developer": r"développeur|développeuse|desarrollador|desarrolladora|sviluppatore"
    r"|desenvolvedor|desenvolvedora",
    # a leader of the field: "Jefe de Ciencia de Datos" -> "data science head"; the English
    # "Director" only before a Spanish "de"
    "head": r"jef[ea]|directeur|directrice|directora|director(?=\s+del?\s)|diretor[a]?"
    r"|direttore|direttrice|responsable|responsabile",
}
_ROMANCE_TITLE = regex_cache.compile(
    r"(?P<before>.*?)\b(?P<occupation>"
    + "|".join(f"(?P<o{n}>{words})" for n, words in enumerate(_ROMANCE_OCCUPATIONS.values()))
    # the feminine after a slash or a dot: "Ingeniero/a", "Ingénieur·e", "Développeur.se"
    + r")(?:[/·.](?:a|e|se|euse|rice))?\s+(?:(?:de|en|du|des|di|dei|del|da|dos|em)\s+"
    r"(?:la\s+|los\s+|l['’])?)?"
    # the field runs to a separator, past a hyphen inside a word ("Datos Semi-Senior")
    r"(?P<field>(?:[^-–—|,/]|(?<=\w)-(?=\w))+?)(?P<after>\s*(?:[–—|,/]|(?<!\w)-|-(?!\w)).*)?"
)
# ... and the fields it names, in English words
_ROMANCE_FIELDS = (
    (
        regex_cache.compile(
            r"\bciencia de (?:los )?datos|\bscience des données|\bscienza dei dati"
            r"|\bciência de dados"
        ),
        "data science",
    ),
    (
        regex_cache.compile(
            r"\btraitement (?:automatique )?du langage(?: naturel)?|\bprocesamiento del? lenguaje"
            r" natural|\belaborazione del linguaggio naturale|\bprocessamento de linguagem natural"
        ),
        "natural language processing",
    ),
    (regex_cache.compile(r"\b(?:données|datos|dati|dados)\b"), "data"),
    (
        regex_cache.compile(
            r"\bapprentissage automatique|\baprendizaje automático|\bapprendimento automatico"
            r"|\baprendizado de máquina|\baprendizagem automática"
        ),
        "machine learning",
    ),
    (
        regex_cache.compile(
            r"\bvision par ordinateur|\bvisión por computadora?|\bvisión artificial"
            r"|\bvisione artificiale|\bvisão computacional"
        ),
        "computer vision",
    ),
    (
        regex_cache.compile(
            r"\bintelligence artificielle|\binteligencia artificial|\bintelligenza artificiale"
            r"|\binteligência artificial|\bia\b"
        ),
        "ai",
    ),
)


_RANK_IN_FIELD = regex_cache.compile(
    r"\b(?:(?:semi[- ]?)?s[eê]nior|j[uú]nior|pleno|sr|jr|lead|principal)\b"
)


# Titles that Finnish, Czech and the Scandinavian languages write as one compound word or
# with the field as an adjective: "Koneoppimisinsinööri", "Datový inženýr", "Datainženýr",
# "Maskinlæringsingeniør"; in English words
_COMPOUND_TITLES = (
    (
        regex_cache.compile(
            r"\b(?:koneoppimis-?insinöör\w*|maskinlærings-?ingeniør|maskinlærings-?ingeniør"
            r"|maskininlärnings-?ingenjör)"
        ),
        "machine learning engineer",
    ),
    (
        regex_cache.compile(
            r"\b(?:data-?insinöör\w*|datov(?:ý|á)\s+inženýr\w*|data-?inženýr\w*"
            r"|data-?ingeniør|data-?ingenjör)"
        ),
        "data engineer",
    ),
    (
        regex_cache.compile(r"\b(?:datatieteilijä\w*|datov(?:ý|á)\s+vědkyně|datov(?:ý|á)\s+vědec)"),
        "data scientist",
    ),
    (
        regex_cache.compile(r"\b(?:data-?analyytikko|datov(?:ý|á)\s+analyti(?:k|čka))"),
        "data analyst",
    ),
)


# A Chinese, Japanese or Korean title's words, in English: "高级机器学习工程师" -> "senior
# machine learning engineer", "데이터 사이언티스트" -> "data scientist"; not "機械設計エンジニア"
# (mechanical design), whose "engineer" alone is read
_CJK_TITLE_WORDS = (
    (r"机器学习|機器學習|機械学習|머신\s?러닝", "machine learning"),
    (r"人工智能|人工知能|인공지능", "ai"),
    (r"数据科学家|數據科學家|データサイエンティスト|데이터\s?사이언티스트", "data scientist"),
    (r"数据分析师|數據分析師|データアナリスト|데이터\s?(?:분석가|애널리스트)", "data analyst"),
    (r"数据|數據|データ|데이터", "data"),
    (r"算法|アルゴリズム|알고리즘", "algorithm"),
    (r"工程师|工程師|エンジニア|엔지니어", "engineer"),
    (r"高级|高級|资深|資深|シニア|시니어", "senior"),
    (r"初级|初級|ジュニア|주니어", "junior"),
    (r"实习生?|實習生?|インターン(?:シップ)?|인턴(?:십)?", "intern"),
    # Persian and Arabic ("مهندس یادگیری ماشین", "عالم بيانات"), with either form of ی and ک
    (r"مهندس [یي]ادگ[یي]ر[یي] ماش[یي]ن|مهندس (?:التعلم الآلي|تعلم الآلة)", "ml engineer"),
    (r"[یي]ادگ[یي]ر[یي] ماش[یي]ن|التعلم الآلي|تعلم الآلة", "machine learning"),
    (r"هوش مصنوع[یي]|الذكاء الاصطناعي", "ai"),
    (r"دانشمند داده|عالم (?:ال)?بيانات", "data scientist"),
    (r"تحل[یي]ل\s?گر داده|محلل (?:ال)?بيانات", "data analyst"),
    # only whole titles: "مهندس" alone also names a civil engineer, "داده" a clerk's data entry
    (r"مهندس داده|مهندس (?:ال)?بيانات", "data engineer"),
    (r"علم داده|علم (?:ال)?بيانات", "data science"),
    (r"[کك]ارآموز|متدرب", "intern"),
    (r"برنامه\s?نو[یي]س|مبرمج", "programmer"),
    (r"توسعه\s?دهنده|مطور(?!\s+(?:أعمال|اعمال|عقار))", "developer"),  # not of business
    # Vietnamese, in any case: "Kỹ sư Học máy" (ML engineer), "Nhà khoa học dữ liệu"
    (r"(?i:k[ỹy]\s+s[ưu]\s+h[ọo]c\s+m[áa]y)", "ml engineer"),
    (r"(?i:h[ọo]c\s+m[áa]y)", "machine learning"),
    (r"(?i:tr[íi]\s+tu[ệe]\s+nh[âa]n\s+t[ạa]o)", "ai"),
    (r"(?i:nh[àa]\s+khoa\s+h[ọo]c\s+d[ữu]\s+li[ệe]u)", "data scientist"),
    (r"(?i:k[ỹy]\s+s[ưu]\s+d[ữu]\s+li[ệe]u)", "data engineer"),
    (r"(?i:(?:chuy[êe]n\s+vi[êe]n\s+)?ph[âa]n\s+t[íi]ch\s+d[ữu]\s+li[ệe]u)", "data analyst"),
    (r"(?i:l[ậa]p\s+tr[ìi]nh\s+vi[êe]n)", "programmer"),
    # Hebrew: "מהנדס למידת מכונה", "מדענית נתונים", "מפתח תוכנה"
    (r"מהנדס(?:ת)? למידת מכונה", "ml engineer"),
    (r"למידת מכונה", "machine learning"),
    (r"בינה מלאכותית", "ai"),
    (r"מדע(?:ן|נית) נתונים", "data scientist"),
    (r"אנליסט(?:ית)? נתונים", "data analyst"),
    (r"מהנדס(?:ת)? נתונים", "data engineer"),
    (r"מתכנת(?:ת)?|מפתח(?:ת)? תוכנה", "software developer"),
)
_CJK_TITLE = regex_cache.compile("|".join(f"({words})" for words, _ in _CJK_TITLE_WORDS))


def in_english_words(title: str) -> str:
    """A title with its Chinese, Japanese, Korean, Persian, Arabic, Hebrew or Vietnamese job
    words in English (_CJK_TITLE_WORDS), set apart by spaces; others as given."""
    # (an ASCII title is as given: Vietnamese typed without its marks too)
    if title.isascii() or _CJK_TITLE.search(title) is None:
        return title
    return _CJK_TITLE.sub(lambda m: f" {_CJK_TITLE_WORDS[(m.lastindex or 1) - 1][1]} ", title)


def in_english_order(title: str) -> str:
    """A lower-case French, Spanish, Italian or Portuguese title in English words and order:
    "ingénieur en apprentissage automatique" -> "machine learning engineer"; a Finnish, Czech
    or Scandinavian compound in English words ("koneoppimisinsinööri"); others as given."""
    for words, english in _COMPOUND_TITLES:
        title = words.sub(english, title)
    found = _ROMANCE_TITLE.fullmatch(title)
    if found is None:
        return title
    occupation = next(
        english
        for n, english in enumerate(_ROMANCE_OCCUPATIONS)
        if found.group(f"o{n}") is not None
    )
    field = found["field"]
    for words, english in _ROMANCE_FIELDS:
        field = words.sub(english, field)
    ranks = " ".join(_RANK_IN_FIELD.findall(field))  # "Científico de Datos Senior"
    field = _RANK_IN_FIELD.sub(" ", field)
    return f"{found['before']} {ranks} {field} {occupation} {found['after'] or ''}"


@lru_cache(maxsize=1024)  # the roles' names are read again for every title
def _role_words(text: str) -> str:
    """Lower-case words with the short forms: "Machine Learning Engineer" -> "ml engineer"."""
    text = re.sub(r"\([^)]*\)", " ", in_english_words(text).lower())  # "Scientist (ML)"
    text = in_english_order(text.strip())
    for long_form, short in _SHORT_FORMS:
        text = long_form.sub(short, text)
    return " ".join(_NOT_A_WORD.sub(" ", text).split())


def title_role(title: str | None, roles: dict[str, str]) -> str | None:
    """The role profile a posting's title names (`roles`: id -> name): "Senior Machine
    Learning Engineer, Ads" is ml-engineer; the longest name found wins, so "ML Research
    Scientist" is a research scientist; None when no role is named."""
    if not title:
        return None
    # a role named as written wins over one read with the field first ("ML Engineer - NLP")
    return _role_named(_role_words(title), roles) or _role_named(_field_first(title), roles)


# How a resume sets a job's title apart from its employer: "Title, Employer", "Employer |
# Title", "Title at Employer", "Title - Employer"; a grade, a rank or an internship after the
# title; a field in brackets after it ("Software Engineer (NLP)")
_HELD_PARTS = regex_cache.compile(r"\s*[,;|]\s*|\s+(?:[-–—/@]|at)\s+")
_GRADE_AFTER = regex_cache.compile(
    r"(?:\s+(?:i{1,3}|iv|v|[1-5]|senior|sr|junior|jr|lead|staff|intern|internship|trainee))+$"
)
_BRACKETED = regex_cache.compile(r"\(([^)]*)\)")
_EITHER_FIELD = regex_cache.compile(r"\b(\w+)/(\w+)\b")  # "ML/AI Engineer"
_HELD_TITLE_CHARS = 200  # a title, its employer and place; a longer line is read that far


def held_title_roles(title: str | None, names: dict[str, tuple[str, ...]]) -> list[str]:
    """The role profiles a resume's job title names (`names`: id -> its names and aliases):
    a part of the title that ends with a role's name, so "Lead Machine Learning Engineer,
    Acme" and "Ingeniero de Machine Learning" are ml-engineer, the longest name winning, or
    its occupation after a field in brackets ("Software Engineer (Machine Learning)"); each
    of two fields joined by a slash ("ML/AI Engineer"). Not an employer after the title
    ("Chief Executive, NLP Engineer Hub") nor a field read before its occupation ("Software
    Engineer, Vision AI"), as a posting's title may be read; a field set after a plain
    occupation as its own part ("Senior Software Engineer - Machine Learning")."""
    parts = _HELD_PARTS.split((title or "")[:_HELD_TITLE_CHARS])
    for n, part in enumerate(parts):
        plain = _BRACKETED.sub(" ", part)
        either = _EITHER_FIELD.search(plain)
        variants = (
            [plain[: either.start()] + field + plain[either.end() :] for field in either.groups()]
            if either
            else [plain]
        )
        found = [role for variant in variants if (role := _part_role(variant, part, names))]
        if not found and n + 1 < len(parts):
            found = [role] if (role := _field_after_role(plain, parts[n + 1], names)) else []
        if found:
            return list(dict.fromkeys(found))
    return []


def _part_role(plain: str, part: str, names: dict[str, tuple[str, ...]]) -> str | None:
    """The role one part of a title names, as written or, after a plain occupation, with its
    bracketed field first ("Software Engineer (ML)"; not a trade's "Sales Engineer (AI)")."""
    words = _GRADE_AFTER.sub("", _role_words(plain))
    found = _role_ending(words, names)
    if found is None and _PLAIN_OCCUPATION.fullmatch(words) and (field := _BRACKETED.search(part)):
        found = _role_ending(f"{_role_words(field[1])} {words.split()[-1]}", names)
    return found


def _role_ending(words: str, names: dict[str, tuple[str, ...]]) -> str | None:
    found = [
        (len(name), role_id)
        for role_id, role_names in names.items()
        for name in map(_role_words, role_names)
        if name and (words == name or words.endswith(f" {name}"))
    ]
    return max(found)[1] if found else None


def _role_named(words: str, roles: dict[str, str]) -> str | None:
    found = [
        (len(name), role_id)
        for role_id, role_name in roles.items()
        for name in {_role_words(role_name), _role_words(role_id)}
        if f" {name} " in f" {words} "
    ]
    return max(found)[1] if found else None


_FIELD_AFTER = regex_cache.compile(r"\s*,\s*|\s+[-–—|]\s+")

# "Algorithm Engineer", as East Asian postings title an ML engineer; elsewhere the title may
# name signal-processing or radar work, so what the posting requires decides (ml_by_its_asks).
_ALGORITHM_ENGINEER = regex_cache.compile(
    r"(?:(?:senior|junior|staff|principal|lead|sr|jr|chief)\s+)*(?:(?:ml|ai)\s+)?"
    r"algorithms?\s+engineer(?:\s+(?:i{1,3}|iv|\d))?"
)
# The categories of machine-learning skills, and how many a posting must require
_ML_CATEGORIES = frozenset(
    {
        *("ml-methods", "deep-learning", "ml-frameworks", "nlp", "computer-vision"),
        *("reinforcement-learning", "recommender-systems"),
    }
)
_ML_SKILLS_REQUIRED = 2


def ml_by_its_asks(title: str | None, required: list[str]) -> str | None:
    """ "ml-engineer" for an algorithm engineer's posting ("Senior Algorithm Engineer -
    Recommendation") that requires machine learning: two skills of its categories among those
    required (`required`: their categories); else None."""
    if not title:
        return None
    head = _FIELD_AFTER.split(title, maxsplit=1)[0]
    if _ALGORITHM_ENGINEER.fullmatch(_role_words(head)) is None:
        return None
    ml_skills = sum(category in _ML_CATEGORIES for category in required)
    return "ml-engineer" if ml_skills >= _ML_SKILLS_REQUIRED else None


def _field_first(title: str) -> str:
    """A field set after the occupation, put before its last word: "Software Engineer,
    Machine Learning" -> "ml engineer"; "" when there is none."""
    parts = _FIELD_AFTER.split(title, maxsplit=1)
    head = _role_words(parts[0]).split()
    return f"{_role_words(parts[1])} {head[-1]}" if len(parts) == 2 and head else ""


# A plain occupation that a field after it makes a role: "Senior Software Engineer - Machine
# Learning", "Researcher, NLP"; not a trade of its own ("Sales Engineer - AI")
_PLAIN_OCCUPATION = regex_cache.compile(
    r"(?:(?:senior|sr|junior|jr|lead|staff|principal|associate)\s+)*"
    r"(?:(?:software|research)\s+)?(?:engineer|developer|programmer|scientist|researcher|analyst)"
)


def _field_after_role(head: str, after: str, names: dict[str, tuple[str, ...]]) -> str | None:
    """The role a plain occupation names with the field set after it, as its own part of the
    title: exactly a role's name once the field is put first, so an employer after the title
    ("Software Engineer - Acme AI") names none."""
    words, field = _GRADE_AFTER.sub("", _role_words(head)), _role_words(after)
    if not field or _PLAIN_OCCUPATION.fullmatch(words) is None:
        return None
    named = f"{field} {words.split()[-1]}"
    found = [
        (len(name), role_id)
        for role_id, role_names in names.items()
        for name in map(_role_words, role_names)
        if name == named
    ]
    return max(found)[1] if found else None


# Who leads a field's people: "Director of Machine Learning", "Head of Data Science", "VP, AI",
# "ML Engineering Manager", "Data Science Team Lead", "Chief AI Officer"; not a product's,
# a program's or a recruiting manager ("Product Manager, Machine Learning")
_LEADER = (
    r"(?:(?:senior|sr|associate|group|principal)\s+)*(?:(?:engineering|team|tech|technical)\s+)?"
    r"(?:manager|director|head|lead|vp|vice\s+president)"
)
_LEADER_FIRST = regex_cache.compile(rf"{_LEADER}(?:\s+of)?\s+(?P<field>.+)")
_LEADER_AFTER = regex_cache.compile(
    r"(?P<field>.+?)\s+(?:manager|director|head|lead)|chief\s+(?P<chief>.+?)\s+officer"
)
_LEADER_ALONE = regex_cache.compile(_LEADER)
_RANKS_BEFORE = regex_cache.compile(r"^(?:(?:senior|sr|lead|staff|principal|associate)\s+)+")
_TEAM_AFTER = regex_cache.compile(r"\s+(?:engineering|team|tech|technical)$")
# The fields a leader's title names, in _role_words's words, and the role whose work they lead;
# "data" alone or "research" alone names none of them ("Head of Data", "Director of Research")
LED_FIELDS = {
    **dict.fromkeys(("ml", "deep learning"), "ml-engineer"),
    **dict.fromkeys(("data science", "decision science"), "data-scientist"),
    **dict.fromkeys(("ai", "generative ai", "genai", "applied ai"), "ai-engineer"),
    **dict.fromkeys(("nlp", "conversational ai", "speech recognition"), "nlp-engineer"),
    **dict.fromkeys(("computer vision", "perception"), "computer-vision-engineer"),
    **dict.fromkeys(("mlops", "ml platform", "ml infrastructure"), "mlops-engineer"),
    **dict.fromkeys(("data engineering", "data platform", "data infrastructure"), "data-engineer"),
    **dict.fromkeys(("analytics", "data analytics", "business intelligence", "bi"), "data-analyst"),
    **dict.fromkeys(("ml research", "ai research", "applied science"), "research-scientist"),
}


def _led_field_role(field: str) -> str | None:
    """The role of a field a leader's title names: "ML Engineering" and "Data Science Team"
    as "ML" and "Data Science", ranks before it aside."""
    field = _RANKS_BEFORE.sub("", field)
    return LED_FIELDS.get(field) or LED_FIELDS.get(_TEAM_AFTER.sub("", field))


def led_field_roles(title: str | None, names: dict[str, tuple[str, ...]]) -> list[str]:
    """The role whose field a resume's title leads (`names`: the taxonomy's role ids):
    "Director of Machine Learning, Acme" is ml-engineer, "Manager, Data Science" and "Head of
    Data Science" data-scientist; none for "Engineering Manager, Payments" or "Head of Sales".
    Read only when the title names no role itself (held_title_roles)."""
    parts = [_role_words(part) for part in _HELD_PARTS.split((title or "")[:_HELD_TITLE_CHARS])]
    for n, words in enumerate(parts):
        first, after = _LEADER_FIRST.fullmatch(words), _LEADER_AFTER.fullmatch(words)
        field = (first and first["field"]) or (after and (after["field"] or after["chief"]))
        role = _led_field_role(field) if field else None
        if role is None and n + 1 < len(parts) and _LEADER_ALONE.fullmatch(words):
            role = _led_field_role(parts[n + 1])  # "Manager, Data Science"
        if role in names:
            return [role]
    return []
