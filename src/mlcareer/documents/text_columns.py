"""Plain text laid out with spaces as a page is: what `pdftotext -layout` and similar tools
print for a PDF. Two columns side by side come out as lines holding a piece of the left
column, a wide gap, then a piece of the right one ("SKILLS          EXPERIENCE", "Python
Senior ML Engineer, Acme"); a careful reader reads one column, then the other. A narrow date
column wraps its ranges over two lines ("Jan 2021 –" over "Present"), which are one range.

A column of section labels beside the text ("EXPERIENCE        Senior Data Scientist") puts
each label on a line of its own above its section, as it is read (a PDF's reader joins the
two with one space: "EXPERIENCE Senior Data Scientist", labels in capitals).

A run of lines that one vertical gap parts (every line of the run is blank at the gap's
place, some hold text on both sides) is read as two columns when each side holds a section
heading: the lines above each column's first heading first (the name and contact details
either column opens with), then the narrower column (the sidebar), then the wider one, which
runs on into the full-width text below. Rows of data (a role and its dates, a label and its
skills) have no heading on one side and keep their lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import partial

from .. import regex_cache
from .sections import heading_name, posting_heading
from .wrapped_dates import mend_split_ranges

MIN_GAP = 3  # spaces between two columns' text on a line
MIN_SIDE_LINES = 3  # lines with text each column holds in a run
MIN_LAID_OUT_LINES = 3  # lines with a wide gap in a document laid out with spaces
EDGE_SLACK = 1  # characters a column's text may start off its edge
CANDIDATE_EDGES = 3  # the most common edges tried
SIDE_BY_SIDE_SHARE = 3  # one line in this many of a run holds text in both columns

# A wide gap between two pieces of a line, or a deep indent: where a column's text starts
_PIECE_START = regex_cache.compile(rf"(?:^|\S) {{{MIN_GAP},}}(?=\S)", re.M)
_WIDE_GAP = regex_cache.compile(rf"\S {{{MIN_GAP},}}\S")


COLUMNS_READ = "two columns side by side: read one after the other"
DATES_JOINED = "date ranges wrapped over two lines: read on one"
LABELS_APART = "section labels in a column beside their sections: read above them"


def laid_out_text(text: str) -> tuple[str, str] | None:
    """The text with its side-by-side columns read one after the other, its labels above
    their sections and its wrapped date ranges on one line, and what was done (COLUMNS_READ,
    LABELS_APART or DATES_JOINED); None when it is not laid out with spaces or tabs, or
    nothing changed. Text with tabs but no wide gaps has its dates mended only when its
    columns were read."""
    spaced = " " * MIN_GAP in text and len(_WIDE_GAP.findall(text)) >= MIN_LAID_OUT_LINES
    if not spaced and "\t" not in text:
        return None
    lines = text.split("\n")
    columns = _columns_read(lines)
    joined = "\n".join(columns or lines)
    labelled = labels_apart(joined, _WIDE_LABEL)
    mended = mend_split_ranges(labelled) if spaced or columns else labelled
    if mended == text:
        return None
    return mended, COLUMNS_READ if columns else LABELS_APART if labelled != joined else DATES_JOINED


# A line that opens with a section's label in a column of its own, then that section's first
# line: "EXPERIENCE        Senior Data Scientist, Acme" in a page laid out with spaces...
_WIDE_LABEL = regex_cache.compile(
    rf"^(?P<label>[^\W\d_][^\W\d_&/ ]{{1,30}}(?: [^\W\d_&/]{{2,30}}){{0,3}})"
    rf"(?P<gap>(?: {{{MIN_GAP},}}|\t)[ \t]*)(?=[^\s:])",
    re.M,
)
# ... or a label in capitals beside it in a PDF, whose reader joins them with one space:
# "EXPERIENCE Senior Data Scientist, Acme", "TECHNICAL SKILLS Languages: Python"
CAPITAL_LABEL = regex_cache.compile(
    r"^(?P<label>[A-Z][A-Z]{2,30}(?: [A-Z]{2,30}){0,3})(?P<gap> )"
    r"(?=[A-Z0-9•▪●(–-])(?=[^\n]*[a-z])",
    re.M,
)
MIN_LABELS = 2  # labelled sections that make a column of labels
# Sections only a page's layout labels: a table of skills by kind ("Languages", "Tools")
# labels none of them
_PAGE_LABELS = frozenset({"experience", "education", "summary", "requirements"})


def labels_apart(text: str, label: re.Pattern[str]) -> str:
    """The text with each section label that stands left of its section's first line on a
    line of its own, when lines open with the labels of two or more sections, one of them a
    page's own (experience, education...): a column of labels beside the page's text. The
    text as it is otherwise."""
    found = [
        (match, name)
        for match in label.finditer(text)
        if (name := heading_name(match["label"])) is not None
    ]
    named = {name for _, name in found}
    if len(named) < MIN_LABELS or not named & _PAGE_LABELS:
        return text
    pieces, done = [], 0
    for match, _ in found:
        pieces += [text[done : match.end("label")], "\n"]
        done = match.end("gap")
    return "".join(pieces) + text[done:]


Splitter = Callable[[str], int | None]  # where a line parts into its two columns


def _columns_read(lines: list[str]) -> list[str] | None:
    """The lines with each run of two columns read column by column; None when none is.
    The columns part at a gap of spaces at one place on every line, or at a line's one tab
    (a two-column table's rows copied as text)."""
    splits: list[Splitter] = [partial(_split_at, edge=edge) for edge in _likely_edges(lines)]
    if any("\t" in line for line in lines):
        splits.append(_split_at_tab)
    for split in splits:
        runs = [run for run in _runs(lines, split) if _two_columns(lines, run, split)]
        if runs:
            return _reordered(lines, runs, split)
    return None


def _likely_edges(lines: list[str]) -> list[int]:
    """Where a column's text starts on most lines, after a gap or an indent; the most common
    first, each counting the starts a character off it."""
    starts: Counter[int] = Counter()
    for line in lines:
        for found in _PIECE_START.finditer(line):
            starts[found.end()] += 1
    near = Counter(
        {edge: sum(starts[edge + d] for d in range(-EDGE_SLACK, EDGE_SLACK + 1)) for edge in starts}
    )
    return [edge for edge, count in near.most_common(CANDIDATE_EDGES) if count >= MIN_SIDE_LINES]


def _split_at(line: str, edge: int) -> int | None:
    """Where the line parts into its left and right columns near `edge`: a place with two
    blanks before it; None when text runs across the edge."""
    if len(line.rstrip()) < edge - EDGE_SLACK:
        return len(line)
    for at in (edge, edge - EDGE_SLACK, edge + EDGE_SLACK):
        if at >= 2 and line[at - 2 : at].isspace() and not line[at : at + 1].isspace():
            return at
    return edge if line[edge - 2 : edge + 1].isspace() else None


def _split_at_tab(line: str) -> int | None:
    """Where a line parts at its one tab; a line without one is the left column's."""
    tabs = line.count("\t")
    return len(line) if tabs == 0 else line.index("\t") if tabs == 1 else None


def _runs(lines: list[str], split: Splitter) -> list[range]:
    """The runs of consecutive lines that part where `split` says."""
    runs, start = [], None
    for index, line in enumerate(lines):
        if split(line) is not None:
            start = index if start is None else start
        elif start is not None:
            runs.append(range(start, index))
            start = None
    return runs if start is None else [*runs, range(start, len(lines))]


def _sides(line: str, split: Splitter) -> tuple[str, str]:
    at = split(line)
    at = len(line) if at is None else at
    return line[:at].rstrip(), line[at:].strip()


def _is_heading(text: str) -> bool:
    return bool(text) and (heading_name(text) is not None or posting_heading(text) is not None)


def _two_columns(lines: list[str], run: range, split: Splitter) -> bool:
    """Whether a run holds two columns: text on both sides of the gap on a good share of its
    lines (not an indented text whose one label sits beside its line), enough lines each
    side, and a section heading on each."""
    sides = [_sides(lines[index], split) for index in run]
    both = sum(bool(left.strip() and right) for left, right in sides)
    filled = sum(bool(left.strip() or right) for left, right in sides)
    if not both or both * SIDE_BY_SIDE_SHARE < filled:
        return False
    for column in (0, 1):
        texts = [side[column].strip() for side in sides if side[column].strip()]
        if len(texts) < MIN_SIDE_LINES or not any(_is_heading(text) for text in texts):
            return False
    return True


def _reordered(lines: list[str], runs: list[range], split: Splitter) -> list[str]:
    out: list[str] = []
    done = 0
    for run in runs:
        if run.stop < len(lines):  # full-width text follows: see _side_by_side
            run = _side_by_side(lines, run, split)
        out += lines[done : run.start]
        out += _column_lines([_sides(lines[index], split) for index in run])
        done = run.stop
    return out + lines[done:]


def _side_by_side(lines: list[str], run: range, split: Splitter) -> range:
    """A run without its last lines that hold no right column's text, when full-width text
    follows: a short heading over that text ("PROJECTS") starts it, not the left column."""
    last = max(index for index in run if _sides(lines[index], split)[1])
    return range(run.start, last + 1)


def _column_lines(sides: list[tuple[str, str]]) -> list[str]:
    """A run's lines read column by column: each column's lines above its first heading,
    then the narrower column, then the wider one. A piece of one column beside nothing in the
    other is a blank line in that other column."""
    columns = [[side[column].strip() for side in sides] for column in (0, 1)]
    heads, bodies = [], []
    for column in columns:
        first = next((i for i, text in enumerate(column) if _is_heading(text)), 0)
        heads.append(column[:first])
        bodies.append(column[first:])
    widths = [max(map(len, column), default=0) for column in columns]
    narrow = 0 if widths[0] <= widths[1] else 1
    ordered = heads[0] + [""] + heads[1] + [""] + bodies[narrow] + [""] + bodies[1 - narrow]
    return _single_blanks(ordered)


def _single_blanks(lines: list[str]) -> list[str]:
    """The lines with no two blank lines in a row."""
    out: list[str] = []
    for line in lines:
        if line or not out or out[-1]:
            out.append(line)
    return out
