"""Genres probed around an application: academic job ads (their duties and "Application
materials"), a cover letter filed after the resume, a Europass CV's labelled rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .posting_helpers import asked

ProfileOf = Callable[..., Profile]

_ACADEMIC_DUTIES = (
    "Research Fellow in Machine Learning\n\n"
    "The successful candidate will have:\n"
    "- Experience developing Bayesian models in Python\n"
    "- {duty}\n\n"
    "Essential criteria:\n- A PhD in Statistics\n"
)


@pytest.mark.parametrize(
    "duty",
    [
        "Present work at international conferences and workshops",
        "Present findings to the steering committee",
        "Present results at group meetings",
    ],
)
def test_presenting_work_somewhere_asks_for_no_term(profile_of: ProfileOf, duty: str) -> None:
    found = asked(profile_of, _ACADEMIC_DUTIES.format(duty=duty))
    assert "python" in found
    assert not [key for key in found if key.startswith("term:present")]


def test_present_opening_a_name_still_asks(profile_of: ProfileOf) -> None:
    # near miss: "Present value analysis" names a method, told to no one
    found = asked(profile_of, _ACADEMIC_DUTIES.format(duty="Present value analysis"))
    assert any(key.startswith("term:present-value") for key in found)


@pytest.mark.parametrize(
    "heading", ["Application materials", "Application Materials:", "Application documents"]
)
def test_an_application_materials_heading_asks_nothing(profile_of: ProfileOf, heading: str) -> None:
    posting = (
        "Assistant Professor in Artificial Intelligence\n\nQualifications\n"
        "Candidates must hold a PhD and show experience with PyTorch.\n\n"
        f"{heading}\nApplicants should submit a cover letter, a CV and a research statement.\n"
    )
    found = asked(profile_of, posting)
    assert "pytorch" in found
    assert not [key for key in found if key.startswith("term:application")]


_RESUME = (
    "Priya Raman\npriya@example.com\n\nEXPERIENCE\nData Scientist, Northwind Retail\n"
    "Jan 2021 - Present\n- Built forecasting models in Python\n\nSKILLS\nPython, SQL, Docker\n\n"
)


@pytest.mark.parametrize(
    "greeting", ["Dear Hiring Manager,", "Dear Dr. Alvarez:", "To whom it may concern,"]
)
def test_a_letter_after_the_resume_is_no_skills_list(profile_of: ProfileOf, greeting: str) -> None:
    letter = (
        f"{greeting}\n\nI am writing to apply for the Machine Learning Engineer post. I have "
        "deployed models on AWS for four years.\n\nYours sincerely,\nPriya Raman\n"
    )
    resume = profile_of(_RESUME + letter, "resume")
    found = {hit.id: hit for hit in resume.skills}
    assert "writing" not in found
    assert [m.section for m in found["aws"].mentions] != ["skills"]
    assert [m.section for m in found["docker"].mentions] == ["skills"]


def test_a_greeting_inside_a_list_opens_nothing(profile_of: ProfileOf) -> None:
    # near miss: a line that only starts with "Dear" is no greeting
    resume = profile_of(_RESUME.replace("Docker\n", "Docker\nDearborn office tools, Excel\n"))
    [excel] = [hit for hit in resume.skills if hit.id == "excel"]
    assert [m.section for m in excel.mentions] == ["skills"]


_EUROPASS = (
    "Giulia Ferraro\ngiulia@example.it\n\nWORK EXPERIENCE\n"
    "Dates: 01/09/2021 - present\n"
    "Occupation or position held: Data Scientist\n"
    "Main activities and responsibilities: churn models in Python\n"
    "Name and address of employer: Telco Italia S.p.A., Milano\n\n"
    "Dates: 03/2018 - 08/2021\n"
    "Occupation or position held: Junior Data Analyst\n"
    "Main activities and responsibilities: SQL reporting\n\n"
    "EDUCATION AND TRAINING\nDates: 2015 - 2017\n"
    "Title of qualification awarded: Master's degree in Statistics\n"
    "Level in national or international classification: EQF level 7\n"
)


def test_a_europass_position_row_titles_the_job(profile_of: ProfileOf) -> None:
    cv = profile_of(_EUROPASS, "resume")
    assert cv.experience.titles == ["Data Scientist", "Junior Data Analyst"]


def test_a_position_row_far_below_titles_nothing(profile_of: ProfileOf) -> None:
    # near miss: past a blank line the row belongs to another entry
    cv = profile_of(
        "WORK EXPERIENCE\nDates: 01/09/2021 - present\n\nPosition held: Data Scientist\n", "resume"
    )
    assert cv.experience.titles == []


def test_a_qualifications_classification_level_is_no_skill(profile_of: ProfileOf) -> None:
    cv = profile_of(_EUROPASS, "resume")
    assert "classification" not in {hit.id for hit in cv.skills}
    built = profile_of("SKILLS\nClassification, regression\n", "resume")
    assert "classification" in {hit.id for hit in built.skills}
