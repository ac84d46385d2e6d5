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
