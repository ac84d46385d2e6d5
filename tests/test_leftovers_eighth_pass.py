"""Misreadings left by earlier passes: a wish cue ending its line above a sentence of its own,
dates that open a line of prose, employers' rows with their years, and counts of years that
ask none."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf
from .posting_helpers import asked as _asked
from .posting_helpers import posting_info as _posting

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


# -- counts of years: a singular year, a company's years in its market, years of growth -------


@pytest.mark.parametrize(
    "line",
    [
        "1 an d'expérience minimum en Python",
        "Au moins 1 an d'expérience avec Python",
        "Experiencia mínima de 1 año con Python",
        "Almeno 1 anno di esperienza con Python",
        "1 ano de experiência com Python",
    ],
)
def test_a_single_year_in_a_romance_language_is_a_count(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Scientist\n\nRequirements\n- {line}\n- SQL\n"
    assert _posting(profile_of, text).years_required == 1.0
    assert _asked(profile_of, text)["python"].years == 1.0


@pytest.mark.parametrize(
    "line",
    [
        "Un an à Paris, puis Python et SQL",  # an article, no count
        "Python 1 an",  # no ask
    ],
)
def test_a_lone_word_an_asks_no_year(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Scientist\n\nÀ propos\n{line}\n"
    assert _posting(profile_of, text).years_required is None


@pytest.mark.parametrize(
    "post",
    [
        "Hey all! We're a fintech, 10 yrs in the market, hiring a Python dev to build our APIs.",
        "We are a small agency, 12 years on the market. Looking for a Python dev, DM me.",
    ],
)
def test_a_companys_years_in_its_market_ask_nothing(profile_of: ProfileOf, post: str) -> None:
    posting = _posting(profile_of, f"{post}\n")
    assert (posting.years_required, posting.level) == (None, None)


@pytest.mark.parametrize(
    "post",
    [
        "We need someone with 5 yrs in the market, Python and SQL. DM me.",
        "Looking for a Python dev, 3 yrs, remote. DM me.",
    ],
)
def test_a_candidates_years_in_a_chat_post_stay_asked(profile_of: ProfileOf, post: str) -> None:
    assert _posting(profile_of, f"{post}\n").years_required is not None


@pytest.mark.parametrize(
    "line",
    [
        "Plusieurs années de croissance : nous recherchons un(e) Data Scientist avec une"
        " expérience de Python.",
        "- Plusieurs années de croissance et une expérience client reconnue",
        "- After several years of growth, we need a data scientist with Python experience",
    ],
)
def test_years_of_a_companys_growth_hint_at_no_level(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Scientist (H/F)\n\nProfil recherché :\n{line}\n- Maîtrise de SQL\n"
    assert _posting(profile_of, text).level is None


def test_several_years_of_experience_still_hint_at_a_mid_level(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist (H/F)\n\nProfil recherché :\n- Plusieurs années d'expérience en"
        " Python\n- Maîtrise de SQL\n"
    )
    assert _posting(profile_of, text).level == "mid"


def test_a_figure_of_years_of_growth_asks_none(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\n\nRequirements\n- After 5 years of strong growth, we need a data"
        " scientist with Python experience\n- SQL\n"
    )
    assert _posting(profile_of, text).years_required is None


@pytest.mark.parametrize(
    "line",
    [
        "5 years of growth marketing experience with Python",
        "5 years of experience in growth, with Python",
    ],
)
def test_years_of_work_in_growth_stay_asked(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Scientist\n\nRequirements\n- {line}\n- SQL\n"
    assert _posting(profile_of, text).years_required == 5.0
