"""Tables that keep their words whole. rich fits a table to the width by narrowing its columns,
and a column narrower than its longest word splits that word ("classifica" / "tion"). At such a
width (a phone terminal, a split pane) the table is shown as a list of records instead: the
record's headline, then the other cells after their column's names."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.table import Column, Table
from rich.text import Text

from .. import regex_cache

# a path, a link, a file name or an identifier: "a/b", "C:\\x", "x.pdf", "snake_case", "me@x"
FOLDABLE = regex_cache.compile(r"[/\\_:@]|\w\.\w")


class LabelledText(Text):
    """A cell that names itself in a record, in place of its column's name: an error row's
    message in a column of missing skills reads "error: ..." there, not as a skill missing."""

    def __init__(self, label: str, text: str = "", style: str = "") -> None:
        super().__init__(text, style=style)
        self.label = label


class WholeWords:
    """`table` where its columns hold their longest words, else its rows as records headed by
    the cell in column `headline`. In columns with overflow="fold", paths and links may fold
    anywhere; their words still count."""

    def __init__(self, table: Table, headline: int = 0) -> None:
        self.table = table
        self.headline = headline

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if keeps_whole_words(self.table, console, options):
            yield self.table
        else:
            yield as_records(self.table, self.headline, options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.table)


def keeps_whole_words(table: Table, console: Console, options: ConsoleOptions) -> bool:
    """Whether every column that rich lays out at this width is as wide as its longest word."""
    inner = options.update_width(options.max_width - _border_width(table))
    # rich's own layout (a private method, the only way to know it without rendering)
    widths = table._calculate_column_widths(console, inner)
    _, right, _, left = table.padding
    for column, width in zip(table.columns, widths, strict=True):
        if _longest_word(table, column, console, inner) > width - left - right:
            return False
    return True


def _longest_word(table: Table, column: Column, console: Console, options: ConsoleOptions) -> int:
    cells: list[RenderableType] = list(column.cells)
    if table.show_header:
        cells.append(column.header)
    if column.overflow == "fold":
        return max(map(_longest_unfoldable, cells), default=0)
    return max((Measurement.get(console, options, cell).minimum for cell in cells), default=0)


def _longest_unfoldable(cell: RenderableType) -> int:
    """The longest word of a cell whose paths, links and file names may fold anywhere."""
    words = str(cell).split()
    return max((cell_len(w) for w in words if not FOLDABLE.search(w)), default=0)


def _border_width(table: Table) -> int:
    if table.box is None:
        return 0
    columns = len(table.columns)
    return columns + 1 if table.show_edge else max(columns - 1, 0)


def as_records(table: Table, headline: int = 0, width: int = 80) -> Table:
    """One record per row, in one column `width` wide: the headline cell, then the others as
    `column name: cell`, side by side while they fit on a line; long tokens fold."""
    records = Table(
        title=table.title,
        title_justify=table.title_justify,
        caption=table.caption,
        caption_justify=table.caption_justify,
        expand=True,
        show_header=False,
        show_lines=True,
    )
    records.add_column(overflow="fold")
    room = width - _border_width(records) - sum(records.padding[1::2])
    columns = [(_label(c), [_as_text(cell) for cell in c.cells]) for c in table.columns]
    for row in range(table.row_count):
        cells = [(label, cells[row]) for label, cells in columns]
        records.add_row(_record(cells, headline, room))
    return records


def _record(cells: list[tuple[str, Text]], headline: int, room: int) -> Text:
    record = cells[headline][1].copy()
    record.stylize("bold")
    line = room  # the headline's line is full
    for index, (label, cell) in enumerate(cells):
        if index == headline or not cell.plain.strip():
            continue
        label = cell.label if isinstance(cell, LabelledText) else label
        field = Text(f"{label}: " if label else "", style="dim").append_text(cell)
        fits = "\n" not in field.plain and line + 2 + field.cell_len <= room
        record.append("  " if fits else "\n")
        line = line + 2 + field.cell_len if fits else field.cell_len
        record.append_text(field)
    return record


def _label(column: Column) -> str:
    return column.header if isinstance(column.header, str) else ""


def _as_text(cell: RenderableType) -> Text:
    return cell if isinstance(cell, Text) else Text(str(cell))
