"""batch --engine dask: the local engine's rows on the CLI's LocalCluster and on a real scheduler
with two worker processes (one for the module); a worker killed mid-run loses no row."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("scipy")

from distributed import Client
from typer.testing import Result

from mlcareer.api import Options
from mlcareer.batch import collect, collect_pairs, run_batch
from mlcareer.distributed import iter_dask
from mlcareer.prerank import Prerank

from .conftest import AS_OF, EXAMPLES, POSTINGS
from .conftest import invoke as run
from .dask_cluster import real_cluster

Workers = list[subprocess.Popen[bytes]]
RESUMES = sorted(EXAMPLES.glob("*.txt"))
JDS = sorted(POSTINGS.glob("*.txt"))


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Three copies of each example resume, a broken one, and the bundled postings."""
    resumes, jds = tmp_path / "resumes", tmp_path / "jds"
    resumes.mkdir()
    jds.mkdir()
    for copy in range(3):
        for path in RESUMES:
            shutil.copy(path, resumes / f"{copy}-{path.name}")
    (resumes / "broken.pdf").write_bytes(b"%PDF-1.7 not really a pdf")
    for path in JDS:
        shutil.copy(path, jds / path.name)
    return resumes, jds


def rows(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def grid(folders: tuple[Path, Path]) -> list[tuple[Path, Path]]:
    return collect_pairs(None, [str(folders[0])], [str(folders[1])])


def test_cli_local_cluster_gives_the_local_rows(folders: tuple[Path, Path]) -> None:
    resumes, jds = folders
    args = ("batch", "--resumes", resumes, "--jds", jds, "--format", "json")
    local = run(*args, "-j", "1")
    dask = run(*args, "--engine", "dask", "-j", "2")
    assert local.exit_code == dask.exit_code == 3  # the broken resume
    assert dask.stdout == local.stdout
    assert dask.stderr.splitlines()[-1] == local.stderr.splitlines()[-1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Workers]]:
    """A real `dask scheduler` and two `dask worker` processes on 127.0.0.1, started once for
    the module (starting them is most of its time). Only the last test kills a worker; a test
    run after it would give the same rows on the one left."""
    with real_cluster(tmp_path_factory.mktemp("cluster")) as (address, workers):
        with Client(address, timeout="30s") as connected:
            connected.wait_for_workers(2, timeout=60)
        yield address, list(workers)


@pytest.fixture
def client(cluster: tuple[str, Workers]) -> Iterator[Client]:
    """A client of the module's cluster, closed after its test: nothing it computed stays on
    the workers for the next test."""
    with Client(cluster[0], timeout="30s") as connected:
        yield connected


@pytest.mark.parametrize("spec", [None, Prerank(2, "jd"), Prerank(3, "resume")])
def test_small_blocks_and_prerank_give_the_local_rows(
    client: Client, folders: tuple[Path, Path], spec: Prerank | None
) -> None:
    pairs = grid(folders)
    local = run_batch(pairs, Options(as_of=AS_OF), jobs=1, prerank=spec)
    dask = collect(iter_dask(pairs, Options(as_of=AS_OF), client, spec, block_size=5))
    assert dask.rows == local.rows
    if spec is not None:
        assert len(local.rows) < len(pairs)


def test_cli_through_a_running_scheduler(
    cluster: tuple[str, Workers], folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    address, _ = cluster
    monkeypatch.chdir(folders[0].parent)  # relative paths: the workers run elsewhere
    args = ("batch", "--resumes", "resumes", "--jds", "jds", "--format", "jsonl")
    local = run(*args, "-j", "1")
    remote = run(*args, "--engine", "dask", "--scheduler", address)
    assert remote.exit_code == local.exit_code == 3
    assert remote.stdout == local.stdout
    streamed = run(*args, "--engine", "dask", "--scheduler", address, "--stream")
    unranked = [{k: v for k, v in row.items() if k != "rank"} for row in rows(local)]
    assert sorted(rows(streamed), key=str) == sorted(unranked, key=str)  # any order, no rank


def _a_busy_worker(client: Client, workers: Workers) -> subprocess.Popen[bytes] | None:
    """A worker holding results or tasks, waited for a few seconds: on a loaded machine the
    first worker asked may be idle for a moment while the other holds everything."""
    addresses = {pid: address for address, pid in client.run(os.getpid).items()}
    for _ in range(50):
        held, processing = client.has_what(), client.processing()
        for worker in workers:
            address = addresses.get(worker.pid)
            if address and (held.get(address) or processing.get(address)):
                return worker
        time.sleep(0.1)
    return None


def test_a_worker_killed_mid_run_loses_no_row(
    cluster: tuple[str, Workers], folders: tuple[Path, Path]
) -> None:
    address, workers = cluster
    pairs = grid(folders)
    expected = run_batch(pairs, Options(as_of=AS_OF), jobs=1)
    with Client(address, timeout="30s") as connected:
        rows = iter_dask(pairs, Options(as_of=AS_OF), connected, block_size=3)
        got = [next(rows)]  # the run is under way; most blocks are not even submitted yet
        victim = _a_busy_worker(connected, workers)
        assert victim is not None, "a worker should hold results or tasks"
        victim.kill()
        victim.wait()
        got.extend(rows)
        assert len(connected.scheduler_info()["workers"]) == 1
    assert collect(got).rows == expected.rows
