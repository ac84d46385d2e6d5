"""Spoken languages asked in Czech and Slovak postings: the language's own names in their
cases ("znalost angličtiny", "anglického jazyka"), graded by Czech and Slovak words
("pokročilá", "aktívna", "základní") or a CEFR code "na úrovni B2"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .posting_helpers import asked

ProfileOf = Callable[..., Profile]


def _czech(*items: str) -> str:
    return "Datový analytik\n\nPožadujeme\n" + "".join(f"- {item}\n" for item in items)


@pytest.mark.parametrize(
    ("item", "language", "grade"),
    [
        ("Znalost angličtiny slovem i písmem", "lang-english", None),
        ("Pokročilá znalost angličtiny", "lang-english", "C1"),
        ("Angličtina – pokročilá", "lang-english", "C1"),
        ("Aktivní znalost němčiny", "lang-german", "B2"),
        ("Středně pokročilá znalost angličtiny", "lang-english", "B1"),
        ("Základní znalost francouzštiny", "lang-french", "A2"),
        ("Znalosť anglického jazyka na úrovni B2", "lang-english", "B2"),
        ("Aktívna znalosť nemeckého jazyka", "lang-german", "B2"),
    ],
)
def test_a_czech_or_slovak_language_ask_is_read_with_its_grade(
    profile_of: ProfileOf, item: str, language: str, grade: str | None
) -> None:
    found = asked(profile_of, _czech(item, "Python"))
    assert language in found, sorted(found)
    assert found[language].grade == grade
    assert not any(req_id.startswith("term:") for req_id in found), sorted(found)


def test_a_language_wished_for_is_preferred(profile_of: ProfileOf) -> None:
    found = asked(profile_of, _czech("Python", "Znalost němčiny výhodou"))
    assert found["lang-german"].importance == "preferred"


@pytest.mark.parametrize(
    "item",
    [
        "Dobrá znalost SQL",  # a grade word before a tool names no language
        "Pokročilá analytika v Pythonu",
        "Práce na úrovni týmu",
    ],
)
def test_grade_words_alone_ask_no_language(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, _czech(item))
    assert not any(req_id.startswith("lang-") for req_id in found), sorted(found)
