"""Czech and Slovak languages named as "Německý jazyk" with a wish or a grade after them, and
Hungarian "several years" of work, on small postings written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, posting_info


def _czech(*items: str) -> str:
    return "Datový analytik\n\nPožadujeme\n" + "".join(f"- {item}\n" for item in items)


@pytest.mark.parametrize(
    ("item", "language", "importance", "grade"),
    [
        ("Německý jazyk výhodou", "lang-german", "preferred", None),
        ("Anglický jazyk je výhodou", "lang-english", "preferred", None),
        ("Nemecký jazyk vítaný", "lang-german", "preferred", None),
        ("Anglický jazyk - pokročilý", "lang-english", "required", "C1"),
        ("Anglický jazyk – středně pokročilý", "lang-english", "required", "B1"),
        ("Anglický jazyk slovem i písmem", "lang-english", "required", None),
        ("Německý jazyk na komunikativní úrovni", "lang-german", "required", "B1"),
        ("Anglický jazyk – dobrý", "lang-english", "required", "B2"),
    ],
)
def test_a_language_named_with_jazyk_is_asked(
    profile_of: ProfileOf, item: str, language: str, importance: str, grade: str | None
) -> None:
    found = asked(profile_of, _czech("Python", item))
    assert language in found, sorted(found)
    assert found[language].importance == importance
    assert found[language].grade == grade
    assert not any(req_id.startswith("term:") for req_id in found), sorted(found)


def _hungarian(line: str) -> str:
    return f"Adatmérnök\n\nElvárások\n- {line}\n- Python\n"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (_hungarian("Több éves tapasztalat adatmérnökként"), "mid"),
        (_hungarian("Többéves szakmai tapasztalat"), "mid"),
        (_hungarian("Több év tapasztalat Python fejlesztésben"), "mid"),
        (_hungarian("Sokéves szakmai tapasztalat"), "senior"),
        ("Duomenų inžinierius\n\nReikalavimai\n- Kelerių metų patirtis\n- Python\n", "mid"),
        ("Datu inženieris\n\nPrasības\n- Vairāku gadu pieredze\n- Python\n", "mid"),
        ("Datu inženieris\n\nPrasības\n- Ilggadēja pieredze\n- Python\n", "senior"),
    ],
)
def test_several_years_hint_a_level_and_ask_no_figure(
    profile_of: ProfileOf, text: str, level: str
) -> None:
    info = posting_info(profile_of, text)
    assert (info.years_required, info.level) == (None, level)


@pytest.mark.parametrize(
    "text",
    [
        _hungarian("Egy több éves múlttal rendelkező cég vagyunk"),  # the company's years
        _hungarian("Több éve vagyunk a piacon, SQL ismerete"),  # no experience asked
    ],
)
def test_years_of_no_practice_hint_nothing(profile_of: ProfileOf, text: str) -> None:
    assert posting_info(profile_of, text).level is None
