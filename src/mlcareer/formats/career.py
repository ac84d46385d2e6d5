"""Output of the career commands: bundled postings (jobs), role ranking (roles) and salary
reference figures (salary), as terminal tables or JSON. Document text goes in Text objects."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..documents.readers import shown
from ..models import BundledPosting, RoleRanking, SalaryReference
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


def roles_terminal(ranking: RoleRanking, color: bool = False) -> str:
    table = Table(title="Role profiles, best fit first", title_justify="left", expand=True)
    table.add_column("#", justify="right")
    table.add_column("role")
    table.add_column("score", justify="right")
    table.add_column("core skills shown", ratio=2)
    table.add_column("core skills missing", ratio=2)
    for rank, fit in enumerate(ranking.roles, 1):
        table.add_row(
            str(rank), Text(fit.name), f"{fit.score:.1f}", _listed(fit.for_), _listed(fit.against)
        )
    parts: list[RenderableType] = [
        _ranking_header(ranking),
        WholeWords(table, headline=1),
        signals_panel(ranking.signals),
    ]
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
