"""Searches made cheaper (speedext2) find exactly what the plain searches find: each fast path
is checked here against the search as first written."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer.extract import case_endings, education, kind_cues, literal

SETTINGS = settings(max_examples=400, deadline=None)
SEPARATORS = ["", " ", "  ", "\n", "\t", "-", ".", "/", ",", "(", ")", "'", ":", "x"]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(pieces), st.text(max_size=3))
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)).map("".join), max_size=12).map(
        "".join
    )


# --- degrees: each pattern tried only where the wider search of all of them matched ----------

DEGREE_PIECES = [
    *("PhD", "Ph.D.", "M.Sc.", "MSc", "MS", "M.S.", "MD", "MFA", "MBA", "Masters", "master's"),
    *("Bachelor", "bachelor's degree", "BS", "BSc", "B.Tech", "BA", "Ing.", "Mgr.", "Bc.", "DI"),
    *("FM", "KTM", "FT", "-tutkinto", "tietojenkäsittelytiede", "Master i informatikk", "i"),
    *("bachelor i matematikk", "Associate", "A.A.S.", "diploma", "High School", "A-level"),
    *("O levels", "GED", "2:1", "2.1", "or above", "(hons)", "honours degree", "class degree"),
    *("degree", "degree in", "degree level", "Degree: Mathematics", "or equivalent experience"),
    *("first class degree", "world-class degree", "in", "of", "Science", "Physics", "Hogeschool"),
    *("博士", "硕士", "学士", "석사", "학사", "本科", "İ", "K", "ratio of", "x-MS", "MS-Word"),
]


def _as_first_written(text: str) -> list[tuple[str, int, int]]:
    """degree_mentions' first step as written before: every pattern searched over the whole
    text (lower-cased for the case-blind ones, as degree_mentions searches them)."""
    lowered = text.lower() if len(text.lower()) == len(text) else ""
    found = []
    for index, (level, pattern) in enumerate(education.DEGREE_PATTERNS):
        fast = education._LOWER_CASE_PATTERNS.get(index) if lowered else None
        for match in fast.finditer(lowered) if fast else pattern.finditer(text):
            found.append((level, match.start(), match.end()))
    return found


def _as_searched_now(text: str) -> list[tuple[str, int, int]]:
    lowered = text.lower() if len(text.lower()) == len(text) else ""
    words = education._starts(education._ANY_WORD, lowered) if lowered else []
    acronyms = education._starts(education._ANY_ACRONYM, text)
    found = []
    for index, (level, pattern) in enumerate(education.DEGREE_PATTERNS):
        fast = education._LOWER_CASE_PATTERNS.get(index) if lowered else None
        if fast:
            matches = list(education._matches_within(fast, lowered, words))
        elif index in education._CASE_BLIND:
            matches = list(pattern.finditer(text))
        else:
            matches = list(education._matches_within(pattern, text, acronyms))
        found += [(level, match.start(), match.end()) for match in matches]
    return found


@SETTINGS
@given(text=texts(DEGREE_PIECES))
@example(text="Master's degree in Physics, MS/PhD, 2:1 or above in Maths")
@example(text="MSc (Master of Science) İ BSc")
@example(text="a 2:1 degree or higher in x; Degree: Mathematics")
@example(text="博士 硕士 석사 学部 卒業 DI tai FM, KTM-tutkinto")
def test_degree_patterns_tried_where_the_wide_search_matched_find_what_they_found(
    text: str,
) -> None:
    assert _as_searched_now(text) == _as_first_written(text)


def test_where_a_degree_pattern_matches_the_wide_search_matches_too() -> None:
    # the reason _matches_within may skip every other place
    text = "Master's degree in Physics, MS/PhD, B.Sc. (Hons), 2:1 in Maths, Ing. Mgr. A-level "
    for index, (_, pattern) in enumerate(education.DEGREE_PATTERNS):
        case_blind = bool(pattern.flags & re.I)
        wide = education._ANY_WORD if case_blind else education._ANY_ACRONYM
        searched = text.lower() if case_blind else text
        own = education._LOWER_CASE_PATTERNS.get(index, pattern)
        for match in own.finditer(searched):
            assert wide.match(searched, match.start()), (pattern.pattern[:40], match)


def test_a_text_of_degrees_read_as_first_written_names_the_same_degrees() -> None:
    text = (
        "EDUCATION\nPh.D. in Computer Science, 2019\nM.S. and B.S. in Physics\n"
        "MBA (Master of Business Administration)\nRequirements: Bachelor's degree in CS or "
        "equivalent experience; MS preferred. A 2:1 or above in Maths.\n"
    )
    assert _as_searched_now(text) == _as_first_written(text)
    assert education.degree_mentions(text)  # and the whole reading finds them


# --- a Turkish case suffix: the suffix alone is searched first ----------------------------

TURKISH_PIECES = [
    *("Python'da", "SQL'e", "Spark'la", "Kubernetes'te", "AWS'de", "Docker'ın", "GCP'deki"),
    *("Python’u", "Go'dan", "R'ye", "Master's", "don't", "I'll", "we're", "d'Arc", "L'Oréal"),
    *("'da", "'e", "’ın", "x", "Dell'Anno", "C#'ta", "'", "’", "İ", "ı"),
]


@SETTINGS
@given(text=texts(TURKISH_PIECES))
@example(text="Python'da ve SQL'e")
@example(text="'da Python'")
def test_a_turkish_case_is_found_as_the_whole_search_finds_it(text: str) -> None:
    expected = case_endings._TURKISH_CASE.search(text) is not None
    assert case_endings.holds_a_turkish_case(text) == expected


# --- who may apply: the Gulf's hiring programmes gate on the country's name ------------------


def test_a_gulf_hiring_programme_is_still_who_may_apply() -> None:
    gate = literal._ELIGIBILITY
    for line in ("Emiratisation role", "Saudization applies", "QATARIZATION", "Omanisation"):
        assert gate.search(line) is not None, line
        assert spans(gate.search(line)) == spans(gate.compiled.search(line))
    for line in ("Kuwaiti nationals preferred", "Bahrainisation", "organisation and automation"):
        assert spans(gate.search(line)) == spans(gate.compiled.search(line)), line


def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


# --- the reader addressed as the hire: searched in lower case, opening on "y" ---------------

ADDRESSED_PIECES = [
    *("You will", "you'll", "YOU HAVE", "you've", "You're", "you are", "you bring", "you need"),
    *("you hold", "you know", "You own", "you should", "you must", "You'll find me", "I", "me"),
    *("my", "I'm", "i've", "Beyond", "bayou will", "you", "your", "İ", "ſ", "K", "\n", "\n\n"),
]


def _addressed_votes_as_first_written(text: str) -> int:
    lines, line_end = 0, -1
    for found in kind_cues._ADDRESSED.finditer(text):
        if found.start() <= line_end:
            continue
        line_start = text.rfind("\n", line_end + 1, found.start()) + 1
        line_end = text.find("\n", found.end())
        line_end = len(text) if line_end < 0 else line_end
        if not kind_cues._FIRST_PERSON.search(text, line_start, line_end):
            lines += 1
        if lines >= kind_cues.ADDRESSED_LINES:
            return kind_cues.ADDRESSED_VOTES
    return 0


@SETTINGS
@given(text=texts(ADDRESSED_PIECES))
@example(text="You will lead\nYou'll find me\nyou have shipped")
@example(text="ſ you will\nİ you have\nyou bring")
def test_the_reader_addressed_is_counted_as_first_written(text: str) -> None:
    assert kind_cues.addressed_votes(text) == _addressed_votes_as_first_written(text)
