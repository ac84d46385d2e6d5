"""Misreadings left by the day's probes: Romanian item openings and accented slugs, East Asian
ranges with no dash, East Asian words that only look like degrees and their status words, a
German doctorate under way and an old "since", and a "You will be:" list of traits. Small
texts written here."""

from __future__ import annotations

import pytest

from .conftest import one_range
from .posting_helpers import ProfileOf, asked, listed


def _terms(profile_of: ProfileOf, *items: str) -> list[str]:
    found = asked(profile_of, "Inginer de date\n\nCerințe\n" + "".join(f"- {i}\n" for i in items))
    return [key for key in found if key.startswith("term:")]


# 1. Romanian openings and accented slugs


@pytest.mark.parametrize(
    "item",
    [
        "Minim 3 ani experiență în inginerie de date",
        "Certificare AWS",
        "Cunoștințe de statistică",
        "Cel puțin 2 ani de experiență",
        "Abilități bune de comunicare",
        "Gândire analitică",
        "Experienta de minim 2 ani",
    ],
)
def test_a_romanian_items_common_words_name_no_term(profile_of: ProfileOf, item: str) -> None:
    assert _terms(profile_of, item, "Python") == []


def test_a_name_on_a_romanian_line_is_still_a_term(profile_of: ProfileOf) -> None:
    assert _terms(profile_of, "Minim 3 ani experiență în Zorblex") == ["term:zorblex"]


@pytest.mark.parametrize(
    ("item", "key"),
    [
        ("Experience with Ştiinţă Platform", "term:stiinta-platform"),
        ("Experience with Zorblex Ăuditor", "term:zorblex-auditor"),
        ("Experience with Smørrebrød Studio", "term:smorrebrod-studio"),
        ("Experience with Łódź Gateway", "term:lodz-gateway"),
    ],
)
def test_an_accented_terms_id_keeps_its_words_whole(
    profile_of: ProfileOf, item: str, key: str
) -> None:
    assert key in asked(profile_of, listed(item, "Python"))


# 2. East Asian ranges with no dash


def _resume(body: str) -> str:
    return f"Wang Wei\n\nExperience\n{body}\n"


@pytest.mark.parametrize(
    ("line", "start", "end", "ongoing"),
    [
        ("2018年7月至今 Acme 算法工程师", (2018, 7), (2026, 11), True),
        ("2018年7月至2020年1月 Acme 算法工程师", (2018, 7), (2020, 1), False),
        ("2019年4月から現在まで Acme株式会社 エンジニア", (2019, 4), (2026, 11), True),
        ("2019.03 ~ 재직중 Acme 엔지니어", (2019, 3), (2026, 11), True),
        ("2019.03 - 재직 중 Acme 엔지니어", (2019, 3), (2026, 11), True),
        ("字节跳动2019.03-至今算法工程师", (2019, 3), (2026, 11), True),
    ],
)
def test_an_east_asian_range_is_read(
    profile_of: ProfileOf,
    line: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    one_range(profile_of(_resume(line), "resume"), start, end, ongoing)


def test_a_year_and_a_word_with_zhi_is_no_range(profile_of: ProfileOf) -> None:
    profile = profile_of(_resume("Acme 2019年至关重要的项目 2018.03-2019.05"), "resume")
    one_range(profile, (2018, 3), (2019, 5), False)
