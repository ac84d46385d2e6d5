"""`batch --pairs` as a scripter's spreadsheet saves it: Excel in many locales separates a
CSV's columns with semicolons (or a tab for "Text (Tab delimited)"), and the header says so."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES, POSTINGS


def _rows(pairs: Path) -> list[dict[str, str]]:
    result = CliRunner().invoke(app, ["batch", "--pairs", str(pairs), "-f", "csv", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_ux3_pairs_separated_as_excel_saves_them_are_read(tmp_path: Path, delimiter: str) -> None:
    shutil.copy(EXAMPLES / "entry-ml-engineer.txt", tmp_path / "cv.txt")
    shutil.copy(POSTINGS / "data-analyst.txt", tmp_path / "jd.txt")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f"Resume{delimiter}JD\r\ncv.txt{delimiter}jd.txt\r\n", encoding="utf-8-sig")
    [row] = _rows(pairs)
    assert (Path(row["resume"]).name, Path(row["jd"]).name) == ("cv.txt", "jd.txt")
    assert row["score"] and not row["error"]


def test_ux3_a_comma_csv_keeps_a_semicolon_in_a_path(tmp_path: Path) -> None:
    """Lookalike: a comma-separated file whose file name holds a semicolon."""
    shutil.copy(EXAMPLES / "entry-ml-engineer.txt", tmp_path / "cv;v2.txt")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("resume,jd\ncv;v2.txt,data-analyst\n", encoding="utf-8")
    [row] = _rows(pairs)
    assert Path(row["resume"]).name == "cv;v2.txt" and not row["error"]


def test_ux3_a_header_naming_other_columns_is_still_a_usage_error(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("candidate;posting\ncv.txt;jd.txt\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", "--pairs", str(pairs)])
    assert result.exit_code == 2
    assert "the header must name the columns resume and jd" in result.stderr
