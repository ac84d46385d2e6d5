"""Run the third-party evaluation harness (when ../shared/eval exists) and write docs/accuracy.md.

    python scripts/accuracy.py [--harness ../shared/eval/harness.py] [--no-write]

The harness measures the tool through its command line on public data kept outside this
repository; this script only runs it and records the figures with the date and commit.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTES_MARKER = "## Where the remaining gaps are"
DEFAULT_HARNESS = ROOT.parent / "shared" / "eval" / "harness.py"

# (suite, path into the suite's results, target, higher is better)
TARGETS: list[tuple[str, tuple[str, ...], float, bool]] = [
    ("skills", ("tech", "precision"), 0.85, True),
    ("skills", ("tech", "recall_knowledge"), 0.55, True),
    ("skills", ("house", "precision"), 0.80, True),
    ("pairs", ("win",), 0.95, True),
    ("pairs", ("gap_recall",), 0.80, True),
    ("pairs", ("false_gap_rate",), 0.03, False),
    ("resumes", ("degree_accuracy",), 0.95, True),
    ("resumes", ("date_range_recall",), 0.90, True),
    ("files", ("crash",), 0.0, False),
]


def run_harness(harness: Path) -> dict[str, dict[str, object]]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "results.json"
        cmd = [
            sys.executable,
            str(harness),
            "--cmd",
            shlex.join([sys.executable, "-m", "mlcareer"]),
            "--json",
            str(out),
        ]
        subprocess.run(cmd, check=True, cwd=ROOT)
        results: dict[str, dict[str, object]] = json.loads(out.read_text(encoding="utf-8"))
    return results


def lookup(results: dict[str, dict[str, object]], suite: str, path: tuple[str, ...]) -> object:
    value: object = results.get(suite, {})
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True, capture_output=True
    )
    return done.stdout.strip() or "unknown"


def render(results: dict[str, dict[str, object]]) -> str:
    rows = []
    for suite, path, target, higher in TARGETS:
        value = lookup(results, suite, path)
        if isinstance(value, (int, float)):
            met = value >= target if higher else value <= target
            shown = f"{value:g}"
        else:
            met, shown = False, "n/a"
        sign = ">=" if higher else "<="
        rows.append(
            f"| {suite} | {'.'.join(path)} | {shown} | {sign} {target:g} | "
            f"{'yes' if met else 'NO'} |"
        )
    raw = "\n".join(f"{name} {json.dumps(value)}" for name, value in results.items())
    return "\n".join(
        [
            "# Accuracy",
            "",
            f"Measured {dt.date.today().isoformat()} at commit {commit()} with "
            "`python scripts/accuracy.py`, which runs `../shared/eval/harness.py` (public "
            "third-party data: SkillSpan postings, RJDB resume/posting pairs, dotin CVs, "
            "Resume-Matcher files) through the command line.",
            "",
            "| suite | figure | measured | target | met |",
            "|---|---|---:|---|---|",
            *rows,
            "",
            "Harness output:",
            "",
            "```",
            raw,
            "```",
            "",
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--harness", type=Path, default=DEFAULT_HARNESS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if not args.harness.exists():
        raise SystemExit(
            f"no harness at {args.harness}: the evaluation data lives outside "
            "this repository (../shared/eval)"
        )
    report = render(run_harness(args.harness))
    print(report)
    if not args.no_write:
        path = ROOT / "docs" / "accuracy.md"
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        notes = old[old.index(NOTES_MARKER) :] if NOTES_MARKER in old else ""  # hand-written
        path.write_text(report + ("\n" + notes if notes else ""), encoding="utf-8")


if __name__ == "__main__":
    main()
