"""Job postings written in Dutch, Swedish, Danish, Norwegian and Polish (werk.nl, Indeed,
Arbetsförmedlingen, Jobindex, FINN and pracuj.pl style), on small texts written here: the
document is read as a posting, its headings open the posting's sections, and its years,
degree, spoken languages and wishes are read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

DUTCH = """Data Engineer (m/v/x)

Over ons
Een logistiek bedrijf uit Utrecht met 80 medewerkers.

Wat ga je doen
- Je bouwt datapijplijnen met Airflow en Docker

Wat vragen wij
- Goede kennis van Python en SQL
- Ervaring met Kafka is een pré

Wat bieden wij
- Een leaseauto en een cursus Kubernetes
"""

SWEDISH = """Data Engineer till vårt team i Umeå

Om tjänsten
Vi söker en data engineer till vårt analysteam.

Arbetsuppgifter
- Bygga dataflöden med Airflow och Docker

Kvalifikationer
- Goda kunskaper i Python och SQL

Meriterande
- Kafka

Vi erbjuder
- Friskvårdsbidrag och en kurs i Kubernetes
"""

DANISH = """Data Engineer til vores team i Aarhus

Om os
En dansk virksomhed med 60 ansatte.

Dine opgaver
- Bygge datapipelines med Airflow og Docker

Kvalifikationer
- Stærke kompetencer i Python og SQL
- Kendskab til Kafka er en fordel

Vi tilbyder
- Frokostordning og kursus i Kubernetes
"""

POLISH = """Data Engineer
Gdańsk, umowa o pracę / B2B

O nas
Jesteśmy firmą logistyczną z Gdańska.

Zakres obowiązków
- Budowa potoków danych w Airflow i Docker

Wymagania
- Dobra znajomość Python i SQL

Mile widziane
- Kafka

Oferujemy
- Prywatną opiekę medyczną i szkolenie z Kubernetes
"""


def _asks(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


@pytest.mark.parametrize("text", [DUTCH, SWEDISH, DANISH, POLISH])
def test_a_northern_posting_reads_as_a_posting(profile_of: ProfileOf, text: str) -> None:
    assert profile_of(text).doc_type == "posting"


@pytest.mark.parametrize("text", [DUTCH, SWEDISH, DANISH, POLISH])
def test_its_headings_open_the_postings_sections(profile_of: ProfileOf, text: str) -> None:
    profile = profile_of(text)
    names = [section.name for section in profile.sections]
    assert names[-1] == "benefits"
    assert "requirements" in names
    assert "responsibilities" in names
    asks = _asks(profile)
    assert asks["python"] == "required"
    assert asks["sql"] == "required"
    assert asks["docker"] == "mentioned"
    assert asks["kafka"] == "preferred"
    assert "kubernetes" not in asks  # what the employer offers asks nothing


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Over ons", "company"),
        ("Wie zijn wij?", "company"),
        ("Functieomschrijving", "about"),
        ("Wat ga je doen?", "responsibilities"),
        ("Werkzaamheden", "responsibilities"),
        ("Wie ben jij?", "requirements"),
        ("Wat vragen wij", "requirements"),
        ("Functie-eisen", "requirements"),
        ("Jouw profiel", "requirements"),
        ("Profiel", "requirements"),  # a summary in a CV
        ("Pluspunten", "preferred"),
        ("Wat bieden wij?", "benefits"),
        ("Arbeidsvoorwaarden", "benefits"),
        ("Om oss", "company"),
        ("Om tjänsten", "about"),
        ("Arbetsuppgifter", "responsibilities"),
        ("Vem är du?", "requirements"),
        ("Kvalifikationer", "requirements"),
        ("Meriterande", "preferred"),
        ("Vi erbjuder", "benefits"),
        ("Om stillingen", "about"),
        ("Dine opgaver", "responsibilities"),
        ("Arbeidsoppgaver", "responsibilities"),
        ("Kvalifikasjoner", "requirements"),
        ("Det er en fordel", "preferred"),
        ("Vi tilbyder", "benefits"),
        ("Vi tilbyr", "benefits"),
        ("O nas", "company"),
        ("Zakres obowiązków", "responsibilities"),
        ("Twoje zadania", "responsibilities"),
        ("Wymagania", "requirements"),
        ("Mile widziane", "preferred"),
        ("Oferujemy", "benefits"),
        ("Co oferujemy?", "benefits"),
    ],
)
def test_each_northern_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    text = f"Data Engineer (m/v/x)\n\n{heading}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert [section.name for section in profile.sections] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # no heading the tables know: the words of the ask and the offer tell
        "Data Engineer\n\nWij zoeken iemand met ervaring in Python en SQL.\n"
        "Wij bieden een vast contract en thuiswerken.\n",
        "Data Engineer\n\nVi söker dig som kan Python och SQL.\n"
        "Vi erbjuder kollektivavtal och friskvård.\n",
        "Data Engineer\n\nSzukamy osoby ze znajomością Python i SQL.\n"
        "Oferujemy umowę o pracę i pracę zdalną.\n",
    ],
)
def test_a_northern_posting_without_headings_reads_as_a_posting(
    profile_of: ProfileOf, text: str
) -> None:
    assert profile_of(text).doc_type == "posting"


@pytest.mark.parametrize(
    "cv",
    [
        "Sanne Jansen\nsanne@example.nl\n\nWerkervaring\nData Scientist, Acme\n"
        "2019 - heden\n- Voorspellende modellen in Python\n\nOpleiding\n"
        "MSc Informatica, Universiteit Utrecht, 2018\n",
        "Anna Nowak\nanna@example.pl\n\nDoświadczenie zawodowe\nData Engineer, Acme\n"
        "2020 - obecnie\n- Potoki danych w Airflow\n\nWykształcenie\n"
        "Magister informatyki, Politechnika Gdańska, 2019\n",
    ],
)
def test_a_northern_cv_stays_a_resume(profile_of: ProfileOf, cv: str) -> None:
    assert profile_of(cv).doc_type == "resume"


def test_a_posting_in_english_and_dutch_reads_both_headings(profile_of: ProfileOf) -> None:
    text = (
        "Senior Data Engineer (Amsterdam)\n\nAbout the role\nOur platform team.\n\n"
        "Wat ga je doen\n- Serve models with Kubernetes\n\nWat vragen wij\n- Python\n\n"
        "Nice to have\n- Kafka\n\nWat bieden wij\n- Dertien maanden salaris\n"
    )
    profile = profile_of(text)
    assert [section.name for section in profile.sections] == [
        "about",
        "responsibilities",
        "requirements",
        "preferred",
        "benefits",
    ]
    assert _asks(profile)["kubernetes"] == "mentioned"
    assert _asks(profile)["python"] == "required"


def _posting(*asks: str) -> str:
    items = "".join(f"- {ask}\n" for ask in asks)
    return f"Data Engineer (m/v/x)\n\nWat vragen wij\n{items}\nWat bieden wij\n- Een laptop\n"


@pytest.mark.parametrize(
    "ask",
    [
        "Ervaring met Kafka is een pré",
        "Kennis van Kafka is een pluspunt",
        "Bij voorkeur ervaring met Kafka",
        "Erfarenhet av Kafka är meriterande",
        "Kunskap om Kafka är önskvärt",
        "Erfaring med Kafka er en fordel",
        "Erfaring med Kafka er ønskelig",
        "Znajomość Kafka mile widziana",
        "Doświadczenie z Kafka będzie dodatkowym atutem",
    ],
)
def test_northern_wishes_prefer(profile_of: ProfileOf, ask: str) -> None:
    asks = _asks(profile_of(_posting(ask, "Python")))
    assert asks["kafka"] == "preferred"
    assert asks["python"] == "required"


@pytest.mark.parametrize(
    "ask",
    ["Kennis van Kafka is vereist", "Erfarenhet av Kafka är ett krav", "Znajomość Kafka wymagana"],
)
def test_northern_musts_require_in_a_wish_list(profile_of: ProfileOf, ask: str) -> None:
    text = f"Data Engineer (m/v/x)\n\nPluspunten\n- {ask}\n- Airflow\n"
    asks = _asks(profile_of(text, doc_type="posting"))
    assert asks["kafka"] == "required"
    assert asks["airflow"] == "preferred"


@pytest.mark.parametrize(
    ("ask", "years"),
    [
        ("Minimaal 3 jaar werkervaring als data engineer", 3.0),
        ("3 tot 5 jaar ervaring met data engineering", 3.0),
        ("Je hebt 4+ jaar ervaring in een vergelijkbare rol", 4.0),
        ("Minst 3 års erfarenhet av maskininlärning", 3.0),
        ("Du har minst 5 år erfarenhet av Python", 5.0),
        ("Mindst 3 års erfaring med machine learning", 3.0),
        ("Minimum 2 års erfaring som data engineer", 2.0),
        ("Min. 3 lata doświadczenia w pracy z uczeniem maszynowym", 3.0),
        ("Co najmniej 5 lat doświadczenia zawodowego", 5.0),
        ("Od 2 do 4 lat doświadczenia w analizie danych", 2.0),
    ],
)
def test_northern_years_of_experience_are_asked(
    profile_of: ProfileOf, ask: str, years: float
) -> None:
    assert profile_of(_posting(ask, "Python")).posting.years_required == years


@pytest.mark.parametrize(
    "ask",
    [
        "Je bent 18 jaar of ouder",
        "Een bedrijf dat al 20 jaar bestaat, opgericht in 2004",
        "Fyllda 18 år",
        "Firma założona 15 lat temu, działamy od 15 lat",
    ],
)
def test_other_northern_spans_of_years_ask_no_experience(profile_of: ProfileOf, ask: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.years_required is None


def test_a_latitude_is_no_years(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Experience with geodata (52 lat/long grids)\n"
    assert profile_of(text).posting.years_required is None


@pytest.mark.parametrize(
    ("ask", "degree"),
    [
        ("Een afgeronde WO-opleiding in informatica", "master"),
        ("Je hebt een afgeronde HBO-opleiding in de richting van ICT", "bachelor"),
        ("Een afgeronde HBO- of WO-opleiding in wiskunde", "bachelor"),
        ("Minimaal HBO/WO-niveau", "bachelor"),
        ("En civilingenjörsexamen inom datateknik", "master"),
        ("Masterexamen i statistik", "master"),
        ("Kandidatexamen i datavetenskap", "bachelor"),
        ("Högskoleexamen inom datavetenskap eller liknande", "bachelor"),
        ("En kandidatgrad i datalogi", "master"),
        ("Mastergrad innen informatikk", "master"),
        ("Bachelorgrad eller mastergrad i informatikk", "bachelor"),
        ("Wykształcenie wyższe (informatyka, matematyka)", "bachelor"),
        ("Wykształcenie wyższe magisterskie z informatyki", "master"),
        ("Doktorsexamen i maskininlärning", "phd"),
        ("Stopień doktora z informatyki", "phd"),
    ],
)
def test_northern_degrees_are_asked(profile_of: ProfileOf, ask: str, degree: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.degree_required == degree


@pytest.mark.parametrize(
    "ask",
    ["Inżynier danych z doświadczeniem w Python", "Wij werken met hbo-studenten als stagiair"],
)
def test_a_job_or_a_student_is_no_northern_degree(profile_of: ProfileOf, ask: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.degree_required is None


@pytest.mark.parametrize(
    ("ask", "languages"),
    [
        ("Vloeiend Engels en Nederlands", {"lang-english": "C1", "lang-dutch": "C1"}),
        ("Goede beheersing van het Nederlands", {"lang-dutch": "B2"}),
        (
            "Flytande svenska och engelska i tal och skrift",
            {"lang-swedish": "C1", "lang-english": "C1"},
        ),
        ("Goda kunskaper i tyska", {"lang-german": "B2"}),
        ("Flydende dansk og engelsk", {"lang-danish": "C1", "lang-english": "C1"}),
        ("Flytende norsk, muntlig og skriftlig", {"lang-norwegian": "C1"}),
        ("Znajomość języka angielskiego (B2)", {"lang-english": "B2"}),
        ("Bardzo dobra znajomość języka niemieckiego", {"lang-german": "C1"}),
        ("Język polski ojczysty", {"lang-polish": "C2"}),
    ],
)
def test_northern_language_asks_are_read_with_their_grades(
    profile_of: ProfileOf, ask: str, languages: dict[str, str]
) -> None:
    profile = profile_of(_posting(ask, "Python"))
    grades = {req.id: req.grade for req in profile.requirements if req.id.startswith("lang-")}
    assert grades == languages


def _unknown_terms(profile: Profile) -> set[str]:
    # a role asked with its years ("3 jaar ervaring als data engineer") is a role, as in English
    return {
        req.jd_text
        for req in profile.requirements
        if not req.known and not req.id.startswith("role:")
    }


@pytest.mark.parametrize(
    "ask",
    [
        "Minimaal 3 jaar ervaring als data engineer",
        "Vloeiend Engels, zowel mondeling als schriftelijk",
        "Minst 3 års erfarenhet av maskininlärning",
        "Mindst 3 års erfaring med maskinlæring",
        "Min. 3 lata doświadczenia w analizie danych",
        "Znajomość statystyki",
        "Co najmniej 2 lata doświadczenia",
        "Wykształcenie wyższe techniczne",
    ],
)
def test_northern_common_words_are_no_terms(profile_of: ProfileOf, ask: str) -> None:
    assert _unknown_terms(profile_of(_posting(ask, "Python"))) == set()


@pytest.mark.parametrize(
    ("ask", "term"),
    [
        ("Ervaring met Zorblex is een pré", "Zorblex"),
        ("Goda kunskaper i Zorblex K7", "Zorblex K7"),
        ("Znajomość narzędzia Zorblex", "Zorblex"),
    ],
)
def test_names_on_a_northern_line_are_still_terms(
    profile_of: ProfileOf, ask: str, term: str
) -> None:
    assert term in _unknown_terms(profile_of(_posting(ask, "Python")))


@pytest.mark.parametrize(
    "line",
    ["Ervaring met Spark", "Erfarenhet av Spark", "Erfaring med Spark", "Znajomość Spark"],
)
def test_a_guarded_name_asked_after_a_northern_preposition_is_the_skill(
    profile_of: ProfileOf, line: str
) -> None:
    assert "apache-spark" in _asks(profile_of(_posting(line, "Python")))


@pytest.mark.parametrize(
    "line",
    [
        "Built a Zorblex tool for Umeå and Łódź teams",
        "Kennis Deling and Ansvar Ingen are our tools",
    ],
)
def test_an_english_line_keeps_its_terms(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert _unknown_terms(profile_of(text))


@pytest.mark.parametrize(
    "line",
    [
        # English words a Polish or a Swedish line also holds: "mile widziane", "5 lat", "examen"
        "Experience with Pipelining, on site within a 50 mile radius",
        "Store lat and long points with Pipelining",
        "Pipelining for the examen board",
        # the German "samt" ("together with"), a Swedish word too
        "Erfahrung mit Pipelining samt Dagster",
    ],
)
def test_a_word_shared_with_english_or_german_makes_no_northern_line(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert "Pipelining" in _unknown_terms(profile_of(text, "posting")), line
