"""The README shows the real --help and the real exit codes, and names the CI test command."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from mlcareer import cli
from mlcareer.api import Options

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _block_after(marker: str) -> str:
    start = README.index(marker) + len(marker)
    return README[start : README.index("```", start)].strip("\n")


def test_help_block_is_the_real_help() -> None:
    result = CliRunner().invoke(cli.app, ["--help"], terminal_width=80, prog_name="mlcareer")
    assert result.exit_code == 0
    assert _block_after("$ mlcareer --help\n") == result.stdout.strip("\n")


def test_exit_code_table_matches_the_cli() -> None:
    table = dict(re.findall(r"^\| (\d) \| (.+?) \|$", README, re.M))
    assert set(table) == {"0", "1", "2", "3", "4"}
    assert cli.EXIT_OK == 0 and "done" in table["0"]
    assert cli.EXIT_CHECK_FAILED == 1 and "check failed" in table["1"]
    assert cli.EXIT_USAGE == 2 and "usage" in table["2"]
    assert cli.EXIT_DOCUMENT == 3 and "document" in table["3"]
    assert cli.EXIT_TAXONOMY == 4 and "taxonomy" in table["4"]


def test_ci_runs_the_readme_test_command() -> None:
    commands = [line for line in README.splitlines() if line.startswith("python3 -m venv")]
    assert any("pip install -q ." in c and "mlcareer match" in c for c in commands)
    assert any("pytest" in c for c in commands)
    assert "README.md" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_readme_counts_the_bundled_taxonomy(options: Options) -> None:
    [written] = re.findall(r"taxonomy of ([\d,]+) skills", README)
    assert int(written.replace(",", "")) == len(options.taxonomy.skills)
