"""Tables that say how much each cell is wanted: columns that are a posting's sections
("Must-have | Nice-to-have" above rows that ask for one thing in each cell, or "Requirement |
Essential | Desirable" above rows ticked in one of them), or a column that marks each row
("| Skill | Required |" above "| R | No |"; "Skill<tab>Priority" above "Scala<tab>Nice";
"Criteria<tab>E/D" above "SQL<tab>D"). A cell's column or row, not its line, says how much it
is wanted."""

from __future__ import annotations

import re
from itertools import pairwise

from .. import regex_cache
from ..documents.sections import heading_name, posting_heading
from .lines import LineIndex

# (start, end, section) of each cell of a row; LABEL: a cell that names no skill (a header,
# a row's mark); None: a cell whose own line says how much it is wanted
ColumnSpans = list[tuple[int, int, str | None]]
Columns = dict[int, ColumnSpans]  # line number -> its row's cells
LABEL = ""
_ASKING = {"requirements", "preferred"}
_RULE = regex_cache.compile(r"[\s|:\-–—=+]*")  # "|---|:---|" or "-----|-----" under a header row
_TAB_CELL = regex_cache.compile(r"[^\t]+")
# The line under a Markdown table's header row: "|---|:---:|", "--- | ---"
_DELIMITER_ROW = regex_cache.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?")

# A column that marks each row: "Required", "Priority", "Level", "Proficiency", "Must-have?"
_MARK_HEADER = regex_cache.compile(
    r"(?:required|mandatory|must[- ]?have|priority|importance|necessity"
    # a column of each row's level: "Level", "Required level", "Proficiency", "Expertise"
    r"|(?:(?:requirement|required|minimum|expected|skill|proficiency) )?level"
    r"|level (?:required|expected)"
    r"|(?:proficiency|expertise)(?: level)?"
    r"|required or (?:preferred|optional)|required/(?:preferred|optional)"
    r"|essential(?: or)? desirable|e(?: or)? d)\??",
    re.I,
)
# A mark column that grades each row rather than saying how much it is wanted
_LEVEL_HEADER = regex_cache.compile(
    r"(?:(?:(?:requirement|required|minimum|expected|skill|proficiency) )?level"
    r"|level (?:required|expected)|(?:proficiency|expertise)(?: level)?)\??",
    re.I,
)
_MARKS = {
    **dict.fromkeys(
        ("yes", "y", "required", "must", "must have", "mandatory", "essential", "high", "✓", "e"),
        "requirements",
    ),
    **dict.fromkeys(
        (
            *("no", "n", "optional", "nice", "nice to have", "preferred", "desired"),
            *("desirable", "bonus", "plus", "a plus", "should", "should have", "could"),
            *("could have", "medium", "low", "d"),
        ),
        "preferred",
    ),
}
_MARK_NOISE = regex_cache.compile(r"[^\w\s✓]+|_")  # "**Yes**", "Nice-to-have", "✔"
# Ticks and crosses as one sign each, and hyphens as spaces ("Nice-to-have")
_MARK_SIGNS = str.maketrans({"✔": "✓", "✅": "✓", "☑": "✓", "√": "✓", "☒": "x", "-": " "})
_MARK_NOTE = regex_cache.compile(r"\s*[(,;:]|\s+[-–—]\s+")
_MAX_LABEL_WORDS = 2  # a mark cell not in _MARKS still labels the row ("Expert")
# A header's letters for its two columns: "Criteria | E | D"
_LETTER_COLUMNS = {"e": "requirements", "d": "preferred"}
# How strongly a cell of a ticked row marks its column: a tick or a yes beats a cross ("X"
# under "Essential" and "✓" under "Desirable" is desirable); an empty cell, a no or an "N/A"
# marks none.
_TICKS = {"✓": 2, "yes": 2, "y": 2, "x": 1, "": 0, "no": 0, "n": 0, "n a": 0, "na": 0}


def _bar_cells(line: str) -> list[tuple[int, int]]:
    """Where the cells of a row stand (without their bars), for a line with a bar."""
    bounds = [m.start() for m in re.finditer(r"\|", line)]
    edges = [-1, *bounds, len(line)]
    cells = [(a + 1, b) for a, b in pairwise(edges)]
    # "| a | b |" has an empty cell before its first bar and after its last
    return [(a, b) for a, b in cells if line[a:b].strip() or (a != 0 and b != len(line))]


def _cells(line: str, bar: bool) -> list[tuple[int, int]]:
    """The cells of a table row: between bars, or between tabs (a pasted or DOCX table). An
    empty cell between tabs is left out, except the first, which keeps the column of the
    rows' names in place ("<tab>Essential<tab>Desirable" above "Python<tab>✓")."""
    if bar:
        return _bar_cells(line)
    cells = [m.span() for m in _TAB_CELL.finditer(line) if m.group().strip()]
    first = line.split("\t", 1)[0]
    return [(0, len(first)), *cells] if "\t" in line and not first.strip() else cells


def _header(cells: list[str]) -> list[str | None] | None:
    """The sections a header row names per column, when they are asking sections and
    differ ("Must-haves | Nice-to-haves", "Criteria | E | D"); None for any other line."""
    names = [heading_name(cell) or posting_heading(cell) if cell else None for cell in cells]
    keys = [_mark_key(cell) for cell in cells]
    letters = sorted(key for key in keys if len(key) == 1)
    if letters == sorted(_LETTER_COLUMNS):  # E and D alone, not "Band | A | B | C | D | E"
        names = [_LETTER_COLUMNS.get(key, name) for key, name in zip(keys, names, strict=True)]
    if _ticks_columns(names) and names[0] not in _ASKING:
        names[0] = None  # "Skills | Essential | Desirable": the column of the rows' asks
    asking = {name for name in names if name}
    if len(names) < 2 or not asking <= _ASKING or len(asking) < 2:
        return None
    return names


def _mark_column(cells: list[str]) -> int | None:
    """The column of a header row that marks each row ("| Skill | Required |"), if one."""
    found = [
        i
        for i, cell in enumerate(cells)
        if _MARK_HEADER.fullmatch(_mark_key(cell)) and not cell.endswith(":")  # "Level: Senior"
    ]
    if len(found) > 1:  # "| Skill | Proficiency | Required |": "Required" says how much
        found = [i for i in found if not _LEVEL_HEADER.fullmatch(_mark_key(cells[i]))]
    return found[0] if len(cells) >= 2 and len(found) == 1 else None


def _mark_key(cell: str) -> str:
    """A cell as a mark: "**Nice-to-have**" -> "nice to have", "✔" or "√" -> "✓"."""
    return " ".join(_MARK_NOISE.sub(" ", cell.translate(_MARK_SIGNS)).split()).lower()


def _marked_row(cells: list[tuple[int, int]], texts: list[str], mark: int) -> ColumnSpans:
    """A row under a mark column: its mark labels it, and says what its other cells ask."""
    key = _mark_key(texts[mark])
    # a mark with a note after it: "Yes (3+ yrs)", "Required, 2+ years", "Nice - for ML"
    lead = _mark_key(_MARK_NOTE.split(texts[mark], maxsplit=1)[0])
    section = _MARKS.get(key) or _MARKS.get(lead)
    if section is None and len(key.split()) > _MAX_LABEL_WORDS:
        return []
    return [(a, b, LABEL if i == mark else section) for i, (a, b) in enumerate(cells)]


def _ticks_columns(names: list[str | None]) -> bool:
    """Whether a header's columns after the first are both asking sections, which a row may
    tick ("Requirement | Essential | Desirable"); the first heads the rows' asks, whatever it
    says ("Requirements", "Skills", nothing)."""
    return len(names) > 2 and {name for name in names[1:] if name} == _ASKING


def _ticked_row(line: str, bar: bool, names: list[str | None]) -> ColumnSpans | None:
    """A row under "Requirement | Essential | Desirable" whose asking cells hold ticks, or
    None: its first cell is asked as its most strongly ticked column says, its ticks are
    labels. Empty cells count here, so tab-separated cells are split at every tab."""
    cells = _bar_cells(line) if bar else _every_tab_cell(line)
    texts = [line[a:b].strip() for a, b in cells]
    if len(cells) > len(names) or not texts[0]:
        return None
    ticks = {
        i: _tick(texts[i]) if i < len(texts) else 0
        for i, name in enumerate(names)
        if name and i > 0
    }
    if None in ticks.values() or not any(ticks.values()):
        return None
    strongest = max(tick or 0 for tick in ticks.values())
    chosen = {names[i] for i, tick in ticks.items() if tick == strongest}
    section = "requirements" if "requirements" in chosen else "preferred"
    return [
        (a, b, section if i == 0 else LABEL if i in ticks else None)
        for i, (a, b) in enumerate(cells)
    ]


def _tick(text: str) -> int | None:
    """How strongly a cell marks its column (_TICKS), its note aside ("Yes (2+ years)"); None
    for a cell that holds no mark."""
    tick = _TICKS.get(_mark_key(text))
    return _TICKS.get(_mark_key(_MARK_NOTE.split(text, maxsplit=1)[0])) if tick is None else tick


def _every_tab_cell(line: str) -> list[tuple[int, int]]:
    """Where each cell between tabs stands, empty ones too."""
    spans = []
    start = 0
    for cell in line.split("\t"):
        spans.append((start, start + len(cell)))
        start += len(cell) + 1
    return spans


def table_columns(lines: LineIndex) -> Columns:
    """Line number -> the section of each cell, for the rows of tables with such headers."""
    found: Columns = {}
    if "|" not in lines.text and "\t" not in lines.text:
        return found
    names: list[str | None] | None = None
    mark: int | None = None
    width = 0  # the header's cells
    first = True  # the line opens a table: only its first row names a mark column
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        bar = "|" in line
        if not bar and "\t" not in line:
            if (names or mark is not None) and line.strip() and _RULE.fullmatch(line):
                continue  # a plain-text table's rule under its header: "-------+-------"
            names, mark, first = None, None, True  # the table, if any, ended
            continue
        cells = _cells(line, bar)
        texts = [line[a:b].strip() for a, b in cells]
        header = _header(texts) if mark is None else None  # "| Required | Preferred |": a row
        column = _mark_column(texts) if first and header is None else None
        first = False
        if header is not None or column is not None:
            names, mark, width = header, column, len(cells)
            found[number] = [(a, b, LABEL) for a, b in cells]  # "Criteria", "Priority"
        elif bar and _names_columns(lines, number):
            found[number] = [(a, b, LABEL) for a, b in cells]  # "| Layer | Tech |"
        elif names and _ticks_columns(names) and (ticked := _ticked_row(line, bar, names)):
            found[number] = ticked
        elif len(cells) != width or (bar and _RULE.fullmatch(line)):
            continue
        elif names is not None:
            found[number] = [(a, b, n) for (a, b), n in zip(cells, names, strict=True) if n]
        elif mark is not None:
            found[number] = _marked_row(cells, texts, mark)
    return found


def _names_columns(lines: LineIndex, number: int) -> bool:
    """Whether line `number` is a Markdown table's header row, above its "|---|---|" line:
    its cells name the columns ("| Layer | Tech |") and ask for nothing. A skill named there
    is still found, by its line's section."""
    below = lines.line_text(number + 1) if number < len(lines) else ""
    return bool(_DELIMITER_ROW.fullmatch(below)) and not _RULE.fullmatch(lines.line_text(number))


def row_sections(columns: Columns) -> dict[int, str]:
    """Line number -> the one section a table's row asks as a whole, for a ticked or marked
    row; not a row of "Must-have | Nice-to-have" cells, which ask apart."""
    found: dict[int, str] = {}
    for number, cells in columns.items():
        asked = {name for _, _, name in cells if name}
        if len(asked) == 1:
            found[number] = asked.pop()
    return found


def column_section(columns: Columns, number: int, at: int) -> str | None:
    """The section of the column where offset `at` of line `number` stands, if in a table."""
    for start, end, name in columns.get(number, []):
        if start <= at < end:
            return name or None
    return None


def in_label(columns: Columns, number: int, at: int) -> bool:
    """Offset `at` of line `number` stands in a table's header or a row's mark: "Priority",
    "Yes", "Nice" name no skill."""
    return any(start <= at < end and name == LABEL for start, end, name in columns.get(number, []))


def label_within(columns: Columns, number: int, start: int, end: int) -> int | None:
    """Where a label cell opens inside start..end of line `number`, if one does: a term read
    over a row's last cells ("supervising students<tab>I") ends before them."""
    return min(
        (at for at, _, name in columns.get(number, []) if name == LABEL and start < at < end),
        default=None,
    )
