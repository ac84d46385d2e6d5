"""A small on-disk cache of derived data (parsed taxonomy, tokenized patterns, compiled
regular expressions), as JSON or bytes.

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
    try:
        text = json.dumps(value, separators=(",", ":"))
    except (TypeError, ValueError):
        return
    _write(f"{key}.json", text.encode("utf-8"))


def load_bytes(key: str) -> bytes | None:
    """The binary entry under `key` (regex_cache's compiled patterns), or None."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / f"{key}.bin").read_bytes()
    except OSError:
        return None


def can_store() -> bool:
    """Whether entries can be written now: a cache folder that exists or can be made, and that
    this user may write in."""
    folder = cache_dir()
    if folder is None:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def store_bytes(key: str, data: bytes) -> None:
    _write(f"{key}.bin", data)


def _write(name: str, data: bytes) -> None:
    """Write one entry atomically; any failure only leaves the entry out."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
    except OSError:
        return  # a read-only home or a full disk only costs speed
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, folder / name)
    except OSError:
        pass
    finally:
        Path(temporary).unlink(missing_ok=True)
