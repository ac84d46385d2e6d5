"""A skills matrix: a table of skills with the years and level of each, its header row naming
the columns ("Skill | Years | Level", a Word table's cells joined by tabs, a Markdown table,
columns aligned with spaces). The cell under "Years" is the time the writer gives the skill
named at the start of its row."""

from __future__ import annotations

from .. import regex_cache
from .lines import LineIndex

# What parts a row's cells: a bar or a tab with the blanks around it, or a run of blanks
_CELL_BREAK = regex_cache.compile(r"[ \t]*[|\t][ \t]*|[ \t]{2,}")
# A Markdown table's rule under its header: "|---|:---:|"
_RULE_ROW = regex_cache.compile(r"[ \t|:]*-[ \t|:-]*")
# A cell of years: "8", "8+", "2.5", "1 yr", "10 years"
_YEARS_CELL = regex_cache.compile(r"(\d{1,2}(?:\.\d)?)\+?(?: ?(?:years?|yrs?\.?))?")
# The header over a column of years
_YEARS_HEADERS = frozenset(
    {
        *("years", "year", "yrs", "yrs.", "yoe", "years of experience", "years of use"),
        *("years used", "experience (years)", "experience (yrs)", "exp. (yrs)", "exp (yrs)"),
        *("experience", "exp.", "exp", "years exp.", "yrs exp.", "years exp", "yrs exp"),
    }
)
# Rows looked at above a skill's for its table's header
_HEADER_REACH = 40


def _cells(text: str) -> list[tuple[int, str]]:
    """A row's cells with where each starts; the bars at a Markdown row's ends dropped."""
    cells: list[tuple[int, str]] = []
    start = 0
    for found in _CELL_BREAK.finditer(text):
        cells.append((start, text[start : found.start()]))
        start = found.end()
    cells.append((start, text[start:]))
    return [(at, cell) for at, cell in cells if cell.strip()]


def matrix_years(lines: LineIndex, line: int, span: tuple[int, int]) -> float:
    """The years a skills matrix gives the skill at `span` of `line`, the first cell of its
    row; 0.0 when the line is no such row or its table has no column of years."""
    text = lines.line_text(line)
    if "|" not in text and "\t" not in text and "  " not in text:
        return 0.0
    row = _cells(text)
    if len(row) < 2 or not (row[0][0] <= span[0] and span[1] <= row[0][0] + len(row[0][1])):
        return 0.0
    column = _years_column(lines, line, len(row))
    if column is None:
        return 0.0
    found = _YEARS_CELL.fullmatch(row[column][1].strip().lower())
    return float(found.group(1)) if found else 0.0


def _years_column(lines: LineIndex, line: int, width: int) -> int | None:
    """Which column the header over `line`'s table names as years: the nearest row above of
    the same width whose cells name no number, through rows of that width and rules only."""
    for above in range(line - 1, max(0, line - _HEADER_REACH), -1):
        text = lines.line_text(above)
        if _RULE_ROW.fullmatch(text):
            continue
        names = [cell.strip().lower() for _, cell in _cells(text)]
        if len(names) != width:
            return None
        if not any(_YEARS_CELL.fullmatch(name) for name in names):
            years = [i for i, name in enumerate(names) if name in _YEARS_HEADERS]
            return years[0] if years else None
    return None
