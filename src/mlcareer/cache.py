"""A small on-disk cache of derived data (parsed taxonomy, tokenized patterns) as JSON.

Entries are keyed by a content hash, written atomically, and only ever a speed-up: any error
reading or writing the cache, and an entry of the wrong shape, falls back to computing the
value. MLCAREER_CACHE_DIR moves the cache; MLCAREER_NO_CACHE=1 turns it off.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    if os.environ.get("MLCAREER_NO_CACHE"):
        return None
    explicit = os.environ.get("MLCAREER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mlcareer"


def load(key: str, convert: Callable[[Any], Any] = lambda value: value) -> Any | None:
    """The entry under `key` passed through `convert`, or None. A missing or unreadable entry
    is a miss, and so is one of the wrong shape: `convert` rejects it with ValueError or
    TypeError (pydantic's ValidationError is a ValueError)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return convert(json.loads((folder / f"{key}.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def store(key: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{key}.")
    except OSError:
        return  # a read-only home or a full disk only costs speed
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(value, stream, separators=(",", ":"))
        os.replace(temporary, folder / f"{key}.json")
    except (OSError, TypeError, ValueError):
        pass
    finally:
        Path(temporary).unlink(missing_ok=True)
