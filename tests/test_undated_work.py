"""A resume that names its jobs but writes no date or length of time for any of them (as
resumes scraped from job sites come) has unknown years, not none: the experience component
gives it half credit and says why, where a resume with no work section still shows 0 years.
Every text here is written for these tests."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Component, Profile
from mlcareer.scoring import UNDATED_CREDIT

from .conftest import invoke

ProfileOf = Callable[..., Profile]

POSTING = """Quality Assurance Analyst

Requirements
- 3+ years of experience in software testing
- Experience with SQL and test case design
"""
LEVEL_POSTING = """Senior Quality Assurance Analyst

Requirements
- Software testing and SQL
"""
# One flattened line, as job sites export resumes: the jobs are named, never dated
FLATTENED = (
    "Skills Software testing, SQL, test case design Company Details company - Brightwave"
    " Systems description - Wrote test cases for the billing platform and logged defects"
    " company - Tallis Software description - Tested the mobile app before each release"
    " Education Details January 2016 B.Sc Computer Science Westbrook University"
)
TITLED = """Experience
Quality Assurance Analyst, Brightwave Systems
- Wrote test cases for the billing platform and ran SQL checks on its data.

Education
BSc Computer Science, 2016
"""
DATED_SHORT = """Experience
Quality Assurance Analyst, Brightwave Systems
Jan 2024 - Jun 2024
- Wrote test cases for the billing platform and ran SQL checks on its data.

Education
BSc Computer Science, 2016
"""
# The years are written, though not as a range: the resume is not undated
STATED_IN_PROSE = """Experience
Quality Assurance Analyst, Brightwave Systems
- For two years wrote test cases for the billing platform and ran SQL checks.
"""
YEAR_BESIDE_ROLE = """Experience
Quality Assurance Analyst, Brightwave Systems - 2021
- Wrote test cases for the billing platform and ran SQL checks on its data.
"""
STUDENT = """Skills
Software testing, SQL, test case design

Education
BSc Computer Science, Westbrook University, 2022 - 2026
"""


def _experience(profile_of: ProfileOf, resume: str, posting: str = POSTING) -> Component:
    report = compare(profile_of(resume, "resume"), profile_of(posting, "posting"), Options())
    return next(c for c in report.components if c.name == "experience")


def test_flattened_resume_without_dates_is_undated(profile_of: ProfileOf) -> None:
    assert profile_of(FLATTENED, "resume").experience.undated


def test_titled_jobs_without_dates_are_undated(profile_of: ProfileOf) -> None:
    assert profile_of(TITLED, "resume").experience.undated


def test_undated_work_earns_half_credit_and_says_why(profile_of: ProfileOf) -> None:
    part = _experience(profile_of, FLATTENED)
    assert part.value == UNDATED_CREDIT
    assert "no dates found in the resume's work history" in part.detail
    assert part.detail.startswith("asks for 3+ years")


def test_undated_work_against_a_level_gets_half_credit(profile_of: ProfileOf) -> None:
    part = _experience(profile_of, TITLED, LEVEL_POSTING)
    assert part.value == UNDATED_CREDIT
    assert part.detail.startswith("posting is senior level")


def test_removing_dates_never_beats_half_the_years(profile_of: ProfileOf) -> None:
    """Half a year dated of three asked earns less than no dates; half the years asked or more
    earns at least as much: leaving the dates out never beats showing them."""
    dated = _experience(profile_of, DATED_SHORT)
    assert dated.value < UNDATED_CREDIT
    assert "resume shows 0.5" in dated.detail


def test_undated_suggestion_asks_for_dates(profile_of: ProfileOf) -> None:
    report = compare(profile_of(TITLED, "resume"), profile_of(POSTING, "posting"), Options())
    advice = [s.message for s in report.suggestions if s.kind == "experience"]
    assert len(advice) == 1
    assert "no dates found" in advice[0] and "start and end date" in advice[0]
    assert report.level_evidence[0] == "jobs named without dates: years unknown"


def test_years_written_in_prose_are_not_undated(profile_of: ProfileOf) -> None:
    assert not profile_of(STATED_IN_PROSE, "resume").experience.undated
    assert not profile_of(YEAR_BESIDE_ROLE, "resume").experience.undated
    assert _experience(profile_of, YEAR_BESIDE_ROLE).value < UNDATED_CREDIT


def test_student_without_work_section_still_shows_no_years(profile_of: ProfileOf) -> None:
    resume = profile_of(STUDENT, "resume")
    assert not resume.experience.undated
    part = _experience(profile_of, STUDENT)
    assert part.value == 0.0
    assert "resume shows 0" in part.detail


def test_dated_work_is_never_undated(profile_of: ProfileOf) -> None:
    resume = profile_of(DATED_SHORT, "resume")
    assert not resume.experience.undated
    assert resume.experience.years == 0.5


# Dates beside a club, volunteering, a paper or an award measure no job
DATED_ASIDE = """Experience
Quality Assurance Analyst, Brightwave Systems
- Wrote test cases for the billing platform and ran SQL checks on its data.

Volunteer Experience
Food bank volunteer, 2016 - 2018

Publications
Tallis, A. Testing at scale. Quux Conference, 2019

Awards
Employee of the Month, 2020
"""


def test_dates_beside_no_job_leave_the_jobs_undated(profile_of: ProfileOf) -> None:
    assert profile_of(DATED_ASIDE, "resume").experience.undated


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html", "json"])
def test_the_report_says_the_years_are_not_stated_not_zero(
    write: Callable[[str, str], Path], fmt: str
) -> None:
    resume, posting = write("resume.txt", TITLED), write("posting.txt", POSTING)
    result = invoke("match", resume, posting, "-f", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":  # the contract's figure stays a number
        assert json.loads(result.output)["experience"]["resume_years"] == 0.0
        return
    [row] = [line for line in result.output.splitlines() if re.search(r"\byears\b.*3\\?\+", line)]
    assert "not stated" in row and not re.search(r"(?<![\w.])0(?![\w.])", row), row


def test_extract_says_the_years_are_not_stated(write: Callable[[str, str], Path]) -> None:
    result = invoke("extract", write("resume.txt", TITLED), "--as", "resume")
    assert result.exit_code == 0, result.output
    assert "experience: years not stated" in result.output
    assert "0 years" not in result.output
    assert "level unknown" in result.output and "None" not in result.output


# A functional resume's short list of jobs: titles and employers, no dates
SENIOR_UNDATED = """Employment history
Senior ML Platform Engineer, Finlytic Payments
ML Engineer, Cartwheel Commerce

Education
B.Tech. in Computer Science
"""
INTERN_POSTING = """Data Science Intern

Requirements
- Python and SQL
"""


def test_undated_jobs_leave_the_level_unknown_not_intern(profile_of: ProfileOf) -> None:
    experience = profile_of(SENIOR_UNDATED, "resume").experience
    assert experience.level is None and experience.all_work_level is None
    assert experience.level_evidence[0] == "jobs named without dates: years unknown"
    assert "title: Senior ML Platform Engineer, Finlytic Payments" in experience.level_evidence


@pytest.mark.parametrize("posting", [LEVEL_POSTING, INTERN_POSTING])
def test_an_unknown_level_gets_half_credit_against_any_level(
    profile_of: ProfileOf, posting: str
) -> None:
    part = _experience(profile_of, SENIOR_UNDATED, posting)
    assert part.value == UNDATED_CREDIT
    assert part.detail.startswith("posting is ") and "years are unknown" in part.detail
