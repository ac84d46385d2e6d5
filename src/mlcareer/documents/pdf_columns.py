"""Two-column PDF pages drawn row by row: each column read as a block.

pdfium gives a page's text in drawing order and joins pieces that share a baseline into one
line. A resume whose sidebar and main column are drawn line by line across the page (as HTML
and table exporters do) thus reads "SKILLS  SUMMARY", "Python  Data scientist with ...".

A run of lines that a vertical gutter splits is read left column first, then right column,
when each side holds a resume section heading ("Skills" | "Experience") and pdfium joined
most lines of one column with a line of the other. Pages drawn column by column already read
well, and rows of data (a role | its dates, a category | its skills) have no heading on one
side: both keep pdfium's text.

Character boxes cost a call into pdfium each, so a page is first looked at through pdfium's
text rectangles (one per run of a text object's characters, a few dozen a page): the same
gutter and runs on rows of rectangles, and pdfium's text either side of that gutter, must
show two columns with a heading each before any character is asked about. A gap inside one
text object (a tab or kerning inside one TJ, spaces in a plain-text printout) is not seen by
the rectangles: such rows keep pdfium's text.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

import pypdfium2.raw as pdfium_c
from pypdfium2 import PdfiumError

from .sections import heading_name

Box = tuple[float, float, float, float]  # left, bottom, right, top
Band = tuple[int, int]  # [start, stop) in whole points

MIDDLE = (0.15, 0.85)  # where a gutter may lie, as parts of the page width
MIN_GUTTER = 8.0  # points of blank page between the columns
MIN_SIDE_LINES = 3  # lines each column holds in a run


@dataclass
class _Line:
    boxes: list[Box]  # of its characters, or of its text rectangles
    chars: list[tuple[int, str, Box | None]] = field(default_factory=list)  # index, char, box

    @property
    def top(self) -> float:
        return max((box[3] for box in self.boxes), default=0.0)


def _char_box(textpage: Any) -> Callable[[int], Box]:
    """textpage.get_charbox without its per-call allocations."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))

    def box(index: int) -> Box:
        if not pdfium_c.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top):
            raise PdfiumError("Failed to get charbox.")
        return (left.value, bottom.value, right.value, top.value)

    return box


def _lines(textpage: Any, text: str) -> list[_Line]:
    char_box = _char_box(textpage)
    lines: list[_Line] = [_Line([])]
    for index, char in enumerate(text):
        if char == "\n":
            lines.append(_Line([]))
        elif char != "\r":
            box = None if char.isspace() else char_box(index)
            lines[-1].chars.append((index, char, box))
            if box is not None:
                lines[-1].boxes.append(box)
    return [line for line in lines if line.boxes]


def _rect_rows(textpage: Any) -> list[_Line]:
    """pdfium's text rectangles, grouped into rows that share a height."""
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    rects = []
    for index in range(pdfium_c.FPDFText_CountRects(textpage.raw, 0, -1)):
        if pdfium_c.FPDFText_GetRect(textpage.raw, index, left, top, right, bottom):
            rects.append((left.value, bottom.value, right.value, top.value))
    rows: list[_Line] = []
    for rect in sorted(rects, key=lambda rect: -rect[3]):
        middle = (rect[1] + rect[3]) / 2
        if rows and rows[-1].boxes[0][1] <= middle <= rows[-1].boxes[0][3]:
            rows[-1].boxes.append(rect)
        else:
            rows.append(_Line([rect]))
    return rows


def _ink(boxes: list[Box], low: int, high: int) -> list[Band]:
    """The whole points in [low, high) that the boxes, widened by half a gutter each side,
    cover (a space between words is no gutter), as sorted bands that do not touch."""
    reaches = sorted(
        (max(low, int(left - MIN_GUTTER / 2)), min(high, int(right + MIN_GUTTER / 2) + 1))
        for left, _, right, _ in boxes
    )
    bands: list[Band] = []
    for start, stop in reaches:
        if start >= stop:
            continue
        if bands and start <= bands[-1][1]:
            bands[-1] = (bands[-1][0], max(bands[-1][1], stop))
        else:
            bands.append((start, stop))
    return bands


def _blank(ink: list[Band], start: int, stop: int) -> list[Band]:
    """The parts of [start, stop) that no band of `ink` covers."""
    bands = []
    for ink_start, ink_stop in ink:
        if ink_start > start:
            bands.append((start, min(ink_start, stop)))
        start = max(start, ink_stop)
    if start < stop:
        bands.append((start, stop))
    return [band for band in bands if band[0] < band[1]]


def _gutter(lines: list[_Line], width: float) -> tuple[float, float] | None:
    """The widest band of the page's middle that splits some line in two and that the fewest
    lines cross; the band is widened by MIN_GUTTER."""
    low, high = int(width * MIDDLE[0]), int(width * MIDDLE[1])
    crossing = [0] * (max(low, high) - low + 1)  # changes at each point, summed below
    splitting = [0] * len(crossing)
    for line in lines:
        ink = _ink(line.boxes, low, high)
        first = min(box[2] for box in line.boxes)  # a split point lies right of the first
        last = max(box[0] for box in line.boxes)  # character's box and left of the last one's
        inside = (max(low, math.floor(first) + 1), min(high, math.ceil(last)))
        for bands, changes in ((ink, crossing), (_blank(ink, *inside), splitting)):
            for band_start, band_stop in bands:
                changes[band_start - low] += 1
                changes[band_stop - low] -= 1
    counts: list[int | None] = [
        n if split else None
        for n, split in zip(accumulate(crossing[:-1]), accumulate(splitting[:-1]), strict=True)
    ]
    fewest = min((n for n in counts if n is not None), default=None)
    if fewest is None:
        return None
    best: Band = (0, 0)
    start: int | None = None
    for x, count in enumerate([*counts, None]):
        if count == fewest and start is None:
            start = x
        elif count != fewest and start is not None:
            best = max(best, (start, x), key=lambda band: band[1] - band[0])
            start = None
    return (low + best[0], low + best[1])


def _crosses(line: _Line, gutter: tuple[float, float]) -> bool:
    return any(left < gutter[1] and right > gutter[0] for left, _, right, _ in line.boxes)


def _runs(lines: list[_Line], gutter: tuple[float, float]) -> list[list[_Line]]:
    """Lines from the top of the page down, cut where a line crosses the gutter."""
    runs: list[list[_Line]] = [[]]
    for line in sorted(lines, key=lambda line: -line.top):
        if _crosses(line, gutter):
            runs.append([])
        else:
            runs[-1].append(line)
    return [run for run in runs if run]


def _paired_enough(sides: list[tuple[bool, bool]]) -> bool:
    """Whether lines that hold text left and/or right of the gutter can be two columns:
    each column holds MIN_SIDE_LINES lines, and most lines of the shorter one share a
    line with the other."""
    shorter = min(sum(left for left, _ in sides), sum(right for _, right in sides))
    paired = sum(left and right for left, right in sides)
    return shorter >= MIN_SIDE_LINES and paired * 2 >= shorter


def _heading_each_side(textpage: Any, run: list[_Line], middle: float) -> bool:
    """Whether pdfium's text of the run's rows holds a heading line left of the gutter and
    one right of it."""
    bottom = min(box[1] for row in run for box in row.boxes)
    top = max(row.top for row in run)
    halves = (
        textpage.get_text_bounded(None, bottom, middle, top),
        textpage.get_text_bounded(middle, bottom, None, top),
    )
    return all(any(heading_name(line.strip()) for line in half.splitlines()) for half in halves)


def may_hold_columns(textpage: Any, width: float) -> bool:
    """Whether pdfium's text rectangles show a run of rows split by a gutter, enough of them
    on each side and a heading on each side: the cheap look before column_text asks about
    every character."""
    rows = _rect_rows(textpage)
    gutter = _gutter(rows, width)
    if gutter is None:
        return False
    middle = (gutter[0] + gutter[1]) / 2
    for run in _runs(rows, gutter):
        centres = [[(left + right) / 2 for left, _, right, _ in row.boxes] for row in run]
        sides = [(min(xs) < middle, max(xs) >= middle) for xs in centres]
        if _paired_enough(sides) and _heading_each_side(textpage, run, middle):
            return True
    return False


def _sides(line: _Line, middle: float) -> tuple[list[int], list[int]]:
    """The line's character indices left and right of the gutter; a space goes with the
    character before it."""
    left: list[int] = []
    right: list[int] = []
    side = left
    for index, _, box in line.chars:
        if box is not None:
            side = left if (box[0] + box[2]) / 2 < middle else right
        side.append(index)
    return left, right


def _column_order(run: list[_Line], middle: float, text: str) -> list[str] | None:
    """The run's lines as left column then right column, or None when it is no two columns
    drawn row by row: most lines of the shorter column share a line with the other one."""
    pieces = []  # (first index, side, text)
    sides = []
    for line in run:
        found = []
        for side, indices in enumerate(_sides(line, middle)):
            piece = "".join(text[i] for i in indices).strip()
            if piece:
                found.append((indices[0], side, piece))
        pieces += found
        sides.append((any(side == 0 for _, side, _ in found), any(side for _, side, _ in found)))
    if not _paired_enough(sides):
        return None
    pieces.sort()
    columns = [[p for _, s, p in pieces if s == side] for side in (0, 1)]
    if not all(any(heading_name(p) for p in column) for column in columns):
        return None
    return columns[0] + columns[1]


def column_text(textpage: Any, text: str, width: float) -> str | None:
    """The page's text with row-by-row columns read one after the other; None when no part
    of the page needs it (pdfium's text is then right)."""
    lines = _lines(textpage, text)
    gutter = _gutter(lines, width)
    if gutter is None:
        return None
    middle = (gutter[0] + gutter[1]) / 2
    reordered = {}
    for run in _runs(lines, gutter):
        order = _column_order(run, middle, text)
        if order is not None:
            reordered[id(run[0])] = (run, order)
    if not reordered:
        return None
    return "\n".join(_page_lines(lines, reordered, text))


def _page_lines(
    lines: list[_Line], reordered: dict[int, tuple[list[_Line], list[str]]], text: str
) -> list[str]:
    """pdfium's lines in its order, each reordered run in place of its lines."""
    run_of = {id(line): key for key, (run, _) in reordered.items() for line in run}
    out: list[str] = []
    done: set[int] = set()
    for line in lines:
        key = run_of.get(id(line))
        if key is None:
            out.append("".join(char for _, char, _ in line.chars))
        elif key not in done:
            done.add(key)
            out += reordered[key][1]
    return out
