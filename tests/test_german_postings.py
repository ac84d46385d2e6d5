"""Job postings written in German (Stepstone, XING and careers-site style), on small texts
written here: the document is read as a posting, its headings open the posting's sections,
and its years, degree, spoken languages and wishes are read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

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
    "title", ["Data Scientist (m/w/d)", "Data Scientist (w/m/d)", "Data Scientist (m/f/d)"]
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
