"""Two parts of one job, each under its own label ("Accomplishments:" right below the job's
dates, then "Key projects:"), with a later dated job below: the jobs go on, and the later job
is not lost to an awards or projects section."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_TWO_PARTS = (
    "Lee Park\n\nExperience\nData Engineer, Acme, March 2020 - now\n{first}\n"
    "- Python services on Airflow\n{second}\n- Spark streaming\n"
    "Data Analyst, Beta, 2017 - 2020\n- SQL reports\n\nEducation\nMS in Statistics, 2017\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Accomplishments:", "Key projects:"),
        ("Key projects:", "Tech stack:"),
        ("Tech stack:", "Accomplishments:"),
    ],
)
def test_two_parts_of_a_job_below_its_dates_keep_the_next_job(
    profile_of: ProfileOf, first: str, second: str
) -> None:
    resume = profile_of(_TWO_PARTS.format(first=first, second=second), "resume")
    assert [s.name for s in resume.sections] == ["experience", "education"]
    assert len(resume.experience.titles) == 2
    spark = next(hit for hit in resume.skills if hit.id == "apache-spark")
    assert {m.section for m in spark.mentions} == {"experience"}


def test_a_resumes_own_projects_after_its_last_job_stay_projects(profile_of: ProfileOf) -> None:
    text = (
        "Lee Park\n\nExperience\nData Engineer, Acme, March 2020 - now\n- Python services\n"
        "Data Analyst, Beta, 2017 - 2020\n- SQL reports\n\n"
        "Key projects:\n- Spark streaming demo\n\nAccomplishments:\n- Kaggle silver medal\n"
    )
    resume = profile_of(text, "resume")
    assert [s.name for s in resume.sections][-2:] == ["projects", "awards"]
