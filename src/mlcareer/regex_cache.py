"""Regular expressions compiled once per machine instead of once per run.

`re` turns a pattern into instructions for its C engine in pure Python, and the four hundred
patterns mlcareer's modules build at import took a cold `match` longer than anything else of
its own. Those instructions depend only on the pattern, its flags and the Python release, so
they are kept in the cache (cache.py) and handed straight to the engine on later runs.

An entry is stored only once the pattern rebuilt from it compared equal (pattern, flags and
instructions) to `re.compile`'s, under a checksum of the file; on reading, the engine validates
the instructions and the groups' names are checked against their count. Any surprise (another
Python, a damaged file, moved internals) falls back to `re.compile`. Patterns built from
document text stay with `re.compile`: only patterns written in the code come here, so the
stored set stays as small as the code.
"""

from __future__ import annotations

import array
import binascii
import importlib
import marshal
import re
import sys
from typing import Any

from . import cache

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# The private parts of re used here, looked up once: a Python that moved any of them turns the
# cache off. Entries are kept per interpreter and release: the engine's MAGIC number changes
# with its instruction set, not when a bug-fix release compiles a pattern differently.
try:
    import _sre  # type: ignore[import-not-found]  # the engine behind re: no stubs

    _compiler: Any = getattr(re, "_compiler", None) or importlib.import_module("sre_compile")
    _parser: Any = getattr(re, "_parser", None) or importlib.import_module("sre_parse")
    _parse: Any = _parser.parse
    _code: Any = _compiler._code
    _engine_compile: Any = _sre.compile
    _release = sys.version.split()[0]  # "3.11.7", "3.13.0rc1"
    _KEY: str | None = f"regexes-{sys.implementation.name}-{_release}-{_sre.MAGIC}"
    if array.array("I").itemsize != _sre.CODESIZE:
        _KEY = None
except (ImportError, AttributeError):  # pragma: no cover - tested in a subprocess
    _KEY = None

# Entries of other versions of the code pile up while it is being edited: past this many, a
# save keeps only the patterns the process that saves read or compiled.
MAX_ENTRIES = 3000

_stored: dict[tuple[str, int], Entry] | None = None
_fresh: dict[tuple[str, int], re.Pattern[str]] = {}  # compiled here, for save() to store
_storing = False  # whether there is a cache to store new entries in (set on loading)
_read: set[tuple[str, int]] = set()  # the stored entries this process rebuilt patterns from


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from stored instructions when this machine has them."""
    key = (pattern, int(flags))
    entry = _stored_entries().get(key)
    if entry is not None:
        try:
            rebuilt = _rebuild(pattern, entry)
        except Exception:  # a damaged entry (OverflowError too): compile it again
            pass
        else:
            _read.add(key)
            return rebuilt
    compiled = re.compile(pattern, flags)
    # marshal stores str and bytes, not their subclasses; re.DEBUG prints on every compile
    if _storing and type(pattern) in (str, bytes) and not flags & re.DEBUG:
        _fresh[key] = compiled
    return compiled


# Letters a case-blind pattern takes for ASCII ones, which lower() does not turn into them:
# the long s, the dotless i, and the dot "İ" keeps after lower() ("i" + U+0307).
_CASE_BLIND_LOOKALIKES = str.maketrans({"ſ": "s", "ı": "i", "\u0307": None})


def matched_key(found: str) -> str:
    """A case-blind match's text as the lower-case ASCII words it was written for, to look up
    by: "Six", "ſix" and "SİX" all give "six" (the Kelvin sign lowers to "k" by itself)."""
    key = found.lower()
    return key if key.isascii() else key.translate(_CASE_BLIND_LOOKALIKES)


def save() -> None:
    """Store the patterns this process compiled afresh beside those stored before. Preparing
    an entry costs about what compiling the pattern did, so it is done here, once a machine,
    and only when the cache can be written."""
    global _stored
    fresh = dict(_fresh)  # a snapshot: other threads may still be compiling
    if not fresh or _KEY is None or not cache.can_store():
        return
    for key in fresh:
        _fresh.pop(key, None)
    prepared = {key: _entry_for(compiled, key[1]) for key, compiled in fresh.items()}
    checked = {key: entry for key, entry in prepared.items() if entry is not None}
    if not checked:
        return
    stored = _stored_entries()
    if len(stored) >= MAX_ENTRIES:
        stored = {key: stored[key] for key in _read if key in stored}
    merged = {**stored, **checked}
    cache.store_bytes(_KEY, _pack(merged))
    _stored = merged


def forget() -> None:
    """Drop what this process loaded and compiled (tests, or after moving the cache)."""
    global _stored
    _stored = None
    _fresh.clear()
    _read.clear()


def _stored_entries() -> dict[tuple[str, int], Entry]:
    global _stored
    if _stored is None:
        _stored = _load()
    return _stored


def _load() -> dict[tuple[str, int], Entry]:
    global _storing
    _storing = _KEY is not None and cache.cache_dir() is not None
    data = cache.load_bytes(_KEY) if _KEY is not None else None
    return _unpack(data) if data is not None else {}


def _pack(entries: dict[tuple[str, int], Entry]) -> bytes:
    """The entries marshalled, behind a checksum of them."""
    data = marshal.dumps(entries)
    return binascii.crc32(data).to_bytes(4, "little") + data


def _unpack(data: bytes) -> dict[tuple[str, int], Entry]:
    """What _pack stored, or nothing when the file changed since: the engine would take
    instructions damaged into others, and marshal makes room for a list before reading it."""
    checksum, packed = data[:4], data[4:]
    if len(checksum) < 4 or binascii.crc32(packed).to_bytes(4, "little") != checksum:
        return {}
    try:
        loaded = marshal.loads(packed)
    except Exception:  # MemoryError too
        return {}
    return loaded if isinstance(loaded, dict) else {}


def _rebuild(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, packed, groups, group_index, index_group = entry
    # The engine checks the instructions, not the groups' names: they must agree both ways.
    if len(index_group) != groups + 1 or any(
        not 0 < number <= groups or index_group[number] != name
        for name, number in group_index.items()
    ):
        raise ValueError("the groups' names disagree")
    code = array.array("I")
    code.frombytes(packed)
    rebuilt: re.Pattern[str] = _engine_compile(
        pattern, flags, code.tolist(), groups, group_index, index_group
    )
    return rebuilt


def _entry_for(compiled: re.Pattern[str], flags: int) -> Entry | None:
    """What rebuilds `compiled`, or None when it cannot be checked to rebuild it exactly."""
    if _KEY is None:
        return None
    try:
        parsed = _parse(compiled.pattern, flags)  # as re.compile does
        code = array.array("I", _code(parsed, flags))
        index_group: list[str | None] = [None] * (compiled.groups + 1)
        for name, number in compiled.groupindex.items():
            index_group[number] = name
        entry: Entry = (
            compiled.flags,
            code.tobytes(),
            compiled.groups,
            dict(compiled.groupindex),
            tuple(index_group),
        )
        if _rebuild(compiled.pattern, entry) != compiled:
            return None
    except Exception:
        return None
    return entry
