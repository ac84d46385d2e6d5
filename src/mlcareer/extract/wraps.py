"""Hard wraps: a sentence broken over lines where the page or the editor ran out of width, as a
PDF's lines and a text file wrapped at 80 columns break it ("applies machine\\n  learning to
demand forecasting"). A name broken there is still one name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import regex_cache
from ..documents.cleaning import Edit, swap_characters
from ..documents.limits import Limits
from ..models import Section
from .experience import search_range

# A line break inside a sentence: after a word, a comma or a closing bracket, before a word
# in lower case (a new item, a heading or a title opens with a capital or a mark); not before
# an "o" used as a bullet ("o Built dashboards") nor a lettered or Roman item's mark ("b) SQL",
# "ii. Kafka"). Also before an indented bracket that closes on its line, the examples of what
# the line above named ("gradient boosting" / "  (XGBoost/LightGBM)").
_WRAP = regex_cache.compile(
    r"(?<=[\w,)])[ \t]*(\n)"
    r"(?:[ \t]*(?=[a-z])(?!o[ \t]|(?:[a-z]|[ivx]{2,4})[.)][ \t])|[ \t]+(?=\([^\n()]*\)))"
)


def at_breaks(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for _WRAP or _CAPITAL_WRAP, tried only where a match can open:
    each opens with the blanks that end a line and its line break, behind a character that
    is no blank (its lookbehind), so only at the start of those blanks; and it ends before a
    character that is no blank, so no match holds the start of another. One try per line
    break instead of one per character (a property test compares)."""
    at = text.find("\n")
    while at != -1:
        start = at
        while start and text[start - 1] in " \t":
            start -= 1
        found = pattern.match(text, start)
        if found:
            yield found
        at = text.find("\n", at + 1)


# A careers site's field label in lower case, alone on its line above its value, as Workday
# sets them ("locations" / "Austin, TX", "time type" / "Full time"): no sentence goes on there
_SITE_LABEL = regex_cache.compile(
    r"[ \t]*(?:locations?|time type|remote type|posted on|job requisition id|time left to apply"
    r"|job family|worker type)[ \t]*(?:\n|$)"
)


def wrap_breaks(text: str, sections: list[Section]) -> list[int]:
    """Where a line break only wraps a sentence, in text order; never the break after a
    section's heading ("Skills" / "python, sql"), before a site's label ("locations") nor
    between a table's rows."""
    if "\n" not in text:
        return []
    after_headings = {text.find("\n", section.start) for section in sections}
    return [
        found.start(1)
        for found in at_breaks(_WRAP, text)
        if found.start(1) not in after_headings
        and not _SITE_LABEL.match(text, found.end())
        and not _between_rows(text, found.start(1))
    ]


def _between_rows(text: str, at: int) -> bool:
    """The break at `at` parts two rows of a table whose cells bars part, as a Markdown table
    without outer bars sets them ("SQL | Advanced | 4" / "dbt | Familiar | 1")."""
    if "|" not in text[text.rfind("\n", 0, at) + 1 : at]:
        return False
    end = text.find("\n", at + 1)
    return "|" in text[at + 1 : len(text) if end == -1 else end]


# A line break before a capital after a word: "models with Machine\n  Learning pipelines"
_CAPITAL_WRAP = regex_cache.compile(r"(?<=[^\W\d_])[ \t]*(\n)[ \t]*(?=[A-Z])")
_WORD = regex_cache.compile(r"[^\W\d_][\w'’+#.-]*")
# Words on a line that runs on to the next: fewer make a title, an item or a heading
RUNNING_WORDS = 5
# A line that opens with a label opens a new item: "Cloud: AWS, GCP"
_LABEL = regex_cache.compile(r"[A-Z][\w &/+.-]{0,30}:(?:\s|$)")


def capital_breaks(text: str, sections: list[Section]) -> list[int]:
    """Where a line break wraps a sentence that goes on in capitals ("Built recommendation
    models with Machine" / "Learning pipelines"), which a name may run over: the line before
    runs on (several words, or a comma list whose last item goes on: "Services, Natural
    Language" / "Processing"; no full stop or other end), the next opens no labelled item
    ("Cloud: AWS") and neither is a heading or holds dates (a role's heading: "... to
    Google" / "Cloud Engineer, Beta, 2016 - 2019"). Only the matcher reads over these; the
    lines stay apart."""
    if "\n" not in text:
        return []
    headings = {section.start for section in sections}
    after_headings = {text.find("\n", start) for start in headings}
    breaks = []
    for found in at_breaks(_CAPITAL_WRAP, text):
        at = found.start(1)
        before = text[text.rfind("\n", 0, at) + 1 : at]
        after_start = found.end()
        end = text.find("\n", after_start)
        after = text[after_start : len(text) if end == -1 else end]
        if at in after_headings or text.rfind("\n", 0, after_start) + 1 in headings:
            continue
        running = len(_WORD.findall(before)) >= RUNNING_WORDS or "," in before
        if not running or after.isupper() or _LABEL.match(after):
            continue
        if search_range(before, 0) or search_range(after, 0):
            continue
        breaks.append(at)
    return breaks


def certificate_breaks(text: str, sections: list[Section]) -> list[int]:
    """Where a certificate's name wraps under a certifications heading, as a sidebar's narrow
    column breaks it ("AWS Certified" / "Solutions Architect"): a line ending on a word, the
    next opening on a capital, neither holding dates ("AWS Certified Developer, 2021" ends
    its item). Only the matcher reads over these, for a name that runs over the break."""
    breaks = []
    for section in sections:
        if section.name != "certifications":
            continue
        heading_end = text.find("\n", section.start)
        body = text[section.start : section.end]
        for found in at_breaks(_CAPITAL_WRAP, body):
            at = section.start + found.start(1)
            before = text[text.rfind("\n", 0, at) + 1 : at]
            end = body.find("\n", found.end())
            after = body[found.end() : len(body) if end == -1 else end]
            if at == heading_end or search_range(before, 0) or search_range(after, 0):
                continue
            breaks.append(at)
    return breaks


# The words a sentence cannot end on: a preposition, an article, a conjunction ("2 days a
# week onsite in" / "Austin.")
_OPEN_ENDING = regex_cache.compile(
    r"(?:^|[ \t])(?:in|of|to|for|with|at|on|from|by|into|near|the|a|an|and|or)[ \t]*\Z"
)


_CELL_GAP = regex_cache.compile(r"\t|   |\|")  # what parts a table's cells on a line
# A site's link closing a menu's line, capitalized as a link's label is ("Jobs  Salaries  Sign
# in", "Careers Log In"): the line ends there, the next ("Machine Learning Engineer") is its own
_LINK_AT_END = regex_cache.compile(r"(?:^|[ \t])(?:Sign|Log)[ \t]?(?:in|In)[ \t]*\Z")


def open_ended_breaks(text: str, sections: list[Section]) -> list[int]:
    """Where a line break wraps a sentence that goes on in a capital after a word it cannot end
    on ("... 2 days per week onsite in" / "Austin."): the line before runs on (several words)
    and is no heading, the next is no heading, no labelled item and holds no dates."""
    if "\n" not in text:
        return []
    headings = {section.start for section in sections}
    breaks = []
    for found in at_breaks(_CAPITAL_WRAP, text):
        at = found.start(1)
        before_start = text.rfind("\n", 0, at) + 1
        before = text[before_start:at]
        if not _OPEN_ENDING.search(before) or len(_WORD.findall(before)) < RUNNING_WORDS:
            continue
        if before_start in headings or _stands_as_a_heading(text, before_start, before):
            continue  # a heading that ends on such a word: "Who we are looking for"
        if _CELL_GAP.search(before) or _LINK_AT_END.search(before):
            continue  # a table's row ("Criteria    Essential    Assessed by"), not a sentence
        after_start = found.end()
        if text.rfind("\n", 0, after_start) + 1 in headings:
            continue
        end = text.find("\n", after_start)
        after = text[after_start : len(text) if end == -1 else end]
        if after.isupper() or _LABEL.match(after) or search_range(after, 0):
            continue
        breaks.append(at)
    return breaks


_HEADING_WORDS = 8  # a short line after a blank one, no sentence's end: a heading's place


def _stands_as_a_heading(text: str, start: int, line: str) -> bool:
    """The line is short, ends on no stop and opens the text or follows a blank line, as an
    unlisted heading stands ("What you will be responsible for", "Things that would set you
    apart in"); a wrapped sentence's first line runs longer."""
    if len(_WORD.findall(line)) >= _HEADING_WORDS or line.rstrip().endswith((".", ",", ";")):
        return False
    return start == 0 or text[max(0, start - 2) : start] == "\n\n" or not text[:start].strip()


# The longest line joined wraps make: the reader splits longer lines, as extraction reads a
# skill's whole line and its time grows with (mentions on a line) x (the line's length)
JOINED_WIDTH = Limits().max_line_chars


def _within_width(text: str, breaks: list[int]) -> list[int]:
    """The breaks (in text order) to join so that no joined line runs over JOINED_WIDTH; the
    break that would is kept, and the next line starts anew."""
    joined: list[int] = []
    start = 0  # where the line being joined starts
    for at in breaks:
        line_start = text.rfind("\n", 0, at) + 1
        if not joined or joined[-1] != line_start - 1:
            start = line_start  # the line before this break was not joined to the one above
        end = text.find("\n", at + 1)
        if (len(text) if end == -1 else end) - start <= JOINED_WIDTH:
            joined.append(at)
    return joined


def joined_wraps(text: str, edits: list[Edit], breaks: list[int]) -> tuple[str, list[Edit]]:
    """The text with each wrapping break a space, so that a sentence reads as one line (up to
    JOINED_WIDTH characters); the edits with the breaks replaced, so offsets and words still
    map to the file."""
    return swap_characters(text, edits, _within_width(text, breaks), " ", "\n")


def unwrapped(words: str) -> str:
    """Words as one line: "machine\\n  learning" -> "machine learning"."""
    return " ".join(words.split()) if "\n" in words or "  " in words else words
