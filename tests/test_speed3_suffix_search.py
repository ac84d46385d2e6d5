"""The tokenizer's suffix search (extract/suffix_search.py) finds exactly what the whole
suffix pattern finds, on words of every kind, and mlcareer's tokenizer splits texts as it did."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from mlcareer import regex_cache
from mlcareer.extract.nlp import EXTRA_SUFFIXES, affix_pattern, resume_tokenizer
from mlcareer.extract.suffix_search import _ends, suffix_search

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
        infix_finditer=ours.infix_finditer,
        token_match=ours.token_match,
        url_match=ours.url_match,
    )
    text = " ".join(WORDS) + "\nSkills: Python (3.11), SQL; 5+ yrs... Kafka/Flink, C#.\n"
    assert [t.text for t in ours(text)] == [t.text for t in plain(text)]
