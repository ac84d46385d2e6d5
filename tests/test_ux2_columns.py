"""A saved or piped report is as wide as COLUMNS asks (a sensible 100 when it is unset), and
NO_COLOR keeps escape codes out of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

ROOT = Path(__file__).resolve().parents[1]
RESUME = ROOT / "examples" / "entry-ml-engineer.txt"
POSTING = ROOT / "data" / "job_descriptions" / "entry-ml-engineer.txt"
AS_OF = ["--as-of", "2026-11"]


def _widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


def _run(env: dict[str, str | None], *args: str | Path) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args] + AS_OF, env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_ux2_a_piped_match_report_is_as_wide_as_columns_asks(columns: int) -> None:
    shown = _run({"COLUMNS": str(columns)}, "match", RESUME, POSTING)
    assert _widest(shown) == columns  # the header panel spans the width
    assert "Missing" in shown and "What to change" in shown


@pytest.mark.parametrize("columns", ["", "abc", "-5", "0", "٨٠"])
def test_ux2_columns_that_are_no_width_leave_the_default(columns: str) -> None:
    assert _widest(_run({"COLUMNS": columns}, "match", RESUME, POSTING)) == 100


def test_ux2_columns_out_of_reason_are_held_within_it() -> None:
    assert _widest(_run({"COLUMNS": "20"}, "match", RESUME, POSTING)) == 40
    assert _widest(_run({"COLUMNS": "400"}, "match", RESUME, POSTING)) == 160


def test_ux2_extract_and_batch_tables_follow_columns(tmp_path: Path) -> None:
    assert _widest(_run({"COLUMNS": "72"}, "extract", RESUME)) <= 72
    batch = _run(
        {"COLUMNS": "80"}, "batch", "--resumes", RESUME, "--jds", POSTING, "--format", "terminal"
    )
    assert _widest(batch) <= 80 and "score" in batch
    unset = _run({"COLUMNS": None}, "batch", "--resumes", RESUME, "--jds", POSTING)
    assert _widest(unset) > 80  # a pipe's table keeps its room for two paths


def test_ux2_a_report_saved_through_a_real_pipe_follows_columns(tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "mlcareer", "match", str(RESUME), str(POSTING), *AS_OF],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _widest(done.stdout) == 80 and "\x1b[" not in done.stdout


def test_ux2_no_color_on_a_terminal_keeps_the_columns_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mlcareer.formats.terminal import output_width

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "90")
    monkeypatch.setenv("NO_COLOR", "1")
    assert output_width() == 90  # a terminal reads COLUMNS too (shutil.get_terminal_size)
