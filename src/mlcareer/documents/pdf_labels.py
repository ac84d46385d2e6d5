"""A column of section labels beside a page's text, as a PDF's reader gives it: each label
joined to its section's first line by one space ("EXPERIENCE Senior Data Scientist, Acme",
labels in capitals; "Experience Senior Data Scientist, Acme" in title case, when the column
labels the experience, the education and two more sections). A careful reader reads each
label as a heading above its section."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .. import regex_cache
from .sections import heading_name

# A section's label in capitals beside its first line in a PDF, whose reader joins the two with
# one space: "EXPERIENCE Senior Data Scientist, Acme", "TECHNICAL SKILLS Languages: Python"
CAPITAL_LABEL = regex_cache.compile(
    r"^(?P<label>[A-Z][A-Z]{2,30}(?: [A-Z]{2,30}){0,3})(?P<gap> )"
    r"(?=[A-Z0-9•▪●(–-])(?=[^\n]*[a-z])",
    re.M,
)
MIN_LABELS = 2  # labelled sections that make a column of labels
# Sections only a page's layout labels: a table of skills by kind ("Languages", "Tools")
# labels none of them
_PAGE_LABELS = frozenset({"experience", "education", "summary", "requirements"})
# A line's first words in title case, a label's words among them: "Work Experience Senior
# Data Scientist, Acme" ("Work Experience" is the label), "Skills Languages: Python"
_TITLE_WORDS = regex_cache.compile(r"^[A-Z][a-z]{2,30}(?: (?:[A-Z][a-z]{1,30}|and|&)){0,3}", re.M)
_SECTION_OPENS = regex_cache.compile(r"[A-Z0-9•▪●(–-](?=[^\n]*[a-z])")
# Labels in title case split only when they label both of these and two more sections: a line
# may open with a job whose title starts with a heading's word ("Education Consultant, Acme")
_TITLE_LABELS = frozenset({"experience", "education"})
MIN_TITLE_LABELS = 4
Spot = tuple[str, int, int]  # a label's section name, its end, and the end of the space after


def labels_apart(text: str, label: re.Pattern[str]) -> str:
    """The text with each section label that stands left of its section's first line on a
    line of its own, when lines open with the labels of two or more sections, one of them a
    page's own (experience, education...): a column of labels beside the page's text. The
    text as it is otherwise. Labels in title case are read the same way when they label the
    experience, the education and two more sections (_title_labels)."""
    spots = [
        (name, match.end("label"), match.end("gap"))
        for match in label.finditer(text)
        if (name := heading_name(match["label"])) is not None
    ]
    named = {name for name, _, _ in spots}
    if len(named) >= MIN_LABELS and named & _PAGE_LABELS:
        return _apart(text, spots)
    titled = list(_title_labels(text))
    named = {name for name, _, _ in titled}
    if len(named) >= MIN_TITLE_LABELS and _TITLE_LABELS.issubset(named) and not _headed(text):
        return _apart(text, titled)
    return text


def _headed(text: str) -> bool:
    """The page heads its experience and its education on lines of their own ("EXPERIENCE"):
    it has no column of labels (where a label may stand alone, one whose section opens below
    it), and a line opening with a heading's word opens with a job's title ("Training
    Specialist, Northwind", "Research Assistant, Tufts University")."""
    headed = {heading_name(line.strip()) for line in text.splitlines()}
    return _TITLE_LABELS.issubset(headed)


def _title_labels(text: str) -> Iterator[Spot]:
    """Each line's longest opening words in title case that name a section, before one space
    and a section's first line: "Experience Senior Data Scientist, Acme"."""
    for words in _TITLE_WORDS.finditer(text):
        line = words.group()
        ends = [at for at, char in enumerate(line) if char == " "] + [len(line)]
        for end in reversed(ends):
            gap = words.start() + end
            if text[gap : gap + 1] != " " or not _SECTION_OPENS.match(text, gap + 1):
                continue
            if (name := heading_name(line[:end])) is not None:
                yield name, gap, gap + 1
                break


def _apart(text: str, spots: Iterable[Spot]) -> str:
    """The text with a line break in place of the space after each label."""
    pieces, done = [], 0
    for _, label_end, gap_end in spots:
        pieces += [text[done:label_end], "\n"]
        done = gap_end
    return "".join(pieces) + text[done:]
