"""Bounds that keep a hostile or broken file from exhausting memory or time.

docs/limits.md lists each bound, its default and the option that changes it."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

DEFAULT_SECONDS = 20.0


def _default_seconds() -> float:
    """MLCAREER_MAX_SECONDS sets the default (tests use a short one); a value that is not a
    finite number of at least 0 ("abc", "nan", "inf", "-5") leaves the default."""
    try:
        seconds = float(os.environ.get("MLCAREER_MAX_SECONDS", "") or DEFAULT_SECONDS)
    except ValueError:
        return DEFAULT_SECONDS
    return seconds if math.isfinite(seconds) and seconds >= 0 else DEFAULT_SECONDS


def size_text(count: int) -> str:
    """A byte count for a message: 12.3 kB or 4.5 MB."""
    return f"{count / 1e6:.1f} MB" if count >= 100_000 else f"{count / 1e3:.1f} kB"


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20_000_000  # size of the file on disk
    max_pages: int = 50  # PDF pages read; the rest are skipped with a warning
    max_unzipped_bytes: int = 50_000_000  # DOCX: total size of the unpacked parts
    # Text kept from one document: a 50-page PDF holds about 250,000. Extraction must stay
    # under spaCy's 1,000,000-character limit.
    max_chars: int = 500_000
    # Longer lines are split at a space: extraction looks at a skill's whole line, so its
    # time grows with (mentions on a line) x (line length).
    max_line_chars: int = 1_000
    # Time for reading one PDF, in a child process that is killed past it (0: in this process,
    # unguarded). pdfium can loop for ever on a small hostile PDF; Python cannot stop it.
    max_seconds: float = field(default_factory=_default_seconds)
