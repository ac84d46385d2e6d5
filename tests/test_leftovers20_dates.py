"""Dates English resumes write their own way: fiscal years ("FY2020 - FY2022"), a range
"continued" to the present ("2020 - Cont."), a degree's dates on the line below its school,
and a dated piece of work inside a job. Small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.models import Profile

from .posting_helpers import ProfileOf


def _cv(job_line: str) -> str:
    return (
        "Priya Raman\n\nExperience\n" + job_line + "\n- Built credit models in Python and SQL\n"
        "\nEducation\nBSc Statistics, University of Leeds, 2014\n"
    )


def _work_ranges(profile: Profile) -> list[tuple[str, bool]]:
    return [(r.text, r.ongoing) for r in profile.experience.ranges if r.section == "experience"]


# 3. Fiscal years: "FY2020 - FY2022" is 2020 to 2022


@pytest.mark.parametrize(
    "job_line",
    [
        "Data Analyst, Big Bank, FY2020 - FY2022",
        "Data Analyst, Big Bank, FY20 - FY22",
        "Data Analyst | Big Bank | FY 2020 – FY 2022",
    ],
)
def test_fiscal_years_date_a_job(profile_of: ProfileOf, job_line: str) -> None:
    profile = profile_of(_cv(job_line), "resume")
    plain = profile_of(_cv("Data Analyst, Big Bank, 2020 - 2022"), "resume")
    assert len(_work_ranges(profile)) == 1
    assert profile.experience.years == plain.experience.years


def test_a_fiscal_year_to_the_present_is_ongoing(profile_of: ProfileOf) -> None:
    profile = profile_of(_cv("Data Analyst, Big Bank, FY2023 - present"), "resume")
    assert [ongoing for _, ongoing in _work_ranges(profile)] == [True]


@pytest.mark.parametrize(
    "bullet",
    [
        "- Cut costs in FY2021 by 12%",
        "- Planned the FY2024 budget with finance",
    ],
)
def test_a_single_fiscal_year_in_a_bullet_dates_nothing(profile_of: ProfileOf, bullet: str) -> None:
    text = _cv("Data Analyst, Big Bank, 2019 - 2022").replace("- Built", bullet + "\n- Built")
    assert len(_work_ranges(profile_of(text, "resume"))) == 1


# 4. "Cont." (continued, continuing) ends a range running to now


@pytest.mark.parametrize("end", ["Cont.", "cont'd", "Contd.", "contd", "Cont’d"])
def test_a_range_continued_runs_to_now(profile_of: ProfileOf, end: str) -> None:
    profile = profile_of(_cv(f"Data Scientist, Infosys, 2020 - {end}"), "resume")
    assert [ongoing for _, ongoing in _work_ranges(profile)] == [True]


def test_a_heading_continued_stays_a_heading(profile_of: ProfileOf) -> None:
    text = (
        "Ravi Kumar\n\nExperience\nData Scientist, Infosys, 2020 - 2023\n- Churn models in Python\n"
        "\nExperience (cont.)\nAnalyst, TCS, 2017 - 2019\n- SQL reports\n"
    )
    profile = profile_of(text, "resume")
    assert len(_work_ranges(profile)) == 2
    assert not any(ongoing for _, ongoing in _work_ranges(profile))


def test_a_contract_after_a_year_is_no_end(profile_of: ProfileOf) -> None:
    profile = profile_of(_cv("Data Scientist, Infosys, 2020 - Contract role"), "resume")
    assert not any(ongoing for _, ongoing in _work_ranges(profile))
