"""Map character offsets to 1-based line numbers, line text and sections."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..documents.sections import section_at
from ..models import Section


class LineIndex:
    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(self, position: int) -> int:
        return bisect_right(self.starts, position)

    def line_text(self, line: int) -> str:
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end]

    def line_start(self, line: int) -> int:
        return self.starts[line - 1]

    def section_of(self, position: int, sections: list[Section]) -> str | None:
        return section_at(sections, position)

    def __len__(self) -> int:
        return len(self.starts)


_MARKUP = re.compile(r"^#{1,6}\s+|\*\*|__|`")


def plain(text: str) -> str:
    """Text without Markdown's marks, to quote it: "### **Staff Engineer**" -> "Staff Engineer"."""
    return _MARKUP.sub("", text.strip()).strip()
