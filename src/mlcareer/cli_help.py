"""How commands show their arguments in --help: by their metavar alone ("RESUME", "[JD]",
"FILE...") rather than typer's "{resume}" and "FILE <list[Path]>"."""

from __future__ import annotations

from typing import Any

from typer.core import TyperCommand, TyperGroup


def _shown(param: Any, usage: bool) -> str:
    name = str(param.metavar) + ("..." if param.nargs != 1 else "")
    return f"[{name}]" if usage and not param.required else name


def _named(param: Any) -> bool:
    return param.param_type_name == "argument" and param.metavar is not None


def _show_help(ctx: Any, param: Any, value: bool) -> None:
    """click's --help callback, writing as reports do: a full disk or a closed stdout is one
    `error:` line (a UsageError, exit 2), not a traceback."""
    if value and not ctx.resilient_parsing:
        from .output import write_stdout

        write_stdout(ctx.get_help() + "\n")
        ctx.exit()


class HelpOnStdout:
    """Gives a command's --help option the callback above."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.callback = _show_help
        return option


class HelpGroup(HelpOnStdout, TyperGroup):
    """The app's group, its --help written as above."""


class MetavarCommand(HelpOnStdout, TyperCommand):
    """A command whose arguments with a metavar show just it, in the usage line and the
    Arguments list; options show theirs as typer does."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            pieces += [_shown(param, usage=True)] if _named(param) else param.get_usage_pieces(ctx)
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        arguments, options = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name != "argument":
                options.append(record)
            else:
                arguments.append(
                    (_shown(param, usage=False), record[1]) if _named(param) else record
                )
        for title, records in (("Arguments", arguments), ("Options", options)):
            if records:
                with formatter.section(title):
                    formatter.write_dl(records)
