"""Postings for current students ("Currently enrolled in a Bachelor's program", "Werkstudent:
immatrikuliert") against resumes that show a degree in progress, or only finished ones."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.enrollment import enrollment_asked
from mlcareer.formats.common import degree_asked, degree_shown
from mlcareer.models import Component, Profile, Report

ProfileOf = Callable[..., Profile]

INTERNSHIP = """Data Science Intern

About the role
Join our analytics team for a twelve-week summer internship.

Requirements
- {enrolled}
- Python and SQL
- Experience with pandas and scikit-learn
"""
ENROLLED = "Currently enrolled in a Bachelor's or Master's program in Statistics or a related field"

GRADUATE = """Dana Grey

Experience
Machine Learning Engineer, Acme Corp, Jan 2019 - Present
- Built models in Python, SQL, pandas and scikit-learn

Education
Ph.D. in Physics, State University, 2018
B.S. in Physics, State University, 2013
"""

STUDENT = """Sam Lee

Experience
Data Analyst Intern, Beta Inc, Jun 2025 - Aug 2025
- Built models in Python, SQL, pandas and scikit-learn

Education
B.S. in Statistics, State University, {graduation}
"""

WORKING_STUDENT = """Werkstudent Data Engineering (m/w/d)

Requirements
- Du bist an einer Hochschule immatrikuliert (Informatik, Mathematik oder ähnlich)
- Python and SQL
"""


@pytest.mark.parametrize(
    "line",
    [
        ENROLLED,
        "Pursuing a degree in Computer Science, graduating 2028 or later",
        "Must be returning to school after the internship",
        "You are a current university student in a quantitative field",
        "Du bist an einer Hochschule immatrikuliert",
        "Must be enrolled as a full-time student for the duration of the internship",
    ],
)
def test_a_posting_line_that_asks_for_a_current_student(line: str) -> None:
    assert enrollment_asked(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Students and recent graduates are welcome to apply",
        "Recent graduates encouraged to apply",
        "Currently pursuing or recently completed a Bachelor's degree in CS",
        "Currently enrolled in, or a recent graduate of, a Master's program",
        "Bachelor's degree in Computer Science",
        "Experience mentoring students and junior engineers",
        "You will support our current students with their coursework",
    ],
)
def test_a_posting_line_that_does_not_ask_for_a_current_student(line: str) -> None:
    assert enrollment_asked(line) is None


def _education(report: Report) -> Component:
    return next(c for c in report.components if c.name == "education")


def _report(profile_of: ProfileOf, options: Options, resume: str, posting: str) -> Report:
    return compare(
        profile_of(resume, doc_type="resume", name="resume.txt"),
        profile_of(posting, doc_type="posting", name="jd.txt"),
        options,
    )


def test_posting_reads_the_enrollment_it_asks(profile_of: ProfileOf) -> None:
    posting = profile_of(INTERNSHIP.format(enrolled=ENROLLED), doc_type="posting")
    assert posting.posting is not None
    assert posting.posting.enrollment_required == ENROLLED


def test_only_a_preference_for_students_asks_no_enrollment(profile_of: ProfileOf) -> None:
    text = INTERNSHIP.format(enrolled="Bachelor's degree in Statistics") + (
        "\nNice to have\n- Currently enrolled in a Master's program\n"
    )
    posting = profile_of(text, doc_type="posting")
    assert posting.posting is not None and posting.posting.enrollment_required is None


def test_a_degree_dated_after_as_of_is_in_progress(profile_of: ProfileOf) -> None:
    resume = profile_of(STUDENT.format(graduation="2028"), doc_type="resume")  # as of Nov 2026
    assert resume.education.highest is None
    assert [d.in_progress for d in resume.education.degrees] == [True]


def test_a_graduate_ranks_below_a_student_for_a_posting_for_students(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = INTERNSHIP.format(enrolled=ENROLLED)
    graduate = _report(profile_of, options, GRADUATE, posting)
    student = _report(profile_of, options, STUDENT.format(graduation="expected May 2028"), posting)
    assert graduate.score < student.score
    assert _education(graduate).value == 0.0
    detail = _education(graduate).detail
    assert "current student" in detail and "finished in 2018" in detail
    assert _education(student).value == 1.0
    assert graduate.education["enrollment_required"] == ENROLLED
    assert graduate.education["resume_in_progress"] is None
    assert graduate.education["resume_finished"] == "2018"
    assert student.education["resume_in_progress"] == "bachelor"


def test_a_graduate_keeps_full_credit_when_the_posting_asks_no_enrollment(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = INTERNSHIP.format(enrolled="Bachelor's degree in Statistics or a related field")
    graduate = _report(profile_of, options, GRADUATE, posting)
    assert _education(graduate).value == 1.0
    assert graduate.education["enrollment_required"] is None


def test_a_working_student_posting_gives_a_student_full_credit(
    profile_of: ProfileOf, options: Options
) -> None:
    """Not an internship by its level, but for students all the same: the degree in progress
    earns all of the education credit, and a graduate none."""
    student = _report(profile_of, options, STUDENT.format(graduation="2028"), WORKING_STUDENT)
    graduate = _report(profile_of, options, GRADUATE, WORKING_STUDENT)
    assert _education(student).value == 1.0
    assert _education(graduate).value == 0.0
    assert graduate.score < student.score


def test_a_graduate_is_told_to_show_a_degree_in_progress(
    profile_of: ProfileOf, options: Options
) -> None:
    graduate = _report(profile_of, options, GRADUATE, INTERNSHIP.format(enrolled=ENROLLED))
    education = [s.message for s in graduate.suggestions if s.kind == "education"]
    assert any("current students" in message for message in education)


def test_the_degree_row_says_a_current_student_is_asked(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = INTERNSHIP.format(enrolled=ENROLLED)
    graduate = _report(profile_of, options, GRADUATE, posting)
    student = _report(profile_of, options, STUDENT.format(graduation="2028"), posting)
    assert degree_asked(graduate.education) == "bachelor, as a current student"
    assert degree_shown(graduate.education) == "phd physics, finished 2018; not a current student"
    assert degree_shown(student.education) == "bachelor in progress"


def test_the_degree_row_shows_a_degree_in_progress_for_any_posting(
    profile_of: ProfileOf, options: Options
) -> None:
    """An internship asking a bachelor's gives its student full credit: the row must not
    read "none found" beside a met education line."""
    posting = INTERNSHIP.format(enrolled="Bachelor's degree in Statistics")
    student = _report(profile_of, options, STUDENT.format(graduation="expected 2028"), posting)
    assert _education(student).value == 1.0
    assert degree_shown(student.education) == "bachelor in progress"


@pytest.mark.parametrize(
    ("enrolled", "asked"),
    [
        (ENROLLED, "asks for a current student (bachelor)"),
        ("Bachelor's degree", "asks for bachelor"),
    ],
)
def test_a_degree_in_progress_is_what_the_resume_shows_not_none_found(
    profile_of: ProfileOf, options: Options, enrolled: str, asked: str
) -> None:
    """A student's only degree, in progress, is no "no degree found" beside its credit."""
    posting = INTERNSHIP.format(enrolled=enrolled)
    student = _report(profile_of, options, STUDENT.format(graduation="expected May 2028"), posting)
    assert _education(student).detail == f"{asked}, resume shows bachelor in progress"
