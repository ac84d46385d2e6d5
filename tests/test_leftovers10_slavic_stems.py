"""A Czech or Polish feminine name whose last consonant changes before the locative's or
dative's "e": "v Kafce" (Kafka, k -> c) and Czech "v Jiře" (Jira, r -> ř). Texts are small
and written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.case_endings import stems

from .posting_helpers import ProfileOf, asked


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Datový inženýr\n\nPožadavky\n- Zkušenost s nasazením v Kafce\n- SQL\n", "kafka"),
        ("Datový inženýr\n\nPožadavky\n- Zkušenost se správou úkolů v Jiře\n", "jira"),
        ("Inżynier danych\n\nWymagania\n- Doświadczenie w Kafce oraz SQL\n", "kafka"),
    ],
)
def test_a_changed_last_consonant_is_the_name(profile_of: ProfileOf, text: str, skill: str) -> None:
    found = asked(profile_of, text)
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    ("word", "languages", "stem"),
    [("Kafce", {"cs"}, "Kafka"), ("Kafce", {"pl"}, "Kafka"), ("Jiře", {"cs"}, "Jira")],
)
def test_the_stem_before_a_changed_consonant(word: str, languages: set[str], stem: str) -> None:
    assert stem in stems(word, languages)


@pytest.mark.parametrize(
    ("word", "languages", "stem"),
    [
        ("Jirze", {"cs"}, "Jira"),  # a Polish spelling is not read on a Czech line
        ("Kafce", {"fi"}, "Kafka"),  # nor a Slavic ending on a Finnish one
        ("Moše", {"cs"}, "Mocha"),  # ch -> š is left alone: "Moše" is a man's name
    ],
)
def test_near_misses_keep_their_stems(word: str, languages: set[str], stem: str) -> None:
    assert stem not in stems(word, languages)


def test_common_czech_words_in_ce_and_re_name_nothing(profile_of: ProfileOf) -> None:
    text = "Datový inženýr\n\nPožadavky\n- Práce v týmu u Moře, Kanceláře v Praze\n- Znalost SQL\n"
    named = {key for key in asked(profile_of, text) if not key.startswith("term:")}
    assert named == {"sql"}


def test_an_english_line_reads_no_changed_consonant(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Experience with Kafce and Jiře\n- SQL\n"
    assert not {"kafka", "jira"} & asked(profile_of, text).keys()
