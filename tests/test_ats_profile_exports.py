"""Resumes copied from a candidate's profile on an applicant-tracking site (Workday's "My
Experience" pages): numbered blocks ("Work Experience 1", "Education 2"), each field's label on
a line over its value ("Job Title", then the title), and the application's questions saved
with their answers below them. Each profile is written for these tests in the sites' manner."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _work_block(number: int, title: str, dates: str, extra: str = "") -> str:
    return (
        f"Work Experience {number}\nJob Title\n{title}\nCompany\nLakeshore Payments\n"
        f"Location\nChicago, IL\n{extra}{dates}\nRole Description\n"
        "Built fraud scoring with XGBoost and Kafka.\n\n"
    )


CURRENT = "I currently work here\nYes\n"
PROFILE = (
    "My Information\nLegal Name\nPriya Natarajan\nEmail Address\npriya@example.com\n\n"
    "My Experience\n"
    + _work_block(1, "Machine Learning Engineer", "From\n06/2022\nTo", CURRENT)
    + _work_block(2, "Data Scientist", "From\n07/2019\nTo\n05/2022")
    + "Education 1\nSchool or University\nNorthwestern University\nDegree\nMaster of Science\n"
    "Field of Study\nAnalytics\nFrom\n2018\nTo\n2019\n\n"
    "Education 2\nSchool or University\nUniversity of Michigan\nDegree\nBachelor of Science\n"
    "Field of Study\nMathematics\nFrom\n2014\nTo\n2018\n\n"
    "Skills\nPython, SQL, XGBoost, Kafka\n\n"
)


def _resume(profile_of: ProfileOf, text: str) -> Profile:
    return profile_of(text, doc_type="resume")


def test_ats_profiles_numbered_blocks_are_its_sections(profile_of: ProfileOf) -> None:
    profile = _resume(profile_of, PROFILE)
    names = [(s.name, s.heading) for s in profile.sections]
    assert ("experience", "Work Experience 2") in names
    assert ("education", "Education 1") in names
    # the degrees' years are no work: two jobs from mid-2019
    assert [r.section for r in profile.experience.ranges] == ["experience"] * 2 + ["education"] * 2


def test_ats_profiles_job_title_stands_under_its_label(profile_of: ProfileOf) -> None:
    titles = [job.title for job in _resume(profile_of, PROFILE).experience.jobs]
    assert titles == ["Machine Learning Engineer", "Data Scientist"]


@pytest.mark.parametrize("line", ["Skills 1", "Python 3", "Education 2019", "Windows 10"])
def test_ats_a_number_after_other_words_opens_no_block(profile_of: ProfileOf, line: str) -> None:
    text = f"Dana Obi\n\nExperience\nData Analyst, Acme\n2020 - 2023\n{line}\nBuilt reports.\n"
    headings = [s.heading for s in _resume(profile_of, text).sections]
    assert line not in headings


def test_ats_a_title_line_in_a_bullet_is_no_label(profile_of: ProfileOf) -> None:
    """Only a line that is the label alone gives the next line as the title."""
    text = (
        "Dana Obi\n\nExperience\nSenior Data Analyst\nAcme Retail\n2020 - 2023\n"
        "- Defined each report's title and owner\n"
    )
    assert [job.title for job in _resume(profile_of, text).experience.jobs] == [
        "Senior Data Analyst"
    ]


QUESTIONS = (
    "Application Questions\n"
    "Are you legally authorized to work in the United States?\n{authorized}\n"
    "Will you now or in the future require sponsorship for employment visa status?\n{needs}\n"
)


@pytest.mark.parametrize(
    ("authorized", "needs", "status"),
    [
        ("Yes", "No", "authorized"),
        ("Yes", "Yes", "needs-sponsorship"),
        ("No", "Yes", "needs-sponsorship"),
    ],
)
def test_ats_a_forms_question_states_what_its_answer_says(
    profile_of: ProfileOf, authorized: str, needs: str, status: str
) -> None:
    text = PROFILE + QUESTIONS.format(authorized=authorized, needs=needs)
    stated = _resume(profile_of, text).work_authorization
    assert stated is not None and stated.status == status


def test_ats_an_unanswered_question_states_nothing(profile_of: ProfileOf) -> None:
    text = PROFILE + "Will you now or in the future require sponsorship for employment?\n"
    assert _resume(profile_of, text).work_authorization is None


def test_ats_an_answer_on_the_questions_line_counts(profile_of: ProfileOf) -> None:
    text = PROFILE + "Do you require visa sponsorship? * No\n"
    stated = _resume(profile_of, text).work_authorization
    assert stated is not None and stated.status == "authorized"
    assert stated.text == "Do you require visa sponsorship? No"


def test_ats_a_statement_with_a_link_is_still_read(profile_of: ProfileOf) -> None:
    text = PROFILE + "Requires H-1B sponsorship (details: https://example.com/?visa=1)\n"
    stated = _resume(profile_of, text).work_authorization
    assert stated is not None and stated.status == "needs-sponsorship"


def test_ats_profiles_field_of_study_stands_under_its_label(profile_of: ProfileOf) -> None:
    degrees = _resume(profile_of, PROFILE).education.degrees
    assert [(d.level, d.field) for d in degrees] == [
        ("master", "data science"),  # "Analytics" by its known field
        ("bachelor", "mathematics"),
    ]
