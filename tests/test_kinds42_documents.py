"""Document kinds read end to end: a federal resume's labelled job fields, a job board's
company card above the posting, and a posting's degree line that goes on to the years it
asks. Each text is written here, in the manner of its kind."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

FEDERAL_JOBS = """\
Dana Whitcombe

WORK EXPERIENCE
Bureau of Land Records
Dates of Employment: 04/2018 - Present
Hours per week: 40
{first}
Duties:
- Built Python pipelines that load parcel data into PostgreSQL

Department of the Navy
Dates of Employment: 07/2012 - 03/2018
Hours per week: 45
{second}
- Kept maintenance logs for a squadron
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Title: IT Specialist (Data Management)", "Title: Logistics Officer"),
        ("Position Title: IT Specialist (Data Management)", "Job Title: Logistics Officer"),
    ],
)
def test_a_federal_jobs_title_field_gives_the_title_without_its_label(
    profile_of: ProfileOf, first: str, second: str
) -> None:
    text = FEDERAL_JOBS.format(first=first, second=second)
    titles = profile_of(text, doc_type="resume").experience.titles
    assert titles == ["IT Specialist (Data Management)", "Logistics Officer"]


def test_a_title_line_without_a_label_is_kept_whole(profile_of: ProfileOf) -> None:
    text = FEDERAL_JOBS.format(first="IT Specialist (Data Management)", second="Logistics Officer")
    titles = profile_of(text, doc_type="resume").experience.titles
    assert titles == ["IT Specialist (Data Management)", "Logistics Officer"]


POSTING = (
    "About the job\nWe forecast hospital staffing.\n\n"
    "Requirements\n- 3+ years of Python\n- Experience with Snowflake\n\n"
    "Nice to have\n- Terraform\n"
)


def _asked(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    "card",
    [
        "5,001-10,000 employees · IT Services and IT Consulting",
        "Founded 2016 · 51-200 Employees · Consulting",
        "10,001+ employees | Consulting",
    ],
)
def test_a_boards_company_card_asks_nothing(profile_of: ProfileOf, card: str) -> None:
    text = f"Data Engineer\nBrightmoor Health · Austin, TX\n{card}\n\n{POSTING}"
    asked = _asked(profile_of(text, doc_type="posting"))
    assert "Consulting" not in asked
    assert asked["Python"] == "required"
    assert asked["Terraform"] == "preferred"


def test_a_headcount_in_a_sentence_still_asks(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements\n"
        "- Experience in consulting for firms of 50-200 employees or more\n- Python\n"
    )
    assert _asked(profile_of(text, doc_type="posting"))["Consulting"] == "required"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Master's degree in Statistics, Economics or related field and 5 years of "
            "experience in data science",
            "statistics",
        ),
        ("Bachelor's degree in Physics and 3 years of experience in machine learning", "physics"),
        (
            "BS in Computer Science or 4+ years of experience in data engineering",
            "computer science",
        ),
    ],
)
def test_the_years_after_a_postings_degree_name_no_field(
    profile_of: ProfileOf, line: str, field: str
) -> None:
    text = f"Data Scientist\n\nRequirements\n- {line}\n- Python\n"
    education = profile_of(text, doc_type="posting").education
    assert [degree.field for degree in education.degrees] == [field]


def test_a_degrees_field_before_no_years_is_read_as_before(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n- Master's degree in data science or statistics\n"
    assert profile_of(text, doc_type="posting").education.degrees[0].field == "data science"


@pytest.mark.parametrize(
    "line",
    [
        "Associate or bachelor's degree in Business, Finance or Statistics",
        "Associate's/Bachelor's degree in Accounting",
    ],
)
def test_an_associates_sharing_the_bachelors_degree_word_is_the_least_asked(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Junior Data Analyst\n\nRequirements\n- {line}\n- 1 year of SQL\n"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.degree_required == "associate"


def test_a_research_associate_before_a_bachelors_is_no_degree(profile_of: ProfileOf) -> None:
    text = "Data Analyst\n\nRequirements\n- Research Associate or Bachelor's degree holder\n"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.degree_required == "bachelor"


def test_supervising_students_is_asked_and_shown_as_supervision(profile_of: ProfileOf) -> None:
    posting = (
        "Research Scientist\n\nRequirements\n- PhD in Statistics\n\n"
        "Preferred\n- Experience supervising students or junior researchers\n"
    )
    asked = _asked(profile_of(posting, doc_type="posting"))
    assert asked == {"Supervising staff": "preferred"}
    cv = (
        "Lena Morrow\n\nExperience\nPostdoctoral Researcher, Fenwick Institute, 2020 - 2023\n"
        "- Student supervision: two PhD students and one MSc thesis\n"
    )
    shown = {skill.id for skill in profile_of(cv, doc_type="resume").skills}
    assert "supervision" in shown


@pytest.mark.parametrize(
    "pay",
    [
        "$130,000 - $155,000 CAD a year",
        "$130k-$155k CAD + equity",
        "90k-110k CHF",
        "AUD 120k - 140k + super",
    ],
)
def test_a_pay_line_under_the_last_list_asks_no_currency(profile_of: ProfileOf, pay: str) -> None:
    text = f"Analytics Engineer\n\nRequirements\n- SQL\n\nNice to have\n- Fivetran\n{pay}\n"
    assert _asked(profile_of(text, doc_type="posting")) == {
        "SQL": "required",
        "Fivetran": "preferred",
    }


def test_a_europass_jobs_bracketed_dates_leave_no_bracket_in_its_title(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Jonas Albrecht\n\nWORK EXPERIENCE\n\n"
        "[ 01/04/2021 – Current ] Machine Learning Engineer\nSichtwerk GmbH\n"
        "City: Stuttgart | Country: Germany\n- Trained PyTorch models\n\n"
        "[ 01/10/2017 – 31/03/2021 ] Software Developer\nNeckar Systeme AG\n"
        "- Python tools for test benches\n"
    )
    titles = profile_of(text, doc_type="resume").experience.titles
    assert titles == ["Machine Learning Engineer", "Software Developer"]


@pytest.mark.parametrize(
    "bullet",
    [
        "Ran the nightly regression packs and logged regression bugs in Jira",
        "Cut regression cycles from five days to two",
    ],
)
def test_a_testers_regression_work_is_no_regression_modelling(
    profile_of: ProfileOf, bullet: str
) -> None:
    text = f"Grace Appiah\n\nExperience\nQA Analyst, Harewood Software, 2016 - 2022\n- {bullet}\n"
    shown = {skill.id for skill in profile_of(text, doc_type="resume").skills}
    assert "regression" not in shown


def test_regression_models_are_still_read(profile_of: ProfileOf) -> None:
    text = (
        "Ama Boateng\n\nExperience\nData Analyst, Kitewell, 2019 - 2023\n"
        "- Built regression models\n"
    )
    shown = {skill.id for skill in profile_of(text, doc_type="resume").skills}
    assert "regression" in shown


def test_a_courses_level_in_brackets_makes_no_job_title(profile_of: ProfileOf) -> None:
    text = (
        "Dr. Hana Lindgren\n\nACADEMIC APPOINTMENTS\n"
        "2021 - present  Assistant Professor, Lakeside University\n"
        "2019 - 2021  Postdoctoral Researcher, Fenwick Institute\n\n"
        "TEACHING\nCS 589 Probabilistic Machine Learning (graduate), Fall 2022, 2023, 2024\n"
        "CS 241 Data Structures (undergraduate, 180 students), Spring 2022\n"
    )
    experience = profile_of(text, doc_type="resume").experience
    assert experience.titles == [
        "Assistant Professor, Lakeside University",
        "Postdoctoral Researcher, Fenwick Institute",
    ]
    assert not any("graduate" in why for why in experience.level_evidence if "title:" in why)
