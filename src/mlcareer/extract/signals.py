"""ML evidence beyond skills: publications and venues, arXiv/Scholar and GitHub links, Kaggle
rankings, open-source work and a degree field that suits ML roles. Plain regexes over the text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import get_args

from .. import regex_cache
from ..models import Degree, Section, Signal, SignalKind, Signals
from .importance import lowered_alike
from .lines import LineIndex

# Venue spelling -> canonical name. Acronyms are matched with their exact case.
VENUES = {
    "NeurIPS": "NeurIPS",
    "NIPS": "NeurIPS",
    "ICML": "ICML",
    "ICLR": "ICLR",
    "CVPR": "CVPR",
    "ICCV": "ICCV",
    "ECCV": "ECCV",
    "ACL": "ACL",
    "EMNLP": "EMNLP",
    "NAACL": "NAACL",
    "COLING": "COLING",
    "KDD": "KDD",
    "AAAI": "AAAI",
    "IJCAI": "IJCAI",
    "JMLR": "JMLR",
    "TMLR": "TMLR",
    "TPAMI": "TPAMI",
    "AISTATS": "AISTATS",
    "UAI": "UAI",
    "COLT": "COLT",
    "CoRL": "CoRL",
    "RSS": "RSS",  # Robotics: Science and Systems
    "ICRA": "ICRA",
    "IROS": "IROS",
    "ICASSP": "ICASSP",
    "Interspeech": "Interspeech",
    "SIGIR": "SIGIR",
    "RecSys": "RecSys",
    "WSDM": "WSDM",
    "MLSys": "MLSys",
}
_VENUE = regex_cache.compile(r"(?<![\w-])(" + "|".join(VENUES) + r")(?![\w-])")
# Outside a Publications section a venue counts only on a line about a paper.
_PAPER_CUE = regex_cache.compile(
    r"\b(?:papers?|published|publications?|accepted|proceedings|workshop|conference|poster"
    r"|oral)\b",
    re.I,
)
_YEAR = regex_cache.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_LINK_END = r"[^\s,;)\]>\"']*[^\s,;)\]>\"'.]"
_ARXIV = regex_cache.compile(
    rf"\barxiv\.org/(?:abs|pdf)/{_LINK_END}|\barXiv:\s?\d{{4}}\.\d{{4,5}}", re.I
)
_SCHOLAR = regex_cache.compile(rf"\bscholar\.google\.[a-z.]+/{_LINK_END}", re.I)
_GITHUB = regex_cache.compile(r"\bgithub\.com/([\w-]+)(?:/([\w.-]*\w))?", re.I)
_GITHUB_NOT_USERS = {"orgs", "sponsors", "topics", "features", "about", "marketplace"}
_TIER = r"\b(grandmaster|master|expert)\b(?!['’]s)"
_KAGGLE_TIER = regex_cache.compile(
    rf"\bkaggle\b[^.;\n]{{0,30}}?{_TIER}|{_TIER}[^.;\n]{{0,20}}?\bkaggle\b", re.I
)
_TOP_PERCENT = regex_cache.compile(r"\btop\s+(\d+(?:\.\d+)?)\s?%", re.I)
_COMPETITION = regex_cache.compile(r"\b(?:kaggle|competitions?|challenge|leaderboard)\b", re.I)
_OPEN_SOURCE = regex_cache.compile(
    r"\bopen[- ]source\b"
    r"|\b(?:contributor|committer|maintainer)\s+(?:to|of|for)\b"
    r"|\b(?:merged|landed)\b[^.;\n]{0,40}\b(?:pull requests?|PRs?)\b"
    r"|\b(?:pull requests?|PRs?)\b[^.;\n]{0,40}\b(?:merged|accepted)\b",
    re.I,
)
# Degree fields that suit ML roles: CS and AI, data science, mathematics, statistics, physics, EE.
_ML_FIELD = regex_cache.compile(
    r"comput|informatics|artificial intelligence|machine learning|data science|math"
    r"|statist|physics|electrical|electronic",
    re.I,
)


_KIND_ORDER = {kind: i for i, kind in enumerate(get_args(SignalKind))}


def _signal(kind: SignalKind, value: str, lines: LineIndex, line: int) -> Signal:
    return Signal(kind=kind, value=value, text=lines.line_text(line).strip(), line=line)


def _section_lines(lines: LineIndex, sections: list[Section], name: str) -> list[int]:
    """Line numbers inside sections called `name`, without their heading lines."""
    numbers: list[int] = []
    for section in sections:
        if section.name == name:
            first = lines.line_of(section.start) + 1
            last = lines.line_of(max(section.start, section.end - 1))
            numbers += [n for n in range(first, last + 1) if lines.line_text(n).strip()]
    return numbers


# Words each pattern needs, in lower case: a text whose lower case holds none of them has no
# match, which a few substring tests tell faster than the pattern's search of the whole text.
# (Exact where lowered_alike gives the lower case: the patterns with re.I find in it, without,
# what they find in the text.) The venues' names are sought as written, without the
# lookarounds, which the engine skips to far faster.
_VENUE_NAMES = regex_cache.compile("|".join(map(re.escape, VENUES)))
_NEEDED_WORDS = {
    _ARXIV: ("arxiv",),
    _SCHOLAR: ("scholar.google.",),
    _GITHUB: ("github.com/",),
    _KAGGLE_TIER: ("kaggle",),
    _TOP_PERCENT: ("%",),
    _OPEN_SOURCE: tuple("open contributor committer maintainer merged landed accepted".split()),
}


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    return lowered_alike(text)


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when the text lacks what every match of the pattern needs."""
    if pattern is _VENUE:
        return _VENUE_NAMES.search(text) is not None
    lowered = _lowered(text)
    return lowered is None or any(word in lowered for word in _NEEDED_WORDS[pattern])


def _anywhere(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern may match on some line of the text: one search of the whole text
    instead of one per line. Exact as a test: a match on a line is one in the text too, since
    these patterns use no ^ or $ and read the newline around a line as they read its ends
    (not a word character, not a hyphen)."""
    return _may_match(pattern, text) and pattern.search(text) is not None


def _lines_to_search(lines: LineIndex, *patterns: re.Pattern[str]) -> Iterable[int]:
    """Numbers of the lines on which one of the patterns may match, in order: the lines that
    hold a word one of them needs (_NEEDED_WORDS, or a venue's name for _VENUE). Exact: a line
    left out lacks what every match needs, as _may_match tells for a whole text; the words hold
    no newline, so each is found within its line."""
    text, lowered = lines.text, _lowered(lines.text)
    numbers: set[int] = set()
    for pattern in patterns:
        if pattern is _VENUE:
            numbers.update(lines.line_of(m.start()) for m in _VENUE_NAMES.finditer(text))
        elif lowered is None:  # no lower-case shortcut: every line
            return range(1, len(lines) + 1)
        else:
            for word in _NEEDED_WORDS[pattern]:
                numbers.update(_lines_holding(lines, lowered, word))
    return sorted(numbers)


def _lines_holding(lines: LineIndex, lowered: str, word: str) -> Iterator[int]:
    """Numbers of the lines whose lower case (a slice of `lowered`) holds the word."""
    at = lowered.find(word)
    while at != -1:
        number = lines.line_of(at)
        yield number
        next_line = lines.line_start(number + 1) if number < len(lines) else len(lowered)
        at = lowered.find(word, next_line)


def count_publications(entries: list[str]) -> int:
    """Entries in a publications list. An entry may wrap over lines and usually ends with its
    year, so lines naming a year are counted; a list without any year counts its lines."""
    with_year = sum(bool(_YEAR.search(line)) for line in entries)
    return with_year or len(entries)


def _venues(lines: LineIndex, publication_lines: set[int]) -> list[Signal]:
    found: list[Signal] = []
    for number in _lines_to_search(lines, _VENUE):
        line = lines.line_text(number)
        if number not in publication_lines and not _PAPER_CUE.search(line):
            continue
        for venue in dict.fromkeys(VENUES[m.group(1)] for m in _VENUE.finditer(line)):
            found.append(_signal("publication-venue", venue, lines, number))
    return found


def names_venue(text: str) -> bool:
    """The text names a known venue: "ACL 2020", "NeurIPS"."""
    return _VENUE.search(text) is not None


# Venues' acronyms that are also other things' (an access control list, a news feed)
_OTHER_SENSES = frozenset({"ACL", "COLT", "UAI", "RSS"})
_JOINERS = frozenset({"or", "and"})


def only_venues(text: str) -> bool:
    """The text names nothing but known venues ("NeurIPS or KDD", "ACL, EMNLP"): one of them
    alone only when it has no other sense ("ACL" may be an access control list)."""
    venues = _VENUE.findall(text)
    rest = _VENUE.sub(" ", text)
    alone_ok = len(venues) > 1 or (len(venues) == 1 and venues[0] not in _OTHER_SENSES)
    return alone_ok and all(word.lower() in _JOINERS for word in re.findall(r"\w+", rest))


def _links(lines: LineIndex) -> list[Signal]:
    found: list[Signal] = []
    for number in _lines_to_search(lines, _ARXIV, _SCHOLAR, _GITHUB):
        line = lines.line_text(number)
        found += [_signal("arxiv", m.group(), lines, number) for m in _ARXIV.finditer(line)]
        found += [_signal("scholar", m.group(), lines, number) for m in _SCHOLAR.finditer(line)]
        for m in _GITHUB.finditer(line):
            user, repo = m.group(1), m.group(2)
            if user.lower() in _GITHUB_NOT_USERS:
                continue
            kind: SignalKind = "github-repo" if repo else "github-profile"
            value = f"github.com/{user}/{repo}" if repo else f"github.com/{user}"
            found.append(_signal(kind, value, lines, number))
    return found


def _kaggle(lines: LineIndex) -> list[Signal]:
    found: list[Signal] = []
    for number in _lines_to_search(lines, _KAGGLE_TIER, _TOP_PERCENT):
        line = lines.line_text(number)
        tier = _KAGGLE_TIER.search(line)
        if tier:
            name = (tier.group(1) or tier.group(2)).title()
            found.append(_signal("kaggle", f"Kaggle {name}", lines, number))
        if _COMPETITION.search(line):
            for m in _TOP_PERCENT.finditer(line):
                found.append(_signal("kaggle", f"top {m.group(1)}%", lines, number))
    return found


def _open_source(lines: LineIndex) -> list[Signal]:
    found: list[Signal] = []
    for number in _lines_to_search(lines, _OPEN_SOURCE):
        m = _OPEN_SOURCE.search(lines.line_text(number))
        if m:
            found.append(_signal("open-source", m.group(), lines, number))
    return found


def _degree_fields(degrees: list[Degree]) -> list[Signal]:
    return [
        Signal(kind="degree-field", value=d.field, text=d.text.strip(), line=d.line)
        for d in degrees
        if d.field and _ML_FIELD.search(d.field)
    ]


def find_signals(text: str, sections: list[Section], degrees: list[Degree]) -> Signals:
    """Every ML evidence signal in a resume's text, ordered by kind, then line."""
    lines = LineIndex(text)
    publication_lines = _section_lines(lines, sections, "publications")
    items = (
        _venues(lines, set(publication_lines))
        + _links(lines)
        + _kaggle(lines)
        + _open_source(lines)
        + _degree_fields(degrees)
    )
    unique = {(s.kind, s.value.lower()): s for s in reversed(items)}  # first occurrence wins
    fields_named = any(degree.field for degree in degrees)
    return Signals(
        publications=count_publications([lines.line_text(n) for n in publication_lines]),
        degree_fit=any(s.kind == "degree-field" for s in items) if fields_named else None,
        items=sorted(
            (s for s in items if unique[(s.kind, s.value.lower())] is s),
            key=lambda s: (_KIND_ORDER[s.kind], s.line),
        ),
    )
