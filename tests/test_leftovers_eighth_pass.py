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
