"""Month names in Hebrew, Arabic, Persian and Greek as the date readers take them. Each such
name before a year or a dash ("ינואר 2020", "كانون الثاني 2018", "Ιαν. 2015", "Μάρτιος -
Ιούνιος 2021") is rewritten in place to an English abbreviation of the same length, as
thai_dates does, so every offset still points where it did; so is a word for now that opens
a range written newest first ("היום - 2019"). A text without these scripts' letters is
returned as it is."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import regex_cache
from .mideast import mideast_line
from .now_words import PERSIAN_NOW

_ENGLISH = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

# Each month's names, January first: Hebrew; Arabic as Egypt and the Gulf name them, with and
# without the hamza; the Levant's (Syria, Lebanon, Jordan, Iraq); Persian (the Gregorian
# months, with the Persian or the Arabic "ی" and "ک"; Iran's own are in hijri_dates); Greek
# nominative (and its accusative, _greek_cases), genitive, spoken forms ("Μάης", "Οκτώβρης")
# and abbreviations
_NAMES = (
    "ינואר يناير كانون_الثاني ژانویه ژانويه Ιανουάριος Ιανουαρίου Γενάρης Ιαν",
    "פברואר فبراير شباط فوریه فوريه Φεβρουάριος Φεβρουαρίου Φλεβάρης Φεβ",
    "מרץ מרס مارس آذار اذار Μάρτιος Μαρτίου Μάρτης Μαρ",
    "אפריל أبريل إبريل ابريل نيسان آوریل آوريل Απρίλιος Απριλίου Απρίλης Απρ",
    "מאי مايو أيار ايار مه می Μάιος Μαΐου Μάης Μαΐ",
    "יוני يونيو يونية حزيران ژوئن Ιούνιος Ιουνίου Ιούνης Ιουν",
    "יולי يوليو يولية تموز ژوئیه ژوئيه جولای جولاي Ιούλιος Ιουλίου Ιούλης Ιουλ",
    "אוגוסט أغسطس اغسطس آب اوت آگوست Αύγουστος Αυγούστου Αυγ",
    "ספטמבר سبتمبر أيلول ايلول سپتامبر Σεπτέμβριος Σεπτεμβρίου Σεπτέμβρης Σεπ Σεπτ",
    "אוקטובר أكتوبر اكتوبر تشرين_الأول تشرين_الاول اکتبر اكتبر Οκτώβριος Οκτωβρίου Οκτώβρης Οκτ",
    "נובמבר نوفمبر تشرين_الثاني نوامبر Νοέμβριος Νοεμβρίου Νοέμβρης Νοε",
    "דצמבר ديسمبر كانون_الأول كانون_الاول دسامبر Δεκέμβριος Δεκεμβρίου Δεκέμβρης Δεκ",
)


def _bare(word: str, keep: str = "") -> str:
    """The word without its accents, but for the marks in `keep` (the diaeresis of "Μαϊου")."""
    marks = "".join(c for c in unicodedata.normalize("NFD", word) if c in keep or c.isalpha())
    return unicodedata.normalize("NFC", marks.replace("_", " "))


def _greek_cases(name: str) -> tuple[str, ...]:
    """A name, and for a Greek nominative its accusative: "Μάιος", "(τον) Μάιο"."""
    return (name, name[:-1]) if name.endswith("ος") else (name,)


_MONTH_OF: dict[str, int] = {
    spelling.lower(): number
    for number, names in enumerate(_NAMES, 1)
    for name in names.split()
    for case in _greek_cases(name)
    for spelling in (case.replace("_", " "), _bare(case, "\u0308 _"), _bare(case, " _"))
}
# A name, after a Hebrew prefix glued to it ("מינואר", from January; "ובמאי", and in May), not
# inside a longer word, before a year ("Ιαν. 2015", "آب 2017") or a dash that opens the end
# ("Μάρτιος - Ιούνιος 2021"): so not "مارس" (he practised), "Ιαν" (Ian) before a word
_NAME = regex_cache.compile(
    r"(?<![^\W\d_])(?:ו?[במל](?=[\u05d0-\u05ea]))?"
    rf"(?P<name>{'|'.join(sorted(map(re.escape, _MONTH_OF), key=len, reverse=True))})"
    r"(?P<blank>\.?[ \t]{1,3}(?=\d)"
    r"|\.?(?=[ \t]{0,3}(?:[-–—][ \t]{0,3}[^\W\d_]|[,/]?[ \t]{0,3}\d)))",
    re.I,
)


# "Now" in Hebrew, Arabic and Persian opening a range written newest first ("היום - 2019",
# "حاليا – 2018", "تاکنون - 1398"), rewritten as the English "now" the range reader takes
_NOW_FIRST = regex_cache.compile(
    rf"(?<![^\W\d_])(?:היום|כיום|הווה|ال[آا]ن|اليوم|حالي(?:اً|ًا|ا)?|{PERSIAN_NOW})"
    r"(?=[ \t]{0,3}[-–—][ \t]{0,3}\d)"
)


def _in_english(found: re.Match[str]) -> str:
    """The name as an English abbreviation of the same length, its Hebrew prefix as blanks; a
    name shorter than three letters takes the blank after it too ("آب 2017" -> "Aug2017")."""
    english = _ENGLISH[_MONTH_OF[found["name"].lower()] - 1]
    name, blank = found["name"], found["blank"]
    dot = "." if blank.startswith(".") else ""
    rest = blank[len(dot) :]
    if len(name) < len(english):
        name, rest = name + rest, ""
    if len(name) < len(english):
        return found[0]  # no room: "آب-2017"
    prefix = " " * (found.start("name") - found.start())
    return prefix + english.rjust(len(name)) + dot + rest


@lru_cache(maxsize=64)
def english_months(text: str) -> str:
    """The text with its Hebrew, Arabic and Greek month names in English, of the same length."""
    if not mideast_line(text):
        return text
    text = _NAME.sub(_in_english, text)
    return _NOW_FIRST.sub(lambda now: "now".rjust(len(now[0])), text)


def name_start(text: str, rewritten: str, at: int) -> int:
    """Where the month name that a match on `rewritten` opens at `at` starts in `text`: before
    the blanks that stand for the rest of the name and its Hebrew prefix ("מספטמבר")."""
    while at > 0 and rewritten[at - 1] == " " and text[at - 1] != " ":
        at -= 1
    return at
