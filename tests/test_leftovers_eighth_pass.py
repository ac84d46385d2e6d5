"""Misreadings left by earlier passes: a wish cue ending its line above a sentence of its own,
dates that open a line of prose, employers' rows with their years, and counts of years that
ask none."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

_JOB = "\nExperience\nAnalyst, Acme Corp, Jan 2022 - Dec 2023\n- Built dashboards.\n"


@pytest.mark.parametrize("dash", ["->", "-", "–", "→"])
def test_dates_opening_a_line_of_prose_date_no_job(profile_of: ProfileOf, dash: str) -> None:
    resume = profile_of(
        "Jane Doe\njane@example.com\n\nSummary\nGrowth analyst at a retailer.\n"
        f"2019 {dash} 2021 revenue grew 3x under my pricing work.\n{_JOB}",
        "resume",
    )
    assert resume.experience.years == 2.0
    assert resume.experience.titles == ["Analyst, Acme Corp"]


@pytest.mark.parametrize(
    "line",
    [
        "2019 -> 2021 data scientist at a retail bank",
        "2019 -> 2021 Acme Retail, pricing analyst",
        "2019 - 2021 worked as an analyst at a bank",
        "2019 - 2021 freelance work for Globex and Initech",
    ],
)
def test_dates_opening_a_job_line_still_date_work(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(f"Jane Doe\njane@example.com\n\nSummary\n{line}\n{_JOB}", "resume")
    assert resume.experience.years == 4.1


def test_dates_opening_a_bullet_of_prose_date_no_job(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Jane Doe\njane@example.com\n\nHighlights\n- 2019 -> 2021 churn fell by half after my"
        f" retention models\n{_JOB}",
        "resume",
    )
    assert resume.experience.years == 2.0


def test_dates_opening_prose_under_the_work_heading_still_date_work(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        "Jane Doe\njane@example.com\n\nExperience\nPricing Analyst\n"
        "2019 - 2021 built pricing models for the retail arm\n"
        "Analyst, Acme Corp, Jan 2022 - Dec 2023\n",
        "resume",
    )
    assert resume.experience.years == 4.1


# -- rows of employers with their years, no heading over them --------------------------------


def test_headingless_rows_of_employers_one_after_another_are_jobs(
    profile_of: ProfileOf,
) -> None:
    """Jobs follow each other; the years of a table's skills overlap, used side by side."""
    resume = profile_of(
        "Jane Doe\njane@example.com\n\nDatabricks | 2019 - 2022\nSnowflake | 2016 - 2019\n\n"
        "EDUCATION\nBSc Computer Science, 2012 - 2016\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Databricks", "Snowflake"]
    assert resume.experience.years == pytest.approx(6.0, abs=0.2)


@pytest.mark.parametrize(
    "rows",
    [
        # used side by side: the years overlap
        "Databricks | 2019 - 2024\nSnowflake | 2016 - 2024\n",
        # one language after another, or a platform no company is named after
        "Java | 2010 - 2015\nPython | 2015 - 2024\n",
        "Apache Hadoop | 2012 - 2016\nApache Spark | 2016 - 2024\n",
    ],
)
def test_headingless_rows_of_skills_stay_a_skills_table(profile_of: ProfileOf, rows: str) -> None:
    resume = profile_of(
        "Lee Park\nlee@example.com\n\nData Engineer, Acme Corp\nJan 2021 - Dec 2023\n"
        f"- Built pipelines with Airflow\n\n{rows}",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Data Engineer, Acme Corp"]
