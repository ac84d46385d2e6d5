"""Run work that Python cannot interrupt (pdfium parsing a PDF) in a forked child process with
a time limit and a memory limit.

A 700-byte PDF whose form XObject draws itself twice makes pdfium's page loading run for ever
and take gigabytes: only a separate process can be stopped. fork is cheap here (the modules
are already loaded) and works in pool workers too; where there is no fork (Windows), the work
runs in this process without the guard.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import pickle
import selectors
import signal
import time
import traceback
from collections.abc import Callable
from typing import Any

EXTRA_MEMORY = 1 << 30  # address space the child may add to what it inherits: 1 GiB


class Stopped(Exception):
    """The child ran out of time or memory, or died. `reason` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _limit_memory() -> None:
    try:
        import resource

        with open("/proc/self/statm") as stream:
            inherited = int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = inherited + EXTRA_MEMORY
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, OSError, ValueError):
        pass  # no /proc or no resource module: the time limit still holds


def _child(write_fd: int, work: Callable[[], Any]) -> None:
    """Runs in the child: never returns, never runs the parent's exit handlers."""
    code = 0
    try:
        faulthandler.disable()  # a crash here is reported by the parent, without a dump
        # The inherited objects are the parent's to collect: a collection here would touch,
        # and so copy, every page they stand on (it made a 40-page PDF read 2.5 times slower).
        gc.freeze()
        _limit_memory()
        try:
            payload = pickle.dumps(("ok", work()))
        except BaseException as e:
            payload = pickle.dumps(("error", f"{type(e).__name__}: {e}", traceback.format_exc()))
        with os.fdopen(write_fd, "wb") as stream:
            stream.write(payload)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _read_until(fd: int, deadline: float) -> bytes | None:
    """All the child writes, or None when the deadline comes first."""
    chunks: list[bytes] = []
    with selectors.DefaultSelector() as selector:  # epoll: no limit on the fd's number
        selector.register(fd, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not selector.select(left):
                return None
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def run_isolated(work: Callable[[], Any], seconds: float) -> Any:
    """`work()` in a child process; raise Stopped past `seconds`, on memory exhaustion or when
    the child dies, and RuntimeError (with the child's traceback) when `work` raised."""
    if not hasattr(os, "fork") or seconds <= 0:
        return work()
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(write_fd, work)
    os.close(write_fd)
    payload: bytes | None = None
    try:
        payload = _read_until(read_fd, time.monotonic() + seconds)
    finally:
        os.close(read_fd)
        if payload is None:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    if payload is None:
        raise Stopped(f"took longer than {seconds:g} s")
    try:
        outcome = pickle.loads(payload)  # written by our own child, never by a document
    except (pickle.UnpicklingError, EOFError, ValueError) as e:  # it died while writing
        died = os.WIFSIGNALED(status) or os.WEXITSTATUS(status) != 0
        raise Stopped("crashed or ran out of memory" if died else "stopped without a result") from e
    if outcome[0] == "error":
        if outcome[1].startswith("MemoryError"):
            raise Stopped("ran out of memory")
        raise RuntimeError(f"{outcome[1]}\n{outcome[2]}")
    return outcome[1]
