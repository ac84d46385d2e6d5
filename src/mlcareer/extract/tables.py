"""Tables whose columns are a posting's sections: "Must-have | Nice-to-have" above rows that
ask for one thing in each cell. A cell's column, not its line, says how much it is wanted."""

from __future__ import annotations

import re
from itertools import pairwise

from ..documents.sections import heading_name, posting_heading
from .lines import LineIndex

ColumnSpans = list[tuple[int, int, str]]  # (start, end, section) of each cell of a row
Columns = dict[int, ColumnSpans]  # line number -> its row's cells
_ASKING = {"requirements", "preferred"}
_RULE = re.compile(r"[\s|:\-–—=+]*")  # "|---|:---|" or "-----|-----" under a header row


def _cells(line: str) -> list[tuple[int, int]]:
    """Where the cells of a row stand (without their bars), for a line with a bar."""
    bounds = [m.start() for m in re.finditer(r"\|", line)]
    edges = [-1, *bounds, len(line)]
    cells = [(a + 1, b) for a, b in pairwise(edges)]
    # "| a | b |" has an empty cell before its first bar and after its last
    return [(a, b) for a, b in cells if line[a:b].strip() or (a != 0 and b != len(line))]


def _header(line: str) -> list[str | None] | None:
    """The sections a header row names per column, when they are asking sections and
    differ ("Must-haves | Nice-to-haves"); None for any other line."""
    if "|" not in line:
        return None
    names = []
    for a, b in _cells(line):
        cell = line[a:b].strip()
        names.append(heading_name(cell) or posting_heading(cell) if cell else None)
    asking = {name for name in names if name}
    if len(names) < 2 or not asking <= _ASKING or len(asking) < 2:
        return None
    return names


def table_columns(lines: LineIndex) -> Columns:
    """Line number -> the section of each cell, for the rows of tables with such headers."""
    found: Columns = {}
    if "|" not in lines.text:
        return found
    names: list[str | None] | None = None
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        if "|" not in line:
            names = None
            continue
        header = _header(line)
        if header is not None:
            names = header
            continue
        if names is None or _RULE.fullmatch(line):
            continue
        cells = _cells(line)
        if len(cells) == len(names):
            found[number] = [(a, b, n) for (a, b), n in zip(cells, names, strict=True) if n]
    return found


def column_section(columns: Columns, number: int, at: int) -> str | None:
    """The section of the column where offset `at` of line `number` stands, if in a table."""
    for start, end, name in columns.get(number, []):
        if start <= at < end:
            return name
    return None
