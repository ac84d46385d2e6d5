"""Names that Finnish, Czech, Slovak, Polish, Hungarian, Estonian, Lithuanian and Latvian
inflect: a case ending glued to a product's name, where English would set a preposition before
it ("Pythonilla", "Dockerista", "Kubernetesin", "Kafkaan"; "v Pythonu", "s Dockerem", "znalost
Javy"; "s Pythonom"; "znajomość Pythona", "w Pythonie", "z Kubernetesem"; "Dockerrel",
"Pythonban"; "Dockeriga", "Pythonis"; "Pythono", "Dockeriu"; "Javu"). The stems a word may have
once an ending is taken off, and the lines of a document where endings are read: lines of those
languages only, so that an English line ("Perlin noise") is read as written."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from .. import regex_cache
from .northern import inflecting_languages

if TYPE_CHECKING:
    from ..taxonomy import Guard, Taxonomy

# Finnish cases: genitive, partitive, the six local cases, essive and translative
# ("Pythonin", "Javaa", "Javassa", "Javasta", "Javalla", "Javalta", "Javalle", "Javana",
# "Javaksi"); the illative is a long vowel and -n ("Javaan", "Pythoniin")
_FINNISH_ENDINGS = (
    *("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi"),
    *("na", "nä", "n", "a", "ä"),
)
_VOWELS = frozenset("aeiouyäö")
# Czech cases of a masculine name ("Pythonu", "Dockerem", "Sparkovi"), and those of a
# feminine one in -a ("Javy", "Javou", "Javu", "Javě")
_CZECH_ENDINGS = ("ovi", "em", "ům", "u", "ů")
# Slovak's instrumental and locative differ: "s Pythonom", "so Sparkom", "v Pythone"
_SLOVAK_ENDINGS = ("om", "e")
_CZECH_FEMININE_ENDINGS = ("ou", "y", "u", "ě", "e")
# Polish cases of a masculine name: genitive, instrumental, locative, dative ("Pythona",
# "Pythonem", "Pythonie", "Pythonowi"; "Sparku"); those of a feminine one in -a: genitive,
# instrumental, accusative, locative ("Javy", "Javą", "Javę", "Javie")
_POLISH_ENDINGS = ("owi", "em", "ie", "a", "u")
_POLISH_FEMININE_ENDINGS = ("ą", "ę", "ie", "y")
# Hungarian cases, glued to the name ("Pythonban", "Pythont", "Pythonhoz"); an instrumental
# or translative "v" takes the name's last consonant ("Dockerrel", "Sparkkal",
# "Kubernetesszel": its "s" said "sz"), and a final "a" or "e" lengthens ("Javával")
_HUNGARIAN_ENDINGS = (
    *("ban", "ben", "ba", "be", "ból", "ből", "ra", "re", "ról", "ről", "on", "en", "ön"),
    *("nak", "nek", "hoz", "hez", "höz", "tól", "től", "ig", "ot", "et", "öt", "t"),
    *("val", "vel", "vá", "vé"),
)
_HUNGARIAN_LENGTHENED = {"á": "a", "é": "e"}
# Estonian cases after the genitive's vowel ("Pythoni", "Kubernetese", "Pythonis",
# "Dockeriga", "Sparkist", "Pythonit")
_ESTONIAN_ENDINGS = ("ga", "s", "st", "sse", "l", "lt", "le", "ks", "na", "ni", "ta", "t", "")
_ESTONIAN_VOWELS = ("i", "e")
# Lithuanian cases of a masculine name, some after a softening "i" ("Pythono", "Pythonu",
# "Pythone", "Dockerio", "Dockeriu"), and those of a feminine one in -a ("Javos", "Javą",
# "Javoje"); Latvian ones ("Pythona", "Pythonā", "Javas", "Javu", "Javā")
_LITHUANIAN_ENDINGS = ("o", "ui", "u", "e", "ą", "as", "io", "iui", "iu", "yje")
_LITHUANIAN_FEMININE_ENDINGS = ("os", "ai", "ą", "oje")
_LATVIAN_ENDINGS = ("a", "am", "u", "ā")
_LATVIAN_FEMININE_ENDINGS = ("as", "ai", "u", "ā")
# ... but a Latvian "-a" after three letters is a woman's name as often ("Gita Bērziņa" is no
# Git's): a name that short is read under its other endings only ("Gitu", "Gitā")
_LATVIAN_SHORT_NAME_ENDING = "a"
# A shorter stem is another word as often as a name: "Rin" is no R, "Gon" no Go. A name of
# three letters is read in its own case only, written as a word ("Gitin", "Gitem": Git)
MIN_STEM = 3
_MIN_ANY_CASE = 4
# A line's text up to its break
_LINE = regex_cache.compile(r"[^\n]+")
# A document of this many Finnish, Czech or Polish lines is read so throughout: a CV's lines
# of names and dates hold no word that marks the language ("- Ennustemallit Pythonilla")
_DOCUMENT_LINES = 2
# The languages of inflecting_languages: Finnish, Czech or Slovak, Polish, Hungarian,
# Estonian, Lithuanian, Latvian, Turkish
ALL_LANGUAGES = frozenset(("fi", "cs", "pl", "hu", "et", "lt", "lv", "tr"))


def stems(word: str, languages: Collection[str] = ALL_LANGUAGES) -> list[str]:
    """The stems `word` may have under one case ending of the `languages`, three letters long
    at least: "Pythonilla" -> "Python", "Javy" -> "Java", "Airflow'lla" -> "Airflow",
    "Pythonie" -> "Python". Only a language's own endings: a Polish "Javan" is a name."""
    found = []
    if "fi" in languages:
        for ending in _FINNISH_ENDINGS:
            if word.endswith(ending):
                found += _finnish_stems(word[: -len(ending)])
    if "cs" in languages:
        found += _czech_slovak_stems(word)
    if "pl" in languages:
        found += _polish_stems(word)
    if "hu" in languages:
        found += _hungarian_stems(word)
    if "et" in languages:
        found += _estonian_stems(word)
    if "lt" in languages:
        found += _baltic_stems(word, _LITHUANIAN_ENDINGS, _LITHUANIAN_FEMININE_ENDINGS)
    if "lv" in languages:
        latvian = _baltic_stems(word, _LATVIAN_ENDINGS, _LATVIAN_FEMININE_ENDINGS)
        if len(word) == MIN_STEM + len(_LATVIAN_SHORT_NAME_ENDING):
            latvian = [stem for stem in latvian if stem + _LATVIAN_SHORT_NAME_ENDING != word]
        found += latvian
    if "tr" in languages:
        found += _turkish_stems(word)
    return [stem for stem in dict.fromkeys(found) if len(stem) >= MIN_STEM]


def _finnish_stems(rest: str) -> list[str]:
    """The stems before a Finnish ending, which may follow an apostrophe ("Airflow'lla"), a
    connecting "i" ("Pythonilla"), an illative's long vowel ("Javaan", "Pythoniin") or the
    plural's "ei" ("Dockereilla")."""
    if rest[-1:] in ("'", "’"):
        return [rest[:-1]]
    found = [rest]
    if len(rest) >= 2 and rest[-1] == rest[-2] and rest[-1] in _VOWELS:
        found.append(rest[:-1])  # "Javaa" of "Javaan"
    if rest.endswith("ii"):
        found.append(rest[:-2])  # "Pythonii" of "Pythoniin"
    elif rest.endswith("i"):
        found.append(rest[:-1])
    if _plural_after_a_consonant(rest):
        found.append(rest[:-2])  # "Dockerei" of "Dockereilla"
    return found


def _plural_after_a_consonant(rest: str) -> bool:
    """Whether the rest ends in the plural's "ei" that a name ending in a consonant takes
    before a case ending ("Dockereissa", "Terraformeista"); "Kafkaeissa" is no Finnish."""
    return len(rest) > 3 and rest.endswith("ei") and rest[-3].lower() not in _VOWELS


def _czech_slovak_stems(word: str) -> list[str]:
    """The stems before a Czech or Slovak ending ("Pythonu", "Pythonom", "Javy" of "Java"),
    and a feminine name's whose "k" or "r" the locative's "e" changes: "v Kafce" (Kafka),
    "v Jiře" (Jira). Not "ch" to "š": "Moše" is a man's name, no "Mocha"."""
    found = [
        word[: -len(ending)]
        for ending in (*_CZECH_ENDINGS, *_SLOVAK_ENDINGS)
        if word.endswith(ending)
    ]
    found += [word[: -len(end)] + "a" for end in _CZECH_FEMININE_ENDINGS if word.endswith(end)]
    if word.endswith("ce"):
        found.append(word[:-2] + "ka")
    if word.endswith("ře"):
        found.append(word[:-2] + "ra")
    return found


def _polish_stems(word: str) -> list[str]:
    """The stems before a Polish ending, some of which change the stem's last consonant: a
    "k" or "g" takes "iem" ("Sparkiem") and, in a feminine name, "i" ("Kafki", "Scali" after
    an "l"); an "r" takes "ze" ("Dockerze"); a feminine name's "k" turns to "c" before the
    locative's "e" ("w Kafce")."""
    found = [word[: -len(ending)] for ending in _POLISH_ENDINGS if word.endswith(ending)]
    found += [word[: -len(end)] + "a" for end in _POLISH_FEMININE_ENDINGS if word.endswith(end)]
    if word.endswith(("kiem", "giem")):
        found.append(word[:-3])
    if word.endswith("rze"):
        found.append(word[:-2])
    if word.endswith(("ki", "gi", "li")):
        found.append(word[:-1] + "a")
    if word.endswith("ce"):
        found.append(word[:-2] + "ka")
    return found


def _hungarian_stems(word: str) -> list[str]:
    """The stems before a Hungarian ending: "Pythonban", "Dockerrel" (the doubled "r"),
    "Kubernetesszel" (the "s" doubled as "ssz"), "Javával" (the lengthened "a")."""
    found = []
    for ending in _HUNGARIAN_ENDINGS:
        if not word.endswith(ending):
            continue
        rest = word[: -len(ending)]
        found.append(rest)
        if rest[-1:] in _HUNGARIAN_LENGTHENED:
            found.append(rest[:-1] + _HUNGARIAN_LENGTHENED[rest[-1]])
    for vowel in ("al", "el"):
        rest = word[: -len(vowel)]
        if word.endswith(vowel) and len(rest) >= 2 and rest[-1] == rest[-2]:
            found.append(rest[:-1])  # "Dockerr" of "Dockerrel"
        if word.endswith("ssz" + vowel):
            found.append(word[: -len(vowel) - 2])  # "Kubernetes" of "Kubernetesszel"
    return found


def _estonian_stems(word: str) -> list[str]:
    """The stems before an Estonian ending and the genitive's vowel: "Pythonis",
    "Kubernetese", "Dockeriga"."""
    found = []
    for ending in _ESTONIAN_ENDINGS:
        rest = word[: -len(ending)] if ending else word
        if ending and not word.endswith(ending):
            continue
        if rest.endswith(_ESTONIAN_VOWELS):
            found.append(rest[:-1])
    return found


def _baltic_stems(word: str, endings: tuple[str, ...], feminine: tuple[str, ...]) -> list[str]:
    """The stems before a Lithuanian or Latvian ending: a masculine name's ("Pythono",
    "Dockerio") and a feminine name's in -a ("Javos" of "Java")."""
    found = [word[: -len(ending)] for ending in endings if word.endswith(ending)]
    return found + [word[: -len(end)] + "a" for end in feminine if word.endswith(end)]


# A Turkish suffix after a name's apostrophe: "Python'da", "SQL'e", "Spark'la", "Kubernetes'te".
# Only a line already read as Turkish is searched with it, so any short suffix goes ("Docker'lar",
# "Kubernetes'inde"); _TURKISH_CASE below, a closed list, is what marks a line Turkish by itself
_TURKISH_SUFFIX = regex_cache.compile(r"(.+)['’][^\W\d_]{1,6}")


def _turkish_stems(word: str) -> list[str]:
    """The name before a Turkish suffix, which Turkish sets off by an apostrophe."""
    suffixed = _TURKISH_SUFFIX.fullmatch(word)
    return [suffixed.group(1)] if suffixed else []


# The Turkish case suffixes after an apostrophe, which no English word takes ("'s", "'t", "'ll"
# are English): "AWS'de", "SQL'e", "Python'ı", "Spark'tan", "Docker'ın", "GCP'deki"
_TURKISH_ENDING = r"['’](?:[dt][ae](?:n|ki)?|y?l[ae]|y?[aeıiuü]|n?[ıiuü]n)(?!\w)"
_TURKISH_CASE = regex_cache.compile(rf"(?<![\w'’])([^\W\d_][\w+#]+){_TURKISH_ENDING}")
# The suffix alone, which the search skips to (the name before it is read at every word):
# most texts hold none, and then no name under it
_TURKISH_ENDING_ALONE = regex_cache.compile(_TURKISH_ENDING)


def holds_a_turkish_case(text: str) -> bool:
    """Whether the text holds a name under a Turkish case suffix."""
    return _TURKISH_ENDING_ALONE.search(text) is not None and _TURKISH_CASE.search(text) is not None


def apostrophe_stem(word: str) -> str | None:
    """The name before a Turkish case suffix set off by an apostrophe ("SQL'e" -> "SQL")."""
    suffixed = _TURKISH_CASE.fullmatch(word)
    return suffixed.group(1) if suffixed else None


def inflecting_lines(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """Where the lines whose names may carry a case ending start and end, and the languages
    whose endings they may carry: each line of a document with two Finnish, Czech or Polish
    lines or more, in the languages of those lines, else its one such line in its own (or
    none)."""
    lines = [found.span() for found in _LINE.finditer(text)]
    marked = [
        (start, end, languages)
        for start, end in lines
        if (languages := _line_languages(text[start:end]))
    ]
    if len(marked) < _DOCUMENT_LINES:
        return marked
    throughout = frozenset().union(*(languages for _, _, languages in marked))
    return [(start, end, throughout) for start, end in lines]


def _line_languages(line: str) -> frozenset[str]:
    """The line's inflecting languages; Turkish too for a name under a Turkish case suffix,
    which marks the line by itself ("Kubernetes'te dağıtım")."""
    languages = inflecting_languages(line)
    if "tr" not in languages and ("'" in line or "’" in line) and _TURKISH_CASE.search(line):
        return languages | {"tr"}
    return languages


def stem_tables(taxonomy: Taxonomy) -> tuple[dict[str, str], dict[str, str]]:
    """The skills' one-word spellings a case ending may follow, to their skill: by their
    lower case ("python"), and as written (a case-sensitive name, "Spark"; a name of three
    letters, "Git"). A guard for some spellings or senses only would not know the word."""
    any_case: dict[str, str] = {}
    exact: dict[str, str] = {}
    for skill in taxonomy.skills.values():
        if not _knows_any_spelling(skill.guard):
            continue
        case_sensitive = skill.guard is not None and skill.guard.case_sensitive
        for spelling in skill.spellings:
            if not spelling.isalpha() or len(spelling) < MIN_STEM:
                continue
            if case_sensitive or len(spelling) < _MIN_ANY_CASE:
                if len(spelling) >= _MIN_ANY_CASE or spelling.istitle():
                    exact.setdefault(spelling, skill.id)
            else:
                any_case.setdefault(spelling.lower(), skill.id)
    return any_case, exact


def capitals_table(taxonomy: Taxonomy) -> dict[str, str]:
    """The skills' names of three letters as written in capitals ("SQL", "AWS", "GCP"), to
    their skill: read before a Turkish suffix only, where the apostrophe marks where the name
    ends."""
    found: dict[str, str] = {}
    for skill in taxonomy.skills.values():
        if not _knows_any_spelling(skill.guard):
            continue
        case_sensitive = skill.guard is not None and skill.guard.case_sensitive
        for spelling in skill.spellings:
            if len(spelling) != MIN_STEM or not spelling.isalpha():
                continue
            if spelling.isupper() or not case_sensitive:  # "SQL"; "aws" is written "AWS"
                found.setdefault(spelling.upper(), skill.id)
    return found


def _knows_any_spelling(guard: Guard | None) -> bool:
    return guard is None or not (guard.spellings or guard.senses)
