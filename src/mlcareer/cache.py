"""A small on-disk cache of derived data (parsed taxonomy, tokenized patterns, compiled
regular expressions), as JSON or bytes.

Entries are keyed by a content hash, written atomically, and only ever a speed-up: any error
reading or writing the cache, and an entry of the wrong shape, falls back to computing the
value. MLCAREER_CACHE_DIR moves the cache; MLCAREER_NO_CACHE=1 turns it off.

Each new version of the taxonomy (an upgrade, an edit of a `--taxonomy` file) keys new
entries, so a write keeps only the KEEP_PER_KIND entries of its kind ("taxonomy", "patterns",
...) used last; reading an entry marks it used.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

KEEP_PER_KIND = 8


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
    path = folder / f"{key}.json"
    try:
        value = convert(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None
    _mark_used(path)
    return value


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
    path = folder / f"{key}.bin"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    _mark_used(path)
    return data


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
    _prune(folder, name)


def _kind(name: str) -> str:
    """An entry's kind: its name up to the first "-" ("patterns-<hash>-spacy-...json")."""
    return name.split("-", 1)[0]


def _mark_used(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only cache is still read
        os.utime(path)


def _prune(folder: Path, written: str) -> None:
    """Remove the entries of the written one's kind beyond the KEEP_PER_KIND used last."""
    kind = _kind(written)
    try:
        same_kind = [
            (entry.stat().st_mtime, entry)
            for entry in folder.iterdir()
            if not entry.name.startswith(".") and _kind(entry.name) == kind
        ]
    except OSError:
        return
    same_kind.sort(key=lambda item: item[0], reverse=True)
    for _, stale in same_kind[KEEP_PER_KIND:]:
        if stale.name != written:
            with contextlib.suppress(OSError):  # another process's removal, or no right to
                stale.unlink()
