"""Read a file into a Document: one reader per format, chosen by the file's suffix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import DocumentError
from ..models import Document
from .limits import Limits
from .readers import read_docx, read_pdf, read_text

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


def read_document(path: Path, limits: Limits | None = None) -> Document:
    """Read `path` with the reader for its suffix; raise DocumentError with a hint on failure."""
    limits = limits or Limits()
    if not path.exists():
        raise DocumentError(f"{path}: no such file", "check the path and its spelling")
    if path.is_dir():
        raise DocumentError(f"{path}: is a folder, not a file", "pass a file (batch takes folders)")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise DocumentError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}",
            f"save it as one of {known} (for .doc or .rtf, export to .docx or PDF)",
        )
    try:
        size = path.stat().st_size
    except OSError as e:
        raise DocumentError(
            f"{path}: cannot read: {e.strerror}", "check the file's permissions"
        ) from e
    if size == 0:
        raise DocumentError(f"{path}: the file is empty", "export the document again")
    if size > limits.max_bytes:
        raise DocumentError(
            f"{path}: {_size(size)} is over the {_size(limits.max_bytes)} limit",
            "export a smaller copy, or raise the limit with --max-file-mb",
        )
    document = reader(path, limits)
    if not document.text.strip():
        raise DocumentError(f"{path}: no text found", "the file holds no readable words")
    return document
