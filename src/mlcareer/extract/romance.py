"""Lines written in French, Spanish, Italian or Portuguese, and the common words of their asks.
These languages write a common noun in lower case, as English does, but an item opens with a
capital ("Au moins 3 ans d'expérience", "Experiencia mínima de 2 años", "Almeno 3 anni"): such
an opening names no requirement of its own. A word in capitals ("AWS", "IA"), a name in mixed
case ("NeurIPS"), a code with digits ("K7") or a capitalised word that reads as no word of
these languages ("Zorblex") still does."""

from __future__ import annotations

import re

from .. import regex_cache
from .language_words import COUNT, WORD, holds_a_marker, sentence_case_common_word

# Words that mark a line as French, Spanish, Italian or Portuguese, none of them an English
# word: function words in lower case as they stand mid-sentence, and the words of a posting's
# asks in any case, as they open its items ("Expérience", "Conocimientos", "Almeno"). Not
# those an English line holds ("20 nos panels", "aux loss", "pour-over", "pros and con",
# "del key", "dot com", "a NAS or nas share", "chez"), whose common words would be taken for
# French ones
_FUNCTION_WORDS = frozenset(
    # French
    "avec dans vous nous votre vos notre une les sont être avoir ainsi"
    " cette ces leur leurs sera serait très qui que"
    # Spanish
    " los las una unos unas nuestro nuestra tus como pero desde hasta sobre"
    " también muy más será sería está somos"
    # Italian
    " della delle degli nel nella nelle alla alle sono anche molto più"
    # Portuguese
    " uma pelo pela pelos pelas você também não são".split()
)
_ASKING_WORDS = frozenset(
    "expérience expériences connaissance connaissances maîtrise idéalement moins ans années"
    " diplôme souhaitée souhaité appréciée apprécié requis requise atout"
    " experiencia conocimientos conocimiento años menos mínimo mínima valorable deseable"
    " imprescindible dominio manejo nivel titulación formación"
    " esperienza conoscenza conoscenze almeno anni laurea ottima buona preferibile gradita"
    " experiência conhecimentos conhecimento anos desejável afines afín"
    # the soft skills a French or Spanish posting lists: "Esprit d'équipe, rigueur"
    " équipe rigueur autonomie curiosité capacité capacidad equipo trabajo".split()
)
# Words these languages share with a name or with English ("de Vries", "La Jolla", "El
# Paso"), and those an item opens with ("Au moins", "Al menos", "Pelo menos", "Bon niveau"):
# common words, though alone they make no line French or Spanish
_OTHER_COMMON_WORDS = frozenset(
    "de du des la le el lo un au al en et y o e ou a d l bon bonne excellente solide forte"
    " con pour aux nos del para com nas chez sus dei entre"  # "Con más de", "Entre 2 y 4"
    " capacité capacidad capacità esprit sens goût envie personne persona travail trabajo"
    " équipe equipo formation formazione licence grado título titolo".split()
)
_COMMON_WORDS = _FUNCTION_WORDS | _ASKING_WORDS | _OTHER_COMMON_WORDS
# Letters an English word does not hold ("Expérience", "Estadística", "Más"), and the endings
# of these languages' nouns and adverbs ("Idealmente", "Curiosité", "Responsabilidad")
_ROMANCE_LETTERS = regex_cache.compile(r"[àâçéèêëîïôûùñõãáíóú]", re.I)
_ROMANCE_ENDING = regex_cache.compile(
    r"(?:ción|sión|ciones|siones|mente|ment|tion|tions|ité|ités|idad|idades|ità|idade|idades"
    r"|eur|eurs|ique|iques|isme|ismo|encia|enza)\Z",
    re.I,
)
_ELIDED = regex_cache.compile(r"['’]")  # "d'expérience", "l'anglais"


def romance_line(line: str) -> bool:
    """Whether the line reads as French, Spanish, Italian or Portuguese: it holds a word only
    those languages use."""
    return holds_a_marker(line, _FUNCTION_WORDS, _ASKING_WORDS)


# Words Portuguese writes and neither English nor Spanish does: the joined "em" (in) and "a"
# (to) with an article ("na", "nas", "ao", "à"), "em" and "com" themselves, and the like. A
# line holding one writes "no" as "in the": "pipelines no Airflow e na AWS".
_PORTUGUESE_WORDS = frozenset(
    "em com na nas ao aos à às das não são uma pelo pela pelos pelas também dados".split()
)
_PORTUGUESE_LETTERS = regex_cache.compile(r"[ãõ]", re.I)
# Words Spanish writes and Portuguese does not: a line holding one is Spanish, where "no" is
# "not" ("No uso Docker, dados los plazos")
_SPANISH_WORDS = frozenset("los las del con pero muy sin".split())


def portuguese_line(line: str) -> bool:
    """Whether the line reads as Portuguese: a common word of it is one only Portuguese uses
    ("em", "na") or holds "ã" or "õ" ("integração"), and no word is Spanish. A common word is
    in lower case or opens the line: a word in capitals ("NA": not applicable) and a name
    ("João", "São Paulo") say nothing."""
    words = WORD.findall(line)
    common = {
        word.lower()
        for at, word in enumerate(words)
        if word.islower() or (at == 0 and not word.isupper())
    }
    if not common.isdisjoint(_SPANISH_WORDS):
        return False
    return not common.isdisjoint(_PORTUGUESE_WORDS) or any(
        _PORTUGUESE_LETTERS.search(word) for word in common
    )


def _common_word(word: str) -> bool:
    """Whether one word of such a line is a common word there, not a name: a word in lower
    case, a count, or a word capitalised as a sentence opens that looks French or Spanish."""
    if COUNT.fullmatch(word):
        return True
    return sentence_case_common_word(word, _COMMON_WORDS, _ROMANCE_LETTERS, _ROMANCE_ENDING)


def common_words(term: str) -> bool:
    """Whether a term's words are all common words as these languages write them: "Au moins",
    "Experiencia mínima de", "Almeno", "Más de"; not "NeurIPS", "AWS", "Zorblex K7", nor a
    product's name such as "Zorblex"."""
    words = [part for word in term.split() for part in _ELIDED.split(word) if part]
    return bool(words) and all(_common_word(word) for word in words)
