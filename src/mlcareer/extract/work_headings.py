"""Resume headings over jobs in some resumes and over clubs, volunteering or papers in others
("Leadership", "Leadership Experience", a bare "Research"): the dated entries under them
decide. When every one reads as a job, the section holds work; otherwise it stays as named."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import regex_cache
from ..documents.sections import ITEM_MARK, heading_key
from ..models import Section
from .experience import names_a_job, search_range
from .lines import LineIndex

# "Leadership", "Leadership Experience", "Leadership & Activities"; "Research" alone (its
# longer forms, "Research Experience", name work already); "Service" alone, a veteran's or an
# academic's
_JUDGED = regex_cache.compile(r"\bleadership\b|^research$|^service$")
# What a student's club or society, volunteering or a citation names beside its dates. A
# mentor is a volunteer's role as often as a job ("Mentor, Girls Who Code").
_NOT_A_JOB = regex_cache.compile(
    r"\b(?:clubs?|societ(?:y|ies)|chapter|fraternity|sorority|committee|volunteer\w*|mentor\w*"
    r"|hackathons?|captain|scouts?|student\s+(?:government|union|council|association|senate"
    r"|body|organi[sz]ation|chapter)|et\s+al|proceedings|journal|conference|workshop|arxiv"
    r"|doi)\b"
    r"|(?-i:^\s*[A-Z][a-z]+,\s(?:[A-Z]\.\s?){1,3})",  # an author first: "Tanaka, A. ..."
    re.I | re.M,
)
_ITEM = regex_cache.compile(rf"^\s*{ITEM_MARK}\s")
_ABOVE = 2  # lines above a range where its title and employer may stand


def as_work(section: Section, lines: LineIndex) -> Section:
    """The section as work ("experience") when its heading may hold jobs and its dated
    entries all read as jobs; otherwise unchanged."""
    if section.name == "experience" or not _JUDGED.search(heading_key(section.heading)):
        return section
    if not _holds_jobs(section, lines):
        return section
    return section.model_copy(update={"name": "experience"})


def _holds_jobs(section: Section, lines: LineIndex) -> bool:
    """Whether there is a dated entry and each names a role, but no club, volunteering or
    paper."""
    first = lines.line_of(section.start) + 1  # below the heading
    entries = [job_entry(lines, line, first) for line in _dated_lines(section, lines)]
    return bool(entries) and all(names_a_job(e) and not _NOT_A_JOB.search(e) for e in entries)


def _dated_lines(section: Section, lines: LineIndex) -> Iterator[int]:
    """The lines of the section's date ranges."""
    body = lines.text[section.start : section.end]
    position = 0
    while found := search_range(body, position):
        position = found.end()
        yield lines.line_of(section.start + found.start())


def job_entry(lines: LineIndex, line: int, first: int) -> str:
    """A range's line with the lines above it that name its title and employer: up to the
    heading, a list item or another range's line."""
    texts = [lines.line_text(line)]
    above = lines.line_above(line)
    while above is not None and above >= first and len(texts) <= _ABOVE:
        text = lines.line_text(above)
        if _ITEM.match(text) or search_range(text, 0):
            break
        texts.insert(0, text)
        above = lines.line_above(above)
    return "\n".join(texts)
