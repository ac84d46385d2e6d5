"""Sections of a flattened resume, one whose line breaks were lost when it was scraped from a
job site: its headings are labels inside long lines ("... Statistics Education Details
January 2014 to January 2017 B.E ... Company Details company - Acme description - ...")."""

from __future__ import annotations

import re

from ..models import Section

# A document is flattened when a line is this long and no line is a heading.
_LONG_LINE = 200
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
_SET_APART = re.compile(r"\s*(?:[:*•|▪●►➢]|[-–]\s*[^\s\d])")
_LABEL = re.compile(
    r"(?<![\w&/-])(?:"
    + "|".join(f"(?P<{name}>{words})" for name, words in _LABEL_WORDS.items())
    + "|(?P<short>"
    + "|".join(_SHORT_LABELS)
    + r"))\b(?!\s*[-–:]\s*(?:\d|less\b))",  # "Experience - 24 months" is a duration
    re.I,
)


def flattened_sections(text: str) -> list[Section]:
    """The sections that labels open in a resume with a long line and no heading line; none
    for a resume set out in lines."""
    if all(len(line) <= _LONG_LINE for line in text.splitlines()):
        return []
    sections: list[Section] = []
    for label in _LABEL.finditer(text):
        name = _label_section(text, label)
        if name is None or (sections and sections[-1].name == name):
            continue
        if sections:
            sections[-1].end = label.start()
        sections.append(
            Section(name=name, heading=label.group(), start=label.start(), end=len(text))
        )
    return sections


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
        return _SHORT_LABELS[words.lower()]
    return None


def _it_skills(words: str) -> bool:
    return words.split()[0] == "IT"
