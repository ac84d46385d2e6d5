"""Two-column PDF pages drawn row by row: each column read as a block.

pdfium gives a page's text in drawing order and joins pieces that share a baseline into one
line. A resume whose sidebar and main column are drawn line by line across the page (as HTML
and table exporters do) thus reads "SKILLS  SUMMARY", "Python  Data scientist with ...", or,
where the sidebar's smaller type sits at another line pitch, a line of one column, then a line
of the other.

A run of lines that a vertical gutter splits is read as the sidebar (the column on the
narrower side of the gutter), then the main column, when each side holds a resume section
heading ("Skills" | "Experience") and pdfium's text weaves the columns together: most lines
of one column sit on a line of the other or next to one. The main column goes last, so that
it runs on into full-width text below the run; the sidebar side's last lines go with it
unless a wider space (a table's end) parts them from that text (the main text went full
width under a sidebar that ended). A line that nearly meets the other column (a long e-mail
address in a sidebar) does not end a run when a clear blank parts it where that column's
lines start. Pages drawn column by column already read well, and rows of data (a role | its
dates, a category | its skills) have no heading on one side: both keep pdfium's text.

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
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, pairwise
from typing import Any

import pypdfium2.raw as pdfium_c
from pypdfium2 import PdfiumError

from .sections import heading_name

Box = tuple[float, float, float, float]  # left, bottom, right, top
Band = tuple[int, int]  # [start, stop) in whole points

MIDDLE = (0.15, 0.85)  # where a gutter may lie, as parts of the page width
MIN_GUTTER = 8.0  # points of blank page between the columns
MIN_SIDE_LINES = 3  # lines each column holds in a run
EDGE_SLACK = 1.0  # points a line's text may start off its column's left edge
WIDER_THAN_WORDS = 1.5  # a blank between columns against the line's usual word space
PITCH_SLACK = 1.0  # points by which two distances between lines count as the same


@dataclass
class _Line:
    boxes: list[Box]  # of its characters, or of its text rectangles
    chars: list[tuple[int, str, Box | None]] = field(default_factory=list)  # index, char, box
    orders: list[int] = field(default_factory=list)  # each text rectangle's place in the page
    split: float | None = None  # where its columns part, when not at the gutter's middle

    def side(self, box: Box, middle: float) -> int:
        """0 when the box lies left of where the line's columns part, else 1."""
        return int(_centre(box) >= (middle if self.split is None else self.split))

    @property
    def top(self) -> float:
        return max((box[3] for box in self.boxes), default=0.0)

    @property
    def baseline(self) -> float:
        """Where most of its characters' boxes end below, to half a point."""
        bottoms = Counter(round(box[1] * 2) / 2 for box in self.boxes)
        return bottoms.most_common(1)[0][0] if bottoms else 0.0


@dataclass
class _Piece:
    """A line's text on one side of the gutter, or one text rectangle."""

    order: int  # where pdfium's text has it
    side: int  # 0: left of the gutter, 1: right of it
    line: _Line
    text: str = ""
    ends: tuple[float, float] = (0.0, 0.0)  # where its characters start and end, across


@dataclass
class _Run:
    lines: list[_Line]  # from the top of the page down
    below: _Line | None = None  # the line under the run that crosses the gutter


def _centre(box: Box) -> float:
    return (box[0] + box[2]) / 2


def _char_box(textpage: Any) -> Callable[[int], Box]:
    """textpage.get_charbox without its per-call allocations."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))

    def box(index: int) -> Box:
        if not pdfium_c.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top):
            raise PdfiumError("Failed to get charbox.")
        return (left.value, bottom.value, right.value, top.value)

    return box


def _apart(textpage: Any) -> Callable[[int, int], bool]:
    """Whether two characters of the page belong to different text objects."""

    def address(index: int) -> int:
        obj = pdfium_c.FPDFText_GetTextObject(textpage.raw, index)
        return ctypes.cast(obj, ctypes.c_void_p).value or 0

    return lambda first, second: address(first) != address(second)


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
    for order, rect in sorted(enumerate(rects), key=lambda item: -item[1][3]):
        middle = (rect[1] + rect[3]) / 2
        if rows and rows[-1].boxes[0][1] <= middle <= rows[-1].boxes[0][3]:
            rows[-1].boxes.append(rect)
            rows[-1].orders.append(order)
        else:
            rows.append(_Line([rect], orders=[order]))
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


def _runs(
    lines: list[_Line], gutter: tuple[float, float], apart: Callable[[int, int], bool] | None = None
) -> list[_Run]:
    """Lines from the top of the page down, cut where a line crosses the gutter; one that
    only nearly meets the other column (_column_split), between two lines that do not cross,
    does not cut. `apart` tells whether two characters belong to different text objects
    (rows of text rectangles need not: each rectangle is one object's)."""
    middle = (gutter[0] + gutter[1]) / 2
    ordered = sorted(lines, key=lambda line: -line.top)
    crossing = [_crosses(line, gutter) for line in ordered]
    edge = None
    if any(crossing):
        edge = _column_edge(
            [line for line, cross in zip(ordered, crossing, strict=True) if not cross], middle
        )
    runs = [_Run([])]
    for index, line in enumerate(ordered):
        alone = not any(crossing[i] for i in (index - 1, index + 1) if 0 <= i < len(crossing))
        if crossing[index] and alone:
            line.split = _column_split(line, edge, apart)
        if crossing[index] and line.split is None:
            runs[-1].below = line
            runs.append(_Run([]))
        else:
            runs[-1].lines.append(line)
    return [run for run in runs if run.lines]


def _column_edge(lines: list[_Line], middle: float) -> int | None:
    """Where most of the lines' text right of the gutter starts, in whole points."""
    starts = Counter(
        round(min(box[0] for box in right))
        for line in lines
        if (right := [box for box in line.boxes if _centre(box) >= middle])
    )
    return starts.most_common(1)[0][0] if starts else None


def _column_split(
    line: _Line, edge: int | None, apart: Callable[[int, int], bool] | None
) -> float | None:
    """Where a line that crosses the gutter parts into the text of each column: the middle of
    a blank (narrower than a gutter) between two text objects, clearly wider than the line's
    usual space between words, after which the text starts where the right column's lines
    start. None when there is none: the line runs across."""
    if edge is None:
        return None
    blanks = _blanks(line)
    for start, stop, before, after in blanks:
        if abs(stop - edge) > EDGE_SLACK or (apart is not None and not apart(before, after)):
            continue
        others = sorted(b - a for a, b, _, _ in blanks if (a, b) != (start, stop))
        usual = others[len(others) // 2] if others else 0.0
        return (start + stop) / 2 if stop - start > WIDER_THAN_WORDS * usual else None
    return None


def _blanks(line: _Line) -> list[tuple[float, float, int, int]]:
    """The blanks between a line's text rectangles, or between its words along its characters
    (with the characters either side), from left to right."""
    if not line.chars:
        boxes = sorted(line.boxes)
        return [(a[2], b[0], -1, -1) for a, b in pairwise(boxes) if a[2] < b[0]]
    blanks = []
    last: tuple[int, Box] | None = None
    spaced = False
    for index, char, box in line.chars:
        if box is None:
            spaced = spaced or char.isspace()
            continue
        if last is not None and spaced and last[1][2] < box[0]:
            blanks.append((last[1][2], box[0], last[0], index))
        last, spaced = (index, box), False
    return blanks


def _interleaved(pieces: list[_Piece]) -> bool:
    """Whether pdfium's text weaves the two columns together: each holds MIN_SIDE_LINES
    pieces, and most pieces of the one with fewer sit next to a piece of the other in pdfium's
    order (on their line, or on the line before or after it). Columns drawn one after the
    other meet once."""
    ordered = sorted(pieces, key=lambda piece: piece.order)
    counts, meeting = [0, 0], [0, 0]
    for index, piece in enumerate(ordered):
        counts[piece.side] += 1
        neighbours = ordered[max(0, index - 1) : index + 2]
        meeting[piece.side] += any(other.side != piece.side for other in neighbours)
    fewer = 0 if counts[0] <= counts[1] else 1
    return counts[fewer] >= MIN_SIDE_LINES and meeting[fewer] * 2 >= counts[fewer]


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
    """Whether pdfium's text rectangles show a run of rows split by a gutter, the columns
    woven together and a heading on each side: the cheap look before column_text asks about
    every character."""
    rows = _rect_rows(textpage)
    gutter = _gutter(rows, width)
    if gutter is None:
        return False
    middle = (gutter[0] + gutter[1]) / 2
    for run in _runs(rows, gutter):
        pieces = [
            _Piece(order, row.side(box, middle), row)
            for row in run.lines
            for order, box in zip(row.orders, row.boxes, strict=True)
        ]
        if _interleaved(pieces) and _heading_each_side(textpage, run.lines, middle):
            return True
    return False


def _line_pieces(line: _Line, middle: float) -> list[_Piece]:
    """The line's text cut where it passes from one side of the gutter to the other (pdfium
    may join a line of one column with two of the other); a space goes with the character
    before it."""
    parts: list[tuple[int, list[tuple[int, str, Box | None]]]] = [(0, [])]  # side, chars
    for index, char, box in line.chars:
        side = parts[-1][0] if box is None else line.side(box, middle)
        if side != parts[-1][0]:
            parts.append((side, []))
        parts[-1][1].append((index, char, box))
    pieces = []
    for side, part in parts:
        text = "".join(char for _, char, _ in part).strip()
        boxes = [box for _, _, box in part if box is not None]
        if text and boxes:
            ends = (min(box[0] for box in boxes), max(box[2] for box in boxes))
            pieces.append(_Piece(part[0][0], side, line, text, ends))
    return pieces


def _labels_column(pieces: list[_Piece]) -> bool:
    """Whether a left column's pieces are labels set flush right against the gutter, each on
    the row of the entry it labels (moderncv's dates and item names): more of them end at one
    edge than start at one."""
    if len(pieces) < MIN_SIDE_LINES:
        return False
    starts = _most_at_one_edge([piece.ends[0] for piece in pieces])
    ends = _most_at_one_edge([piece.ends[1] for piece in pieces])
    return ends * 2 > len(pieces) and ends >= starts


def _most_at_one_edge(edges: list[float]) -> int:
    """How many of the edges lie within EDGE_SLACK of one of them, at most (in order, each
    edge's neighbours are a slice found by bisection: no pair of lines is compared)."""
    ordered = sorted(edges)
    return max(
        bisect_right(ordered, edge + EDGE_SLACK) - bisect_left(ordered, edge - EDGE_SLACK)
        for edge in ordered
    )


def _flows_on(run: _Run, sides: dict[int, set[int]], sidebar: int) -> set[int]:
    """The ids of a left sidebar's last lines that are the main text gone full width under
    the sidebar's end: lines holding left-side text only, at the run's foot, when text
    crossing the gutter comes next. Those below the widest space between the lines from the
    run's last main-column line down to that text (a table's end) go on into it; all of them
    when no space is clearly the widest (the text runs on at one pitch). Full-width text
    starts at the left margin: a right sidebar's last lines stay."""
    tail: list[_Line] = []
    for line in reversed(run.lines):
        if sides[id(line)] != {sidebar}:
            break
        tail.insert(0, line)
    if sidebar != 0 or run.below is None or not tail or len(tail) == len(run.lines):
        return set()
    lines = [run.lines[-len(tail) - 1], *tail, run.below]
    pitches = [above.baseline - below.baseline for above, below in pairwise(lines)]
    widest = max(range(len(pitches)), key=pitches.__getitem__)
    if all(pitches[widest] - pitch <= PITCH_SLACK for pitch in pitches):
        widest = 0
    return {id(line) for line in tail[widest:]}


def _column_order(run: _Run, gutter: tuple[float, float], width: float) -> list[str] | None:
    """The run's text as the sidebar (the column on the narrower side of the gutter), then
    the main column; None when it is no two columns drawn row by row with a heading each."""
    middle = (gutter[0] + gutter[1]) / 2
    pieces = [piece for line in run.lines for piece in _line_pieces(line, middle)]
    if not _interleaved(pieces):
        return None
    sides: dict[int, set[int]] = {}
    for piece in pieces:
        sides.setdefault(id(piece.line), set()).add(piece.side)
    sidebar = int(width - gutter[1] < gutter[0])
    if sidebar == 0 and _labels_column([piece for piece in pieces if piece.side == 0]):
        return None
    flowing = _flows_on(run, sides, sidebar)
    columns: list[list[str]] = [[], []]  # the sidebar, the main column
    for piece in sorted(pieces, key=lambda piece: piece.order):
        in_main = piece.side != sidebar or id(piece.line) in flowing
        columns[in_main].append(piece.text)
    if not all(any(heading_name(text) for text in column) for column in columns):
        return None
    return columns[0] + columns[1]


def column_text(textpage: Any, text: str, width: float) -> str | None:
    """The page's text with row-by-row columns read one after the other; None when no part
    of the page needs it (pdfium's text is then right)."""
    lines = _lines(textpage, text)
    gutter = _gutter(lines, width)
    if gutter is None:
        return None
    reordered = {}
    for run in _runs(lines, gutter, _apart(textpage)):
        order = _column_order(run, gutter, width)
        if order is not None:
            reordered[id(run.lines[0])] = (run.lines, order)
    if not reordered:
        return None
    return "\n".join(_page_lines(lines, reordered))


def _page_lines(
    lines: list[_Line], reordered: dict[int, tuple[list[_Line], list[str]]]
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
