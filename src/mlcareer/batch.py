"""Many resumes against many postings: each distinct document extracted once, in parallel."""

from __future__ import annotations

import csv
import glob
import io
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import Options, compare
from .api import extract as extract_one
from .documents import READERS
from .errors import DocumentError, UsageError
from .extract.nlp import skill_matcher
from .models import Failure, Profile, Report

Row = dict[str, Any]
Task = tuple[str, str]  # (path, "resume" | "posting")


def _expand(spec: str, option: str) -> list[Path]:
    """A file (kept even when missing, so it becomes an error row), a folder or a glob."""
    path = Path(spec)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
        if not found:
            raise UsageError(
                f"{option} {spec}: the folder holds no PDF, DOCX, TXT or MD files",
                "point at the folder that holds the documents",
            )
        return found
    if glob.has_magic(spec):
        matched = sorted(Path(p) for p in glob.glob(spec, recursive=True) if Path(p).is_file())
        if not matched:
            raise UsageError(f"{option} {spec!r} matched no files", "check the pattern")
        return matched
    return [path]


def _read_pairs_csv(path: Path) -> list[tuple[Path, Path]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise UsageError(
            f"--pairs {path}: cannot read the CSV ({e})",
            "pass a UTF-8 CSV file with a header 'resume,jd'",
        ) from e
    reader = csv.DictReader(io.StringIO(text))
    header = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
    if "resume" not in header or "jd" not in header:
        raise UsageError(
            f"--pairs {path}: the header must name the columns resume and jd",
            "make the first line: resume,jd",
        )
    base = path.parent
    pairs = []
    for row in reader:
        resume, jd = (
            (row.get(header["resume"]) or "").strip(),
            (row.get(header["jd"]) or "").strip(),
        )
        if not resume and not jd:
            continue
        pairs.append((base / resume, base / jd))
    return pairs


def collect_pairs(
    pairs_csv: Path | None, resumes: list[str], jds: list[str]
) -> list[tuple[Path, Path]]:
    if pairs_csv is not None and (resumes or jds):
        raise UsageError(
            "use either --pairs or --resumes with --jds, not both",
            "a pairs CSV already says which resume goes with which posting",
        )
    if pairs_csv is not None:
        pairs = _read_pairs_csv(pairs_csv)
    elif resumes and jds:
        resume_paths = [p for spec in resumes for p in _expand(spec, "--resumes")]
        jd_paths = [p for spec in jds for p in _expand(spec, "--jds")]
        pairs = [(r, j) for j in dict.fromkeys(jd_paths) for r in dict.fromkeys(resume_paths)]
    else:
        raise UsageError(
            "batch needs --pairs CSV, or both --resumes and --jds",
            "e.g. mlcareer batch --resumes cvs/ --jds postings/*.txt",
        )
    if not pairs:
        raise UsageError("no pairs to compare", "the pairs CSV has no rows")
    return pairs


_WORKER_OPTIONS: Options | None = None


def _init_worker(options: Options) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options


def _extract_task(task: Task) -> Profile | Failure:
    options = _WORKER_OPTIONS or Options()
    path, kind = task
    try:
        return extract_one(Path(path), options, kind)  # type: ignore[arg-type]
    except DocumentError as e:
        return Failure(path=path, error=e.message, hint=e.hint)
    except Exception as e:  # one broken file must never stop the batch
        return Failure(
            path=path,
            error=f"internal error: {type(e).__name__}: {e}",
            hint="please report this file's problem to the mlcareer developers",
        )


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where the platform has it (workers start warm), the default elsewhere."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _extract_all(
    tasks: list[Task], options: Options, jobs: int, progress: Callable[[int], None]
) -> dict[Task, Profile | Failure]:
    if jobs <= 1 or len(tasks) < 8:
        _init_worker(options)
        results = {}
        for task in tasks:
            results[task] = _extract_task(task)
            progress(1)
        return results
    chunk = max(1, min(32, len(tasks) // (jobs * 4)))
    # Build the matchers before the pool starts: forked workers inherit them for free.
    skill_matcher(options.taxonomy)
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_pool_context(),
        initializer=_init_worker,
        initargs=(options,),
    ) as pool:
        results = {}
        outcomes = pool.map(_extract_task, tasks, chunksize=chunk)
        for task, result in zip(tasks, outcomes, strict=True):
            results[task] = result
            progress(1)
    return results


def pair_row(report: Report) -> Row:
    return {
        "resume": report.resume,
        "jd": report.jd,
        "score": report.score,
        "band": report.band,
        "components": {c.name: c.points for c in report.components},
        "matched": [m.id for m in report.matched],
        "missing": [
            {
                "id": m.id,
                "name": m.name,
                "importance": m.importance,
                "jd_text": m.jd_text,
                "known": m.known,
            }
            for m in report.missing
        ],
    }


@dataclass
class BatchResult:
    rows: list[Row] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum("error" in row for row in self.rows)

    def summary(self) -> str:
        ok = len(self.rows) - self.failed
        return f"{len(self.rows)} pairs: {ok} scored, {self.failed} failed"

    def ranked(self, by: str = "jd", top: int | None = None) -> list[Row]:
        """Grouped by posting (or resume), best first; error rows stay, at the end of a group."""
        groups: dict[str, list[Row]] = {}
        for row in self.rows:
            groups.setdefault(row[by], []).append(row)
        out: list[Row] = []
        for rows in groups.values():
            scored = sorted(
                (r for r in rows if "error" not in r),
                key=lambda r: (-r["score"], r["resume" if by == "jd" else "jd"]),
            )
            for rank, row in enumerate(scored[:top] if top else scored, 1):
                out.append({"rank": rank, **row})
            out.extend({"rank": None, **r} for r in rows if "error" in r)
        return out


def run_batch(
    pairs: list[tuple[Path, Path]],
    options: Options,
    jobs: int | None = None,
    progress: bool = False,
) -> BatchResult:
    jobs = jobs or os.cpu_count() or 1
    tasks: list[Task] = list(
        dict.fromkeys(task for r, j in pairs for task in ((str(r), "resume"), (str(j), "posting")))
    )
    with _progress(progress, len(tasks)) as advance:
        profiles = _extract_all(tasks, options, jobs, advance)
    result = BatchResult()
    for resume_path, jd_path in pairs:
        resume = profiles[(str(resume_path), "resume")]
        posting = profiles[(str(jd_path), "posting")]
        failures = [p for p in (resume, posting) if isinstance(p, Failure)]
        if failures:
            error = "; ".join(f"{f.path}: {f.error.removeprefix(f.path + ': ')}" for f in failures)
            result.rows.append({"resume": str(resume_path), "jd": str(jd_path), "error": error})
            continue
        assert isinstance(resume, Profile) and isinstance(posting, Profile)
        result.rows.append(pair_row(compare(resume, posting, options)))
    return result


class _progress:
    """A rich progress bar on stderr when interactive; a no-op otherwise."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled, self.total = enabled, total
        self._bar: Any = None

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(console=Console(stderr=True), transient=True)
        self._bar.start()
        task = self._bar.add_task("extracting documents", total=self.total)
        return lambda n: self._bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def _csv(rows: Iterable[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        ["rank", "resume", "jd", "score", "band", "missing_required", "missing_preferred", "error"]
    )
    for row in rows:
        missing = row.get("missing", [])
        writer.writerow(
            [
                row.get("rank") or "",
                row["resume"],
                row["jd"],
                row.get("score", ""),
                row.get("band", ""),
                "; ".join(m["name"] for m in missing if m["importance"] == "required"),
                "; ".join(m["name"] for m in missing if m["importance"] == "preferred"),
                row.get("error", ""),
            ]
        )
    return buffer.getvalue()


def _jsonl(rows: Iterable[Row]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _json(rows: Iterable[Row]) -> str:
    return json.dumps(list(rows), indent=2, ensure_ascii=False) + "\n"


def _terminal(rows: Iterable[Row]) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(expand=True)
    for name in ("rank", "resume", "posting", "score", "band", "missing (required)"):
        table.add_column(name, overflow="fold")  # fold, never cut: paths and errors matter
    for row in rows:
        if "error" in row:
            table.add_row(
                "-",
                Text(row["resume"]),
                Text(row["jd"]),
                "",
                "error",
                Text(row["error"], style="red"),
            )
            continue
        required = ", ".join(m["name"] for m in row["missing"] if m["importance"] == "required")
        table.add_row(
            str(row["rank"]),
            Text(row["resume"]),
            Text(row["jd"]),
            f"{row['score']:.1f}",
            row["band"],
            Text(required),
        )
    buffer = io.StringIO()
    Console(file=buffer, width=140, color_system=None, markup=False, highlight=False).print(table)
    return buffer.getvalue()


BATCH_FORMATS: dict[str, Callable[[Iterable[Row]], str]] = {
    "terminal": _terminal,
    "csv": _csv,
    "json": _json,
    "jsonl": _jsonl,
}
