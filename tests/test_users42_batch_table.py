"""In a terminal too narrow for the batch table, each row is a record of `column: cell`
fields; a failed pair's message stands under "error:", not under the column of missing
skills whose place it takes in the wide table."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES


def _table(columns: str, *args: str | Path) -> tuple[int, str]:
    runner = CliRunner()
    result = runner.invoke(app, ["batch", *map(str, args), "-j", "1"], env={"COLUMNS": columns})
    return result.exit_code, result.stdout


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder holding one resume (cv.txt), and no gone.txt."""
    (tmp_path / "cv.txt").write_text((EXAMPLES / "data-analyst.txt").read_text("utf-8"), "utf-8")
    monkeypatch.chdir(tmp_path)


@pytest.mark.usefixtures("in_tmp")
@pytest.mark.parametrize("columns", ["40", "60"])
def test_a_failed_pair_reads_as_an_error_in_a_narrow_table(columns: str) -> None:
    resumes = ("--resumes", "gone.txt", "--resumes", "cv.txt")
    code, out = _table(columns, *resumes, "--jds", "data-analyst")
    assert code == 3
    assert "error: gone.txt: no such file" in " ".join(out.replace("│", " ").split())
    failed = out[out.index("gone.txt") :]
    assert "missing (required): gone.txt" not in " ".join(failed.replace("│", " ").split())
    assert "missing (required):" in out  # the scored row keeps its column's name


@pytest.mark.usefixtures("in_tmp")
def test_a_failed_pair_keeps_its_columns_in_a_wide_table() -> None:
    code, out = _table(
        "160", "--resumes", "gone.txt", "--resumes", "cv.txt", "--jds", "data-analyst"
    )
    assert code == 3
    [line] = [line for line in out.splitlines() if "no such file" in line]
    assert " error " in line and "error:" not in line
