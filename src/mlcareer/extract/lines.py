"""Map character offsets to 1-based line numbers, line text and sections."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from .. import regex_cache
from ..documents.sections import ITEM_MARK, section_at
from ..models import Section

# A line that is no heading: a list item, or a sentence ("Built reports.")
_NOT_A_HEADING = regex_cache.compile(rf"^\s*{ITEM_MARK}\s|\.\s*$")


class LineIndex:
    def __init__(self, text: str, written: str | None = None) -> None:
        self.text = text
        # the text as the document wrote it, when `text` is a rewrite of the same length (a
        # Thai or Persian CV's dates in the common era): what a date range is reported as
        self.written = text if written is None else written
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        # The text between its newlines, one item a line: line_text is asked ~100 times a
        # document, and an index is cheaper than working out and cutting the slice
        self._lines = text.split("\n")

    def line_of(self, position: int) -> int:
        return bisect_right(self.starts, position)

    def line_text(self, line: int) -> str:
        if 0 < line <= len(self._lines):
            return self._lines[line - 1]
        start = self.starts[line - 1]  # any other number as before: IndexError or a slice
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end]

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]

    def line_above(self, line: int) -> int | None:
        """The line just above, or past one blank line the heading-like line before it (a
        double-spaced document: "Data Scientist, Acme" / "" / "2018 - 2021"); None at the top."""
        if line < 2:
            return None
        if self.line_text(line - 1).strip() or line < 3:
            return line - 1
        before = self.line_text(line - 2)
        return line - 2 if before.strip() and not _NOT_A_HEADING.search(before) else line - 1

    def section_of(self, position: int, sections: list[Section]) -> str | None:
        return section_at(sections, position)

    def __len__(self) -> int:
        return len(self.starts)


_MARKUP = regex_cache.compile(r"^#{1,6}\s+|\*\*|__|`")


def plain(text: str) -> str:
    """Text without Markdown's marks, to quote it: "### **Staff Engineer**" -> "Staff Engineer"."""
    return _MARKUP.sub("", text.strip()).strip()


def finditer_on_lines(
    pattern: re.Pattern[str], text: str, holds: re.Pattern[str] | str
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), searching only the lines that hold `holds` (a character, or
    what a quick pattern finds). Exact for a pattern whose matches never reach over a line
    break and each hold that: its lookbehinds still see the line break before a line."""
    at = _next(text, holds, 0)
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        yield from pattern.finditer(text, start, end)
        at = _next(text, holds, end)


def _next(text: str, holds: re.Pattern[str] | str, position: int) -> int:
    if isinstance(holds, str):
        return text.find(holds, position)
    found = holds.search(text, position)
    return found.start() if found else -1


def starts_of(text: str, words: tuple[str, ...]) -> set[int]:
    """Every place where one of the words stands in the text."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at != -1:
            starts.add(at)
            at = text.find(word, at + 1)
    return starts


def mailbox_starts(text: str) -> set[int]:
    """Where each run of an e-mail address's characters ([\\w.+-]) that ends right before an
    "@" starts: the only places where an address opening after no such character may start
    (\\w is what str.isalnum tells, and "_")."""
    starts: set[int] = set()
    at = text.find("@")
    while at != -1:
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        starts.add(start)
        at = text.find("@", at + 1)
    return starts


def matches_from(pattern: re.Pattern[str], text: str, starts: set[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), for a pattern that never matches the empty string, tried only
    at `starts`, which hold every place a match may start: finditer's own scan, which goes on
    where a match ends, without the places where nothing can match."""
    end = 0
    for start in sorted(starts):
        match = pattern.match(text, start) if start >= end else None
        if match:
            yield match
            end = match.end()


@lru_cache(maxsize=1024)  # asked for each term or mention on the line: the line is read once
def spans_of(pattern: re.Pattern[str], line: str) -> tuple[tuple[int, int], ...]:
    """Where the pattern matches on the line."""
    return tuple(found.span() for found in pattern.finditer(line))
