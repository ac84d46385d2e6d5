"""The tokenizer's suffix and infix searches (extract/suffix_search.py) find exactly what the
whole patterns find, on words of every kind, and mlcareer's tokenizer splits texts as it did."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from mlcareer import regex_cache
from mlcareer.extract.nlp import EXTRA_SUFFIXES, affix_pattern, resume_infixes, resume_tokenizer
from mlcareer.extract.suffix_search import (
    _ends,
    _opening_characters,
    infix_finditer,
    sre_parse,
    suffix_search,
)

Search = Callable[[str], "re.Match[str] | None"]
WORDS = [
    *("", "a", "R.", "C.", "ADaM.", "SQL,", "(Python)", "Kubernetes,", "Kubernetes;"),
    *("microservices-oriented", "TensorFlow/PyTorch", "state-of-the-art.", "x" * 60),
    *("5km", "5km²", "12GB", "3°C.", "99.9%", "$5", "5$", "US$", "40h", "10K", "2M"),
    *("Wait...", "so....", "x..y", "..", "...", "…", "Done…", "end.\n", "a\n", "\n", "\n\n"),
    *("Englischkenntnisse", "Deutschkenntnissen", "Kenntnisse", "ü" * 20 + "kenntnisse"),
    *("Acme's", "ACME'S", "Acme’s", "it's.", "'quoted'", "“Go”", "«Rust»", "(SQL)."),
    *("Python。", "Python，", "経験（必須）", "Kotlin、", "Java：", "B2)", "C#-", "C++—"),
    *("Time Management-", "Go–", "A.B.C.", "e.g.", "U.S.", "Ph.D.", "v2.0.", "3.5+", "4+"),
    *("Zorblex!", "Quuxcorp?", "¿qué?", "¡sí!", "؟", "٪", "‹x›", "⟦y⟧", "©", "Acme®"),
    *("Node.js/Python", "C++/Java", "C#-based", "C#/.NET", "F#/OCaml", "GKE「Kubernetes」"),
    *("Airflow→BigQuery", "Kafka->Spark", "AWS(SageMaker)", "Tableau•Looker", "col·legi"),
    *(
        "Kafka·Flink",
        "【使用技術】Python",
        "Pythonでの開発",
        "Python으로",
        "熟悉PyTorch或TensorFlow",
    ),
    *("Kubernetesها", "باPyTorch", "בPython", "3-5", "2*3", "10^6", "a,b", "x:y", "a=b", "x~y"),
    *("ab.Cd", "well-known", "so--called", "e—mail", "Zorblex", "3D", "PyTorch", "TensorFlow"),
]


@pytest.fixture(scope="module")
def searches() -> tuple[Search, Search]:
    import spacy

    pieces = [*spacy.blank("en").Defaults.suffixes, *EXTRA_SUFFIXES]
    return affix_pattern(pieces, after="$").search, suffix_search(pieces, regex_cache.compile)


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found else None


def test_speed3_suffix_search_finds_what_the_whole_pattern_finds(
    searches: tuple[Search, Search],
) -> None:
    whole, fast = searches
    for word in WORDS:
        for cut in {word[i:j] for i in range(len(word) + 1) for j in range(i, len(word) + 1)}:
            assert _span(fast(cut)) == _span(whole(cut)), cut


def test_speed3_suffix_search_keeps_the_whole_search_for_unknown_unbounded_pieces() -> None:
    whole = regex_cache.compile(r"!+$|,$")
    fast = suffix_search([r"!+", ","], regex_cache.compile)
    assert fast == whole.search  # "!+" has no bound and no string known to be in its matches
    assert fast("Wow!!!").span() == (3, 6)


def test_speed3_suffix_pieces_ending_characters_are_known_or_any() -> None:
    assert _ends(r"(?<=[0-9])\+") == [(ord("+"), ord("+"))]
    assert _ends(r"kenntnissen?") == [(ord("n"), ord("n")), (ord("e"), ord("e"))]
    assert _ends(r"(?i:ab)") is None  # case-blind: "B" too
    assert _ends(r"[^a]") is None and _ends(r"\w") is None and _ends(r"x?") is None


def test_speed3_infix_search_finds_what_the_whole_pattern_finds() -> None:
    import spacy

    pieces = resume_infixes(spacy.blank("en").Defaults.infixes)
    whole = affix_pattern(pieces).finditer
    fast = infix_finditer(pieces, regex_cache.compile)
    assert fast != whole
    for word in WORDS:
        for cut in {word[i:j] for i in range(len(word) + 1) for j in range(i, len(word) + 1)}:
            assert [m.span() for m in fast(cut)] == [m.span() for m in whole(cut)], cut


def test_speed3_infix_gate_reads_what_a_piece_needs() -> None:
    def opening(piece: str) -> list[tuple[int, int]] | None:
        return _opening_characters(list(sre_parse.parse(piece)))

    assert opening(r"(?<=[0-9])[+\-](?=[0-9])") == [(ord("+"), ord("+")), (ord("-"), ord("-"))]
    # lookarounds alone: the one needing fewer plain letters ("b" after any letter)
    assert opening(r"(?<=[a-z])(?=b)") == [(ord("b"), ord("b"))]
    assert opening(r"x?y") is None and opening(r"[^a]") is None and opening(r"\w") is None
    unknown = regex_cache.compile(r"-|\w(?=-)")
    assert infix_finditer([r"-", r"\w(?=-)"], regex_cache.compile) == unknown.finditer


def test_speed3_tokenizer_splits_as_with_the_whole_suffix_pattern() -> None:
    import spacy
    from spacy.tokenizer import Tokenizer

    nlp = spacy.blank("en")
    ours = resume_tokenizer(nlp)
    pieces = [*nlp.Defaults.suffixes, *EXTRA_SUFFIXES]
    plain = Tokenizer(
        nlp.vocab,
        rules=ours.rules,
        prefix_search=ours.prefix_search,
        suffix_search=affix_pattern(pieces, after="$").search,
        infix_finditer=affix_pattern(resume_infixes(nlp.Defaults.infixes)).finditer,
        token_match=ours.token_match,
        url_match=ours.url_match,
    )
    text = " ".join(WORDS) + "\nSkills: Python (3.11), SQL; 5+ yrs... Kafka/Flink, C#.\n"
    assert [t.text for t in ours(text)] == [t.text for t in plain(text)]
