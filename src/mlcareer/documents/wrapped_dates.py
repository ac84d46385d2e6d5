"""A range of dates that a narrow column wrapped onto two or three lines, put back on one.

A resume that sets its dates in a narrow column left of each role (a Word table's first cell,
a PDF laid out with a date column) often wraps the range after its dash: "Mar 2021 –" over
"Present". In a table cell the pieces are lines of one cell; in a PDF, pdfium joins each
piece with the role's text on its baseline, so the two lines read "Mar 2021 – Machine
Learning Engineer" and "Present Brightline Health". A careful reader sees one range, "Mar
2021 – Present", beside the title.

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
_YEAR_IN = regex_cache.compile(_YEAR)
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
    a role's lines, written whole on the first line before the role's text."""
    if "\n" not in text or not _HAS_DASH.search(text):
        return text
    return _SPLIT_RANGE.sub(_mended, text)


def _mended(found: re.Match[str]) -> str:
    end = found["end"] or found["end2"]
    dash = found["dash"] or found["dash2"]
    rest = found["rest"] or found["rest2"]
    if not _ascending(f"{found['start']} {end}"):
        return found[0]
    after = found["after"].strip()
    line = f"{found['indent']}{found['start']} {dash} {end} {rest}"
    return f"{line}\n{after}" if after else line


def _ascending(text: str) -> bool:
    """Whether the years a range names run forward, and not for longer than a career."""
    years = [int(year) for year in _YEAR_IN.findall(text)]
    return all(0 <= later - earlier <= MAX_YEARS for earlier, later in pairwise(years))
