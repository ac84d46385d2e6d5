"""Spoken languages named as adjectives: "Thai cuisine", "Japanese clients", "French Polynesia"
name a cuisine, people or a place, not a language someone speaks."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from .. import regex_cache
from ..documents.cleaning import EAST_ASIAN_LETTER
from .language_grades import (
    ROMANCE_ARTICLES,
    ROMANCE_GRADE_WORDS,
    ROMANCE_KNOWLEDGE,
    bound_code_after,
)
from .language_words import CZECH_LANGUAGE_SHORT
from .wording import LIST_JOINERS, SPOKEN_GRADES

SPOKEN_LANGUAGES = "spoken-languages"

# Words after a language's name that keep it a language: how it is spoken, how well, what for
# and whether it is asked ("English communication", "Hindi elementary", "Danish is a plus").
# The skill's own guard cues (fluent, native, c1, fließend ...) count too.
_LANGUAGE_WORDS = frozenset(
    """
    speaking speaker speakers speak speaks spoken language languages skill skills communication
    communications communicating communicate fluency fluent fluently proficiency proficient
    writing written write reading read native mother tongue translation translations translator
    translators translating interpreter interpreters interpreting interpretation teacher teachers
    teaching tutor tutoring instructor lessons classes course courses level levels certificate
    certification test exam conversation conversational speech literacy grammar vocabulary
    localization localisation copywriting editing documentation correspondence content text
    texts oral orally verbal verbally command knowledge ability abilities competence competency
    capability mastery basic intermediate advanced elementary beginner upper working professional
    limited full fair good excellent bilingual required preferred desired desirable needed
    mandatory essential optional plus nice beneficial advantageous advantage asset bonus welcome
    welcomed appreciated helpful useful ideal ideally highly strongly mastered only
    kenntnisse kenntnissen mothertongue
    """.split()
)
# Guard cues too weak to announce a language before it ("Skills: Thai cooking", "Knowledge
# of German engineering"), and words that do though no guard lists them ("conversant in").
_WEAK_CUES = frozenset("skills command write writes written read verbal oral".split())
_MORE_ANNOUNCERS = frozenset("conversant trilingual multilingual".split())
# Nouns that end like an adverb ("Japanese family business", "Chinese supply chain")
_LY_NOUNS = frozenset("family supply assembly ally anomaly monopoly rally italy".split())
# German words that go on after a language's name without making it an adjective: "Deutsch
# von Vorteil", "Englisch ist Pflicht", "Französisch wünschenswert"
_GERMAN_AFTER = frozenset(
    "von ist sind wäre wären und oder in im mit als auf zwingend erforderlich wünschenswert"
    " vorausgesetzt notwendig".split()
)
# French, Spanish, Italian and Portuguese words after the name that ask for the language: its
# grade ("anglais courant", "inglés avanzado"), its use ("anglais technique", "inglés
# hablado") or how much it is wanted ("inglés imprescindible", "espagnol apprécié")
_ROMANCE_ASKS_AFTER = ROMANCE_GRADE_WORDS | frozenset(
    "technique techniques técnico técnica tecnico tecnica parlé écrit lu hablado escrito"
    " parlée écrite leído parlato scritto letto falado lido"
    " requis requise exigé obligatoire souhaité souhaitée apprécié appréciée imprescindible"
    " valorable deseable obligatorio requerido richiesto richiesta gradito gradita"
    " obbligatorio obrigatório desejável niveau nivel livello nível"
    # ... as they agree with two names ("anglais et français obligatoires", "inglés y
    # portugués requeridos", "inglese e francese richiesti")
    " requises exigée exigés exigées obligatoires souhaités souhaitées appréciés appréciées"
    " imprescindibles valorables deseables obligatoria obligatorios obligatorias requerida"
    " requeridos requeridas richiesti richieste graditi gradite obbligatoria obbligatori"
    " obbligatorie obrigatória obrigatórios obrigatórias desejáveis".split()
)
# ... words that join two names ("français et anglais", "inglés y español")
_ROMANCE_JOINERS = frozenset("et ou y o e".split())
# ... and the other words that go on after the name without making it an adjective
_ROMANCE_AFTER = (
    _ROMANCE_ASKS_AFTER
    | _ROMANCE_JOINERS
    | frozenset("serait est sont es será sería sarà é".split())
)
# Before the name, a word of knowledge or level, past an article ("niveau d'anglais",
# "conocimientos de inglés", "dominio del inglés", "conoscenza dell'inglese", "langue anglaise"):
# language_grades' words, and a few more
_ROMANCE_KNOWLEDGE = ROMANCE_KNOWLEDGE | frozenset(
    "conoscenze pratique langue lengua lingua língua".split()
)
_ROMANCE_ARTICLES = ROMANCE_ARTICLES | {"dos"}


# A grade written after a language's name, set off by a parenthesis, a dash or a colon:
# "Mandarin (business level)", "German - business fluent", "French: working level". These
# words speak for every language, so no guard needs to list them.
_GRADE_OPENERS = frozenset("( - – — :".split())
_GRADE_WORDS = _LANGUAGE_WORDS | {"business"}
_GRADE_REACH = 3  # words after the opener


# German grades, as an adjective declines: "Fließendes Englisch", "verhandlungssichere Deutsch-"
_GERMAN_GRADES = frozenset(
    "fließend fließende fließendes fliessend fliessende fliessendes verhandlungssicher".split()
    + "verhandlungssichere verhandlungssicheres muttersprachlich muttersprachliches".split()
)
# ... or right before it: "Business level English", "Business-level Japanese", "Working
# Spanish"; not "Chinese business partners" (a noun after the name: spoken.used_as_adjective)
_ENGLISH_GRADES = "level professional basic intermediate advanced elementary beginner fluent"
_GRADES_BEFORE = SPOKEN_GRADES | _GERMAN_GRADES | frozenset(f"{_ENGLISH_GRADES} bilingual".split())


def graded(doc: Any, start: int, end: int, english_name: bool = False) -> bool:
    """A language's name (tokens start:end) has its grade written after it or right before,
    or as French, Spanish, Italian and Portuguese write it (romance_cue), unless the name is
    written in English (`english_name`: "French", not "français"), where those languages'
    words are English ones ("French techniques", "Italian alto sax", "German est. 1990")."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in _GRADES_BEFORE or (not english_name and before in ROMANCE_GRADE_WORDS):
        return True
    if not english_name and romance_cue(doc, start, end):
        return True
    if _bound_code_next(doc, end):
        return True
    if end >= len(doc) or doc[end].text not in _GRADE_OPENERS:
        return False
    following = doc[end + 1 : end + 1 + _GRADE_REACH]
    # "Inglés (avanzado)", "Inglés: nivel alto", "Inglese - livello C1"
    words = _GRADE_WORDS if english_name else _GRADE_WORDS | _ROMANCE_ASKS_AFTER
    return any(word.lower_ in words for word in following)


_BOUND_REACH = 6  # tokens after a name read for a bound code: "ne žemesniu nei B2"


def _bound_code_next(doc: Any, end: int) -> bool:
    """A CEFR code bound by a word of least follows the name ending before token `end`:
    "German minimum B2", "English at least C1" (language_grades.bound_code_after)."""
    return end < len(doc) and bound_code_after(doc[end : end + _BOUND_REACH].text)


def romance_cue(doc: Any, start: int, end: int) -> bool:
    """A language's name (tokens start:end) as a French, Spanish, Italian or Portuguese posting
    asks for it, alone or joined to another name: a word after it that grades or asks for it
    ("anglais courant", "inglés avanzado", "français et anglais courants", "espagnol
    apprécié"), a grade before it ("bilingue français et anglais") or a word of knowledge or
    level before it, past an article ("niveau d'anglais", "conocimientos de inglés")."""
    after = end + 2 if end + 2 < len(doc) and doc[end].lower_ in _ROMANCE_JOINERS else end
    if after < len(doc) and doc[after].lower_ in _ROMANCE_ASKS_AFTER:
        return True
    at = start - 3 if start >= 3 and doc[start - 1].lower_ in _ROMANCE_JOINERS else start - 1
    if at >= 0 and doc[at].lower_ in ROMANCE_GRADE_WORDS:
        return True
    while at >= 0 and doc[at].lower_ in _ROMANCE_ARTICLES:
        at -= 1
    return at >= 0 and doc[at].lower_ in _ROMANCE_KNOWLEDGE


# The skills a language is graded in, listed right after its name, or after a bracket, a colon
# or a dash there: "English reading and writing", "Mandarin (speaking, listening)", "English:
# reading, writing and speaking". They grade the language; they are no soft skills. A comma
# right after the name parts a list instead: "English, writing and public speaking"; and crafts
# listed with them make them crafts done in the language: "English writing and editing".
# A Europass grid grades each skill on the CEFR scale, set apart by spaces: "English
# UNDERSTANDING C2  SPEAKING C1  WRITING C1", "French: speaking B1, writing A2".
_SKILL_OF_A_LANGUAGE = (
    r"(?:reading|writing|speaking|listening|comprehension|understanding|spoken|written"
    # French, Spanish, Italian, Portuguese: "Anglais lu, écrit, parlé", "Inglés hablado y
    # escrito", "Inglese scritto e parlato", "Inglês falado"
    r"|lu|écrite?|parlée?|hablado|escrito|leído|parlato|scritto|letto|falado|lido)"
    r"(?:[ \t]*[:\-–]?[ \t]*\(?[ABC][12]\)?(?![\w+]))?"
)
_SKILLS_JOINED = (
    r"(?:[ \t]*,(?:[ \t]*(?:and|or|&|et|y|e))?|[ \t]*[/&]|[ \t]+(?:and/or|and|or|et|y|e)"
    r"|(?<=[12)])[ \t]+)[ \t]*"
)
_A_CRAFT_JOINED = rf"{_SKILLS_JOINED}[a-z]+(?:ing|tion)\b"  # "and editing", ", presentation"
_LANGUAGE_SKILLS = regex_cache.compile(
    rf"(?:[ \t]*[(:\-–—])?[ \t]*(?P<run>{_SKILL_OF_A_LANGUAGE}"
    rf"(?:{_SKILLS_JOINED}{_SKILL_OF_A_LANGUAGE})*)(?![\w+])(?!{_A_CRAFT_JOINED})",
    re.I,
)


def language_skills_after(text: str, end: int) -> tuple[int, int] | None:
    """Where the skills a language is graded in stand, listed right after its name (which
    ends at `end`); None when none are."""
    found = _LANGUAGE_SKILLS.match(text, end)
    return found.span("run") if found else None


def language_skill_runs(text: str, name_ends: Iterable[int]) -> list[tuple[int, int]]:
    """Where the skills listed after languages' names stand (see language_skills_after)."""
    return [run for end in name_ends if (run := language_skills_after(text, end)) is not None]


@dataclass(frozen=True)
class LanguageSpans:
    """Where a text's spoken languages are named: by first token, the token after the name,
    and the reverse."""

    ends: dict[int, int]
    starts: dict[int, int]

    @classmethod
    def of(cls, spans: dict[int, int]) -> LanguageSpans:
        return cls(ends=spans, starts={end: start for start, end in spans.items()})


def _run_end(doc: Any, end: int, spans: LanguageSpans) -> int:
    """The token after a run of languages joined to the one ending at `end`."""
    while end + 1 < len(doc) and doc[end].lower_ in LIST_JOINERS and end + 1 in spans.ends:
        end = spans.ends[end + 1]
    return end


def _run_start(doc: Any, start: int, spans: LanguageSpans) -> int:
    """The first token of a run of languages joined to the one starting at `start`."""
    while start >= 2 and doc[start - 1].lower_ in LIST_JOINERS and start - 1 in spans.starts:
        start = spans.starts[start - 1]
    return start


def _announced(doc: Any, start: int, cues: frozenset[str], english_name: bool) -> bool:
    """A cue or a label stands right before the run: "fluent in French", "Speaks English",
    "Language Proficiency: English, Hindi"."""
    at = start - 1
    if at >= 0 and doc[at].text in (":", "in", "of"):
        at -= 1
    word = doc[at].lower_ if at >= 0 else ""
    announcing = word in _MORE_ANNOUNCERS or word in _GERMAN_GRADES
    announcing = announcing or (not english_name and word in ROMANCE_GRADE_WORDS)
    return (word in cues and word not in _WEAK_CUES) or announcing


def _describes_a_noun(word: Any, cues: frozenset[str], english_name: bool) -> bool:
    """The word after a language's name is a noun it describes: "cuisine", "clients", or a
    proper noun ("Polynesia"); not a cue, a grade, a function word or an adverb ("fluently").
    After a name written in English, a French or Spanish word is an English one: "French
    techniques", "German est. 1990"."""
    if not word.is_alpha or len(word) < 2 or word.text.isupper():
        return False  # "(", "B2", "TOEFL"
    lower = word.lower_
    if lower in _LANGUAGE_WORDS or lower in cues or lower in STOP_WORDS:
        return False
    if lower in _GERMAN_AFTER or (not english_name and lower in _ROMANCE_AFTER):
        return False
    return not lower.endswith("ly") or lower in _LY_NOUNS


# A Czech or Slovak language's name that is a noun of its own: "Anglický jazyk" (the English
# language), "Angličtina", "Francouzština", "Němčina", "Nemčina" in their cases; and a language
# test's name. It describes no noun after it: "Německý jazyk výhodou" (an advantage),
# "Angličtina slovem i písmem", "Angličtina na úrovni B2", "TOEIC score of 800", "TOEFL iBT
# 100" ask for the language.
_NOUN_NAME = regex_cache.compile(
    r"jazyk(?:a|em|om|u)?|jazyce|\w+(?:št|čt|č)in(?:a|y|u|ě|e|ou)|toeic|toefl|ielts|jlpt"
    # ... and the Czech and Slovak adverb, which describes no noun either: "Anglicky na
    # komunikativní úrovni" (in English at a conversational level)
    r"|\w+[cs]ky"
)
# ... and a name opened by the word "language" in Vietnamese, Indonesian, Malay or Thai, a
# noun the words after it describe: "Tiếng Anh lưu loát", "Bahasa Inggris aktif", "berbahasa
# Inggris dengan baik", "ภาษาอังกฤษดี"
_LANGUAGE_NOUNS = ("tiếng", "bahasa", "berbahasa", "ภาษา")


# The places where a language is spoken, after "-speaking": "French-speaking markets",
# "Spanish speaking countries", "French-speaking West Africa" name a market, not a language
# asked; people are not among them ("French-speaking customers" are spoken to in French).
_SPOKEN_IN_PLACES = frozenset(
    "markets market countries country regions region territories world africa europe asia"
    " america americas canada switzerland belgium caribbean west east north south central"
    " latin".split()
)


def _speaking_places(doc: Any, after: int) -> bool:
    """The token `after` a language's run opens "-speaking" and a place (_SPOKEN_IN_PLACES)."""
    at = after + 1 if doc[after].text == "-" else after
    return (
        at + 1 < len(doc)
        and doc[at].lower_ == "speaking"
        and doc[at + 1].lower_ in _SPOKEN_IN_PLACES
    )


def used_as_adjective(
    doc: Any,
    start: int,
    end: int,
    spans: LanguageSpans,
    cues: frozenset[str],
    english_name: bool = False,
) -> bool:
    """A language's name (tokens start:end) directly before a noun it describes, alone or as
    one of a run of languages ("Thai / French / Chinese cuisine"), is a cuisine, a people or a
    place, unless a cue or a label announces the run ("Languages: English, Hindi, Tamil"
    before a flattened heading). `cues` are the guard's words in lower case; `english_name`:
    the name is written in English ("French", not "français")."""
    if _NOUN_NAME.fullmatch(doc[end - 1].lower_) or _bound_code_next(doc, end):
        return False  # "German minimum B2" grades the language
    if doc[start].lower_.startswith(_LANGUAGE_NOUNS):
        return False
    if "\u0600" <= doc[start].text[:1] <= "\u06ff":
        return False  # Arabic and Persian set an adjective after its noun: "غذای ترکی"
    if doc[start].text in CZECH_LANGUAGE_SHORT:
        return False  # "AJ" is "anglický jazyk", a noun: "AJ na komunikativní úrovni"
    if EAST_ASIAN_LETTER.match(doc[start].text):
        return False  # "영어", "英語" name the language itself: "영어 회화 가능자"
    after = _run_end(doc, end, spans)
    if after >= len(doc) or after in spans.ends:
        return False  # at the end, or before another language: "Chinese Mandarin"
    if _speaking_places(doc, after):
        return True
    if not _describes_a_noun(doc[after], cues, english_name):
        return False
    return not _announced(doc, _run_start(doc, start, spans), cues, english_name)
