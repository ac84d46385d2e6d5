"""LaTeX resumes as PDF readers and pdftotext give them: small-capital headings whose large
first letter is read apart ("P ROJECTS"), and words hyphenated at a line's end."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.sections import heading_name
from mlcareer.extract import extract_profile
from mlcareer.models import Profile


def _pdf(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    """One page: each row's text on the left and its dates (if any) flush right."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    for number, (text, dates) in enumerate(rows):
        y = 20 + 5.5 * number
        pdf.text(15, y, text)
        if dates:
            pdf.text(195 - pdf.get_string_width(dates), y, dates)
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path


def _profile(path: Path, options: Options) -> Profile:
    return extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("P ROJECTS", "projects"),
        ("S KILLS", "skills"),
        ("A WARDS", "awards"),
        ("S UMMARY", "summary"),
        ("C ONTACT", "contact"),
        ("T ECHNICAL S KILLS", "skills"),
        ("W ORK E XPERIENCE", "experience"),
        ("H ONORS & A WARDS", "awards"),
    ],
)
def test_a_small_capital_heading_with_its_first_letter_apart(heading: str, name: str) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize("line", ["A DATA SCIENTIST", "C PROGRAMMING", "R SHINY APPS"])
def test_a_lone_capital_before_a_word_in_capitals_is_no_heading(line: str) -> None:
    assert heading_name(line) is None


def test_jakes_template_keeps_its_projects_out_of_the_jobs(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ("Chen Li", ""),
        ("E XPERIENCE", ""),
        ("Software Engineer", "June 2021 - Present"),
        ("Shopify", "Toronto, ON"),
        ("- Deployed models with Kubernetes and Terraform", ""),
        ("P ROJECTS", ""),
        ("Gitlytics | Python, Flask, React, PostgreSQL", "June 2020 - Present"),
        ("- Analytics for Git repositories", ""),
        ("T ECHNICAL S KILLS", ""),
        ("Languages: Java, Python, SQL", ""),
    ]
    profile = _profile(_pdf(tmp_path, rows), options)
    assert [section.name for section in profile.sections] == ["experience", "projects", "skills"]
    assert [job.title for job in profile.experience.jobs] == ["Software Engineer"]
