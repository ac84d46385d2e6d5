"""How much of the exact top-K does --prerank keep? Measured on the RJDB cases of ../shared/eval.

    python benchmarks/prerank_recall.py [--postings 100] [--top 10] [--jobs 2]

Every posting of the first --postings cases against every resume (matched and unmatched copies
of all cases: 1000), scored exactly; then pre-ranked with K = 1, 2, 5 and 10 x --top. Per
posting: which of the exact top --top the candidates hold (recall), whether the final top list
after exact scoring has the exact top list's scores at every rank (ties may swap equal-scored
resumes), and whether it is the same list outright.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from mlcareer.api import Options
from mlcareer.batch import BatchResult, Row, extract_profiles, score_pair
from mlcareer.prerank import Prerank

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT.parent / "shared" / "eval" / "cases" / "pairs"


def top_lists(rows: list[Row], top: int) -> dict[str, list[tuple[str, float]]]:
    lists: dict[str, list[tuple[str, float]]] = {}
    for row in BatchResult(rows).ranked("jd", top):
        if "error" not in row:
            lists.setdefault(row["jd"], []).append((row["resume"], row["score"]))
    return lists


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=CASES)
    parser.add_argument("--postings", type=int, default=100)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    cases = sorted(p for p in args.cases.iterdir() if p.is_dir())
    jds = [case / "jd.txt" for case in cases[: args.postings]]
    resumes = [case / name for case in cases for name in ("matched.txt", "unmatched.txt")]
    pairs = [(r, j) for j in jds for r in resumes]
    options = Options(as_of=2026 * 12 + 10)

    start = time.perf_counter()
    profiles = extract_profiles(pairs, options, args.jobs)
    extracted = time.perf_counter() - start
    start = time.perf_counter()
    rows = [
        score_pair(profiles[(str(r), "resume")], profiles[(str(j), "posting")], (r, j), options)
        for r, j in pairs
    ]
    exact_seconds = time.perf_counter() - start
    exact = top_lists(rows, args.top)
    print(f"{len(jds)} postings x {len(resumes)} resumes = {len(pairs)} pairs; extraction "
          f"{extracted:.1f} s, exact scoring of every pair {exact_seconds:.1f} s")  # fmt: skip
    for multiple in (1, 2, 5, 10):
        k = multiple * args.top
        start = time.perf_counter()
        kept = Prerank(k).select_local(pairs, profiles, options)
        seconds = time.perf_counter() - start
        final = top_lists([rows[i] for i in kept], args.top)
        kept_by_jd: dict[str, set[str]] = {}
        for i in kept:
            kept_by_jd.setdefault(str(pairs[i][1]), set()).add(str(pairs[i][0]))
        found = sum(len({r for r, _ in best} & kept_by_jd[jd]) for jd, best in exact.items())
        wanted = sum(len(best) for best in exact.values())
        same_scores = sum(
            a[1] == b[1]
            for jd, best in exact.items()
            for a, b in zip(best, final[jd], strict=False)
        )
        same_lists = sum(final.get(jd) == best for jd, best in exact.items())
        print(json.dumps({
            "prerank": k,
            "recall_of_exact_top": round(found / wanted, 3),
            "same_score_at_rank": round(same_scores / wanted, 3),
            "identical_top_lists": round(same_lists / len(exact), 3),
            "pairs_scored_exactly": len(kept),
            "prerank_seconds": round(seconds, 2),
        }))  # fmt: skip


if __name__ == "__main__":
    main()
