"""A person specification's rows, as UK academic postings set them out: each criterion ends in
cells, set apart by a tab or a wide gap, that say how much it is asked ("Essential", "D") and
at which stage it is assessed ("A", "A/I", "Application/Interview"). Those cells name no
skill; a row's mark says how much its criterion is asked, as a table's mark column does
(see tables.py). A header row names the columns ("Criteria  Essential/Desirable  Assessed
by"), and names nothing asked."""

from __future__ import annotations

import re

from .. import regex_cache
from .lines import LineIndex
from .tables import LABEL, Columns, ColumnSpans

_CELL = regex_cache.compile(r"[^\t ]+(?: [^\t ]+)*")  # words set apart by single spaces
# The stages that assess a criterion, alone or several: "A", "I", "A/I", "A, I, P",
# "Application/Interview", "Interview & presentation". A lone letter is A or I: "R" or "C"
# alone after a gap may be the language.
_WORD_STAGE = (
    r"application(?:\s+form)?|interview|tests?|presentation|shortlisting|references?"
    r"|supporting\s+statement|cv"
)
_JOIN = r"\s*(?:/|,|&|\+|\band\b|\bor\b)\s*"
_STAGES = regex_cache.compile(
    rf"[AI]|[AIPTSR](?:{_JOIN}[AIPTSR])+|(?i:(?:{_WORD_STAGE})(?:{_JOIN}(?:{_WORD_STAGE}))*)"
)
# A column's name: "Assessed", "Assessed by", "Method of assessment", "E/D",
# "Essential/Desirable", "Essential or desirable"
_HEADER = regex_cache.compile(
    r"(?:how\s+|method\s+of\s+|stage\s+)?assess(?:ed|ment)(?:\s+(?:by|at|method|stage))?"
    r"|e\s*/\s*d|essential\s*(?:/|or)\s*desirable",
    re.I,
)
_MARKS = {"essential": "requirements", "desirable": "preferred"}
# The letters stand for the marks where the posting says so: a column "E/D" or
# "Essential/Desirable", "E = Essential"
_LETTERS_NAMED = regex_cache.compile(
    r"\bE\s*/\s*D\b|\bE\s*[=:-]\s*Essential\b|\bEssential\s*(?:/|or)\s*Desirable\b", re.I
)
_LETTERS = {"e": "requirements", "d": "preferred"}


def person_spec_rows(lines: LineIndex) -> Columns:
    """Line number -> its cells, for the rows of a person specification: the trailing cells
    of marks and stages are labels, and the criterion takes its row's mark."""
    if "\t" not in lines.text and "  " not in lines.text:
        return {}
    letters = bool(_LETTERS_NAMED.search(lines.text))
    found: Columns = {}
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        gapped = "\t" in line or "  " in line.strip()
        if gapped and "|" not in line and (row := _row(line, letters)):
            found[number] = row
    return found


def _row(line: str, letters: bool) -> ColumnSpans:
    """The row's cells, when its last cells are marks, stages or column names; [] else."""
    cells = [found.span() for found in _CELL.finditer(line)]
    section: str | None = None
    header = False
    kept = len(cells)
    while kept > 1:
        text = line[slice(*cells[kept - 1])]
        mark = _mark(text, letters)
        names_a_column = bool(_HEADER.fullmatch(text))
        if mark is None and not names_a_column and not _STAGES.fullmatch(text):
            break
        section = section or mark
        header = header or names_a_column
        kept -= 1
    if kept == len(cells):
        return []
    return [
        (start, end, LABEL if header or index >= kept else section)
        for index, (start, end) in enumerate(cells)
    ]


def _mark(text: str, letters: bool) -> str | None:
    """The section a row's mark names: "Essential" -> requirements, "D" -> preferred."""
    lowered = text.lower()
    return _MARKS.get(lowered) or (_LETTERS.get(lowered) if letters else None)


def with_row_labels(table: Columns, rows: Columns) -> Columns:
    """A table's cells (tables.table_columns) with a person specification's rows: where both
    read a line, the table says each cell's section, and a cell holding only the row's labels
    stays a label (a row's stage "A/I" is no cell of a mark column)."""
    merged = {**rows, **table}
    for number in rows.keys() & table.keys():
        merged[number] = [
            (start, end, LABEL if _only_labels(rows[number], start, end) else name)
            for start, end, name in table[number]
        ]
    return merged


def _only_labels(row: ColumnSpans, start: int, end: int) -> bool:
    """Whether the row's cells within start..end are all labels (and there are some)."""
    inside = [name for at, until, name in row if at < end and start < until]
    return bool(inside) and all(name == LABEL for name in inside)
