"""One reader per file format. Each returns a Document or raises DocumentError with a hint."""

from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from .. import regex_cache
from ..errors import DocumentError
from ..models import Document
from .cleaning import clean_text
from .hyphens import join_broken_words
from .left_out import hidden_text_warning
from .limits import Limits
from .pdf_labels import CAPITAL_LABEL, labels_apart
from .running_lines import without_print_lines, without_running_lines
from .wrapped_dates import joined_range_lines, mend_split_ranges

_BINARY = regex_cache.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # in bytes read as Latin-1
_ANY_CONTROL = regex_cache.compile(r"[\x00-\x1f\x7f-\x9f]")


def shown(path: Path | str) -> str:
    """A path for a message: control characters in a file name could drive the terminal, and
    bytes that are not UTF-8 (lone surrogates from the file system) are written as escapes."""
    text = _ANY_CONTROL.sub("\ufffd", str(path))
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _looks_like_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte of ASCII-range text is zero."""
    sample = raw[:4000]
    if len(sample) < 4:
        return None
    even_zero = sample[0::2].count(0) / len(sample[0::2])
    odd_zero = sample[1::2].count(0) / len(sample[1::2])
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(path: Path, raw: bytes, warnings: list[str], complete: bool = True) -> str:
    """`raw` as text; when it is only the file's first part (`complete` False), a character
    cut at its end does not make it look like another encoding."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16: FF FE 00 00
        return raw.decode("utf-32", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    # Before UTF-8: ASCII-range UTF-16 is also valid UTF-8 (with a NUL after every letter).
    utf16 = _looks_like_utf16(raw)
    if utf16:
        warnings.append(f"no byte-order mark: read as {utf16.upper()}")
        return raw.decode(utf16, errors="replace")
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(raw, final=complete)
    except UnicodeDecodeError:
        pass
    controls = len(_BINARY.findall(raw[:4000].decode("latin-1")))
    if raw.count(0) > len(raw) // 100 or controls > 40:
        raise DocumentError(
            f"{shown(path)}: binary data, not text",
            "pass a real text file, or a PDF or DOCX with the matching suffix",
        )
    try:
        text = raw.decode("cp1252")
        warnings.append("not UTF-8: read as Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        warnings.append("not UTF-8: read as Latin-1")
    return text


def read_bytes(path: Path, limit: int) -> tuple[bytes, bool]:
    """At most `limit` bytes of the file, and whether there was more."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as e:
        raise DocumentError(
            f"{shown(path)}: cannot read: {e.strerror or e}", "check the file's permissions"
        ) from e
    return raw[:limit], len(raw) > limit


def _opens_as_a_pdf(head: bytes) -> bool:
    """A PDF's first line is its version alone ("%PDF-1.7"), not a sentence that opens with it
    ("%PDF-1.4 parsing notes")."""
    if not head.startswith(b"%PDF-"):
        return False
    version = head.splitlines()[0][len(b"%PDF-") :].strip()
    return len(version) == 3 and version[1:2] == b"." and (version[:1] + version[2:]).isdigit()


def refuse_misnamed(path: Path, raw: bytes) -> None:
    """A PDF or a DOCX saved under a text format's suffix (.txt, .md, .html, .json, .eml)
    would be read as a page of stray characters: say what the file is instead."""
    if _opens_as_a_pdf(raw[:1024].lstrip()):
        raise DocumentError(f"{shown(path)}: not text (it is a PDF)", "give it the .pdf suffix")
    if raw.startswith(_ZIP_ENTRY):
        raise DocumentError(
            f"{shown(path)}: not text (it is a DOCX or another zip package)",
            "give it the .docx suffix if Word saved it, else save its text as .txt",
        )


def decode_file(path: Path, limit: int, warnings: list[str]) -> str:
    """At most `limit` bytes of the file, decoded as text (UTF-8, UTF-16 or Windows-1252)."""
    raw, more = read_bytes(path, limit)
    refuse_misnamed(path, raw)
    return decode_bytes(path, raw, warnings, complete=not more)


def read_text(path: Path, limits: Limits) -> Document:
    warnings: list[str] = []
    # No character takes more than 4 bytes: this is enough for max_chars, and no more is read.
    decoded = decode_file(path, 4 * limits.max_chars + 4, warnings)
    text, edits = clean_text(decoded, warnings, limits)  # edits: offsets back into the file
    return Document(path=str(path), format="txt", text=text, warnings=warnings, edits=edits)


def _pdf_error(path: Path, error: Exception) -> DocumentError:
    message = str(error).lower()
    if "password" in message:
        return DocumentError(
            f"{shown(path)}: the PDF is encrypted with a password",
            "save an unprotected copy (print to PDF) and pass that",
        )
    if _opening(path).startswith(_ZIP_ENTRY):  # a DOCX saved under a .pdf name
        return DocumentError(
            f"{shown(path)}: not a PDF (it is a DOCX or another zip package)",
            "give it the .docx suffix, or export it again as PDF",
        )
    return DocumentError(
        f"{shown(path)}: not a readable PDF ({_pdf_reason(error)})",
        "the file may be damaged or not a PDF: export it again",
    )


def _opening(path: Path) -> bytes:
    """The file's first kilobyte, to tell what it really is; b"" when it cannot be read."""
    try:
        return read_bytes(path, 1024)[0]
    except DocumentError:
        return b""


# pdfium's own words for why a file failed to load: "Failed to load document (PDFium: Data
# format error)."
_PDFIUM_REASON = regex_cache.compile(r"\(PDFium: ([^()]+)\)")


def _pdf_reason(error: Exception) -> str:
    """Why the PDF could not be read, in pdfium's words without the wrapping around them."""
    said = str(error).strip()
    if found := _PDFIUM_REASON.search(said):
        return found.group(1).strip().lower()
    return said or type(error).__name__


def _pdf_pages(path: str, max_pages: int) -> dict[str, Any]:
    """The text of the first pages and what was left out; {"error": ...} when pdfium fails.
    Runs in a child process (see isolate.py): it returns plain data."""
    import pypdfium2 as pdfium

    from .pdf_hidden import Tally, page_text

    tally = Tally()
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as e:
        return {"error": str(e)}
    try:
        pages = len(pdf)
        texts = []
        for index in range(min(pages, max_pages)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(page_text(page, textpage, tally))
            textpage.close()
            page.close()
    except pdfium.PdfiumError as e:
        return {"error": str(e)}
    finally:
        pdf.close()
    return {
        "pages": pages,
        "texts": texts,
        "warnings": tally.warnings(),
        "hidden": bool(tally.chars),
    }


def _read_pdf_guarded(path: Path, limits: Limits) -> dict[str, Any]:
    import pypdfium2  # noqa: F401 - imported here once, not in every child

    from . import pdf_hidden  # noqa: F401
    from .isolate import Stopped, run_isolated

    try:
        return dict(
            run_isolated(lambda: _pdf_pages(str(path), limits.max_pages), limits.max_seconds)
        )
    except Stopped as e:
        raise DocumentError(
            f"{shown(path)}: reading the PDF {e.reason}",
            "the PDF may be damaged or built to stall readers: export it again",
        ) from e
    except RuntimeError as e:  # a bug of ours in the child: say so, without a traceback
        raise DocumentError(
            f"{shown(path)}: internal error while reading the PDF ({str(e).splitlines()[0]})",
            "please report this file's problem to the mlcareer developers",
        ) from e


def read_pdf(path: Path, limits: Limits) -> Document:
    result = _read_pdf_guarded(path, limits)
    if "error" in result:
        raise _pdf_error(path, RuntimeError(result["error"]))
    pages: int = result["pages"]
    warnings: list[str] = []
    if pages > limits.max_pages:
        warnings.append(f"read the first {limits.max_pages} of {pages} pages")
    warnings += result["warnings"]
    pages_text = "\n".join(
        t.rstrip() for t in without_running_lines(without_print_lines(result["texts"]))
    )
    text, _ = clean_text(join_broken_words(pages_text), warnings, limits)
    text = mend_split_ranges(labels_apart(text, CAPITAL_LABEL))
    if pages and not text.strip():
        raise DocumentError(
            f"{shown(path)}: the PDF has no {'visible ' if result['hidden'] else ''}text layer"
            " (a scan or an image)",
            "run OCR on it first, or export the resume from its editor as a text PDF",
        )
    return Document(path=str(path), format="pdf", text=text, pages=pages, warnings=warnings)


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, and Office's encrypted packages
_DTD = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
_XML_HEAD = 65_536  # bytes of each XML part searched for a DTD


_ZIP_ENTRY = b"PK\x03\x04"  # how a zip package's first entry starts


def _not_a_zip(path: Path) -> DocumentError:
    head = read_bytes(path, 1024)[0]  # raises "cannot read" when it cannot
    if b"%PDF-" in head:  # a PDF saved under a .docx name (readers allow junk before it)
        return DocumentError(f"{shown(path)}: not a DOCX (it is a PDF)", "give it the .pdf suffix")
    if head.startswith(_OLE):
        return DocumentError(
            f"{shown(path)}: not a valid DOCX (not a zip package: a Word 97-2003 file or a"
            " password-protected DOCX)",
            "remove the password, or save it as .docx or PDF from Word",
        )
    if head.startswith(_ZIP_ENTRY):  # a zip's start without its directory at the end
        return DocumentError(
            f"{shown(path)}: the DOCX is cut short or damaged (its zip directory is missing)",
            "copy or download the file again, or save it again from Word",
        )
    return DocumentError(
        f"{shown(path)}: not a valid DOCX (it is not a zip package)",
        "old Word .doc files renamed to .docx do not work: save as .docx or PDF",
    )


def _zip_problem(archive: zipfile.ZipFile, limits: Limits) -> str | None:
    """Why the package must not be unpacked: too big, encrypted parts, or a DTD in an XML part
    (the package format forbids DTDs; they carry entity bombs and external entities)."""
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    if total > limits.max_unzipped_bytes:
        return f"the DOCX unpacks to {total / 1e6:.0f} MB, over the limit"
    for info in infos:
        if info.flag_bits & 0x1:
            return f"its part {info.filename!r} is encrypted"
        if info.filename.endswith((".xml", ".rels")):
            with archive.open(info) as stream:
                head = stream.read(_XML_HEAD)
            if any(marker in head for marker in _DTD):
                return f"its part {info.filename!r} declares a DTD (XML entities)"
    return None


# The main part of the other Office packages, which share the zip format with DOCX
_OTHER_OFFICE_PARTS = {
    "xl/workbook.xml": "an Excel workbook",
    "ppt/presentation.xml": "a PowerPoint presentation",
}


def _other_office_file(names: set[str]) -> str | None:
    """What Office file a package is when it holds no Word document but another main part."""
    if "word/document.xml" in names:
        return None
    return next((what for part, what in _OTHER_OFFICE_PARTS.items() if part in names), None)


def _check_zip(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            other = _other_office_file(set(archive.namelist()))
            problem = None if other else _zip_problem(archive, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        if not zipfile.is_zipfile(path):
            raise _not_a_zip(path) from e
        raise DocumentError(
            f"{shown(path)}: not a readable DOCX ({type(e).__name__}: {e})",
            "open it in a word processor and save it again as .docx",
        ) from e
    except (OSError, ValueError) as e:
        raise _not_a_zip(path) from e
    if other:
        raise DocumentError(
            f"{shown(path)}: this is {other} renamed to .docx, not a Word document",
            "save the resume from Word as .docx, or as PDF",
        )
    if problem:
        raise DocumentError(
            f"{shown(path)}: {problem}", "this is not an ordinary resume; export it again"
        )


MAX_TABLE_DEPTH = 4  # tables inside table cells, read this deep


class _TableCell(NamedTuple):
    """A table cell (python-docx's _Cell) and its text, read once: python-docx builds a cell's
    text anew from its paragraphs at each ask, and a table's rules ask several times."""

    cell: Any
    text: str


def _is_page_column(cell: _TableCell) -> bool:
    """A cell that holds part of the page: a table, or a section heading ("EXPERIENCE", a
    posting's "Requirements") among several lines, as the columns of a two-column resume or
    posting do; not a job's bullets, nor a one-line cell "Languages" in a table of skills."""
    from .sections import heading_name

    lines = cell.text.split("\n")[:MAX_CELL_LINES]
    named = {heading_name(t.strip()) for t in lines} if len(lines) > 1 else set()
    sections = named & RESUME_SECTIONS
    return bool(cell.cell.tables) or bool(sections & PAGE_SECTIONS) or len(sections) > 1


MAX_CELL_LINES = 200  # lines of a cell looked at for a heading
# The sections a column of the page holds (or two of any resume's sections), a posting's
# asks among them; a job's "Responsibilities:" or "Projects" alone do not make its cell a
# column.
PAGE_SECTIONS = frozenset(
    {"experience", "education", "skills", "summary", "contact", "requirements", "preferred"}
)
RESUME_SECTIONS = frozenset(
    {*PAGE_SECTIONS, "projects", "publications", "certifications", "awards", "languages"}
    | {"interests"}
)


class StyleNames(dict[str | None, str]):
    """The name python-docx's `paragraph.style` gives a paragraph by the id of its style: the
    first style of that id when it is a paragraph style, else the default paragraph style (as
    for no id). Each id is looked up on first use: python-docx searches every style for the
    default one at each paragraph (half a millisecond: 40,000 one-letter lines took over 20 s),
    and reading every style through python-docx took a tenth of a short resume's time."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml.ns import qn

        super().__init__()
        self._by_id: dict[str | None, Any] = {}  # the first w:style element of each id
        for element in document.styles.element.iterchildren(qn("w:style")):
            self._by_id.setdefault(element.get(qn("w:styleId")), element)
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self[None] = _style_name(default)
        self._default = default.element if default is not None else None
        self._numbered: dict[str | None, bool | None] = {}

    def __missing__(self, style_id: str | None) -> str:
        from docx.styles.style import StyleFactory

        element = self._paragraph_style(style_id)
        name = self[None] if element is self._default else _style_name(StyleFactory(element))
        self[style_id] = name
        return name

    def _paragraph_style(self, style_id: str | None) -> Any:
        """The w:style element of a paragraph style id, else the default paragraph style's."""
        from docx.enum.style import WD_STYLE_TYPE

        element = self._by_id.get(style_id) if style_id else None
        # as in python-docx, the raw w:type: a style that names no type is no paragraph style
        if element is None or element.type != WD_STYLE_TYPE.PARAGRAPH:
            return self._default
        return element

    def numbered(self, style_id: str | None) -> bool | None:
        """What a paragraph style, or the nearest style it is based on that says, says of
        numbering its paragraphs (see _numbering); None when none says."""
        if style_id not in self._numbered:
            said = None
            element = self._paragraph_style(style_id)
            for _ in range(MAX_BASED_ON):
                if element is None or said is not None:
                    break
                said = _numbering(element.pPr)
                element = self._by_id.get(_based_on(element))
            self._numbered[style_id] = said
        return self._numbered[style_id]


MAX_BASED_ON = 20  # styles followed through w:basedOn


def _based_on(style: Any) -> str | None:
    """The id of the style a w:style is based on, as written: python-docx raises on a
    w:basedOn without one."""
    from docx.oxml.ns import qn

    based = style.basedOn
    return based.get(qn("w:val")) if based is not None else None


def _numbering(properties: Any) -> bool | None:
    """What paragraph properties (w:pPr) say of numbering: True for a list's item, False for
    numbering turned off (numId 0, over a list style), None when they name no list. The id is
    read as written: python-docx raises on one that is no number (or none), which still makes
    the paragraph a list's item, as Word's w:numPr does."""
    from docx.oxml.ns import qn

    found = properties.numPr if properties is not None else None
    if found is None or found.numId is None:
        return None
    try:
        return int(found.numId.get(qn("w:val"), "")) != 0
    except ValueError:
        return True


def _style_name(style: Any) -> str:
    return (style.name or "") if style is not None else ""


def _table_lines(table: Any, styles: StyleNames, depth: int) -> list[str]:
    """A table's lines, row by row (see _row_lines). In a table whose first column labels
    the page's sections ("Experience" beside the jobs, "Requirements" beside the asks), each
    label is a heading line of its own above the rest of its row; a row of headings ("Skills
    | Experience") heads columns read down (see _headed_columns). Each <w:tc> is read once
    however many grid columns it spans: python-docx's row.cells repeats a cell per column,
    and gridSpan="10000000" would stall."""
    rows = _table_cells(table)
    if depth < MAX_TABLE_DEPTH and (columns := _headed_columns(rows)) is not None:
        above, below = columns
        lines = [line for cells in above for line in _row_lines(cells, styles, depth)]
        return lines + [
            line for cell in below for line in _content_lines(cell.cell, styles, depth + 1)
        ]
    labelled = depth < MAX_TABLE_DEPTH and _labels_sections(rows)
    lines = []
    for cells in rows:
        if labelled and len(cells) > 1:  # its first cell is a label, or empty
            lines += [label] if (label := cells[0].text.strip()) else []
            cells = cells[1:]
        lines += _row_lines(cells, styles, depth)
    return lines


def _table_cells(table: Any) -> list[list[_TableCell]]:
    """A table's cells by row; a <w:tr/> without cells holds nothing. A cell merged down from
    the one above (w:vMerge, "Acme Corp" beside each of the roles held there) has that cell's
    text when it is a short line naming no section; a page's column or a label stays once."""
    from docx.table import _Cell

    rows: list[list[_TableCell]] = []
    above: dict[int, _TableCell] = {}  # the cell each merge down starts from, by grid column
    for tr in table._tbl.tr_lst:
        cells = []
        column = 0
        for tc in tr.tc_lst:
            cell = _Cell(tc, table)
            merge = _vertical_merge(tc)
            read = _TableCell(cell, cell.text)
            if merge == "restart":
                above[column] = read
            elif merge != "continue":
                above.pop(column, None)
            elif (first := above.get(column)) and not read.text.strip() and _carried(first.text):
                read = first
            cells.append(read)
            column += _grid_span(tc)
        if cells:
            rows.append(cells)
    return rows


def _vertical_merge(tc: Any) -> str | None:
    """A cell's w:vMerge as written: "restart", "continue" (also when it names no value), or
    None when the cell merges with none above."""
    from docx.oxml.ns import qn

    properties = tc.tcPr
    merge = properties.find(qn("w:vMerge")) if properties is not None else None
    return None if merge is None else merge.get(qn("w:val"), "continue")


def _grid_span(tc: Any) -> int:
    """The grid columns a cell spans (w:gridSpan), read as written: 1 when it is no number."""
    from docx.oxml.ns import qn

    properties = tc.tcPr
    span = properties.find(qn("w:gridSpan")) if properties is not None else None
    value = span.get(qn("w:val"), "1") if span is not None else "1"
    return int(value) if value.isdigit() else 1


# What parts the items of a list: "Python, SQL, Docker", "Spark; Kafka; Flink"
_LIST_SEPARATOR = regex_cache.compile(r"[,;|•·]|\s/\s")


def _carried(text: str) -> bool:
    """A merged cell's text that each row it spans shares: one short line, no section label
    and no list ("Northwind Analytics, Inc."; not "Experience", a column of the page, or
    "Python, SQL, Docker", whose skills would count once per row)."""
    text = text.strip()
    short = bool(text) and "\n" not in text and len(text) <= MAX_LABEL_CHARS
    return short and not _label(text) and len(_LIST_SEPARATOR.findall(text)) < 2


MAX_LABEL_CHARS = 40  # a cell longer than this labels no section
# Sections that only a page's layout labels: a table of skills by kind ("Tools", "Languages")
# names none of them
_LAYOUT_SECTIONS = frozenset(
    {"experience", "education", "summary", "requirements", "preferred", "responsibilities"}
)
# What a job told in a table labels beside its text ("Summary", "Responsibilities",
# "Achievements", "Technologies"): a table that labels nothing else is the job's, not the page's
_JOB_LABELS = frozenset({"summary", "responsibilities", "awards", "skills", "projects"})


def _label(text: str) -> str | None:
    """The section a cell's text of one short line names as a resume's or a posting's
    heading."""
    from .sections import heading_name, posting_heading

    if "\n" in text or len(text) > MAX_LABEL_CHARS:
        return None
    return heading_name(text) or posting_heading(text)


def _labels_sections(rows: list[list[_TableCell]]) -> bool:
    """Whether the first column labels the sections of a page: each of its cells beside
    others is empty or names a section, and they name two or more, one of them the page's
    own (experience, requirements...) and one more than a job's table names."""
    sections: set[str] = set()
    for cells in rows:
        text = cells[0].text.strip() if len(cells) > 1 else ""
        if text:
            name = _label(text)
            if name is None:
                return False
            sections.add(name)
    return len(sections) > 1 and bool(sections & _LAYOUT_SECTIONS) and not sections <= _JOB_LABELS


def _headed_columns(
    rows: list[list[_TableCell]],
) -> tuple[list[list[_TableCell]], list[_TableCell]] | None:
    """A table whose row of headings ("Skills | Experience", "Responsibilities |
    Requirements") heads columns of the page below it: the rows above that row, and the
    cells from it down, column by column. None for any other table: the headings must name
    one of a page's sections, and head one row that holds a list (see _lists_under_headings),
    so that a table of skills under "Skills | Experience" stays rows."""
    index = next((i for i, cells in enumerate(rows) if _heads_columns(cells)), None)
    if index is None:
        return None
    below = rows[index:]
    if any(len(row) != len(below[0]) for row in below) or not _lists_under_headings(below):
        return None
    return rows[:index], [row[column] for column in range(len(below[0])) for row in below]


def _lists_under_headings(rows: list[list[_TableCell]]) -> bool:
    """Whether rows, from a row of headings down, are headings each above one row that holds
    a list (a cell of several lines), as a page's columns are ("Skills | Experience" above
    the skills beside the jobs); not a grid of rows under its header, one of whose cells
    wraps ("Python | 5 years / in production", then "SQL | 3 years")."""
    lists = 0
    headed = False  # the row above is a row of headings
    for cells in rows:
        if _heads_columns(cells):
            headed = True
        elif any(cell.text.strip() for cell in cells):
            if not headed or not any("\n" in cell.text.strip() for cell in cells):
                return False
            lists += 1
            headed = False
    return lists > 0


def _heads_columns(cells: list[_TableCell]) -> bool:
    """Whether a row's cells are headings, two or more, one of them of a page's section; an
    empty cell heads nothing. Stops at the first cell that is no heading."""
    named: set[str] = set()
    headings = 0
    for cell in cells:
        text = cell.text.strip()
        if not text:
            continue
        if (name := _label(text)) is None:
            return False
        named.add(name)
        headings += 1
    return headings > 1 and bool(named & PAGE_SECTIONS)


def _row_lines(cells: list[_TableCell], styles: StyleNames, depth: int) -> list[str]:
    """A table row's cells as lines. A row whose cells hold page sections (a two-column
    resume) is read cell by cell, each as its own block. Any other row holds data (one job per
    row: role and bullets | dates): see _data_row_lines."""
    if depth >= MAX_TABLE_DEPTH:
        return ["\t".join(cell.text for cell in cells)]
    blocks = (_content_lines(cell.cell, styles, depth + 1) for cell in cells)
    if not any(_is_page_column(cell) for cell in cells):
        return _data_row_lines(list(blocks))
    return [line for block in blocks for line in block]


def _data_row_lines(cells: list[list[str]]) -> list[str]:
    """A data row's first lines joined by tabs ("ML Engineer, Acme<tab>2019 - 2024"), then each
    cell's other lines (the role's bullets): the dates stay on the line of their role."""
    split = [[line for text in lines for line in text.split("\n")] for lines in cells]
    # a cell's breaks split too; a range of dates a narrow cell wrapped is one line again
    blocks = [joined_range_lines(_without_leading_blanks(lines)) for lines in split]
    zipped = _side_cells_by_head(blocks)
    if zipped is not None:
        return zipped
    first = "\t".join(block[0] if block else "" for block in blocks)
    return [first, *(line for block in blocks for line in block[1:])]


MAX_SIDE_LINE = 40  # characters of a line of a side cell (a place, dates, a grade)
_YEAR = regex_cache.compile(r"\b(?:19|20)\d\d\b|\b(?:present|current|now)\b", re.I)
_BULLETS = "•-*–"


def _side_cells_by_head(blocks: list[list[str]]) -> list[str] | None:
    """A row of one role ("ML Engineer / Acme Corp / bullets" | "Boston, MA / 2019 - 2024"):
    each line of the short side cells next to a line of the main cell's head (its lines before
    the first bullet), then the main cell's other lines. None when a side cell holds long
    lines, bullets, more lines than the head, or the dates of several roles (those stay after
    the bullets, near the roles they date)."""
    main = max(range(len(blocks)), key=lambda index: len(blocks[index]))
    lines = blocks[main]
    head = next((i for i, line in enumerate(lines) if _is_bullet(line)), len(lines))
    sides = [block for index, block in enumerate(blocks) if index != main]
    if head < 2 or not all(_is_side_cell(block, head) for block in sides):
        return None
    rows = [
        "\t".join(cell for block in blocks if i < len(block) and (cell := block[i].strip()))
        for i in range(head)
    ]
    return rows + lines[head:]


def _is_bullet(line: str) -> bool:
    text = line.lstrip()
    return bool(text) and text[0] in _BULLETS


def _is_side_cell(block: list[str], head: int) -> bool:
    texts = [line.strip() for line in block]
    return (
        len(block) <= head
        and all(len(text) <= MAX_SIDE_LINE and not _is_bullet(text) for text in texts)
        and sum(bool(_YEAR.search(text)) for text in texts) <= 1
    )


def _without_leading_blanks(lines: list[str]) -> list[str]:
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    return lines[start:]


def _content_lines(container: Any, styles: StyleNames, depth: int = 0) -> list[str]:
    """The lines of a table cell or a page header or footer: paragraphs and rows in order."""
    return [line for lines in _block_lines(container, styles, depth) for line in lines]


def _block_lines(container: Any, styles: StyleNames, depth: int) -> Iterator[list[str]]:
    """The lines of each paragraph (one) and table (a line or more per row) in order."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            yield _table_lines(block, styles, depth)
        else:
            yield [_paragraph_text(block, styles)]


def _paragraph_text(paragraph: Any, styles: StyleNames) -> str:
    """A paragraph's text; a Word list item ("List Bullet", or numbered) keeps its bullet,
    which Word draws but does not store in the text."""
    text: str = paragraph.text
    if not text.strip() or _is_bullet(text):
        return text
    style_id = paragraph._p.style
    style = styles[style_id]
    if style.startswith(("Heading", "Title")):
        return text  # a numbered heading is still a heading
    listed = _numbering(paragraph._p.pPr)
    if listed is None:  # the paragraph's style numbers it, or is a list style by its name
        listed = styles.numbered(style_id)
    return f"• {text}" if listed or (listed is None and style.startswith("List")) else text


def _body_lines(document: Any, styles: StyleNames, max_chars: int) -> list[str]:
    """The body's lines in order, until there are more than `max_chars`."""
    lines: list[str] = []
    size = 0
    for block in _block_lines(document, styles, 0):
        lines += block
        size += sum(len(line) + 1 for line in block)
        if size > max_chars:
            break
    return lines


def _margin_lines(document: Any, styles: StyleNames) -> tuple[list[str], list[str]]:
    """The text of the page headers and footers, each line once: where a one-page resume often
    keeps its name, email and links. Headers go first, footers last. A first page's and even
    pages' own ones are read only where the document shows them (else Word never does)."""
    top: dict[str, None] = {}
    bottom: dict[str, None] = {}
    even_pages = document.settings.odd_and_even_pages_header_footer
    for section in document.sections:
        first_page = section.different_first_page_header_footer
        parts = [
            (section.first_page_header, top, first_page),
            (section.header, top, True),
            (section.even_page_header, top, even_pages),
            (section.first_page_footer, bottom, first_page),
            (section.footer, bottom, True),
            (section.even_page_footer, bottom, even_pages),
        ]
        for part, into, used in parts:
            if used and not part.is_linked_to_previous:
                into.update((line, None) for line in _content_lines(part, styles) if line.strip())
    return list(top), list(bottom)


def _unwrap_stories(document: Any) -> Counter[str]:
    """Bring the text of content controls, text boxes and other wrappers into the reach of
    python-docx, in the body and in every page header and footer, without the text a reader
    cannot see (docx_hidden.py); the characters left out, by reason."""
    from docx.parts.document import DocumentPart
    from docx.parts.hdrftr import FooterPart, HeaderPart

    from .docx_hidden import Styles, leave_out_hidden_runs, white_may_show
    from .docx_markup import unwrap_text

    stories = [
        part.element
        for part in document.part.package.iter_parts()
        if isinstance(part, (DocumentPart, HeaderPart, FooterPart))
    ]
    styles = Styles(document.styles.element)
    white_shows = white_may_show(stories, document.element)
    tally: Counter[str] = Counter()
    for story in stories:
        unwrap_text(story, lambda root: leave_out_hidden_runs(root, styles, white_shows, tally))
    return tally


def read_docx(path: Path, limits: Limits) -> Document:
    import docx

    _check_zip(path, limits)
    try:
        document = docx.Document(str(path))
        left_out = _unwrap_stories(document)
        styles = StyleNames(document)
        top, bottom = _margin_lines(document, styles)
        lines = top + _body_lines(document, styles, limits.max_chars) + bottom
    except Exception as e:  # python-docx and lxml fail in many ways on a broken package
        if type(e).__module__.startswith("lxml"):
            what = "holds malformed XML"
        elif isinstance(e, KeyError):  # a zip without the parts a DOCX is made of
            what = "lacks the document part of a Word file"
        else:
            what = "could not be read as a Word document"
        raise DocumentError(
            f"{shown(path)}: the DOCX {what}",
            "open it in a word processor and save it again as .docx",
        ) from e
    warnings = hidden_text_warning(left_out)
    text, _ = clean_text("\n".join(lines), warnings, limits)
    if left_out and not text.strip():
        raise DocumentError(
            f"{shown(path)}: the DOCX has no visible text (all of it is hidden, white or tiny)",
            "show the text in Word (font colour, size, Hidden) and save it again",
        )
    return Document(path=str(path), format="docx", text=text, warnings=warnings)
