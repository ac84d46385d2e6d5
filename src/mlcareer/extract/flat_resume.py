"""A flattened resume's line breaks put back: one pasted from a PDF viewer or a web form
arrives as one long line, or a few ("Jane Doe jane@x.com Experience Senior Data Scientist,
Acme Corp, Jan 2020 - Present Built churn models ... Education MSc Statistics ..."). Its lines
are broken at the spaces around its inline headings, before its list bullets and around each
job's "Title, Company, DATE - DATE" header, so it reads as the resume set out in lines does.
Only a document whose long lines (FLATTENED_LINE) hold most of its text is broken: a resume
set out in lines keeps its long summary or skills paragraph whole."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice

from .. import regex_cache
from ..documents.labels import by_first_letter, long_lines, set_apart
from .experience import search_range
from .wording import is_occupation

# The headings a resume's sections open with, in English, as they stand inside a long line;
# one that also names a job's part ("Training", "Employment", "Courses") is left out.
_HEADINGS = (
    "work experience",
    "professional experience",
    "relevant experience",
    "employment history",
    "work history",
    "career history",
    "experience",
    "education and training",
    "academic background",
    "education",
    "technical skills",
    "core competencies",
    "key skills",
    "core skills",
    "skills",
    "professional summary",
    "career objective",
    "summary",
    "profile",
    "objective",
    "personal projects",
    "projects",
    "licenses and certifications",
    "certifications",
    "publications",
    "honors and awards",
    "awards",
    "languages",
    "interests",
    "volunteer experience",
    "internships",
    "references",
)
_BULLETS = "•▪●►◦➢"
# A heading after a space and before a colon, or before a capitalised word, a year or a bullet
# (past a run of spaces, as a PDF viewer keeps them)
_LONGEST_FIRST = sorted(_HEADINGS, key=lambda phrase: (-len(phrase), phrase))
_HEADING = regex_cache.compile(
    rf"(?<![^ \n])(?:{by_first_letter(_LONGEST_FIRST)})"
    rf"(?:(?P<colon> ?:) |(?= +(?-i:[A-Z0-9{_BULLETS}])))",
    re.I,
)
# An occupation's noun one space after a heading's word that titles hold makes the two a
# job's title
_IN_TITLES = frozenset({"experience", "education", "skills", "projects"})
_OCCUPATION_NEXT = regex_cache.compile(
    r" (?:Manager|Designer|Director|Coordinator|Specialist|Lead|Officer|Consultant|Analyst"
    r"|Engineer|Researcher|Architect|Strategist|Assistant|Associate|Trainer|Advisor|Team)\b"
)
_BULLET = regex_cache.compile(rf" [{_BULLETS}] ")
# A run of blanks where a PDF viewer lost a line break: "... managers.    Skills  Diploma"
_WIDE_GAP = regex_cache.compile(r" {3,}")
# The labels a job site prints in the resumes it scrapes
_SITE_LABEL = regex_cache.compile(r"(?:Skills?|Education|Company|Experience|Projects?) Details\b")
# A job's header is a few words before its dates: "Data Analyst, Beta Inc, 2017 - 2019"
_HEADER_WORDS = 12
# Words a title or a company's name holds in lower case: "Head of Data", "Smith & Co"
_JOINING = frozenset({"of", "and", "&", "for", "at", "-", "–", "—", "|", "@", "/", "·", "the"})
# Capitals a title holds ("NLP Engineer", "SVP, Data"); other capitals are a tool's name
_TITLE_ACRONYMS = frozenset({"NLP", "SVP", "EVP", "AVP", "CTO", "CEO", "CIO", "CDO", "BSA"})
# Words that end in a full stop inside a header: "Sr.", "Acme Inc.", "B.S.", "Ph.D."; not an
# initial, which a sentence ending on "R." gives too
_ABBREVIATION = regex_cache.compile(
    r"(?:Sr|Jr|St|Dr|Mr|Ms|Mrs|Inc|Co|Ltd|Corp|Bros|Dept|Univ|Intl|Assoc"
    r"|(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3})\.,?"
)
# Words after a job's dates: its duties ("2017 - 2019 Wrote SQL reports")
_WORDS_AFTER = regex_cache.compile(r" +[^\W\d_]")
# A word a date range ends on, just before a header's stop: "2019", "Present"
_DATE_END = regex_cache.compile(r"(?:\d|[Pp]resent|[Nn]ow|[Dd]ate)\W*\s*$")


def flat_resume_breaks(text: str) -> list[int]:
    """Where line breaks go in a flattened resume's long lines, each at a space; none unless
    its long lines hold most of its text, nor in a resume a job site scraped with its own
    labels ("Skill Details", "Company Details"), which flattened_sections reads."""
    long = long_lines(text)
    if 2 * sum(end - start for start, end in long) < len(text) or _SITE_LABEL.search(text):
        return []
    breaks: set[int] = set()
    for start, end in long:
        line = text[start:end]
        breaks |= {start + at for at in _line_breaks(line) if 0 < at < len(line)}
    return sorted(breaks)


def _line_breaks(line: str) -> set[int]:
    """The breaks of a long line that holds two parts of a resume or more (headings inside
    it, jobs' dates); none in a paragraph of one job, or a skills line under its label."""
    headings = _headings(line)
    found = {at for heading in headings for at in heading}
    found |= {at.start() for at in _BULLET.finditer(line)}
    found |= {gap.start() for gap in _WIDE_GAP.finditer(line)}
    spans = _date_spans(line)
    if len(spans) + sum(1 for before, _ in headings if before > 0) < 2:
        return set()
    ordered = sorted(found)
    inside = {
        at
        for start, end in spans
        for at in ordered[bisect_right(ordered, start) : bisect_left(ordered, end)]
    }
    return (found - inside) | _job_breaks(line, spans, found - inside)


def _headings(line: str) -> list[tuple[int, int]]:
    """The spaces before and after each inline heading written as one: capitalised, and set
    apart from the words before it ("... with Docker. Education MSc Statistics")."""
    found: list[tuple[int, int]] = []
    for heading in _HEADING.finditer(line):
        words = heading.group().rstrip(" :").split()
        if not all(word[0].isupper() for word in words if word != "and"):
            continue
        if words[-1].lower() in _IN_TITLES and _OCCUPATION_NEXT.match(line, heading.end()):
            continue  # a title's word: "Customer Experience Manager", "Education Officer"
        if heading.group().isupper() or heading.group("colon") or _apart(line, heading):
            end = heading.end() - 1 if heading.group("colon") else heading.end()
            found.append((heading.start() - 1, end))
    return found


def _apart(line: str, heading: re.Match[str]) -> bool:
    """A heading set apart (labels.set_apart), or right after an address, a phone number or a
    link: "jane@x.com Experience"."""
    word = line[line.rfind(" ", 0, heading.start() - 1) + 1 : heading.start() - 1]
    contact = any(mark in word for mark in "@/") or any(ch.isdigit() for ch in word)
    return contact or set_apart(line, heading)


def _job_breaks(line: str, spans: list[tuple[int, int]], found: set[int]) -> set[int]:
    """The spaces before each dated job's header and after its dates (at `spans`).
    Dates that follow other dates are the same job's ("Tutor  Jan 2000 - Dec 2001  Jan 2002
    - Dec 2003"): no break between them."""
    breaks: set[int] = set()
    for (start, end), following in zip(spans, [*spans[1:], None], strict=False):
        header = _header_start(line, start, found)
        if line[header + 1 : start].strip() or not _DATE_END.search(
            line, max(0, header - 12), max(header, 0)
        ):
            breaks.add(header)
        after = end + (line[end : end + 1] in ")]")
        if following is not None and not line[after : following[0]].strip():
            continue
        if _WORDS_AFTER.match(line, after):
            breaks.add(after)
            if not line[header + 1 : start].strip():  # the dates open the job: its title next
                breaks |= _duties_after_title(line, after)
    return breaks


# A duty's verb in the past, capitalised as a sentence opens with it: "Built", "Migrated"
_DUTY_VERB = regex_cache.compile(
    r"[A-Z][a-z]{2,}ed|Built|Wrote|Rewrote|Led|Ran|Made|Taught|Grew|Drove|Won|Oversaw|Sold"
)
_WORD = regex_cache.compile(r"\S+")


def _duties_after_title(line: str, after: int) -> set[int]:
    """The space before the duties that follow a title written after its dates ("Jan 2021 -
    Present Senior Data Engineer, Nimbus Analytics Built streaming pipelines ..."): at a verb
    in the past after the title's words, with a word in lower case after it; not a name's
    word ("United Airlines", "Applied Scientist") nor a cell opening after a comma ("Software
    Engineer, Distributed systems group, Acme Corp")."""
    words = list(islice(_WORD.finditer(line, after), _HEADER_WORDS))
    for index, word in enumerate(words[2:-1], start=2):
        following = words[index + 1].group()
        opens_cell = words[index - 1].group().endswith(",")  # "..., Distributed systems group"
        if _DUTY_VERB.fullmatch(word.group()) and following[0].islower() and not opens_cell:
            joined = following in _JOINING and following != "and"  # "Designed and shipped"
            return set() if joined else {word.start() - 1}
        if not _header_word(word.group()):
            break
    return set()


def _date_spans(line: str) -> list[tuple[int, int]]:
    """Where the line's date ranges start and end."""
    spans: list[tuple[int, int]] = []
    position = 0
    while (dates := search_range(line, position)) is not None and dates.string == line:
        position = max(dates.end(), position + 1)
        spans.append((dates.start(), dates.end()))
    return spans


def _header_start(line: str, dates: int, found: set[int]) -> int:
    """The space before a job's header: back from its dates over a few words of a title and
    a company, to a sentence's end, another date, a contact or a break already found, or to
    a tool's name a bullet ends on before the title (_bullets_tool)."""
    at = line.rfind(" ", 0, dates + 1) if line[dates : dates + 1] != " " else dates
    read: list[str] = []  # the header's words read so far, last first
    for _ in range(_HEADER_WORDS):
        if line[at - 2 : at] == "  ":  # a wide gap: the header starts past it
            return len(line[:at].rstrip(" "))
        if at <= 0 or at in found:
            return at
        before = line.rfind(" ", 0, at)
        word = line[before + 1 : at]
        if word and (not _header_word(word) or _bullets_tool(line, before, word, read)):
            return at
        read.append(word)
        at = before
    return at


# A name written in camel case, as tools' names are: "SageMaker", "PyTorch", "BigQuery"
_CAMEL_CASE = regex_cache.compile(r"[A-Z]?[a-z]+[A-Z][A-Za-z]*")
# What a bullet says right before the tool it ends on: a word that governs it ("with
# PyTorch", "on AWS SageMaker", "using BigQuery"), perhaps with a vendor's letters between
_TOOL_BEFORE = regex_cache.compile(
    r"(?:^|[ \t])(?:with|on|in|using|via|into|onto|to|from|through|by)[ \t]+(?:[A-Z]{2,}[ \t]+)?\Z"
)
_TOOL_BEFORE_REACH = 24  # characters: the governing word and a vendor's letters


def _bullets_tool(line: str, before: int, word: str, read: list[str]) -> bool:
    """A tool's name in camel case, at line[before + 1:], before a title already read back to
    its occupation ("... models on AWS SageMaker Data Analyst, Fable Retail, 2017 - 2020"):
    the end of the bullet above, which governs it (_TOOL_BEFORE), not the title's first word
    ("... at the counter McDonalds Shift Manager", "... in production JavaScript Full Stack
    Developer"); not a field the occupation follows ("DevOps Engineer") nor a company's cell
    ("HubSpot, Data Analyst")."""
    if not _CAMEL_CASE.fullmatch(word) or not read or is_occupation(read[-1].strip(",|")):
        return False
    if not _TOOL_BEFORE.search(line, max(0, before - _TOOL_BEFORE_REACH), before + 1):
        return False
    return any(is_occupation(seen.strip(",|")) for seen in read)


def _header_word(word: str) -> bool:
    """A word a job's title or company may hold: capitalised, a joining word or a mark, not
    a sentence's end, a number or a contact."""
    if word.lower() in _JOINING or _ABBREVIATION.fullmatch(word):
        return True
    if any(ch.isdigit() for ch in word) or "@" in word or word[-1] in ".!?;:":
        return False
    core = word.strip(",|")
    if len(core) > 2 and core.isupper() and core not in _TITLE_ACRONYMS:
        return False  # a tool a sentence ends on: "... served with ONNX Software Engineer"
    return word[0].isupper() or word[0] in "(&"
