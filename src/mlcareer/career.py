"""Postings made from the taxonomy instead of a document: a level's expectations and a role's core
and preferred skills become requirements, so `api.compare` scores them like any posting."""

from __future__ import annotations

from dataclasses import dataclass

from . import regex_cache
from .errors import UsageError
from .extract.experience import names_a_job
from .extract.titles import held_title_roles, led_field_roles
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

_YEAR = regex_cache.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LEVEL_PREFIX = {"entry": "Entry-level", "mid": "Mid-level", "senior": "Senior"}


def _lower_first(name: str) -> str:
    """Data analyst -> data analyst, but NLP engineer and MLOps engineer keep their case."""
    return name[:1].lower() + name[1:] if name[1:2].islower() else name


PROFILE_SUFFIX = " (taxonomy profile)"


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
    return f"{name}{PROFILE_SUFFIX}"


def profile_subject(taxonomy: Taxonomy, info: PostingInfo) -> str:
    """What advice calls a taxonomy profile: "the senior level", "the data analyst role", "the
    senior machine learning engineer role"."""
    level = taxonomy.levels.get(info.level) if info.level else None
    role = taxonomy.roles.get(info.role) if info.role else None
    if role is None:
        return f"the {info.level or 'chosen'} level"
    name = profile_title(level, role).removesuffix(PROFILE_SUFFIX)
    return f"the {_lower_first(name)} role"


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


# A role that every titled job names earns this share of the points its skills left to earn
# (a skills score of 40 becomes 40 + 0.4 * 60 = 64); a role whose defining skills the resume
# shows none of keeps this share of its score and ranks below every role that shows its own.
TITLE_WEIGHT = 0.4
LACKING_DEFINING = 0.5
_MIN_JOB_YEARS = 0.5  # a few months' job still counts as a title held
# A leader of a field's people ("Director of Machine Learning", "Manager, Data Science") did
# the field's work through others, and may have come from any of its roles: the job counts at
# this share of its weight for the field's role.
LEADER_WEIGHT = 0.5
LEADER_NOTE = " [leads the field: half weight]"
# A title under Experience with no dates: how long it was held is unknown, so it weighs as the
# shortest job that counts (_MIN_JOB_YEARS) rather than nothing.
UNDATED_NOTE = " (undated)"
_BULLETS = tuple("-*•·–—>▪◦●o")
_TITLE_LINE_CHARS = 80  # a longer line under Experience is prose, not a title


@dataclass(frozen=True)
class TitleSignal:
    """The resume's job titles that name one role, and their share of all titled work."""

    share: float
    titles: list[str]


def _held_titles(
    resume: Profile, names: dict[str, tuple[str, ...]]
) -> list[tuple[str, str, float]]:
    """(title, title with its dates as written, weight) per titled job: its years, doubled for
    the most recent; undated titles under Experience that name a role weigh _MIN_JOB_YEARS
    each, the first (the latest, as resumes list them) twice when no job is dated."""
    experience = resume.experience
    jobs = [job for job in experience.jobs if job.title]
    dates = {r.line: r for r in experience.ranges}
    latest = max(
        jobs, key=lambda job: dates[job.line].end if job.line in dates else -1, default=None
    )
    held = []
    for job in jobs:
        title = job.title or ""
        shown = f"{title} ({dates[job.line].text})" if job.line in dates else title
        weight = max(job.years, _MIN_JOB_YEARS) * (2 if job is latest else 1)
        held.append((title, shown, weight))
    if not jobs:  # titles read near dates that made no job, as before
        held = [(t, t, 2.0 if n == 0 else 1.0) for n, t in enumerate(experience.titles)]
    undated = _undated_titles(resume, {title for title, *_ in held}, names)
    for n, title in enumerate(undated):
        weight = _MIN_JOB_YEARS * (2 if n == 0 and not held else 1)
        held.append((title, title + UNDATED_NOTE, weight))
    return held


def _undated_titles(
    resume: Profile, dated: set[str], names: dict[str, tuple[str, ...]]
) -> list[str]:
    """The lines under Experience that name a role and hold no date: not a bullet nor prose
    (a sentence, a lower-case continuation, a "Role:" label), nor a dated job's title (read on
    its own line above its dates). A line naming no role is left out of the total too: prose
    that names a job ("Led a team of developers") is not told from a title by its words."""
    text = resume.text
    dated_lines = {r.line for r in resume.experience.ranges}
    found = []
    for section in (s for s in resume.sections if s.name == "experience"):
        number = text.count("\n", 0, section.start) + 1
        for line in text[section.start : section.end].split("\n"):
            title = line.strip()
            if (
                number not in dated_lines
                and title
                and len(title) <= _TITLE_LINE_CHARS
                and title[0].isupper()
                and not title.endswith((".", ":", ";"))
                and ":" not in title
                and not title.startswith(_BULLETS)
                and not any(title.startswith(held) for held in dated)
                and _YEAR.search(title) is None
                and names_a_job(title)
                and _title_roles(title, names)[0]
            ):
                found.append(title)
            number += 1
    return found


def _title_roles(title: str, names: dict[str, tuple[str, ...]]) -> tuple[list[str], float]:
    """The roles a title names, and the share of its job's weight they take: all of it for a
    role held, LEADER_WEIGHT for a role whose field it leads."""
    if held := held_title_roles(title, names):
        return held, 1.0
    return led_field_roles(title, names), LEADER_WEIGHT


def title_signals(resume: Profile, taxonomy: Taxonomy) -> dict[str, TitleSignal]:
    """Role id -> the resume's job titles that name it ("Lead Machine Learning Engineer,
    Acme Corp" names ml-engineer by its name, "Applied Scientist" by an alias, "Director of
    Machine Learning" by the field it leads) and their share of the weight of all titled
    jobs."""
    names = {role.id: (role.name, role.id, *role.aliases) for role in taxonomy.roles.values()}
    held = _held_titles(resume, names)
    total = sum(weight for *_, weight in held)
    named: dict[str, list[tuple[str, float]]] = {}
    for title, shown, weight in held:
        roles, share = _title_roles(title, names)
        note = LEADER_NOTE if share < 1 else ""
        for role_id in roles:
            named.setdefault(role_id, []).append((shown + note, weight * share))
    return {
        role_id: TitleSignal(
            share=round(sum(weight for _, weight in titles) / total, 2),
            titles=[shown for shown, _ in sorted(titles, key=lambda t: -t[1])],
        )
        for role_id, titles in named.items()
    }


def role_fit(role: Role, report: Report, title: TitleSignal | None = None) -> RoleFit:
    """A role's score with the core (required) skills that count for it (shown, or implied by
    what is shown) and those that count against it (not shown at all), the points its job
    titles add, and its defining skills when neither one of them nor a title names it."""
    asked = report.matched + report.missing
    core = [m for m in asked if m.importance == "required"]
    shown = {m.id for m in asked if m.status in ("matched", "implied")}
    names = {m.id: m.name for m in asked}
    share = title.share if title else 0.0
    points = round(TITLE_WEIGHT * share * (100 - report.score), 1)
    return RoleFit(
        id=role.id,
        name=role.name,
        score=round(report.score + points, 1),
        for_=[m.name for m in core if m.status in ("matched", "implied")],
        against=[m.name for m in core if m.status in ("missing", "related")],
        salary=report.salary,
        skills_score=report.score,
        titles=title.titles if title else [],
        title_share=share,
        title_points=points,
        # a title held in the role shows its specialty too ("Data Scientist (m/w/d)")
        defining_missing=(
            []
            if title or shown.intersection(role.defining)
            else [names.get(d, d) for d in role.defining]
        ),
    )


def ranked_fits(fits: list[RoleFit]) -> list[RoleFit]:
    """Best fit first: a role lacking its defining skills keeps LACKING_DEFINING of its score,
    at most the lowest of the roles that show theirs, and ranks below all of them."""
    defined = [fit.score for fit in fits if not fit.defining_missing]
    if defined:
        floor = min(defined)
        for fit in fits:
            if fit.defining_missing:
                fit.score = min(round(fit.score * LACKING_DEFINING, 1), floor)
    return sorted(fits, key=lambda fit: (bool(fit.defining_missing), -fit.score, fit.id))
