"""Whole-text searches that open on a character the regex engine can skip to: a pattern whose
first step is a lookbehind, a word boundary or \\A is tried at every character of the text.
Each fast form is checked against the form it replaced, match for match."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer.extract import education


def opens_on_a_character(pattern: re.Pattern[str]) -> bool:
    """Whether the regex engine skips ahead to the characters a match can open on: the
    pattern opens on a literal or a character set, or it is an alternation each of whose
    alternatives opens on a literal (as re's compiler requires), and no letter is matched
    ignoring case."""
    if pattern.flags & re.I:
        return False
    items = _parser.parse(pattern.pattern, pattern.flags)
    op, value = items[0]
    while op is sre.SUBPATTERN:  # a group around the whole: look inside it
        op, value = value[-1][0]
    if op is sre.BRANCH:
        return all(alternative and alternative[0][0] is sre.LITERAL for alternative in value[1])
    return op in (sre.LITERAL, sre.IN)


def test_the_check_tells_a_skippable_opening_from_one_tried_everywhere() -> None:
    assert opens_on_a_character(re.compile(r"a(?<!\wa)b|c"))
    assert opens_on_a_character(re.compile(r"[ab]x"))
    assert opens_on_a_character(re.compile(r"(?:yz|a)"))
    assert not opens_on_a_character(re.compile(r"[ab]x|yz"))
    assert not opens_on_a_character(re.compile(r"ab", re.I))
    assert not opens_on_a_character(re.compile(r"\ba"))
    assert not opens_on_a_character(re.compile(r"a|(?<!x)b"))
    assert not opens_on_a_character(re.compile(r"a|\Ab"))


def test_the_degree_searches_open_on_a_character() -> None:
    """Those searched in the lower-cased text, and the all-caps acronyms searched as written."""
    searches = [pattern for _, pattern in education.DEGREE_PATTERNS if not pattern.flags & re.I]
    searches += [*education._LOWER_CASE_PATTERNS.values(), education._ANY_WORD]
    searches.append(education._ANY_ACRONYM)
    slow = [pattern.pattern[:60] for pattern in searches if not opens_on_a_character(pattern)]
    assert slow == []


# The degree class as first written, its ratio check before the "2"
CLASS_DEGREE_AS_WRITTEN = (
    r"(?<!ratio\s)(?<!ratio\sof\s)"
    rf"2(?<![\w.:]2):[1i](?![\w.:])(?:{education._OR_BETTER})?(?:\s*\(\s*hons\s*\))?"
    r"\s+(?:in|hons|honours)\b"
    rf"|2(?<![\w.:]2)\.[1i](?![\w.:]){education._OR_BETTER}\s+in\b"
)
CLASS_PIECES = [
    "2:1", "2.1", "2:i", "2", ":", ".", "1", "ratio", "ratio of", "RATIO", " ", "\t", "\n",
    "a", "x2", "or above", "or higher", "(hons)", "in", "hons", "honours", "of", "(", ")",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(CLASS_PIECES), max_size=12).map(" ".join))
@example(text="a compression ratio of 2:1 in production")
@example(text="ratio 2:1 in the buffer, a 2:1 (hons) in Physics, 2.1 or higher in Maths")
def test_the_degree_class_matches_where_its_first_form_did(text: str) -> None:
    for flags in (re.I, 0):
        fast = re.compile(education._CLASS_DEGREE, flags)
        slow = re.compile(CLASS_DEGREE_AS_WRITTEN, flags)
        for written in (text, text.lower()):
            assert [m.span() for m in fast.finditer(written)] == [
                m.span() for m in slow.finditer(written)
            ]


def test_the_posting_cue_search_past_the_start_opens_on_a_character() -> None:
    from mlcareer.extract import _CUES_PAST_THE_START

    assert opens_on_a_character(_CUES_PAST_THE_START)


POSTING_CUE_PIECES = [
    "we are", "we're", "are looking for", "is looking for", "we are looking for", "hiring a",
    "hiring a team", "the ideal candidate", "the candidate", "te ofrecemos", "ofrecemos",
    "is een pré", "een pré", "är en fordel", "únete", "wünschenswert", "send us your cv",
    "share your rates", "dm me", "dms are open", "open to a quick call", "(m/w/d)", "(h/f)",
    "(m/v/x)", "(k/m)", "#hiring", "#nowhiring", "[hiring]", "$150k-180k", "€70-90k",
    "£80-100/h", "hi anna,", "hey bob!", "looking for a", "need someone", "needed", "wanted",
    "no", "x", "a", "é", "_", "-", "'", "(", ")", "/", "$", "#", "\n", "2019", "apply",
    "applicants", "bonus points", "must-have", "a must", "a jd", "the jd", "your profile",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(POSTING_CUE_PIECES), max_size=10).map(" ".join))
@example(text="hiring a data engineer: we are looking for (m/w/d)")
@example(text="(m/w/d) data engineer wanted")
@example(text="$120k-150k, dm me")
def test_the_posting_cues_past_the_start_are_those_of_the_whole_search(text: str) -> None:
    """The cue words found by matching at the first character and searching the rest with
    the pattern that skips ahead are those the whole search finds."""
    from mlcareer.extract import _LOWERED_POSTING_WORDS, _lowered_posting_cues

    for written in (text, "\n" + text, text.replace(" ", "")):
        assert _lowered_posting_cues(written) == set(_LOWERED_POSTING_WORDS.findall(written))


def test_the_amount_mark_opens_on_a_character() -> None:
    from mlcareer.extract.nlp import _AMOUNT_MARK

    assert opens_on_a_character(_AMOUNT_MARK)


AMOUNT_AS_WRITTEN = r"[$€£]|\d[ -](?:person|people|member|strong)"
AMOUNT_PIECES = ["$", "€", "£", "3", "12", " ", "-", "person", "people", "member", "strong", "x"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(AMOUNT_PIECES), max_size=12).map("".join))
@example(text="Managed a 12-person team and a $3M budget")
def test_the_amount_mark_matches_where_its_first_form_did(text: str) -> None:
    from mlcareer.extract.nlp import _AMOUNT_MARK

    slow = re.compile(AMOUNT_AS_WRITTEN)
    assert [m.span() for m in _AMOUNT_MARK.finditer(text)] == [
        m.span() for m in slow.finditer(text)
    ]
