"""The Dask engine: the local engine's batch on a cluster, with the same rows.

Stage 1 extracts each distinct document in a task of its own, on a worker (the workers read the
files, so the paths must reach them). Stage 2 scores blocks of pairs in tasks that take the
profiles' futures: profiles move between workers, never through the client. Blocks go in a
window at a time, in tiles of resumes x postings; a document is extracted when the first block
needing it is submitted and released when the last one is done, so the cluster holds a bounded
number of profiles. Tasks are retried, and the work of a lost worker is redone by Dask.

Importing this module imports dask: the CLI does it only for --engine dask.
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from distributed import Client, Future, LocalCluster, as_completed, wait

from .api import Options
from .batch import (
    Extracted,
    Indexed,
    Pair,
    Task,
    error_row,
    extract_document,
    note_misread_documents,
    progress_bar,
    reads_as_the_other_kind,
    score_pair,
)
from .errors import UsageError
from .models import Failure
from .read_once import readings_kept

if TYPE_CHECKING:
    from .prerank import Candidates, PostingMatrix, Prerank

RETRIES = 2  # a task that raised runs again this often; a lost worker's tasks are redone anyway
BLOCK_PAIRS = 512  # pairs per scoring task
TILE = 32  # a block covers about TILE resumes x BLOCK_PAIRS / TILE postings
KEEP_PROFILES = 20_000  # pre-ranking keeps up to this many resume profiles (~80 KB each)
CONNECT_TIMEOUT = "10s"


@contextlib.contextmanager
def dask_client(scheduler: str | None, jobs: int | None) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a new LocalCluster of `jobs` processes."""
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as e:
            raise UsageError(
                f"--scheduler {scheduler}: cannot connect ({e})",
                "start one with: dask scheduler; dask worker ADDRESS (e.g. tcp://127.0.0.1:8786)",
            ) from e
        with client:
            yield client
        return
    with warnings.catch_warnings():
        # the scheduler's HTTP server moves off a busy default port and says so as a Python
        # warning; with the dashboard off, that port is nothing the user asked for
        warnings.filterwarnings("ignore", "Port .* is already in use", UserWarning)
        cluster = LocalCluster(
            n_workers=jobs or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    with cluster, Client(cluster) as client:
        yield client


# --- what runs on the workers ------------------------------------------------------------------


def extract_remote(task: Task, read_from: str, options: Options) -> Extracted:
    """Extract `read_from` (absolute), reported under the path as given, as the local engine
    reports it."""
    shown = task[0]
    result = extract_document((read_from, task[1]), options)
    if read_from != shown:
        result.path = shown
        if isinstance(result, Failure):
            result.error = result.error.replace(read_from, shown)
    return result


def score_block(
    items: list[tuple[int, Pair, int, int]], options: Options, *docs: Extracted
) -> list[Indexed]:
    with readings_kept({}):  # a resume's own readings once for the block's pairs
        return [(i, score_pair(docs[r], docs[j], pair, options)) for i, pair, r, j in items]


def prerank_block(
    start: int, matrix: PostingMatrix, options: Options, spec: Prerank, *resumes: Extracted
) -> tuple[Candidates, list[int], list[int]]:
    """The block's best candidates, which of its resumes failed to extract, and which read
    as postings."""
    from .prerank import block_candidates

    failed = [start + n for n, r in enumerate(resumes) if isinstance(r, Failure)]
    misread = [start + n for n, r in enumerate(resumes) if reads_as_the_other_kind(r, "resume")]
    return block_candidates(start, resumes, matrix, options, spec), failed, misread


# --- the client side ---------------------------------------------------------------------------


def _describe(error: BaseException | None) -> str:
    return f"task failed: {type(error).__name__}: {error}"


TASK_HINT = "a task failed on the cluster for good: see the workers' logs, then run again"


class _Documents:
    """Extraction futures, submitted on first need and dropped when no pending task needs
    them; a document whose task failed for good becomes a Failure."""

    def __init__(self, client: Client, options: Future[Any]) -> None:
        self.client, self.options = client, options
        self.futures: dict[Task, Future[Any]] = {}
        self.failed: dict[Task, Failure] = {}
        self.needed: Counter[Task] = Counter()

    def get(self, task: Task) -> Future[Any] | Failure:
        if task in self.failed:
            return self.failed[task]
        if task not in self.futures:
            self.futures[task] = self.client.submit(
                extract_remote,
                task,
                os.path.abspath(task[0]),
                self.options,
                retries=RETRIES,
                pure=False,
            )
        return self.futures[task]

    def release(self, tasks: Sequence[Task]) -> None:
        """One task that needed these is done; drop the ones no other task needs."""
        for task in tasks:
            self.needed[task] -= 1
            if self.needed[task] <= 0:
                self.futures.pop(task, None)

    def settle(self, tasks: Sequence[Task]) -> bool:
        """After a task failed: mark its documents whose extraction failed; True if any was
        found (the task is then worth submitting again, with Failures in their place)."""
        found = False
        for task in tasks:
            future = self.futures.get(task)
            if future is not None and future.status == "error":
                self.failed[task] = Failure(
                    path=task[0], error=_describe(future.exception()), hint=TASK_HINT
                )
                del self.futures[task]
                found = True
        return found


def _workers(client: Client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


class _Window:
    """Tasks 0..count-1 submitted a window at a time, yielded (number, future) as they
    finish; the caller may start one again, and calls `more` when one is done for good."""

    def __init__(self, client: Client, count: int, submit: Callable[[int], Future[Any]]) -> None:
        self.submit, self.todo = submit, iter(range(count))
        self.running = as_completed()
        self.owner: dict[Future[Any], int] = {}
        for n in islice(self.todo, max(8, 4 * _workers(client))):
            self.start(n)

    def start(self, n: int) -> None:
        future = self.submit(n)
        self.owner[future] = n
        self.running.add(future)

    def more(self) -> None:
        for n in islice(self.todo, 1):
            self.start(n)

    def __iter__(self) -> Iterator[tuple[int, Future[Any]]]:
        """Finished or failed tasks; one whose result was lost with its worker after it
        finished is being computed again, and comes back when it is done."""
        for future in self.running:
            if future.status in ("finished", "error", "cancelled"):
                yield self.owner.pop(future), future
            else:
                self.running.add(future)


def _blocks(pairs: Sequence[Pair], indices: Sequence[int], size: int) -> list[list[int]]:
    """Pair indices cut into blocks of `size`, in tiles so that a block needs few documents."""
    resumes = {p: n for n, p in enumerate(dict.fromkeys(str(r) for r, _ in pairs))}
    postings = {p: n for n, p in enumerate(dict.fromkeys(str(j) for _, j in pairs))}
    across = max(1, size // TILE)

    def tile(i: int) -> tuple[int, int, int, int]:
        r, j = resumes[str(pairs[i][0])], postings[str(pairs[i][1])]
        return (r // TILE, j // across, j, r)

    ordered = sorted(indices, key=tile)
    return [ordered[n : n + size] for n in range(0, len(ordered), size)]


def _pair_tasks(pair: Pair) -> tuple[Task, Task]:
    return (str(pair[0]), "resume"), (str(pair[1]), "posting")


def _score(
    client: Client,
    pairs: Sequence[Pair],
    indices: Sequence[int],
    docs: _Documents,
    progress: bool,
    block_size: int,
) -> Iterator[Indexed]:
    """Stage 2: rows of the pairs at `indices`, as their blocks finish."""
    blocks = _blocks(pairs, indices, block_size)
    needs = [
        list(dict.fromkeys(t for i in block for t in _pair_tasks(pairs[i]))) for block in blocks
    ]
    for tasks in needs:
        docs.needed.update(tasks)
    for task in [t for t in docs.futures if not docs.needed[t]]:
        del docs.futures[task]  # extracted for the pre-ranking, not kept

    def submit(n: int) -> Future[Any]:
        position = {task: k for k, task in enumerate(needs[n])}
        items = [(i, pairs[i], *(position[t] for t in _pair_tasks(pairs[i]))) for i in blocks[n]]
        args = [docs.get(task) for task in needs[n]]
        return client.submit(score_block, items, docs.options, *args, retries=RETRIES, pure=False)

    window = _Window(client, len(blocks), submit)
    with progress_bar(progress, len(indices), "scoring pairs") as advance:
        for n, future in window:
            if future.status == "error" and docs.settle(needs[n]):
                window.start(n)  # again, with the failed documents as Failures
                continue
            yield from _rows(future, pairs, blocks[n])
            advance(len(blocks[n]))
            docs.release(needs[n])
            window.more()


def _rows(future: Future[Any], pairs: Sequence[Pair], block: list[int]) -> list[Indexed]:
    if future.status == "finished":
        rows: list[Indexed] = future.result()
        return rows
    error = _describe(future.exception())
    return [(i, error_row(str(pairs[i][0]), str(pairs[i][1]), error, TASK_HINT)) for i in block]


def _gather(docs: _Documents, tasks: list[Task]) -> list[Extracted]:
    """Documents brought to the client (the postings, for the pre-ranking matrix)."""
    wait([f for f in map(docs.get, tasks) if isinstance(f, Future)])
    docs.settle(tasks)
    found = [docs.get(task) for task in tasks]
    return [f.result() if isinstance(f, Future) else f for f in found]


def _prerank(
    client: Client,
    pairs: Sequence[Pair],
    options: Options,
    docs: _Documents,
    spec: Prerank,
    misread: dict[str, str],
) -> list[int]:
    """Stage 1b: approximate scores by blocks of resumes on the workers, each block's best
    candidates merged here. Beyond KEEP_PROFILES resumes, profiles are dropped after their
    block (the few kept are extracted again for stage 2): cluster memory stays bounded.
    `misread` gets the documents that read as the other kind."""
    from .prerank import BLOCK, distinct, kept_pairs, merge, posting_matrix

    resumes, postings = distinct(pairs)
    posting_tasks = [(p, "posting") for p in postings]
    posting_docs = _gather(docs, posting_tasks)
    note_misread_documents(dict(zip(posting_tasks, posting_docs, strict=True)), misread)
    failed = {
        (p, "posting")
        for p, d in zip(postings, posting_docs, strict=True)
        if isinstance(d, Failure)
    }
    shared = client.scatter(posting_matrix(posting_docs, options), broadcast=True, hash=False)
    size = min(BLOCK, max(256, -(-len(resumes) // (2 * _workers(client)))))  # all workers busy
    blocks = [[(r, "resume") for r in resumes[s : s + size]] for s in range(0, len(resumes), size)]

    def submit(n: int) -> Future[Any]:
        args = [docs.get(task) for task in blocks[n]]
        return client.submit(
            prerank_block, n * size, shared, docs.options, spec, *args, retries=RETRIES, pure=False
        )

    parts = []
    window = _Window(client, len(blocks), submit)
    for n, future in window:
        if future.status == "error" and docs.settle(blocks[n]):
            window.start(n)
            continue
        if future.status == "finished":
            candidates, failed_resumes, misread_resumes = future.result()
            parts.append(candidates)
            failed.update((resumes[i], "resume") for i in failed_resumes)
            misread.update((resumes[i], "resume") for i in misread_resumes)
        else:  # failed for good: its resumes become error rows
            error = _describe(future.exception())
            for task in blocks[n]:
                docs.failed.setdefault(task, Failure(path=task[0], error=error, hint=TASK_HINT))
        if len(resumes) > KEEP_PROFILES:
            for task in blocks[n]:
                docs.futures.pop(task, None)
        window.more()
    return kept_pairs(pairs, merge(parts, spec.k), spec, failed | set(docs.failed))


def iter_dask(
    pairs: Sequence[Pair],
    options: Options,
    client: Client,
    prerank: Prerank | None = None,
    progress: bool = False,
    block_size: int = BLOCK_PAIRS,
    misread: dict[str, str] | None = None,
) -> Iterator[Indexed]:
    """Rows of the batch, tagged with their pair's index, in the order they finish; with
    pre-ranking, `misread` gets the documents that read as the other kind."""
    options.taxonomy  # noqa: B018  (loaded here, the workers get it with the options)
    docs = _Documents(client, client.scatter(options, broadcast=True, hash=False))
    indices: Sequence[int] = range(len(pairs))
    if prerank is not None:
        indices = _prerank(
            client, pairs, options, docs, prerank, {} if misread is None else misread
        )
    yield from _score(client, pairs, indices, docs, progress, block_size)
