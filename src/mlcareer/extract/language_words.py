"""What the readers of foreign lines share (german.py, romance.py, northern.py): a line's
words, read once, the test for a language's marker words, and the test for a word that such a
language writes in lower case mid-sentence and capitalises only to open a sentence or an item
("Au moins", "Minimaal", "Goda kunskaper")."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import regex_cache

# A word standing as a word, not inside an address ("web.mit.edu", "mit/lab", "x@mit"), nor
# an English contraction's ending ("You've": no Turkish "ve", and)
WORD = regex_cache.compile(
    r"(?<![\w./@])(?!(?<=[^\W\d_]['’])(?:ve|ll|re|[stdm])(?![^\W\d_]))[^\W\d_]+(?![\w/@]|\.\w)"
)
# A count before the words it counts: "3 ans", "2+ años", "3 jaar", "5+ år"
COUNT = regex_cache.compile(r"\d{1,3}\+?")


@lru_cache(maxsize=4096)  # asked again for each term of the line (foreign.common_words)
def line_words(line: str) -> tuple[frozenset[str], frozenset[str]]:
    """The line's words (WORD) as written and lower-cased: read once for the German, the
    Romance and the northern languages' checks."""
    words = frozenset(WORD.findall(line))
    return words, frozenset(map(lowered_word, words))


def lowered_word(word: str) -> str:
    """The word in lower case, a Turkish "İ" as "i" (lower() adds a dot above: "BİLGİ")."""
    return word.lower().replace("\u0307", "")


def holds_a_marker(line: str, function_words: frozenset[str], asking_words: frozenset[str]) -> bool:
    """Whether the line holds one of a language's function words as written, or one of its
    asking words in any case."""
    words, lowered = line_words(line)
    return not words.isdisjoint(function_words) or not lowered.isdisjoint(asking_words)


def sentence_case_common_word(
    word: str, common: frozenset[str], letters: re.Pattern[str], ending: re.Pattern[str]
) -> bool:
    """Whether a word of a language that capitalises only a sentence's or an item's first word
    is a common word there, not a name: any word in lower case, or a capitalised one that is
    among its `common` words, holds one of its `letters` or has one of its nouns' `ending`s.
    A word in capitals, in mixed case or with digits ("AWS", "PyTorch", "K7") is a name, but
    for a common word written in capitals with a letter beyond ASCII ("BİLGİSİ")."""
    if word.isupper() and not word.isascii():
        return lowered_word(word) in common
    if not word.isalpha() or word[1:] != word[1:].lower():
        return False
    if word.islower():
        return True
    lowered = word.lower()
    return lowered in common or bool(letters.search(word)) or bool(ending.search(lowered))


# Czech and Slovak postings shorten a language to its initial and "J" (jazyk, language): "AJ
# na komunikativní úrovni", "znalost NJ výhodou". As initials they may be anyone's, so they
# name a language only on a Czech or Slovak line that speaks of knowing or grading one.
CZECH_LANGUAGE_SHORT = {
    "AJ": "lang-english",
    "NJ": "lang-german",
    "FJ": "lang-french",
    "RJ": "lang-russian",
    "ŠJ": "lang-spanish",
}
