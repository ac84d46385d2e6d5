"""Job postings written in German (Stepstone, XING and careers-site style), on small texts
written here: the document is read as a posting, its headings open the posting's sections,
and its years, degree, spoken languages and wishes are read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

POSTING = """Data Scientist (m/w/d)

Über uns
Wir sind ein Versandhändler aus Leipzig mit 300 Mitarbeitenden.

Deine Aufgaben
- Du baust Prognosemodelle in Python und bringst sie mit Docker in Produktion

Dein Profil
- Sehr gute Kenntnisse in Python und SQL
- Erfahrung mit Spark ist von Vorteil

Wir bieten
- 30 Tage Urlaub, Jobticket und Kubernetes-Schulungen
"""


def _asks(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


def test_a_german_posting_reads_as_a_posting(profile_of: ProfileOf) -> None:
    assert profile_of(POSTING).doc_type == "posting"


@pytest.mark.parametrize(
    "title",
    [
        *("Data Scientist (m/w/d)", "Data Scientist (w/m/d)", "Data Scientist (m/f/d)"),
        *("Data Scientist (H/F)", "Data Scientist (F/H)"),  # a French posting's
    ],
)
def test_the_gender_mark_of_a_title_is_a_posting_cue(profile_of: ProfileOf, title: str) -> None:
    text = f"{title}\nMünchen\n- Python und SQL\n- Docker\n"
    assert profile_of(text).doc_type == "posting"


def test_a_german_cv_stays_a_resume(profile_of: ProfileOf) -> None:
    cv = (
        "Anna Schmidt\nanna@example.de\n\nBerufserfahrung\nData Scientist, Acme GmbH\n"
        "03/2020 - heute\n- Prognosemodelle mit Python\n\nAusbildung\n"
        "M.Sc. Informatik, TU München, 2019\n"
    )
    assert profile_of(cv).doc_type == "resume"


def test_german_headings_open_the_postings_sections(profile_of: ProfileOf) -> None:
    profile = profile_of(POSTING)
    assert [section.name for section in profile.sections] == [
        "company",
        "responsibilities",
        "requirements",
        "benefits",
    ]
    asks = _asks(profile)
    assert asks["python"] == "required"
    assert asks["sql"] == "required"
    assert asks["apache-spark"] == "preferred"
    assert "kubernetes" not in asks  # what the employer offers asks nothing


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Ihre Aufgaben", "responsibilities"),
        ("Was dich erwartet", "responsibilities"),
        ("Ihr Profil", "requirements"),
        ("Das bringst du mit", "requirements"),
        ("Was du mitbringst", "requirements"),
        ("Das bringen Sie mit", "requirements"),
        ("Anforderungen", "requirements"),
        ("Wünschenswert", "preferred"),
        ("Was wir bieten", "benefits"),
        ("Das bieten wir", "benefits"),
        ("Unser Angebot", "benefits"),
        ("Wer wir sind", "company"),
    ],
)
def test_each_german_heading_names_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    text = f"Data Engineer (m/w/d)\n\n{heading}:\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert [section.name for section in profile.sections] == [name]


def _posting(*asks: str) -> str:
    items = "".join(f"- {ask}\n" for ask in asks)
    return f"Data Engineer (m/w/d)\n\nDein Profil\n{items}\nWir bieten\n- Jobticket\n"


@pytest.mark.parametrize(
    ("ask", "years"),
    [
        ("Mindestens 3 Jahre Berufserfahrung im Bereich Data Science", 3.0),
        ("3+ Jahre Erfahrung in der Softwareentwicklung", 3.0),
        ("Du hast 2-4 Jahre Erfahrung mit Python", 2.0),
        ("Mehr als 5 Jahre Berufserfahrung als Data Engineer", 5.0),
        ("Berufserfahrung von mindestens 4 Jahren", 4.0),
    ],
)
def test_german_years_of_experience_are_asked(
    profile_of: ProfileOf, ask: str, years: float
) -> None:
    assert profile_of(_posting(ask, "Python")).posting.years_required == years


@pytest.mark.parametrize(
    "ask",
    ["Ein Team von 12 Personen, das seit 10 Jahren besteht", "Mindestens 18 Jahre alt"],
)
def test_other_german_spans_of_years_ask_no_experience(profile_of: ProfileOf, ask: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.years_required is None


@pytest.mark.parametrize(
    ("ask", "degree"),
    [
        ("Abgeschlossenes Studium der Informatik oder eines vergleichbaren Fachs", "bachelor"),
        ("Erfolgreich abgeschlossenes Hochschulstudium in Mathematik", "bachelor"),
        ("Abgeschlossenes Bachelorstudium der Wirtschaftsinformatik", "bachelor"),
        ("Hochschulabschluss in Informatik oder vergleichbare Qualifikation", "bachelor"),
        ("Abgeschlossenes Masterstudium in Statistik", "master"),
        ("Master oder Promotion in Informatik, Physik oder Mathematik", "master"),
        ("Abgeschlossenes Studium (Master oder Promotion) in Mathematik", "master"),
        ("Promotion in Informatik oder einem verwandten Fach", "phd"),
        ("Abgeschlossene Promotion im Bereich Machine Learning", "phd"),
    ],
)
def test_german_degrees_are_asked(profile_of: ProfileOf, ask: str, degree: str) -> None:
    assert profile_of(_posting(ask, "Python")).posting.degree_required == degree


def test_a_promotion_in_an_english_posting_is_no_doctorate(profile_of: ProfileOf) -> None:
    text = (
        "Marketing Analyst\n\nRequirements\n- Experience with promotion in retail\n"
        "- Sales promotion analytics with SQL\n"
    )
    assert profile_of(text).posting.degree_required is None


def _languages(profile: Profile) -> dict[str, tuple[str, str | None]]:
    return {
        req.id: (req.importance, req.grade)
        for req in profile.requirements
        if req.id.startswith("lang-")
    }


@pytest.mark.parametrize(
    ("ask", "languages"),
    [
        (
            "Fließende Deutsch- und Englischkenntnisse",
            {"lang-german": ("required", "C1"), "lang-english": ("required", "C1")},
        ),
        (
            "Fließende Deutschkenntnisse (C1) und gute Englischkenntnisse",
            {"lang-german": ("required", "C1"), "lang-english": ("required", "B2")},
        ),
        (
            "Verhandlungssichere Deutschkenntnisse in Wort und Schrift",
            {"lang-german": ("required", "C1")},
        ),
        ("Sehr gute Englischkenntnisse", {"lang-english": ("required", "C1")}),
        ("Gute Deutschkenntnisse (mindestens B2)", {"lang-german": ("required", "B2")}),
        ("Verhandlungssicheres Englisch", {"lang-english": ("required", "C1")}),
        (
            "Fließendes Englisch, Deutsch von Vorteil",
            {"lang-english": ("required", "C1"), "lang-german": ("preferred", None)},
        ),
    ],
)
def test_german_language_asks_are_read_with_their_grades(
    profile_of: ProfileOf, ask: str, languages: dict[str, tuple[str, str | None]]
) -> None:
    profile = profile_of(_posting(ask, "Python"))
    assert _languages(profile) == languages
    assert not [req.id for req in profile.requirements if "kenntnisse" in req.id]


def test_a_german_company_name_is_no_language(profile_of: ProfileOf) -> None:
    text = _posting("Erfahrung mit Projekten für die Deutsche Bahn", "Python")
    assert _languages(profile_of(text)) == {}


@pytest.mark.parametrize(
    "ask",
    [
        "Mindestens 3 Jahre Berufserfahrung im Bereich Data Science",
        "Sehr gute Kenntnisse in Python und SQL",
        "Erfahrung mit Spark ist von Vorteil",
        "Abgeschlossenes Studium der Informatik, Mathematik oder eines vergleichbaren Fachs",
        "Erste Erfahrung in der Produktion von Modellen",
        "Fundierte Kenntnisse in Python",
        "Verhandlungssicheres Englisch",
        "Fließende Deutschkenntnisse (C1)",
        "Gute Deutschkenntnisse (mindestens B2)",
    ],
)
def test_german_common_nouns_are_no_terms(profile_of: ProfileOf, ask: str) -> None:
    profile = profile_of(_posting(ask, "Docker"))
    assert [req.id for req in profile.requirements if not req.known] == []


def test_names_on_a_german_line_are_still_terms(profile_of: ProfileOf) -> None:
    text = _posting("Publikationen auf NeurIPS oder ICML sind von Vorteil", "Zorblex K7 und Python")
    unknown = {req.jd_text for req in profile_of(text).requirements if not req.known}
    assert {"NeurIPS", "ICML", "Zorblex K7"} <= unknown


def test_capitalised_terms_of_an_english_line_stay(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Experience with Zorblex and Quuxflow\n- Python\n"
    unknown = {req.jd_text for req in profile_of(text).requirements if not req.known}
    assert {"Zorblex", "Quuxflow"} <= unknown


def test_a_language_named_in_german_is_no_wording_to_change(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Experience\nData Scientist, Acme GmbH\nJan 2020 - Present\n- Built models in Python\n\n"
        "Languages\nGerman (native), English (C1)\n",
        doc_type="resume",
    )
    posting = profile_of(_posting("Fließende Deutsch- und Englischkenntnisse", "Python"))
    report = compare(resume, posting, options)
    assert [s.message for s in report.suggestions if "Deutsch" in s.message] == []


def test_an_english_verb_alter_is_no_age(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer\n\nRequirements\n"
        "- 5+ years of experience building models that alter pricing decisions\n- Python\n"
    )
    assert profile_of(text).posting.years_required == 5.0


def test_a_german_age_is_still_no_experience(profile_of: ProfileOf) -> None:
    text = "Fahrer (m/w/d)\n\nDein Profil\n- Mindestalter 21 Jahre, 2 Jahre Erfahrung\n"
    assert profile_of(text).posting.years_required is None


def test_a_coder_promotion_is_no_doctorate(profile_of: ProfileOf) -> None:
    text = "ML Engineer\n\nRequirements\n- Senior Coder promotion track with Python\n"
    assert profile_of(text).posting.degree_required is None


@pytest.mark.parametrize("heading", ["Sie bringen mit", "Du bringst mit", "Das bringen Sie mit"])
def test_swiss_profile_headings_open_requirements(profile_of: ProfileOf, heading: str) -> None:
    text = f"Data Engineer (m/w/d)\n\n{heading}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert [section.name for section in profile.sections] == ["requirements"]
