"""The command line as a new user meets it: a file of a type no reader takes says how to get
one that is read, and a failed check names the match command that explains its score."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES

RESUME = EXAMPLES / "entry-ml-engineer.txt"


def _unread(tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    shutil.copy(RESUME, path)
    result = CliRunner().invoke(app, ["match", str(path), "entry-ml-engineer"])
    assert result.exit_code == 3, result.output
    assert "unsupported file type" in result.stderr
    return result.stderr


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("cv.doc", "open it in Word or LibreOffice and save it as .docx or PDF"),
        ("cv.ODT", "open it in Word or LibreOffice and save it as .docx or PDF"),
        ("cv.pages", "in Pages, choose File > Export To > Word or PDF"),
        ("scan.jpg", "a picture of a page holds no text to read"),
        ("scan.png", "a picture of a page holds no text to read"),
    ],
)
def test_ux3_an_unread_file_type_gets_its_own_hint(tmp_path: Path, name: str, hint: str) -> None:
    assert f"hint: {hint}" in _unread(tmp_path, name)


def test_ux3_other_unread_types_list_the_types_read(tmp_path: Path) -> None:
    """Lookalike: a type with no hint of its own still lists the suffixes read."""
    stderr = _unread(tmp_path, "cv.xlsx")
    assert "hint: save it as one of .docx," in stderr
    assert "Pages" not in stderr and "picture" not in stderr


def test_ux3_a_failed_threshold_names_the_command_that_explains_it(tmp_path: Path) -> None:
    resume = tmp_path / "my cv.txt"
    shutil.copy(RESUME, resume)
    args = ["check", str(resume), "--jd", "senior-ml-engineer", "--fail-under", "99"]
    result = CliRunner().invoke(app, [*args, "--as-of", "2026-11"])
    assert result.exit_code == 1, result.output
    assert f"run `mlcareer match '{resume}' senior-ml-engineer` for what to change" in (
        result.stdout
    )


def test_ux3_a_posting_given_as_a_path_is_named_as_given(tmp_path: Path) -> None:
    posting = tmp_path / "target.txt"
    posting.write_text("ML Engineer\n\nRequirements\n- Rust\n- Haskell\n", encoding="utf-8")
    args = ["check", str(RESUME), "--jd", str(posting), "--fail-under", "90"]
    result = CliRunner().invoke(app, [*args, "--as-of", "2026-11"])
    assert result.exit_code == 1, result.output
    assert f"run `mlcareer match {RESUME} {posting}`" in result.stdout


POSTING = "Senior Machine Learning Engineer\n\nRequirements\n- 5+ years of Python\n- PyTorch\n"


def test_ux3_swapped_files_are_one_warning_saying_so(tmp_path: Path) -> None:
    posting = tmp_path / "jd.txt"
    posting.write_text(POSTING + "\nNice to have\n- Kafka\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), str(RESUME), "-f", "json"])
    assert result.exit_code == 0, result.output
    warnings = json.loads(result.stdout)["warnings"]
    assert [w for w in warnings if "swapped" in w or "which file" in w] == [
        "the files look swapped: the resume reads like a job posting and the posting like a"
        " resume; give the resume first, then the job description"
    ], warnings


def test_ux3_a_posting_given_twice_is_still_a_misread_resume(tmp_path: Path) -> None:
    """Lookalike: only the resume misread (a posting pasted as both files): its own warning."""
    posting = tmp_path / "jd.txt"
    posting.write_text(POSTING + "\nNice to have\n- Kafka\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["match", str(posting), str(posting), "-f", "json"])
    warnings = json.loads(result.stdout)["warnings"]
    assert not any("swapped" in w for w in warnings), warnings
    assert any(w.startswith("resume: this reads like a job posting") for w in warnings), warnings


NO_SKILLS_LIST = """Maria Lopez
maria.lopez@example.com | 303-555-0110

Experience
Charge Nurse, St. Anne Medical Center, Denver, CO
January 2019 - Present
- Cut medication errors by 30% with a new double-check protocol.

Education
Bachelor of Science in Nursing, University of Colorado, 2015
"""


def test_ux3_lint_without_a_skills_list_does_not_count_zero_of_zero(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(NO_SKILLS_LIST, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(resume), "--as-of", "2026-11"])
    [line] = [x for x in result.stdout.splitlines() if "skills-in-experience" in x]
    assert "no skills list found" in line and "0 of 0" not in line, line


def test_ux3_lint_with_a_skills_list_still_counts(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(NO_SKILLS_LIST + "\nSkills\nExcel, SQL\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(resume), "--as-of", "2026-11"])
    [line] = [x for x in result.stdout.splitlines() if "skills-in-experience" in x]
    assert "2 of 2 listed skills appear only in the list" in line, line
