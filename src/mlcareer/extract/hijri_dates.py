"""Iranian, Afghan and Arabian dates as the date readers take them, rewritten in place to the
common era with the same length, as thai_dates does for the Buddhist era:

- Solar Hijri (Iran, Afghanistan): its year starts at the March equinox, so a year is the
  common era's year + 621 from Farvardin (Hamal) to Azar (Qaws) and + 622 for Dey, Bahman and
  Esfand. A month named with its year ("مهر ۱۴۰۰") becomes the Gregorian month holding most
  of it ("Oct 2021": Mehr runs from 23 September to 22 October); a bare year becomes the
  Gregorian year holding most of it (1400 -> 2021). Exact to the month, then.
  Figures too, in a Persian document: "1400/07" becomes "2021/10".
- Hijri (lunar, the Gulf's "1441 هـ"): a year is 354 or 355 days, so it becomes the Gregorian
  year holding most of it (1441 AH, August 2019 to August 2020 -> 2020), at most a year off at
  either end of a range.

A bare year is read in the Solar Hijri calendar only in a Persian or Dari document (its
letters, or an Iranian or Afghan place) and only where it dates a range ("1398 - 1402",
"1400 - Present", "۱۳۹۶ تا ۱۳۹۸"), not after "port" or "room", nor as a quantity that fell,
a phone number's groups, a count of a unit or a citation's pages; a Hijri year needs its mark
("هـ", "ه.ق"). The marks of the calendars, Gregorian "م" too ("2019م"), are blanked."""

from __future__ import annotations

import re

from .. import regex_cache
from .now_words import ENGLISH_NOW, MIDEAST_NOW

SOLAR_HIJRI_OFFSET = 621
# A Hijri year's length in Gregorian years, and the date (as a fraction of a year) its era
# opened on: 16 July 622
_LUNAR_YEAR = 354.367 / 365.2425
_LUNAR_EPOCH = 622.54

# A year of a working life in either Hijri calendar (1340-1449: 1961 to 2028 or 2070), not
# inside a longer number (it opens on its digit, the look-behind after it, so that a search
# skips to that digit)
_BARE_YEAR = r"1(?<![\d.,/]1)(?:3[4-9]|4[0-4])\d"
_YEAR = rf"{_BARE_YEAR}(?!\d|[.,/]\d)"
# ... and for a first look, a year before a month in figures too ("1400/07")
_ANY_YEAR = regex_cache.compile(r"1(?<!\d1)[34]\d\d(?!\d)")
# A Solar Hijri year and month in figures, the month in two ("1400/07", "07/1400") or, after
# a slash, in one ("1400/7", "7/1400"; "1400.7" may be a decimal); not a full date
# ("1400/07/15")
_NUMERIC = regex_cache.compile(
    rf"(?P<year>{_BARE_YEAR})(?:(?P<sep>[/.])(?P<month>0[1-9]|1[0-2])|/(?P<digit>[1-9]))"
    r"(?![\d]|[/.]\d)"
    r"|(?<![\d/.])(?:(?P<month_first>0[1-9]|1[0-2])(?P<sep_first>[/.])|(?P<digit_first>[1-9])/)"
    r"(?P<year_last>1(?:3[4-9]|4[0-4])\d)(?![\d]|[/.]\d)"
)
_ARABIC_LETTER = regex_cache.compile(r"[\u0600-\u06ff]")
# Persian letters Arabic lacks (پ چ ژ گ ی ک), or an Iranian or Afghan place, or the calendar's
# English name: the document is one whose bare years may be Solar Hijri. Each place opens on
# its letter, the look-behind after it, so that a search skips to those letters.
_PERSIAN_LETTER = regex_cache.compile(r"[پچژگیک]")
_PLACES = (
    "Iran Iranian Tehran Teheran Isfahan Esfahan Shiraz Tabriz Mashhad Karaj Afghanistan Afghan"
    " Kabul Herat Persian Farsi Shamsi"
).split()
_PERSIAN_PLACE = regex_cache.compile(
    "|".join(f"{word[0]}(?<![^\\W\\d_]{word[0]}){word[1:]}(?![^\\W\\d_])" for word in _PLACES)
)

# Month names, Farvardin first: Iranian, then the Afghan (zodiac) ones
_PERSIAN_MONTHS = (
    "فروردین حمل",
    "اردیبهشت ثور",
    "خرداد جوزا",
    "تیر سرطان",
    "مرداد امرداد اسد",
    "شهریور سنبله",
    "مهر میزان",
    "آبان عقرب",
    "آذر قوس",
    "دی جدی",
    "بهمن دلو",
    "اسفند حوت",
)
_ENGLISH = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _letters_alike(name: str) -> str:
    """A pattern for the name with Persian or Arabic "ی" and "ک", and "آ" with or without
    its madda."""
    return "".join(
        {"ی": "[یيى]", "ک": "[کك]", "آ": "[آا]"}.get(letter, re.escape(letter)) for letter in name
    )


_MONTH_NUMBER = {
    name: number for number, names in enumerate(_PERSIAN_MONTHS, 1) for name in names.split()
}
_FOLD = str.maketrans("يىكا", "ییکآ")
_MONTH_KEYS = {name.translate(_FOLD): number for name, number in _MONTH_NUMBER.items()}
# The marks of the calendars after a year: solar ("ه.ش", "هـ ش", "ش", "شمسی", "SH"), lunar
# ("هـ", "ه", "ه.ق", "ق", "AH") and Gregorian ("م", "میلادی")
_SOLAR_MARK = r"ه[ـ]?\.?[ \t]?ش\.?|هجری[ \t]شمسی|شمسی|ش\.?|SH"
_LUNAR_MARK = r"ه[ـ]?\.?[ \t]?ق\.?|هجری[ \t]قمری|قمری|هـ|ھ|ه|ق|AH"
_MARK = rf"(?:[ \t]?(?:(?P<{{0}}solar>{_SOLAR_MARK})|(?P<{{0}}lunar>{_LUNAR_MARK}))(?![^\W\d_]))"
# A month named before its year ("مهر ۱۴۰۰", "مهرماه 1400", "اسفند ماه ۱۳۹۹")
_NAMED = regex_cache.compile(
    r"(?<![^\W\d_])(?P<name>"
    + "|".join(map(_letters_alike, sorted(_MONTH_NUMBER, key=len, reverse=True)))
    + rf")(?P<blank>[ \t]?(?:ماه[ \t]?)?|[ \t]{{1,3}})(?P<year>{_YEAR})"
)
# The words between a range's ends: a dash, "to", the Persian "تا" and Arabic "إلى", "حتى"
_SEP = r"[ \t]{0,4}(?:[-–—]|(?i:to|till|until)|تا|إلى|الى|حتى)[ \t]{0,4}"
_NOW_AHEAD = rf"(?=(?i:{ENGLISH_NOW}|{MIDEAST_NOW})(?![^\W\d_]))"
# A range of years, or a year before a dash and "now", each year with its mark or none
_RANGE = regex_cache.compile(
    rf"(?P<start>{_YEAR}){_MARK.format('start_')}?(?P<sep>{_SEP})"
    rf"(?:(?P<end>{_YEAR}){_MARK.format('end_')}?|{_NOW_AHEAD})"
)
# ... and written newest first, "now" before a dash and the year ("تاکنون - 1398")
_NOW_THEN = regex_cache.compile(
    rf"(?<![^\W\d_])(?i:{ENGLISH_NOW}|{MIDEAST_NOW})(?P<sep>{_SEP})"
    rf"(?P<start>{_YEAR}){_MARK.format('start_')}?"
)
# A year with its Hijri mark alone ("تخرجت 1438 هـ"), and a Gregorian one ("2019م")
_MARKED = regex_cache.compile(rf"(?P<start>{_YEAR}){_MARK.format('start_')}")
_GREGORIAN_MARK = regex_cache.compile(
    r"(?<=(?<![\d.,])(?:19|20)\d\d)[ \t]?(?:م|میلادی)(?![^\W\d_])"
)
# Words before a number that is no year: "port 1398 - 1402", "Room 1399", "pp. 1390-1402"
NOT_A_YEAR_BEFORE = regex_cache.compile(
    r"(?:ports?|rooms?|pages?|pp\.?|lines?|ext\.?|nos?\.?|#|units?|versions?|builds?|numbers?)"
    r"[ \t]*:?[ \t]*$",
    re.I,
)


# What tells a bare range of such numbers from years, in an English line: a number's group
# before it ("+98 21 1398-1402"), a unit after it ("1398 - 1404 tokens"; not "at", "in"...),
# a Gregorian year beside it (a citation's pages: "33(5), 1399-1405, 2021")
_NUMBER_BEFORE = regex_cache.compile(r"\d[ \t-]*$")
_UNIT_AFTER = regex_cache.compile(
    r"[ \t]*(?!(?:at|in|on|with|for|as|and|of|from|to|under|via|during|till|until)\b)[a-z]"
)
_GREGORIAN_YEAR = regex_cache.compile(r"(?<![\d.,/])(?:19|20)\d\d(?![\d.,/]\d|\d)")


def _no_bare_years(found: re.Match[str]) -> bool:
    """A bare range that counts something else: falling ("from 1402 to 1396 ms"), a longer
    number's groups, a count in a unit, or beside a Gregorian year on its line."""
    text, start, end = found.string, found.start(), found.end()
    groups = found.groupdict()
    if groups.get("end") and int(found["end"]) < int(found["start"]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(
        _NUMBER_BEFORE.search(text, line_start, start)
        or (groups.get("end") and _UNIT_AFTER.match(text, end, line_end))
        or _GREGORIAN_YEAR.search(text, line_start, start)
        or _GREGORIAN_YEAR.search(text, end, line_end)
    )


def _lunar_to_gregorian(year: int) -> int:
    """The Gregorian year holding most of a Hijri (lunar) year: 1441 -> 2020."""
    return int(_LUNAR_EPOCH + (year - 1) * _LUNAR_YEAR + _LUNAR_YEAR / 2)


def _named_month(found: re.Match[str]) -> str:
    """ "مهر 1400" as "Oct 2021" of the same length ("دی 1400" as "Jan2022")."""
    month = _MONTH_KEYS[found["name"].translate(_FOLD)]
    year = int(found["year"]) + SOLAR_HIJRI_OFFSET + (month >= 10)
    english = _ENGLISH[(month + 2) % 12]
    name, blank = found["name"], found["blank"]
    if len(name) + len(blank) < len(english):
        return found[0]
    if len(name) >= len(english) and blank:
        return english.rjust(len(name) + len(blank) - 1) + " " + str(year)
    return english.rjust(len(name) + len(blank)) + str(year)


def _numeric(found: re.Match[str]) -> str:
    """ "1400/07" as "2021/10", "07/1400" as "10/2021": Mehr is October's most. A month in
    one figure keeps one ("1400/2" as "2021/5"), or when October to December need two, the
    year takes two ("1400/7" as "10/21 ", "7/1400" as "10/21 ")."""
    written = found["month"] or found["month_first"] or found["digit"] or found["digit_first"]
    month = int(written)
    year = int(found["year"] or found["year_last"]) + SOLAR_HIJRI_OFFSET + (month >= 10)
    english = (month + 2) % 12 + 1
    if len(written) < len(str(english)):
        return f"{english}/{year % 100:02d}".ljust(len(found[0]))
    english_month = f"{english:0{len(written)}d}"
    if found["year"]:
        return f"{year}{found['sep'] or '/'}{english_month}"
    return f"{english_month}{found['sep_first'] or '/'}{year}"


def _in_era(year: str, lunar: bool) -> str:
    number = int(year)
    return str(_lunar_to_gregorian(number) if lunar else number + SOLAR_HIJRI_OFFSET)


def _rewritten(found: re.Match[str], lunar: bool) -> str:
    """The match with its years ("start", "end") in the common era and its marks taken out,
    as many blanks set at its end ("1438 هـ - 1441 هـ" as "2017 - 2020      "): blanks
    inside or before a range part it from the line's other words."""
    text = list(found[0])
    groups = found.re.groupindex
    for side in ("end", "start"):  # from the end, so that the places before stay
        if side not in groups or not found[side]:
            continue
        at = found.start(side) - found.start()
        marks = [found.span(f"{side}_{kind}") for kind in ("solar", "lunar")]
        mark_end = max((end for start, end in marks if start >= 0), default=found.end(side))
        text[at : mark_end - found.start()] = _in_era(found[side], lunar)
    return "".join(text).ljust(len(found[0]))


def _range(found: re.Match[str], persian: bool) -> str:
    """A range's years in the common era, their marks blanked; as it is when nothing marks
    its calendar and the document is not Persian, or a word before it counts something."""
    groups = found.groupdict()
    lunar = bool(groups["start_lunar"] or groups.get("end_lunar"))
    solar = bool(groups["start_solar"] or groups.get("end_solar"))
    before = found.string[max(0, found.start() - 12) : found.start()]
    if not (lunar or solar or persian) or NOT_A_YEAR_BEFORE.search(before):
        return found[0]
    if not (lunar or solar) and _no_bare_years(found):
        return found[0]
    return _rewritten(found, lunar)


def _marked(found: re.Match[str]) -> str:
    """A lone year with its mark, in the common era, the mark blanked."""
    return _rewritten(found, bool(found["start_lunar"]))


def gregorian(text: str) -> str:
    """The text with its Solar Hijri and Hijri dates in the common era and the marks of the
    calendars blanked, each of the same length; any other text as it is."""
    if "م" in text:  # the Gregorian mark, in an Arabic or Persian text only
        text = _GREGORIAN_MARK.sub(lambda mark: " " * len(mark[0]), text)
    if _ANY_YEAR.search(text) is None:
        return text
    arabic = not text.isascii() and _ARABIC_LETTER.search(text) is not None
    if arabic:  # a Persian month's name before the year tells the calendar
        text = _NAMED.sub(_named_month, text)
    persian = bool(arabic and _PERSIAN_LETTER.search(text)) or bool(_PERSIAN_PLACE.search(text))
    if persian:
        text = _NUMERIC.sub(_numeric, text)
    text = _RANGE.sub(lambda found: _range(found, persian), text)
    if persian:
        text = _NOW_THEN.sub(lambda found: _range(found, persian), text)
    return _MARKED.sub(_marked, text)
