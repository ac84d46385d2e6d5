"""A PDF's running header and footer, read once.

A resume of two pages or more often repeats a line at the top or foot of every page: the
name, "Page 1 of 2", "Confidential". pdfium gives it among the page's text, so a job whose
title ends one page and whose dates open the next reads the page's header in between ("Dana
Okafor Page 2 of 2" taken for the job's title). A careful reader skips them.

A line is running when it opens (or ends) two pages or more, the same but for its numbers
(not one that ends a page and opens the next, which is the text going on):
it is looked for among each page's first and last few lines (a header drawn after the body
comes last). The header is kept where it first stands, on the first page (where it may be
the only place the name and contact are); the footer where it last stands, at the document's
end, so that neither parts a page's last lines from the next page's first. A section's
heading that opens two pages ("Experience" over a page of jobs each) stays where it stands.

A page printed from a browser carries the browser's own header and footer on every page, even
a single one: the date and time printed with the page's title ("11/30/26, 9:52 PM  Data
Engineer | Acme Careers"), the page's address with its number ("https://... 1/2"); Firefox
sets the title and the address on top, the number and the date below. They are left out.
"""

from __future__ import annotations

from .. import regex_cache
from .sections import heading_name

EDGE_LINES = 3  # lines at each page's top and foot where a header or a footer may stand
_NUMBER = regex_cache.compile(r"(?<!\d)\d{1,3}(?!\d)")  # a page's number, not a year
# A line that numbers its page: "Page 2 of 3", "Dana Okafor | Page 2", "Page 2 - Resume",
# "2 / 3", "- 2 -"; not a sentence ("rebuilt the landing page 3 times")
_PAGE = r"page[ \t]+\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?"
_PAGE_NUMBER = regex_cache.compile(
    rf"(?i:(?:.*?[ \t|·•–—-][ \t]*)?{_PAGE}(?:[ \t]*[|·•–—-].*)?)"
    r"|\d{1,3}[ \t]*/[ \t]*\d{1,3}|[-–][ \t]*\d{1,3}[ \t]*[-–]"
)

# A browser's print header and footer (see above), read on a page's first and last line
_PRINTED_AT = (
    r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
)
_ADDRESS = r"(?:https?|file)://[^\s]+"
_PAGE_OF = r"\d{1,3}(?:[ \t]*/[ \t]*|[ \t]+of[ \t]+)\d{1,3}"
_PRINT_HEADER = regex_cache.compile(
    rf"[ \t]*{_PRINTED_AT}(?:[ \t]+[^\n]*)?|[^\n]*[^\s][ \t]+{_ADDRESS}[ \t]*"
)
_PRINT_FOOTER = regex_cache.compile(
    rf"[ \t]*(?:{_ADDRESS}[ \t]+{_PAGE_OF}|{_PAGE_OF}[ \t]+{_PRINTED_AT})[ \t]*"
)
_PRINTED_LINE_CHARS = 300  # a browser's header or footer line is shorter


def without_print_lines(pages: list[str]) -> list[str]:
    """The pages' texts without a browser's print header and footer (see above): dropped only
    when every page has both, as a browser sets them."""
    split = [page.splitlines() for page in pages]
    edges = [_printed_edges(lines) for lines in split]
    if not pages or any(edge is None for edge in edges):
        return pages
    out = []
    for lines, edge in zip(split, edges, strict=True):
        assert edge is not None
        out.append("\n".join(line for number, line in enumerate(lines) if number not in edge))
    return out


def _printed_edges(lines: list[str]) -> tuple[int, int] | None:
    """Where a page's print header and footer stand, its first and last lines with text;
    None unless both read as a browser's."""
    filled = [number for number, line in enumerate(lines) if line.strip()]
    if len(filled) < 2:
        return None
    top, foot = lines[filled[0]], lines[filled[-1]]
    if max(len(top), len(foot)) > _PRINTED_LINE_CHARS:
        return None
    if _PRINT_HEADER.fullmatch(top) and _PRINT_FOOTER.fullmatch(foot):
        return filled[0], filled[-1]
    return None


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages' texts without the header and footer lines they repeat (see above)."""
    if len(pages) < 2:
        return pages
    split = [page.splitlines() for page in pages]
    edges = [_edges(lines) for lines in split]
    seen: dict[str, list[int]] = {}  # a line's key -> the pages at whose edges it stands
    # how many pages it opens, and how many it ends: a line ending one page and opening the
    # next ("Northwind Retail, Chicago" over two roles either side of the break) is content
    opens: dict[str, int] = {}
    ends: dict[str, int] = {}
    for index, (lines, (top, foot)) in enumerate(zip(split, edges, strict=True)):
        top_keys = {_key(lines[number]) for number in top}
        foot_keys = {_key(lines[number]) for number in foot}
        for key in top_keys | foot_keys:
            seen.setdefault(key, []).append(index)
        for key in top_keys:
            opens[key] = opens.get(key, 0) + 1
        for key in foot_keys:
            ends[key] = ends.get(key, 0) + 1
    running = {
        key: pages_of
        for key, pages_of in seen.items()
        if (opens.get(key, 0) > 1 or ends.get(key, 0) > 1)
        and not heading_name(key)  # a section each page opens stays
    }
    out = []
    for index, (lines, (top, foot)) in enumerate(zip(split, edges, strict=True)):
        kept = [
            line
            for number, line in enumerate(lines)
            if number not in top | foot or _kept(line, number in top, index, running)
        ]
        out.append(pages[index] if len(kept) == len(lines) else "\n".join(kept))
    return out


def _kept(line: str, at_top: bool, page: int, running: dict[str, list[int]]) -> bool:
    """Whether a line at a page's edge is read there: a header on the first page it stands
    on, a footer on the last; a line numbering its page only at the first page's top."""
    if _PAGE_NUMBER.fullmatch(line.strip()):
        return at_top and page == 0
    pages = running.get(_key(line))
    return pages is None or page == (pages[0] if at_top else pages[-1])


def _edges(lines: list[str]) -> tuple[set[int], set[int]]:
    """Where a page's first and last EDGE_LINES lines that hold text stand."""
    filled = [number for number, line in enumerate(lines) if line.strip()]
    return set(filled[:EDGE_LINES]), set(filled[-EDGE_LINES:])


def _key(line: str) -> str:
    """A line as it repeats from page to page: its small numbers masked, spaces trimmed."""
    return _NUMBER.sub("#", " ".join(line.split()))
