"""Read a file into a Document: one reader per format, chosen by the file's suffix."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from ..errors import DocumentError
from ..models import Document
from .limits import Limits
from .readers import read_docx, read_pdf, read_text, shown

Reader = Callable[[Path, Limits], Document]

READERS: dict[str, Reader] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".txt": read_text,
    ".md": read_text,
    ".text": read_text,
    ".markdown": read_text,
}

__all__ = ["READERS", "Limits", "read_document"]


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{count / 1e3:.1f} kB"


def _stat(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except FileNotFoundError as e:
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


def _reader(path: Path) -> Reader:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise DocumentError(
            f"{shown(path)}: unsupported file type {path.suffix or '(none)'!r}",
            f"save it as one of {known} (for .doc or .rtf, export to .docx or PDF)",
        )
    return reader


def _check_size(path: Path, size: int, limits: Limits) -> None:
    if size == 0:
        raise DocumentError(f"{shown(path)}: the file is empty", "export the document again")
    if size > limits.max_bytes:
        raise DocumentError(
            f"{shown(path)}: {_size(size)} is over the {_size(limits.max_bytes)} limit",
            "export a smaller copy, or raise the limit with --max-file-mb",
        )


def read_document(path: Path, limits: Limits | None = None) -> Document:
    """Read `path` with the reader for its suffix; raise DocumentError with a hint on failure.
    Only regular files are read: never a folder, a FIFO or a device."""
    limits = limits or Limits()
    info = _stat(path)
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(
            f"{shown(path)}: is a folder, not a file", "pass a file (batch takes folders)"
        )
    reader = _reader(path)
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(f"{shown(path)}: not a regular file", "pass a saved document file")
    _check_size(path, info.st_size, limits)
    document = reader(path, limits)
    if not document.text.strip():
        raise DocumentError(f"{shown(path)}: no text found", "the file holds no readable words")
    return document
