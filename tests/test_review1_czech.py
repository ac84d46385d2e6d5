"""Look-alikes for the Czech and Slovak language asks: a grade that ends in the word for
advanced without meaning it ("mírně pokročilá": pre-intermediate), and a language named
with no word of knowledge beside it ("Angličtina výhodou": English is an advantage)."""

from __future__ import annotations

from typing import Any

import pytest

from .posting_helpers import asked


def _czech(*items: str) -> str:
    return "Datový analytik\n\nPožadujeme\n" + "".join(f"- {item}\n" for item in items)


@pytest.mark.parametrize(
    ("item", "grade"),
    [
        ("Mírně pokročilá znalost angličtiny", "A2"),
        ("Angličtina - mírně pokročilá", "A2"),
        ("Mierne pokročilá znalosť angličtiny", "A2"),
        # the grades the rule read before stay
        ("Pokročilá znalost angličtiny", "C1"),
        ("Středně pokročilá znalost angličtiny", "B1"),
    ],
)
def test_a_slightly_advanced_czech_grade_is_pre_intermediate(
    profile_of: Any, item: str, grade: str
) -> None:
    found = asked(profile_of, _czech(item, "Python"))
    assert found["lang-english"].grade == grade


@pytest.mark.parametrize(
    ("item", "language"),
    [
        ("Angličtina výhodou", "lang-english"),
        ("Výborná znalost Excelu, němčina výhodou", "lang-german"),
        ("Angličtina - pokročilý", "lang-english"),
        ("Angličtina – začátečník", "lang-english"),
    ],
)
def test_a_czech_language_named_with_no_word_of_knowledge_is_asked(
    profile_of: Any, item: str, language: str
) -> None:
    found = asked(profile_of, _czech(item, "Python"))
    assert language in found, sorted(found)
