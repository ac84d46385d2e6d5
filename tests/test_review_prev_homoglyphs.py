"""A Latin name typed with Cyrillic letters that look the same, as a Russian or Ukrainian
keyboard layout leaves them: "С++" and "С#" with a Cyrillic "С", "Pythоn" with a Cyrillic "о",
"Сloud" in an English line. Read as the Latin name; a Cyrillic word stays Cyrillic."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.documents.homoglyphs import latin_lookalikes
from mlcareer.models import Profile

from .posting_helpers import listed

ProfileOf = Callable[..., Profile]


def _ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("3+ years with \u0421++ and Linux", "cpp"),  # Cyrillic С
        ("Strong \u0421# and .NET", "csharp"),
        ("5+ years of Pyth\u043en and SQL", "python"),  # Cyrillic о
        ("Experience with \u0421\u0443press and Jest", "cypress"),  # Cyrillic С and у
    ],
)
def test_a_latin_name_with_cyrillic_lookalikes_is_asked(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    posting = profile_of(listed(item), "posting")
    assert skill in {req.id for req in posting.requirements}


def test_a_russian_resume_typed_on_a_cyrillic_layout_names_cpp(profile_of: ProfileOf) -> None:
    text = (
        "Иван Петров\n\nОпыт работы\nРазработчик, Яндекс, 2019 — по настоящее время\n"
        "- Разработка на \u0421++ и \u0421#, Python\n\nОбразование\nМГУ, специалист, 2016\n"
    )
    resume = profile_of(text, "resume")
    assert {"cpp", "csharp", "python"} <= _ids(resume)


@pytest.mark.parametrize(
    "text",
    [
        "Опыт работы с Python и SQL",  # Cyrillic words beside Latin ones
        "ООО Ромашка, Москва",  # all-Cyrillic lookalikes: a Russian word
        "Знание С и ассемблера",  # the Russian preposition "с" before a space
        "Рaсчет зарплаты",  # a Russian word with one Latin letter: not all lookalikes
        "с #хэштегом",
    ],
)
def test_cyrillic_words_stay_cyrillic(text: str) -> None:
    assert latin_lookalikes(text) == {}


def test_the_lookalikes_found_are_the_ones_in_latin_words() -> None:
    line = "Pyth\u043en, \u0421++ and \u0421loud"
    found = latin_lookalikes(line)
    assert sorted(found) == [4, 8, 16]
    assert set(found.values()) == {("o", "\u043e"), ("C", "\u0421")}


def test_a_long_word_of_lookalikes_is_read_as_fast_as_short_ones() -> None:
    def seconds(line: str) -> float:
        started = time.process_time()
        latin_lookalikes(line)
        return time.process_time() - started

    hostile = "a\u043e" * 20000 + "\u0431" + "\u0421+" * 20000  # one word, a Cyrillic "б" ending it
    plain = "a\u043e " * 13333 + "\u0421+ " * 13333  # the same letters in short words
    seconds(plain)  # warm up
    # the best of three runs each, so that a busy machine's pause is no failure
    assert min(seconds(hostile) for _ in range(3)) < 3 * min(seconds(plain) for _ in range(3))
