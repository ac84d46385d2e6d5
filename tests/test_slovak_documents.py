"""Job postings and CVs written in Slovak (profesia.sk style), on small texts written here:
what Slovak shares with Czech (the titles Ing., Mgr., Bc., the cue "výhodou", "Náplň práce")
already reads; its own words of years, degrees, headings, cues and dates read too, and an
item's capitalised opening names no term."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line

from .posting_helpers import ProfileOf, asked, posting_info

SLOVAK_POSTING = """Dátový inžinier
Bratislava, plný úväzok

O nás
Sme slovenská e-commerce firma s tímom viac ako 100 ľudí.

Náplň práce
- Vývoj dátových pipeline v Airflow

Požiadavky
- Min. 3 roky praxe na podobnej pozícii
- Znalosť Python a SQL
- Vysokoškolské vzdelanie technického smeru (Ing. alebo Mgr.)

Výhodou
- Kafka

Ponúkame
- Stravné lístky a školenia Kubernetes
"""

SLOVAK_CV = """Ján Novák
Bratislava | jan.novak@example.sk

Pracovné skúsenosti
Data Scientist, Obchod s.r.o., Bratislava
03/2021 – súčasnosť
- Prediktívne modely v Python

Dátový analytik, Banka a.s.
2018 – 2021
- Reporting v SQL

Vzdelanie
Ing., Informatika, STU Bratislava, 2018

Zručnosti
Python, SQL, PyTorch

Jazykové znalosti
Slovenčina – materinský jazyk
"""


def test_a_slovak_posting_reads_its_sections_and_asks(profile_of: ProfileOf) -> None:
    profile = profile_of(SLOVAK_POSTING)
    assert profile.doc_type == "posting"
    names = [section.name for section in profile.sections]
    assert names == ["company", "responsibilities", "requirements", "preferred", "benefits"]
    asks = {req.id: req.importance for req in profile.requirements}
    assert asks["python"] == "required"
    assert asks["kafka"] == "preferred"
    assert "kubernetes" not in asks
    assert not [key for key in asks if key.startswith("term:")], asks
    info = profile.posting
    assert info is not None
    assert info.years_required == 3
    assert info.degree_required == "master"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Požiadavky", "requirements"),
        ("Požiadavky na uchádzača", "requirements"),
        ("Ponúkame", "benefits"),
        ("Čo ponúkame", "benefits"),
        ("Náplň práce", "responsibilities"),
    ],
)
def test_each_slovak_posting_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    profile = profile_of(f"Data Engineer\n\n{heading}\n- Python\n", doc_type="posting")
    assert [section.name for section in profile.sections] == [name]


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Min. 3 roky praxe v odbore", 3),
        ("5 rokov praxe s vývojom", 5),
        ("Aspoň 2 roky skúseností s analýzou dát", 2),
        ("Minimálne 4 roky praxe", 4),
    ],
)
def test_the_slovak_years_asked_are_read(profile_of: ProfileOf, line: str, years: float) -> None:
    text = f"Data Engineer\n\nPožiadavky\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required == years


@pytest.mark.parametrize(
    ("line", "importance"),
    [
        ("Skúsenosti s nástrojom Docker výhodou", "preferred"),
        ("Znalosť nástroja Docker podmienkou", "required"),
    ],
)
def test_the_slovak_cues_say_how_much_a_line_asks(
    profile_of: ProfileOf, line: str, importance: str
) -> None:
    text = f"Data Engineer\n\nNáplň práce\n- {line}\n- Python\n"
    assert asked(profile_of, text)["docker"].importance == importance


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Vysokoškolské vzdelanie technického smeru", "bachelor"),
        ("Vysokoškolské vzdelanie druhého stupňa", "master"),
        ("Ing., Informatika, STU Bratislava", "master"),
        ("Bc., Aplikovaná informatika, UK", "bachelor"),
        ("PhD., Umelá inteligencia, STU", "phd"),
    ],
)
def test_slovak_degrees(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


def test_a_slovak_cv_reads_its_sections_dates_and_degree(profile_of: ProfileOf) -> None:
    profile = profile_of(SLOVAK_CV)
    assert profile.doc_type == "resume"
    names = [section.name for section in profile.sections]
    assert names == ["experience", "education", "skills", "languages"]
    assert [found.ongoing for found in profile.experience.ranges] == [True, False]
    assert profile.education.highest == "master"


@pytest.mark.parametrize("end", ["súčasnosť", "doteraz", "Súčasnosť"])
def test_a_slovak_range_to_today_is_ongoing(profile_of: ProfileOf, end: str) -> None:
    cv = f"Pracovné skúsenosti\nData Scientist, Acme\n2019 – {end}\n- Python\n"
    [found] = profile_of(cv, doc_type="resume").experience.ranges
    assert found.ongoing


@pytest.mark.parametrize(
    "line",
    [
        "Znalosť SQL",
        "Aktívna znalosť angličtiny",
        "Skúsenosti s SQL",
        "Veľmi dobrá znalosť SQL",
    ],
)
def test_an_items_common_words_name_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nPožiadavky\n- {line}\n- Python\n"
    assert not [key for key in asked(profile_of, text) if key.startswith("term:")]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Skúsenosti s Pythonom", "python"),
        ("Skúsenosti s Dockerom", "docker"),
        ("Skúsenosti so Sparkom", "apache-spark"),
        ("Znalosť práce v Pythone", "python"),
    ],
)
def test_a_slovak_case_ending_names_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = asked(profile_of, f"Data Engineer\n\nPožiadavky\n- {line}\n- SQL\n")
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], found
