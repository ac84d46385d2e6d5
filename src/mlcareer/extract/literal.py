"""Requirements the taxonomy does not know: named terms in a posting's requirement lists.

"Thorough understanding of JDE E1 and Z1 capabilities" asks for "JDE E1" and "Z1 capabilities"
even though neither is a taxonomy skill. Such terms are kept as literal requirements and matched
against the resume's text (see match.py).
"""

from __future__ import annotations

import re

from ..models import Importance, Requirement, Section, SkillHit
from ..taxonomy import Taxonomy
from .education import degree_in_line
from .lines import LineIndex
from .requirements import PREFERRED_CUES, REQUIRED_CUES, line_importance

# Tokens that start or join a named term: Capitalised words, acronyms, words with digits.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.&/\-]*")
_JOINERS = {"of", "for", "de"}  # "and" separates terms: "A and B" asks for two things
# Capitalised words that open sentences or describe a requirement rather than name a thing.
_GENERIC = {
    "ability",
    "able",
    "experience",
    "experienced",
    "knowledge",
    "strong",
    "excellent",
    "good",
    "great",
    "proven",
    "demonstrated",
    "understanding",
    "proficiency",
    "proficient",
    "familiarity",
    "familiar",
    "thorough",
    "solid",
    "deep",
    "working",
    "hands-on",
    "expertise",
    "skills",
    "skill",
    "must",
    "should",
    "will",
    "you",
    "your",
    "we",
    "our",
    "the",
    "a",
    "an",
    "in",
    "with",
    "to",
    "and",
    "or",
    "of",
    "for",
    "on",
    "at",
    "by",
    "as",
    "is",
    "are",
    "be",
    "have",
    "has",
    "minimum",
    "required",
    "requirements",
    "preferred",
    "plus",
    "bonus",
    "degree",
    "bachelor",
    "bachelor's",
    "master",
    "master's",
    "years",
    "year",
    "certification",
    "certified",
    "previous",
    "prior",
    "relevant",
    "related",
    "outstanding",
    "effective",
    "exceptional",
    "advanced",
    "basic",
    "willingness",
    "eager",
    "capable",
    "capability",
    "comfortable",
    "background",
    "track",
    "record",
    "some",
    "any",
    "all",
    "other",
    "similar",
    "etc",
    "including",
    "such",
    "e.g",
    "i.e",
    "high",
    "level",
    "field",
    "equivalent",
    "self",
    "team",
    "work",
    "office",
    "new",
    "responsible",
    "responsibilities",
    "requirement",
    "require",
    "requires",
    "need",
    "needs",
    "ideally",
    "at least",
    "least",
    "more",
    "ms",
    "it",
    "nice",
    "exposure",
    "phd",
    "ph.d",
    "msc",
    "bsc",
    "ba",
    "bs",
    "mba",
    "masters",
    "bachelors",
    "doctorate",
    "graduate",
    "undergraduate",
    "we're",
    "you'll",
    "must-have",
    "nice-to-have",
    "e.g.",
    "i.e.",
    "etc.",
    "both",
    "either",
    "each",
    "this",
    "that",
    "these",
    "those",
    "who",
    "what",
    "when",
    "where",
    "how",
    "why",
    "if",
    "not",
    "no",
}
STOP_END = {"skills", "skill", "experience", "knowledge", "abilities", "ability", "tools"}
MIN_TERM_CHARS = 2
_BULLET_OR_CUE = re.compile(
    rf"^\s*(?:[-*•·▪●]|\d+[.)])\s|{REQUIRED_CUES.pattern}|{PREFERRED_CUES.pattern}", re.I
)


def _terms_in_line(line: str, known_spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Runs of Capitalised words / acronyms not already covered by a taxonomy match."""
    terms: list[tuple[str, int]] = []
    run: list[re.Match[str]] = []

    def flush() -> None:
        while run and run[-1].group().lower() in _JOINERS:
            run.pop()
        while run and run[-1].group().lower() in STOP_END and len(run) > 1:
            run.pop()
        if run:
            start, end = run[0].start(), run[-1].end()
            text = line[start:end].strip(".-/&")
            if len(text) >= MIN_TERM_CHARS and text.lower() not in _GENERIC:
                terms.append((text, start))
        run.clear()

    for token in _TOKEN.finditer(line):
        word = token.group()
        if run and line[run[-1].end() : token.start()].strip():
            flush()  # punctuation between words ends a term: "AWS, GCP" is two terms
        covered = any(s <= token.start() < e for s, e in known_spans)
        has_letter = any(c.isalpha() for c in word)
        named = has_letter and (word[0].isupper() or any(c.isdigit() for c in word))
        if covered or (word.lower() in _GENERIC and not (run and word.lower() in _JOINERS)):
            flush()
            continue
        if named or (run and word.lower() in _JOINERS):
            run.append(token)
        else:
            flush()
    flush()
    return terms


def literal_requirements(
    taxonomy: Taxonomy,
    skills: list[SkillHit],
    lines: LineIndex,
    sections: list[Section],
    structured: bool,
) -> list[Requirement]:
    """Named terms in requirement and preferred lines that no taxonomy skill covers."""
    spans_by_line: dict[int, list[tuple[int, int]]] = {}
    for hit in skills:
        for mention in hit.mentions:
            offset = lines.line_start(mention.line)
            spans_by_line.setdefault(mention.line, []).append(
                (mention.start - offset, mention.end - offset)
            )
    found: dict[str, Requirement] = {}
    for number in range(1, len(lines) + 1):
        section = lines.section_of(lines.line_start(number), sections)
        if structured and section not in ("requirements", "preferred"):
            continue
        line = lines.line_text(number)
        if not structured and not _BULLET_OR_CUE.search(line):
            continue
        if degree_in_line(line):
            continue  # "Bachelor's in Computer Science": fields of study are not skills
        importance: Importance | None = line_importance(line, section, structured)
        if importance is None:
            continue
        for term, _ in _terms_in_line(line, spans_by_line.get(number, [])):
            key = term.lower()
            if key in taxonomy.by_spelling or key in found:
                continue
            found[key] = Requirement(
                id=f"term:{re.sub(r'[^a-z0-9+#]+', '-', key).strip('-')}",
                name=term,
                importance=importance,
                jd_text=term,
                line=number,
                section=section,
                known=False,
            )
    return list(found.values())
