"""CLI edges found by a review: a pairs file whose header LibreOffice quoted ("resume";"jd"),
and check's ready command for a resume whose name opens with a dash."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES, POSTINGS


def test_a_quoted_semicolon_header_is_read(tmp_path: Path) -> None:
    shutil.copy(EXAMPLES / "entry-ml-engineer.txt", tmp_path / "cv.txt")
    shutil.copy(POSTINGS / "data-analyst.txt", tmp_path / "jd.txt")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text('"resume";"jd"\n"cv.txt";"jd.txt"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", "--pairs", str(pairs), "-f", "csv", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    [row] = list(csv.DictReader(io.StringIO(result.stdout)))
    assert Path(row["resume"]).name == "cv.txt" and row["score"]


def test_checks_ready_command_reads_a_dashed_name_as_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(EXAMPLES / "entry-ml-engineer.txt", tmp_path / "-cv.txt")
    shutil.copy(POSTINGS / "data-analyst.txt", tmp_path / "jd.txt")
    monkeypatch.chdir(tmp_path)
    arguments = ["check", "--jd", "jd.txt", "--fail-under", "100", "--", "-cv.txt"]
    result = CliRunner().invoke(app, arguments)
    assert result.exit_code == 1, result.output
    assert "mlcareer match ./-cv.txt jd.txt" in result.output + result.stderr
