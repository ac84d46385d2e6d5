"""How the command line reports errors: one `error:` line and one `hint:` line on stderr, and
the documented exit code, whether the error comes from mlcareer or from the option parser."""

from __future__ import annotations

import functools
import math
import shlex
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import typer

from .cli_help import HelpGroup
from .errors import MlcareerError, UsageError

EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports a process ended by SIGINT
# Standard output closed before all was written (`| head`), as a shell reports a process ended
# by SIGPIPE: the command stops at once and says nothing
EXIT_CLOSED_PIPE = 141

F = TypeVar("F", bound=Callable[..., Any])

# click's UsageError, found through a public name: typer >= 0.20 vendors click, older releases
# use it directly. Its subclasses are bad values, missing arguments, unknown options.
ClickUsageError: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)


def print_error(message: str, hint: str, prefix: str = "", problems: Iterable[str] = ()) -> None:
    """`error:` and `hint:` lines on stderr. File names in them may hold control characters,
    which must not reach the terminal (or split a line): shown() replaces them."""
    from .documents.readers import shown

    typer.echo(f"{prefix}error: {shown(message)}", err=True)
    for problem in problems:
        typer.echo(f"  {shown(problem)}", err=True)
    if hint:
        typer.echo(f"{prefix}hint: {shown(hint)}", err=True)


def fail(error: MlcareerError) -> typer.Exit:
    """Print `error:` and `hint:` lines on stderr and give the exit to raise."""
    print_error(error.message, error.hint, problems=getattr(error, "problems", [])[1:20])
    return typer.Exit(error.exit_code)


def handle_errors(command: F) -> F:
    """Turn library errors into a clean message and the documented exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except MlcareerError as e:
            raise fail(e) from None
        except KeyboardInterrupt:
            typer.echo("error: interrupted", err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None

    return wrapper  # type: ignore[return-value]


# Hints for parser errors about one option; any other gets "see '... --help'".
OPTION_HINTS = {
    "pairs": "give --pairs the CSV file; a folder of documents goes to --resumes or --jds",
    "format": "use one of the formats named in the error",
}


def _one_line(error: Any) -> str:
    """click's message on one line, starting in lower case as ours do."""
    message = " ".join(str(error.format_message()).split()).rstrip(".")
    message = message.replace("Value error, ", "")  # typer's validation says it in front
    if message[:2].istitle():  # "Invalid value ...", not "RESUME"
        message = message[0].lower() + message[1:]
    return message


_NO_SUCH_COMMAND = "no such command '"


def _document_for_command(message: str) -> str | None:
    """The file named where the command goes ("mlcareer cv.pdf job.txt"), else None."""
    if not message.startswith(_NO_SUCH_COMMAND) or not message.endswith("'"):
        return None
    from pathlib import Path

    from .documents import READERS

    name = message[len(_NO_SUCH_COMMAND) : -1]
    return name if Path(name).suffix.lower() in READERS or Path(name).is_file() else None


def _parser_hint(error: Any) -> str:
    param = getattr(error, "param", None)
    if param is not None and param.name in OPTION_HINTS:
        return OPTION_HINTS[param.name]
    if document := _document_for_command(_one_line(error)):
        command = f"mlcareer match {shlex.quote(document)} JOB"  # "my cv.docx" quoted
        mark = '"' if "'" in command else "'"
        return f"name the command first, e.g. {mark}{command}{mark} (see --help)"
    ctx = getattr(error, "ctx", None)
    command = ctx.command_path if ctx is not None else "mlcareer"
    return f"see '{command} --help'"


def _show_on_one_line(error: Any) -> None:
    """Make click print `error:` and `hint:` lines in place of its usage block."""

    def show(file: Any = None) -> None:
        print_error(_one_line(error), _parser_hint(error))

    error.show = show


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Errors raised while the command line is parsed: from click, or ours (a callback's)."""
    try:
        yield
    except MlcareerError as e:
        raise fail(e) from None
    except ClickUsageError as e:
        if type(e).__name__ != "NoArgsIsHelpError":  # bare `mlcareer` prints the help
            _show_on_one_line(e)
        raise


@contextmanager
def quiet_on_a_closed_pipe() -> Iterator[None]:
    """A reader that closed standard output early (`| head -1`) ends the command quietly with
    EXIT_CLOSED_PIPE, whichever command wrote (click's own handling exits 1, a failed check)."""
    from .output import discard_stdout

    try:
        yield
    except BrokenPipeError:
        discard_stdout()  # what is left in its buffer would fail again at exit
        raise typer.Exit(EXIT_CLOSED_PIPE) from None


class OneLineErrorsGroup(HelpGroup):
    """The app's group: every parser error of every command is reported as ours are, and a
    closed standard output ends any command alike."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        with quiet_on_a_closed_pipe(), one_line_errors():  # --help piped to `head`
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        with quiet_on_a_closed_pipe(), one_line_errors():
            return super().invoke(ctx)


def number_in(
    option: str, low: float, high: float | None = None, example: float = 1.0
) -> Callable[..., Any]:
    """A callback that takes a finite number from `low` to `high`: the parser's own range check
    reads nan as 'greater than 100' (nan fails every comparison) and lets inf through."""
    allowed = f"from {low:g} to {high:g}" if high is not None else f"of at least {low:g}"

    def check(value: float | None) -> float | None:
        if value is None:
            return None
        if not math.isfinite(value) or value < low or (high is not None and value > high):
            raise UsageError(
                f"{option} {value:g}: not a number {allowed}", f"e.g. {option} {example:g}"
            )
        return value

    return check
