"""Hostile inputs read in linear time: long runs of blanks, lines dense with one word. Each
timing compares a dense input with a sparse one of the same length (a ratio, not a limit, so
a slow machine slows both), and each rewritten pattern is checked against the form it
replaced, match for match."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer.extract import education, literal, other_senses, requirements
from mlcareer.extract.education import DegreeMention
from mlcareer.models import Profile

from .timing import fastest

ProfileOf = Callable[..., Profile]


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
    dense_time = fastest(lambda: requirements._COUNT_OF_YEARS.findall(dense))
    sparse_time = fastest(lambda: requirements._COUNT_OF_YEARS.findall(sparse))
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
    dense_time = fastest(lambda: profile_of(dense, "posting"))
    sparse_time = fastest(lambda: profile_of(sparse, "posting"))
    assert dense_time < 2 * sparse_time + 0.05, (dense_time, sparse_time)


# --- degrees packed close together ---------------------------------------------------------


def _acronym_of_before_as_written(item: DegreeMention, nearby: Any, text: str) -> bool:
    """education._acronym_of_before before it looked only where a name may end."""
    level, start, end = item
    if not text[start:end].isalnum():
        return False
    closed = education._BRACKET_CLOSE.match(text, end) is not None
    return any(
        other == level
        and before < start
        and bool(
            education._NAME_THEN_DASH.fullmatch(text, after, start)
            or (closed and education._NAME_THEN_BRACKET.fullmatch(text, after, start))
        )
        for other, before, after in nearby.ending_within(start - education._REACH, start)
    )


def _spelled_out_after_as_written(item: DegreeMention, nearby: Any, text: str) -> bool:
    """education._spelled_out_after before it looked only where a name may end."""
    level, start, item_end = item
    opening = education._blanks_before(text, start) - 1
    if opening < 0 or text[opening] != "(":
        return False
    right_after = education._blanks_before(text, opening)
    alone = education._DEGREE_ALONE.match(text, item_end) is not None
    return any(
        other == level
        and (
            end == right_after
            or (alone and education._NAME_THEN_BRACKET.fullmatch(text, end, start))
        )
        for other, _, end in nearby.ending_within(start - education._REACH, opening)
    )


DEGREE_PIECES = [
    "BSc", "MSc", "PhD", "MS", "BS", "Master of Science", "Bachelor of Technology", "B.Tech",
    "MCA", "Master of Computer Applications", "degree", "in", "Physics", " ", "  ", "\t", "\n",
    "(", ")", "-", "–", ",", "/", "or", "'s", "2", "_", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(DEGREE_PIECES), max_size=14).map(" ".join))
@example(text="Master of Science - MS, Bachelor of Science in Nursing (BSN)")
@example(text="MCA (Master of Computer Applications) B.Tech (Bachelor of Technology)")
@example(text="BSc ( BSc ( MSc - MSc - PhD (PhD) x-MS - MS")
def test_the_restated_degree_checks_answer_as_their_first_forms_did(text: str) -> None:
    for written in (text, text.replace(" ", "")):
        found = [
            (level, m.start(), m.end())
            for level, pattern in education.DEGREE_PATTERNS
            for m in pattern.finditer(written)
        ]
        nearby = education._Nearby(found, written)
        for item in found:
            assert education._acronym_of_before(
                item, nearby, written
            ) == _acronym_of_before_as_written(item, nearby, written)
            assert education._spelled_out_after(
                item, nearby, written
            ) == _spelled_out_after_as_written(item, nearby, written)


def test_degrees_packed_close_together_are_read_in_linear_time() -> None:
    # each acronym tried every degree within reach before it as the name it restates
    # (50 KB of "BSc (": 0.6-1.2 s)
    dense = "BSc (" * 10_000
    sparse = ("BSc (" + "\n" * 45) * 1_000  # a tenth as many, as long
    education.degree_mentions("BSc (Hons)")  # warm up
    dense_time = fastest(lambda: education.degree_mentions(dense))
    sparse_time = fastest(lambda: education.degree_mentions(sparse))
    # ten times the degrees: about ten times the time (it was thirty times and more)
    assert dense_time < 15 * sparse_time + 0.02, (dense_time, sparse_time)


# --- many names on one line that need their line's words ----------------------------------


def _a_work_item_as_written(text: str, start: int, end: int) -> bool:
    """other_senses.a_work_item when each name read its whole line."""
    if text[start:end] != "Epic":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    after = [w.lower() for w in other_senses._WORD.findall(text, end, line_end)]
    before = [w.lower() for w in reversed(other_senses._WORD.findall(text, line_start, start))]
    if after and after[0] not in other_senses._ENDS_THE_NOUN | other_senses._CLAUSE_BREAKS:
        return False
    reach = other_senses._STORY_REACH
    clause = other_senses._clause_words
    return not other_senses._STORIES.isdisjoint(clause(before)[:reach] + clause(after)[:reach])


EPIC_PIECES = [
    "Epic", "stories", "story", "user", "per", "into", "build", "reports", ",", ".", ";", " ",
    "  ", "\n", "x-", "#", "'s", "-", "and", "write", "each", "break", "(", ")",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(EPIC_PIECES), max_size=16).map("".join))
@example(text="write user stories per Epic, break each Epic into stories")
@example(text="stories x-Epic per Epic's stories; build Epic reports")
def test_the_work_item_check_answers_as_its_first_form_did(text: str) -> None:
    for written in (text, text.replace("Epic", " Epic ")):
        for found in re.finditer("Epic", written):
            start, end = found.span()
            assert other_senses.a_work_item(written, start, end) == _a_work_item_as_written(
                written, start, end
            )


def test_many_epics_on_one_line_are_read_in_linear_time() -> None:
    # each "Epic" read its whole line (8,000 on a 40 KB line: 40 s)
    unit = "user stories per Epic, "
    dense = unit * 400  # one line
    sparse = (unit * 4 + "\n") * 100
    sparse += "x" * (len(dense) - len(sparse))

    def read_all(text: str) -> int:
        starts = [m.start() for m in re.finditer("Epic", text)]
        return sum(other_senses.a_work_item(text, at, at + 4) for at in starts)

    assert read_all(dense) == 400
    dense_time, sparse_time = fastest(lambda: read_all(dense)), fastest(lambda: read_all(sparse))
    assert dense_time < 2 * sparse_time + 0.005, (dense_time, sparse_time)


def test_the_line_words_of_one_text_are_not_another_texts() -> None:
    # the line's words are remembered by the text itself: the same places in another text
    # of the same length read that text's words
    first, second = "stories per Epic, then", "glories per Epic, then"
    assert other_senses.a_work_item(first, 12, 16)
    assert not other_senses.a_work_item(second, 12, 16)
    assert other_senses.a_work_item(first, 12, 16)
