"""Read a file into a Document: one reader per format, chosen by the file's suffix."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from .. import regex_cache
from ..errors import DocumentError
from ..models import Document
from .html_text import read_html
from .json_resume import read_json
from .limits import Limits, size_text
from .mail import read_eml
from .readers import read_docx, read_pdf, read_text, shown
from .stdin import SHOWN_AS, is_stdin, read_stdin

Reader = Callable[[Path, Limits], Document]

READERS: dict[str, Reader] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".txt": read_text,
    ".md": read_text,
    ".text": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".eml": read_eml,
}

__all__ = ["READERS", "Limits", "read_document"]


# A web address, as a path keeps it ("https://x" becomes "https:/x"), or one without its
# scheme ("www.example.com/jobs/1")
_WEB_ADDRESS = regex_cache.compile(
    r"(https?|ftp):/+(?=[^/])|(?=www\.[\w-]+\.[a-z]{2,}(?:/|$))", re.I
)


def _as_written(address: re.Match[str], path: str) -> str:
    """A web address as it was given: "https://x", where the path made it "https:/x"."""
    scheme = address.group(1)
    return f"{scheme}://{path[address.end() :]}" if scheme else path


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except FileNotFoundError as e:
        if address := _WEB_ADDRESS.match(str(path)):
            raise DocumentError(
                f"{shown(_as_written(address, str(path)))}: a web "
                "address, not a file (nothing is fetched)",
                "save the page as .html, or copy its text and pipe it in: "
                "'pbpaste | mlcareer match resume.pdf -'",
            ) from e
        if path.is_symlink():
            raise DocumentError(
                f"{shown(path)}: broken symbolic link (its target {shown(os.readlink(path))!r}"
                " is missing)",
                "point the link at the document, or remove it",
            ) from e
        raise DocumentError(
            f"{shown(path)}: no such file", "check the path and its spelling"
        ) from e
    except OSError as e:  # a symlink loop, a folder we may not enter...
        raise DocumentError(
            f"{shown(path)}: cannot read: {e.strerror or e}", "check the path and its permissions"
        ) from e


# The files of a LinkedIn data export ("Get a copy of your data"): tables, not a resume
_LINKEDIN_EXPORT = frozenset(
    "profile.csv positions.csv education.csv skills.csv certifications.csv languages.csv"
    " projects.csv".split()
)


# What to do with a file of a type no reader takes, by its suffix
_WORD_PROCESSED = "open it in Word or LibreOffice and save it as .docx or PDF"
_UNREAD_HINTS = {
    **dict.fromkeys((".doc", ".rtf", ".odt", ".wps", ".wpd"), _WORD_PROCESSED),
    ".pages": "in Pages, choose File > Export To > Word or PDF",
    **dict.fromkeys(
        (".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff", ".heic", ".bmp", ".webp"),
        "a picture of a page holds no text to read: export the document itself as PDF or .docx",
    ),
}


def _reader(path: Path) -> Reader:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        hint = _UNREAD_HINTS.get(path.suffix.lower(), f"save it as one of {known}")
        if path.name.lower() in _LINKEDIN_EXPORT:
            hint = "a LinkedIn data export holds tables; save the profile with 'Save to PDF'"
        raise DocumentError(
            f"{shown(path)}: unsupported file type {path.suffix or '(none)'!r}", hint
        )
    return reader


def _check_size(path: Path, size: int, limits: Limits) -> None:
    if size == 0:
        raise DocumentError(f"{shown(path)}: the file is empty", "export the document again")
    if size > limits.max_bytes:
        raise DocumentError(
            f"{shown(path)}: {size_text(size)} is over the {size_text(limits.max_bytes)} limit",
            "export a smaller copy, or raise the limit with --max-file-mb",
        )


def read_document(path: Path, limits: Limits | None = None) -> Document:
    """Read `path` with the reader for its suffix; raise DocumentError with a hint on failure.
    Only regular files are read: never a folder, a FIFO or a device. "-" is standard input."""
    limits = limits or Limits()
    if is_stdin(path):
        return _with_text(read_stdin(limits), SHOWN_AS)
    info = _stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(
            f"{shown(path)}: is a folder, not a file", "pass a file (batch takes folders)"
        )
    if not stat.S_ISREG(info.st_mode):  # a device (/dev/null) or a FIFO, whatever its name
        raise DocumentError(
            f"{shown(path)}: not a regular file",
            "pass a saved document file, or - to read one piped in",
        )
    reader = _reader(path)
    _check_size(path, info.st_size, limits)
    return _with_text(reader(path, limits), shown(path))


def _with_text(document: Document, name: str) -> Document:
    """The document, when it holds a letter or a digit: blanks, marks or the replacement
    characters of bytes that decode to nothing ("\ufffd") are no text to score."""
    if not any(char.isalnum() for char in document.text):
        raise DocumentError(f"{name}: no text found", "the file holds no readable words")
    return document
