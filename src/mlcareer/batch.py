"""Many resumes against many postings: each distinct document extracted once, in parallel."""

from __future__ import annotations

import codecs
import contextlib
import csv
import gc
import glob
import io
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import regex_cache
from .api import Options, compare
from .api import extract as extract_one
from .documents import READERS
from .documents.readers import shown
from .errors import DocumentError, UsageError
from .extract.nlp import skill_matcher
from .models import MISREAD, SWAPPED, Failure, Profile, Report
from .pair_groups import component_chunks
from .postings import bundled_posting
from .read_once import Kept, readings_kept

if TYPE_CHECKING:
    from .prerank import Prerank

Row = dict[str, Any]
Task = tuple[str, str]  # (path, "resume" | "posting")
Extracted = Profile | Failure
Pair = tuple[Path, Path]
Indexed = tuple[int, Row]  # a row with the position of its pair in the input

_DIGIT_RUNS = regex_cache.compile(r"([0-9]+)")


def natural_key(name: str) -> tuple[tuple[str, ...], str]:
    """A name's place in the order a person reads names: cv2 before cv10, case aside. A run of
    digits compares by its value (its length without leading zeros, then its digits, so no
    number is too long); the name itself settles what is left ("cv01" and "cv1")."""
    parts = _DIGIT_RUNS.split(name)
    for i in range(1, len(parts), 2):
        digits = parts[i].lstrip("0")
        parts[i] = f"{len(digits):06d}{digits}"
    return tuple(p if i % 2 else p.casefold() for i, p in enumerate(parts)), name


def _natural_paths(paths: Iterable[Path]) -> list[Path]:
    return sorted(paths, key=lambda path: natural_key(str(path)))


def _expand(spec: str, option: str, notes: list[str]) -> list[Path]:
    """A file (kept even when missing, so it becomes an error row), a folder or a glob. A path
    that exists is taken as written, even with glob characters ("[draft] cv.pdf")."""
    path = Path(spec)
    if path.is_dir():
        return _folder_documents(path, option, notes)
    if option == "--jds" and (bundled := bundled_posting(path)):
        return [bundled]  # "--jds senior-ml-engineer", as match and check take it
    if glob.has_magic(spec) and not path.exists():
        return _glob_documents(spec, option, notes)
    return [path]


def _glob_documents(spec: str, option: str, notes: list[str]) -> list[Path]:
    """Everything a glob matches is an input, as if named one by one (a broken link or a FIFO
    becomes an error row), except folders, which a note names."""
    matched = _natural_paths(Path(p) for p in glob.glob(spec, recursive=True))
    folders = [p for p in matched if p.is_dir()]
    files = [p for p in matched if not p.is_dir()]
    if not files:
        raise UsageError(f"{option} {spec!r} matched no files", "check the pattern")
    if folders:
        names = _names([shown(p.name) for p in folders])
        notes.append(
            f"{option} {shown(spec)}: skipped {_count(folders, 'folder')} the pattern matched: "
            f"{names} (give a folder as its own {option} to search it)"
        )
    return files


def _folder_documents(folder: Path, option: str, notes: list[str]) -> list[Path]:
    """The documents in a folder and its subfolders. Every entry with a document's suffix is
    an input, whatever it is: a broken link, a FIFO or a link loop becomes an error row, as
    when named. Hidden files and folders (dot-names) are left out silently, as a glob leaves
    them out; the rest is named in `notes`: files of a type no reader takes, linked folders
    (symbolic links are not followed) and folders that could not be searched."""
    found: list[Path] = []
    skipped: list[Path] = []
    linked: list[Path] = []
    unsearched: list[str] = []

    def cannot_search(error: OSError) -> None:
        unsearched.append(f"{shown(error.filename or folder)} ({error.strerror or error})")

    for root, folders, names in os.walk(folder, onerror=cannot_search):
        visible = [n for n in folders if not n.startswith(".")]
        links = {n for n in visible if os.path.islink(os.path.join(root, n))}
        linked += [Path(root, n) for n in links]
        folders[:] = [n for n in visible if n not in links]
        for name in names:
            if not name.startswith("."):
                path = Path(root, name)
                (found if path.suffix.lower() in READERS else skipped).append(path)
    _note_left_out(folder, option, notes, (sorted(skipped), sorted(linked), unsearched))
    if not found:
        raise UsageError(
            f"{option} {folder}: the folder holds no PDF, DOCX, TXT, MD, HTML, JSON or EML files",
            "point at the folder that holds the documents",
        )
    return _natural_paths(found)


SKIPPED_NAMES_SHOWN = 10


def _names(names: list[str]) -> str:
    shown_names = names[:SKIPPED_NAMES_SHOWN]
    if len(names) > SKIPPED_NAMES_SHOWN:
        shown_names.append(f"and {len(names) - SKIPPED_NAMES_SHOWN} more")
    return ", ".join(shown_names)


def _count(items: Sequence[object], noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


def _note_left_out(
    folder: Path,
    option: str,
    notes: list[str],
    left_out: tuple[list[Path], list[Path], list[str]],
) -> None:
    skipped, linked, unsearched = left_out
    where = f"{option} {shown(folder)}"

    def relative(paths: list[Path]) -> str:
        return _names([shown(path.relative_to(folder)) for path in paths])

    if skipped:
        files = "file that is" if len(skipped) == 1 else "files that are"
        notes.append(
            f"{where}: skipped {len(skipped)} {files} not PDF, DOCX, TXT, MD, HTML, JSON or EML: "
            f"{relative(skipped)}"
        )
    if linked:
        notes.append(
            f"{where}: skipped {_count(linked, 'linked folder')} (a symbolic link): "
            f"{relative(linked)} (give it as its own {option} to search it)"
        )
    if unsearched:
        notes.append(f"{where}: could not search {_names(unsearched)}")


def _read_pairs_csv(path: Path, spelled: dict[str, str]) -> list[tuple[int, Pair]]:
    """The CSV's pairs, each with its line number; `spelled` gets the cells that name a
    bundled posting."""
    try:
        text = _decoded_csv(path.read_bytes())
    except (OSError, UnicodeDecodeError) as e:
        why = _undecoded(e) if isinstance(e, UnicodeDecodeError) else e.strerror or str(e)
        raise UsageError(
            f"--pairs {path}: cannot read the CSV ({why})",
            "pass a UTF-8 CSV file with a header 'resume,jd'",
        ) from e
    reader = csv.DictReader(io.StringIO(text), delimiter=_header_delimiter(text))
    try:
        return _pairs_from_rows(path, reader, spelled)
    except csv.Error as e:  # DictReader's own line_num lags behind a failed row
        raise _csv_problem(path, reader.reader.line_num, str(e)) from e


def _undecoded(error: UnicodeDecodeError) -> str:
    """Why the bytes would not decode, in the encoding they were read as."""
    if error.encoding.lower().startswith("utf-16"):
        return "its UTF-16 text is cut short or damaged"
    return "it is not UTF-8"


def _decoded_csv(raw: bytes) -> str:
    """UTF-8 (a byte-order mark aside), or UTF-16 with its mark, as Excel saves "Unicode
    Text": tab-separated, the delimiter found from the header as for any CSV."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    return raw.decode("utf-8-sig")


_DELIMITERS = (",", ";", "\t")  # Excel saves a CSV with ";" where "," is the decimal mark


def _header_delimiter(text: str) -> str:
    """The character that separates the header's resume and jd columns: a comma, or the
    semicolon or tab of a CSV saved by Excel in many locales ("resume;jd")."""
    header = text.split("\n", 1)[0]
    for delimiter in _DELIMITERS:
        # csv parses the quotes LibreOffice puts around every cell: "resume";"jd"
        names = next(csv.reader([header], delimiter=delimiter), [])
        if {"resume", "jd"} <= {name.strip().lower() for name in names}:
            return delimiter
    return ","


def _csv_problem(path: Path, line: int, problem: str) -> UsageError:
    return UsageError(
        f"--pairs {path}: line {line}: {problem}",
        "give each row a resume path and a job-description path: resume,jd",
    )


def _pairs_from_rows(
    path: Path, reader: csv.DictReader[str], spelled: dict[str, str]
) -> list[tuple[int, Pair]]:
    names = [(name or "").strip().lower() for name in reader.fieldnames or []]
    header = dict(zip(names, reader.fieldnames or [], strict=True))
    if "resume" not in header or "jd" not in header:
        raise UsageError(
            f"--pairs {path}: the header must name the columns resume and jd",
            "make the first line: resume,jd",
        )
    for column in ("resume", "jd"):  # else the last of them would be read, unsaid
        if names.count(column) > 1:
            raise UsageError(
                f"--pairs {path}: the header names the {column} column {names.count(column)} times",
                "keep one resume and one jd column, or rename the others",
            )
    base = path.parent
    pairs: list[tuple[int, Pair]] = []
    for row in reader:
        cells = {column: (row.get(header[column]) or "").strip() for column in ("resume", "jd")}
        extra = [cell for cell in row.get(None) or [] if cell.strip()]  # past the header
        if not any(cells.values()) and not extra:
            continue
        _check_row(path, reader.line_num, cells, extra)
        posting = _row_posting(base, cells["jd"], spelled)
        pairs.append((reader.line_num, (base / cells["resume"], posting)))
    return pairs


def _row_posting(base: Path, cell: str, spelled: dict[str, str]) -> Path:
    """A row's posting: a file beside the CSV, else a bundled posting's bare name, as --jds
    takes it ("senior-ml-engineer"; the name goes in `spelled`)."""
    path = base / cell
    if not path.exists() and (bundled := bundled_posting(Path(cell))):
        spelled.setdefault(str(bundled), cell)
        return bundled
    return path


def _check_row(path: Path, line: int, cells: dict[str, str], extra: list[str]) -> None:
    """A usage error for a row with an empty or NUL-holding cell, or with filled cells past
    the header (`extra`): an unquoted comma in a path would otherwise lose a part silently."""
    for column, cell in cells.items():
        if not cell:
            raise _csv_problem(path, line, f"the {column} column is empty")
        if "\0" in cell:
            raise _csv_problem(path, line, f"the {column} column holds a NUL byte")
    if extra:
        more = "1 cell" if len(extra) == 1 else f"{len(extra)} cells"
        raise _csv_problem(
            path, line, f"{more} more than the header (quote a path that holds a comma)"
        )


def collect_pairs(
    pairs_csv: Path | None,
    resumes: list[str],
    jds: list[str],
    notes: list[str] | None = None,
    spelled: dict[str, str] | None = None,
) -> list[tuple[Path, Path]]:
    """The pairs to score. What is left out is said in `notes`: what a folder holds that no
    reader takes, and repeats (a file named twice, however spelled, is read once; a pair
    listed twice is scored once). `spelled` gets the name each bundled posting was given by
    ("senior-ml-engineer"), for the rows to show instead of its installed path."""
    notes = [] if notes is None else notes
    spelled = {} if spelled is None else spelled
    if pairs_csv is not None and (resumes or jds):
        raise UsageError(
            "use either --pairs or --resumes with --jds, not both",
            "a pairs CSV already says which resume goes with which posting",
        )
    if pairs_csv is not None:
        pairs = _distinct_pairs(pairs_csv, _read_pairs_csv(pairs_csv, spelled), notes)
    elif resumes and jds:
        resume_paths = _documents(resumes, "--resumes", notes)
        jd_paths = _documents(jds, "--jds", notes)
        for spec in jds:  # as _expand reads them: a bundled posting's name, first spelling kept
            if bundled := bundled_posting(Path(spec)):
                spelled.setdefault(str(bundled), spec)
        pairs = [(r, j) for j in jd_paths for r in resume_paths]
    else:
        raise UsageError(
            "batch needs --pairs CSV, or both --resumes and --jds",
            "e.g. mlcareer batch --resumes cvs/ --jds postings/*.txt",
        )
    if not pairs:
        raise UsageError("no pairs to compare", "the pairs CSV has no rows")
    return pairs


def _same_file(path: Path, folders: dict[str, str] | None = None) -> str:
    """The file a path names, whatever its spelling: links and '..' resolved. `folders`
    remembers each folder's own resolved path: a file that is no link is then its resolved
    folder and its name, as os.path.realpath would find it component by component, without
    asking the file system about every folder again (2,000 paths of a pairs CSV)."""
    if folders is None:
        return os.path.realpath(path)
    folder, name = os.path.split(os.fspath(path))
    if name in ("", ".", "..") or os.path.islink(path):
        return os.path.realpath(path)
    if folder not in folders:
        folders[folder] = os.path.realpath(folder or os.curdir)
    return os.path.join(folders[folder], name)


def _documents(specs: list[str], option: str, notes: list[str]) -> list[Path]:
    """The documents of an option's files, folders and globs; each file once, as first
    spelled, with a note naming the repeats."""
    kept: dict[str, tuple[Path, str]] = {}  # each file's path, and its name as typed
    repeats: list[str] = []
    for spec in specs:
        for path in _expand(spec, option, notes):
            typed = option == "--jds" and bundled_posting(Path(spec))
            name = shown(spec) if typed else shown(path)
            first, first_name = kept.setdefault(_same_file(path), (path, name))
            if first is not path:
                same = "again" if first_name == name else f"= {first_name}"
                repeats.append(f"{name} ({same})")
    if repeats:
        paths = "1 path names" if len(repeats) == 1 else f"{len(repeats)} paths name"
        notes.append(f"{option}: {paths} a file already listed, read once: {_names(repeats)}")
    return [path for path, _ in kept.values()]


def _distinct_pairs(csv_path: Path, rows: list[tuple[int, Pair]], notes: list[str]) -> list[Pair]:
    """The CSV's pairs, each once (the same two files, however spelled), with a note."""
    first_line: dict[tuple[str, str], int] = {}
    pairs: list[Pair] = []
    repeats: list[str] = []
    folders: dict[str, str] = {}
    for line, (resume, jd) in rows:
        first = first_line.setdefault((_same_file(resume, folders), _same_file(jd, folders)), line)
        if first == line:
            pairs.append((resume, jd))
        else:
            repeats.append(f"line {line} (= line {first})")
    if repeats:
        rows_said = "1 row repeats" if len(repeats) == 1 else f"{len(repeats)} rows repeat"
        notes.append(
            f"--pairs {shown(csv_path)}: {rows_said} an earlier pair, scored once: "
            + _names(repeats)
        )
    return pairs


_WORKER_OPTIONS: Options | None = None
# A worker makes many short-lived objects and few cycles: collecting the youngest generation
# every 20,000 new objects rather than every 700 takes a worker's garbage collection from
# about 2.5% of its time to under 1%, for a few megabytes of cycles kept a little longer.
WORKER_GC_THRESHOLD = 20_000


def _start_worker() -> None:
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, older, oldest)


def _init_worker(options: Options) -> None:
    global _WORKER_OPTIONS
    _WORKER_OPTIONS = options


def _init_extracting(options: Options) -> None:
    _start_worker()
    _init_worker(options)


def extract_document(task: Task, options: Options) -> Extracted:
    """One document's profile, or a Failure: one broken file never stops a batch."""
    path, kind = task
    try:
        return extract_one(Path(path), options, kind)  # type: ignore[arg-type]
    except DocumentError as e:
        return Failure(path=path, error=e.message, hint=e.hint)
    except Exception as e:
        return Failure(
            path=path,
            error=f"internal error: {type(e).__name__}: {e}",
            hint="please report this file's problem to the mlcareer developers",
        )


def _extract_task(task: Task) -> Extracted:
    return extract_document(task, _WORKER_OPTIONS or Options())


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where the platform has it (workers start warm), the default elsewhere."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def _extract_all(
    tasks: list[Task], options: Options, jobs: int, progress: Callable[[int], None]
) -> dict[Task, Extracted]:
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
        initializer=_init_extracting,
        initargs=(options,),
    ) as pool:
        results = {}
        outcomes = pool.map(_extract_task, tasks, chunksize=chunk)
        for task, result in zip(tasks, outcomes, strict=True):
            results[task] = result
            progress(1)
    return results


def pair_row(report: Report) -> Row:
    row = _report_row(report)
    if report.posting_roles:  # one of several roles: the best-fitting one, named
        row["role"] = report.posting_roles.scored
    return row


def _report_row(report: Report) -> Row:
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
        "warnings": report.warnings,  # truncated text, an encoding guess, hidden PDF text...
        # what a score alone does not tell: a resume far above an intern or entry posting, a
        # posting for current students (its words) and the degree the resume is studying for
        "level_fit": report.experience.get("level_fit"),
        "enrollment_required": report.education.get("enrollment_required"),
        "resume_in_progress": report.education.get("resume_in_progress"),
        # the posting's stance on sponsorship or citizenship against the resume's need
        "work_authorization_conflict": (
            report.work_authorization.conflict if report.work_authorization else None
        ),
    }


def summary_line(total: int, failed: int) -> str:
    return f"{total} pair{'' if total == 1 else 's'}: {total - failed} scored, {failed} failed"


@dataclass
class BatchResult:
    rows: list[Row] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum("error" in row for row in self.rows)

    def ranked(self, by: str = "jd", top: int | None = None) -> list[Row]:
        """Grouped by posting (or resume), best first; error rows stay, at the end of a group,
        and a group whose document failed (all errors) comes after the others."""
        groups: dict[str, list[Row]] = {}
        for row in self.rows:
            groups.setdefault(row[by], []).append(row)
        out: list[Row] = []
        ordered = sorted(groups.values(), key=lambda rows: all("error" in r for r in rows))
        for rows in ordered:
            scored = sorted(
                (r for r in rows if "error" not in r),
                key=lambda r: (-r["score"], natural_key(r["resume" if by == "jd" else "jd"])),
            )
            kept = scored[:top] if top else scored
            ranks = competition_ranks([r["score"] for r in kept])
            out.extend({"rank": rank, **row} for rank, row in zip(ranks, kept, strict=True))
            out.extend({"rank": None, **r} for r in rows if "error" in r)
        return out


def competition_ranks(scores: Sequence[float]) -> list[int]:
    """Ranks of scores sorted best first, equal scores sharing one: 90, 80, 80, 70 -> 1, 2, 2, 4."""
    ranks: list[int] = []
    for position, score in enumerate(scores, 1):
        tied = position > 1 and score == scores[position - 2]
        ranks.append(ranks[-1] if tied else position)
    return ranks


def document_tasks(pairs: Sequence[Pair]) -> list[Task]:
    """The distinct documents of the pairs, in first-seen order."""
    return list(
        dict.fromkeys(task for r, j in pairs for task in ((str(r), "resume"), (str(j), "posting")))
    )


def error_row(resume: str, jd: str, error: str, hint: str = "") -> Row:
    return {"resume": resume, "jd": jd, "error": error, "hint": hint}


def _failure_row(pair: Pair, failures: list[Failure]) -> Row:
    """The error row of a pair whose documents failed: each failure's reason and hint, named
    by its path when both documents failed."""
    error = "; ".join(f"{f.path}: {f.error.removeprefix(shown(f.path) + ': ')}" for f in failures)
    hints = [(f.path, f.hint) for f in failures if f.hint]
    hint = "; ".join(f"{path}: {h}" if len(failures) > 1 else h for path, h in hints)
    return error_row(str(pair[0]), str(pair[1]), error, hint)


def score_pair(resume: Extracted, posting: Extracted, pair: Pair, options: Options) -> Row:
    """The row of one pair: its report, or an error row naming the documents that failed."""
    failures = [p for p in (resume, posting) if isinstance(p, Failure)]
    if failures:
        return _failure_row(pair, failures)
    assert isinstance(resume, Profile) and isinstance(posting, Profile)
    try:
        return pair_row(compare(resume, posting, options, advice=False))  # a row shows none
    except Exception as e:  # one odd pair must never stop the batch
        error = f"internal error: {type(e).__name__}: {e}"
        return error_row(str(pair[0]), str(pair[1]), error, REPORT_HINT)


REPORT_HINT = "please report this pair's problem to the mlcareer developers"


def extract_profiles(
    pairs: Sequence[Pair], options: Options, jobs: int | None = None, progress: bool = False
) -> dict[Task, Extracted]:
    """Every distinct document of the pairs, extracted once, in a process pool."""
    tasks = document_tasks(pairs)
    with progress_bar(progress, len(tasks)) as advance:
        return _extract_all(tasks, options, jobs or os.cpu_count() or 1, advance)


def iter_batch(
    pairs: Sequence[Pair],
    options: Options,
    jobs: int | None = None,
    progress: bool = False,
    prerank: Prerank | None = None,
    misread: dict[str, str] | None = None,
) -> Iterator[Indexed]:
    """The local engine: the pairs' rows in input order, one row at a time. When the pairs
    fall into small groups that share no document, each worker extracts and scores whole
    groups; otherwise every document is extracted in a process pool, then the pairs (all, or
    the pre-ranked candidates) are scored. With pre-ranking, `misread` gets every document
    that reads as the other kind, scored or not (see note_misread_documents)."""
    workers = jobs or os.cpu_count() or 1
    chunks = _group_chunks(pairs, workers) if prerank is None else None
    if chunks is not None:
        yield from _extract_and_score_in_pool(pairs, chunks, options, workers, progress)
        return
    profiles = extract_profiles(pairs, options, jobs, progress)
    indices: Sequence[int] = range(len(pairs))
    if prerank is not None:
        indices = list(prerank.select_local(pairs, profiles, options))
        note_misread_documents(profiles, {} if misread is None else misread)
    if workers > 1 and len(indices) >= MIN_PARALLEL_SCORING and _can_fork():
        yield from _score_in_pool(pairs, profiles, indices, options, workers)
        return
    kept: Kept = {}  # each resume's own readings, for all its pairs
    for i in indices:
        with readings_kept(kept):  # not across the yield: the caller's code is not the batch's
            row = _score_indexed(pairs, profiles, i, options)
        yield i, row


MIN_PARALLEL_SCORING = 200  # fewer pairs score faster than a pool starts
_SCORING: tuple[Sequence[Pair], dict[Task, Extracted], Options, Kept] | None = None


def _score_indexed(
    pairs: Sequence[Pair], profiles: dict[Task, Extracted], i: int, options: Options
) -> Row:
    resume_path, jd_path = pairs[i]
    resume = profiles[(str(resume_path), "resume")]
    posting = profiles[(str(jd_path), "posting")]
    return score_pair(resume, posting, pairs[i], options)


def _init_scoring(pairs: Sequence[Pair], profiles: dict[Task, Extracted], options: Options) -> None:
    global _SCORING
    _start_worker()
    _SCORING = (pairs, profiles, options, {})  # readings kept for all of a worker's chunks


def _score_chunk(chunk: list[int]) -> list[Indexed]:
    assert _SCORING is not None  # set in each worker by _init_scoring
    pairs, profiles, options, kept = _SCORING
    with readings_kept(kept):
        return [(i, _score_indexed(pairs, profiles, i, options)) for i in chunk]


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _score_in_pool(
    pairs: Sequence[Pair],
    profiles: dict[Task, Extracted],
    indices: Sequence[int],
    options: Options,
    workers: int,
) -> Iterator[Indexed]:
    """Score the pairs in forked workers: a forked worker receives the profiles through its
    initializer without pickling, so only the indices go out and only the rows come back.
    Each pool carries its own profiles: concurrent batches in threads do not mix."""
    size = max(1, min(64, len(indices) // (workers * 4)))
    chunks = [list(indices[k : k + size]) for k in range(0, len(indices), size)]
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_init_scoring,
        initargs=(pairs, profiles, options),
    ) as pool:
        for rows in pool.map(_score_chunk, chunks):
            yield from rows


MIN_GROUPED_DOCUMENTS = 8  # as for extraction: fewer documents are extracted in-process


def _group_chunks(pairs: Sequence[Pair], workers: int) -> list[list[int]] | None:
    """Chunks of whole groups of pairs for workers that extract and score, or None when the
    batch is better run in two phases: one worker, no fork, few documents or a large group."""
    if workers <= 1 or not _can_fork():
        return None
    return component_chunks(pairs, workers, MIN_GROUPED_DOCUMENTS)


_GROUPED: tuple[Sequence[Pair], Options] | None = None


def _init_grouped(pairs: Sequence[Pair], options: Options) -> None:
    global _GROUPED
    _start_worker()
    _GROUPED = (pairs, options)


def _extract_and_score_chunk(chunk: list[int]) -> list[Indexed]:
    """Extract a chunk's documents and score its pairs in this worker: only rows go back."""
    assert _GROUPED is not None  # set in each worker by _init_grouped
    pairs, options = _GROUPED
    tasks = document_tasks([pairs[i] for i in chunk])
    profiles = {task: extract_document(task, options) for task in tasks}
    with readings_kept({}):  # a group's resumes are read for its pairs alone
        return [(i, _score_indexed(pairs, profiles, i, options)) for i in chunk]


def _extract_and_score_in_pool(
    pairs: Sequence[Pair],
    chunks: list[list[int]],
    options: Options,
    workers: int,
    progress: bool,
) -> Iterator[Indexed]:
    """One forked pool in which each worker extracts and scores whole groups of pairs. The
    rows are given back in input order, each as soon as every earlier row is done; the
    progress bar counts the documents extracted."""
    documents = [len(document_tasks([pairs[i] for i in chunk])) for chunk in chunks]
    skill_matcher(options.taxonomy)  # built once, before the fork: workers inherit it
    pending: dict[int, Row] = {}
    ready = 0
    with (
        progress_bar(progress, sum(documents)) as advance,
        ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_grouped,
            initargs=(pairs, options),
        ) as pool,
    ):
        for count, rows in zip(documents, pool.map(_extract_and_score_chunk, chunks), strict=True):
            advance(count)
            pending.update(rows)
            while ready in pending:
                yield ready, pending.pop(ready)
                ready += 1


def as_spelled(rows: Iterable[Indexed], spelled: dict[str, str]) -> Iterator[Indexed]:
    """The rows with each bundled posting named as it was given ("senior-ml-engineer"), not
    by the path it is installed at."""
    for i, row in rows:
        yield i, {**row, "jd": spelled[row["jd"]]} if row["jd"] in spelled else row


def noting_misread(rows: Iterable[Indexed], misread: dict[str, str]) -> Iterator[Indexed]:
    """The rows as they come; `misread` gets each document that reads as the other kind than
    the one it was given as (its path: the kind given), which its rows' warnings say."""
    for i, row in rows:
        warnings = row.get("warnings") or []
        for kind, column in (("resume", "resume"), ("posting", "jd")):
            if SWAPPED in warnings or f"{kind}: {MISREAD[kind]}" in warnings:
                misread.setdefault(row[column], kind)
        yield i, row


def reads_as_the_other_kind(doc: Extracted, given: str) -> bool:
    """A document given as `given` ("resume" or "posting") that reads as the other kind."""
    return isinstance(doc, Profile) and MISREAD[given] in doc.warnings


def note_misread_documents(profiles: Mapping[Task, Extracted], misread: dict[str, str]) -> None:
    """Adds to `misread` each document of `profiles` that reads as the other kind (its path:
    the kind given): pre-ranking may leave it in no row to say so."""
    for (path, given), doc in profiles.items():
        if reads_as_the_other_kind(doc, given):
            misread.setdefault(path, given)


def misread_warning(path: str, given: str, pairs_csv: bool, scored: bool = True) -> str:
    """One line for a document given as a resume that reads like a posting, or the other way
    round: it is scored as given (or pre-ranked as given and left out: not `scored`), and the
    line says how to give it as the other kind."""
    other = "posting" if given == "resume" else "resume"
    reads = "a job posting" if other == "posting" else "a resume"
    if pairs_csv:
        how = f"move it to the {'jd' if other == 'posting' else 'resume'} column"
    else:
        how = f"give it with {'--jds' if other == 'posting' else '--resumes'}"
    if scored:
        treated = f"it is scored as a {given} all the same"
    else:
        treated = f"pre-ranking read it as a {given} and left it out"
    said = f"{shown(path)}: given as a {given}, it reads like {reads}"
    return f"{said}; {treated} (if it is {reads}, {how})"


def collect(rows: Iterable[Indexed]) -> BatchResult:
    """Rows back in input order, whatever order they were finished in."""
    return BatchResult([row for _, row in sorted(rows, key=lambda item: item[0])])


def run_batch(
    pairs: Sequence[Pair],
    options: Options,
    jobs: int | None = None,
    progress: bool = False,
    prerank: Prerank | None = None,
) -> BatchResult:
    return collect(iter_batch(pairs, options, jobs, progress, prerank))


def load_prerank(k: int, by: str) -> Prerank:
    try:
        from .prerank import Prerank
    except ImportError as e:
        raise UsageError(
            f"--prerank needs numpy and scipy ({e.name} is not installed)",
            "pip install 'mlcareer[dask]'",
        ) from e
    return Prerank(k, by)


@contextlib.contextmanager
def engine_rows(
    engine: str,
    pairs: Sequence[Pair],
    options: Options,
    jobs: int | None = None,
    progress: bool = False,
    prerank: Prerank | None = None,
    scheduler: str | None = None,
    misread: dict[str, str] | None = None,
) -> Iterator[Iterator[Indexed]]:
    """The rows of a batch from the local engine (input order) or Dask (finishing order);
    with pre-ranking, `misread` gets the documents that read as the other kind."""
    if engine == "local":
        yield iter_batch(pairs, options, jobs, progress, prerank, misread)
        return
    try:
        from . import distributed
    except ImportError as e:
        raise UsageError(
            f"--engine dask needs the dask extra ({e.name} is not installed)",
            "pip install 'mlcareer[dask]'",
        ) from e
    with distributed.dask_client(scheduler, jobs) as client:
        yield distributed.iter_dask(pairs, options, client, prerank, progress, misread=misread)


class progress_bar:
    """A rich progress bar on stderr when interactive; a no-op otherwise. It never takes over
    stdout (rich's default): rows streamed while it runs must reach stdout, not the bar."""

    def __init__(self, enabled: bool, total: int, label: str = "extracting documents") -> None:
        self.enabled, self.total, self.label = enabled, total, label
        self._bar: Any = None

    def __enter__(self) -> Callable[[int], None]:
        if not self.enabled:
            return lambda n: None
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(
            console=Console(stderr=True),
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        )
        self._bar.start()
        task = self._bar.add_task(self.label, total=self.total)
        return lambda n: self._bar.advance(task, n)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


_CSV_COLUMNS = [
    "rank", "resume", "jd", "score", "band", "missing_required", "missing_preferred", "error",
    "warnings", "hint",  # new columns go last: scripts read the others by position
    "level_fit", "enrollment_required", "resume_in_progress", "work_authorization_conflict",
    "role",
]  # fmt: skip


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)"):
# a quote before it keeps it text (OWASP's advice for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: Any) -> Any:
    """A text cell that a spreadsheet would read as a formula, quoted to stay text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and value != "-":
        return "'" + value  # a lone "-" (standard input) is no formula
    return value


def _csv_line(values: list[Any]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(map(_csv_cell, values))
    return buffer.getvalue()


def _csv_row(row: Row) -> str:
    missing = row.get("missing", [])
    return _csv_line(
        [
            row.get("rank") or "",
            row["resume"],
            row["jd"],
            row.get("score", ""),
            row.get("band", ""),
            "; ".join(m["name"] for m in missing if m["importance"] == "required"),
            "; ".join(m["name"] for m in missing if m["importance"] == "preferred"),
            row.get("error", ""),
            "; ".join(row.get("warnings", [])),
            row.get("hint", ""),
            row.get("level_fit") or "",
            row.get("enrollment_required") or "",
            row.get("resume_in_progress") or "",
            row.get("work_authorization_conflict") or "",
            row.get("role") or "",
        ]
    )


def _csv(rows: Iterable[Row]) -> str:
    return _csv_line(_CSV_COLUMNS) + "".join(map(_csv_row, rows))


def _jsonl_row(row: Row) -> str:
    return json.dumps(row, ensure_ascii=False) + "\n"


def _jsonl(rows: Iterable[Row]) -> str:
    return "".join(map(_jsonl_row, rows))


def _json(rows: Iterable[Row]) -> str:
    return json.dumps(list(rows), indent=2, ensure_ascii=False) + "\n"


PIPE_WIDTH = 140  # the table's width in a file or a pipe: six columns, two of them paths
# How the table's ranks were given, below it
_RANKING_TOLD = (
    "rank: best score first among the rows of one posting (of one resume with --by resume); "
    "equal scores share a rank. 'mlcareer match RESUME JD' explains a pair's score."
)


def _terminal(rows: Iterable[Row]) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from .documents.readers import shown  # file names may hold terminal escape codes
    from .formats.terminal import fit_to_stdout, output_width, without_padding
    from .formats.whole_words import WholeWords

    rows = list(rows)
    table = Table(expand=True, caption=_RANKING_TOLD, caption_justify="left")
    if all("error" in row for row in rows):
        table.caption = None
    for name in ("rank", "resume", "posting", "score", "band", "missing (required)"):
        table.add_column(name, overflow="fold")  # fold, never cut: paths and errors matter
    for row in rows:
        if "error" in row:
            table.add_row(
                "-",
                Text(shown(row["resume"])),
                Text(shown(row["jd"])),
                "",
                "error",
                _error_cell(row),
            )
            continue
        required = ", ".join(m["name"] for m in row["missing"] if m["importance"] == "required")
        posting = shown(row["jd"]) + (f"\nrole: {shown(row['role'])}" if "role" in row else "")
        table.add_row(
            str(row["rank"]),
            Text(shown(row["resume"])),
            Text(posting),
            f"{row['score']:.1f}",
            row["band"],
            Text(required),
        )
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=output_width(PIPE_WIDTH),
        color_system=None,
        markup=False,
        highlight=False,
    )  # a terminal's own width: a wider table would break every line of a narrower one
    console.print(WholeWords(table, headline=1))
    return fit_to_stdout(without_padding(buffer.getvalue()))


def _error_cell(row: Row) -> Any:
    from .formats.whole_words import LabelledText

    cell = LabelledText("error", shown(row["error"]), style="red")
    if row.get("hint"):
        cell.append(f"\nhint: {shown(row['hint'])}")
    return cell


BATCH_FORMATS: dict[str, Callable[[Iterable[Row]], str]] = {
    "terminal": _terminal,
    "csv": _csv,
    "json": _json,
    "jsonl": _jsonl,
}

# Formats that can be written a row at a time: (header, one row).
STREAM_FORMATS: dict[str, tuple[str, Callable[[Row], str]]] = {
    "csv": (_csv_line(_CSV_COLUMNS), _csv_row),
    "jsonl": ("", _jsonl_row),
}


def write_stream(rows: Iterable[Row], format: str, write: Callable[[str], None]) -> tuple[int, int]:
    """Write rows as they come with `write`, which flushes each; (rows written, error rows)."""
    header, line = STREAM_FORMATS[format]
    write(header)
    total = failed = 0
    for row in rows:
        write(line(row))
        total += 1
        failed += "error" in row
    return total, failed
