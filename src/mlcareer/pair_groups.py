"""Pairs grouped by the documents they share, so that a worker can extract a group's documents
and score its pairs itself: its profiles then never cross a process boundary.

Documents are the nodes and pairs the edges of a graph; a connected component is a set of pairs
whose documents no other pair needs. When every component is small next to the whole batch,
whole components are packed into chunks of about equal work. When one component is large (a
cross product of many resumes and many postings), it could not be shared between the workers,
and `component_chunks` returns None: the caller extracts and scores in two phases instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# Work is counted in pairs scored: extracting a document costs about four times as much
# (about 2.9 ms against 0.7 ms for a .txt resume and posting, measured in one process).
DOCUMENT_COST = 4
# A chunk holds about this much work (about 90 ms): enough to make its round trip to the
# worker negligible, small enough to keep the workers evenly loaded to the end.
CHUNK_COST = 128
# A component is small when it holds at most 1/PIECES_PER_WORKER of a worker's fair share of
# the work, or at most one chunk's work and no more than that share: the worker that draws the
# last large component would otherwise finish long after the others.
PIECES_PER_WORKER = 4


def components(pairs: Sequence[tuple[Path, Path]]) -> list[tuple[list[int], int]]:
    """The connected components of the pairs: each one's pair indices in input order and its
    number of distinct documents, the components ordered by their first pair. A document is
    a path as a resume or as a posting, as the batch extracts it."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(node: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving
            node = parent[node]
        return node

    for resume, jd in pairs:
        a, b = root((str(resume), "resume")), root((str(jd), "posting"))
        if a != b:
            parent[b] = a
    members: dict[tuple[str, str], list[int]] = {}
    for i, (resume, _) in enumerate(pairs):
        members.setdefault(root((str(resume), "resume")), []).append(i)
    documents: dict[tuple[str, str], int] = {}
    for node in parent:
        top = root(node)
        documents[top] = documents.get(top, 0) + 1
    return [(indices, documents[top]) for top, indices in members.items()]


def cost(component: tuple[list[int], int]) -> int:
    indices, documents = component
    return DOCUMENT_COST * documents + len(indices)


def component_chunks(pairs: Sequence[tuple[Path, Path]], workers: int) -> list[list[int]] | None:
    """Chunks of pair indices, each a run of whole components in input order, or None when a
    component is too large to be given to one worker (see PIECES_PER_WORKER)."""
    found = components(pairs)
    total = sum(map(cost, found))
    piece = total // (workers * PIECES_PER_WORKER)
    if not found or max(map(cost, found)) > max(piece, min(CHUNK_COST, total // workers)):
        return None
    budget = max(1, min(CHUNK_COST, piece))
    chunks: list[list[int]] = []
    chunk: list[int] = []
    filled = 0
    for component in found:
        chunk.extend(component[0])
        filled += cost(component)
        if filled >= budget:
            chunks.append(chunk)
            chunk, filled = [], 0
    if chunk:
        chunks.append(chunk)
    return chunks
