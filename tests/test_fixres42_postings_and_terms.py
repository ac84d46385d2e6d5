"""Posting and taxonomy rules fixed after review (fixres42): a job's "Associate" is no
associate's degree, a later degree's field survives the years asked with an earlier one,
pupils supervised are no staff, and a statistician's regression runs are Regression."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _posting(line: str) -> str:
    return f"Account Manager\n\nRequirements\n- {line}\n- Python\n"


@pytest.mark.parametrize(
    ("line", "least"),
    [
        ("2 years as a Sales Associate or a Bachelor's degree in Business", "bachelor"),
        ("3 years as a Retail Associate or bachelor's degree", "bachelor"),
        ("An associate or a bachelor's degree in Business", "associate"),
        ("Completed associate's or bachelor's degree in Business", "associate"),
    ],
)
def test_fixres42_a_jobs_associate_is_no_degree(
    profile_of: ProfileOf, line: str, least: str
) -> None:
    posting = profile_of(_posting(line), doc_type="posting").posting
    assert posting is not None
    assert posting.degree_required == least


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Bachelor's degree with 4+ years of experience, or Master's degree in Computer "
            "Science with 2+ years",
            "computer science",
        ),
        (
            "Bachelor's degree and 5 years of relevant experience, or a PhD in Statistics",
            "statistics",
        ),
        ("Master's degree in Statistics and 5 years of experience in data science", "statistics"),
    ],
)
def test_fixres42_a_later_degrees_field_is_kept(
    profile_of: ProfileOf, line: str, field: str
) -> None:
    education = profile_of(_posting(line), doc_type="posting").education
    assert education.field == field


def _shown(profile_of: ProfileOf, bullet: str, title: str) -> set[str]:
    text = f"Jo Park\n\nExperience\n{title}, 2019 - 2024\n- {bullet}\n"
    return {skill.id for skill in profile_of(text, doc_type="resume").skills}


@pytest.mark.parametrize(
    "bullet",
    [
        "Supervising students at lunch and in the playground",
        "Student supervision during breaks",
    ],
)
def test_fixres42_pupils_supervised_are_no_staff(profile_of: ProfileOf, bullet: str) -> None:
    assert "supervision" not in _shown(profile_of, bullet, "Teaching Assistant, Oak Primary School")


@pytest.mark.parametrize(
    "bullet",
    [
        "Supervised students on their PhD theses",
        "Student supervision: two MSc students in the research group",
    ],
)
def test_fixres42_research_students_supervised_still_count(
    profile_of: ProfileOf, bullet: str
) -> None:
    # near miss: students beside research words are still Supervising staff
    assert "supervision" in _shown(profile_of, bullet, "Postdoctoral Researcher, Fenwick Institute")


@pytest.mark.parametrize(
    "bullet",
    [
        "Performed regression runs in Stata on panel data",
        "Built regression dashboards of coefficient estimates",
    ],
)
def test_fixres42_statistical_regression_runs_are_regression(
    profile_of: ProfileOf, bullet: str
) -> None:
    assert "regression" in _shown(profile_of, bullet, "Econometrician, Central Bank")
