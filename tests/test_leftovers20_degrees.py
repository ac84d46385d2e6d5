"""Degrees misread or missed: states' codes in a list read as a master's, a school
certificate a posting only wishes, the Russian "Specialist" degree, the Dutch and Czech
"Ing.". Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed, posting_info

# 6. A list of US states' codes names no master's


@pytest.mark.parametrize(
    "item",
    [
        "Experience supporting clients in MA, NY and CT",
        "Licensed to sell insurance in NY, MA or NJ",
        "Field visits across CT/MA/RI",
    ],
)
def test_states_codes_in_a_list_ask_no_masters(profile_of: ProfileOf, item: str) -> None:
    info = posting_info(profile_of, listed(item, "SQL and Excel", title="Account Analyst"))
    assert info.degree_required is None


@pytest.mark.parametrize(
    "item",
    ["MA in Economics", "M.A. or PhD in economics", "MS, MA or PhD in Statistics"],
)
def test_a_masters_named_beside_others_stays_asked(profile_of: ProfileOf, item: str) -> None:
    info = posting_info(profile_of, listed(item, "SQL and Excel", title="Economist"))
    assert info.degree_required == "master"


# 7. A school certificate the posting only wishes for, or asks not


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        ("Matric maths helps but not required", None, "secondary"),
        ("Matric not required", None, None),
        ("GCSE maths not required", None, None),
        ("Matric (Grade 12) with maths", "secondary", None),
        ("A high school diploma or GED", "secondary", None),
    ],
)
def test_a_school_certificate_asked_as_its_clause_says(
    profile_of: ProfileOf, item: str, required: str | None, preferred: str | None
) -> None:
    info = posting_info(profile_of, listed("Excel and SQL", item, title="Junior Data Analyst"))
    assert (info.degree_required, info.degree_preferred) == (required, preferred)


# 8. The Russian "Specialist" degree after its university's name


def _cv_degrees(profile_of: ProfileOf, text: str) -> list[str]:
    return [degree.level for degree in profile_of(text, "resume").education.degrees]


def test_a_specialist_after_a_university_is_a_masters(profile_of: ProfileOf) -> None:
    text = (
        "Ivan Petrov\n\nEducation\nMoscow State University, Specialist in Computer Science, "
        "2010 - 2015\n\nExperience\nData Scientist, Yandex, 2015 - 2020\n"
        "- Ranking models in Python\n"
    )
    assert _cv_degrees(profile_of, text) == ["master"]


@pytest.mark.parametrize(
    "job_title",
    ["Specialist in Computer Science", "IT Specialist, Moscow State University"],
)
def test_a_specialists_job_title_names_no_degree(profile_of: ProfileOf, job_title: str) -> None:
    text = (
        f"Ivan Petrov\n\nExperience\n{job_title}\nYandex, 2015 - 2020\n- Ranking models in Python\n"
    )
    assert _cv_degrees(profile_of, text) == []


# 9. "Ing." on a Dutch CV is the HBO bachelor's; on a Czech CV the master's


def test_ing_on_a_dutch_cv_is_a_bachelors(profile_of: ProfileOf) -> None:
    text = (
        "Jan de Vries\n\nOpleiding\nIng. Bedrijfskundige Informatica, 2012 - 2016\n\n"
        "Werkervaring\nData Engineer bij Bol.com, 2016 - 2022\n- Pipelines gebouwd met Python\n"
    )
    assert _cv_degrees(profile_of, text) == ["bachelor"]


def test_ing_on_a_czech_cv_stays_a_masters(profile_of: ProfileOf) -> None:
    text = (
        "Jana Nováková\n\nVzdělání\nIng. Informatika, ČVUT v Praze, 2012 - 2017\n\n"
        "Praxe\nData Engineer, Seznam, 2017 - 2022\n- Python a SQL\n"
    )
    assert _cv_degrees(profile_of, text) == ["master"]


# Dotted degrees end no sentence: "M.A. or PhD preferred" asks degrees, no term "M.A"


@pytest.mark.parametrize(
    "item",
    ["M.A. or PhD preferred", "B.A. or B.Tech. in Statistics", "M.Phil. or PhD in economics"],
)
def test_a_dotted_degree_asks_no_term(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "SQL and Excel", title="Economist"))
    assert not [key for key in found if key.startswith("term:")], sorted(found)
