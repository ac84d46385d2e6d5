"""Lines written in German, and the common nouns they capitalise: German writes every noun
with a capital ("Kenntnisse in Python sind von Vorteil"), which in English would mark a name.
On a German line such words name no requirement of their own; a skill the taxonomy knows, an
acronym ("ICML"), a name in mixed case ("NeurIPS") or a code with digits ("K7") still does."""

from __future__ import annotations

import re

from .. import regex_cache

# Words that mark a line as German, none of them an English word: function words in lower
# case as they stand mid-sentence ("mit", not "MIT"), and the words of a posting's asks in any
# case, as they open its items ("Fundierte Kenntnisse", "Mindestens 3 Jahre")
_FUNCTION_WORDS = frozenset(
    "und oder der das dem des ein eine einer eines einem einen mit von für ist sind bei zur zum"
    " auf sowie bzw über wie auch nach du dich dein deine wir uns unser unsere ihr ihre im sie"
    " sowohl als".split()
)
_ASKING_WORDS = frozenset(
    "sehr gute guten gutes fundierte fundiertes erste ersten mindestens idealerweise mehrjährige"
    " abgeschlossenes abgeschlossene abgeschlossener kenntnisse erfahrung erfahrungen"
    " berufserfahrung jahre jahren studium vorteil wünschenswert".split()
)
_WORD = regex_cache.compile(r"[^\W\d_]+")
# A word as German writes a common noun or any other word: letters, the first maybe a capital,
# the parts of a compound joined by hyphens ("IT-Bereich" ends in one); or a count ("3 Jahre")
_PLAIN_WORD = regex_cache.compile(r"(?:[^\W\d_]+-)*[^\W\d_][^\W\d_A-ZÄÖÜ]*|\d{1,3}\+?")


def german_line(line: str) -> bool:
    """Whether the line reads as German: it holds a word only German uses."""
    return any(
        word in _FUNCTION_WORDS or word.lower() in _ASKING_WORDS for word in _WORD.findall(line)
    )


def common_words(term: str) -> bool:
    """Whether a term's words are all common words as German writes them: "Tage Urlaub",
    "Mindestens 3 Jahre Berufserfahrung", "IT-Bereich"; not "NeurIPS", "ICML", "Zorblex K7"."""
    return all(_PLAIN_WORD.fullmatch(word) for word in re.split(r"\s+", term.strip()))
