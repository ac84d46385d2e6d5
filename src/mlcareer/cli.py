"""The command line. It parses options, calls the API, picks a formatter and maps errors to exit
codes (see README). Nothing heavy is imported at module level so that --help stays instant."""

from __future__ import annotations

import contextlib
import gc
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from . import __version__
from .cli_errors import (
    EXIT_INTERRUPTED,
    OneLineErrorsGroup,
    handle_errors,
    number_in,
    print_error,
)
from .cli_help import MetavarCommand
from .errors import UsageError
from .output import check_output_target, refuse_overwriting_inputs

if TYPE_CHECKING:
    from .api import Options
    from .check_output import CheckOutput
    from .checks import RuleResult
    from .models import Profile

app = typer.Typer(
    cls=OneLineErrorsGroup,  # parser errors as one `error:` and one `hint:` line
    name="mlcareer",
    help="Match a resume against a job description for machine-learning careers: offline, "
    "deterministic and explained.",
    no_args_is_help=True,
    epilog="\b\nExamples:\n  mlcareer match resume.pdf job.txt\n  mlcareer COMMAND --help"
    "       # each command's options and examples",
    add_completion=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE, EXIT_DOCUMENT, EXIT_TAXONOMY = 0, 1, 2, 3, 4


class ReportFormat(str, Enum):
    terminal = "terminal"
    json = "json"
    markdown = "markdown"
    html = "html"


class ExtractFormat(str, Enum):
    terminal = "terminal"
    json = "json"
    jsonl = "jsonl"


class BatchFormat(str, Enum):
    terminal = "terminal"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class LevelChoice(str, Enum):
    intern = "intern"
    entry = "entry"
    mid = "mid"
    senior = "senior"


class DocKind(str, Enum):
    auto = "auto"
    resume = "resume"
    posting = "posting"


def _version(value: bool) -> None:
    if value:
        say(f"mlcareer {__version__}")  # a full disk: one error line, as for reports
        raise typer.Exit()


_LIMITS: dict[str, float] = {}  # set by the global options below, read by build_options


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    max_file_mb: Annotated[
        float,
        typer.Option(
            "--max-file-mb",
            metavar="MB",
            callback=number_in("--max-file-mb", 0.001, example=60),
            help="Largest input file read (at least 0.001).",
        ),
    ] = 20.0,
    max_pages: Annotated[
        int, typer.Option("--max-pages", min=1, metavar="N", help="PDF pages read.")
    ] = 50,
    max_unzipped_mb: Annotated[
        float,
        typer.Option(
            "--max-unzipped-mb",
            metavar="MB",
            callback=number_in("--max-unzipped-mb", 0.001, example=100),
            help="Largest unpacked DOCX (at least 0.001).",
        ),
    ] = 50.0,
) -> None:
    """Match a resume against a job description for machine-learning careers."""
    from .output import escape_unencodable

    escape_unencodable(sys.stdout)  # file names that are not UTF-8, escaped (see output.py)
    escape_unencodable(sys.stderr)
    _LIMITS.update(
        max_bytes=max_file_mb * 1e6, max_pages=max_pages, max_unzipped_bytes=max_unzipped_mb * 1e6
    )


TaxonomyOpt = Annotated[
    Path | None,
    typer.Option(
        "--taxonomy",
        metavar="FILE",
        help="A YAML taxonomy merged over the bundled one.",
        dir_okay=False,
    ),
]
AsOfOpt = Annotated[
    str | None,
    typer.Option(
        "--as-of",
        metavar="YYYY-MM",
        help="Month that 'Present' means, YYYY-MM (default: this month).",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write the report to this file (without --format, a name ending in .json, .md, "
        ".html, .csv or .jsonl picks that one of this command's formats).",
    ),
]
# The format an --output file's suffix names, taken when --format is left out
_SUFFIX_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
}
FormatT = TypeVar("FormatT", bound=Enum)


def output_format(ctx: typer.Context, format: FormatT, output: Path | None) -> FormatT:
    """--format as given; left out, the command's format that --output's suffix names (-o
    report.html writes the HTML page, not the terminal's boxes), else its default."""
    source = ctx.get_parameter_source("format")
    given = source is not None and source.name != "DEFAULT"  # typed, or from the environment
    named = _SUFFIX_FORMATS.get(output.suffix.lower()) if output is not None else None
    if given or named is None:
        return format
    return next((choice for choice in type(format) if choice.value == named), format)


ColorOpt = Annotated[
    bool | None, typer.Option("--color/--no-color", help="Colour (default: when a terminal).")
]


def examples(*lines: str) -> str:
    """A command's --help epilog: example command lines, kept as written (click's \\b)."""
    return "\b\nExamples:\n" + "\n".join(f"  {line}" for line in lines)


MATCH_EXAMPLES = examples(
    "mlcareer match resume.pdf job.txt",
    "mlcareer match resume.docx senior-ml-engineer   # a bundled posting",
    "pbpaste | mlcareer match resume.pdf -           # the posting piped in",
    "mlcareer match resume.pdf job.html -f markdown -o report.md",
    "mlcareer match resume.pdf --level mid --role ml-engineer",
)
EXTRACT_EXAMPLES = examples(
    "mlcareer extract resume.pdf",
    "mlcareer extract job.txt --as posting -f json",
    "mlcareer extract cvs/*.pdf -f jsonl -o skills.jsonl",
)
BATCH_EXAMPLES = examples(
    "mlcareer batch --resumes cvs/ --jds jobs/ --top 5",
    "mlcareer batch --resumes 'cvs/*.pdf' --jds job.txt -f csv -o ranking.csv",
    "mlcareer batch --pairs pairs.csv -f jsonl --stream -o scores.jsonl",
    "mlcareer batch --resumes cvs/ --jds job.txt -f csv --bom -o for-excel.csv",
)
CHECK_EXAMPLES = examples(
    "mlcareer check resume.pdf                     # lint the resume alone",
    "mlcareer check resume.pdf --jd job.txt --fail-under 70",
    "mlcareer check resume.pdf --jd job.txt --require pytorch,docker",
    "mlcareer check cvs/*.pdf --jd job.txt --max-missing-required 2 -f jsonl",
)


AS_OF_YEARS = range(1950, 2101)  # a typo ("2205") would make every "Present" range count 0
# The closing line of a run where some files could not be read
_EACH_FAILURE_SAID = "the error and hint lines above name each file and what to do about it"
_EACH_FAILURE_RECORDED = "each such file's JSON record in the output has its error and hint"
# A check against a posting with nothing to fail: a CI log should not read as a pass
_NO_RULE = (
    "no rule given, so nothing can fail; add --fail-under SCORE, --require SKILLS or "
    "--max-missing-required N"
)


def _failures_told(as_json: bool) -> str:
    """Where a run of several files said each failure: in its JSON records, or on stderr."""
    return _EACH_FAILURE_RECORDED if as_json else _EACH_FAILURE_SAID


def _as_of_month(text: str) -> int:
    """--as-of YYYY-MM as year*12 + month-1, the month index dates are read in."""
    found = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not found or not 1 <= int(found.group(2)) <= 12:
        raise UsageError(f"--as-of {text!r} is not a month", "write it as YYYY-MM, e.g. 2025-06")
    year, month = int(found.group(1)), int(found.group(2))
    if year not in AS_OF_YEARS:
        raise UsageError(
            f"--as-of {text!r} is not a month from {AS_OF_YEARS[0]} to {AS_OF_YEARS[-1]}",
            "check the year, e.g. --as-of 2025-06",
        )
    return year * 12 + month - 1


def build_options(taxonomy: Path | None, as_of: str | None, weights: str | None = None) -> Options:
    from .api import Options
    from .documents import Limits
    from .scoring import Weights

    options = Options(taxonomy_path=taxonomy)
    if _LIMITS:
        options.limits = Limits(
            max_bytes=int(_LIMITS["max_bytes"]),
            max_pages=int(_LIMITS["max_pages"]),
            max_unzipped_bytes=int(_LIMITS["max_unzipped_bytes"]),
        )
    if as_of:
        options.as_of = _as_of_month(as_of)
    if weights:
        try:
            options.weights = Weights.parse(weights)
        except ValueError as e:
            raise UsageError(f"--weights: {e}", "e.g. --weights required=60,experience=10") from e
    options.taxonomy  # noqa: B018 - load now so taxonomy errors come before any work
    if not gc.isenabled():
        _finish_startup(options)
    return options


def _finish_startup(options: Options) -> None:
    """main() runs start-up with the garbage collector off: importing spaCy and building the
    matchers creates a great many long-lived objects, and collecting them again and again
    costs more than the work itself. Once they exist they are frozen out of future
    collections and the collector is switched back on."""
    from .extract.nlp import skill_matcher

    skill_matcher(options.taxonomy)
    gc.freeze()
    gc.enable()


def write_output(text: str, output: Path | None) -> None:
    from .output import write_atomic, write_stdout

    if output is None:
        write_stdout(text)
    else:
        write_atomic(output, text)


def say(line: str) -> None:
    """One line of a report on stdout (typer.echo would give a traceback on a full disk)."""
    from .output import write_stdout

    write_stdout(line + "\n")


def _use_color(color: bool | None, output: Path | None) -> bool:
    """--color/--no-color when given; else colour on a terminal, unless NO_COLOR is set to
    anything but "" (https://no-color.org)."""
    if color is not None:
        return color
    return output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _check_match_inputs(jd: Path | None, level: LevelChoice | None, role: str | None) -> None:
    """Exactly one of a posting and --level; --role with either (with a posting it picks
    one of the roles the posting advertises)."""
    example = "e.g. 'mlcareer match resume.pdf senior-ml-engineer' or '... --level senior'"
    if jd is not None and level is not None:
        raise UsageError("give a job description or --level, not both", example)
    if role is not None and level is None and jd is None:
        raise UsageError(
            "--role needs --level, or a job description whose roles it picks from",
            "e.g. --level mid --role data-analyst",
        )
    if jd is None and level is None:
        raise UsageError("give a job description or --level", example)


def _refuse_posting_name_as_resume(resume: Path, hint: str) -> None:
    """A bundled posting's name where a resume goes, with no file of that name: the posting
    was given in the resume's place. `hint` says where it goes, "{}" standing for it."""
    from .errors import DocumentError
    from .postings import bundled_posting

    if bundled_posting(resume):
        raise DocumentError(
            f"{resume}: no such file; it is a bundled posting's name", hint.format(resume)
        )


@app.command(cls=MetavarCommand, epilog=MATCH_EXAMPLES)
@handle_errors
def match(
    ctx: typer.Context,
    resume: Annotated[
        Path,
        typer.Argument(
            metavar="RESUME",
            help="The resume: PDF, DOCX, TXT, MD, HTML, JSON or EML; - reads it piped in.",
        ),
    ],
    jd: Annotated[
        Path | None,
        typer.Argument(
            metavar="JD",
            help="The job description (PDF, DOCX, TXT, MD, HTML, JSON or EML; - reads it piped"
            " in) or a bundled posting's name (see 'mlcareer jobs'). Leave out with --level.",
            show_default=False,
        ),
    ] = None,
    level: Annotated[
        LevelChoice | None,
        typer.Option("--level", help="Compare with the taxonomy's profile of this level instead."),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            metavar="ROLE",
            help="With --level: also a role profile's skills, e.g. ml-engineer. With a "
            "posting that advertises several roles: the role whose title holds these words "
            "(default: the best fit).",
        ),
    ] = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.terminal,
    output: OutputOpt = None,
    taxonomy: TaxonomyOpt = None,
    weights: Annotated[
        str | None,
        typer.Option(
            "--weights",
            metavar="NAME=N,...",
            help="Component weights as name=number, comma-separated (names: required, "
            "preferred, education, experience); the others keep their defaults.",
        ),
    ] = None,
    as_of: AsOfOpt = None,
    color: ColorOpt = None,
) -> None:
    """Score a resume against a job description and say what to change.

    The report shows the score out of 100 and its parts, the skills matched and missing, the
    degree, years and level asked beside the resume's, and "What to change": at most 12 changes,
    the weightiest first (degree and years, then required skills), with a count of the rest.
    Advice that reads the same for several skills is given once, naming them all. The JSON
    format holds the same facts; its "suggestions" are the changes as the terminal lists them.

    With --level (and optionally --role) instead of a job description, the resume is compared with
    the taxonomy's profile of that level and role, and the advice names it ("The senior level
    requires ...").
    """
    from .api import analyze, analyze_profile
    from .documents.stdin import refuse_repeated_stdin
    from .formats import REPORT_FORMATS
    from .postings import resolve_posting

    _check_match_inputs(jd, level, role)
    _refuse_posting_name_as_resume(
        resume, "give the resume first, then the posting: mlcareer match RESUME {}"
    )
    refuse_repeated_stdin([resume, jd])
    refuse_overwriting_inputs(output, [resume, jd, taxonomy])
    check_output_target(output)
    format = output_format(ctx, format, output)
    options = build_options(taxonomy, as_of, weights)
    if jd is not None:
        posting = resolve_posting(jd)
        report = analyze(resume, posting, options, role)
        if posting != jd:  # a bundled posting: named as given, not by its installed path
            report = report.model_copy(update={"jd": str(jd)})
    else:
        report = analyze_profile(resume, level.value if level else None, role, options)
    write_output(REPORT_FORMATS[format.value](report, _use_color(color, output)), output)


@app.command(cls=MetavarCommand, epilog=EXTRACT_EXAMPLES)
@handle_errors
def extract(
    ctx: typer.Context,
    files: Annotated[
        list[Path],
        typer.Argument(help="Documents to analyse (- reads one piped in).", metavar="FILE"),
    ],
    format: Annotated[ExtractFormat, typer.Option("--format", "-f")] = ExtractFormat.terminal,
    kind: Annotated[
        DocKind, typer.Option("--as", help="Read the files as resumes or postings.")
    ] = DocKind.auto,
    output: OutputOpt = None,
    taxonomy: TaxonomyOpt = None,
    as_of: AsOfOpt = None,
    color: ColorOpt = None,
) -> None:
    """Show the skills, education and experience found in documents."""
    from .api import extract as extract_one
    from .documents.stdin import refuse_repeated_stdin
    from .errors import DocumentError
    from .formats import PROFILE_FORMATS
    from .models import Failure

    refuse_repeated_stdin([*files])
    refuse_overwriting_inputs(output, [*files, taxonomy])
    check_output_target(output)
    format = output_format(ctx, format, output)
    options = build_options(taxonomy, as_of)
    items: list[Profile | Failure] = []
    for path in files:
        try:
            items.append(extract_one(path, options, kind.value))
        except DocumentError as e:
            items.append(Failure(path=str(path), error=e.message, hint=e.hint))
            if format is ExtractFormat.terminal or len(files) == 1:
                print_error(e.message, e.hint)
    failures = sum(isinstance(i, Failure) for i in items)
    lone_failure = len(files) == 1 and failures == 1  # said on stderr; JSON still has its line
    if format is not ExtractFormat.terminal or not lone_failure:
        write_output(PROFILE_FORMATS[format.value](items, _use_color(color, output)), output)
    if failures:
        if len(files) > 1:
            typer.echo(f"error: {failures} of {len(files)} files could not be read", err=True)
            typer.echo(f"hint: {_failures_told(format is not ExtractFormat.terminal)}", err=True)
        raise typer.Exit(EXIT_DOCUMENT)


@app.command(
    cls=MetavarCommand, short_help="Print the JSON Schema of match, extract or batch output."
)
@handle_errors
def schema(
    which: Annotated[
        str,
        typer.Argument(
            metavar="WHICH",
            help="report (match output), profile (extract output), batch (a batch row) or"
            " roles (roles output).",
        ),
    ] = "report",
) -> None:
    """Print the JSON Schema of a match report, an extract or a batch row."""
    import json

    from pydantic import BaseModel

    from .models import SCHEMA_VERSION, BatchRow, Profile, Report, RoleRanking

    models: dict[str, type[BaseModel]] = {
        "report": Report,
        "profile": Profile,
        "batch": BatchRow,
        "roles": RoleRanking,
    }
    if which not in models:
        typer.echo(f"error: unknown schema {which!r}", err=True)
        typer.echo("hint: use 'report', 'profile', 'batch' or 'roles'", err=True)
        raise typer.Exit(EXIT_USAGE)
    found = models[which].model_json_schema(mode="serialization")  # as the JSON output is made
    if which == "profile":  # extract's JSON opens with the version its records follow
        version = {"type": "string", "title": "Schema Version", "default": SCHEMA_VERSION}
        found["properties"] = {"schema_version": version, **found["properties"]}
    say(json.dumps(found, indent=2))


@app.command(
    cls=MetavarCommand,
    epilog=BATCH_EXAMPLES,
    short_help="Score many resumes against many postings, ranked.",
)
@handle_errors
def batch(
    ctx: typer.Context,
    pairs: Annotated[
        Path | None,
        typer.Option(
            "--pairs",
            metavar="CSV",
            help="CSV with a header 'resume,jd'; relative paths are read from the CSV's folder.",
            dir_okay=False,
        ),
    ] = None,
    resumes: Annotated[
        list[str] | None,
        typer.Option("--resumes", metavar="PATH", help="Resume files, folders or globs."),
    ] = None,
    jds: Annotated[
        list[str] | None,
        typer.Option(
            "--jds",
            metavar="PATH",
            help="Posting files, folders, globs or bundled postings' names.",
        ),
    ] = None,
    format: Annotated[BatchFormat, typer.Option("--format", "-f")] = BatchFormat.terminal,
    top: Annotated[
        int | None, typer.Option("--top", min=1, metavar="K", help="Keep the best K per group.")
    ] = None,
    by: Annotated[
        str,
        typer.Option(
            "--by", metavar="jd|resume", help="Group the ranking by 'jd' (default) or 'resume'."
        ),
    ] = "jd",
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, metavar="N", help="Worker processes (default: all cores)."
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option("--engine", help="local: a process pool; dask: a Dask cluster (pip extra)."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="With --engine dask: a running scheduler (tcp://HOST:PORT); "
            "default: a local cluster of --jobs processes.",
        ),
    ] = None,
    prerank: Annotated[
        int | None,
        typer.Option(
            "--prerank",
            min=1,
            metavar="K",
            help="Score exactly only the best K of each group by a fast estimate "
            "(e.g. 5x --top; needs scipy).",
        ),
    ] = None,
    stream: Annotated[
        bool,
        typer.Option(
            "--stream", help="Write csv/jsonl rows as they finish, unranked, in finishing order."
        ),
    ] = False,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            help="Start the CSV with a UTF-8 byte-order mark, so Excel reads accented names "
            "right (scripts: leave it off).",
        ),
    ] = False,
    output: OutputOpt = None,
    taxonomy: TaxonomyOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Score many resumes against many postings, ranked, as a table, CSV, JSON or JSONL."""
    from .batch import (
        BATCH_FORMATS,
        as_spelled,
        collect,
        collect_pairs,
        document_tasks,
        engine_rows,
        load_prerank,
        misread_warning,
        natural_key,
        noting_misread,
        summary_line,
    )
    from .documents.stdin import refuse_repeated_stdin

    format = output_format(ctx, format, output)
    _check_batch_options(by, engine, scheduler, stream, format, top, prerank, pairs)
    if bom and format is not BatchFormat.csv:
        raise UsageError("--bom marks a CSV file", "add --format csv, or drop --bom")
    start = UTF8_BOM if bom else ""
    options = build_options(taxonomy, as_of)
    notes: list[str] = []
    spelled: dict[str, str] = {}  # a bundled posting's installed path: the name given
    try:
        pair_list = collect_pairs(pairs, resumes or [], jds or [], notes, spelled)
    except UsageError:
        _say_notes(notes)  # what a folder held that no reader takes: why it "holds no files"
        raise
    # "-" as a resume and as a posting would be two reads of one standard input
    refuse_repeated_stdin([Path(path) for path, _ in document_tasks(pair_list)])
    refuse_overwriting_inputs(output, [pairs, taxonomy, *{p for pair in pair_list for p in pair}])
    check_output_target(output)
    _say_notes(notes)
    spec = load_prerank(prerank, by) if prerank else None
    progress = sys.stderr.isatty()
    streamed = [0]  # rows handed to the stream's writer, for the hint after Ctrl-C
    # a document that reads as the other kind: the kind given, in the rows and in pre-ranking
    misread: dict[str, str] = {}
    pre_ranked: dict[str, str] = {}
    try:
        rows_of = engine_rows(
            engine.value, pair_list, options, jobs, progress, spec, scheduler, pre_ranked
        )
        with rows_of as done:
            rows = noting_misread(as_spelled(done, spelled), misread)
            if stream:
                written = _counted(rows, streamed)
                total, failed = _write_stream(written, format.value, output, start)
            else:
                result = collect(rows)
                ranked = result.ranked(by=by, top=top)
                write_output(start + BATCH_FORMATS[format.value](ranked), output)
                total, failed = len(result.rows), result.failed
    except KeyboardInterrupt:
        typer.echo("error: interrupted", err=True)
        typer.echo(f"hint: {_kept_when_interrupted(stream, streamed[0], output)}", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    pre_ranked = {spelled.get(path, path): kind for path, kind in pre_ranked.items()}
    for path, kind in sorted({**pre_ranked, **misread}.items(), key=lambda i: natural_key(i[0])):
        line = misread_warning(path, kind, pairs is not None, scored=path in misread)
        typer.echo(f"warning: {line}", err=True)
    if spec is not None:
        typer.echo(f"pre-ranking kept {total} of {len(pair_list)} pairs", err=True)
    typer.echo(summary_line(total, failed), err=True)
    if failed:
        raise typer.Exit(EXIT_DOCUMENT)


def _say_notes(notes: list[str]) -> None:
    for note in notes:
        typer.echo(f"note: {note}", err=True)


def _counted(rows: Iterable[tuple[Any, Any]], counter: list[int]) -> Iterator[Any]:
    """The rows, each counted once the writer asks for the next: once it is written."""
    for _, row in rows:
        yield row
        counter[0] += 1


def _kept_when_interrupted(stream: bool, rows: int, output: Path | None) -> str:
    """What an interrupted batch left: the rows streamed so far, or nothing (a ranking needs
    every pair, and a file is written whole or not at all)."""
    if not stream:
        return (
            "nothing was written: a ranking needs every pair; --stream (csv or jsonl) writes "
            "each row as it is scored, and keeps them when interrupted"
        )
    where = f"in {output}" if output is not None else "on standard output"
    kept = "1 row scored before it stands" if rows == 1 else f"{rows} rows scored before it stand"
    return f"the {kept} {where}, complete"


def _check_batch_options(
    by: str,
    engine: Engine,
    scheduler: str | None,
    stream: bool,
    format: BatchFormat,
    top: int | None,
    prerank: int | None,
    pairs: Path | None,
) -> None:
    if by not in ("jd", "resume"):
        raise UsageError(f"--by {by!r}: use 'jd' or 'resume'", "e.g. --by resume")
    if scheduler and engine is not Engine.dask:
        raise UsageError("--scheduler needs --engine dask", "add --engine dask")
    if stream and format not in (BatchFormat.csv, BatchFormat.jsonl):
        raise UsageError("--stream writes csv or jsonl", "add --format jsonl or --format csv")
    if stream and top:
        raise UsageError(
            "--stream writes rows unranked as they finish; --top needs whole groups",
            "drop --stream to rank, or --top to stream",
        )
    if prerank and top and prerank < top:
        raise UsageError(
            f"--prerank {prerank} keeps fewer than --top {top} of each group",
            f"use --prerank {5 * top} (about 5 x --top), or a smaller --top",
        )
    if prerank and pairs is not None:
        raise UsageError(
            "--prerank needs --resumes and --jds: it ranks every resume against every posting",
            "list the documents with --resumes and --jds instead of --pairs",
        )


# Excel reads a CSV as UTF-8 only when it starts with this mark; csv modules keep it in the
# first header ("\ufeffrank") unless told utf-8-sig, hence an option, off by default.
UTF8_BOM = "\ufeff"


def _write_stream(
    rows: Iterable[Any], format: str, output: Path | None, start: str = ""
) -> tuple[int, int]:
    """Rows straight to the file (or stdout) as they come, after `start` (a byte-order mark):
    memory does not grow with them."""
    from .batch import write_stream
    from .output import UNENCODABLE, flushing_writer, write_stdout

    if output is None:
        write_stdout(start)
        return write_stream(rows, format, write_stdout)
    try:
        out = output.open("w", encoding="utf-8", errors=UNENCODABLE, newline="")
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror}", "check the --output path") from e
    try:
        write = flushing_writer(out, output)
        write(start)
        return write_stream(rows, format, write)
    finally:
        with contextlib.suppress(OSError):  # a failed write was reported; closing flushes again
            out.close()


class CheckFormat(str, Enum):
    text = "text"
    json = "json"  # one JSON document: an object for one resume, an array for several
    jsonl = "jsonl"  # one object per line, one line per resume
    github = "github"  # text, with failures and warnings as GitHub Actions annotations


@app.command(
    cls=MetavarCommand,
    epilog=CHECK_EXAMPLES,
    short_help="Exit 1 when a resume falls short of rules (for CI).",
)
@handle_errors
def check(
    resumes: Annotated[
        list[Path],
        typer.Argument(help="The resumes to check (- reads one piped in).", metavar="RESUME"),
    ],
    jd: Annotated[
        Path | None,
        typer.Option(
            "--jd",
            metavar="POSTING",
            help="A job description (a file or a bundled posting's name) to check against; "
            "without it the resume itself is linted.",
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option(
            "--fail-under",
            metavar="SCORE",
            callback=number_in("--fail-under", 0, 100, example=70),
            help="Fail below this score (0-100).",
        ),
    ] = None,
    require: Annotated[
        list[str] | None,
        typer.Option(
            "--require",
            metavar="SKILLS",
            help="Skills that must be shown, comma-separated; may be repeated.",
        ),
    ] = None,
    require_text: Annotated[
        list[str] | None,
        typer.Option(
            "--require-text",
            metavar="TERMS",
            help="Words the resume must hold as written (any case), comma-separated; may be "
            "repeated. For tools the taxonomy does not know.",
        ),
    ] = None,
    max_missing_required: Annotated[
        int | None,
        typer.Option(
            "--max-missing-required",
            min=0,
            metavar="N",
            help="Fail when more required skills are missing.",
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            metavar="TEXT",
            help="With a posting that advertises several roles: the role whose title holds "
            "these words (default: the one each resume fits best).",
        ),
    ] = None,
    format: Annotated[CheckFormat, typer.Option("--format", "-f")] = CheckFormat.text,
    taxonomy: TaxonomyOpt = None,
    as_of: AsOfOpt = None,
) -> None:
    """Exit 1 when a resume falls short of the rules (for CI and pre-commit)."""
    from .check_output import CheckOutput
    from .checks import required_skills
    from .documents.stdin import refuse_repeated_stdin

    refuse_repeated_stdin([*resumes, jd])
    options = build_options(taxonomy, as_of)
    required = _comma_separated(require)
    if require is not None and not required:  # "--require $SKILLS" with the variable unset
        raise UsageError(
            "--require names no skill", "give a skill, e.g. --require python, or drop --require"
        )
    texts = list(dict.fromkeys(_comma_separated(require_text)))
    if require_text is not None and not texts:
        raise UsageError(
            "--require-text names no words",
            "give the words, e.g. --require-text Zorblex, or drop --require-text",
        )
    if jd is None and (
        fail_under is not None or required or texts or max_missing_required is not None or role
    ):
        raise UsageError(
            "--fail-under, --require, --require-text, --max-missing-required and --role need --jd",
            "add --jd POSTING, or drop them to lint the resume alone",
        )
    rules = CheckRules(
        fail_under, required_skills(options.taxonomy, required), max_missing_required, role, texts
    )
    nothing_asked = not (required or texts) and max_missing_required is None
    if jd is not None and fail_under is None and nothing_asked:
        typer.echo(f"note: {_NO_RULE}", err=True)
    if fail_under is not None and 0 < fail_under < 1:  # a fraction: nearly any score passes
        typer.echo(
            f"note: --fail-under {fail_under:g} is out of 100, as scores are; for "
            f"{fail_under:.0%} write --fail-under {round(fail_under * 100, 4):g}",
            err=True,
        )
    out = CheckOutput(format.value, named=len(resumes) > 1, jd=str(jd) if jd else None)
    posting = _check_posting(jd, options, out)  # an unreadable posting stops the run at once
    if posting is not None and role is not None:
        from .api import role_named

        role_named(posting, role)  # a role the posting does not name stops it too (exit 2)
    statuses = [_check_one(resume, posting, options, rules, out) for resume in resumes]
    out.finish()
    unreadable = statuses.count(EXIT_DOCUMENT)
    if unreadable and len(resumes) > 1:
        typer.echo(f"error: {unreadable} of {len(resumes)} resumes could not be read", err=True)
        as_json = format in (CheckFormat.json, CheckFormat.jsonl)
        typer.echo(f"hint: {_failures_told(as_json)}", err=True)
    if max(statuses) != EXIT_OK:
        raise typer.Exit(max(statuses))  # an unreadable resume (3) wins over a failed rule (1)


def _comma_separated(options: list[str] | None) -> list[str]:
    """The items of repeated comma-separated options, stripped, empty ones left out."""
    return [item.strip() for option in options or [] for item in option.split(",") if item.strip()]


@dataclass(frozen=True)
class CheckRules:
    fail_under: float | None
    required: list[str]  # skill ids
    max_missing_required: int | None
    role: str | None = None  # words of the title of one of a posting's several roles
    texts: list[str] = field(default_factory=list)  # --require-text: words as written


def _check_posting(jd: Path | None, options: Options, out: CheckOutput) -> Profile | None:
    """The posting's profile, read once for all the resumes; None to lint them. One that
    cannot be read is said in the output's format, then stops the run (exit 3)."""
    if jd is None:
        return None
    from .api import extract
    from .errors import DocumentError
    from .postings import resolve_posting

    try:
        return extract(resolve_posting(jd), options, "posting")
    except DocumentError as e:
        out.unreadable_posting(jd, e)
        raise


def _check_one(
    resume: Path, posting: Profile | None, options: Options, rules: CheckRules, out: CheckOutput
) -> int:
    """Check one resume and report its rules, or its error; the resume's exit status."""
    from .errors import DocumentError

    try:
        checked = _rule_results(resume, posting, options, rules)
    except DocumentError as e:
        out.unreadable(resume, e)
        return EXIT_DOCUMENT
    out.result(resume, checked.results, checked.score, checked.warnings, checked.role)
    return EXIT_CHECK_FAILED if any(not r.passed for r in checked.results) else EXIT_OK


@dataclass(frozen=True)
class _Checked:
    results: list[RuleResult]
    score: float | None  # None when linting without a posting
    warnings: list[str]  # the documents', worded as in the match report
    role: str | None = None  # the role checked, of a posting that advertises several


def _rule_results(
    resume: Path, posting: Profile | None, options: Options, rules: CheckRules
) -> _Checked:
    """The rules' results for one resume."""
    from .api import compare, extract
    from .checks import lint_rules, posting_rules, text_rules

    _refuse_posting_name_as_resume(
        resume, "a posting goes with --jd: mlcareer check RESUME --jd {}"
    )
    profile = extract(resume, options, "resume")
    if posting is None:
        return _Checked(
            lint_rules(profile, options.taxonomy), None, [f"resume: {w}" for w in profile.warnings]
        )
    from .formats.common import roles_note

    report = compare(profile, posting, options, rules.role, advice=False)  # check shows none
    results = posting_rules(
        report, options, rules.fail_under, rules.required, rules.max_missing_required, profile
    ) + text_rules(profile.text, rules.texts)
    # which of several roles was checked: a resume's own best fit, so said for each resume
    note = roles_note(report.posting_roles)
    role = report.posting_roles.scored if report.posting_roles else None
    return _Checked(results, report.score, [*report.warnings, *([note] if note else [])], role)


# Commands about careers without a posting (levels, roles, salaries) live in their own module.
from . import cli_career  # noqa: E402, F401


def main() -> None:
    from .output import stand_in_for_closed_stdout

    gc.disable()  # switched back on by _finish_startup, or when the process ends
    stand_in_for_closed_stdout()
    try:
        app()
    finally:
        gc.enable()
        from . import regex_cache

        regex_cache.save()  # only when this run compiled patterns the cache lacked
