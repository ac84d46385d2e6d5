"""Career-guidance commands (jobs, roles, salary), registered on the main typer app. Like cli.py,
nothing heavy is imported at module level: each command imports what it needs."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from .cli import (
    AsOfOpt,
    ColorOpt,
    OutputOpt,
    TaxonomyOpt,
    _use_color,
    app,
    build_options,
    output_format,
    write_output,
)
from .cli_errors import handle_errors
from .cli_help import MetavarCommand
from .output import check_output_target, refuse_overwriting_inputs


class ListFormat(str, Enum):
    terminal = "terminal"
    json = "json"


FormatOpt = Annotated[ListFormat, typer.Option("--format", "-f")]


@app.command(cls=MetavarCommand, short_help="List the bundled job descriptions, by name.")
@handle_errors
def jobs(
    ctx: typer.Context,
    format: FormatOpt = ListFormat.terminal,
    output: OutputOpt = None,
    color: ColorOpt = None,
) -> None:
    """List the bundled job descriptions; 'mlcareer match' takes their names in place of a file."""
    from .formats.career import JOBS_FORMATS
    from .postings import bundled_postings

    format = output_format(ctx, format, output)
    text = JOBS_FORMATS[format.value](bundled_postings(), _use_color(color, output))
    write_output(text, output)


@app.command(cls=MetavarCommand, short_help="Rank the taxonomy's role profiles by fit to a resume.")
@handle_errors
def roles(
    ctx: typer.Context,
    resume: Annotated[
        Path,
        typer.Argument(metavar="RESUME", help="The resume: PDF, DOCX, TXT, MD, HTML, JSON or EML."),
    ],
    format: FormatOpt = ListFormat.terminal,
    output: OutputOpt = None,
    taxonomy: TaxonomyOpt = None,
    as_of: AsOfOpt = None,
    color: ColorOpt = None,
) -> None:
    """Rank the taxonomy's role profiles by how well a resume fits them, with reasons."""
    from .api import rank_roles
    from .formats.career import ROLES_FORMATS

    refuse_overwriting_inputs(output, [resume, taxonomy])
    check_output_target(output)
    ranking = rank_roles(resume, build_options(taxonomy, as_of))
    format = output_format(ctx, format, output)
    write_output(ROLES_FORMATS[format.value](ranking, _use_color(color, output)), output)


@app.command(cls=MetavarCommand, short_help="Show reference salaries for ML engineers in the US.")
@handle_errors
def salary(
    ctx: typer.Context,
    city: Annotated[
        str | None,
        typer.Option("--city", metavar="CITY", help="One city, e.g. 'Austin' or 'Austin, TX'."),
    ] = None,
    format: FormatOpt = ListFormat.terminal,
    output: OutputOpt = None,
    color: ColorOpt = None,
) -> None:
    """Show published reference salaries for ML engineers in the US (not current offers)."""
    from .formats.career import SALARY_FORMATS
    from .salaries import find_city, load_salaries

    reference = load_salaries()
    if city is not None:
        reference = reference.model_copy(update={"cities": [find_city(reference, city)]})
    format = output_format(ctx, format, output)
    write_output(SALARY_FORMATS[format.value](reference, _use_color(color, output)), output)
