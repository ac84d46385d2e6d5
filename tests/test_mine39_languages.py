"""Leftovers in other languages: two languages asked with a plural word ("Anglais et
français obligatoires"), "un atout" after a comma, a body's name an acronym spells in French
or Spanish ("Ordre des ingénieurs du Québec (OIQ)"), and te reo Māori. Small texts written
here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked


def _requirements(profile_of: ProfileOf, item: str, heading: str = "Exigences") -> dict[str, str]:
    text = f"Data Scientist\n\n{heading}\n- Python\n- {item}\n"
    return {key: req.importance for key, req in asked(profile_of, text).items()}


@pytest.mark.parametrize(
    ("item", "first", "second", "importance"),
    [
        ("Anglais et français obligatoires", "lang-english", "lang-french", "required"),
        ("Anglais et français exigés", "lang-english", "lang-french", "required"),
        ("Français et anglais requises", "lang-french", "lang-english", "required"),
        ("Anglais et français souhaités", "lang-english", "lang-french", "preferred"),
        ("Inglés y portugués requeridos", "lang-english", "lang-portuguese", "required"),
        ("Inglese e francese richiesti", "lang-english", "lang-french", "required"),
        ("Inglês e espanhol obrigatórios", "lang-english", "lang-spanish", "required"),
    ],
)
def test_two_languages_asked_with_a_plural_word(
    profile_of: ProfileOf, item: str, first: str, second: str, importance: str
) -> None:
    found = _requirements(profile_of, item)
    assert found.get(first) == importance, found
    assert found.get(second) == importance, found
    assert not [key for key in found if key.startswith("term:")], found


def test_english_names_of_languages_stay_english_words(profile_of: ProfileOf) -> None:
    # "French" written in English before a French word asks no language there
    found = _requirements(profile_of, "Cuisine et techniques obligatoires", "Requirements")
    assert not [key for key in found if key.startswith("lang-")], found


@pytest.mark.parametrize(
    "item", ["Docker, un atout", "Docker (un atout)", "Docker - un gros atout", "Docker, un plus"]
)
def test_un_atout_after_the_skill_makes_it_a_wish(profile_of: ProfileOf, item: str) -> None:
    assert _requirements(profile_of, item)["docker"] == "preferred"


def test_docker_without_atout_stays_required(profile_of: ProfileOf) -> None:
    assert _requirements(profile_of, "Docker, un environnement Linux")["docker"] == "required"


@pytest.mark.parametrize(
    ("item", "term"),
    [
        (
            "Membre de l'Ordre des ingénieurs du Québec (OIQ)",
            "Ordre des ingénieurs du Québec (OIQ)",
        ),
        (
            "Colegiado en el Colegio de Ingenieros del Perú (CIP)",
            "Colegio de Ingenieros del Perú (CIP)",
        ),
        (
            "Membership of the Institution of Engineering and Technology (IET)",
            "Institution of Engineering and Technology (IET)",
        ),
    ],
)
def test_a_body_an_acronym_spells_is_one_term(profile_of: ProfileOf, item: str, term: str) -> None:
    text = f"Data Scientist\n\nRequirements\n- Python\n- {item}\n"
    terms = [req.name for key, req in asked(profile_of, text).items() if key.startswith("term:")]
    assert terms == [term]


def test_the_oiq_as_an_asset_is_a_wish(profile_of: ProfileOf) -> None:
    item = "Membre de l'Ordre des ingénieurs du Québec (OIQ), un atout"
    found = _requirements(profile_of, item)
    assert found == {"python": "required", "term:ordre-des-ingenieurs-du-quebec": "preferred"}


def test_terms_no_acronym_spells_stay_apart(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n- Python\n- Zorblex and Quuxnet (ABC)\n"
    terms = [req.name for key, req in asked(profile_of, text).items() if key.startswith("term:")]
    assert "Zorblex" in terms, terms


@pytest.mark.parametrize(
    ("item", "importance"),
    [
        ("Te reo Māori is an advantage", "preferred"),
        ("Knowledge of te reo Māori", "required"),
        ("Fluent Māori", "required"),
        ("Conversational te reo Maori", "required"),
    ],
)
def test_te_reo_maori_is_a_language(profile_of: ProfileOf, item: str, importance: str) -> None:
    found = _requirements(profile_of, item, "Requirements")
    assert found.get("lang-maori") == importance, found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    "item",
    ["Experience with Māori communities and iwi partners", "Maori health outcomes research"],
)
def test_maori_people_name_no_language(profile_of: ProfileOf, item: str) -> None:
    assert "lang-maori" not in _requirements(profile_of, item, "Requirements")


_CZECH = "Datový analytik\n\nPožadavky\n- Znalost Pythonu a SQL\n- {item}\n- Praxe v oboru\n"


@pytest.mark.parametrize(
    ("item", "language", "grade"),
    [
        ("AJ na komunikativní úrovni", "lang-english", "B1"),
        ("Aktivní znalost AJ slovem i písmem", "lang-english", None),
        ("AJ - pokročilá", "lang-english", "C1"),
        ("Znalost NJ výhodou", "lang-german", None),
        ("Aktívna znalosť AJ", "lang-english", None),
    ],
)
def test_czech_languages_shortened_to_initials(
    profile_of: ProfileOf, item: str, language: str, grade: str | None
) -> None:
    found = asked(profile_of, _CZECH.format(item=item))
    assert language in found, sorted(found)
    if grade is not None:
        assert found[language].grade == grade
    assert "term:aj" not in found and "term:nj" not in found


@pytest.mark.parametrize(
    "text",
    [
        # initials on an English posting, or on a Czech line that speaks of no language
        "Data Analyst\n\nRequirements\n- Python and SQL\n- Report to AJ, our head of data\n",
        _CZECH.format(item="Kontaktní osoba: AJ"),
    ],
)
def test_initials_that_name_no_language(profile_of: ProfileOf, text: str) -> None:
    assert "lang-english" not in asked(profile_of, text)
