"""Romanian postings typed without diacritics, as many are: an item's opening of common words
names no term, as it does with them, and "Cunoașterea limbii engleze" asks for English.
Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked


def _items(*items: str) -> str:
    return "Inginer de date\n\nCerinte\n" + "".join(f"- {item}\n" for item in items)


@pytest.mark.parametrize(
    "item",
    [
        "Gandire analitica",
        "Gândire analitică",
        "Atentie la detalii",
        "Atenție la detalii",
        "Cerinte minime de studii",
        "Certificari relevante in cloud",
        "Reprezinta un avantaj experienta in banci",
        "Cel putin 2 ani de experienta",
    ],
)
def test_an_items_common_words_name_no_term(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, _items("Python", item))
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(
    ("item", "language"),
    [
        ("Cunoașterea limbii engleze", "lang-english"),
        ("Cunoasterea limbii engleze la nivel avansat", "lang-english"),
        ("Cunoștințe de limba germană", "lang-german"),
        ("Cunostinte de limba germana", "lang-german"),
    ],
)
def test_a_language_asked_in_romanian(profile_of: ProfileOf, item: str, language: str) -> None:
    found = asked(profile_of, _items("Python", item))
    assert language in found, sorted(found)
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_a_grade_at_a_level_after_the_name(profile_of: ProfileOf) -> None:
    found = asked(profile_of, _items("Python", "Cunoasterea limbii engleze la nivel avansat"))
    assert found["lang-english"].grade == "C1"


def test_an_english_name_among_english_words_is_still_a_term(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Python\n- Zorblex platform experience\n"
    assert any(key.startswith("term:zorblex") for key in asked(profile_of, text))
