"""Readings of a resume that every pair repeats, read once per resume in a batch.

Scoring a pair reads some things of the resume alone: its skills without the negated
mentions, the skills its job titles name, the skills its skills imply. A batch that scores one
resume against many postings (or many resumes against many) would read them again for each
pair. Within `readings_kept`, a function marked `once_per_profile` reads them once for each
set of arguments (the same objects) and gives the same result after: the batch's profiles are
not changed while it scores them. Outside it, every call reads afresh, as a caller of the
Python API that edits a profile between two comparisons expects.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import ParamSpec, TypeVar, cast

P = ParamSpec("P")
T = TypeVar("T")
# (function, id of each argument) -> (the arguments, the reading): holding the arguments keeps
# their ids theirs while the reading is kept
Kept = dict[tuple[object, ...], tuple[tuple[object, ...], object]]

_KEPT: ContextVar[Kept | None] = ContextVar("mlcareer_readings_kept", default=None)


@contextlib.contextmanager
def readings_kept(kept: Kept) -> Iterator[None]:
    """Keep the readings of `once_per_profile` functions in `kept` (a batch's profiles, which
    stay as they are) while in force; per thread, as each thread runs its own batch."""
    token = _KEPT.set(kept)
    try:
        yield
    finally:
        _KEPT.reset(token)


def once_per_profile(read: Callable[P, T]) -> Callable[P, T]:
    """`read`, whose result depends only on its arguments' contents and is never changed by
    its callers, read once per set of arguments within readings_kept."""

    @functools.wraps(read)
    def kept_read(*args: P.args, **kwargs: P.kwargs) -> T:
        kept = _KEPT.get()
        if kept is None or kwargs:
            return read(*args, **kwargs)
        key = (read, *map(id, args))
        if key not in kept:
            kept[key] = (args, read(*args, **kwargs))  # no keywords here
        return cast(T, kept[key][1])

    return kept_read
