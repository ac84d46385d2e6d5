"""Profiles saved from a professional network's "Save to PDF", written here in its layout: a
sidebar (contact with the profile address marked "(LinkedIn)", top skills one a line,
languages with their graded proficiency, certifications, honours) read before a main column
(name, a "<title> at <company>" headline, a location, summary, experience with the company on
its own line above each title and a duration in brackets after each date range, a company
holding several roles listed once with its total time, education as school then "<degree> -
<acronym>, <field> · (<years>)"), with page footers "Page N of M"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.models import Profile

from .conftest import POSTINGS, invoke

ProfileOf = Callable[..., Profile]

SIDEBAR = """\
Contact
dana.oyelaran@example.org
www.linkedin.com/in/danaoyelaran
(LinkedIn)
github.com/doyelaran (Portfolio)
Top Skills
PyTorch
Kubernetes
Natural Language Processing (NLP)
Languages
English (Native or Bilingual)
German (Limited Working)
Certifications
AWS Certified Machine Learning - Specialty
Honors-Awards
Best Poster Prize, Regional NLP Meetup
"""

MAIN = """\
Dana Oyelaran
Machine Learning Engineer at Quillmark AI | NLP | MLOps
Hamburg, Germany
Summary
I train language models and keep them healthy in production.
Experience
Quillmark AI
4 years 2 months
Senior Machine Learning Engineer
March 2022 - Present (2 years 9 months)
Hamburg, Germany
Own the retrieval and ranking stack on PyTorch and Kubernetes.
Machine Learning Engineer
October 2020 - February 2022 (1 year 5 months)
Hamburg, Germany
Trained transformer models for entity extraction.
Page 1 of 2
Fernbrook Analytics
Data Scientist
July 2019 - September 2020 (1 year 3 months)
Munich, Bavaria, Germany
Forecasting models in Python and scikit-learn.
Education
Technical University of Hamburg
Master of Science - MS, Computer Science · (2017 - 2019)
Indian Institute of Technology, Madras
Bachelor of Technology - BTech, Electrical Engineering · (2013 - 2017)
Page 2 of 2
"""

TITLES = ["Senior Machine Learning Engineer", "Machine Learning Engineer", "Data Scientist"]
RANGES = ["March 2022 - Present", "October 2020 - February 2022", "July 2019 - September 2020"]


def _check_profile(profile: Profile) -> None:
    """What a reader of the profile above finds, however the PDF was read."""
    experience = profile.experience
    assert experience.titles == TITLES  # neither the companies nor the headline
    work = [found.text for found in experience.ranges if found.section == "experience"]
    assert work == RANGES  # no "(2 years 9 months)" or "4 years 2 months" read as a range
    assert experience.years == pytest.approx(7.3, abs=0.15)  # July 2019 to November 2026
    assert experience.level == "senior"
    education = profile.education
    assert (education.highest, education.field) == ("master", "computer science")
    assert [degree.level for degree in education.degrees] == ["master", "bachelor"]
    names = {skill.name for skill in profile.skills}
    assert {"PyTorch", "Kubernetes", "Natural language processing"} <= names
    assert {"English", "German"} <= names
    assert not any("linkedin" in name.lower() or "page" in name.lower() for name in names)


def test_a_profile_read_sidebar_first(profile_of: ProfileOf) -> None:
    profile = profile_of(SIDEBAR + MAIN, doc_type="resume")
    _check_profile(profile)
    sections = [section.name for section in profile.sections]
    assert sections[:4] == ["contact", "skills", "languages", "certifications"]
    assert "awards" in sections  # "Honors-Awards" is a heading, not a certification


def _two_column_pdf(path: Path) -> Path:
    """The sidebar and the main column side by side, each drawn as a block, the main column
    running onto a second page."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=9)
    main = [line for line in MAIN.splitlines() if not line.startswith("Page ")]
    pages = [main[:24], main[24:]]
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        if number == 1:
            for row, line in enumerate(SIDEBAR.splitlines()):
                pdf.set_xy(10, 15 + 5.5 * row)
                pdf.cell(55, 5, line)
        for row, line in enumerate(lines):
            pdf.set_xy(75, 15 + 6 * row)
            pdf.cell(125, 5, line)
        pdf.set_xy(95, 285)
        pdf.cell(30, 5, f"Page {number} of 2")
    pdf.output(str(path))
    return path


def test_a_two_column_profile_pdf(tmp_path: Path) -> None:
    path = _two_column_pdf(tmp_path / "Profile.pdf")
    result = invoke("extract", path, "--as", "resume", "--format", "json")
    assert result.exit_code == 0, result.output
    _check_profile(Profile.model_validate(json.loads(result.stdout)))


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Master of Science - MS, Computer Science · (2017 - 2019)", "master"),
        ("Bachelor of Technology - BTech, Electrical Engineering · (2013 - 2017)", "bachelor"),
        ("Bachelor of Engineering - BE, Mechanical Engineering · (2012 - 2016)", "bachelor"),
        ("Master of Business Administration - MBA, Finance · (2018 - 2020)", "master"),
        ("Doctor of Philosophy - PhD, Physics · (2015 - 2020)", "phd"),
        ("Bachelor of Science - BS, Statistics", "bachelor"),
    ],
)
def test_a_degree_and_its_acronym_after_a_dash_are_one_degree(
    profile_of: ProfileOf, line: str, level: str
) -> None:
    profile = profile_of(f"Education\nSome University\n{line}\n", doc_type="resume")
    assert [degree.level for degree in profile.education.degrees] == [level]


def test_two_degrees_on_one_line_stay_two(profile_of: ProfileOf) -> None:
    profile = profile_of("Education\nBachelor of Science - MS, dual programme\n", doc_type="resume")
    assert sorted(degree.level for degree in profile.education.degrees) == ["bachelor", "master"]


def test_a_junior_profile_matched_to_an_entry_posting(write: Callable[[str, str], Path]) -> None:
    resume = write(
        "junior.txt",
        "Contact\nsam.k@example.com\nwww.linkedin.com/in/samk\n(LinkedIn)\n"
        "Top Skills\nPython\nSQL\nData Analysis\n"
        "Languages\nSpanish (Native or Bilingual)\nEnglish (Full Professional)\n"
        "Sam Kerrow\nJunior Data Scientist at Brightfold\nValencia, Spain\n"
        "Experience\nBrightfold\nJunior Data Scientist\n"
        "September 2025 - Present (1 year 3 months)\nValencia, Spain\n"
        "Built churn models with pandas and scikit-learn.\n"
        "Kestrel Labs\nData Science Intern\nFebruary 2025 - August 2025 (7 months)\nRemote\n"
        "Page 1 of 2\nEducation\nUniversity of Valencia\n"
        "Bachelor's degree, Mathematics · (2021 - 2025)\nPage 2 of 2\n",
    )
    result = invoke("match", resume, POSTINGS / "entry-ml-engineer.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    experience = report["experience"]
    # Sep 2025 to Nov 2026, and the 7-month internship before it at half its time
    assert experience["resume_years"] == pytest.approx(1.5, abs=0.15)
    assert experience["resume_level"] == "entry"
    assert experience["level_fit"] is None  # not overqualified
    assert report["education"]["resume"] == "bachelor"
    assert report["level_evidence"][1:] == [
        "title: Junior Data Scientist",  # the newest title only
        "student post, counted at half its time: Data Science Intern",
    ]


def _row_drawn_pdf(path: Path) -> Path:
    """The same profile drawn from the top of each page down, a line of the sidebar and a line
    of the main column in turn, as HTML and table exporters draw it: the sidebar's smaller
    type sits at a shorter line pitch, so pdfium gives the two columns' lines interleaved,
    some joined on one line and most on their own."""
    main = [line for line in MAIN.splitlines() if not line.startswith("Page ")]
    columns = [(12, 8, 5.0, SIDEBAR.splitlines()), (75, 9, 6.5, main[:24])]
    placed = sorted(
        (15 + pitch * row, x, size, line)
        for x, size, pitch, lines in columns
        for row, line in enumerate(lines)
    )
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for y, x, size, line in placed:
        pdf.set_font("helvetica", size=size)
        pdf.set_xy(x, y)
        pdf.cell(text=line)
    pdf.add_page()  # the main column runs on alone
    for row, line in enumerate(main[24:]):
        pdf.set_xy(75, 15 + 6.5 * row)
        pdf.cell(125, 5, line)
    pdf.output(str(path))
    return path


def test_a_profile_pdf_drawn_row_by_row_reads_sidebar_then_main(tmp_path: Path) -> None:
    path = _row_drawn_pdf(tmp_path / "Profile.pdf")
    result = invoke("extract", path, "--as", "resume", "--format", "json")
    assert result.exit_code == 0, result.output
    profile = Profile.model_validate(json.loads(result.stdout))
    _check_profile(profile)
    sections = [section.name for section in profile.sections]
    assert sections[:4] == ["contact", "skills", "languages", "certifications"]
    assert sections.index("awards") < sections.index("summary") < sections.index("experience")
