"""A bare "MS"/"MA" before an industry field names a degree only when the field's words end
there: a product's or a programme's name that goes on ("MS Machine Learning Server", "MS Data
Science Virtual Machine", "MA Health Connector") is no degree."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degree_levels(profile_of: ProfileOf, skills: str, bullet: str) -> list[str]:
    resume = (
        f"Alex Kim\n\nSkills\n{skills}\n\nExperience\n"
        f"Data Analyst, Commonwealth Insurance, 2018 - 2022\n{bullet}\n\n"
        "Education\nBSc Mathematics, University of Massachusetts, 2017\n"
    )
    return [degree.level for degree in profile_of(resume, doc_type="resume").education.degrees]


@pytest.mark.parametrize(
    ("skills", "bullet"),
    [
        ("- MS Machine Learning Server, SQL Server, SSIS", "- Built reports"),
        ("- MS Data Science Virtual Machine", "- Built reports"),
        ("- Python", "- MA Health Connector enrollment analytics"),
    ],
)
def test_review_prev3_a_product_after_ms_and_a_field_is_no_degree(
    profile_of: ProfileOf, skills: str, bullet: str
) -> None:
    assert _degree_levels(profile_of, skills, bullet) == ["bachelor"]


@pytest.mark.parametrize(
    "entry",
    [
        "MS Data Science or Statistics",
        "MS Health Informatics and Analytics, Purdue University, 2019",
        "MS Data Science and Analytics",
    ],
)
def test_review_prev3_a_field_joined_by_or_and_still_names_a_degree(
    profile_of: ProfileOf, entry: str
) -> None:
    # near miss: "or" and "and" as words after the field still close it
    resume = f"Jane Doe\n\nEducation\n{entry}\n"
    assert profile_of(resume, doc_type="resume").education.highest == "master"
