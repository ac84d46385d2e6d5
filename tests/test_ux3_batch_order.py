"""`mlcareer batch` as a scripter reads its ranking: equal scores stand in the order a person
reads file names (cv2 before cv10), not in the order of their characters."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from typer.testing import CliRunner

from mlcareer.batch import natural_key
from mlcareer.cli import app

from .conftest import EXAMPLES, POSTINGS

RESUME = EXAMPLES / "entry-ml-engineer.txt"
JD = POSTINGS / "entry-ml-engineer.txt"


def _ranking(*args: str) -> list[list[str]]:
    result = CliRunner().invoke(app, ["batch", *args, "--format", "csv", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    return rows[1:]


def _copies(folder: Path, names: list[str]) -> None:
    folder.mkdir()
    for name in names:
        shutil.copy(RESUME, folder / name)


def test_ux3_tied_resumes_stand_in_natural_order(tmp_path: Path) -> None:
    _copies(tmp_path / "cvs", ["cv10.txt", "cv2.txt", "cv1.txt", "CV3.txt"])
    rows = _ranking("--resumes", str(tmp_path / "cvs"), "--jds", str(JD))
    names = [Path(row[1]).name for row in rows]
    assert names == ["cv1.txt", "cv2.txt", "CV3.txt", "cv10.txt"]
    assert [row[0] for row in rows] == ["1", "1", "1", "1"]


def test_ux3_top_cut_of_a_tie_keeps_the_first_in_natural_order(tmp_path: Path) -> None:
    _copies(tmp_path / "cvs", ["cv10.txt", "cv9.txt"])
    rows = _ranking("--resumes", str(tmp_path / "cvs"), "--jds", str(JD), "--top", "1")
    assert [Path(row[1]).name for row in rows] == ["cv9.txt"]


def test_ux3_tied_postings_by_resume_stand_in_natural_order(tmp_path: Path) -> None:
    folder = tmp_path / "jds"
    folder.mkdir()
    for name in ["job12.txt", "job3.txt"]:
        shutil.copy(JD, folder / name)
    rows = _ranking("--resumes", str(RESUME), "--jds", str(folder), "--by", "resume")
    assert [Path(row[2]).name for row in rows] == ["job3.txt", "job12.txt"]


def test_ux3_a_better_score_still_ranks_above_an_earlier_name(tmp_path: Path) -> None:
    """Lookalike: the name only breaks ties; cv10 with the better resume comes first."""
    folder = tmp_path / "cvs"
    folder.mkdir()
    shutil.copy(EXAMPLES / "data-analyst.txt", folder / "cv1.txt")
    shutil.copy(RESUME, folder / "cv10.txt")
    rows = _ranking("--resumes", str(folder), "--jds", str(JD))
    assert [Path(row[1]).name for row in rows] == ["cv10.txt", "cv1.txt"]


def test_ux3_natural_key_reads_numbers_by_value() -> None:
    names = ["cv10", "cv01", "cv1", "cv2", "a", "B", "cv1b", "x" + "9" * 5000, "x8"]
    assert sorted(names, key=natural_key) == [
        "a", "B", "cv01", "cv1", "cv1b", "cv2", "cv10", "x8", "x" + "9" * 5000,
    ]  # fmt: skip
