"""Postings made from the taxonomy instead of a document: a level's expectations and a role's core
and preferred skills become requirements, so `api.compare` scores them like any posting."""

from __future__ import annotations

from .errors import UsageError
from .models import (
    IMPORTANCE_ORDER,
    Education,
    Experience,
    Importance,
    PostingInfo,
    Profile,
    Report,
    Requirement,
    RoleFit,
)
from .taxonomy import Level, Role, Taxonomy

_LEVEL_PREFIX = {"entry": "Entry-level", "mid": "Mid-level", "senior": "Senior"}


def _lower_first(name: str) -> str:
    """Data analyst -> data analyst, but NLP engineer and MLOps engineer keep their case."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


def profile_title(level: Level | None, role: Role | None) -> str:
    """E.g. Senior machine learning engineer, Data analyst intern, Mid level expectations."""
    if role is None:
        name = f"{level.name} expectations" if level else "Taxonomy"
    elif level is None:
        name = role.name
    elif level.id == "intern":
        name = f"{role.name} intern"
    else:
        name = f"{_LEVEL_PREFIX[level.id]} {_lower_first(role.name)}"
    return f"{name} (taxonomy profile)"


def _lookup_level(taxonomy: Taxonomy, level_id: str) -> Level:
    if level_id not in taxonomy.levels:
        known = ", ".join(taxonomy.levels) or "none"
        raise UsageError(f"unknown level {level_id!r}", f"use one of: {known}")
    return taxonomy.levels[level_id]


def _lookup_role(taxonomy: Taxonomy, role_id: str) -> Role:
    if role_id not in taxonomy.roles:
        known = ", ".join(taxonomy.roles) or "none"
        raise UsageError(f"unknown role {role_id!r}", f"use one of: {known}")
    return taxonomy.roles[role_id]


def _requirements(taxonomy: Taxonomy, asked: list[tuple[str, Importance]]) -> list[Requirement]:
    """One requirement per skill at the strongest importance it is asked with, in first order."""
    strongest: dict[str, Importance] = {}
    for skill_id, importance in asked:
        known = strongest.get(skill_id)
        if known is None or IMPORTANCE_ORDER[importance] > IMPORTANCE_ORDER[known]:
            strongest[skill_id] = importance
    return [
        Requirement(
            id=skill_id,
            name=taxonomy.skills[skill_id].name,
            importance=importance,
            jd_text=taxonomy.skills[skill_id].name,
            line=0,
            section="requirements" if importance == "required" else "preferred",
        )
        for skill_id, importance in strongest.items()
    ]


def taxonomy_posting(taxonomy: Taxonomy, level_id: str | None, role_id: str | None) -> Profile:
    """A posting for a level (its expectations and years) and/or a role (core as required,
    preferred as preferred). Unknown ids are usage errors naming the known ones."""
    if not (level_id or role_id):
        raise UsageError("a taxonomy profile needs a level or a role", "e.g. --level senior")
    level = _lookup_level(taxonomy, level_id) if level_id else None
    role = _lookup_role(taxonomy, role_id) if role_id else None
    asked: list[tuple[str, Importance]] = []
    if level:
        asked += [(s, "required") for s in level.expects]
    if role:
        asked += [(s, "required") for s in role.core] + [(s, "preferred") for s in role.preferred]
    info = PostingInfo(
        title=profile_title(level, role),
        level=level.id if level else None,
        role=role.id if role else None,
        years_required=(level.years[0] or None) if level else None,
    )
    return Profile(
        path="taxonomy:" + "/".join(filter(None, [level_id, role_id])),
        format="taxonomy",
        text_chars=0,
        doc_type="posting",
        skills=[],
        education=Education(),
        experience=Experience(),
        sections=[],
        requirements=_requirements(taxonomy, asked),
        posting=info,
    )


def role_fit(role: Role, report: Report) -> RoleFit:
    """A role's score with the core (required) skills that count for it (shown, or implied by
    what is shown) and those that count against it (not shown at all)."""
    core = [m for m in report.matched + report.missing if m.importance == "required"]
    return RoleFit(
        id=role.id,
        name=role.name,
        score=report.score,
        for_=[m.name for m in core if m.status in ("matched", "implied")],
        against=[m.name for m in core if m.status in ("missing", "related")],
        salary=report.salary,
    )
