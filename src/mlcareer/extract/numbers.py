"""Counts written in words, as people write years: "six years", "Fourteen years'"; the
letters of codes whose numbers look like years: "29 CFR 1910", "EN 1998"; and the years of
Japan's eras: "平成31年", "H30.4"."""

from __future__ import annotations

import re

from .. import regex_cache

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
# Longest first, so "seventeen" is not read as "seven" followed by "teen"
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))

# Counts from two to ten in the other languages postings are written in, read only right
# before their words for years: French "deux ans", Spanish "tres años", German "zwei Jahre",
# Italian "tre anni", Portuguese "dois anos". (One, "un an", "ein Jahr", is left out: the
# same words are articles.)
FOREIGN_NUMBER_WORDS = {
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10,
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "dieci": 10,
    "dois": 2, "duas": 2, "três": 3, "sete": 7, "oito": 8, "dez": 10,
}  # fmt: skip
# "a couple of years": two
A_COUPLE = r"a\s+couple(?:\s+of)?"
_COUPLE = regex_cache.compile(A_COUPLE, re.I)
# Every count in words a posting's years may be written with, longest first
# (ties in alphabetical order: the same pattern on every run, for the pattern cache)
ANY_NUMBER_WORD = "|".join(
    sorted({*NUMBER_WORDS, *FOREIGN_NUMBER_WORDS}, key=lambda word: (-len(word), word))
)


def count_of(written: str) -> float:
    """The value of a count in digits or in words: "6", "2.5", "Six", "tres", "a couple of"."""
    key = regex_cache.matched_key(written)
    if key in NUMBER_WORDS:
        return float(NUMBER_WORDS[key])
    if key in FOREIGN_NUMBER_WORDS:
        return float(FOREIGN_NUMBER_WORDS[key])
    return 2.0 if _COUPLE.fullmatch(key) else float(key)


# Codes of law and standards bodies' letters, whose numbers may look like years ("29 CFR
# 1910", "EN 1990 - 1999", "NFPA 1901"): part of the code's name, not a date
CODE_LETTERS = frozenset(
    "CFR USC ISO IEC EN BS DIN ANSI ASTM ASME NFPA IEEE SAE UL CSA IPC".split()
)
# ... of which these also name firms that employ people ("Test Engineer, UL 2015 - 2019")
FIRM_CODE_LETTERS = frozenset({"UL", "CSA"})


# A Japanese era's year, counted from the era's first year ("元", first): "令和2年" is 2020,
# "平成31年" 2019, "令和元年" 2019
ERA_FIRST_YEARS = {"令和": 2019, "平成": 1989, "昭和": 1926}
# ... up to the era's last year: Heisei's 31st, Showa's 64th ("平成45年" is no year)
_ERA_COUNTS = {
    "令和": r"元|0?[1-9]|[1-9]\d",
    "平成": r"元|0?[1-9]|[12]\d|3[01]",
    "昭和": r"元|0?[1-9]|[1-5]\d|6[0-4]",
}
_ERA_NAME = "|".join(ERA_FIRST_YEARS)
ERA_YEAR = (
    "(?:" + "|".join(rf"{era}[ \t]?(?:{count})[ \t]?年" for era, count in _ERA_COUNTS.items()) + ")"
)
# ... and, as forms abbreviate it, the era's Latin initial before the year and the month,
# with a dot or in Japanese: "H30.4" (April 2018), "R2.4", "S63.3", "H30年4月", maybe with
# the day ("H30.4.1"); capitals only
ERA_INITIALS = {"R": "令和", "H": "平成", "S": "昭和"}
_INITIAL_YEARS = "|".join(
    rf"{initial}(?:{_ERA_COUNTS[era]})" for initial, era in ERA_INITIALS.items()
)
_INITIAL_MONTH = (
    r"(?:\.(?:0?[1-9]|1[0-2])(?:\.(?:0?[1-9]|[12]\d|3[01]))?(?![\d.])"
    r"|年[ \t]?(?:0?[1-9]|1[0-2])[ \t]?月)"
)
ERA_INITIAL_DATE = rf"(?-i:{_INITIAL_YEARS}){_INITIAL_MONTH}"
# Both, as era_year() finds them: an initial in either case (a date lower-cased is read too)
_ERA = regex_cache.compile(
    rf"(?={ERA_YEAR}|(?i:{_INITIAL_YEARS}){_INITIAL_MONTH})"
    r"(?P<era>令和|平成|昭和|[RHSrhs])[ \t]?(?P<count>元|\d{1,2})(?:[ \t]?年)?"
)


def era_year(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first era's year (ERA_YEAR) in text[start:end]; calendar_year() gives its year."""
    return _ERA.search(text, start, len(text) if end is None else end)


def calendar_year(era: re.Match[str]) -> int:
    """The year of the common era an era_year() match names."""
    count = 1 if era["count"] == "元" else int(era["count"])
    name = ERA_INITIALS.get(era["era"].upper(), era["era"])
    return ERA_FIRST_YEARS[name] + count - 1


_ERA_MONTH = regex_cache.compile(r"[ \t]?(\d{1,2})[ \t]?月|\.(\d{1,2})")


def era_month_index(era: re.Match[str]) -> int:
    """year*12 + month-1 of a date in a Japanese era (an era_year() match): "平成31年3月",
    "H30.4"; January without a month."""
    month = _ERA_MONTH.match(era.string, era.end())
    number = month and (month.group(1) or month.group(2))
    return calendar_year(era) * 12 + (int(number) - 1 if number else 0)
