"""A column of section labels beside a page's text, as a PDF's reader gives it: each label
joined to its section's first line by one space ("EXPERIENCE Senior Data Scientist, Acme",
labels in capitals). A careful reader reads each label as a heading above its section."""

from __future__ import annotations

import re

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


def labels_apart(text: str, label: re.Pattern[str]) -> str:
    """The text with each section label that stands left of its section's first line on a
    line of its own, when lines open with the labels of two or more sections, one of them a
    page's own (experience, education...): a column of labels beside the page's text. The
    text as it is otherwise."""
    found = [
        (match, name)
        for match in label.finditer(text)
        if (name := heading_name(match["label"])) is not None
    ]
    named = {name for _, name in found}
    if len(named) < MIN_LABELS or not named & _PAGE_LABELS:
        return text
    pieces, done = [], 0
    for match, _ in found:
        pieces += [text[done : match.end("label")], "\n"]
        done = match.end("gap")
    return "".join(pieces) + text[done:]
