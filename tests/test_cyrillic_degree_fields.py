"""A degree's field written in Russian or Ukrainian ("Прикладная математика и информатика",
"Комп'ютерні науки") is read as its area, as the same degree in English is. Small texts
written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _field(profile_of: ProfileOf, degree: str) -> str | None:
    text = f"Иван Петров\nМосква\n\nОбразование\n{degree}\n\nОпыт работы\nАналитик, Яндекс\n"
    return profile_of(text, "resume").education.field


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("Магистр, Прикладная математика и информатика, МГУ, 2015 - 2017", "computer science"),
        ("Бакалавр, Прикладная математика, МФТИ, 2011 - 2015", "mathematics"),
        ("Бакалавр, Физика, СПбГУ, 2011 - 2015", "physics"),
        ("Магистр, Машинное обучение, ВШЭ, 2018 - 2020", "artificial intelligence"),
        ("Бакалавр, Экономика, ВШЭ, 2014 - 2018", "economics"),
        ("Спеціаліст, Комп'ютерні науки, КПІ, 2010 - 2015", "computer science"),
        ("Бакалавр, Статистика, КНУ, 2012 - 2016", "statistics"),
    ],
)
def test_a_russian_or_ukrainian_degree_field_is_read(
    profile_of: ProfileOf, degree: str, field: str
) -> None:
    assert _field(profile_of, degree) == field


def test_a_cyrillic_school_name_alone_gives_no_field(profile_of: ProfileOf) -> None:
    assert _field(profile_of, "Бакалавр, МГУ, 2011 - 2015") is None
