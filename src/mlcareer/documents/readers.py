"""One reader per file format. Each returns a Document or raises DocumentError with a hint."""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path
from typing import Any

from ..errors import DocumentError
from ..models import Document
from .limits import Limits

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def clean_text(text: str, warnings: list[str], limits: Limits) -> str:
    """Unify line ends and drop characters that are never content (NUL, bidi controls...)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
        warnings.append("removed control characters from the text")
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
        warnings.append("removed invisible formatting characters (zero-width, bidi)")
    if len(text) > limits.max_chars:
        text = text[: limits.max_chars]
        warnings.append(f"kept the first {limits.max_chars:,} characters")
    return text


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


def _decode(path: Path, raw: bytes, warnings: list[str]) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    # Before UTF-8: ASCII-range UTF-16 is also valid UTF-8 (with a NUL after every letter).
    utf16 = _looks_like_utf16(raw)
    if utf16:
        warnings.append(f"no byte-order mark: read as {utf16.upper()}")
        return raw.decode(utf16, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    controls = len(_CONTROL.findall(raw[:4000].decode("latin-1")))
    if raw.count(0) > len(raw) // 100 or controls > 40:
        raise DocumentError(
            f"{path}: binary data, not text",
            "pass a real text file, or a PDF or DOCX with the matching suffix",
        )
    try:
        text = raw.decode("cp1252")
        warnings.append("not UTF-8: read as Windows-1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
        warnings.append("not UTF-8: read as Latin-1")
    return text


def read_text(path: Path, limits: Limits) -> Document:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise DocumentError(
            f"{path}: cannot read: {e.strerror}", "check the file's permissions"
        ) from e
    warnings: list[str] = []
    text = clean_text(_decode(path, raw, warnings), warnings, limits)
    return Document(path=str(path), format="txt", text=text, warnings=warnings)


def _pdf_error(path: Path, error: Exception) -> DocumentError:
    message = str(error).lower()
    if "password" in message:
        return DocumentError(
            f"{path}: the PDF is encrypted with a password",
            "save an unprotected copy (print to PDF) and pass that",
        )
    return DocumentError(
        f"{path}: not a readable PDF ({str(error).strip() or type(error).__name__})",
        "the file may be damaged or not a PDF: export it again",
    )


def read_pdf(path: Path, limits: Limits) -> Document:
    import pypdfium2 as pdfium

    warnings: list[str] = []
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        raise _pdf_error(path, e) from e
    try:
        pages = len(pdf)
        texts = []
        for index in range(min(pages, limits.max_pages)):
            page = pdf[index]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    except pdfium.PdfiumError as e:
        raise _pdf_error(path, e) from e
    finally:
        pdf.close()
    if pages > limits.max_pages:
        warnings.append(f"read the first {limits.max_pages} of {pages} pages")
    text = clean_text("\n".join(t.rstrip() for t in texts), warnings, limits)
    if pages and not text.strip():
        raise DocumentError(
            f"{path}: the PDF has no text layer (a scan or an image)",
            "run OCR on it first, or export the resume from its editor as a text PDF",
        )
    return Document(path=str(path), format="pdf", text=text, pages=pages, warnings=warnings)


def _check_zip(path: Path, limits: Limits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise DocumentError(
            f"{path}: not a valid DOCX (it is not a zip package)",
            "old Word .doc files renamed to .docx do not work: save as .docx or PDF",
        ) from e
    if total > limits.max_unzipped_bytes:
        raise DocumentError(
            f"{path}: the DOCX unpacks to {total / 1e6:.0f} MB, over the limit",
            "this is not an ordinary resume; export it again",
        )


def _docx_blocks(document: Any) -> list[str]:
    """Paragraphs and table rows in document order; a row's distinct cells joined by tabs."""
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                previous = None
                for cell in row.cells:
                    # A merged cell comes once per grid column it spans: keep it once.
                    if cell._tc is not previous:
                        cells.append(cell.text)
                    previous = cell._tc
                lines.append("\t".join(cells))
        else:
            lines.append(block.text)
    return lines


def read_docx(path: Path, limits: Limits) -> Document:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_zip(path, limits)
    try:
        document = docx.Document(str(path))
        lines = _docx_blocks(document)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as e:
        raise DocumentError(
            f"{path}: not a readable DOCX ({type(e).__name__})",
            "open it in a word processor and save it again as .docx",
        ) from e
    except Exception as e:  # lxml raises its own errors for malformed XML
        if type(e).__module__.startswith("lxml"):
            raise DocumentError(
                f"{path}: the DOCX holds malformed XML", "save it again from a word processor"
            ) from e
        raise
    warnings: list[str] = []
    text = clean_text("\n".join(lines), warnings, limits)
    return Document(path=str(path), format="docx", text=text, warnings=warnings)
