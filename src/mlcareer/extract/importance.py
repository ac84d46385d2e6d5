"""How much a posting wants a skill it names: required, preferred, only mentioned, or not at all.

The words nearest the skill decide, in this order:
1. a negation about it: "No Java, Scala or Go needed", "Kafka is not required", "you don't
   need to speak Danish"; across "but" only when it points back ("We use Redis, but you
   don't have to know it"; not "... in Kubernetes, but you should know Docker");
2. a cue in its own part of the sentence (parts end at commas, semicolons, "but", "while",
   brackets):
   "SQL is a must, Tableau nice to have", "Python required; Spark is a plus";
3. the cue of the list it stands in, from the part that closes the list or else the one that
   opens it: "Python, SQL and Airflow required", "Familiarity with Python, SQL and Spark";
4. a cue anywhere in its sentence: "Nice to have: Kubernetes; Terraform; Kafka";
5. the section: requirements, nice to have, or prose, where a paragraph that asks anything
   of the candidate asks for everything it names.
"""

from __future__ import annotations

import re
from typing import Literal

from ..models import Importance

REQUIRED_CUES = re.compile(
    r"\b(?:must|required|requires?|requirements?|need(?:ed)?|essential|mandatory|minimum"
    r"|strong|proficien\w*|expert\w*|solid|extensive|proven|demonstrated|hands-on)\b",
    re.I,
)
PREFERRED_CUES = re.compile(
    r"\b(?:preferred|prefer(?:ably)?|a plus|is a plus|plus|nice[- ]to[- ]have|bonus|desired"
    r"|desirable|ideally|advantage(?:ous)?|familiar(?:ity)?|exposure|good to have|optional"
    r"|would be great|helpful)\b",
    re.I,
)
# Preferences that yield to a requirement said of the same thing: "Familiarity with Git is
# required", "Must be familiar with the NEC".
_SOFT_PREFERRED = re.compile(r"\b(?:familiar(?:ity)?|exposure)\b", re.I)
_PREFERRED = re.compile(
    r"\b(?:preferred|prefer(?:ably)?|a plus|nice[- ]to[- ]have|bonus|desired|desirable|ideally"
    r"|advantage(?:ous)?|good to have|optional|would be great|helpful)\b"
    r"|\bplus\b(?=\s*(?:[.,;:)!]|$))",  # "Docker plus" ends a part; "Python plus Django" joins
    re.I,
)
# Cues that settle a skill's importance in its own part; grading words ("strong") do not.
_REQUIRED = re.compile(
    r"\b(?:must|required|requires?|need(?:ed)?|essential|mandatory|expected(?!\s+to))\b", re.I
)
NEGATED = re.compile(
    r"\b(?:not(?!\s+(?:limited|only|just)\b)|no)\b[^.;]{0,40}"
    r"\b(?:required|needed|necessary|expected)\b"
    r"|\b(?:do(?:es)?\s+not|don['’]t|doesn['’]t|no)\s+(?:have|need)\s+to\b"  # "you don't need to"
    r"|\bno\b\s+(?:prior\s+)?\w+(?:\s+\w+)?\s+(?:needed|required|necessary)",
    re.I,
)

_SENTENCE_END = re.compile(r"[!?]|\.(?=\s|$)")
# Words that end with a dot without ending a sentence: "e.g. Tableau", "5+ yrs. of Java".
_ABBREVIATIONS = frozenset("e.g i.e etc vs incl approx esp yrs yr min max no sr jr dept st".split())
_CONTRAST = re.compile(r";|\b(?:but|whereas|while|however|though|although)\b", re.I)
# "We use Redis, but you don't have to know it": the negation points back across "but"
_POINTS_BACK = re.compile(r"\s*(?:[\w'’]+\s+){0,2}(?:it|them|these|those|either)\b", re.I)
_PART_END = re.compile(r"[,()]")

Cue = Literal["required", "preferred"]
Span = tuple[int, int]


def _sentence_ends(line: str) -> list[Span]:
    ends = []
    for found in _SENTENCE_END.finditer(line):
        if found.group() == ".":
            word = line[: found.start()].rsplit(None, 1)[-1:] or [""]
            if word[0].lower() in _ABBREVIATIONS or len(word[0]) == 1:
                continue
        ends.append(found.span())
    return ends


def sentence_spans(line: str) -> list[Span]:
    """Where the sentences of a line stand."""
    starts = [0, *(e for _, e in _sentence_ends(line))]
    ends = [*(s for s, _ in _sentence_ends(line)), len(line)]
    return [(s, e) for s, e in zip(starts, ends, strict=True) if line[s:e].strip()]


def _between(breaks: list[Span], start: int, end: int, outer: Span) -> Span:
    """The stretch of `outer` between the breaks around start..end."""
    left, right = outer
    for b_start, b_end in breaks:
        if b_end <= start:
            left = max(left, b_end)
        elif b_start >= end:
            right = min(right, b_start)
            break
    return left, right


def _parts(line: str, clause: Span) -> list[Span]:
    """The parts of a clause, between commas and brackets."""
    breaks = [m.span() for m in _PART_END.finditer(line, *clause)]
    edges = [clause[0], *(e for _, e in breaks)], [*(s for s, _ in breaks), clause[1]]
    return [(s, e) for s, e in zip(*edges, strict=True) if line[s:e].strip()]


def _unnegated(text: str) -> str:
    """The text with its negations blanked: "No degree required" asks for nothing."""
    return NEGATED.sub(lambda m: " " * len(m.group()), text)


def _cue(text: str) -> Cue | None:
    text = _unnegated(text)
    if _PREFERRED.search(text):
        return "preferred"
    if _REQUIRED.search(text):
        return "required"
    return "preferred" if _SOFT_PREFERRED.search(text) else None


def _denied(line: str, start: int, end: int, clause: Span, part: Span, next_clause: Span) -> bool:
    """A negation about the skill: covering it, opening its part, closing its list, or in
    the next clause pointing back at it."""
    following = line[slice(*next_clause)]
    negation = NEGATED.search(following)
    if negation and _POINTS_BACK.match(following, negation.end()):
        return True
    for found in NEGATED.finditer(line, *clause):
        if found.start() <= start and found.end() >= end:
            return True  # "No Java, Scala or Go needed"
        if part[0] <= found.start() < start:
            return True  # "You do not need to speak Danish"
        if found.start() >= end and _cue(line[end : found.start()]) is None:
            return "(" not in line[end : found.start()]  # "Kafka, Spark not required"
    return False


def _list_cue(line: str, parts: list[Span], own: int) -> Cue | None:
    """The cue of the part that closes the skill's list, or else of the part that opens it."""
    after = (_cue(line[s:e]) for s, e in parts[own + 1 :])
    before = (_cue(line[s:e]) for s, e in reversed(parts[:own]))
    return next((c for c in after if c), None) or next((c for c in before if c), None)


def _next_clause(contrasts: list[Span], clause: Span, sentence: Span) -> Span:
    """The clause after the contrast word that ends this one; empty when none does."""
    ends = [b_end for b_start, b_end in contrasts if b_start == clause[1]]
    if not ends:
        return clause[1], clause[1]
    return _between(contrasts, ends[0], ends[0], sentence)


def mention_cue(line: str, span: Span | None) -> Cue | Literal["denied"] | None:
    """What the words around a skill named at `span` (or the whole line) say of it."""
    start, end = span or (0, len(line))
    sentence = _between(_sentence_ends(line), start, end, (0, len(line)))
    contrasts = [m.span() for m in _CONTRAST.finditer(line, *sentence)]
    clause = _between(contrasts, start, end, sentence)
    next_clause = _next_clause(contrasts, clause, sentence)
    parts = _parts(line, clause)
    own = next((i for i, (s, e) in enumerate(parts) if s <= start < e), None)
    if own is None:  # the whole line was asked about
        own_part: Span = clause
        found = _cue(line[slice(*clause)])
    else:
        own_part = parts[own]
        found = _cue(line[slice(*own_part)]) or _list_cue(line, parts, own)
    if _denied(line, start, end, clause, own_part, next_clause):
        return "denied"
    return found or _cue(line[slice(*sentence)])


def importance_of(
    line: str,
    section: str | None,
    structured: bool,
    span: Span | None = None,
    by_section: dict[str | None, Importance | None] | None = None,
) -> Importance | None:
    """Importance of a skill named on this line (at `span`, when known); None when the
    posting says it is not needed."""
    cue = mention_cue(line, span)
    if cue == "denied":
        return None
    if cue == "preferred":
        return "preferred"
    default = (by_section or {}).get(section, "mentioned" if structured else "required")
    # A paragraph that asks anything of the candidate asks for all it names
    if default == "mentioned" and (cue == "required" or REQUIRED_CUES.search(_unnegated(line))):
        return "required"
    return default
