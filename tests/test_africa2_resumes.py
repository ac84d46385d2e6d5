"""African resumes read wrongly before: degree fields (BCom, Honours, a posting's bullet),
a school-leaving certificate read twice, French and Brazilian schools read as fields, and
African languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degrees(profile_of: ProfileOf, education: str) -> list[tuple[str, str | None]]:
    """Each degree of a resume's education section: (level, field)."""
    text = f"Thandi Nkosi\n\nEducation\n{education}\n\nSkills\nPython, SQL\n"
    return [(d.level, d.field) for d in profile_of(text, doc_type="resume").education.degrees]


@pytest.mark.parametrize(
    ("education", "read"),
    [
        ("BCom Information Systems, University of Pretoria, 2018", "Information Systems"),
        ("BCom Accounting, University of Cape Town, 2017", "Accounting"),
        ("B.Com Information Systems, UNISA, 2016", "Information Systems"),
        ("BCom (Hons) Informatics, University of Johannesburg, 2019", "computer science"),
        # "Honours" tells the degree's kind, no field
        ("BA Honours degree, Rhodes University, 2014", None),
        ("BSc Honours, University of Cape Town, 2015", None),
        ("BSc Honours Information Systems, University of Cape Town, 2015", "Information Systems"),
        # a school and its town after the degree: no field
        ("Diplôme d'ingénieur, Télécom Paris, 2019", None),
        ("M2 MVA, ENS Paris-Saclay, 2020", None),
        ("Tecnólogo em Análise e Desenvolvimento de Sistemas, FATEC São Paulo, 2018", None),
        # ... a field's words after the comma stay a field
        ("MSc, Data Science, 2020", "data science"),
        ("BSc, Geomatics, University of Lagos, 2014", "Geomatics"),
        ("MSc, GIS Remote Sensing, 2014", "GIS Remote Sensing"),
    ],
)
def test_an_african_or_french_degrees_field(
    profile_of: ProfileOf, education: str, read: str | None
) -> None:
    [(_, field)] = [d for d in _degrees(profile_of, education) if d[0] != "secondary"]
    assert field == read


@pytest.mark.parametrize(
    ("education", "count"),
    [
        ("National Senior Certificate (Matric), Parktown Boys' High School, 2014", 1),
        ("Matric, Parktown Boys' High School, 2014", 1),
        ("WASSCE, Kings College Secondary School, Lagos, 2010", 1),
        ("High School Diploma, Lincoln High School, 2012", 1),
        # two certificates on one line are two
        ("Class X, 2010; Class XII, 2012", 2),
    ],
)
def test_a_school_leaving_certificate_and_its_school_are_one_entry(
    profile_of: ProfileOf, education: str, count: int
) -> None:
    assert [level for level, _ in _degrees(profile_of, education)] == ["secondary"] * count


@pytest.mark.parametrize(
    "item",
    [
        "- HND holders with relevant experience may apply",
        "- Diploma holders with at least 4 years' experience will be considered",
        "- Honours degree",
    ],
)
def test_a_postings_bullet_dash_opens_no_field(profile_of: ProfileOf, item: str) -> None:
    posting = f"Data Analyst\n\nRequirements\n{item}\n- Python\n"
    fields = [d.field for d in profile_of(posting, doc_type="posting").education.degrees]
    assert fields == [None]


def test_a_postings_field_after_the_degree_is_kept(profile_of: ProfileOf) -> None:
    posting = "Data Analyst\n\nRequirements\n- HND - Geomatics\n- Python\n"
    fields = [d.field for d in profile_of(posting, doc_type="posting").education.degrees]
    assert fields == ["Geomatics"]


def _languages(profile_of: ProfileOf, line: str) -> set[str]:
    text = f"Thandi Nkosi\n\nExperience\nData Analyst, Acme, 2019 - 2023\n\n{line}\n"
    skills = profile_of(text, doc_type="resume").skills
    return {s.id for s in skills if s.id.startswith("lang-")}


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Languages: English, isiZulu, Afrikaans", {"english", "zulu", "afrikaans"}),
        (
            "Languages: English, isiXhosa, Sesotho, Setswana",
            {"english", "xhosa", "sotho", "tswana"},
        ),
        (
            "Languages: Yoruba (native), Igbo, Hausa, English",
            {"yoruba", "igbo", "hausa", "english"},
        ),
        ("Amharic (native), English (fluent)", {"amharic", "english"}),
        ("Kiswahili (fluent), English (fluent)", {"swahili", "english"}),
        # peoples and places, no language
        ("Worked with Hausa and Igbo communities in Kano", set()),
        ("Led a survey of Zulu and Xhosa households in Durban", set()),
    ],
)
def test_african_languages_are_spoken_languages(
    profile_of: ProfileOf, line: str, found: set[str]
) -> None:
    assert _languages(profile_of, line) == {f"lang-{name}" for name in found}
