"""Lines written in German, and the common nouns they capitalise: German writes every noun
with a capital ("Kenntnisse in Python sind von Vorteil"), which in English would mark a name.
On a German line such words name no requirement of their own; a skill the taxonomy knows, an
acronym ("ICML"), a name in mixed case ("NeurIPS"), a code with digits ("K7") or a product's
name that reads as no German noun ("Zorblex") still does."""

from __future__ import annotations

import re

from .. import regex_cache
from .language_words import WORD as WORD  # re-exported, still read as german.WORD
from .language_words import holds_a_marker

# Words that mark a line as German, none of them an English word: function words in lower
# case as they stand mid-sentence ("mit", not "MIT"), and the words of a posting's asks in any
# case, as they open its items ("Fundierte Kenntnisse", "Mindestens 3 Jahre")
_FUNCTION_WORDS = frozenset(
    "und oder dem ein eine einer eines einem einen mit für ist sind bei zur zum"
    " auf sowie bzw wie auch nach dich dein deine wir uns unser unsere ihr ihre im sie"
    " sowohl".split()
)
# German words that English, French or Dutch lines hold too: a name's particle ("von
# Neumann", "van der Waals"), French articles ("Université du Québec", "des"), Portuguese
# "das", Dutch "als", the English prefix "über-" ("über-fast"). Alone they make no line German.
_SHARED_WORDS = frozenset("von der des du das als über".split())
_ASKING_WORDS = frozenset(
    "sehr gute guten gutes fundierte fundiertes erste ersten mindestens idealerweise mehrjährige"
    " abgeschlossenes abgeschlossene abgeschlossener kenntnisse erfahrung erfahrungen"
    " berufserfahrung jahre jahren studium vorteil wünschenswert".split()
)
# A word as German writes a common noun or any other word: letters, the first maybe a capital,
# the parts of a compound joined by hyphens ("IT-Bereich" ends in one); or a count ("3 Jahre")
_PLAIN_WORD = regex_cache.compile(r"(?:[^\W\d_]+-)*[^\W\d_][^\W\d_A-ZÄÖÜ]*|\d{1,3}\+?")

# What tells a capitalised word for a German noun rather than a product's name: German letters,
# a German noun's ending ("Entwicklung", "Arbeitsweise" is listed), or a posting's common noun,
# alone or ending a compound ("Prognosemodelle", "Jobticket")
_GERMAN_LETTERS = regex_cache.compile(r"[äöüß]", re.I)
_NOUN_ENDING = regex_cache.compile(
    r"(?:ung|heit|keit|schaft|tät|nis|ion|ik|ismus|ur)(?:en|e|s|se|sen)?\Z|isch(?:e[nmrs]?)?\Z"
)
_COMMON_NOUNS = (
    "erfahrung kenntnis jahr jahre jahren vorteil studium bereich fach fachs team teams kunde"
    " kunden projekt projekte projekten umgang weise denken freude motivation wort schrift"
    " modell modelle modellen daten lösung lösungen system systeme systemen methode methoden"
    " verfahren werkzeug werkzeuge umgebung urlaub tag tage tagen gehalt homeoffice ticket"
    " mitarbeitende mitarbeitenden unternehmen kollege kollegen zeit zeiten bewerbung deutsch"
    " englisch grundlage grundlagen stelle aufgabe aufgaben profil arbeit prozess prozesse"
    " reihe reihen kenntnisse sprache sprachen abschluss plus bonus"
).split()
_COMMON_NOUN = regex_cache.compile(rf"(?:{'|'.join(sorted(set(_COMMON_NOUNS)))})\Z")


def german_line(line: str) -> bool:
    """Whether the line reads as German: it holds a word only German uses."""
    return holds_a_marker(line, _FUNCTION_WORDS, _ASKING_WORDS)


def _german_word(word: str) -> bool:
    """Whether a word of a German line reads as a German word, not a product's name: any word
    in lower case, a count, or a capitalised noun that looks German (see above)."""
    if not word[:1].isupper() or word[:1].isdigit():
        return True
    last = word.rsplit("-", 1)[-1].lower()  # "IT-Bereich": its last part
    if word.lower() in _SHARED_WORDS or last in _ASKING_WORDS or _GERMAN_LETTERS.search(last):
        return True
    return bool(_NOUN_ENDING.search(last) or _COMMON_NOUN.search(last))


def common_words(term: str) -> bool:
    """Whether a term's words are all common words as German writes them: "Tage Urlaub",
    "Mindestens 3 Jahre Berufserfahrung", "IT-Bereich"; not "NeurIPS", "ICML", "Zorblex K7",
    nor a product's name such as "Zorblex" or "Airflow"."""
    words = re.split(r"\s+", term.strip())
    return all(_PLAIN_WORD.fullmatch(word) and _german_word(word) for word in words)
