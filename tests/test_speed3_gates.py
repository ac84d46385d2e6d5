"""The words of a gate (importance.Gated), each opening on its letter (letters_first), are found
in exactly the texts where the words as written are."""

from __future__ import annotations

import gc
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

import mlcareer.extract  # every reader, and so every gate
from mlcareer.extract import importance, requirements

SETTINGS = settings(max_examples=300, deadline=None)
SEPARATORS = [" ", "  ", "\n", "\t", "-", ".", ",", "(", ")", "'", "", "x", "_", "é", "1"]
# Counts of years in the languages YEARS reads, and lookalikes: cut short, glued, in other cases
PIECES = [
    *("6 years", "yrs", "YoE", "2y+", "Jahren", "ANS", "3 ans", "année", "años", "anys", "anni"),
    *("anos", "jaren", "år", "lat", "lata", "1 an", "1 año", "1\tanno", "1 ano", "vuosi"),
    *("rokov", "let", "éve", "ani", "aastat", "metų", "metai", "gadi", "yıllık", "лет", "года"),
    *("рок", "рік", "năm", "tahun", "ปี", "שנות", "שנים", "سنين", "عوام", "χρόνια", "έτη"),
    *("ετη", "ετών", "έτων", "سال", "5年", "5년", "plans", "scans", "violet", "Kanye", "outlet"),
    *("pleasant", "ballet", "grocery", "anything", "rokit", "metal", "gadget", "Évry", "Δέτη"),
]


def texts() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=3))
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)).map("".join), max_size=10).map(
        "".join
    )


# Every gate's words as written and as searched, the latter moved where a letter opens them
MOVED = [
    (words, moved)
    for words in {found.words for found in gc.get_objects() if isinstance(found, importance.Gated)}
    if (moved := importance.letters_first(words)).pattern != importance.one_boundary(words).pattern
]


def _found_alike(text: str) -> None:
    for words, moved in MOVED:
        assert (moved.search(text) is None) == (words.search(text) is None), words.pattern[:40]


def test_speed3_years_words_open_on_their_letters() -> None:
    assert len(MOVED) >= 2 and mlcareer.extract.extract_profile  # years, years or experience
    moved = importance.letters_first(requirements.YEARS.words).pattern
    assert r"\b" not in moved.split("|")[0] and not re.search(r"(?:^|\|)\\b", moved)
    assert r"a(?<!\wa)ns\b" in moved and r"л(?<!\wл)ет\b" in moved
    # nothing to move: the words as they were joined
    assert importance.letters_first(re.compile("year|yr")).pattern == "year|yr"
    kept = importance.letters_first(re.compile(r"\b(?:role|position)\b|\bx?y|\b-z"))
    assert kept.pattern == r"\b(?:(?:role|position)\b|x?y|-z)"


@SETTINGS
@given(text=texts())
@example(text="1 año")
@example(text="the let")
@example(text="organization plans")
@example(text="é1 an")
def test_speed3_gate_words_opening_on_letters_are_found_where_the_words_are(text: str) -> None:
    _found_alike(text.lower())
    _found_alike(text)


def test_speed3_each_piece_alone_and_beside_another_is_found_alike() -> None:
    for piece in PIECES:
        for other in ["", *PIECES]:
            _found_alike(f"{piece} {other}".lower())
            _found_alike(f"{piece}{other}".lower())
