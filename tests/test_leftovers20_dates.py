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


# 12. A dated line of work inside a job's dates, set as no title, is a piece of that job


def _job_with(line: str) -> str:
    return (
        "Sam Patel\n\nExperience\nML Engineer, Acme Corp, 2020 - 2024\n"
        "- Built forecasting models in Python\n" + line + "\n- Cut latency by half\n"
        "Data Analyst, Beta Ltd, 2017 - 2020\n- SQL reports\n"
    )


def _job_titles(profile: Profile) -> list[str]:
    return [job.title for job in profile.experience.jobs]


@pytest.mark.parametrize(
    "line",
    [
        "Deployment of models, 2022 - 2023: moved scoring to Kubernetes",
        "Migration of the feature store (2021 - 2022) to Feast",
        "Rewrite of pricing models, 03/2022 - 11/2022",
    ],
)
def test_a_dated_piece_of_work_inside_a_job_is_no_job(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(_job_with(line), "resume")
    assert _job_titles(profile) == ["ML Engineer, Acme Corp", "Data Analyst, Beta Ltd"]


@pytest.mark.parametrize(
    "line",
    [
        "Senior ML Engineer, Acme Corp, 2022 - 2024",
        "Team lead of the pricing squad, 2022 - 2023",
        "Gamma Labs, 2022 - 2023",
    ],
)
def test_a_dated_role_inside_a_job_stays_a_job(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(_job_with(line), "resume")
    assert len(_job_titles(profile)) == 3


# 10. A degree's dates on the line below its school's line


def _degree_years(profile: Profile) -> dict[str, tuple[int, int] | None]:
    return {
        degree.text: None
        if degree.dates is None
        else (degree.dates.start // 12, degree.dates.end // 12)
        for degree in profile.education.degrees
    }


def test_dates_below_a_degrees_school_are_the_degrees(profile_of: ProfileOf) -> None:
    text = (
        "Amy Lee\n\nEducation\nMSc Data Science\nUniversity of Leeds\n2019 - 2020\n"
        "BSc Mathematics\nUniversity of York, 2015 - 2018\n\nExperience\n"
        "Data Scientist, Sky, 2020 - 2024\n- Python models\n"
    )
    assert _degree_years(profile_of(text, "resume")) == {
        "MSc Data Science": (2019, 2020),
        "BSc Mathematics": (2015, 2018),
    }


def test_dates_set_above_each_degree_stay_with_their_own(profile_of: ProfileOf) -> None:
    text = (
        "Amy Lee\n\nEducation\n2019 - 2020\nMSc Data Science\nUniversity of Leeds\n2015 - 2018\n"
        "BSc Mathematics\nUniversity of York\n\nExperience\nData Scientist, Sky, 2020 - 2024\n"
        "- Python models\n"
    )
    years = _degree_years(profile_of(text, "resume"))
    assert years["MSc Data Science"] != (2015, 2018)


def test_dates_past_a_blank_line_are_no_degrees(profile_of: ProfileOf) -> None:
    text = (
        "Amy Lee\n\nEducation\nMSc Data Science\nUniversity of Leeds\n\n"
        "Experience\nData Scientist, Sky\n2020 - 2024\n- Python models\n"
    )
    assert _degree_years(profile_of(text, "resume")) == {"MSc Data Science": None}


def test_a_jobs_dates_right_below_the_last_degree_are_no_degrees(profile_of: ProfileOf) -> None:
    # no blank line: the experience heading opens on the next line, and its first job's dates
    # stand within two lines of the degree
    text = (
        "Amy Lee\n\nEducation\nMSc Data Science\nWork Experience\nMay 2010 - till date\n"
        "Data Scientist, Sky\n- Python models\n"
    )
    assert _degree_years(profile_of(text, "resume")) == {"MSc Data Science": None}
