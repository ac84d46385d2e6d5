"""Patterns rewritten for speed, and searches gated on a cheap test, find exactly what the
patterns as first written found (their first forms are kept here as the reference)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer.extract import education, experience, skills

SETTINGS = settings(max_examples=400, deadline=None)
SEPARATORS = [" ", "  ", "\n", "\t", "-", ".", "/", "@", ",", "(", ")", "'", "", "x"]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(pieces), st.text(max_size=3))
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)).map("".join), max_size=12).map(
        "".join
    )


# The address patterns as first written: a lookbehind opening two of the alternatives
REFERENCE_PATH = re.compile(
    r"(?<!(?i:asp))(?<!(?i:ado))(?<!(?i:vb))\.(?:com|org|net|edu|gov|co)(/\S*)"
    r"|(?:https?://|www\.)[^\s/]+(/\S*)|(?<![\w.])[a-z][\w-]*(?:\.[a-z][\w-]*){2,}(/\S*)"
)
REFERENCE_MAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
ADDRESS_PIECES = [
    *("github.com/ada", "www.acme.io/jobs", "https://x.io/a/b", "careers.acme.io/recruiting"),
    *("ASP.NET/C#", "vb.net/x", "ADO.NET/SQL", "Asp.com/x", "xvb.org/y", "a.b.c/d", "é.b.c/d"),
    *("ada@example.com", "ml.team@acme.co.uk", "a+b@x.io", "_x@y.z", "é@ü.de", "@handle"),
    *("x@y", "@@", "/", "@", ".com/", "\n", " ", "٣@x.io", "ǅ.ab.cd/e", "socket.io/x"),
]


@SETTINGS
@given(text=texts(ADDRESS_PIECES))
@example(text="see\n.com/x and asp\n.net/y")
@example(text="a.b@c.d@e.f x.y@z.w")
def test_addresses_are_those_the_patterns_as_first_written_find(text: str) -> None:
    _assert_addresses_as_first_written(text)


def _assert_addresses_as_first_written(text: str) -> None:
    paths = [
        next(m.span(g) for g in (1, 2, 3) if m.group(g) is not None)
        for m in REFERENCE_PATH.finditer(text)
    ]
    mails = [m.span() for m in REFERENCE_MAIL.finditer(text)]
    assert skills.address_parts(text) == sorted(paths + mails)


def test_each_address_piece_alone_and_beside_another_is_found_as_first_written() -> None:
    for piece in ADDRESS_PIECES:
        for other in ["", *ADDRESS_PIECES]:
            for separator in (" ", "", "/", "."):
                _assert_addresses_as_first_written(f"{piece}{separator}{other}")


YEARS_PIECES = [
    *("5 years", "3+ YEARS", "10 yrs", "2 yoe", "4 y+", "5+ Jahre", "3 ans", "2 años", "1 an"),
    *("3 anni", "4 jaar", "2 år", "3 lata", "5 vuotta", "2 roky", "3 let", "4 év", "2 ani"),
    *("3 aastat", "1 année", "of", "hands-on", "experience with", "in", "using", "Spark"),
    *("ſ", "K", "\u212a", "İ", "ı", "Σ", "YEARſ", "annſ", "5-years", "2-year", "ago", "+"),
]


@SETTINGS
@given(text=texts(YEARS_PIECES), back=st.integers(min_value=0, max_value=5))
@example(text="You must have 3+ years of Spark", back=0)
@example(text="3 ANſ of Spark", back=0)
def test_years_before_a_name_are_found_as_the_search_finds_them(text: str, back: int) -> None:
    start = max(0, len(text) - back)
    expected = skills._YEARS_OF.search(text, max(0, start - 60), start) is not None
    assert skills._counted_in_years(text, start) == expected


DEGREE_PIECES = [
    *("Ing.", "Mgr.", "Bc.", "ING.", "Ing. en", "Hogeschool", "Master", "master", "Bachelor"),
    *("bachelor", "i", "I", "informatikk", "Scrum Master", "A-level", "O levels", "a-level"),
    *("Associate's degree", "ASSOCIATE OF", "A.A.S.", "ADN", "Diploma", "HND", "Bac + 2"),
    *("Higher National Diploma", "Tecnólogo en", "TECNOLOGO EN", "İ", "ſ", "K", "PhD", "MS"),
    *("Ön lisans", "ÖN LİSANS", "ön"),
]


@SETTINGS
@given(text=texts([*DEGREE_PIECES, "\t", " i ", "\ti\t"]))
@example(text="Master\ti\tinformatikk, Bachelor i matematikk")
@example(text="İ ASSOCIATE OF Arts")
def test_a_gated_degree_pattern_matches_only_where_its_strings_stand(text: str) -> None:
    lowered = text.lower() if len(text.lower()) == len(text) else ""
    for index in education._NEEDED:
        pattern = education.DEGREE_PATTERNS[index][1]
        fast = education._LOWER_CASE_PATTERNS.get(index)
        if fast is not None and lowered:
            assert fast.search(lowered) is None or education._may_match(index, lowered)
        elif fast is None:
            assert pattern.search(text) is None or education._may_match(index, text)


@SETTINGS
@given(text=texts([*DEGREE_PIECES, "\t", " i "]))
def test_degrees_are_found_as_without_the_gates(text: str) -> None:
    gated = education.degree_mentions(text)
    needed = dict(education._NEEDED)
    education._NEEDED.clear()
    try:
        assert gated == education.degree_mentions(text)
    finally:
        education._NEEDED.update(needed)


def test_every_rare_pattern_has_its_gate() -> None:
    # six openings, each naming one pattern: a pattern reworded at its opening loses its gate
    assert len(education._NEEDED) == len(education._NEEDED_BY_OPENING)


NUMBER_PIECES = [
    *("9", "12", "512", "2019", "1949", "2050", "03", "3", "31", "32", "1st", "2nd", "23rd"),
    *("4th", "201٣", "٣", "1.4M", "17%", "2210.99412", "7th of", "years", "yrs", "min", "TB"),
    *("2019年", "Q3", "H1", "-", "–", "/", ".", "  ", "\t", "\n", "of", "ſ", "\u212a", "İ", "'"),
]
MONTH_PIECES = [name for name in experience._MONTH_NAMES[::7]] + ["SEPT", "Mär", "ÁPR"]


@SETTINGS
@given(text=texts([*NUMBER_PIECES, *MONTH_PIECES]))
@example(text="4 Sep 2003 - 1st-Jan 2020, 3 - 2019, 12/21")
@example(text="4 ſep 2003 - 1 \u212aesäkuu 2020")
def test_a_range_opens_on_a_number_only_where_the_quick_test_lets_it(text: str) -> None:
    for at, character in enumerate(text):
        if character.isdecimal() and experience.RANGE.match(text, at) is not None:
            assert experience._may_open_a_range(text, at), (text, at)


@SETTINGS
@given(
    found=st.lists(
        st.tuples(st.integers(1, 3), st.integers(0, 10), st.integers(1, 4)).map(
            lambda t: (t[0], t[1], t[1] + t[2])
        ),
        max_size=12,
    )
)
def test_the_longest_matches_are_kept_as_spacys_filter_spans_keeps_them(
    found: list[tuple[int, int, int]],
) -> None:
    from spacy.tokens import Span
    from spacy.util import filter_spans

    from mlcareer.extract.nlp import longest_first

    doc = _fourteen_words()
    spans = filter_spans([Span(doc, start, end, label=label) for label, start, end in found])
    assert longest_first(found) == [(span.label, span.start, span.end) for span in spans]


@cache
def _fourteen_words() -> Any:
    import spacy

    return spacy.blank("en")(" ".join(["word"] * 14))
