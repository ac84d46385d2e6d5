"""Batch throughput (pairs/s) of the local and the Dask engine at 1k, 10k and 100k pairs.

    python benchmarks/scaling.py [--runs 3] [--big-runs 1] [--jobs 2] [--out FILE.json]

Resumes and postings are synthetic, generated from the taxonomy (seeded, so every run scores
the same documents) into a temporary folder. Each figure is the median of `--runs` runs of
`mlcareer batch ... --format jsonl --stream -o FILE` in a fresh process (start-up included:
a Dask run starts its LocalCluster of --jobs processes each time). Peak memory is the largest
process's maximum RSS. The machine may be shared: medians, and the ratio between engines run
side by side, are what to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TOOL = [sys.executable, "-m", "mlcareer"]
SIZES = {"1k": (50, 20), "10k": (500, 20), "100k": (2000, 50)}  # resumes x postings
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DEGREES = ["Bachelor of Science in Computer Science", "Master of Science in Statistics",
           "PhD in Machine Learning", "Associate Degree in Information Technology"]  # fmt: skip


def skill_names() -> list[str]:
    data = yaml.safe_load((ROOT / "data" / "skills.yaml").read_text(encoding="utf-8"))
    return [s["name"] for s in data["skills"] if s.get("kind") == "technical"]


def resume(rng: random.Random, names: list[str], n: int) -> str:
    skills = rng.sample(names, rng.randint(8, 25))
    start = rng.randint(2008, 2021)
    jobs = []
    for k in range(rng.randint(1, 3)):
        first, last = start + 3 * k, start + 3 * k + rng.randint(1, 3)
        used = ", ".join(rng.sample(skills, min(4, len(skills))))
        jobs.append(
            f"Engineer {k + 1} — Company {rng.randint(1, 999)}\n"
            f"{rng.choice(MONTHS)} {first} – {rng.choice(MONTHS)} {last}\n"
            f"- Built and ran production systems with {used}\n"
            f"- Worked with the team on data quality and delivery\n"
        )
    return (
        f"Candidate {n}\ncandidate{n}@example.com\n\nSummary\nEngineer who ships reliable "
        f"systems.\n\nSkills\n{', '.join(skills)}\n\nExperience\n"
        + "\n".join(jobs)
        + f"\nEducation\n{rng.choice(DEGREES)}, State University, {start - 1}\n"
    )


def posting(rng: random.Random, names: list[str], n: int) -> str:
    required, preferred = rng.sample(names, 8), rng.sample(names, 4)
    return (
        f"Title: Engineer {n}\n\nAbout us\nWe build data products.\n\nRequirements\n"
        f"- {rng.randint(1, 8)}+ years of professional experience\n"
        f"- Bachelor's degree in Computer Science or a related field\n"
        + "".join(f"- Experience with {name}\n" for name in required)
        + "\nNice to have\n"
        + "".join(f"- Familiarity with {name}\n" for name in preferred)
    )


def make_corpus(folder: Path, resumes: int, postings: int, seed: int = 7) -> tuple[Path, Path]:
    rng, names = random.Random(seed), skill_names()
    cvs, jds = folder / "resumes", folder / "jds"
    cvs.mkdir(parents=True)
    jds.mkdir()
    for n in range(resumes):
        (cvs / f"r{n:06d}.txt").write_text(resume(rng, names, n), encoding="utf-8")
    for n in range(postings):
        (jds / f"p{n:04d}.txt").write_text(posting(rng, names, n), encoding="utf-8")
    return cvs, jds


def timed(cmd: list[str], out: Path) -> tuple[float, float, int]:
    """Seconds, peak RSS (MiB) and output bytes of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    assert proc.stderr is not None
    error = proc.stderr.read().decode()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{error}")
    return seconds, usage.ru_maxrss / 1024, out.stat().st_size


def measure(
    cvs: Path, jds: Path, engine: list[str], runs: int, tmp: Path, pairs: int
) -> dict[str, float]:
    """Median of `runs`; pairs/s counts every resume x posting pair, scored or pre-ranked."""
    out = tmp / "rows.jsonl"
    base = [*TOOL, "batch", "--resumes", str(cvs), "--jds", str(jds), "--as-of", "2026-11"]
    cmd = [*base, "--format", "jsonl", "--stream", "-o", str(out), *engine]
    results = [timed(cmd, out) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    rows = sum(1 for _ in out.open(encoding="utf-8"))
    return {
        "pairs": pairs,
        "rows": rows,
        "seconds": round(seconds, 2),
        "pairs_per_s": round(pairs / seconds, 1),
        "peak_mib": round(statistics.median(r[1] for r in results)),
        "bytes_per_row": round(results[0][2] / rows),
        "runs": runs,
    }


def unit_costs(tmp: Path) -> dict[str, float]:
    """Single-process costs for the projection: extraction per document, exact scoring per
    pair (with its JSON line), pre-ranking per pair against 1,000 postings, client memory per
    pair of the pair list."""
    import tracemalloc

    from mlcareer.api import Options
    from mlcareer.batch import _jsonl_row, extract_document, score_pair
    from mlcareer.prerank import Prerank, block_candidates, posting_matrix

    options = Options(as_of=2026 * 12 + 10)
    cvs, jds = make_corpus(tmp / "units", 2048, 1000)
    resumes, postings = sorted(cvs.iterdir()), sorted(jds.iterdir())
    extract_document((str(resumes[0]), "resume"), options)  # warm: matchers built
    start = time.perf_counter()
    profiles = [extract_document((str(p), "resume"), options) for p in resumes]
    per_doc = (time.perf_counter() - start) / len(resumes)
    pdfs = sorted((ROOT / "examples").glob("*.pdf"))
    start = time.perf_counter()
    for _ in range(5):
        for pdf in pdfs:
            extract_document((str(pdf), "resume"), options)
    per_pdf = (time.perf_counter() - start) / (5 * len(pdfs))
    jobs = [extract_document((str(p), "posting"), options) for p in postings]
    start = time.perf_counter()
    pairs = 0
    for job in jobs[:20]:
        for cv, path in zip(profiles[:500], resumes[:500], strict=True):
            _jsonl_row(score_pair(cv, job, (path, postings[0]), options))
            pairs += 1
    per_pair = (time.perf_counter() - start) / pairs
    matrix = posting_matrix(jobs, options)
    start = time.perf_counter()
    block_candidates(0, profiles, matrix, options, Prerank(50))
    per_prerank = (time.perf_counter() - start) / (len(profiles) * len(jobs))
    tracemalloc.start()
    grid = [(r, j) for j in postings[:100] for r in resumes * 5]  # ~1M pairs, shared Paths
    order = sorted(range(len(grid)), key=lambda i: (i % 2048 // 32, i // 2048))  # dask blocks
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    pairs_held = len(grid)
    del grid, order
    return {
        "extract_ms_per_txt": round(per_doc * 1e3, 2),
        "extract_ms_per_pdf": round(per_pdf * 1e3, 2),
        "exact_ms_per_pair": round(per_pair * 1e3, 3),
        "prerank_us_per_pair_at_1000_postings": round(per_prerank * 1e6, 3),
        "client_bytes_per_pair": round(held / pairs_held),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs at 1k and 10k pairs")
    parser.add_argument("--big-runs", type=int, default=1, help="runs at 100k pairs")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sizes", default="1k,10k,100k")
    parser.add_argument("--out", type=Path, help="also write the results as JSON")
    parser.add_argument("--units", action="store_true", help="only the single-process costs")
    args = parser.parse_args()
    jobs = ["-j", str(args.jobs)]
    engines = {
        "local": jobs,
        "dask": [*jobs, "--engine", "dask"],
        "local --prerank 50": [*jobs, "--prerank", "50"],
        "dask --prerank 50": [*jobs, "--engine", "dask", "--prerank", "50"],
    }
    results = []
    with tempfile.TemporaryDirectory(prefix="mlcareer-scaling-") as tmp:
        if args.units:
            print(json.dumps(unit_costs(Path(tmp))))
            return
        for size in args.sizes.split(","):
            resumes, postings = SIZES[size]
            folder = Path(tmp) / size
            cvs, jds = make_corpus(folder, resumes, postings)
            runs = args.big_runs if size == "100k" else args.runs
            for name, engine in engines.items():
                if "prerank" in name and size != "100k":
                    continue
                row = {
                    "size": size,
                    "engine": name,
                    **measure(cvs, jds, engine, runs, folder, resumes * postings),
                }
                print(json.dumps(row), flush=True)
                results.append(row)
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
