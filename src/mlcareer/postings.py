"""Job descriptions bundled with mlcareer (data/job_descriptions), usable by name."""

from __future__ import annotations

import re
from pathlib import Path

from . import regex_cache
from .documents.stdin import is_stdin
from .errors import DocumentError
from .models import BundledPosting
from .resources import data_path

# "Title:", and the labels of a public-sector or job-board header: "Position Title:",
# "Position:", "Job Role:"
HEADER = regex_cache.compile(
    r"^(?:(?:job|position|post|vacancy)[ \t]+)?(title|level|role|position)\s*:\s*(.+)$",
    re.I | re.M,
)
HEADER_LINES = 6
# Fields set side by side on one line: "Team: Voice · Level: Senior · Location: Remote"
_FIELD_SEPARATOR = regex_cache.compile(r"[ \t]+[·|•][ \t]+")


def header_fields(text: str) -> dict[str, str]:
    """The "Title:", "Level:", "Role:" and "Position:" fields at the top of a posting, each on
    a line of its own or beside others, by lower-case key."""
    fields = [
        part for line in text.splitlines()[:HEADER_LINES] for part in _FIELD_SEPARATOR.split(line)
    ]
    head = "\n".join(fields)
    return {m.group(1).lower(): m.group(2).strip() for m in HEADER.finditer(head)}


def _folder() -> Path:
    return data_path("job_descriptions")


def bundled_postings() -> list[BundledPosting]:
    """Every bundled posting, by name, with the header fields it declares."""
    out = []
    for path in sorted(_folder().glob("*.txt")):
        with path.open(encoding="utf-8") as handle:
            fields = header_fields("".join(next(handle, "") for _ in range(HEADER_LINES)))
        out.append(
            BundledPosting(
                name=path.stem,
                title=fields.get("title"),
                level=fields.get("level"),
                role=fields.get("role"),
                path=str(path),
            )
        )
    return out


def bundled_posting(argument: Path) -> Path | None:
    """The bundled posting a bare name ("senior-ml-engineer", with or without ".txt") names,
    when no file of that name exists here."""
    if argument.exists() or argument.parent != Path("."):
        return None
    bundled = _folder() / f"{argument.name.removesuffix('.txt')}.txt"
    return bundled if bundled.is_file() else None


def resolve_posting(argument: Path) -> Path:
    """An existing file as given, or "-" for standard input; otherwise the bundled posting of
    that name."""
    if argument.exists() or is_stdin(argument):
        return argument
    if bundled := bundled_posting(argument):
        return bundled
    if argument.parent == Path(".") and not argument.suffix:
        names = ", ".join(p.name for p in bundled_postings())
        raise DocumentError(
            f"{str(argument)!r} is neither a file nor a bundled posting",
            f"give a job-description file, or one of: {names} (see 'mlcareer jobs')",
        )
    return argument  # the reader reports the missing file
