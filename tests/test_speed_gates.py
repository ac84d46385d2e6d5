"""Quicker tests before searches (branch speed) decide exactly as the searches they stand for."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from mlcareer.extract import importance, junk_terms, literal, requirements, roles

SETTINGS = settings(max_examples=300, deadline=None)
SEPARATORS = [" ", "  ", "\n", "\t", "-", ".", ",", "(", ")", "'", "", "x", "_"]

# Words of counts of years in the languages YEARS reads, cut short, glued and in other cases
YEAR_PIECES = [
    *("5 years", "yr", "YOE", "3y+", "Jahre", "ans", "2 ans", "années", "años", "anni", "anos"),
    *("jaar", "år", "lat", "lata", "1 an", "1 année", "1  año", "1 anno", "1 ano", "vuotta"),
    *("roky", "let", "év", "éves", "ani", "aastat", "metų", "metai", "gadu", "gadi", "yıl"),
    *("лет", "года", "год", "роки", "рік", "năm", "tahun", "ปี", "שנות", "שנים", "سنوات"),
    *("أعوام", "χρόνια", "έτη", "ετών", "3年", "3년", "plans", "organization", "complete"),
    *("translate", "an", "1", "ſ", "\u212a", "İ", "ı", "experience", "expérience", "exp"),
]
# Lengths of contracts and placements, and their nouns alone, in other cases and cut short
TERM_PIECES = [
    *("Contract of 2 years", "contrat de deux ans", "Projekt von 3 Jahren", "CDD de 6 mois"),
    *("Befristet auf zwei Jahre", "contrato de 18 meses", "Stage de 6 mois", "durée de 1 an"),
    *("Prácticas de 6 meses", "estágio de 6 meses", "tirocinio di 6 mesi", "duración de"),
    *("6 month contract", "12-month CONTRACT", "3 year project", "two-year fixed-term"),
    *("internship", "Apprenticeship", "apprentissage", "mission", "placement", "engagement"),
    *("of", "de", "d'", "von", "2", "six", "tres", "weeks", "Months", "year", "term", "role"),
    *("ſ", "\u212a", "İ", "ı", "Python", "project manager"),
]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(pieces), st.text(max_size=3))
    return st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)).map("".join), max_size=12).map(
        "".join
    )


WORD_PATTERNS = [requirements.YEARS.words, roles._ROLE_LINE.words]


def _holds_alike(text: str) -> None:
    for words in WORD_PATTERNS:
        joined = importance.one_boundary(words)
        assert (joined.search(text) is None) == (words.search(text) is None), words.pattern[:30]


def test_the_years_words_are_searched_behind_one_boundary() -> None:
    joined = importance.one_boundary(requirements.YEARS.words)
    assert joined.pattern.count(r"\b(") == 1 and not joined.pattern.startswith(r"\b")
    assert importance.one_boundary(re.compile("year|yr")).pattern == "year|yr"


@SETTINGS
@given(text=texts(YEAR_PIECES))
@example(text="1 año")
@example(text="the let")
@example(text="organization plans")
def test_words_behind_one_boundary_are_found_where_the_words_are(text: str) -> None:
    _holds_alike(text.lower())


def test_each_year_piece_alone_and_beside_another_holds_a_word_alike() -> None:
    for piece in YEAR_PIECES:
        for other in ["", *YEAR_PIECES]:
            _holds_alike(f"{piece} {other}".lower())
            _holds_alike(f"{piece}{other}".lower())


def _spans(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def _found_alike(text: str) -> None:
    for gate in (junk_terms._TERM_LENGTH, junk_terms._LENGTH_THEN_TERM):
        pattern = gate.compiled
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in pattern.finditer(text)]
        assert _spans(gate.search(text)) == _spans(pattern.search(text))


@SETTINGS
@given(text=texts(TERM_PIECES))
@example(text="PROJEKT von drei Jahren")
@example(text="ſtage de 6 mois")
def test_a_contracts_length_is_found_where_the_search_finds_it(text: str) -> None:
    _found_alike(text)


def test_each_term_piece_alone_and_beside_another_is_found_alike() -> None:
    for piece in TERM_PIECES:
        for other in ["", *TERM_PIECES]:
            _found_alike(f"{piece} {other}")


def test_a_term_within_a_contracts_length_still_asks_nothing() -> None:
    line = "- Contract of 2 years, Zorblex and Quuxflow"
    assert junk_terms.junk_term(line, "Contract", 2)
    assert junk_terms.junk_term("- 6 month contract with Zorblex", "contract", 10)
    assert not junk_terms.junk_term(line, "Zorblex", line.index("Zorblex"))


# Cue words of the importance patterns, cut short and in other cases
CUE_PIECES = [
    *("preferred", "a plus", "nice to have", "nice-to-haves", "bonus points", "ideally", "must"),
    *("required", "requires", "needed", "essential", "mandatory", "expected to", "not", "no"),
    *("don't need to", "no need for", "unnecessary", "none required", "even if you've never"),
    *("helps", "it helps a lot", "plus", "welcome", "ideal", "von Vorteil", "un atout", "apply"),
    *("how to apply", "send your CV", "cover letter", "training", "equal opportunity", "vital"),
    *("seeking", "with", "candidates", "familiarity", "is", "are", "Python", "n't", "必須"),
]


def _joined_alike(text: str) -> None:
    for name, pattern in zip(importance._Patterns._fields, importance._ANY_CASE, strict=True):
        joined = re.compile(importance.boundaries_joined(pattern.pattern), pattern.flags)
        assert [m.span() for m in joined.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ], name
        assert _spans(joined.match(text, 1)) == _spans(pattern.match(text, 1)), name


def test_boundaries_are_joined_only_in_runs_of_alternatives() -> None:
    assert importance.boundaries_joined(r"\bno\b|\bnot\b|n't") == r"\b(?:no\b|not\b)|n't"
    assert importance.boundaries_joined(r"a|\bb|c|\bd") == r"a|\bb|c|\bd"
    assert importance.boundaries_joined(r"\\bx|\\by") == r"\\bx|\\by"  # a backslash, then "b"


@SETTINGS
@given(text=texts(CUE_PIECES))
@example(text="No Java needed, a plus")
def test_cue_patterns_with_boundaries_joined_find_what_they_found(text: str) -> None:
    _joined_alike(text)
    _joined_alike(text.lower())


def test_each_cue_piece_alone_and_beside_another_is_found_alike() -> None:
    for piece in CUE_PIECES:
        for other in ["", *CUE_PIECES]:
            _joined_alike(f"{piece} {other}")


LEAD_IN_PIECES = [
    *("knowledge of", "Skills in", "skill set with", "craft at", "Adept at", "comfortable"),
    *("confident using", "comfortable writing", "attention to", "attention to detail", "eye"),
    *("track record of", "exposures to", "Know-how in", "ſkills in", "Python", "of", "in"),
]


@SETTINGS
@given(text=texts(LEAD_IN_PIECES))
@example(text="comfortable writing CUDA; knowledge of Zorblex")
def test_lead_ins_with_boundaries_joined_are_found_where_they_were(text: str) -> None:
    flat = re.compile(literal.LEAD_IN_WORDS, re.I)
    assert [m.span() for m in literal._ANY_LEAD_IN.finditer(text)] == [
        m.span() for m in flat.finditer(text)
    ]


@SETTINGS
@given(text=texts([*YEAR_PIECES, *CUE_PIECES]))
@example(text="Kelvin \u212a and ſ")
def test_a_text_is_lowered_alike_as_by_its_letters(text: str) -> None:
    lowered = text.lower()
    alike = len(lowered) == len(text) and not importance._FOLDS_UNLIKE_LOWER.search(text)
    importance.lowered_alike.cache_clear()
    assert importance.lowered_alike(text) == (lowered if alike else None)
