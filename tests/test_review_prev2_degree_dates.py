"""An undated degree takes the dates on its school's line below it, not a job's: a job's title
between the degree and the dates ("Data Analyst, Acme Ltd", then "2019 - 2023") makes the
dates that job's. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degree_years(profile: Profile) -> tuple[int, int] | None:
    [degree] = profile.education.degrees
    return None if degree.dates is None else (degree.dates.start // 12, degree.dates.end // 12)


@pytest.mark.parametrize("heading", ["", "Education\n"])
def test_review_prev2_a_jobs_dates_below_a_degree_are_not_its_own(
    profile_of: ProfileOf, heading: str
) -> None:
    text = (
        f"Tom Baker\ntom@example.com\n\n{heading}BSc Computer Science, University of York\n"
        "Data Analyst, Acme Ltd\n2019 - 2023\n- Built reports in SQL and Power BI\n"
    )
    assert _degree_years(profile_of(text, "resume")) is None


def test_review_prev2_a_jobs_dated_line_below_a_degree_is_not_its_own(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Tom Baker\ntom@example.com\n\nBSc Computer Science, University of York\n"
        "Data Analyst, Acme Ltd, 2019 - 2023\n- Built reports in SQL and Power BI\n"
    )
    assert _degree_years(profile_of(text, "resume")) is None


@pytest.mark.parametrize(
    "school",
    ["University of Leeds", "Teaching Assistant, University of Leeds", "Leeds Beckett University"],
)
def test_review_prev2_a_schools_dates_below_a_degree_stay_its_own(
    profile_of: ProfileOf, school: str
) -> None:
    text = f"Tom Baker\n\nEducation\nMSc Data Science\n{school}\n2019 - 2020\n"
    assert _degree_years(profile_of(text, "resume")) == (2019, 2020)


@pytest.mark.parametrize(
    "job",
    [
        "Ohio State University, Specialist in Research Computing",
        "Columbia University, Specialist (IT Support)",
    ],
)
def test_review_prev2_a_specialists_post_at_a_university_is_no_degree(
    profile_of: ProfileOf, job: str
) -> None:
    text = f"Kim Park\n\nExperience\n{job}\nAug 2019 - Present\n- Supported HPC users with Slurm\n"
    assert profile_of(text, "resume").education.degrees == []
