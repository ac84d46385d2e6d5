"""Hostile inputs read in linear time: long runs of blanks, lines dense with one word. Each
timing compares a dense input with a sparse one of the same length (a ratio, not a limit, so
a slow machine slows both), and each rewritten pattern is checked against the form it
replaced, match for match."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer.extract import literal, requirements
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _fastest(run: Callable[[], object], times: int = 3) -> float:
    """The fastest of a few runs: a shared machine may stall one."""
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


# --- a count of years before a long run of blanks ------------------------------------------

# Its unit as first written: two runs of blanks around an optional "+", which a long run
# after a count split every possible way (5 s on 5,000 blanks).
_UNIT_AS_WRITTEN = r"(?:\s*\+?\s*(?:years?"
_UNIT_NOW = r"(?:\s*(?:\+\s*)?(?:years?"


def _years_as_written() -> re.Pattern[str]:
    pattern = requirements._COUNT_OF_YEARS
    assert pattern.pattern.count(_UNIT_NOW) == 1
    return re.compile(pattern.pattern.replace(_UNIT_NOW, _UNIT_AS_WRITTEN), pattern.flags)


YEARS_PIECES = [
    "5", "10", "two", "a couple of", "(3)", "+", " ", "  ", "\t", "\n", "-", "–", "to", "or more",
    "plus", "years", "year", "yrs", "YOE", "y", "jahre", "ans", "1", "an", "año", "lat", "let",
    "praxe", "ago", "old", "'s", "of", "x", ",", ".", "à", "y", "de", "entre",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(YEARS_PIECES), max_size=12).map("".join))
@example(text="5 + years")
@example(text="3  +  yrs of Python, 2 -   4 years, 1  an, 10+ YOE, 2 years ago")
def test_the_count_of_years_matches_where_its_first_form_did(text: str) -> None:
    slow = _years_as_written()
    for written in (text, text.replace("", " ").strip()):
        assert [m.span(0) + m.span(1) for m in requirements._COUNT_OF_YEARS.finditer(written)] == [
            m.span(0) + m.span(1) for m in slow.finditer(written)
        ]


def test_a_count_before_a_long_run_of_blanks_is_read_in_linear_time() -> None:
    dense = "5" + " " * 3000 + "x years"
    unit = "5" + " " * 10 + "x years "
    sparse = (unit * (len(dense) // len(unit) + 1))[: len(dense)]
    assert requirements._COUNT_OF_YEARS.search(dense) is None
    dense_time = _fastest(lambda: requirements._COUNT_OF_YEARS.findall(dense))
    sparse_time = _fastest(lambda: requirements._COUNT_OF_YEARS.findall(sparse))
    # linear: about the same time (it was about 1,000 times as long)
    assert dense_time < 3 * sparse_time + 0.005, (dense_time, sparse_time)


# --- a list item's lead and a list's cuts, before long runs of blanks ----------------------

_AND_LEAD_AS_WRITTEN = re.compile(
    r"^\s*(?:[-*•·▪●►✓➢◦]+|\d+[.)])?\s*[\w\-]+(?:\s+[\w\-]+)?\s+(and|or|&)\s+"
)
_LIST_SPLIT_AS_WRITTEN = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")

LIST_PIECES = [
    " ", "  ", "\t", "\n", "-", "*", "•", "1.", "2)", "Python", "SQL", "C++", "and", "or", "&",
    ",", "x", "Docker", "welding", ".", ":", "anderson",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.sampled_from(LIST_PIECES), max_size=14).map("".join),
    start=st.integers(0, 30),
    length=st.integers(0, 60),
)
@example(text="- Welding and experience with hydraulics", start=0, length=60)
@example(text="Python ,  and SQL or  Docker & Go", start=7, length=60)
@example(text="x  and y", start=2, length=60)
def test_the_list_patterns_match_where_their_first_forms_did(
    text: str, start: int, length: int
) -> None:
    lead = literal._AND_LEAD.match(text)
    lead_as_written = _AND_LEAD_AS_WRITTEN.match(text)
    assert (lead and (lead.span(), lead.group(1))) == (
        lead_as_written and (lead_as_written.span(), lead_as_written.group(1))
    )
    start, end = min(start, len(text)), min(start + length, len(text))
    assert list(literal._list_cuts(text, start, end)) == [
        m.span() for m in _LIST_SPLIT_AS_WRITTEN.finditer(text, start, end)
    ]


def test_a_posting_of_long_runs_of_blanks_is_read_in_linear_time(profile_of: ProfileOf) -> None:
    # a list item's lead and the cuts between a list's items were each tried from every blank
    # of a run (50 KB of blanks: 0.9 s; the line is cut into lines of 1,000 blanks)
    head = "Data Engineer\n\nRequirements\n- 5 years of Python\n"
    dense = head + "- 5" + " " * 40_000 + "x\n"
    sparse = head + "- 5" + " x" * 20_000 + "\n"
    profile_of(sparse, "posting")  # warm up
    dense_time = _fastest(lambda: profile_of(dense, "posting"))
    sparse_time = _fastest(lambda: profile_of(sparse, "posting"))
    assert dense_time < 2 * sparse_time + 0.05, (dense_time, sparse_time)
