"""Plain-text helpers shared by the report formats (no rich import here)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .. import regex_cache
from ..models import (
    COMPONENT_NAMES,
    UNDATED_EVIDENCE,
    Component,
    PostingRoles,
    Report,
    SalaryContext,
    Signals,
    SkillMatch,
)

SNIPPET = 70
_BLANKS = regex_cache.compile(r"\s{2,}|\t")  # a layout's gap: "Portland, OR      03/2021"


def weight_text(weight: float) -> str:
    """A component's weight as the points are shown: "50", or "58.8" once it is scaled."""
    return f"{weight:.0f}" if abs(weight - round(weight)) < 0.05 else f"{weight:.1f}"


def unscored_note(components: list[Component]) -> str | None:
    """Why the breakdown lacks a component, and so why its weights are not the defaults."""
    present = {c.name for c in components}
    left_out = [name for name in COMPONENT_NAMES if name not in present]
    if not left_out or not present:
        return None
    return (
        f"not scored: {', '.join(left_out)} (nothing asked for it, or its weight is 0);"
        " the other weights are scaled up to add up to 100"
    )


def roles_note(roles: PostingRoles | None) -> str | None:
    """Which of a posting's several roles the report scored, how the others fit and how to
    pick one; None for a posting of one role."""
    if roles is None:
        return None
    why = "the best fit" if roles.chosen_by == "best fit" else "the one --role named"
    others = [role for role in roles.roles if role.title != roles.scored]
    shown = "; ".join(f"{role.title} {role.score:.1f}" for role in others)
    example = others[0].title if others else roles.scored
    return (
        f"this posting advertises {len(roles.roles)} roles: scored {roles.scored} ({why});"
        f" other roles: {shown}. To score another, add --role with words of its title,"
        f" e.g. --role '{example}'"
    )


def snippet(text: str, column: int, width: int = SNIPPET) -> str:
    """A window of the line around the skill, with ellipses where it was cut; a run of blanks
    (a gap a layout left before the dates) is one space, as a reader sees it."""
    if "  " in text or "\t" in text:
        column = len(_BLANKS.sub(" ", text[:column]))
        text = _BLANKS.sub(" ", text)
    if len(text) <= width:
        return text
    start = max(0, min(column - width // 3, len(text) - width))
    end = start + width
    # cut between words where there is one near the edge: "for the home-…" reads badly
    if start and (space := text.find(" ", start, start + width // 4)) != -1:
        start = space + 1
    if end < len(text) and (space := text.rfind(" ", end - width // 4, end)) != -1:
        end = space
    cut = text[start:end]
    return ("…" if start else "") + cut + ("…" if end < len(text) else "")


def how_detail(m: SkillMatch) -> str:
    """What the "how" column adds to a match's status: the skill it goes through and why it
    earns less than full credit ("via PyTorch", "(reworded)", "(shows 1.5 of 3 years ...)").
    A choice's members are left out: the "asked as" column shows them already."""
    notes = [
        part for part in (m.detail or "").split("; ") if part and not part.startswith("one of:")
    ]
    via = f" via {m.via}" if m.via else ""
    return via + (f" ({'; '.join(notes)})" if notes else "")


def _joined(values: list[str]) -> str:
    return ", ".join(dict.fromkeys(values))


def signal_lines(signals: Signals) -> list[tuple[str, str]]:
    """(label, value) per kind of ML evidence found; document text stays plain."""
    rows: list[tuple[str, str]] = []
    venues = [s.value for s in signals.of("publication-venue")]
    if signals.publications or venues:
        venue_text = f"; venues: {_joined(venues)}" if venues else ""
        rows.append(("publications", f"{signals.publications} listed{venue_text}"))
    links = [s.value for s in signals.of("arxiv") + signals.of("scholar")]
    if links:
        rows.append(("arXiv / Scholar", _joined(links)))
    github = [s.value for s in signals.of("github-repo")]
    github += [f"{s.value} (profile)" for s in signals.of("github-profile")]
    if github:
        rows.append(("GitHub", _joined(github)))
    if kaggle := signals.of("kaggle"):
        rows.append(("Kaggle", _joined([s.value for s in kaggle])))
    for item in signals.of("open-source"):
        rows.append(("open source", f"line {item.line}: {snippet(item.text, 0)}"))
    if signals.degree_fit is not None:
        fields = _joined([s.value for s in signals.of("degree-field")])
        fit = f"{fields} (suits ML roles)" if fields else "not a typical ML field"
        rows.append(("degree field", fit))
    return rows


def years_shown(experience: Mapping[str, object], evidence: Sequence[str] = ()) -> str:
    """The resume's years of work, with those in technical roles when they differ; "not
    stated" for a resume whose jobs carry no dates (its level `evidence` says so), whose 0
    stands for unknown years (the score gives them half credit)."""
    if evidence and evidence[0] == UNDATED_EVIDENCE:
        return "not stated (no dates on the jobs)"
    years, technical = experience.get("resume_years"), experience.get("resume_technical_years")
    if not isinstance(technical, (int, float)) or technical == years:
        return _number(years)
    return f"{_number(years)} ({technical:g} in technical roles)"


def _number(value: object) -> str:
    """A figure as the level evidence writes it: "8.1", "0" (not "0.0")."""
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def degree_asked(education: Mapping[str, str | None]) -> str:
    """The posting's degree in the report's education row: "bachelor or equivalent practical
    experience", "master preferred", "bachelor; master preferred", "phd (or near completion)",
    or "-"."""
    required, preferred = education.get("required"), education.get("preferred")
    alternative = education.get("alternative")
    parts = [f"{required} or {alternative}" if alternative else required]
    if required and education.get("enrollment_required"):
        parts[0] = f"{parts[0]}, as a current student"
    elif required and (expected := education.get("degree_expected")):
        parts[0] = f"{parts[0]} ({expected})"
    if preferred and preferred != required:
        parts.append(f"{preferred} preferred")
    return "; ".join(part for part in parts if part) or "-"


def years_asked(experience: Mapping[str, object]) -> str:
    """The posting's years in the report's years row: "3+", with more only preferred "3+; 5+
    preferred", those alone "5+ preferred", or "-" when it names none."""
    return asked_and_preferred(experience.get("required_years"), experience.get("preferred_years"))


def asked_and_preferred(required: object, preferred: object) -> str:
    """Years required and preferred in words (see years_asked)."""
    asked = required if isinstance(required, (int, float)) and required else 0
    parts = [f"{asked:g}+"] if asked else []
    if isinstance(preferred, (int, float)) and preferred > asked:
        parts.append(f"{preferred:g}+ preferred")
    return "; ".join(parts) or "-"


def degree_shown(education: Mapping[str, str | None]) -> str:
    """The resume's degree with its field and the one in progress: "bachelor economics",
    "bachelor in progress", "bachelor economics; master in progress", or "none found"; for
    a posting that asks for a current student, a graduate's "..., finished 2018; not a
    current student" (scoring.not_enrolled)."""
    held, studying = education.get("resume"), education.get("resume_in_progress")
    field = education.get("resume_field")
    shown = " ".join(filter(None, [held or studying or "none found", field]))
    if studying:  # "bachelor economics; master in progress", "bachelor economics in progress"
        shown = f"{shown}; {studying} in progress" if held else f"{shown} in progress"
    if not graduate_for_students(education):
        return shown
    finished = education.get("resume_finished")
    when = f", finished {finished}" if finished else ""
    return f"{shown}{when}; not a current student"


def graduate_for_students(education: Mapping[str, str | None]) -> bool:
    """A report's posting asks for a current student and the resume shows a finished degree
    beyond school and none in progress (scoring.not_enrolled: no education credit)."""
    held = education.get("resume")
    return bool(
        education.get("enrollment_required")
        and held not in (None, "secondary")
        and not education.get("resume_in_progress")
    )


def level_asked(experience: Mapping[str, object]) -> str:
    """The posting's level and where it comes from: "intern (title: ML Intern)", "mid (5+
    years asked)", or "-"."""
    level, source = experience.get("posting_level"), experience.get("posting_level_source")
    if not level:
        return "-"
    return f"{level} ({source})" if source else str(level)


def level_shown(experience: Mapping[str, object]) -> str:
    """The resume's level, "senior (overqualified)" when far above an early-career posting
    (experience.level_fit), or "-"."""
    level, fit = experience.get("resume_level"), experience.get("level_fit")
    if not level:
        return "-"
    return f"{level} ({fit})" if fit else str(level)


def more_advice(left_out: int) -> str | None:
    """The line after a capped list of changes, so that none seems to be all there is."""
    if not left_out:
        return None
    changes = "change" if left_out == 1 else "changes"
    return f"...and {left_out} more {changes} of lower priority; make those above first."


def salary_figure(salary: SalaryContext) -> str:
    """The salary reference after its label, alike in every format: "(Machine learning
    engineer, United States average): USD 135,857 a year; reference figures as published
    ..." (the bundled figures are yearly averages)."""
    return (
        f"({salary.role_name}, {salary.area} average): {salary.currency} {salary.average:,}"
        f" a year; {salary.note}"
    )


# What a level or a role given instead of a posting is matched as: "taxonomy:senior"
PROFILE_PREFIX = "taxonomy:"


def asker(report: Report) -> str:
    """What asks in the report's tables: "posting", or "profile" where a level or a role was
    given instead of one (`match --level senior`)."""
    return "profile" if report.jd.startswith(PROFILE_PREFIX) else "posting"
