"""Lines written in Russian or Ukrainian. Both capitalise only a sentence's or an item's first
word ("Знание Python", "Опыт работы от 3 лет", "Вища освіта"), and a product keeps its Latin
name inside them ("Python", "PyTorch"): a Cyrillic word in lower case or capitalised so names
no requirement of its own. A word in capitals ("ДМС", "1С") or in Latin letters still does."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regex_cache
from ..documents.sections import ITEM_MARK
from .language_words import COUNT, sentence_case_common_word

# A Cyrillic letter in lower case, as a Russian or Ukrainian line's words hold (a line of
# acronyms alone, "ТК РФ", is none)
_LOWER_CYRILLIC = regex_cache.compile(r"[а-яёіїєґ]")
_CYRILLIC = regex_cache.compile(r"[а-яёіїєґ]", re.I)
_NO = regex_cache.compile(r"(?!)")  # no ending makes a capitalised word common by itself
_NONE: frozenset[str] = frozenset()
# A Ukrainian word's apostrophe ("обов'язки", "комп'ютерний"), which splits no word
_APOSTROPHE = regex_cache.compile(r"['’ʼ]")


@lru_cache(maxsize=4096)  # asked again for each term of the line
def cyrillic_line(line: str) -> bool:
    """Whether the line reads as Russian or Ukrainian: it holds a Cyrillic letter in lower
    case."""
    return _LOWER_CYRILLIC.search(line) is not None


def _common_word(word: str, opens: bool) -> bool:
    """A count, or a Cyrillic word in lower case, or capitalised as the first word of an item
    or a sentence is (`opens`): a capital further on marks a name ("Знание Хадуп")."""
    if COUNT.fullmatch(word):
        return True
    word = _APOSTROPHE.sub("", word.rstrip(".,;:"))
    if not word or not _CYRILLIC.match(word):
        return False
    return word.islower() or (opens and sentence_case_common_word(word, _NONE, _CYRILLIC, _NO))


# What stands before an item's or a sentence's first word: nothing but blanks and a list
# item's mark from the line's start, or a stop, a colon or a semicolon
_ITEM_START = regex_cache.compile(rf"\s*(?:{ITEM_MARK})?\s*")
_AFTER_STOP = regex_cache.compile(r"[.:;!?]\s*$")
_REACH = 20  # characters before a term where its item's mark or a stop is looked for


def _opens(line: str, start: int) -> bool:
    """Whether a term at `start` opens its item or its sentence."""
    before = line[max(0, start - _REACH) : start]
    opening_line = start <= _REACH and _ITEM_START.fullmatch(before) is not None
    return opening_line or _AFTER_STOP.search(before) is not None


def common_words(line: str, term: str, start: int) -> bool:
    """Whether a term of a Russian or Ukrainian line, at `start`, is only common words there:
    "Опыт работы от", "Знание", "Вища освіта" opening an item; not "Go", "ClickHouse", "ДМС",
    "Zorblex", nor "Хадуп" (Hadoop) after a word or capitalised mid-term."""
    words = term.split()
    opens = _opens(line, start)
    return bool(words) and all(
        _common_word(word, opens and at == 0) for at, word in enumerate(words)
    )


# A term's opening Cyrillic words, in sentence case, before the name they ask for
_COMMON_OPENING = regex_cache.compile(
    r"[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ]*[ \t]+(?:[а-яёіїєґ'’ʼ]+[ \t]+)*(?=[A-Za-z])"
)


def name_after_common_words(term: str) -> tuple[str, int]:
    """A term past its opening common Russian or Ukrainian words, and how many characters
    they took: "Знание Go" -> ("Go", 7); a term without such an opening as it stands."""
    opening = _COMMON_OPENING.match(term)
    if opening is None:
        return term, 0
    return term[opening.end() :], opening.end()
