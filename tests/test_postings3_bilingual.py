"""Postings3: Canadian postings in English and French in one file. Each language's version
opens under its own heading ("English", "Français", "Version française"); the list before it
ends there, so the next version's opening paragraph is not read as that list's items."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_ENGLISH = (
    "Machine Learning Engineer / Ingénieur(e) en apprentissage automatique\n"
    "Ottawa, ON / Gatineau, QC\n\n"
    "{english}\n"
    "Our team at Northshore builds clinical tools with Health Analytics for hospitals.\n\n"
    "What we are looking for\n"
    "- Strong Python\n\n"
    "Nice to have\n"
    "- Experience with FHIR\n\n"
)
_FRENCH = (
    "{french}\n"
    "Notre équipe chez Northshore conçoit des outils avec Health Analytics pour les hôpitaux.\n\n"
    "Ce que nous recherchons\n"
    "- Excellente maîtrise de Python\n\n"
    "Atouts\n"
    "- Expérience avec FHIR\n"
)


def _asked(profile: Profile) -> dict[str, str]:
    return {r.id: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("English", "Français"),
        ("ENGLISH", "FRANÇAIS"),
        ("**English**", "**Français**"),
        ("English version", "Version française"),
        ("--- English ---", "--- Français ---"),
    ],
)
def test_language_version_heading_ends_the_list_before_it(
    english: str, french: str, profile_of: ProfileOf
) -> None:
    text = _ENGLISH.format(english=english) + _FRENCH.format(french=french)
    profile = profile_of(text, doc_type="posting")
    asked = _asked(profile)
    assert asked["python"] == "required"
    assert asked["fhir"] == "preferred"
    # the French version's opening names the company's field; no list asks for it
    assert asked.get("healthcare-analytics") in (None, "mentioned")
    assert not any(r.id == "term:northshore" for r in profile.requirements)
    assert "lang-french" not in asked  # the heading names the version, asks no French


def test_french_first_version_heading_ends_the_list_before_it(profile_of: ProfileOf) -> None:
    text = (
        "Analyste de données / Data Analyst\n\n"
        "Français\n"
        "Notre équipe chez Northshore conçoit des outils pour les hôpitaux du Québec.\n\n"
        "Exigences\n"
        "- Maîtrise de SQL\n\n"
        "Atouts\n"
        "- Connaissance de Tableau\n\n"
        "English\n"
        "Our team at Northshore builds tools with Health Analytics for Quebec hospitals.\n\n"
        "Requirements\n"
        "- Strong SQL\n\n"
        "Assets\n"
        "- Knowledge of Tableau\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["sql"] == "required"
    assert asked["tableau"] == "preferred"
    assert asked.get("healthcare-analytics") in (None, "mentioned")
    assert "lang-english" not in asked


@pytest.mark.parametrize(
    "languages",
    [
        "Languages:\nEnglish\nFrench\n",
        "Languages\n\nEnglish\nFrench\n",
        "Languages\n- English\n- French\n",
    ],
)
def test_language_names_listed_under_a_heading_stay_items(
    languages: str, profile_of: ProfileOf
) -> None:
    text = "Support Analyst\n\nRequirements\n- Strong SQL\n\n" + languages + "- Docker\n"
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["sql"] == "required"
    assert asked["docker"] == "required"
    assert asked["lang-french"] == "required"
