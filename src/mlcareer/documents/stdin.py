"""A document piped in on standard input, named "-" on the command line: a job description
copied from a web page (`pbpaste | mlcareer match resume.pdf -`) need not be saved first."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import BinaryIO

from ..errors import DocumentError, UsageError
from ..models import Document
from .html_text import looks_like_html
from .json_resume import looks_like_json
from .limits import Limits, size_text

STDIN = "-"
SHOWN_AS = "standard input"
_HINT = "pipe a document in, e.g. 'pbpaste | mlcareer match resume.pdf -'"


def is_stdin(path: Path | str | None) -> bool:
    return path is not None and str(path) == STDIN


def refuse_repeated_stdin(paths: list[Path | None]) -> None:
    """Standard input can be read once: "-" may stand for one document of a run only."""
    if sum(is_stdin(path) for path in paths) > 1:
        raise UsageError(
            "'-' (standard input) is given more than once",
            "pipe in one document and pass the others as files",
        )


def _suffix(raw: bytes) -> str:
    """The reader for piped bytes, by their first bytes: PDF and DOCX (a zip) have magic
    numbers, a web page opens with its doctype or <html> tag, JSON (a resume.json) is an object
    that parses whole; anything else is read as text, which reports bytes that are not."""
    if b"%PDF-" in raw[:1024]:  # pdfium, like most readers, allows junk before the header
        return ".pdf"
    if raw.startswith(b"PK\x03\x04"):
        return ".docx"
    if looks_like_json(raw):
        return ".json"
    return ".html" if looks_like_html(raw) else ".txt"


def _read_limited(stream: BinaryIO, limits: Limits) -> bytes:
    raw = stream.read(limits.max_bytes + 1)
    if not raw:
        raise DocumentError(f"{SHOWN_AS}: nothing was piped in", _HINT)
    if len(raw) > limits.max_bytes:
        raise DocumentError(
            f"{SHOWN_AS}: more than the {size_text(limits.max_bytes)} limit",
            "pipe a smaller document, or raise the limit with --max-file-mb",
        )
    return raw


def read_stdin(limits: Limits, stream: BinaryIO | None = None) -> Document:
    """The piped document, read by the reader its bytes call for. The readers take a file, so
    the bytes go to a private temporary one; messages name standard input, never that file."""
    from . import READERS  # the package imports this module

    if stream is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise DocumentError(f"{SHOWN_AS}: nothing is piped in", _HINT)
        stream = sys.stdin.buffer
    raw = _read_limited(stream, limits)
    suffix = _suffix(raw)
    with tempfile.TemporaryDirectory(prefix="mlcareer-") as folder:
        path = Path(folder) / f"stdin{suffix}"
        path.write_bytes(raw)
        try:
            document = READERS[suffix](path, limits)
        except DocumentError as e:
            raise DocumentError(e.message.replace(str(path), SHOWN_AS), e.hint) from e
    return document.model_copy(update={"path": STDIN})
