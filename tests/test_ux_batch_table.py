"""The batch table says how its ranks were given, and keeps no padding at the ends of lines."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES, POSTINGS

RESUME = EXAMPLES / "entry-ml-engineer.txt"
JD = POSTINGS / "entry-ml-engineer.txt"


def _table(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", *map(str, args), "-j", "1"])
    return result.exit_code, result.stdout


def test_ux_batch_table_says_how_ranks_are_given() -> None:
    code, out = _table("--resumes", RESUME, "--jds", JD, "--jds", "data-analyst")
    assert code == 0
    told = " ".join(out.split("└")[-1].split())
    assert "best score first" in told and "equal scores share a rank" in told, told
    assert "mlcareer match RESUME JD" in told


def test_ux_batch_table_keeps_no_trailing_blanks() -> None:
    code, out = _table("--resumes", RESUME, "--jds", JD)
    assert code == 0
    assert [line for line in out.splitlines() if line != line.rstrip()] == []


def test_ux_batch_table_of_failures_only_tells_no_ranking(tmp_path: Path) -> None:
    code, out = _table("--resumes", tmp_path / "gone.txt", "--jds", JD)
    assert code == 3
    assert "no such file" in out and "best score first" not in out
