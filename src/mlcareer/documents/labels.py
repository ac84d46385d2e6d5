"""Sections of a flattened resume, one whose line breaks were lost when it was scraped from a
job site: its headings are labels inside long lines ("... Statistics Education Details
January 2014 to January 2017 B.E ... Company Details company - Acme description - ...")."""

from __future__ import annotations

import re

from .. import regex_cache
from ..models import Section
from .limits import Limits
from .sections import HEADINGS, POSTING_SECTIONS

# A line this long lost its line breaks (PDF or CSV exports, text scraped from a job site): it
# holds a whole resume, or much of one. A document is flattened when such lines hold most of
# its text and no line is a heading.
FLATTENED_LINE = 200
# A line this long holds a whole resume, or a piece of one that reading cut at a space (pieces
# are at least half the longest line kept): its last section goes on into the next line.
_RUNS_ON = Limits().max_line_chars // 2
# Labels that name a section wherever they stand: the words of two or more, as such sites
# print them ("Skill Details", "Education Details", "Company Details").
_LABEL_WORDS = {
    "skills": (
        r"(?:technical|key|core|it|professional)\s+skills|skills?\s+(?:details|set|summary)"
    ),
    "education": (
        r"education(?:al)?\s+(?:details|qualifications?|background)"
        r"|academic\s+(?:details|qualifications?|background)"
    ),
    "experience": (
        r"company\s+details|(?:work|professional)\s+experience|experience\s+details"
        r"|employment\s+(?:history|details)|work\s+history"
    ),
    "projects": r"projects?\s+(?:details|undertaken)",
}
# One word that names a section where it is set apart as a label: in capitals, at a line's
# start, or followed by a colon or a list's mark ("Skills * Python * SQL").
_SHORT_LABELS = {
    "skills": "skills",
    "education": "education",
    "experience": "experience",
    "projects": "projects",
    "certifications": "certifications",
}
_SET_APART = regex_cache.compile(r"\s*(?:[:*•|▪●►➢]|[-–]\s*[^\s\d])")
_LABEL = regex_cache.compile(
    r"(?<![\w&/-])(?:"
    + "|".join(f"(?P<{name}>{words})" for name, words in _LABEL_WORDS.items())
    + "|(?P<short>"
    + "|".join(_SHORT_LABELS)
    + r"))\b(?!\s*[-–:]\s*(?:\d|less\b))",  # "Experience - 24 months" is a duration
    re.I,
)


def flattened_sections(text: str) -> list[Section]:
    """The sections that labels in its long lines open in a resume whose long lines hold most
    of its text and no line is a heading; none for a resume set out in lines, even one with a
    long summary or skills paragraph. A section ends at its line's end unless the line runs on
    (_RUNS_ON): "Technical Skills: Python, SQL, ..." over 200 characters takes in none of the
    jobs on the lines below."""
    long = long_lines(text)
    if 2 * sum(end - start for start, end in long) < len(text):
        return []
    sections: list[Section] = []
    for line_start, line_end in long:
        for label in _LABEL.finditer(text, line_start, line_end):
            name = _label_section(text, label)
            still_open = bool(sections) and sections[-1].end > label.start()
            if name is None or (still_open and sections[-1].name == name):
                continue
            if still_open:
                sections[-1].end = label.start()
            end = len(text) if line_end - line_start >= _RUNS_ON else line_end
            sections.append(Section(name=name, heading=label.group(), start=label.start(), end=end))
    return sections


def long_lines(text: str) -> list[tuple[int, int]]:
    """Where the lines longer than FLATTENED_LINE start and end."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if len(line) > FLATTENED_LINE:
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _label_section(text: str, label: re.Match[str]) -> str | None:
    """The section a label found opens: written as a label (capitalised), and a single word
    only when set apart."""
    words = label.group()
    if not words[0].isupper() or not (words.isupper() or words.istitle() or _it_skills(words)):
        return None
    if label.lastgroup != "short":
        return label.lastgroup
    at_line_start = label.start() == 0 or text[label.start() - 1] == "\n"
    if words.isupper() or at_line_start or _SET_APART.match(text, label.end()):
        return _SHORT_LABELS.get(words.lower())  # None for "SKİLLS", whose İ folds apart
    return None


def _it_skills(words: str) -> bool:
    return words.split()[0] == "IT"


# A posting's headings inside a flattened line ("... Docker Responsibilities: Build models
# ..."): its own heading words, longest first, after a space and before a colon or a word.
_POSTING_PHRASES = sorted(
    {phrase for name in POSTING_SECTIONS for phrase in HEADINGS.get(name, ())},
    key=lambda phrase: (-len(phrase), phrase),  # the same pattern on every run: see regex_cache
)
_POSTING_LOOKUP = {phrase: name for name in POSTING_SECTIONS for phrase in HEADINGS.get(name, ())}


def _phrase_pattern(phrase: str) -> str:
    return re.escape(phrase).replace(r"\ ", " ").replace("'", "['’]")


def by_first_letter(phrases: list[str]) -> str:
    """The phrases as one alternation grouped by first letter, each group in the phrases'
    order: "a(?:bout us|bout the role)|r(?:equirements)". The engine then tries a group only
    where its letter stands instead of trying every phrase at every place, and finds the same
    with or without re.I: phrases that open on different letters never match at one place."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        if not phrase[:1].isalpha():
            raise ValueError(f"a phrase must open on a letter: {phrase!r}")
        groups.setdefault(phrase[0].lower(), []).append(phrase)
    return "|".join(
        f"{letter}(?:{'|'.join(_phrase_pattern(phrase[1:]) for phrase in group)})"
        for letter, group in groups.items()
    )


# ... or before a list's bullet: "Requirements • 4+ years of Python • SQL"
_BULLET_NEXT = r"(?P<bullet> [•▪●►◦·] )"
_POSTING_LABEL = regex_cache.compile(
    rf"(?<= )(?:{by_first_letter(_POSTING_PHRASES)})"
    rf"(?:(?P<colon> ?:) |(?= (?-i:[A-Z0-9])|{_BULLET_NEXT}))",
    re.I,
)


def posting_label_breaks(text: str) -> list[int]:
    """Where line breaks go in a posting's flattened lines: at the spaces before and after each
    heading label ("Docker Responsibilities: Build" -> "Docker / Responsibilities: / Build").
    A label is capitalised and ends with a colon, or is written as a title and goes on with a
    capitalised word ("About us We build"); "the requirements of our clients" is no label.
    A shorter line is broken only at strong labels: two or more, of different sections, each
    capitalised with a colon ("... Requirements: SQL. Nice to have: Python. Benefits: ...")."""
    breaks: list[int] = []
    for line_start, line_end in _lines(text):
        flattened = line_end - line_start > FLATTENED_LINE
        if not flattened and text.count(":", line_start, line_end) < 2:
            continue  # a shorter line needs two labels with a colon: most lines have none
        labels = list(_POSTING_LABEL.finditer(text, line_start, line_end))
        if flattened:
            labels = [found for found in labels if found.group("colon") or set_apart(text, found)]
        else:
            labels = [found for found in labels if found.group("colon")]
            if len({_POSTING_LOOKUP[_label_words(found)] for found in labels}) < 2:
                continue
        for label in labels:
            if _posting_label(label):
                end = label.end() - 1 if label.group("colon") else label.end()
                breaks += [label.start() - 1, end]
    return breaks


def _lines(text: str) -> list[tuple[int, int]]:
    """Where each line starts and ends."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def _label_words(label: re.Match[str]) -> str:
    """A label's words, lower-cased, one space apart and with a plain apostrophe."""
    words = regex_cache.matched_key(label.group().rstrip(": ")).replace("’", "'")
    return " ".join(words.split())


def _posting_label(label: re.Match[str]) -> bool:
    words = label.group().rstrip(": ")
    if not words[0].isupper():
        return False
    return bool(label.group("colon") or label.group("bullet")) or words.isupper() or _titled(words)


_WORD_BEFORE = regex_cache.compile(r"(\S+) $")


def set_apart(text: str, label: re.Match[str]) -> bool:
    """A label without a colon stands after a sentence's end or a capitalised word (a place,
    a title), not inside a sentence ("an Equal Opportunity Employer")."""
    before = _WORD_BEFORE.search(text, max(0, label.start() - 40), label.start())
    if before is None:
        return True
    word = before.group(1)
    return word[0].isupper() or word[-1] in ".!?;|)" or not word[-1].isalpha()


def _titled(words: str) -> bool:
    """Written as a title: each word of three letters or more capitalised ("About us")."""
    return len(words.split()) > 1 and all(w[0].isupper() for w in words.split() if len(w) > 2)
