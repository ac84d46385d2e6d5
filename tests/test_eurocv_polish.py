"""A CV written wholly in Polish: its headings open its sections, and a degree named then
restated by its acronym ("Studia magisterskie MSc") is one degree. Texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

POLISH_CV = """Anna Kowalska
Warszawa | anna@example.pl

O mnie
Inżynier danych z doświadczeniem w Pythonie i chmurze.

Doświadczenie zawodowe
Inżynier uczenia maszynowego — Sklep sp. z o.o., Warszawa
2022 – obecnie
- Modele rekomendacyjne w Pythonie i PyTorch

Analityk danych — Bank SA, Łódź
2019 – 2022
- Raporty w SQL

Wykształcenie
2024 - teraz Studia magisterskie MSc, Politechnika Warszawska
2015 – 2019 Studia inżynierskie, Politechnika Łódzka

Umiejętności
Python, SQL, Docker

Języki obce
Angielski – biegły (C1)

Certyfikaty
AWS Certified Cloud Practitioner, 2021
"""


def test_a_polish_cvs_headings_open_its_sections(profile_of: ProfileOf) -> None:
    profile = profile_of(POLISH_CV, "resume")
    names = [section.name for section in profile.sections]
    assert names == [
        "summary",
        "experience",
        "education",
        "skills",
        "languages",
        "certifications",
    ]


def test_a_polish_cvs_studies_are_no_work(profile_of: ProfileOf) -> None:
    experience = profile_of(POLISH_CV, "resume").experience
    assert [r.section for r in experience.ranges] == [
        "experience",
        "experience",
        "education",
        "education",
    ]
    assert experience.years < 8.0  # 2019 to 2026, the studies left out


def test_a_polish_degree_restated_by_its_acronym_is_one(profile_of: ProfileOf) -> None:
    degrees = profile_of(POLISH_CV, "resume").education.degrees
    assert [(d.level, d.in_progress) for d in degrees] == [
        ("master", True),
        ("bachelor", False),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "2020 - 2022 Master of Science MSc, University of Leeds",
        "2020 - 2022 Studia magisterskie MSc, Politechnika Warszawska",
        "2020 - 2022 Bachelor of Science BSc in Physics, University of Leeds",
    ],
)
def test_a_degree_then_its_acronym_reads_once(profile_of: ProfileOf, line: str) -> None:
    degrees = profile_of(f"Jan Nowak\n\nEducation\n{line}\n", "resume").education.degrees
    assert len(degrees) == 1


@pytest.mark.parametrize(
    "line",
    [
        "2018 - 2022 Master of Science, MSc Physics, University of Leeds",  # two named
        "2018 - 2022 Bachelor of Science, MSc in Physics, University of Leeds",
    ],
)
def test_two_degrees_on_a_line_stay_two(profile_of: ProfileOf, line: str) -> None:
    degrees = profile_of(f"Jan Nowak\n\nEducation\n{line}\n", "resume").education.degrees
    assert len(degrees) == 2


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2015 – 2019 inżynier, Politechnika Łódzka, informatyka", "bachelor"),
        ("2015 – 2019 Inżynier (studia I stopnia), Politechnika Łódzka", "bachelor"),
    ],
)
def test_a_polish_engineers_degree_alone_is_read(
    profile_of: ProfileOf, line: str, level: str
) -> None:
    cv = f"Anna Kowalska\n\nWykształcenie\n{line}\n"
    [degree] = profile_of(cv, "resume").education.degrees
    assert degree.level == level


def test_a_polish_engineers_job_is_no_degree(profile_of: ProfileOf) -> None:
    cv = (
        "Anna Kowalska\n\nDoświadczenie zawodowe\nInżynier danych — Sklep sp. z o.o.\n"
        "2019 – obecnie\n"
    )
    assert profile_of(cv, "resume").education.degrees == []


@pytest.mark.parametrize(
    ("title", "level"),
    [("mgr inż.", "master"), ("mgr", "master"), ("inż.", "bachelor")],
)
def test_a_polish_title_before_the_name_is_one_degree(
    profile_of: ProfileOf, title: str, level: str
) -> None:
    cv = f"{title} Anna Kowalska\nWarszawa\n\nDoświadczenie zawodowe\nData Scientist, Acme\n"
    assert [d.level for d in profile_of(cv, "resume").education.degrees] == [level]


@pytest.mark.parametrize(
    "line",
    [
        "2018 - 2022 Master of Science or MSc, University of Leeds",
        "2018 - 2022 BSc BSc, University of Leeds",
        "2018 - 2022 DI tai FM, Aalto-yliopisto",
    ],
)
def test_an_acronym_offered_beside_another_degree_is_its_own(
    profile_of: ProfileOf, line: str
) -> None:
    degrees = profile_of(f"Jan Nowak\n\nEducation\n{line}\n", "resume").education.degrees
    assert len(degrees) == 2
