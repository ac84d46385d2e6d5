"""Cyrillic letters that look like Latin ones, typed inside a Latin word on a Russian or
Ukrainian keyboard layout ("Сloud", "Pythоn"), as the "C" of "С++" and "С#" or as a lone "С"
listed among Latin names ("С, Java, SQL"): read as the Latin letters they stand for, one for
one, so that offsets do not move. A word holding any other Cyrillic letter, or no Latin one,
is Cyrillic and stays as written."""

from __future__ import annotations

import re

from .. import regex_cache

# Cyrillic capitals and small letters drawn as Latin ones, and those Latin letters
_CYRILLIC = "АВЕКМНОРСТХаеорсхуіІјЈѕЅ"
_LATIN = "ABEKMHOPCTXaeopcxyiIjJsS"
_LATIN_OF = dict(zip(_CYRILLIC, _LATIN, strict=True))
_LATIN_RUN = regex_cache.compile("[A-Za-z]+")
# The letters of a Latin word typed so: Latin ones and their lookalikes
_WORD_LETTERS = frozenset(_CYRILLIC + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_LANGUAGE_MARKS = ("++", "#")  # "С++", "С#"
# A capital "С" standing alone as a list's item ("Технологии: С, Java", "Java / С / Go"): the
# preposition "с" always has a word after it; the line must list a Latin name too (not a
# driving licence's categories "В, С")
_LISTED_C = regex_cache.compile(r"(?:^|(?<=[,:;/(]))[ \t]*(С)(?=[ \t]*(?:[,;/)]|$))", re.M)
_LATIN_NAME = regex_cache.compile(r"[A-Za-z]{2,}")


def latin_lookalikes(text: str) -> dict[int, tuple[str, str]]:
    """Where a Cyrillic lookalike stands in a Latin word: offset -> (Latin, Cyrillic). A text
    without such a letter costs a substring test per letter."""
    if text.isascii() or not any(char in text for char in _CYRILLIC):
        return {}
    found: dict[int, tuple[str, str]] = {}
    read_to = 0  # the end of the last word read: its later runs are read with it
    for run in _LATIN_RUN.finditer(text):  # a Latin run with a lookalike glued to it
        start, end = run.span()
        if end > read_to and (
            text[start - 1 : start] in _LATIN_OF or text[end : end + 1] in _LATIN_OF
        ):
            read_to = _add_word(text, start, found)
    for mark in _LANGUAGE_MARKS:  # a lone "С" before "++" or "#"
        at = text.find(mark)
        while at > 0:
            if text[at - 1] in "Сс" and not (at > 1 and text[at - 2].isalpha()):
                found[at - 1] = ("C" if text[at - 1] == "С" else "c", text[at - 1])
            at = text.find(mark, at + len(mark))
    if "С" in text:
        for listed in _LISTED_C.finditer(text):
            if _LATIN_NAME.search(_line_of(text, listed.start(1))):
                found[listed.start(1)] = ("C", "С")
    return found


def _line_of(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def _add_word(text: str, inside: int, found: dict[int, tuple[str, str]]) -> int:
    """The lookalikes of the word around `inside` when all its letters are Latin or
    lookalikes; the word's end."""
    start = end = inside
    while start > 0 and text[start - 1] in _WORD_LETTERS:
        start -= 1
    while end < len(text) and text[end] in _WORD_LETTERS:
        end += 1
    if (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
        return end  # glued to another letter: a Cyrillic word ("Рaсчет")
    for at in range(start, end):
        if text[at] in _LATIN_OF:
            found[at] = (_LATIN_OF[text[at]], text[at])
    return end
