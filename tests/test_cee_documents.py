"""Job postings and CVs written in Hungarian, Romanian and Estonian (profession.hu, eJobs and
CV Keskus style), on small texts written here: their headings open sections, their dates,
years, degrees and spoken languages read, and an item's capitalised opening names no term."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line

from .conftest import dated_job_cv, one_range
from .posting_helpers import ProfileOf, asked, assert_a_foreign_posting_read, posting_info

HUNGARIAN_POSTING = """Adatmérnök
Budapest, hibrid

Rólunk
Egy hazai fintech cég vagyunk, közel 150 munkatárssal.

Feladatok
- Adatfolyamatok építése Airflow segítségével

Elvárások
- Python és SQL ismerete

Előnyt jelent
- Kafka

Amit kínálunk
- Kubernetes tanfolyam és cafeteria
"""

ROMANIAN_POSTING = """Inginer de date
Cluj-Napoca, hibrid

Despre noi
Suntem o firmă de software cu 200 de angajați.

Responsabilități
- Construirea fluxurilor de date cu Airflow

Cerințe
- Python și SQL

Constituie un avantaj
- Kafka

Ce oferim
- Curs de Kubernetes și abonament medical
"""

ESTONIAN_POSTING = """Andmeinsener
Tallinn, hübriidtöö

Meist
Oleme kasvav Eesti tarkvarafirma.

Sinu ülesanded
- Andmevoogude ehitamine Airflow abil

Ootame sinult
- Python ja SQL

Kasuks tuleb
- Kafka

Omalt poolt pakume
- Kubernetese koolitust ja sporditoetust
"""


@pytest.mark.parametrize("text", [HUNGARIAN_POSTING, ROMANIAN_POSTING, ESTONIAN_POSTING])
def test_a_postings_headings_open_its_sections(profile_of: ProfileOf, text: str) -> None:
    assert_a_foreign_posting_read(profile_of(text))


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Elvárások", "requirements"),
        ("Amit elvárunk", "requirements"),
        ("Főbb feladatok", "responsibilities"),
        ("Előny", "preferred"),
        ("Mit kínálunk?", "benefits"),
        ("Cerințe", "requirements"),
        ("Ce căutăm?", "requirements"),
        ("Reprezintă un avantaj", "preferred"),
        ("Oferim", "benefits"),
        ("Ootame sinult", "requirements"),
        ("Nõuded kandidaadile", "requirements"),
        ("Peamised tööülesanded", "responsibilities"),
        ("Eeliseks on", "preferred"),
        ("Pakume", "benefits"),
    ],
)
def test_each_posting_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    profile = profile_of(f"Data Engineer\n\n{heading}\n- Python\n", doc_type="posting")
    assert [section.name for section in profile.sections] == [name]


HUNGARIAN_CV = """Szabó Anna
Debrecen | szabo.anna@example.hu

Szakmai tapasztalat
Data Scientist, Biztosító Zrt.
2020. 01. – jelenleg
- Lemorzsolódási modellek Python nyelven

Adatelemző, Webáruház Kft.
2017. 09. – 2019. 12.
- SQL riportok

Tanulmányok
MSc, Alkalmazott matematika, Szegedi Tudományegyetem, 2017

Készségek
Python, SQL

Nyelvismeret
Angol – felsőfok
"""

ROMANIAN_CV = """Ionescu Maria
Iași | maria.ionescu@example.ro

Experiență profesională
Data Scientist, Asigurări SA
martie 2020 – prezent
- Modele de churn în Python

Analist de date, Magazin SRL
octombrie 2017 – februarie 2020
- Rapoarte SQL

Educație
Master, Statistică, Universitatea din București, 2017

Competențe
Python, SQL

Limbi străine
Engleză – avansat
"""

ESTONIAN_CV = """Kati Kask
Tartu | kati.kask@example.ee

Töökogemus
Andmeteadlane, Kindlustus AS
01.2020 – praegu
- Klientide lahkumise mudelid Pythonis

Andmeanalüütik, E-pood OÜ
09.2017 – 12.2019
- SQL aruanded

Haridus
Magister, Matemaatiline statistika, Tartu Ülikool, 2017

Oskused
Python, SQL

Keeleoskus
Inglise keel – C1
"""


@pytest.mark.parametrize("text", [HUNGARIAN_CV, ROMANIAN_CV, ESTONIAN_CV])
def test_a_cv_reads_its_sections_dates_and_degree(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text)
    assert profile.doc_type == "resume"
    names = [section.name for section in profile.sections]
    assert names == ["experience", "education", "skills", "languages"]
    assert [found.ongoing for found in profile.experience.ranges] == [True, False]
    assert profile.education.highest == "master"


@pytest.mark.parametrize(
    ("dates", "start", "end", "ongoing"),
    [
        ("2019. 03. – 2022. 06.", (2019, 3), (2022, 6), False),
        ("2019.03. – 2022.06.", (2019, 3), (2022, 6), False),
        ("2019. március – 2021. május", (2019, 3), (2021, 5), False),
        ("2021. 02. – jelenleg", (2021, 2), (2026, 11), True),
        ("2021. 02. – napjainkig", (2021, 2), (2026, 11), True),
        ("ianuarie 2019 – iunie 2022", (2019, 1), (2022, 6), False),
        ("septembrie 2021 – prezent", (2021, 9), (2026, 11), True),
        ("noiembrie 2021 – până în prezent", (2021, 11), (2026, 11), True),
        ("jaanuar 2019 – detsember 2021", (2019, 1), (2021, 12), False),
        ("03.2021 – praegu", (2021, 3), (2026, 11), True),
        ("március 2019 – október 2021", (2019, 3), (2021, 10), False),
    ],
)
def test_a_cvs_range_of_dates_is_read(
    profile_of: ProfileOf,
    dates: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    cv = dated_job_cv(dates)
    one_range(profile_of(cv, doc_type="resume"), start, end, ongoing)


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Felsőfokú végzettség informatikai területen", "bachelor"),
        ("Felsőfokú informatikai végzettség", "bachelor"),
        ("Egyetemi végzettség", "bachelor"),
        ("Mesterképzés, Programtervező informatikus, ELTE", "master"),
        ("Studii superioare în informatică", "bachelor"),
        ("Licență, Informatică, Universitatea Politehnica", "bachelor"),
        ("Diplomă de licență în matematică", "bachelor"),
        ("Master, Statistică, Universitatea din București", "master"),
        ("Masterat în Data Science", "master"),
        ("Kõrgharidus informaatika erialal", "bachelor"),
        ("Bakalaureus, Matemaatika, Tallinna Tehnikaülikool", "bachelor"),
        ("Magistrikraad arvutiteaduses", "master"),
        ("Doktorikraad masinõppes", "phd"),
        ("Diploma in Computer Engineering (5-year, Integrated Master), NTUA", "master"),
        ("Ptychio in Informatics, University of Piraeus", "bachelor"),
    ],
)
def test_degrees(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    "line",
    [
        "Felsőfokú angol nyelvtudás",
        "licență Windows Server",
        "Scrum Master, Universitatea Babeș-Bolyai",
    ],
)
def test_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Legalább 3 év tapasztalat gépi tanulásban", 3),
        ("Minimum 5 év szakmai tapasztalat", 5),
        ("3+ év releváns tapasztalat", 3),
        ("Legalább 4 éves szakmai tapasztalat", 4),
        ("Minim 3 ani experiență ca Data Engineer", 3),
        ("Cel puțin 2 ani de experiență în Python", 2),
        ("Experiență de minim 4 ani în analiza datelor", 4),
        ("Vähemalt 3-aastane kogemus andmeteaduses", 3),
        ("Vähemalt 2 aastat töökogemust", 2),
        ("5+ aastat kogemust", 5),
    ],
)
def test_the_years_asked_are_read(profile_of: ProfileOf, line: str, years: float) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required == years


@pytest.mark.parametrize(
    "line",
    ["Egy 25 éves múltú cég vagyunk", "Compania are 20 de ani pe piață"],
)
def test_a_firms_age_asks_no_years(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).years_required is None


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Modellek fejlesztése és üzemeltetése Pythonban", "python"),
        ("Tapasztalat Dockerrel és Kubernetesszel", "docker"),
        ("Tapasztalat Dockerrel és Kubernetesszel", "kubernetes"),
        ("Adatfeldolgozás Sparkkal és SQL-lel", "apache-spark"),
        ("Magabiztos Python tudás és Javával szerzett tapasztalat", "java"),
        ("Väga head Pythoni oskused", "python"),
        ("Kogemus Kubernetese ja Dockeriga", "kubernetes"),
        ("Kogemus Kubernetese ja Dockeriga", "docker"),
        ("Kogemus Sparkiga on eeliseks", "apache-spark"),
        ("Cunoștințe solide de Python-ul și SQL", "python"),
        ("Experiență cu Kubernetes-ului", "kubernetes"),
    ],
)
def test_a_case_ending_names_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = asked(profile_of, f"Data Engineer\n\nRequirements\n- {line}\n- SQL\n")
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    "line",
    [
        "Legalább 3 év tapasztalat",
        "Jó angol nyelvtudás",
        "Magabiztos SQL tudás",
        "Vähemalt 3-aastane kogemus",
        "Väga hea inglise keele oskus",
    ],
)
def test_an_items_common_words_name_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert not [key for key in asked(profile_of, text) if key.startswith("term:")]
