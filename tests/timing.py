"""Timing for the tests that check a hostile input stays fast."""

from __future__ import annotations

import time
from collections.abc import Callable


def fastest(run: Callable[[], object], times: int = 3) -> float:
    """The fastest of a few runs, in seconds: a shared machine may stall one."""
    best = float("inf")
    for _ in range(times):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best
