"""Output of the career commands: bundled postings (jobs), role ranking (roles) and salary
reference figures (salary), as terminal tables or JSON. Document text goes in Text objects."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..documents.readers import shown
from ..models import BundledPosting, RoleFit, RoleRanking, SalaryReference
from .json_format import dumps
from .terminal import render_parts, salary_text, signals_panel
from .whole_words import WholeWords

MAX_LISTED = 6  # skills named per role in the terminal table


def jobs_terminal(postings: list[BundledPosting], color: bool = False) -> str:
    table = Table(title="Bundled job descriptions", title_justify="left", expand=True)
    for column in ("name", "title", "level", "role"):
        table.add_column(column)
    for p in postings:
        table.add_row(p.name, Text(p.title or "-"), p.level or "-", p.role or "-")
    hint = Text("Use a name in place of a file: mlcareer match RESUME NAME", style="dim")
    return render_parts([table, hint], color)


def jobs_json(postings: list[BundledPosting], color: bool = False) -> str:
    return dumps([p.model_dump(mode="json") for p in postings]) + "\n"


def _listed(names: list[str]) -> str:
    if not names:
        return "-"
    more = len(names) - MAX_LISTED
    return ", ".join(names[:MAX_LISTED]) + (f" +{more} more" if more > 0 else "")


def _ranking_header(ranking: RoleRanking) -> Panel:
    body = Text()
    body.append("resume   ", style="dim")
    body.append(shown(ranking.resume) + "\n")
    body.append("level    ", style="dim")
    body.append(ranking.level or "unknown", style="bold")
    if ranking.level_evidence:
        body.append(" (")
        body.append("; ".join(ranking.level_evidence))
        body.append(")")
    return Panel(body, title="mlcareer roles", title_align="left")


def _defining_note(fit: RoleFit) -> str:
    missing = fit.defining_missing
    lacks = (
        f"lacks its defining skill {missing[0]}"
        if len(missing) == 1
        else f"shows none of its defining skills, {', '.join(missing)}"
    )
    if fit.score == fit.skills_score:  # no role shows its own: nothing is put lower
        return lacks
    return f"{lacks} (score {fit.skills_score:.1f} -> {fit.score:.1f})"


def _score_notes(ranking: RoleRanking) -> Panel | None:
    """What besides the core skills moved a role: its job titles, its defining skills."""
    body = Text()
    for fit in ranking.roles:
        if fit.titles:
            body.append(f"{fit.name}: ", style="bold")
            body.append(f"skills {fit.skills_score:.1f} + title {fit.title_points:.1f}\n")
            for title in fit.titles:
                body.append(f"  title: {title}\n")
    lacking = [fit for fit in ranking.roles if fit.defining_missing]
    for fit in lacking:
        body.append(f"{fit.name}: ", style="bold")
        body.append(_defining_note(fit) + "\n")
    if lacking and len(lacking) < len(ranking.roles):
        body.append("Roles lacking their defining skills rank below those that show them.", "dim")
    body.rstrip()
    return Panel(body, title="score notes", title_align="left") if body else None


# Above a ranking of role profiles that all score 0: their order says nothing
NO_ROLE_FITS = (
    "No role fits yet: the resume shows none of the core skills of any role profile, so the "
    "order of the roles below means nothing."
)


def roles_terminal(ranking: RoleRanking, color: bool = False) -> str:
    none_fits = bool(ranking.roles) and not any(fit.score for fit in ranking.roles)
    title = "Role profiles" if none_fits else "Role profiles, best fit first"
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column("#", justify="right")
    table.add_column("role")
    table.add_column("score", justify="right")
    table.add_column("core skills shown", ratio=2)
    table.add_column("core skills missing", ratio=2)
    for rank, fit in enumerate(ranking.roles, 1):
        table.add_row(
            str(rank), Text(fit.name), f"{fit.score:.1f}", _listed(fit.for_), _listed(fit.against)
        )
    parts: list[RenderableType] = [_ranking_header(ranking)]
    if none_fits:  # a tie of them all, not a ranking
        parts.append(Text(NO_ROLE_FITS, style="yellow"))
    parts.append(WholeWords(table, headline=1))
    notes = _score_notes(ranking)
    parts += [notes] if notes else []
    parts.append(signals_panel(ranking.signals))
    parts += [salary_text(fit.salary) for fit in ranking.roles if fit.salary]
    parts += [Text(f"warning: {w}", style="yellow") for w in ranking.warnings]
    return render_parts(parts, color)


def roles_json(ranking: RoleRanking, color: bool = False) -> str:
    return dumps(ranking.model_dump(mode="json", by_alias=True)) + "\n"


def salary_terminal(reference: SalaryReference, color: bool = False) -> str:
    table = Table(
        title=f"{reference.role_name} salaries, {reference.country} (reference figures)",
        title_justify="left",
        expand=True,
    )
    table.add_column("where")
    table.add_column(f"average, {reference.currency}/year", justify="right")
    table.add_column("vs national", justify="right")
    national = reference.national_average
    table.add_row(f"{reference.country} (national)", f"{national:,}", "-")
    for city in reference.cities:
        change = (city.average - national) / national
        table.add_row(f"{city.city}, {city.state}", f"{city.average:,}", f"{change:+.0%}")
    notes = Text(f"{reference.note}.\n", style="bold")
    notes.append(f"as of: {reference.as_of}\nsources: {'; '.join(reference.sources)}", style="dim")
    return render_parts([Group(WholeWords(table), notes)], color)


def salary_json(reference: SalaryReference, color: bool = False) -> str:
    return dumps({"reference_figures": True, **reference.model_dump(mode="json")}) + "\n"


JOBS_FORMATS: dict[str, Callable[[list[BundledPosting], bool], str]] = {
    "terminal": jobs_terminal,
    "json": jobs_json,
}
ROLES_FORMATS: dict[str, Callable[[RoleRanking, bool], str]] = {
    "terminal": roles_terminal,
    "json": roles_json,
}
SALARY_FORMATS: dict[str, Callable[[SalaryReference, bool], str]] = {
    "terminal": salary_terminal,
    "json": salary_json,
}
