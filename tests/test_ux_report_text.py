"""The match report's own lines read well: evidence snippets, counts and wording."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

RESUME = """Dana Whitfield
dana.whitfield@example.org | +1 555 0100

EXPERIENCE
Machine Learning Engineer - Larchmont Retail, Portland, OR            03/2021 - Present
- Trained ranking models with XGBoost in Python, lifting click-through 7%

EDUCATION
B.S. Computer Science, Oregon State University, 2019
"""
POSTING = """Machine Learning Engineer

Requirements
- Machine learning experience
- Python and XGBoost
"""


def _match(tmp_path: Path, resume: str, posting: str, *options: str) -> str:
    (tmp_path / "resume.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(posting, encoding="utf-8")
    files = [str(tmp_path / "resume.txt"), str(tmp_path / "jd.txt")]
    result = CliRunner().invoke(app, ["match", *files, "--as-of", "2026-11", *options])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _evidence_of(report: str, skill: str) -> str:
    """The resume evidence cell of a skill's row in the Matched table, its wrapped lines joined."""
    cells: list[str] = []
    for line in report.splitlines():
        columns = line.split("│")
        if len(columns) != 6:
            continue
        if columns[1].strip():
            if cells:
                break
            if columns[1].strip() != skill:
                continue
        if columns[1].strip() == skill or cells:
            cells.append(columns[4].strip())
    return " ".join(cells)


def test_ux_evidence_snippet_collapses_a_run_of_blanks(tmp_path: Path) -> None:
    evidence = _evidence_of(_match(tmp_path, RESUME, POSTING), "Machine learning")
    assert evidence.startswith("line 5: "), evidence
    assert " …" not in evidence and "  " not in evidence, evidence
    assert "Portland, OR 03/2021" in evidence, evidence


def test_ux_html_breakdown_states_each_share_met_in_figures(tmp_path: Path) -> None:
    """The HTML report's "met" column drew only a bar: its share met, which the terminal and
    Markdown reports print, was in no text a reader (or a screen reader) could read."""
    posting = POSTING + "- Spark and Kafka\n"
    page = _match(tmp_path, RESUME, posting, "--format", "html")
    row = next(line for line in page.split("<tr>") if line.startswith("<td>required skills"))
    assert re.search(r">\d+%<", row), row


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_ux_markdown_and_html_reports_carry_the_documents_warnings(
    tmp_path: Path, form: str
) -> None:
    """Files given the wrong way round are warned of at the end of the terminal report and in
    JSON; the Markdown and HTML reports (a CI run's summary page) said nothing of it."""
    page = _match(tmp_path, POSTING + "- 3+ years of experience\n", RESUME, "--format", form)
    assert "the files look swapped: the resume reads like a job posting" in page, page[-600:]


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_ux_a_report_without_warnings_has_no_warnings_heading(tmp_path: Path, form: str) -> None:
    page = _match(tmp_path, RESUME, POSTING, "--format", form)
    assert "Warnings" not in page
