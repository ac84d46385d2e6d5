"""Degrees read wrongly before: school-leaving certificates of the IB, France and Spain, the
Greek five-year engineering Diploma, and three ways postings word the degree they ask."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.education import degree_in_line
from mlcareer.models import PostingInfo, Profile

ProfileOf = Callable[..., Profile]


def _levels(profile_of: ProfileOf, education: str) -> list[str]:
    text = f"Elena Pappa\n\nEducation\n{education}\n\nSkills\nPython, SQL\n"
    return [d.level for d in profile_of(text, doc_type="resume").education.degrees]


@pytest.mark.parametrize(
    "line",
    [
        "IB Diploma, United World College of the Atlantic, 2015",
        "IB Diploma Programme, St. Clare's, Oxford, 2016",
        "International Baccalaureate, International School of Geneva, 2014",
        "Bac S, Lycée Henri IV, 2012",
        "Bac ES mention bien, Lycée Hoche, 2013",
        "Bac série L, 2011",
        "Baccalauréat S, mention très bien, 2012",
        "Baccalauréat ES, Lycée Hoche, 2013",
        "Bachillerato en Ciencias, Colegio San José, 2013",
        "Bachillerato de Ciencias y Tecnología, IES Goya, 2014",
        "Bachillerato, IES Cervantes, 2016",
    ],
)
def test_a_school_leaving_certificate_is_secondary(profile_of: ProfileOf, line: str) -> None:
    assert _levels(profile_of, line) == ["secondary"]


@pytest.mark.parametrize(
    ("line", "levels"),
    [
        # a university's degree whose name looks like a school's certificate
        ("Bachelor of Science (IB), Universität Mannheim, 2019", ["bachelor"]),
        ("Bac+5 en informatique, Université de Lyon", ["master"]),
        ("Baccalauréat en génie logiciel, Université Laval", ["bachelor"]),
        ("Baccalauréat ès sciences, Université de Montréal", ["bachelor"]),
        ("Baccalaureat es sciences, Universite de Sherbrooke", ["bachelor"]),
        # a Costa Rican university's first degree
        ("Bachillerato en Ingeniería de Sistemas, Universidad de Costa Rica, 2018", ["bachelor"]),
        ("Bachillerato Universitario en Computación, Universidad Nacional, 2017", ["bachelor"]),
        # the Peruvian graduate's "Bachiller" is not the school's "Bachillerato"
        ("Bachiller en Ingeniería Informática, Universidad de Lima, 2019", ["bachelor"]),
    ],
)
def test_a_universitys_degree_of_a_like_name_keeps_its_level(
    profile_of: ProfileOf, line: str, levels: list[str]
) -> None:
    assert _levels(profile_of, line) == levels


def test_a_job_at_an_ib_school_holds_no_certificate(profile_of: ProfileOf) -> None:
    text = (
        "Maria Costa\n\nExperience\nIB Diploma Programme Coordinator, Acme International "
        "School, 2018 - 2022\n- Ran the timetable in Python\n\nEducation\n"
        "MSc in Statistics, University of Bath, 2017\n"
    )
    degrees = profile_of(text, doc_type="resume").education.degrees
    assert [d.level for d in degrees] == ["master"]


@pytest.mark.parametrize(
    "education",
    [
        "Diploma in Electrical and Computer Engineering, National Technical University of "
        "Athens (NTUA), 2018",
        "Diploma in Electrical and Computer Engineering, Aristotle University of Thessaloniki "
        "(AUTh), 2017",
        "Diploma in Computer Engineering and Informatics, Polytechnic School, University of "
        "Patras, 2016",
        "Diploma in Mechanical Engineering, Technical University of Crete, 2015",
        # the school on the line below the degree's
        "Diploma in Electrical and Computer Engineering\nNational Technical University of Athens"
        "\n2012 - 2018",
    ],
)
def test_a_greek_five_year_engineering_diploma_is_a_masters(
    profile_of: ProfileOf, education: str
) -> None:
    assert _levels(profile_of, education) == ["master"]


@pytest.mark.parametrize(
    "education",
    [
        "Diploma in Data Science, Coursera, 2021",
        "Diploma in Data Science, Humber College, 2019",
        "Diploma in Computer Engineering, Government Polytechnic Mumbai, 2016",
        "Diploma in Mechanical Engineering, Singapore Polytechnic, 2014",
        # a Greek university's diploma outside engineering: the translation of a Ptychio
        "Diploma in Mathematics, Aristotle University of Thessaloniki, 2015",
    ],
)
def test_other_diplomas_stay_associate(profile_of: ProfileOf, education: str) -> None:
    assert _levels(profile_of, education) == ["associate"]


def _posting(profile_of: ProfileOf, requirement: str) -> PostingInfo:
    text = f"Machine Learning Engineer\n\nRequirements\n- {requirement}\n- 3+ years of Python\n"
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    return info


@pytest.mark.parametrize(
    "requirement",
    [
        "Advanced university degree in Computer Science or a related field.",
        "Advanced academic degree in statistics, mathematics or physics",
        "Advanced degree in Computer Science or a related field.",
    ],
)
def test_an_advanced_university_degree_asks_a_masters(
    profile_of: ProfileOf, requirement: str
) -> None:
    assert _posting(profile_of, requirement).degree_required == "master"


@pytest.mark.parametrize(
    "requirement",
    [
        "Degree in Computer Science, ideally a Master's.",
        "Degree in Computer Science, ideally a Master's",
        "Bachelor's degree in Computer Science, preferably a Master’s.",
        "Degree in Computer Science, ideally a Master's degree.",
    ],
)
def test_a_masters_named_last_is_preferred(profile_of: ProfileOf, requirement: str) -> None:
    info = _posting(profile_of, requirement)
    assert (info.degree_required, info.degree_preferred) == ("bachelor", "master")


def test_a_phd_given_as_an_example_of_experience_is_not_asked(profile_of: ProfileOf) -> None:
    info = _posting(
        profile_of, "Degree or equivalent experience, e.g. a PhD or 5 years of research experience."
    )
    assert info.degree_required == "bachelor"
    assert info.degree_alternative is not None
    assert info.degree_alternative.startswith("equivalent experience")


@pytest.mark.parametrize(
    ("requirement", "required"),
    [
        # examples of the degree itself still name its level
        ("University degree, e.g. MSc or MEng, in a quantitative field.", "master"),
        ("A degree or equivalent in a numerate subject", "bachelor"),
        ("PhD or equivalent research experience in machine learning", "phd"),
    ],
)
def test_examples_and_equivalents_of_a_degree_keep_their_level(
    profile_of: ProfileOf, requirement: str, required: str
) -> None:
    assert _posting(profile_of, requirement).degree_required == required


def test_the_degree_replaced_in_lieu_is_not_the_one_offered(profile_of: ProfileOf) -> None:
    text = (
        "Statistician\n\nEducation\nAdvanced university degree in statistics is required. "
        "A first-level university degree with two additional years of qualifying experience "
        "may be accepted in lieu of the advanced university degree.\n"
    )
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    assert (info.degree_required, info.degree_with_alternative) == ("master", "bachelor")


@pytest.mark.parametrize(
    "line",
    [
        "Diploma in Software Engineering, NIIT, Auth module, 2019",
        "Shared the Scrum Master's duties.",
    ],
)
def test_near_misses_of_the_new_readings(line: str) -> None:
    assert degree_in_line(line) in (None, "associate")
