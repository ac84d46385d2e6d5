"""CVs written in Swedish, Danish and Norwegian: their headings open their sections and a
range to today ("nu", "pågående", "d.d.", "nå", "dags dato") is ongoing. Texts written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line
from mlcareer.models import Profile

from .posting_helpers import ProfileOf

SWEDISH_CV = """Anna Lindqvist
Göteborg | anna.lindqvist@example.se

Arbetslivserfarenhet
Dataingenjör, Handel AB, Göteborg
2021 – pågående
- Dataflöden i Python och Airflow

Analytiker, Bank AB
2018 – 2021
- Rapporter i SQL

Utbildning
Civilingenjör, Chalmers, 2018

Kompetenser
Python, SQL, Airflow

Språk
Svenska – modersmål
"""

DANISH_CV = """Mads Jensen
København | mads@example.dk

Erhvervserfaring
Data Scientist, Butik A/S
03/2020 – d.d.
- Prognosemodeller i Python

Udvikler, Bank A/S
2017 – 2020
- Rapportering i SQL

Uddannelse
Cand.polyt., DTU, 2017

Kompetencer
Python, SQL, PyTorch

Sprog
Dansk – modersmål
"""

NORWEGIAN_CV = """Ola Nordmann
Oslo | ola@example.no

Arbeidserfaring
Dataingeniør, Butikk AS, Oslo
2020 – nå
- Datastrømmer i Python

Utvikler, Bank ASA
2016 – 2020
- Rapporter i SQL

Utdanning
Sivilingeniør, NTNU, 2016

Ferdigheter
Python, SQL, Kafka

Språk
Norsk – morsmål
"""


def _ongoing(profile: Profile) -> int:
    return sum(found.ongoing for found in profile.experience.ranges)


@pytest.mark.parametrize("cv", [SWEDISH_CV, DANISH_CV, NORWEGIAN_CV])
def test_a_nordic_cv_reads_its_sections_and_its_range_to_today(
    profile_of: ProfileOf, cv: str
) -> None:
    profile = profile_of(cv)
    assert profile.doc_type == "resume"
    names = [section.name for section in profile.sections]
    assert names == ["experience", "education", "skills", "languages"]
    assert len(profile.experience.ranges) == 2
    assert _ongoing(profile) == 1
    assert profile.education.highest == "master"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Arbetslivserfarenhet", "experience"),
        ("Arbetserfarenhet", "experience"),
        ("Yrkeserfarenhet", "experience"),
        ("Erhvervserfaring", "experience"),
        ("Arbejdserfaring", "experience"),
        ("Arbeidserfaring", "experience"),
        ("Yrkeserfaring", "experience"),
        ("Utbildning", "education"),
        ("Uddannelse", "education"),
        ("Utdanning", "education"),
        ("Utdannelse", "education"),
        ("Kompetenser", "skills"),
        ("Färdigheter", "skills"),
        ("Kompetencer", "skills"),
        ("Færdigheder", "skills"),
        ("Ferdigheter", "skills"),
        ("Kompetanse", "skills"),
        ("Språk", "languages"),
        ("Sprog", "languages"),
        ("Språkkunskaper", "languages"),
        ("Om mig", "summary"),
        ("Om meg", "summary"),
        ("Sammanfattning", "summary"),
        ("Certifieringar", "certifications"),
        ("Projekter", "projects"),
    ],
)
def test_each_nordic_cv_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    cv = f"Experience\nData Scientist, Acme\n2019 – 2021\n\n{heading}\nPython\n"
    names = [section.name for section in profile_of(cv, "resume").sections]
    assert names == ["experience", name]


@pytest.mark.parametrize(
    "end", ["nu", "pågående", "d.d.", "nå", "dags dato", "i dag", "idag", "Pågående"]
)
def test_a_nordic_range_to_today_is_ongoing(profile_of: ProfileOf, end: str) -> None:
    cv = f"Arbetslivserfarenhet\nData Scientist, Acme\n2019 – {end}\n- Python\n"
    [found] = profile_of(cv, "resume").experience.ranges
    assert found.ongoing


def test_a_danish_range_with_til_is_read(profile_of: ProfileOf) -> None:
    cv = "Erhvervserfaring\nData Scientist, Acme\n03/2019 til d.d.\n- Python\n"
    [found] = profile_of(cv, "resume").experience.ranges
    assert found.ongoing


@pytest.mark.parametrize(
    "heading", ["Kompetenser", "Erfarenhet", "Utbildning", "Språk", "Kompetencer", "Ferdigheter"]
)
def test_in_a_posting_a_cv_heading_asks_what_it_lists(profile_of: ProfileOf, heading: str) -> None:
    text = (
        "Dataingenjör\n\nOm tjänsten\nDu bygger dataflöden för vår e-handel.\n\n"
        f"{heading}\n- Python\n\nVi erbjuder\n- Friskvårdsbidrag\n"
    )
    profile = profile_of(text, "posting")
    [python] = [req for req in profile.requirements if req.id == "python"]
    assert python.importance == "required"


@pytest.mark.parametrize(
    "line", ["Cand.polyt., DTU, 2017", "Cand.scient. i datalogi, KU", "cand.merc.it, CBS"]
)
def test_a_danish_or_norwegian_cand_degree_is_a_masters(line: str) -> None:
    assert degree_in_line(line) == "master"


def test_a_candidate_is_no_degree() -> None:
    assert degree_in_line("Candidate. It was a long interview") is None


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Master i informatikk, NTNU, 2018", "master"),
        ("Du har en master i statistikk eller tilsvarende", "master"),
        ("Bachelor i matematikk, UiO, 2016", "bachelor"),
        ("Master i datavetenskap, KTH", "master"),
    ],
)
def test_a_nordic_master_or_bachelor_in_a_field_is_a_degree(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    "line",
    [
        "Master I Certification in cloud security",
        "Bachelor I exam results",
        "Du er Scrum Master i teamet",  # a team's role
    ],
)
def test_a_capital_i_after_master_is_no_field(line: str) -> None:
    assert degree_in_line(line) is None


def test_a_norwegian_posting_asks_its_master(profile_of: ProfileOf) -> None:
    text = (
        "Dataforsker\n\nKvalifikasjoner\n- Master i informatikk eller tilsvarende\n"
        "- Erfaring med Python\n"
    )
    info = profile_of(text, "posting").posting
    assert info is not None
    assert info.degree_required == "master"


@pytest.mark.parametrize("heading", ["Tehtäväsi", "Tehtävät", "Sinun tehtäväsi"])
def test_a_finnish_duties_heading_opens_the_duties(profile_of: ProfileOf, heading: str) -> None:
    text = (
        f"Data Engineer\n\n{heading}\n- Rakennat dataputkia\n\n"
        "Edellytämme\n- Vähintään 3 vuoden kokemus\n- SQL\n"
    )
    names = [section.name for section in profile_of(text, "posting").sections]
    assert names == ["responsibilities", "requirements"]
