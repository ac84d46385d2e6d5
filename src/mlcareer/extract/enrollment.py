"""A posting for current students: "Currently enrolled in a Bachelor's or Master's program",
"graduating 2028 or later", "must be returning to school", "Werkstudent: immatrikuliert"."""

from __future__ import annotations

import re

from .. import regex_cache
from .importance import Gated
from .lines import plain

_STUDENT = r"(?:(?:university|college|undergraduate|graduate|phd|master['’]?s|bachelor['’]?s)\s+)?"
_ENROLLED_PATTERN = regex_cache.compile(
    r"\b(?:(?:currently|actively|presently)\s+(?:be\s+)?"
    r"(?:enrolled|pursuing|studying|attending|registered|matriculated)\b"
    r"|(?:you(?:['’]re|\s+are)|should\s+be|who\s+(?:are|is))\s+(?:currently\s+)?"
    r"(?:enrolled|pursuing|studying)\b"
    r"|currently\s+an?\s+(?:\S+\s+){0,2}?students?\b"
    r"|must\s+be\s+(?:currently\s+)?(?:enrolled|pursuing|studying|an?\s+(?:current|registered"
    r"|full[- ]time|part[- ]time)\s+(?:\w+\s+)?student)\b"
    r"|enrolled\s+(?:as\s+an?\s+(?:full|part)[- ]time\s+student|in\s+an?\s+(?:\S+\s+){0,5}?"
    r"(?:program|programme|degree|university|college)\b)"
    # "Enrolled student in Computer Science", "must be an enrolled student"; not "Tutor
    # enrolled students", whom the job serves
    r"|(?:^\W*|\b(?:be|as|are|is)\s+)(?:an?\s+)?(?:currently\s+)?(?:enrolled|matriculated)\s+"
    r"(?:(?:full|part)[- ]time\s+)?" + _STUDENT + r"students?\b"
    r"|(?:returning|\bintent(?:ion)?\s+to\s+return)\s+to\s+(?:school|university|college"
    r"|(?:your|their)\s+studies|(?:(?:your|their|a|the)\s+)?(?:phd\s+|degree\s+)?program(?:me)?)\b"
    r"|(?:are|is|be)\s+(?:a\s+)?current(?:ly\s+a)?\s+" + _STUDENT + r"students?\b"
    # "Must be in your final year of a Bachelor's degree" (_STUDIES: of studies)
    r"|\b(?:are|is|be)\s+in\s+(?:your|their|the)\s+(?:final|penultimate|last)[- ]year\s+of\b"
    r"|^\W*pursuing\s+(?:an?|your)\s+(?:\S+\s+){0,3}?(?:degree|program|programme|studies)\b"
    r"|graduating\s+(?:in\s+|between\s+|after\s+)?[^.;\n]{0,25}?(?:19|20)\d\d\s+or\s+later\b"
    # a window of graduation dates: "students graduating between December 2026 and June 2028"
    r"|graduat(?:ing|e)\b[^.;\n]{0,90}?\bbetween\s+[^.;\n]{0,20}?(?:19|20)\d\d\s+and\s"
    r"|expected\s+graduation\s+(?:date\s+)?(?:in|between|after|of|no\s+earlier)\b"
    r"|immatrikuliert|eingeschrieben|\bdu\s+studierst\b|laufendes\s+studium)",
    re.I,
)
# ... and a word every match of it holds, which most lines lack (see Gated)
_ENROLLED = Gated.on_words(
    _ENROLLED_PATTERN,
    tuple(
        "enrolled|pursuing|studying|attending|registered|matriculated|student|return|graduat"
        "|immatrikuliert|eingeschrieben|studierst|studium|year".split("|")
    ),
)
# The line takes graduates too: "Currently pursuing or recently completed a degree",
# "Recent graduate or currently enrolled in ...", "or have completed a Master's".
_GRADUATES_TOO = regex_cache.compile(
    r"\b(?:recent(?:ly)?|new)\s+(?:\w+\s+)?(?:grad|complet|finish)"
    r"|\bor\s+(?:have\s+)?(?:recently\s+)?(?:completed|graduated|finished|hold(?:ing)?)\b",
    re.I,
)
# Studies named on the line: "currently registered with the NMC", "currently pursuing a CPA
# license", "actively pursuing leads" or "enrolled in Medicare" ask for no student.
_STUDIES = regex_cache.compile(
    r"\b(?:degree|diploma|universit(?:y|ies)|college|school|students?|studies|studium"
    r"|bachelor|master|ph\.?\s?d|doctora(?:l|te)|(?:under)?graduate|graduation|graduating"
    r"|b\.?\s?sc?|m\.?\s?sc?|b\.?a|mba|semester|major(?:ing)?|academic|coursework"
    r"|(?:nursing|accredited)\s+program(?:me)?)\b"
    r"|hochschule|immatrikuliert|eingeschrieben|\bdu\s+studierst\b",
    re.I,
)
# Studies as one choice among others, or a benefit: "Bachelor's degree or currently pursuing
# one", "hold or be currently pursuing", "or have equivalent experience", "tuition
# reimbursement for employees currently enrolled", "may also apply".
_ONE_CHOICE = regex_cache.compile(
    r"\bor\s+(?:be\s+|are\s+)?(?:currently\s+|actively\s+|presently\s+)?"
    r"(?:enrolled|pursuing|studying)\b"
    r"|\bor\s+(?:have\s+)?(?:equivalent|comparable|relevant)\s+(?:\w+\s+)?experience\b"
    r"|\btuition\b|\breimburs|\bmay\s+(?:also\s+)?apply\b",
    re.I,
)
MAX_WORDS = 120  # the posting's line, as the report quotes it


# A list item's mark before the line's words: "- Pursuing a bachelor's degree in ..."
_ITEM_MARK = regex_cache.compile(r"[ \t]*(?:[-•*·–][ \t]+)?")


def enrollment_asked(line: str) -> tuple[int, int] | None:
    """Where a posting's line asks that the candidate still studies; None when it does not
    or when it also takes graduates."""
    words = _ITEM_MARK.match(line)
    skipped = words.end() if words else 0
    found = _ENROLLED.search(line[skipped:])
    if found is None or _GRADUATES_TOO.search(line) or _ONE_CHOICE.search(line):
        return None
    return (found.start() + skipped, found.end() + skipped) if _STUDIES.search(line) else None


def enrollment_words(line: str) -> str:
    """The posting's words of the requirement, as the report quotes them."""
    return plain(line).strip(" \t-•*·–")[:MAX_WORDS]
