"""terms25: a quant's degree field of its own: "MS Financial Engineering" is financial
engineering, not engineering; other engineering and finance degrees keep their fields."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

RESUME = "Jane Roe\njane@example.com\n\nEducation\n{degree}\n"


def _field(profile_of: ProfileOf, degree: str) -> str | None:
    return profile_of(RESUME.format(degree=degree), "resume").education.field


@pytest.mark.parametrize(
    "degree",
    [
        "MS Financial Engineering, Columbia University, 2019",
        "Master of Science in Financial Engineering, Baruch College, 2020",
        "MSc Quantitative Finance, ETH Zurich, 2018",
    ],
)
def test_terms25_financial_engineering_is_its_own_field(profile_of: ProfileOf, degree: str) -> None:
    assert _field(profile_of, degree) == "financial engineering"


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("MS Mechanical Engineering, Purdue University, 2019", "engineering"),
        ("BS Finance, University of Iowa, 2016", "economics"),
        ("MS Computer Engineering, Georgia Tech, 2018", "computer science"),
    ],
)
def test_terms25_other_engineering_and_finance_keep_fields(
    profile_of: ProfileOf, degree: str, field: str
) -> None:
    assert _field(profile_of, degree) == field
