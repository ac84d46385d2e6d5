"""Patterns rewritten for speed find exactly what they found as first written (the first
forms are kept here as the reference)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer.documents.cleaning import EAST_ASIAN_LETTERS
from mlcareer.extract import experience, importance, nlp

SETTINGS = settings(max_examples=400, deadline=None)
SEPARATORS = [" ", "  ", "\n", "\t", "-", ".", "/", ",", "(", ":", "", "x", "年", "İ"]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(pieces), st.text(max_size=3))
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)).map("".join), max_size=12).map(
        "".join
    )


CUE_PIECES = [
    *("Must have", "REQUIRED", "Nice to have", "a big plus", "Preferred", "helps.", "ideal)"),
    *("de préférence", "wünschenswert", "Familiarity with", "25-strong", "hands-on", "Musts"),
    *("- ", "1) ", "• ", "Python", "SQL", "strongly", "is a PLUS", "ok", "İstanbul", "ſolid"),
]


@SETTINGS
@given(texts(CUE_PIECES))
@example("Experience with Kafka is a plus")
@example("Hands-On with Spark")
@example("Python, SQL, Docker")
@example("İ must")
def test_holds_a_cue_as_either_cue_pattern(text: str) -> None:
    either = importance.REQUIRED_CUES.search(text) or importance.PREFERRED_CUES.search(text)
    assert importance.holds_a_cue(text) is (either is not None)


def test_holds_a_cue_tells_a_cue_from_none() -> None:
    assert importance._LOWER_ANY_CUE is not None  # the cues are lower case: the quick path
    assert importance.holds_a_cue("Strong SQL is MANDATORY")
    assert not importance.holds_a_cue("We build data pipelines in Python")


# The Czech initials as first written: a lookbehind opening the pattern
REFERENCE_CZECH_INITIALS = re.compile(r"(?<![\w.])(?:AJ|NJ|FJ|RJ|ŠJ)(?!\w|\.\w)")
INITIAL_PIECES = ["AJ", "NJ.", "ŠJ", "FJ,", "RJ", ".AJ", "xAJ", "AJx", "AJ.x", "A", "J", "Š"]


@SETTINGS
@given(texts(INITIAL_PIECES))
@example("znalost AJ. NJ pasivně, Princeton, NJ")
@example("AJ")
def test_czech_initials_found_as_first_written(text: str) -> None:
    spans = [found.span() for found in nlp._CZECH_INITIALS.finditer(text)]
    assert spans == [found.span() for found in REFERENCE_CZECH_INITIALS.finditer(text)]


# Where a range may start, as first written: after no word character, or after an East Asian
# letter, as two lookbehinds
_FIRST_LOOKBEHINDS = rf"(?:(?<!\w)|(?<=[{EAST_ASIAN_LETTERS}]))"
_NOW_LOOKBEHIND = rf"(?<![^\W{EAST_ASIAN_LETTERS}])"
REFERENCE_RANGE_START = re.compile(
    experience._RANGE_START.pattern.replace(_NOW_LOOKBEHIND, _FIRST_LOOKBEHINDS, 1),
    experience._RANGE_START.flags,
)
RANGE_PIECES = [
    *("2019", "Mar", "march", "Summer", "since", "between", "Q3", "h1", "FY2020", "H30.", "'16"),
    *("present", "Now", "x2019", "_2019", "年2019", "2019年3月", "令和3年", "・2020", "٣2019"),
]


@SETTINGS
@given(texts(RANGE_PIECES))
@example("Acme 2019年3月 - 現在, since 2018, FY2020 - FY2022")
@example("2019")
def test_range_starts_found_as_first_written(text: str) -> None:
    assert REFERENCE_RANGE_START.pattern != experience._RANGE_START.pattern
    spans = [found.span() for found in experience._RANGE_START.finditer(text)]
    assert spans == [found.span() for found in REFERENCE_RANGE_START.finditer(text)]
