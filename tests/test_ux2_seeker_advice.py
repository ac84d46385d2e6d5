"""What a job seeker reads: advice about years short of the posting's ask that does not tell a
resume whose roles are all dated only to date them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

RESUME = """Marco Bellini
marco.bellini@example.com

Experience
Junior Data Scientist, Verdana Analytics, Milan            Sep 2024 - Present
- Trained gradient boosting models in Python with scikit-learn, lifting retention 4%.

Education
B.Sc. Mathematics, 2020 - 2023

Skills
Python, scikit-learn
"""
POSTING = """Senior Data Scientist

Requirements
- 5+ years of experience with Python
- scikit-learn
"""


def _changes(tmp_path: Path, resume: str) -> str:
    (tmp_path / "cv.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(POSTING, encoding="utf-8")
    args = ["match", str(tmp_path / "cv.txt"), str(tmp_path / "jd.txt"), "-f", "json"]
    result = CliRunner().invoke(app, [*args, "--as-of", "2026-11"])
    assert result.exit_code == 0, result.output
    return " ".join(s["message"] for s in json.loads(result.stdout)["suggestions"])


def test_ux2_years_short_on_a_dated_resume_are_called_short(tmp_path: Path) -> None:
    shown = _changes(tmp_path, RESUME)
    assert "The posting asks for 5+ years; the resume's dated roles add up to 2.2" in shown
    assert "Give every role a start and end date (relevant" not in shown
    assert "look for postings nearer your years" in shown


def test_ux2_an_undated_resume_is_still_told_to_date_its_roles(tmp_path: Path) -> None:
    undated = RESUME.replace("            Sep 2024 - Present", "").replace(", 2020 - 2023", "")
    shown = _changes(tmp_path, undated)
    assert "Give every role a start and end date (Mar 2019 – Jun 2022)" in shown
