"""Degrees: level (secondary ... phd) and field, from resume lines or posting requirements."""

from __future__ import annotations

import re

from ..models import DEGREE_ORDER, Degree, DegreeLevel, Education, Section
from .lines import LineIndex

# Order matters only for readability: every pattern is tried and the highest level wins per line.
DEGREE_PATTERNS: list[tuple[DegreeLevel, re.Pattern[str]]] = [
    (
        "phd",
        re.compile(
            r"\b(?:ph\.?\s?d\.?|doctorate|doctoral|doctor of philosophy|d\.phil\.?|dphil)(?![a-z])",
            re.I,
        ),
    ),
    (
        "master",
        re.compile(
            r"\b(?:masters?(?:'s|’s)?\s+(?:of|in|degree|program|programme|student|thesis|\()"
            r"|masters?(?:'s|’s)\s|m\.\s?sc?\.?|msc\b|m\.\s?s\.(?!\s*(?:office|excel|word))"
            r"|m\.?\s?eng\b|m\.\s?tech\b|mtech\b|mba\b|m\.b\.a\.?|m\.\s?a\.|m\.?\s?phil\b|mca\b"
            r"|m\.\s?com\b|post\s?-?graduate(?:\s+degree|\s+diploma)?|graduate degree)",
            re.I,
        ),
    ),
    ("master", re.compile(r"\bMS\b(?=\s*(?:in\b|,|degree|\(|of\b|/|-\s*[A-Z]))")),
    ("master", re.compile(r"\bMA\b(?=\s+in\b)")),
    (
        "bachelor",
        re.compile(
            r"\b(?:bachelors?(?:'s|’s)?(?:\s+(?:of|in|degree|program|programme|\())?"
            r"|b\.\s?sc?\.?|bsc\b|b\.\s?s\.|b\.\s?tech\.?|btech\b|b\.\s?e\.|b\.\s?eng\b|beng\b"
            r"|b\.\s?a\.|bba\b|b\.b\.a\.?|bca\b|b\.\s?com\b|undergraduate degree"
            r"|four-year degree|4-year degree|college degree|university degree)",
            re.I,
        ),
    ),
    ("bachelor", re.compile(r"\b(?:BS|BE|BA)\b(?=\s*(?:in\b|,|degree|\(|of\b|/|-\s*[A-Z]))")),
    (
        "associate",
        re.compile(r"\b(?:associate(?:'s|’s)?\s+(?:degree|of)|a\.a\.s\.?|diploma\s+in)", re.I),
    ),
    (
        "secondary",
        re.compile(
            r"\b(?:high school|secondary school|higher secondary|hsc\b|ssc\b|ged\b|a-levels?"
            r"|12th|10th|intermediate\s+\(|matriculation|cbse)",
            re.I,
        ),
    ),
]

FIELDS: dict[str, tuple[str, ...]] = {
    "computer science": (
        "computer science",
        "computing",
        "computer engineering",
        "software engineering",
        "information technology",
        "informatics",
        "cs",
        "cse",
    ),
    "artificial intelligence": ("artificial intelligence", "machine learning", " ai"),
    "data science": ("data science", "data analytics", "analytics"),
    "mathematics": ("mathematics", "applied math", "maths", "math"),
    "statistics": ("statistics", "statistical", "biostatistics"),
    "physics": ("physics",),
    "electrical engineering": ("electrical", "electronics", "ece", "eee"),
    "engineering": ("engineering",),
    "economics": ("economics", "econometrics", "finance"),
    "business": ("business", "management", "commerce", "mba"),
}

_FIELD_AFTER = re.compile(r"(?:\bin\b|\bof\b|,|-|–|:)\s*([A-Z][A-Za-z&.\- ]{2,60})")


def field_of(line: str) -> str | None:
    """The degree's field, normalised to a known area when possible."""
    lowered = f" {line.lower()} "
    for field, cues in FIELDS.items():
        if any(re.search(rf"(?<![a-z]){re.escape(cue.strip())}(?![a-z])", lowered) for cue in cues):
            return field
    found = _FIELD_AFTER.search(line)
    return found.group(1).strip() if found else None


def degree_in_line(line: str) -> DegreeLevel | None:
    best: DegreeLevel | None = None
    for level, pattern in DEGREE_PATTERNS:
        if pattern.search(line) and (best is None or DEGREE_ORDER[level] > DEGREE_ORDER[best]):
            best = level
    return best


def find_degrees(lines: LineIndex, sections: list[Section]) -> list[Degree]:
    degrees: list[Degree] = []
    for number in range(1, len(lines) + 1):
        text = lines.line_text(number)
        level = degree_in_line(text)
        if level is None:
            continue
        degrees.append(
            Degree(level=level, text=text.strip()[:160], field=field_of(text), line=number)
        )
    return degrees


def resume_education(lines: LineIndex, sections: list[Section]) -> Education:
    """Highest degree on the resume; the education section is trusted first."""
    degrees = find_degrees(lines, sections)
    in_education = [
        d for d in degrees if lines.section_of(lines.line_start(d.line), sections) == "education"
    ]
    pool = in_education or degrees
    if not pool:
        return Education(degrees=degrees)
    best = max(pool, key=lambda d: (DEGREE_ORDER[d.level], -d.line))
    return Education(highest=best.level, field=best.field, degrees=degrees)
