"""Cues beyond single words that tell a resume from a posting: where a resume describes its own
jobs (there a recruiter's "candidates", "job postings" and "benefits" are work done, not a
posting's voice), and how often a text tells its reader what "you" will do or have."""

from __future__ import annotations

import re

from .. import regex_cache
from ..documents.sections import POSTING_SECTIONS
from ..models import Section
from .experience import search_range
from .importance import lowered_alike

# The reader addressed as the one to do the work: "You will lead", "What you need", "you've
# shipped", "You bring"; a posting's voice, which a resume (written of its writer) has not
_ADDRESSED = regex_cache.compile(
    r"\byou(?:'ll| will|'ve| have|'re| are| bring| need| hold| know| own| should| must)\b",
    re.I,
)
# The writer's own words on a line: "You'll find me", "you'll love my dashboards" speak of a
# resume's writer, not of what a hire will do
_FIRST_PERSON = regex_cache.compile(r"\b(?:i|me|my|i'm|i've)\b", re.I)
# Both searched without re.I in a lower-cased text where that finds the same (lowered_alike),
# "you" opening on its letter, which the search skips to (the boundary looked at behind it)
_ADDRESSED_LOWERED = regex_cache.compile(
    r"y(?<!\wy)ou(?:'ll| will|'ve| have|'re| are| bring| need| hold| know| own| should| must)\b"
)
_FIRST_PERSON_LOWERED = regex_cache.compile(_FIRST_PERSON.pattern)
# Lines that address the reader before that voice counts beyond its words
ADDRESSED_LINES = 2
ADDRESSED_VOTES = 2


def addressed_votes(text: str) -> int:
    """Votes for a posting when two lines or more speak to the reader as the hire (and not of
    the writer); each line is read once."""
    lowered = lowered_alike(text)
    addressed, first_person = (
        (_ADDRESSED, _FIRST_PERSON)
        if lowered is None
        else (_ADDRESSED_LOWERED, _FIRST_PERSON_LOWERED)
    )
    text = text if lowered is None else lowered
    lines, line_end = 0, -1
    for found in addressed.finditer(text):
        if found.start() <= line_end:
            continue  # a line already read
        line_start = text.rfind("\n", line_end + 1, found.start()) + 1
        line_end = text.find("\n", found.end())
        line_end = len(text) if line_end < 0 else line_end
        if not first_person.search(text, line_start, line_end):
            lines += 1
        if lines >= ADDRESSED_LINES:
            return ADDRESSED_VOTES
    return 0


def _below_dates(text: str, start: int) -> bool:
    """The last line with words above `start` holds a date range: a job's dates."""
    end = start
    while end > 0 and text[end - 1].isspace():  # only the blanks: no copy of all the text above
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end]
    return bool(line) and search_range(line, 0) is not None


def job_parts(text: str, sections: list[Section]) -> list[Section]:
    """Sections with a posting's heading that stand right below a job's dates within a work
    section: a resume's "Key Responsibilities:" under "HR Generalist, Acme" / "2020 - 2024".
    (A posting's "The job" below a team member's or the company's dates follows no work
    section.)"""
    parts: list[Section] = []
    in_work = False
    for section in sections:
        if section.name == "experience":
            in_work = True
        elif in_work and section.name in POSTING_SECTIONS and _below_dates(text, section.start):
            parts.append(section)
        else:
            in_work = False
    return parts


def work_spans(text: str, sections: list[Section]) -> list[tuple[int, int]]:
    """Where a resume describes its jobs: its work section from its first date range on, and
    the parts of a job that a posting's heading opens."""
    spans: list[tuple[int, int]] = []
    for section in sections:
        if section.name == "experience":
            dated = search_range(text[section.start : section.end], 0)
            if dated is not None:
                spans.append((section.start + dated.start(), section.end))
    spans += [(part.start, part.end) for part in job_parts(text, sections)]
    return sorted(spans)


def outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text without the spans, its pieces on lines of their own."""
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        pieces.append(text[at:start])
        at = max(at, end)
    pieces.append(text[at:])
    return "\n".join(pieces)
