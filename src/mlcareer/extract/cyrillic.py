"""Lines written in Russian or Ukrainian. Both capitalise only a sentence's or an item's first
word ("Знание Python", "Опыт работы от 3 лет", "Вища освіта"), and a product keeps its Latin
name inside them ("Python", "PyTorch"): a Cyrillic word in lower case or capitalised so names
no requirement of its own. A word in capitals ("ДМС", "1С") or in Latin letters still does."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regex_cache
from .language_words import COUNT, sentence_case_common_word

# A Cyrillic letter in lower case, as a Russian or Ukrainian line's words hold (a line of
# acronyms alone, "ТК РФ", is none)
_LOWER_CYRILLIC = regex_cache.compile(r"[а-яёіїєґ]")
_CYRILLIC = regex_cache.compile(r"[а-яёіїєґ]", re.I)
_NO_ENDING = regex_cache.compile(r"(?!)")
# A Ukrainian word's apostrophe ("обов'язки", "комп'ютерний"), which splits no word
_APOSTROPHE = regex_cache.compile(r"['’ʼ]")


@lru_cache(maxsize=4096)  # asked again for each term of the line
def cyrillic_line(line: str) -> bool:
    """Whether the line reads as Russian or Ukrainian: it holds a Cyrillic letter in lower
    case."""
    return _LOWER_CYRILLIC.search(line) is not None


def _common_word(word: str) -> bool:
    """A count, or a Cyrillic word in lower case or capitalised as an item opens."""
    if COUNT.fullmatch(word):
        return True
    word = _APOSTROPHE.sub("", word.rstrip(".,;:"))
    return (
        bool(word)
        and bool(_CYRILLIC.match(word))
        and (sentence_case_common_word(word, frozenset(), _CYRILLIC, _NO_ENDING))
    )


def common_words(term: str) -> bool:
    """Whether a term's words are all common Russian or Ukrainian words: "Опыт работы от",
    "Знание", "Вища освіта"; not "Go", "ClickHouse", "ДМС" nor "Zorblex"."""
    words = term.split()
    return bool(words) and all(_common_word(word) for word in words)


# A term's opening Cyrillic words, in sentence case, before the name they ask for
_COMMON_OPENING = regex_cache.compile(r"(?:[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ]*[ \t]+)+(?=[A-Za-z])")


def name_after_common_words(term: str) -> tuple[str, int]:
    """A term past its opening common Russian or Ukrainian words, and how many characters
    they took: "Знание Go" -> ("Go", 7); a term without such an opening as it stands."""
    opening = _COMMON_OPENING.match(term)
    if opening is None:
        return term, 0
    return term[opening.end() :], opening.end()
