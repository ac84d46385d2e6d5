"""A CEFR code bound by a word of least ("at least B2", "minimum B2", "mindestens B2",
"minimálně B2", "vismaz B2") beside a spoken language's name grades the language, in English
and in the posting languages read; the code names no term of its own."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, assert_graded_without_terms, listed


@pytest.mark.parametrize(
    ("item", "language", "grade"),
    [
        ("English at least B2 level", "lang-english", "B2"),
        ("German minimum B2", "lang-german", "B2"),
        ("French (B2 or higher)", "lang-french", "B2"),
        ("English at least C1", "lang-english", "C1"),
        ("English C1 or above", "lang-english", "C1"),
        ("English min. B2", "lang-english", "B2"),
        ("English at minimum C1", "lang-english", "C1"),
        ("English level minimum B2", "lang-english", "B2"),
        ("Spanish minimum C1", "lang-spanish", "C1"),
        ("Angličtina minimálně B2", "lang-english", "B2"),
        ("Anglický jazyk minimálně B2", "lang-english", "B2"),
        ("Anglų kalba ne žemesniu nei B2 lygiu", "lang-english", "B2"),
        ("Angļu valoda vismaz B2 līmenī", "lang-english", "B2"),
        ("Englisch mindestens B2", "lang-english", "B2"),
        ("Deutsch mindestens C1", "lang-german", "C1"),
        ("Anglais niveau B2 minimum", "lang-english", "B2"),
        ("Inglés nivel mínimo B2", "lang-english", "B2"),
    ],
)
def test_a_bound_code_grades_the_language_and_names_no_term(
    profile_of: ProfileOf, item: str, language: str, grade: str
) -> None:
    assert_graded_without_terms(profile_of, item, language, grade)


def test_each_item_of_a_list_keeps_its_own_grade(profile_of: ProfileOf) -> None:
    text = listed("English at least B2 level", "German minimum B1", "French (C1 or higher)")
    found = asked(profile_of, text)
    grades = {key: req.grade for key, req in found.items() if key.startswith("lang-")}
    assert grades == {"lang-english": "B2", "lang-german": "B1", "lang-french": "C1"}
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(
    "item",
    [
        "B2B sales experience",
        "B2C marketing at least 3 years",
        "C1 visa holder",
        "A1 Telekom partner experience",
        "Office at least on level B2 of the building",
    ],
)
def test_a_code_with_no_language_grades_none(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "Python"))
    assert not [key for key in found if key.startswith("lang-")], sorted(found)


def test_a_german_minimum_with_no_code_is_no_language(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Knowledge of German minimum wage rules", "Python"))
    assert "lang-german" not in found, sorted(found)
