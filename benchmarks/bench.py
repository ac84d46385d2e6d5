"""Measure mlcareer's speed against the floor (importing spaCy) and write docs/performance.md.

    python benchmarks/bench.py [--runs 7] [--pairs-dir ../shared/eval/cases/pairs] [--no-write]

Every figure is a median over repeated runs; command timings are taken side by side with the
floor in the same run (interleaved), so a busy machine slows both alike and the ratio holds.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
TOOL = [PYTHON, "-m", "mlcareer"]
RESUME_PDF = ROOT / "examples" / "entry-ml-engineer.pdf"
RESUME_TXT = ROOT / "examples" / "senior-ml-engineer.txt"
JD = ROOT / "data" / "job_descriptions" / "entry-ml-engineer.txt"
NOTES_MARKER = "## Notes"
DEFAULT_PAIRS = ROOT.parent / "shared" / "eval" / "cases" / "pairs"


def compile_bytecode() -> None:
    """Write the measured package's bytecode first, as installing it does. Without it, under
    PYTHONDONTWRITEBYTECODE=1 in a fresh checkout (or with .pyc files older than their
    sources), every timed run compiles mlcareer's sources again: about 0.1 s of a cold match
    that no installed copy pays, while the floor's spaCy is compiled once in site-packages."""
    where = "import importlib.util as u; print(u.find_spec('mlcareer').origin)"
    init = subprocess.run([PYTHON, "-c", where], text=True, capture_output=True, check=True)
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(Path(init.stdout.strip()).parent)])


def timed_run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"command failed: {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024


def side_by_side(cmd: list[str], floor: list[str], runs: int) -> dict[str, float]:
    """Interleave the command and the floor; medians of time and of the command's peak memory."""
    timed_run(cmd), timed_run(floor)  # warm the file cache
    ours, base, memory = [], [], []
    for _ in range(runs):
        seconds, mib = timed_run(cmd)
        ours.append(seconds)
        memory.append(mib)
        base.append(timed_run(floor)[0])
    return {
        "ours": statistics.median(ours),
        "floor": statistics.median(base),
        "ratio": statistics.median(ours) / statistics.median(base),
        "mib": statistics.median(memory),
    }


def median_ms(action: Callable[[], object], runs: int) -> float:
    action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def six_hundred_words() -> str:
    words = RESUME_TXT.read_text(encoding="utf-8").split()
    text = RESUME_TXT.read_text(encoding="utf-8")
    while len(text.split()) < 600:
        text += "\n" + " ".join(words[: 600 - len(text.split())])
    return text


def in_process(runs: int) -> dict[str, float]:
    from mlcareer.api import Options
    from mlcareer.documents import read_document
    from mlcareer.extract import extract_profile
    from mlcareer.models import Document

    options = Options()
    taxonomy = options.taxonomy
    document = Document(path="bench.txt", format="txt", text=six_hundred_words())
    build_start = time.perf_counter()
    extract_profile(document, taxonomy, options.as_of)
    first = (time.perf_counter() - build_start) * 1000
    extract_ms = median_ms(lambda: extract_profile(document, taxonomy, options.as_of), runs * 5)
    pdf = many_page_pdf()
    pages = 40
    pdf_ms = median_ms(lambda: read_document(pdf), runs) / pages
    return {
        "extract_ms": extract_ms,
        "first_extract_ms": first,
        "pdf_ms_per_page": pdf_ms,
        "skills": len(taxonomy.skills),
    }


def many_page_pdf() -> Path:
    from fpdf import FPDF

    path = Path(tempfile.gettempdir()) / "mlcareer-bench-40-pages.pdf"
    if path.exists():
        return path
    lines = RESUME_TXT.read_text(encoding="utf-8").splitlines()
    pdf = FPDF()
    pdf.set_font("Helvetica", size=10)
    for _ in range(40):
        pdf.add_page()
        for line in lines[:45]:
            pdf.cell(
                0,
                5,
                line.encode("latin-1", "replace").decode("latin-1"),
                new_x="LMARGIN",
                new_y="NEXT",
            )
    pdf.output(str(path))
    return path


def batch_rate(pairs_dir: Path, sizes: list[int], runs: int) -> list[dict[str, float]]:
    folders = sorted(p for p in pairs_dir.iterdir() if p.is_dir())
    all_pairs = [
        (f / name, f / "jd.txt") for f in folders for name in ("matched.txt", "unmatched.txt")
    ]
    out = []
    for size in sizes:
        chosen = all_pairs[:size]
        with tempfile.TemporaryDirectory(prefix="mlcareer-bench-") as folder:
            pairs_csv = Path(folder) / "pairs.csv"
            with pairs_csv.open("w", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(["resume", "jd"])
                writer.writerows([str(r), str(j)] for r, j in chosen)
            cmd = [*TOOL, "batch", "--pairs", str(pairs_csv), "--format", "jsonl", "-o", os.devnull]
            samples = [timed_run(cmd)[0] for _ in range(runs)]
        seconds = statistics.median(samples)
        documents = len({p for pair in chosen for p in pair})
        out.append(
            {
                "pairs": len(chosen),
                "documents": documents,
                "seconds": seconds,
                "pairs_per_s": len(chosen) / seconds,
            }
        )
    return out


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            text=True,
            capture_output=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pairs-dir", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()

    compile_bytecode()
    floor_import = [PYTHON, "-c", "import spacy"]
    floor_blank = [PYTHON, "-c", "import spacy; spacy.blank('en')"]
    rows: list[tuple[str, str, str, bool]] = []
    for label, cmd in (
        ("--help", [*TOOL, "--help"]),
        ("--version", [*TOOL, "--version"]),
        ("schema", [*TOOL, "schema"]),
    ):
        r = side_by_side(cmd, floor_import, args.runs)
        rows.append(
            (
                f"`mlcareer {label}`",
                f"{r['ours'] * 1000:.0f} ms",
                f"{r['ratio']:.2f} x import spacy (target <= 0.4)",
                r["ratio"] <= 0.4,
            )
        )
    match = [*TOOL, "match", str(RESUME_PDF), str(JD), "--format", "json"]
    r = side_by_side(match, floor_blank, args.runs)
    rows.append(
        (
            "`mlcareer match resume.pdf jd.txt`, cold",
            f"{r['ours'] * 1000:.0f} ms",
            f"{r['ratio']:.2f} x spacy.blank floor (target <= 1.4)",
            r["ratio"] <= 1.4,
        )
    )
    rows.append(
        ("peak memory of that match", f"{r['mib']:.0f} MiB", "target <= 180 MiB", r["mib"] <= 180)
    )
    inner = in_process(args.runs)
    rows.append(
        (
            f"extraction, 600 words, {inner['skills']} skills",
            f"{inner['extract_ms']:.1f} ms",
            f"target <= 10 ms (first call, building matchers: {inner['first_extract_ms']:.0f} ms)",
            inner["extract_ms"] <= 10,
        )
    )
    rows.append(
        (
            "PDF reading",
            f"{inner['pdf_ms_per_page']:.2f} ms/page",
            "target <= 5 ms",
            inner["pdf_ms_per_page"] <= 5,
        )
    )
    scaling: list[dict[str, float]] = []
    if args.pairs_dir.is_dir():
        scaling = batch_rate(args.pairs_dir, [250, 500, 1000], max(1, args.runs // 3))
        full = scaling[-1]
        rows.append(
            (
                f"`batch --pairs`, {full['pairs']:.0f} pairs, {os.cpu_count()} cores",
                f"{full['pairs_per_s']:.0f} pairs/s",
                "target >= 300",
                full["pairs_per_s"] >= 300,
            )
        )
    report = render(rows, scaling, args.runs)
    print(report)
    if not args.no_write:
        write_keeping_notes(ROOT / "docs" / "performance.md", report)


def write_keeping_notes(path: Path, report: str) -> None:
    """Replace the measured part; keep the hand-written notes after NOTES_MARKER."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    notes = old[old.index(NOTES_MARKER) :] if NOTES_MARKER in old else ""
    path.write_text(report + ("\n" + notes if notes else ""), encoding="utf-8")


def render(
    rows: list[tuple[str, str, str, bool]], scaling: list[dict[str, float]], runs: int
) -> str:
    lines = [
        "# Performance",
        "",
        f"Measured {dt.date.today().isoformat()} at commit {git_commit()} with "
        f"`python benchmarks/bench.py` ({runs} runs; medians; {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}).",
        "",
        "| what | measured | against | met |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {'yes' if ok else 'NO'} |" for a, b, c, ok in rows),
    ]
    if scaling:
        lines += [
            "",
            "Batch scaling (end to end, one process pool):",
            "",
            "| pairs | distinct documents | seconds | pairs/s |",
            "|---:|---:|---:|---:|",
            *(
                f"| {s['pairs']:.0f} | {s['documents']:.0f} | {s['seconds']:.2f} | "
                f"{s['pairs_per_s']:.0f} |"
                for s in scaling
            ),
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
