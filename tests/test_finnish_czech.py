"""Job postings and CVs written in Finnish and Czech (Duunitori, TE-palvelut, jobs.cz and
Startupjobs style), on small texts written here: a posting is read as one, its headings open
its sections, and its years, degrees, wishes and a CV's dates and degrees are read; the
languages' ordinary words name no skill."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line
from mlcareer.models import Profile

from .posting_helpers import ProfileOf, asked, posting_info

FINNISH_POSTING = """Data-insinööri
Tampere, vakituinen

Keitä olemme
Suomalainen verkkokauppa, jossa työskentelee noin 90 henkeä.

Tehtävän kuvaus
Rakennat dataputkia ja huolehdit tietovarastosta.
- Putkien ylläpito Airflow'lla ja Dockerilla

Edellytämme
- Vähintään 3 vuoden kokemus datainsinöörin tehtävistä
- Hyvä Python-osaaminen ja SQL:n tuntemus
- Diplomi-insinöörin tai maisterin tutkinto

Toivomme
- Kafka

Tarjoamme
- Liikuntaetu ja Kubernetes-koulutus
"""

CZECH_POSTING = """Datový inženýr
Brno, plný úvazek

O nás
Jsme česká e-commerce firma s týmem přes 150 lidí.

Náplň práce
- Vývoj datových pipeline v Airflow a Dockeru

Požadujeme
- Min. 3 roky praxe na podobné pozici
- Dobrá znalost Python a SQL
- VŠ vzdělání technického směru (Ing. nebo Mgr.)

Výhodou
- Kafka

Nabízíme
- Stravenky a školení Kubernetes
"""


def _asks(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


@pytest.mark.parametrize("text", [FINNISH_POSTING, CZECH_POSTING])
def test_a_finnish_or_czech_posting_reads_as_a_posting(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text)
    assert profile.doc_type == "posting"
    names = [section.name for section in profile.sections]
    second = "about" if text is FINNISH_POSTING else "responsibilities"
    assert names == ["company", second, "requirements", "preferred", "benefits"]
    asks = _asks(profile)
    assert asks["python"] == "required"
    assert asks["sql"] == "required"
    assert asks["kafka"] == "preferred"
    assert "kubernetes" not in asks  # what the employer offers asks nothing


@pytest.mark.parametrize("text", [FINNISH_POSTING, CZECH_POSTING])
def test_its_years_and_degree_are_read(profile_of: ProfileOf, text: str) -> None:
    info = posting_info(profile_of, text)
    assert info.years_required == 3
    assert info.degree_required == "master"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Keitä olemme?", "company"),
        ("Yrityksestä", "company"),
        ("Tehtävän kuvaus", "about"),
        ("Työtehtävät", "responsibilities"),
        ("Tehtäviisi kuuluu", "responsibilities"),
        ("Edellytämme", "requirements"),
        ("Odotamme sinulta", "requirements"),
        ("Odotamme", "requirements"),
        ("Toivomme", "preferred"),
        ("Arvostamme", "preferred"),
        ("Katsomme eduksi", "preferred"),
        ("Tarjoamme", "benefits"),
        ("Mitä tarjoamme?", "benefits"),
        ("O nás", "company"),
        ("Kdo jsme", "company"),
        ("Náplň práce", "responsibilities"),
        ("Co tě čeká", "responsibilities"),
        ("Požadujeme", "requirements"),
        ("Co od tebe očekáváme", "requirements"),
        ("Požadavky", "requirements"),
        ("Výhodou", "preferred"),
        ("Výhodou je", "preferred"),
        ("Nabízíme", "benefits"),
        ("Co nabízíme", "benefits"),
    ],
)
def test_each_finnish_or_czech_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    text = f"Data Engineer\n\n{heading}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert [section.name for section in profile.sections] == [name]


@pytest.mark.parametrize(
    ("line", "importance"),
    [
        ("Docker-kokemus on eduksi", "preferred"),
        ("Docker-osaaminen katsotaan eduksi", "preferred"),
        ("Zkušenost s nástrojem Docker je výhodou", "preferred"),
        ("Docker bude výhodou", "preferred"),
        ("Docker-osaamista edellytetään", "required"),
        ("Zkušenost s nástrojem Docker je nutná", "required"),
    ],
)
def test_the_cues_of_a_line_say_how_much_it_asks(
    profile_of: ProfileOf, line: str, importance: str
) -> None:
    text = f"Data Engineer\n\nTehtävä\n- {line}\n- Python\n"
    assert asked(profile_of, text)["docker"].importance == importance


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Vähintään 3 vuoden kokemus Pythonista", 3),
        ("Yli 5 vuoden työkokemus koneoppimisesta", 5),
        ("2–4 vuotta kokemusta data-analytiikasta", 2),
        ("Min. 3 roky praxe v oboru", 3),
        ("Alespoň 5 let praxe s Pythonem", 5),
        ("Minimálně 2 roky zkušeností s vývojem", 2),
    ],
)
def test_the_years_asked_are_read(profile_of: ProfileOf, line: str, years: float) -> None:
    text = f"Data Engineer\n\nEdellytämme\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required == years


@pytest.mark.parametrize(
    "line",
    [
        "Olemme toimineet alalla jo 25 vuotta",  # the firm's age
        "Firma působí na trhu už 20 let",
        "Hakijan tulee olla täyttänyt 18 vuotta",  # the applicant's age
    ],
)
def test_other_years_ask_none(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nEdellytämme\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Useamman vuoden kokemus datatöistä", "mid"),
        ("Pitkä kokemus koneoppimisesta", None),
        ("Monen vuoden kokemus koneoppimisesta", "senior"),
        ("Několikaletá praxe v oboru", "mid"),
        ("Dlouholetá praxe s vývojem", "senior"),
    ],
)
def test_years_without_a_figure_hint_a_level(
    profile_of: ProfileOf, line: str, level: str | None
) -> None:
    text = f"Data Engineer\n\nEdellytämme\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).level == level


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Diplomi-insinööri, tietotekniikka, Aalto-yliopisto, 2017", "master"),
        ("Filosofian maisteri (FM), matematiikka", "master"),
        ("Kauppatieteiden maisteri, Hanken", "master"),
        ("Tekniikan kandidaatti, Tampereen yliopisto", "bachelor"),
        ("Insinööri (AMK), tietotekniikka, Metropolia", "bachelor"),
        ("Tradenomi (AMK), Haaga-Helia", "bachelor"),
        ("Ylempi AMK-tutkinto, Metropolia", "master"),
        ("Filosofian tohtori, tilastotiede, Helsingin yliopisto", "phd"),
        ("Tekniikan tohtori (TkT), Aalto-yliopisto", "phd"),
        ("Filosofian tohtori (FT), 2016", "phd"),
        ("Ing. v oboru informatika, VUT Brno", "master"),
        ("Mgr., Matematika, Univerzita Karlova", "master"),
        ("Bc., Informatika, ČVUT", "bachelor"),
        ("Ph.D., Umělá inteligence, ČVUT", "phd"),
        ("Vysokoškolské vzdělání magisterského stupně", "master"),
        ("Lang videregående uddannelse i datalogi", "master"),
    ],
)
def test_finnish_czech_and_danish_degrees(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    "line",
    [
        "FM Global insurance audit",  # a company's name
        "Tohtorikoulutettavien ohjaus",  # supervising doctoral students
        "ING Bank, Amsterdam",
    ],
)
def test_look_alikes_name_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


FINNISH_CV = """Maija Virtanen
Espoo | maija.virtanen@example.fi

Työkokemus
Data Scientist, Kauppa Oyj, Helsinki
01/2020 – nykyhetki
- Kysynnän ennustemallit Pythonilla

Data-analyytikko, Pankki Oy
2017–2019
- Raportointi SQL:llä

Koulutus
Diplomi-insinööri, Aalto-yliopisto, 2017

Taidot
Python, SQL, PyTorch

Kielitaito
Suomi – äidinkieli
"""

CZECH_CV = """Jan Novák
Brno | jan.novak@example.cz

Pracovní zkušenosti
Data Scientist, Obchod s.r.o., Praha
03/2021 – současnost
- Prediktivní modely v Pythonu

Datový analytik, Banka a.s.
2018 – 2021
- Reporting v SQL

Vzdělání
Ing., Informatika, VUT Brno, 2018

Dovednosti
Python, SQL, PyTorch

Jazyky
Čeština – rodilý mluvčí
"""


@pytest.mark.parametrize("cv", [FINNISH_CV, CZECH_CV])
def test_a_finnish_or_czech_cv_reads_its_sections_dates_and_degree(
    profile_of: ProfileOf, cv: str
) -> None:
    profile = profile_of(cv)
    assert profile.doc_type == "resume"
    names = [section.name for section in profile.sections]
    assert names == ["experience", "education", "skills", "languages"]
    ongoing = [found for found in profile.experience.ranges if found.ongoing]
    assert len(ongoing) == 1
    assert len(profile.experience.ranges) == 2
    assert profile.education.highest == "master"


@pytest.mark.parametrize("end", ["nyt", "nykyään", "nykyhetki", "současnost", "dosud", "nyní"])
def test_a_range_to_today_in_finnish_or_czech_is_ongoing(profile_of: ProfileOf, end: str) -> None:
    cv = f"Työkokemus\nData Scientist, Acme\n2019 – {end}\n- Python\n"
    [found] = profile_of(cv, doc_type="resume").experience.ranges
    assert found.ongoing


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Koneoppimisinsinööri", "ml-engineer"),
        ("Datainsinööri", "data-engineer"),
        ("Data-insinööri", "data-engineer"),
        ("Datatieteilijä", "data-scientist"),
        ("Datový inženýr", "data-engineer"),
        ("Datainženýr", "data-engineer"),
        ("Maskinlæringsingeniør", "ml-engineer"),
        ("Maskininlärningsingenjör", "ml-engineer"),
    ],
)
def test_local_titles_name_their_role(profile_of: ProfileOf, title: str, role: str) -> None:
    text = f"{title}\n\nEdellytämme\n- Python\n"
    assert posting_info(profile_of, text).role == role


@pytest.mark.parametrize("text", [FINNISH_POSTING, CZECH_POSTING, FINNISH_CV, CZECH_CV])
def test_ordinary_words_name_no_skill(profile_of: ProfileOf, text: str) -> None:
    known = {"python", "sql", "kafka", "kubernetes", "airflow", "docker", "pytorch"}
    known |= {"e-commerce", "data-pipelines", "data-warehousing", "etl"}
    known |= {"lang-finnish", "lang-czech"}  # "Suomi – äidinkieli", "Čeština"
    found = {skill.id for skill in profile_of(text).skills}
    assert found <= known, found - known


@pytest.mark.parametrize(
    "line",
    [
        "Vähintään 3 vuoden kokemus datatöistä",
        "Hyvä SQL-osaaminen",
        "Komunikativní znalost angličtiny",
        "Znalost SQL",
    ],
)
def test_an_items_common_words_name_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nEdellytämme\n- {line}\n- Python\n"
    assert not [key for key in asked(profile_of, text) if key.startswith("term:")]


def test_a_products_name_on_a_finnish_line_is_still_asked(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nEdellytämme\n- Hyvä Zorblex ja SQL\n- Python\n"
    assert any("zorblex" in key for key in asked(profile_of, text))
