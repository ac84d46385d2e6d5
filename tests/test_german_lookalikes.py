"""English documents that hold German-looking words, and German lines that name products:
the German posting rules must not misread them (small texts written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _unknown_terms(profile: Profile) -> set[str]:
    return {req.jd_text for req in profile.requirements if not req.known}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Experience with Quintor (see web.mit.edu/quintor)", "Quintor"),
        ("Experience with Kestrelon, in the spirit of von Neumann", "Kestrelon"),
        ("Experience with Frobnic from the Université du Québec", "Frobnic"),
        ("Familiarity with Kestrel Flow (van der Berg Labs)", "Kestrel Flow"),
        ("Experience with Brontil for über-fast streaming", "Brontil"),
        ("Experience with Holdwin or Quintor des Alpes", "Holdwin"),
    ],
)
def test_an_english_line_with_a_name_particle_keeps_its_terms(
    profile_of: ProfileOf, line: str, name: str
) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    assert name in _unknown_terms(profile_of(text))


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Erfahrung mit Zorblex und Quintor", {"Zorblex", "Quintor"}),
        ("Kenntnisse in Kestrelon sind von Vorteil", {"Kestrelon"}),
        ("Erfahrung mit Airflow, Frobnic und Spark", {"Frobnic"}),
    ],
)
def test_a_german_line_keeps_product_names(
    profile_of: ProfileOf, line: str, names: set[str]
) -> None:
    text = f"Data Engineer (m/w/d)\n\nDein Profil\n- {line}\n- Python\n\nWir bieten\n- Jobticket\n"
    unknown = _unknown_terms(profile_of(text))
    assert names <= unknown
    assert not unknown & {"Erfahrung", "Kenntnisse", "Vorteil", "Erfahrung mit Zorblex"}


@pytest.mark.parametrize(
    "line",
    [
        "Mehrjährige Erfahrung in der Softwareentwicklung und Datenverarbeitung",
        "Analytisches Denken und strukturierte Arbeitsweise",
        "Spaß an der Arbeit im Team",
        "Erfahrung mit Prognosemodellen und Zeitreihen",
    ],
)
def test_german_nouns_stay_no_terms(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer (m/w/d)\n\nDein Profil\n- {line}\n- Python\n"
    assert _unknown_terms(profile_of(text)) == set()


@pytest.mark.parametrize("line", ["C1 German", "Fluent German, C1 German preferred"])
def test_a_grade_before_the_language_is_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- {line}\n- Python\n"
    profile = profile_of(text)
    assert _unknown_terms(profile) == set()
    assert "lang-german" in {req.id for req in profile.requirements}
