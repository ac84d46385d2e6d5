"""A lone Cyrillic "С" listed among Latin names ("Технологии: С, Java, SQL") is the C
language typed on a Russian layout, as the "С" of "С++" is; the preposition "с" ("С командой
из пяти человек") and a driving licence's categories ("категории В, С") stay Cyrillic."""

from __future__ import annotations

import pytest

from mlcareer.documents.homoglyphs import latin_lookalikes
from mlcareer.models import Profile

from .posting_helpers import ProfileOf
from .timing import fastest

_RESUME = "Иван Петров\nМосква\n\nОпыт работы\nРазработчик, ООО Ромашка  2019 - 2023\n- {}\n"


def _skills(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


@pytest.mark.parametrize(
    "line",
    ["Технологии: С, Java, SQL", "Языки: Java, С", "Java / С / Go", "Стек: Python; С; Bash"],
)
def test_review_prev_a_lone_cyrillic_c_listed_with_latin_names_is_c(
    profile_of: ProfileOf, line: str
) -> None:
    assert "c" in _skills(profile_of(_RESUME.format(line), "resume"))


@pytest.mark.parametrize(
    "line",
    [
        "С командой из пяти человек разработал сервис на Java",
        "Водительское удостоверение категории В, С",
        "С 2019 года пишу на Java",
        "Java, с, SQL",
    ],
)
def test_review_prev_a_cyrillic_c_in_a_sentence_stays(line: str) -> None:
    assert not latin_lookalikes(line)


def test_review_prev_a_long_line_of_separators_stays_fast() -> None:
    hostile = "Java," + ", ; / " * 20_000 + "С"
    plain = "Java " + "word " * 20_000 + "С"
    assert (
        fastest(lambda: latin_lookalikes(hostile))
        < 3 * fastest(lambda: latin_lookalikes(plain)) + 0.02
    )
