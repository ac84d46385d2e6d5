"""Misreadings left by the day's probes: Romanian item openings and accented slugs, East Asian
ranges with no dash, East Asian words that only look like degrees and their status words, a
German doctorate under way and an old "since", and a "You will be:" list of traits. Small
texts written here."""

from __future__ import annotations

import pytest

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
