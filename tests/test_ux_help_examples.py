"""Every command's --help ends with examples to copy, and the command list fits a terminal."""

from __future__ import annotations

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

COMMANDS_WITH_EXAMPLES = ["match", "extract", "batch", "check"]


@pytest.mark.parametrize("command", COMMANDS_WITH_EXAMPLES)
def test_ux_command_help_ends_with_examples(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=80)
    assert result.exit_code == 0
    examples = result.stdout.split("Examples:\n")[1].splitlines()
    assert len(examples) >= 3, result.stdout
    for line in examples:  # kept as written, one command a line, within 80 columns
        assert line.startswith("    ") and f"mlcareer {command}" in line, line
        assert len(line) <= 79, line


def test_ux_command_list_is_not_cut_short() -> None:
    result = CliRunner().invoke(app, ["--help"], terminal_width=80)
    assert result.exit_code == 0
    commands = result.stdout.split("Commands:\n")[1].split("\n\n")[0]
    assert "..." not in commands, commands
    assert "mlcareer COMMAND --help" in result.stdout


def test_ux_help_with_examples_imports_no_spacy() -> None:
    code = (
        "import sys\n"
        "from mlcareer.cli import app\n"
        "try:\n"
        "    app(['batch', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False"), out.stdout


def _complete(words: str, cword: int) -> list[str]:
    """What bash completion offers for the command line `words`, as mlcareer's script asks."""
    import os

    env = {**os.environ, "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    env["_MLCAREER_COMPLETE"] = "complete_bash"
    code = "import sys; sys.argv[0] = 'mlcareer'; from mlcareer.cli import main; main()"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    return out.stdout.split()


def test_ux_shell_completes_commands_options_and_choices() -> None:
    assert _complete("mlcareer ma", 1) == ["match"]
    assert "--format" in _complete("mlcareer match --fo", 2)
    assert _complete("mlcareer batch -f ", 3) == ["terminal", "csv", "json", "jsonl"]


def test_ux_completion_script_is_shown_for_a_named_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    # Typer looks for the shell among the parent processes, which a test run started by an
    # agent or a CI runner may not have: the shell is the user's, fixed here.
    monkeypatch.setattr("typer.completion._get_shell_name", lambda: "bash")
    result = CliRunner().invoke(app, ["--show-completion", "bash"], prog_name="mlcareer")
    assert result.exit_code == 0
    assert "_MLCAREER_COMPLETE=complete_bash" in result.stdout
