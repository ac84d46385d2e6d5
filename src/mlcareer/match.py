"""Match a posting's requirements against a resume profile, with evidence for every verdict."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .extract.lines import LineIndex
from .models import Evidence, MatchStatus, Profile, Requirement, SkillMatch
from .taxonomy import Taxonomy

CREDIT_IMPLIED = 0.7  # the resume shows a skill that implies this one (PyTorch -> deep learning)
CREDIT_IMPLIED_FAR = 0.5  # ... through a chain of implications (PyTorch -> machine learning)
CREDIT_RELATED = 0.4  # the resume shows a close alternative (TensorFlow for PyTorch)
CREDIT_FUZZY = 0.8  # a literal term found with small spelling differences
FUZZY_CUTOFF = 90  # rapidfuzz partial_ratio needed for a literal term
FUZZY_MIN_CHARS = 5  # shorter literal terms must match exactly
MAX_EVIDENCE = 3
_STOPWORDS = {"of", "and", "or", "the", "a", "an", "in", "for", "to", "with", "on", "skills"}


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", text.lower()).strip()


def _evidence(resume: Profile, lines: LineIndex, skill_id: str) -> list[Evidence]:
    hit = next((h for h in resume.skills if h.id == skill_id), None)
    if hit is None:
        return []
    seen: dict[int, Evidence] = {}
    # Lines in experience or projects show use; a skills list only names the skill.
    ranked = sorted(
        hit.mentions, key=lambda m: (m.section not in ("experience", "projects"), m.start)
    )
    for mention in ranked:
        if mention.line not in seen:
            raw = lines.line_text(mention.line)
            text = raw.strip()
            column = mention.start - lines.line_start(mention.line) - (len(raw) - len(raw.lstrip()))
            seen[mention.line] = Evidence(
                text=text, line=mention.line, column=max(0, column), section=mention.section
            )
    return list(seen.values())[:MAX_EVIDENCE]


def _verdict(
    req: Requirement,
    status: MatchStatus,
    credit: float,
    evidence: list[Evidence] | None = None,
    via: str | None = None,
) -> SkillMatch:
    return SkillMatch(
        id=req.id,
        name=req.name,
        importance=req.importance,
        jd_text=req.jd_text,
        known=req.known,
        status=status,
        credit=credit,
        via=via,
        evidence=evidence or [],
    )


def _known_match(
    req: Requirement,
    resume: Profile,
    lines: LineIndex,
    taxonomy: Taxonomy,
    implied: dict[str, tuple[str, int]],
) -> SkillMatch:
    if any(h.id == req.id for h in resume.skills):
        return _verdict(req, "matched", 1.0, _evidence(resume, lines, req.id))
    if req.id in implied:
        source, distance = implied[req.id]
        return _verdict(
            req,
            "implied",
            CREDIT_IMPLIED if distance == 1 else CREDIT_IMPLIED_FAR,
            _evidence(resume, lines, source),
            via=taxonomy.skills[source].name,
        )
    related = set(taxonomy.skills[req.id].related) if req.id in taxonomy.skills else set()
    for hit in resume.skills:
        if hit.id in related or req.id in taxonomy.skills[hit.id].related:
            return _verdict(
                req, "related", CREDIT_RELATED, _evidence(resume, lines, hit.id), via=hit.name
            )
    return _verdict(req, "missing", 0.0)


def _stem(word: str) -> str:
    """A small suffix stripper so that "resources"/"resource", "assessment"/"assess" and
    "systems"/"system" meet. Only consistency matters, not linguistic accuracy."""
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        word = word[:-1]
    for suffix in ("ments", "ment", "ing", "ation", "ed", "al"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in _norm(text).split() if w not in _STOPWORDS}


def _literal_match(req: Requirement, lines: LineIndex, resume_norm: str) -> SkillMatch:
    term = _norm(req.jd_text)
    if term and re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", resume_norm):
        return _verdict(req, "matched", 1.0, _literal_evidence(term, lines, exact=True))
    wanted = _stems(req.jd_text)
    if len(wanted) >= 2:  # every word of a multi-word term, in any order, on one line
        for number in range(1, len(lines) + 1):
            line = lines.line_text(number)
            if wanted <= _stems(line):
                evidence = [Evidence(text=line.strip(), line=number)]
                return _verdict(req, "matched", CREDIT_FUZZY, evidence)
    if len(term) >= FUZZY_MIN_CHARS:
        evidence = _literal_evidence(term, lines, exact=False)
        if evidence:
            return _verdict(req, "matched", CREDIT_FUZZY, evidence)
    return _verdict(req, "missing", 0.0)


def _literal_evidence(term: str, lines: LineIndex, exact: bool) -> list[Evidence]:
    found = []
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        normal = _norm(line)
        if not normal:
            continue
        if exact:
            hit = re.search(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", normal) is not None
        else:
            hit = fuzz.partial_ratio(term, normal) >= FUZZY_CUTOFF
        if hit:
            found.append(Evidence(text=line.strip(), line=number))
            if len(found) >= MAX_EVIDENCE:
                break
    return found


def shown_profile(resume: Profile) -> Profile:
    """The resume without negated mentions: "no Java experience" does not show Java."""
    skills = []
    for hit in resume.skills:
        kept = [m for m in hit.mentions if not m.negated]
        if kept:
            skills.append(hit.model_copy(update={"mentions": kept}))
    return resume.model_copy(update={"skills": skills})


def implied_skills(resume: Profile, taxonomy: Taxonomy) -> dict[str, tuple[str, int]]:
    """Skill id -> (the resume skill that implies it, distance); the closest source wins,
    then the first in resume order."""
    implied: dict[str, tuple[str, int]] = {}
    for hit in resume.skills:
        for target, distance in sorted(taxonomy.implied_by(hit.id).items()):
            if target not in implied or distance < implied[target][1]:
                implied[target] = (hit.id, distance)
    return implied


def match_requirements(
    resume: Profile, requirements: list[Requirement], taxonomy: Taxonomy
) -> list[SkillMatch]:
    lines = LineIndex(resume.text)
    implied = implied_skills(resume, taxonomy)
    resume_norm = f" {_norm(resume.text)} "
    return [
        _known_match(req, resume, lines, taxonomy, implied)
        if req.known
        else _literal_match(req, lines, resume_norm)
        for req in requirements
    ]
