"""A resume's skills matrix: a table of skill, years and level under a "Skills Matrix"
heading, in plain text or in a Word table. Its heading opens the skills section and the cell
under "Years" is the time the writer gives each skill."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx import Document

from mlcareer.api import Options, analyze
from mlcareer.documents.sections import heading_name
from mlcareer.extract.lines import LineIndex
from mlcareer.extract.skill_matrix import matrix_years
from mlcareer.models import Report

POSTING = (
    "Backend Machine Learning Engineer\n\nRequirements\n"
    "- 5+ years of experience with Go\n- 6+ years of Python\n"
)
JOBS = (
    "EXPERIENCE\nSenior Machine Learning Engineer, Shopwise        Jan 2018 - Present\n"
    "- Led the ranking model rewrite, lifting click-through rate 6%\n"
)


def _matrix_resume(rows: str) -> str:
    return f"Priya Raman\nSenior ML Engineer\n\nSKILLS MATRIX\n{rows}\n{JOBS}"


def _verdicts(report: Report) -> dict[str, tuple[str, float, str | None]]:
    return {m.name: (m.status, m.credit, m.detail) for m in report.matched + report.missing}


def _report(tmp_path: Path, options: Options, resume: str) -> Report:
    (tmp_path / "cv.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(POSTING, encoding="utf-8")
    return analyze(tmp_path / "cv.txt", tmp_path / "jd.txt", options)


@pytest.mark.parametrize(
    "heading",
    ["Skills Matrix", "SKILLS MATRIX", "Skill Matrix", "Technical Skills Matrix", "Skills matrix:"],
)
def test_resumes3_a_skills_matrix_heading_opens_the_skills(heading: str) -> None:
    assert heading_name(heading) == "skills"


def test_resumes3_a_sentence_naming_a_skills_matrix_is_no_heading() -> None:
    assert heading_name("Kept the team's skills matrix up to date for 40 engineers") is None


@pytest.mark.parametrize(
    "rows",
    [
        "Skill | Years | Level\nPython | 8 | Expert\nGo | 1 | Beginner",
        "| Skill | Years | Level |\n|---|---|---|\n| Python | 8 | Expert |\n| Go | 1 | Beginner |",
        "Skill\tYears of experience\tLevel\nPython\t8\tExpert\nGo\t1 yr\tBeginner",
        "Skill | Experience | Proficiency\nPython | 8 | Expert\nGo | 1 | Beginner",
        "Tool    Yrs   Proficiency\nPython  8+    Expert\nGo      1     Beginner",
    ],
)
def test_resumes3_a_skills_matrix_gives_each_skill_its_years(
    tmp_path: Path, options: Options, rows: str
) -> None:
    verdicts = _verdicts(_report(tmp_path, options, _matrix_resume(rows)))
    assert verdicts["Go"] == ("related", 0.2, "shows 1.0 of 5 years as written")
    assert verdicts["Python"] == ("matched", 1.0, None)


def test_resumes3_a_word_skills_matrix_gives_each_skill_its_years(
    tmp_path: Path, options: Options
) -> None:
    document = Document()
    document.add_paragraph("Priya Raman")
    document.add_paragraph("SKILLS MATRIX")
    table = document.add_table(rows=0, cols=3)
    for row in (("Skill", "Years", "Level"), ("Python", "8", "Expert"), ("Go", "1", "Beginner")):
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    for line in JOBS.splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "cv.docx")
    (tmp_path / "jd.txt").write_text(POSTING, encoding="utf-8")
    verdicts = _verdicts(analyze(tmp_path / "cv.docx", tmp_path / "jd.txt", options))
    assert verdicts["Go"] == ("related", 0.2, "shows 1.0 of 5 years as written")


@pytest.mark.parametrize(
    "rows",
    [
        # no column of years: the level alone says nothing of time
        "Skill | Level\nPython | Expert\nGo | Beginner",
        # a count of something else under its own header
        "Skill | Projects | Level\nPython | 8 | Expert\nGo | 1 | Beginner",
    ],
)
def test_resumes3_a_matrix_without_years_leaves_the_career_to_time_its_skills(
    tmp_path: Path, options: Options, rows: str
) -> None:
    verdicts = _verdicts(_report(tmp_path, options, _matrix_resume(rows)))
    assert verdicts["Go"] == ("matched", 1.0, None)


def _best_of_three(text: str) -> float:
    lines = LineIndex(text)
    times = []
    for _ in range(3):
        start = time.process_time()
        matrix_years(lines, 2, (0, 2))
        times.append(time.process_time() - start)
    return min(times)


def test_resumes3_a_long_hostile_row_is_read_as_fast_as_a_plain_one() -> None:
    header = "Skill | Years | Level\n"
    hostile = "Go" + " \t |" * 5000 + " " * 20000 + "x"
    plain = "Go" + " | 1 | Beginner " * (len(hostile) // 16)
    ratio = _best_of_three(header + hostile[: len(plain)]) / _best_of_three(header + plain)
    assert ratio < 5
