"""A Thai CV's dates as the date readers take them. Thai counts years in the Buddhist era
(พ.ศ. 2563 is 2020: 543 years ahead) and names months in Thai ("มิ.ย. 2563 - ปัจจุบัน"). Each
such year and month is rewritten in place, to a common-era year and an English month of the
same length, so every offset still points where it did; the document's own text is kept.
The Solar Hijri and Hijri calendars' dates are rewritten alike (hijri_dates)."""

from __future__ import annotations

import re

from .. import regex_cache
from .hijri_dates import NOT_A_YEAR_BEFORE, gregorian

BUDDHIST_ERA_OFFSET = 543
_THAI = regex_cache.compile(r"[\u0e00-\u0e7f]")
# A Buddhist-era year of a working life (2500-2599: 1957-2056), not inside a longer number
_ERA_YEAR = regex_cache.compile(r"(?<![\d.,])25\d\d(?![\d]|[.,]\d)")
# The era's name before a year ("พ.ศ. 2563"; "ค.ศ." the common era's), which names no job
_ERA_NAME = regex_cache.compile(r"[พค]\.ศ\.(?=[ \t]*\d)")
_MONTHS = (
    ("ม.ค.", "มกราคม", "Jan"),
    ("ก.พ.", "กุมภาพันธ์", "Feb"),
    ("มี.ค.", "มีนาคม", "Mar"),
    ("เม.ย.", "เมษายน", "Apr"),
    ("พ.ค.", "พฤษภาคม", "May"),
    ("มิ.ย.", "มิถุนายน", "Jun"),
    ("ก.ค.", "กรกฎาคม", "Jul"),
    ("ส.ค.", "สิงหาคม", "Aug"),
    ("ก.ย.", "กันยายน", "Sep"),
    ("ต.ค.", "ตุลาคม", "Oct"),
    ("พ.ย.", "พฤศจิกายน", "Nov"),
    ("ธ.ค.", "ธันวาคม", "Dec"),
)
# Thai month -> its English abbreviation, set at the end of the same length ("มิ.ย." -> " Jun.")
_ENGLISH_MONTH = {
    thai: english.rjust(len(thai) - 1) + "." if thai.endswith(".") else english.rjust(len(thai))
    for short, full, english in _MONTHS
    for thai in (short, full)
}
_THAI_MONTH = regex_cache.compile(
    "|".join(re.escape(month) for month in sorted(_ENGLISH_MONTH, key=len, reverse=True))
)


def common_era(text: str) -> str:
    """The text with a Thai document's months in English and its Buddhist-era years in the
    common era, each of the same length, and an Iranian, Afghan or Arabian document's Solar
    Hijri and Hijri dates too (hijri_dates); any other text as it is."""
    text = gregorian(text)
    if not _THAI.search(text):
        return text
    text = _THAI_MONTH.sub(lambda month: _ENGLISH_MONTH[month[0]], text)
    text = _ERA_NAME.sub(lambda era: " " * len(era[0]), text)
    return _ERA_YEAR.sub(_in_common_era, text)


# The start of a range of numbers before the year: "2567 - " in "ports 2567 - 2570"
_RANGE_START = regex_cache.compile(r"\d+[ \t]*[-–][ \t]*$")


def _in_common_era(year: re.Match[str]) -> str:
    """A Buddhist-era year in the common era; a number a word before it counts ("Room 2563",
    both ends of "ports 2567 - 2570") as it is."""
    before = year.string[max(0, year.start() - 24) : year.start()]
    before = _RANGE_START.sub("", before)
    if NOT_A_YEAR_BEFORE.search(before):
        return year[0]
    return str(int(year[0]) - BUDDHIST_ERA_OFFSET)
