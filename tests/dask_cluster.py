"""A real Dask cluster for tests and benchmarks: `dask scheduler` and `dask worker` processes on
127.0.0.1, always stopped on the way out (they also stop by themselves when left idle)."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

START_TIMEOUT = 60.0


@contextlib.contextmanager
def real_cluster(
    folder: Path, workers: int = 2
) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """(scheduler address, worker processes). The workers run in `folder`, not in the
    client's folder, so relative paths only work if the client resolves them."""
    scheduler_file = folder / "scheduler.json"
    log = (folder / "dask.log").open("wb")
    processes: list[subprocess.Popen[bytes]] = []

    def start(*args: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [sys.executable, "-m", *args], cwd=folder, stdout=log, stderr=log, env=_same_code()
        )
        processes.append(process)
        return process

    scheduler = ["--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--idle-timeout", "300s"]
    worker = ["--host", "127.0.0.1", "--nthreads", "1", "--no-nanny", "--no-dashboard"]
    worker += ["--death-timeout", "60s", "--memory-limit", "2GB"]
    try:
        start("distributed.cli.dask_scheduler", *scheduler, "--scheduler-file", str(scheduler_file))
        address = _wait_for_address(scheduler_file)
        workers_started = [
            start("distributed.cli.dask_worker", address, *worker) for _ in range(workers)
        ]
        yield address, workers_started
    finally:
        for process in reversed(processes):  # the workers first, while the scheduler is up
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()


def _same_code() -> dict[str, str]:
    """The environment with the client's mlcareer first on the path: a relative PYTHONPATH
    ("src") would not resolve in the workers' folder and they would import another copy."""
    import mlcareer

    source = str(Path(mlcareer.__file__).resolve().parents[1])
    paths = [source, *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _wait_for_address(scheduler_file: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError, KeyError):
            address = str(json.loads(scheduler_file.read_text())["address"])
            if address.startswith("tcp://127.0.0.1:"):
                return address
        time.sleep(0.1)
    raise TimeoutError(f"no dask scheduler address in {scheduler_file}")
