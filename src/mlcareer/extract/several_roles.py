"""A posting that advertises several roles at once ("Position 1: ML Engineer ... Position 2:
Data Analyst"): where each role's part starts, and the text each role is read from. A role
reads its own part with what the posting says of all of them: the text before the first
role, and after the last role's part its shared sections ("Benefits", "About us", how to
apply) or a line that speaks of every role ("Both roles are based in Austin")."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from .. import regex_cache
from ..documents.sections import ITEM_MARK, OTHER_OPENINGS, find_sections, heading_key
from ..errors import UsageError
from .lines import LineIndex, plain
from .titles import names_a_job, plain_title, title_cased
from .wording import OCCUPATIONS, is_occupation

# A role's header with its label and number: "Position 1: ML Engineer", "Role 2 - Data
# Analyst", "Opening #1: ...", "Job 2: ..."
_LABELLED = regex_cache.compile(
    r"(?i:position|role|opening|job|vacancy)[ \t]*(?:#|no\.)?[ \t]*(?P<number>\d{1,2})"
    r"(?:[ \t]+(?i:of)[ \t]+\d{1,2})?"  # "Role 1 of 2: ..."
    r"[ \t]*(?:[:.)|]|[-–—](?=[ \t]))[ \t]*(?P<title>\S.*)"
)
# A role's header by its number alone: "1. Senior Data Scientist", "(2) ML Engineer"
_NUMBERED = regex_cache.compile(r"\(?(?P<number>\d{1,2})[.)][ \t]+(?P<title>\S.*)")
_MAX_TITLE = 80
# More numbered headers than this make a list (of jobs, steps, asks), not this posting's roles;
# each role is read with all the text the roles share, so they also bound the work
_MAX_ROLES = 10
# ... and the roles' texts together (each holds the shared text) at most this many times the
# posting's, past a floor: a long text shared by many roles is read once, as one role
_READ_FACTOR, _READ_FLOOR = 3, 20_000
# A title's head, the occupation its last word names, ends before what qualifies it ("Data
# Engineer - Payments", "Data Engineer (Remote)", "Data Engineer, Search", "Data Engineer
# II") or what it is of or for ("Director of Engineering")
_QUALIFIED = regex_cache.compile(
    r"[ \t]+[-–—|/][ \t]|[(,|]|[ \t]+(?i:of|for|in|at|on|with|to)[ \t]"
)
_LEVEL = frozenset({"i", "ii", "iii", "iv", "v"})
# A year beside a title dates a job held, as a resume lists its jobs: "1. Data Analyst (2019 -
# 2023)"; a role advertised names none
_YEAR = regex_cache.compile(r"\b(?:19|20)\d\d\b")
# Headings over the company's or a job board's list of other jobs, which ask nothing here
_OTHER_JOBS = OTHER_OPENINGS | {
    *("similar jobs", "more jobs like this", "jobs you may be interested in"),
    *("recommended jobs", "people also viewed", "job seekers also viewed"),
}
# Sections after the last role that speak for the company or the posting, not for that role
_SHARED_SECTIONS = frozenset({"company", "benefits", "closing"})
# A sentence about every role: "Both roles are based in Austin", "All positions are remote"
_ALL_ROLES = regex_cache.compile(
    r"\b(?:both|all|each)(?:\s+(?:of|the|these|two|three|four|five))*\s+"
    r"(?:roles|positions|openings|jobs|vacancies)\b",
    re.I,
)
_LIST_ITEM = regex_cache.compile(rf"\s*{ITEM_MARK}\s")
# What a header's line opens with: a number, a bracket, or a label's first letter
_HEADER_OPENINGS = frozenset("0123456789(PpRrOoJjVv")
# A line that opens as a header may (past Markdown's marks): two of them, or one role at most
_HEADER_LIKE = regex_cache.compile(
    r"^[ \t#*_`]*(?:\(?\d{1,2}[.)]|(?i:position|role|opening|job|vacancy)\b)", re.M
)


@dataclass(frozen=True)
class RolePart:
    title: str
    line: int  # the line of its header, from 1
    text: str  # the text the role is read from: what all roles share, and its own part


@dataclass(frozen=True)
class _Header:
    number: int
    title: str
    line: int


def role_parts(text: str) -> list[RolePart]:
    """Each role of a posting that advertises two or more under numbered headers, in order;
    [] for a posting of one role."""
    if len(list(islice(_HEADER_LIKE.finditer(text), 2))) < 2:
        return []  # a quick look first: most postings hold no line that opens as a header
    lines = LineIndex(text)
    headers = _role_headers(lines)
    if not headers:
        return []
    starts = [lines.line_start(header.line) for header in headers]
    shared_end = _shared_tail(text, lines, headers[-1].line)
    before, after = text[: starts[0]], text[shared_end:]
    ends = [*starts[1:], shared_end]
    parts = [
        RolePart(header.title, header.line, before + text[start:end] + after)
        for header, start, end in zip(headers, starts, ends, strict=True)
    ]
    read = sum(len(part.text) for part in parts)
    return parts if read <= _READ_FACTOR * len(text) + _READ_FLOOR else []


def _role_headers(lines: LineIndex) -> list[_Header]:
    """The headers of two or more roles, numbered from 1 on, each with text below it; the
    labelled form first ("Position 1:"), else the bare numbers ("1. ML Engineer")."""
    searched = _lines_to_search(lines)
    for pattern, cased in ((_LABELLED, False), (_NUMBERED, True)):
        headers = _in_sequence(_candidates(searched, pattern, cased))
        if len(headers) >= 2 and _each_has_text(lines, headers):
            return headers
    return []


def _lines_to_search(lines: LineIndex) -> list[tuple[int, str]]:
    """Each line's number and its text without Markdown's marks, up to a list of other jobs;
    only the lines that open with a number or a label's first letter."""
    searched: list[tuple[int, str]] = []
    for number in range(1, len(lines) + 1):
        line = plain(lines.line_text(number))
        if heading_key(line).split(":", 1)[0].strip() in _OTHER_JOBS:
            break
        if line[:1] in _HEADER_OPENINGS:
            searched.append((number, line))
    return searched


def _candidates(
    searched: list[tuple[int, str]], pattern: re.Pattern[str], cased: bool
) -> list[_Header]:
    """The lines that read as a role's header."""
    found: list[_Header] = []
    for number, line in searched:
        header = pattern.fullmatch(line)
        title = plain_title(header["title"].rstrip(" \t:*")) if header else ""
        if header and _a_title(title, cased):
            found.append(_Header(int(header["number"]), title, number))
    return found


def _a_title(title: str, cased: bool) -> bool:
    """A job's title: an occupation named in a few words, no sentence nor year; when only its
    number marks it as a header ("1. Senior Data Scientist"), in capitals and headed by one
    occupation (not "1. Hiring Manager Interview" nor "2) Support Software Engineers")."""
    if len(title) > _MAX_TITLE or _YEAR.search(title) or not names_a_job(title):
        return False
    return not cased or (title_cased(title) and _headed_by_an_occupation(title))


def _headed_by_an_occupation(title: str) -> bool:
    """The title's head word, before what qualifies it, names one person's job."""
    head = _QUALIFIED.split(title, maxsplit=1)[0]
    words = [word for word in re.findall(r"[A-Za-z]+", head) if word.lower() not in _LEVEL]
    return bool(words) and is_occupation(words[-1]) and words[-1].lower() not in OCCUPATIONS


def _in_sequence(candidates: list[_Header]) -> list[_Header]:
    """The headers numbered 1, 2, 3 ... in order; others are lines of the roles' parts."""
    headers: list[_Header] = []
    for candidate in candidates:
        if candidate.number == len(headers) + 1:
            headers.append(candidate)
    return headers if len(headers) <= _MAX_ROLES else []


def _each_has_text(lines: LineIndex, headers: list[_Header]) -> bool:
    """Every header has a line of text below it before the next: a list of titles alone
    ("1. Data Analyst" / "2. Data Engineer") names jobs, not parts of this posting."""
    bounds = [*(header.line for header in headers[1:]), len(lines) + 1]
    return all(
        any(lines.line_text(number).strip() for number in range(header.line + 1, end))
        for header, end in zip(headers, bounds, strict=True)
    )


def _shared_tail(text: str, lines: LineIndex, last_header: int) -> int:
    """Where the text shared by all roles starts after the last role's header: a shared
    section, or a line (not a list's item) about every role; the text's end when neither."""
    after = lines.line_start(last_header + 1) if last_header < len(lines) else len(text)
    shared = [
        section.start
        for section in find_sections(text, posting=True)
        if section.start >= after and section.name in _SHARED_SECTIONS
    ]
    for number in range(last_header + 1, len(lines) + 1):
        line = lines.line_text(number)
        if _ALL_ROLES.search(line) and not _LIST_ITEM.match(line):
            shared.append(lines.line_start(number))
            break
    return min(shared, default=len(text))


def role_names(titles: list[str]) -> list[str]:
    """The roles' titles, each one a posting repeats told apart by its place ("Data Engineer
    (role 2)"), so that each can be named (--role) and reported."""
    counts = Counter(title.casefold() for title in titles)
    return [
        f"{title} (role {place})" if counts[title.casefold()] > 1 else title
        for place, title in enumerate(titles, start=1)
    ]


def several_roles_warning(titles: list[str]) -> str:
    return (
        f"this posting advertises {len(titles)} roles ({'; '.join(titles)}); match scores the"
        " best-fitting one, or the one --role names"
    )


def named_role(titles: list[str], words: str) -> int:
    """The index of the one role whose title holds `words`, case-blind; a UsageError that
    lists the roles when none does, or more than one."""
    wanted = words.casefold().strip()
    found = [index for index, title in enumerate(titles) if wanted in title.casefold()]
    if len(found) == 1:
        return found[0]
    raise _not_one_role(words, titles, [titles[index] for index in found])


def _not_one_role(words: str, titles: list[str], found: list[str]) -> UsageError:
    # "--role ml-engineer" with a posting: a taxonomy role profile's id, which --level takes
    profile = " (a taxonomy role profile goes with --level)" if "-" in words.strip("-") else ""
    if not titles:
        return UsageError(
            f"--role {words!r}: the posting names no role title to pick from",
            f"drop --role to score the posting as a whole{profile}",
        )
    which = "names more than one of" if found else "names none of"
    roles = "roles" if len(titles) > 1 else "role"
    return UsageError(
        f"--role {words!r} {which} the posting's {roles}: {'; '.join(found or titles)}",
        f"give words of one role's title, e.g. --role {(found or titles)[0]!r}{profile}",
    )
