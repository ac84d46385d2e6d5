"""Two-column PDF pages drawn row by row: each column read as a block.

pdfium gives a page's text in drawing order and joins pieces that share a baseline into one
line. A resume whose sidebar and main column are drawn line by line across the page (as HTML
and table exporters do) thus reads "SKILLS  SUMMARY", "Python  Data scientist with ...".

A run of lines that a vertical gutter splits is read left column first, then right column,
when each side holds a resume section heading ("Skills" | "Experience") and pdfium joined
most lines of one column with a line of the other. Pages drawn column by column already read
well, and rows of data (a role | its dates, a category | its skills) have no heading on one
side: both keep pdfium's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .sections import heading_name

Box = tuple[float, float, float, float]  # left, bottom, right, top

MIDDLE = (0.15, 0.85)  # where a gutter may lie, as parts of the page width
MIN_GUTTER = 8.0  # points of blank page between the columns
MIN_SIDE_LINES = 3  # lines each column holds in a run


@dataclass
class _Line:
    chars: list[tuple[int, str, Box | None]]  # index in the page text, character, box

    @property
    def boxes(self) -> list[Box]:
        return [box for _, _, box in self.chars if box is not None]

    @property
    def top(self) -> float:
        return max((box[3] for box in self.boxes), default=0.0)


def _lines(textpage: Any, text: str) -> list[_Line]:
    lines: list[_Line] = [_Line([])]
    for index, char in enumerate(text):
        if char == "\n":
            lines.append(_Line([]))
        elif char != "\r":
            box = None if char.isspace() else textpage.get_charbox(index)
            lines[-1].chars.append((index, char, box))
    return [line for line in lines if line.boxes]


def _gutter(lines: list[_Line], width: float) -> tuple[float, float] | None:
    """The widest band of the page's middle that splits some line in two and that the fewest
    lines cross; the band is widened by MIN_GUTTER."""
    low, high = int(width * MIDDLE[0]), int(width * MIDDLE[1])
    crossing = [0] * max(0, high - low)
    splitting = [0] * len(crossing)
    for line in lines:
        covered = bytearray(len(crossing))
        for left, _, right, _ in line.boxes:  # widened: a space between words is no gutter
            reach = range(int(left - MIN_GUTTER / 2), int(right + MIN_GUTTER / 2) + 1)
            for x in range(max(low, reach.start), min(high, reach.stop)):
                covered[x - low] = 1
        first = min(box[2] for box in line.boxes) - low
        last = max(box[0] for box in line.boxes) - low
        for x, ink in enumerate(covered):
            crossing[x] += ink
            splitting[x] += not ink and first < x < last
    counts = [n if split else None for n, split in zip(crossing, splitting, strict=True)]
    fewest = min((n for n in counts if n is not None), default=None)
    best: tuple[int, int] = (0, 0)
    start = None
    for x, count in enumerate([*counts, None]):
        if count == fewest and start is None:
            start = x
        elif count != fewest and start is not None:
            best = max(best, (start, x), key=lambda band: band[1] - band[0])
            start = None
    if fewest is None:
        return None
    return (low + best[0], low + best[1])


def _crosses(line: _Line, gutter: tuple[float, float]) -> bool:
    return any(left < gutter[1] and right > gutter[0] for left, _, right, _ in line.boxes)


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


def _runs(lines: list[_Line], gutter: tuple[float, float]) -> list[list[_Line]]:
    """Lines from the top of the page down, cut where a line crosses the gutter."""
    runs: list[list[_Line]] = [[]]
    for line in sorted(lines, key=lambda line: -line.top):
        if _crosses(line, gutter):
            runs.append([])
        else:
            runs[-1].append(line)
    return [run for run in runs if run]


def _column_order(run: list[_Line], middle: float, text: str) -> list[str] | None:
    """The run's lines as left column then right column, or None when it is no two columns
    drawn row by row: most lines of the shorter column share a line with the other one."""
    pieces = []  # (first index, side, text)
    paired = 0
    for line in run:
        found = []
        for side, indices in enumerate(_sides(line, middle)):
            piece = "".join(text[i] for i in indices).strip()
            if piece:
                found.append((indices[0], side, piece))
        pieces += found
        paired += len(found) == 2
    pieces.sort()
    columns = [[p for _, s, p in pieces if s == side] for side in (0, 1)]
    shorter = min(len(column) for column in columns)
    if shorter < MIN_SIDE_LINES or paired * 2 < shorter:
        return None
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
