"""A range of dates that a narrow column wrapped onto two or three lines, put back on one.

A resume that sets its dates in a narrow column left of each role (a Word table's first cell,
a PDF laid out with a date column) often wraps the range after its dash: "Mar 2021 –" over
"Present". In a table cell the pieces are lines of one cell; in a PDF, pdfium joins each
piece with the role's text on its baseline, so the two lines read "Mar 2021 – Machine
Learning Engineer" and "Present Brightline Health". A careful reader sees one range, "Mar
2021 – Present", beside the title. A flush-right date column wraps the same way at the
lines' ends ("Data Analyst Jun 2018 –" over "Corvid Insurance, Salem Feb 2021").

The dates are English month names or numbers: this runs before the extractors, which know
every language's months, and only mends what is plainly one range.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .. import regex_cache

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d\d"
# "Mar 2021", "March 2021", "03/2021", "2021"
_DATE = rf"(?:{_MONTH}[ \t]+{_YEAR}|(?:0?[1-9]|1[0-2])[/.]{_YEAR}|{_YEAR})(?![\w/.])"
_NOW = r"(?:present|current|now|today)(?![\w/])"
_POINT = rf"(?:{_DATE}|{_NOW})"
_DASH = r"(?:[-–—]|\bto(?=[ \t\n]|$))"

# A cell's lines joined by spaces that are one range and nothing else: "Mar 2021 – Present"
_WHOLE_RANGE = regex_cache.compile(rf"[ \t]*{_DATE}[ \t]*{_DASH}[ \t]*{_POINT}[ \t]*", re.I)
_HAS_DASH = regex_cache.compile(_DASH, re.I)

# Two lines of a PDF whose first pieces are a range's two ends: the dash ends the first
# line's piece ("Mar 2021 – Machine Learning Engineer" over "Present Brightline Health") or
# opens the second's ("2016 Research Assistant" over "– 2018 University of Oregon"). The
# second line's date opens no range of its own ("2021 – Data Scientist" is the next role's).
_SPLIT_RANGE = regex_cache.compile(
    rf"^(?P<indent>[ \t]*)(?P<start>{_DATE})"
    rf"(?:[ \t]*(?P<dash>{_DASH})[ \t]+(?!{_POINT}|{_DASH})(?P<rest>\S[^\n]*)\n[ \t]*"
    rf"(?P<end>{_POINT})(?![ \t]*{_DASH})"
    rf"|(?![ \t]*{_DASH})[ \t]+(?!{_POINT})(?P<rest2>\S[^\n]*)\n[ \t]*"
    rf"(?P<dash2>{_DASH})[ \t]*(?P<end2>{_POINT}))"
    r"(?P<after>[^\n]*)",
    re.I | re.M,
)
# ... or the date column is flush right, and the range ends both lines: "Data Analyst Jun 2018
# –" over "Corvid Insurance, Salem Feb 2021", which would read as a range still open. Found
# from each dash that ends a line: the date before it, then the next line's last date.
_LINE_END_DASH = regex_cache.compile(r"[-–—][ \t]*\n")  # a dash: scanned for fast
_DATE_BEFORE = regex_cache.compile(rf"(?<![\w/.])(?P<start>{_DATE})[ \t]*\Z", re.I)
_LAST_DATE = regex_cache.compile(rf"(?P<body>[^\n]*?\S)[ \t]+(?P<end>{_POINT})[ \t]*$", re.I | re.M)
_ENDS_A_RANGE = regex_cache.compile(rf"(?:{_DASH}|{_POINT})\Z", re.I)
DATE_REACH = 20  # characters a date before a dash takes at most ("September 2021 ")
_YEAR_IN = regex_cache.compile(_YEAR)
_NOW_ALONE = regex_cache.compile(_NOW, re.I)
_BULLET = regex_cache.compile(r"[ \t]*[-–—•*·▪●►✓➢➤◦\uf0b7]")
MAX_BODY = 80  # characters of a line beside the date column's end: a company and a place
MAX_YEARS = 60  # a range longer than this is no one's job


def joined_range_lines(lines: list[str]) -> list[str]:
    """A table cell's lines with a range that wrapped over two or three of them on one line:
    ["Mar 2021 –", "Present"] or ["2016", "–", "2018"] read ["Mar 2021 – Present"]."""
    if len(lines) < 2 or not any(_HAS_DASH.search(line) for line in lines):
        return lines
    out: list[str] = []
    index = 0
    while index < len(lines):
        for size in (3, 2):
            piece = lines[index : index + size]
            joined = " ".join(line.strip() for line in piece)
            if len(piece) == size and _WHOLE_RANGE.fullmatch(joined) and _ascending(joined):
                out.append(joined)
                index += size
                break
        else:
            out.append(lines[index])
            index += 1
    return out


def mend_split_ranges(text: str) -> str:
    """PDF text with each range whose ends a narrow date column put on two lines, beside
    a role's lines, written whole on the first line: before the role's text when the column
    is left of it, at the line's end when it is flush right."""
    if "\n" not in text or not _HAS_DASH.search(text):
        return text
    return _mended_at_ends(_SPLIT_RANGE.sub(_mended, text))


def _mended(found: re.Match[str]) -> str:
    end = found["end"] or found["end2"]
    dash = found["dash"] or found["dash2"]
    rest = found["rest"] or found["rest2"]
    if not _one_range(found["start"], end):
        return found[0]
    after = found["after"].strip()
    line = f"{found['indent']}{found['start']} {dash} {end} {rest}"
    return f"{line}\n{after}" if after else line


def _mended_at_ends(text: str) -> str:
    """The text with each range whose end the next line's end holds written whole."""
    out: list[str] = []
    done = 0  # where the text not yet in `out` starts
    for dash in _LINE_END_DASH.finditer(text):
        if dash.start() < done:
            continue
        reach = max(text.rfind("\n", 0, dash.start()) + 1, dash.start() - DATE_REACH)
        start = _DATE_BEFORE.search(text[reach : dash.start()])
        below = _LAST_DATE.match(text, dash.end())
        if start is None or below is None or not _a_column_end(below, start["start"]):
            continue
        dashed = text[dash.start() : dash.end()].strip()
        out += [text[done : dash.start()].rstrip(" \t"), f" {dashed} {below['end']}\n"]
        out.append(below["body"])
        done = below.end()
    return "".join(out) + text[done:] if out else text


def _a_column_end(below: re.Match[str], start: str) -> bool:
    """Whether the next line's last date ends the range: the line is no bullet, no running
    text and no range of its own, and the dates are one range's ends."""
    body = below["body"]
    if _BULLET.match(body) or len(body) > MAX_BODY or _ENDS_A_RANGE.search(body[-DATE_REACH:]):
        return False
    return _one_range(start, below["end"])


def _one_range(start: str, end: str) -> bool:
    """Whether two dates can be the ends of one range: written alike (a month's name, a
    month's number or a bare year each; the end may be "present") and running forward."""
    return (end[0].isalpha() and _NOW_ALONE.fullmatch(end) is not None) or (
        _form(start) == _form(end) and _ascending(f"{start} {end}")
    )


def _form(date: str) -> str:
    return "name" if date[0].isalpha() else "number" if len(date) > 4 else "year"


def _ascending(text: str) -> bool:
    """Whether the years a range names run forward, and not for longer than a career."""
    years = [int(year) for year in _YEAR_IN.findall(text)]
    return all(0 <= later - earlier <= MAX_YEARS for earlier, later in pairwise(years))
