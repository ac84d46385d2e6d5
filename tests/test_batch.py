"""mlcareer batch: inputs from folders, globs and CSV; ranking; formats; failures as rows."""

from __future__ import annotations

import contextlib
import csv
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import mlcareer
from mlcareer import batch as batch_module
from mlcareer.api import Options
from mlcareer.batch import collect_pairs, run_batch
from mlcareer.errors import UsageError
from mlcareer.models import Profile

from .conftest import AS_OF, EXAMPLES, POSTINGS
from .conftest import invoke as run

RESUMES = sorted(EXAMPLES.glob("*.txt"))
JDS = [POSTINGS / "entry-ml-engineer.txt", POSTINGS / "data-analyst.txt"]


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    resumes, jds = tmp_path / "resumes", tmp_path / "jds"
    resumes.mkdir()
    jds.mkdir()
    for path in RESUMES:
        shutil.copy(path, resumes / path.name)
    for path in JDS:
        shutil.copy(path, jds / path.name)
    return resumes, jds


def test_folders_give_every_pair_ranked_per_posting(folders: tuple[Path, Path]) -> None:
    resumes, jds = folders
    result = run("batch", "--resumes", resumes, "--jds", jds, "--format", "json", "-j", "1")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == len(RESUMES) * len(JDS)
    for jd in {r["jd"] for r in rows}:
        scores = [r["score"] for r in rows if r["jd"] == jd]
        assert scores == sorted(scores, reverse=True)
        assert [r["rank"] for r in rows if r["jd"] == jd] == list(range(1, len(RESUMES) + 1))
    best_for_analyst = next(r for r in rows if r["jd"].endswith("data-analyst.txt"))
    assert best_for_analyst["resume"].endswith("data-analyst.txt")


def test_top_and_by_resume(folders: tuple[Path, Path]) -> None:
    resumes, jds = folders
    result = run(
        "batch",
        "--resumes",
        resumes,
        "--jds",
        jds,
        "--by",
        "resume",
        "--top",
        "1",
        "--format",
        "jsonl",
        "-j",
        "1",
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(RESUMES)
    assert {r["rank"] for r in rows} == {1}


def test_glob_and_csv_output(folders: tuple[Path, Path]) -> None:
    resumes, jds = folders
    result = run(
        "batch",
        "--resumes",
        str(resumes / "*.txt"),
        "--jds",
        str(jds / "data-*.txt"),
        "--format",
        "csv",
        "-j",
        "1",
    )
    assert result.exit_code == 0
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(table) == len(RESUMES)
    assert set(table[0]) >= {"rank", "resume", "jd", "score", "band", "missing_required", "error"}


def test_a_bad_file_is_an_error_row_and_the_rest_are_intact(folders: tuple[Path, Path]) -> None:
    resumes, jds = folders
    clean = run("batch", "--resumes", resumes, "--jds", jds, "--format", "jsonl", "-j", "1")
    (resumes / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a pdf")
    result = run("batch", "--resumes", resumes, "--jds", jds, "--format", "jsonl", "-j", "2")
    assert result.exit_code == 3
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    errors = [r for r in rows if "error" in r]
    assert len(errors) == len(JDS) and all("broken.pdf" in r["resume"] for r in errors)
    good = {(r["resume"], r["jd"]): r["score"] for r in rows if "error" not in r}
    before = {
        (r["resume"], r["jd"]): r["score"] for r in map(json.loads, clean.stdout.splitlines())
    }
    assert good == before  # the same scores, in parallel or not, bad neighbour or not
    assert f"{len(rows)} pairs: {len(rows) - len(JDS)} scored, {len(JDS)} failed" in result.stderr
    # ranked by resume ("aaa" sorts first), the group of the unreadable resume comes last
    (resumes / "broken.pdf").rename(resumes / "aaa.pdf")
    ranked = run("batch", "--resumes", resumes, "--jds", jds, "-f", "jsonl", "--by", "resume")
    lines = [json.loads(line) for line in ranked.stdout.splitlines()]
    assert all("error" in r for r in lines[-len(JDS) :])
    assert "error" not in lines[0]


def test_jds_take_a_bundled_postings_name_as_match_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no file here is named like a bundled posting
    names = ("data-analyst", "entry-ml-engineer.txt", "no-such-posting")
    options = [arg for name in names for arg in ("--jds", name)]
    result = run("batch", "--resumes", RESUMES[0], *options, "-f", "jsonl")
    assert result.exit_code == 3  # the unknown name is an error row, not a stop
    rows = {json.loads(line)["jd"]: json.loads(line) for line in result.stdout.splitlines()}
    assert rows["data-analyst"]["score"] > 0  # named as given, not by its installed path
    assert rows["entry-ml-engineer.txt"]["score"] > 0
    assert "no such file" in rows["no-such-posting"]["error"]


def test_pairs_rows_take_a_bundled_postings_name_when_no_file_has_it(tmp_path: Path) -> None:
    (tmp_path / "data-analyst.txt").write_text("Data analyst\nRequirements: Zorblex\n", "utf-8")
    pairs = tmp_path / "pairs.csv"
    rows = [f"{RESUMES[0]},data-analyst.txt", f"{RESUMES[0]},ml-intern", f"{RESUMES[0]},no-such"]
    pairs.write_text("resume,jd\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = run("batch", "--pairs", pairs, "-f", "jsonl")
    assert result.exit_code == 3  # the unknown name is an error row, not a stop
    got = {json.loads(line)["jd"]: json.loads(line) for line in result.stdout.splitlines()}
    assert "error" not in got[str(tmp_path / "data-analyst.txt")]  # a file beside the CSV wins
    assert got["ml-intern"]["score"] > 0  # the cell as written
    assert "no such file" in got[str(tmp_path / "no-such")]["error"]


def test_terminal_table_lists_errors_too(folders: tuple[Path, Path]) -> None:
    resumes, jds = folders
    (resumes / "empty.txt").write_text("", encoding="utf-8")
    result = run("batch", "--resumes", resumes, "--jds", jds, "-j", "1")
    assert result.exit_code == 3
    assert len(re.findall(r"│ error +│", result.stdout)) == len(JDS)  # band column may be wider
    assert f"{len(JDS)} failed" in result.stderr


def test_pairs_csv_paths_are_relative_to_the_csv(tmp_path: Path) -> None:
    shutil.copy(RESUMES[0], tmp_path / "cv.txt")
    shutil.copy(JDS[0], tmp_path / "jd.txt")
    (tmp_path / "pairs.csv").write_text("resume,jd\ncv.txt,jd.txt\n", encoding="utf-8")
    pairs = collect_pairs(tmp_path / "pairs.csv", [], [])
    assert pairs == [(tmp_path / "cv.txt", tmp_path / "jd.txt")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "needs --pairs"),
        (["--resumes", "x.txt"], "needs --pairs"),
        (["--pairs", "p.csv", "--resumes", "x.txt", "--jds", "y.txt"], "either --pairs"),
        (["--resumes", "nothing-here-*.pdf", "--jds", "y.txt"], "matched no files"),
        (["--resumes", "x.txt", "--jds", "y.txt", "--stream"], "--stream writes csv or jsonl"),
        (["--resumes", "x", "--jds", "y", "-f", "csv", "--stream", "--top", "1"], "unranked"),
        (["--resumes", "x.txt", "--jds", "y.txt", "--scheduler", "tcp://127.0.0.1:1"], "needs"),
        (["--pairs", "p.csv", "--prerank", "5"], "--prerank needs --resumes and --jds"),
        (["--resumes", "x", "--jds", "y", "--prerank", "2", "--top", "5"], "--prerank 2 keeps"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = run("batch", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stderr.startswith("error: ") and "\nhint: " in result.stderr


def test_bad_csv_header(tmp_path: Path) -> None:
    bad = tmp_path / "p.csv"
    bad.write_text("cv,posting\na,b\n", encoding="utf-8")
    with pytest.raises(UsageError, match="header"):
        collect_pairs(bad, [], [])


def test_each_document_is_extracted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from mlcareer import batch

    calls: list[str] = []
    original = batch.extract_one

    def counting(path: Path, options: Options, kind: str) -> object:
        calls.append(str(path))
        return original(path, options, kind)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "extract_one", counting)
    pairs = [(r, j) for r in RESUMES for j in JDS]
    result = run_batch(pairs, Options(as_of=AS_OF), jobs=1)
    assert len(result.rows) == len(pairs)
    assert sorted(calls) == sorted(str(p) for p in RESUMES + JDS)


def test_stream_writes_the_same_rows_unranked(folders: tuple[Path, Path], tmp_path: Path) -> None:
    resumes, jds = folders
    (resumes / "empty.txt").write_text("", encoding="utf-8")
    args = ("batch", "--resumes", resumes, "--jds", jds, "-j", "1")
    ranked = [json.loads(line) for line in run(*args, "-f", "jsonl").stdout.splitlines()]
    out = tmp_path / "rows.csv"
    result = run(*args, "-f", "jsonl", "--stream")
    assert result.exit_code == 3
    streamed = [json.loads(line) for line in result.stdout.splitlines()]
    assert all("rank" not in row for row in streamed)
    unranked = [{k: v for k, v in row.items() if k != "rank"} for row in ranked]
    assert sorted(streamed, key=str) == sorted(unranked, key=str)
    assert run(*args, "-f", "csv", "--stream", "-o", out).exit_code == 3
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(table) == len(ranked) and {r["rank"] for r in table} == {""}


@pytest.mark.parametrize(("by", "groups"), [("jd", len(JDS)), ("resume", len(RESUMES))])
def test_prerank_scores_only_the_best_candidates(
    folders: tuple[Path, Path], by: str, groups: int
) -> None:
    pytest.importorskip("scipy")
    resumes, jds = folders
    args = ("batch", "--resumes", resumes, "--jds", jds, "-f", "json", "-j", "1", "--by", by)
    exact = json.loads(run(*args, "--top", "1").stdout)
    result = run(*args, "--top", "1", "--prerank", "1")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == exact  # the best of each group survives pre-ranking
    assert f"pre-ranking kept {groups} of {len(RESUMES) * len(JDS)} pairs" in result.stderr


def test_prerank_counts_a_choice_once(profile_of: Callable[..., Profile], options: Options) -> None:
    pytest.importorskip("scipy")
    from mlcareer.api import compare
    from mlcareer.prerank import block_scores, posting_matrix

    posting = profile_of(
        "Requirements\n- Tableau or Power BI or Looker\n- SQL\n- Python\n", doc_type="posting"
    )
    every_tool = profile_of("Skills\nTableau, Power BI, Looker\n", doc_type="resume")
    one_tool = profile_of("Skills\nTableau\n", doc_type="resume")
    sql_and_python = profile_of("Skills\nSQL, Python\n", doc_type="resume")
    matrix = posting_matrix([posting], options)
    every, one, both = block_scores([every_tool, one_tool, sql_and_python], matrix, options)[:, 0]
    # the choice is one of three requirements, met alike by one tool or by all three
    assert every == pytest.approx(one)
    assert both == pytest.approx(2 * one)
    # a member close to the one shown earns partial credit once, as in the exact score
    resumes = [
        profile_of("Skills\nQlik, Python, SQL\n", doc_type="resume"),
        profile_of("Skills\nTableau, Python, PostgreSQL\n", doc_type="resume"),
    ]
    estimate = block_scores(resumes, matrix, options)[:, 0]
    exact = [compare(resume, posting, options).score for resume in resumes]
    assert estimate == pytest.approx(exact, abs=0.1)


def test_prerank_estimate_caps_preferred_skills_as_the_score_does(
    profile_of: Callable[..., Profile], options: Options
) -> None:
    pytest.importorskip("scipy")
    from mlcareer.api import compare
    from mlcareer.prerank import block_scores, posting_matrix

    posting = profile_of(
        "Requirements\n- Python\n- SQL\n- Docker\n- Kubernetes\n- Linux\n"
        "Nice to have\n- Terraform\n",
        doc_type="posting",
    )
    resumes = [
        profile_of("Skills\nPython, SQL, Docker\n", doc_type="resume"),
        profile_of("Skills\nTerraform, Python\n", doc_type="resume"),
    ]
    estimate = block_scores(resumes, posting_matrix([posting], options), options)[:, 0]
    exact = [compare(resume, posting, options).score for resume in resumes]
    assert estimate == pytest.approx(exact, abs=0.1)


def test_dask_engine_without_dask_is_a_usage_error(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    monkeypatch.delitem(sys.modules, "mlcareer.distributed", raising=False)
    monkeypatch.delattr(mlcareer, "distributed", raising=False)  # imported by an earlier test
    result = run("batch", "--resumes", folders[0], "--jds", folders[1], "--engine", "dask")
    assert result.exit_code == 2
    assert "--engine dask needs the dask extra" in result.stderr
    assert "pip install 'mlcareer[dask]'" in result.stderr


def test_the_cli_does_not_import_dask_or_scipy() -> None:
    code = (
        "import sys, mlcareer.cli, mlcareer.batch; "
        "print(sorted({'distributed', 'dask', 'scipy'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.skipif(not batch_module._can_fork(), reason="scoring in a pool needs fork")
def test_scoring_in_forked_workers_gives_the_serial_rows(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"not a pdf")
    pairs = [(r, j) for r in [*RESUMES, bad] for j in JDS]
    options = Options(as_of=AS_OF)
    serial = run_batch(pairs, options, jobs=1).rows
    monkeypatch.setattr(batch_module, "MIN_PARALLEL_SCORING", 1)
    pooled_calls: list[int] = []
    original = batch_module._score_in_pool

    def recording(*args: object) -> object:
        pooled_calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_module, "_score_in_pool", recording)
    pooled = run_batch(pairs, options, jobs=2).rows
    assert pooled_calls and pooled == serial
    assert any(row.get("error") for row in pooled)  # the broken file is a row, not a crash


@pytest.mark.skipif(not batch_module._can_fork(), reason="scoring in a pool needs fork")
def test_concurrent_batches_in_threads_keep_their_own_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading
    from concurrent.futures import ThreadPoolExecutor

    monkeypatch.setattr(batch_module, "MIN_PARALLEL_SCORING", 1)
    options = Options(as_of=AS_OF)
    first = [(r, JDS[0]) for r in RESUMES]
    second = [(r, JDS[1]) for r in reversed(RESUMES)]
    expected = [run_batch(p, options, jobs=1).rows for p in (first, second)]
    # Both batches finish extracting before either starts scoring: their pools overlap.
    together = threading.Barrier(2, timeout=60)
    extract = batch_module.extract_profiles

    def extract_then_wait(*args: object, **kwargs: object) -> object:
        profiles = extract(*args, **kwargs)  # type: ignore[arg-type]
        together.wait()
        return profiles

    monkeypatch.setattr(batch_module, "extract_profiles", extract_then_wait)
    with ThreadPoolExecutor(max_workers=2) as threads:
        got = list(threads.map(lambda p: run_batch(p, options, jobs=2).rows, (first, second)))
    assert got == expected


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ('cv.txt,jd.txt\n"' + "x" * 140_000 + '",jd.txt\n', "line 3: field larger than"),
        ("cv.txt,jd.txt\ncv.txt,\n", "line 3: the jd column is empty"),
        (",jd.txt\n", "line 2: the resume column is empty"),
        ("cv.txt,jd\x00.txt\n", "line 2: the jd column holds a NUL byte"),
        ("cv.txt,jd.txt\nmy cv, final.txt,jd.txt\n", "line 3: 1 cell more than the header"),
    ],
    ids=["long-cell", "empty-jd", "empty-resume", "nul", "extra-cell"],
)
def test_a_bad_pairs_row_is_a_usage_error_naming_its_line(
    tmp_path: Path, rows: str, message: str
) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("resume,jd\n" + rows, encoding="utf-8")
    with pytest.raises(UsageError, match=message):
        collect_pairs(pairs, [], [])
    result = run("batch", "--pairs", pairs, "-f", "jsonl")
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_blank_cells_past_the_header_are_allowed(tmp_path: Path) -> None:
    """A spreadsheet's export may end rows with empty cells ("a,b,,"): nothing is lost."""
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("resume,jd\ncv.txt,jd.txt,,\n", encoding="utf-8")
    assert collect_pairs(pairs, [], []) == [(tmp_path / "cv.txt", tmp_path / "jd.txt")]


def test_an_existing_file_with_glob_characters_is_taken_as_written(tmp_path: Path) -> None:
    resume = tmp_path / "[bold red] cv*.txt"
    resume.write_text("Skills: Python, SQL\n", encoding="utf-8")
    posting = tmp_path / "jd.txt"
    posting.write_text("Requirements:\n- Python\n", encoding="utf-8")
    assert collect_pairs(None, [str(resume)], [str(posting)]) == [(resume, posting)]


def test_a_folder_skips_hidden_files_silently_and_notes_other_types(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    for name in ("a.txt", "b.doc", "c.rtf", "e", ".hidden.txt", ".git/x.txt", "sub/d.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("Skills: Python, SQL\n", encoding="utf-8")
    posting = tmp_path / "jd.txt"
    posting.write_text("Requirements:\n- Python\n", encoding="utf-8")
    result = run("batch", "--resumes", folder, "--jds", posting, "-f", "jsonl", "-j", "1")
    assert result.exit_code == 0, result.output
    resumes = [json.loads(line)["resume"] for line in result.stdout.splitlines()]
    assert sorted(resumes) == [str(folder / "a.txt"), str(folder / "sub" / "d.txt")]
    note = (
        f"note: --resumes {folder}: skipped 3 files that are not"
        " PDF, DOCX, TXT, MD, HTML, JSON or EML: "
    )
    assert note + "b.doc, c.rtf, e\n" in result.stderr


def test_equal_scores_share_a_rank(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    for name, skills in (("c.txt", "Python"), ("a.txt", "Python"), ("b.txt", "Python, SQL")):
        (folder / name).write_text(f"Skills: {skills}\n", encoding="utf-8")
    (folder / "d.txt").write_text("Skills: Welding\n", encoding="utf-8")
    posting = tmp_path / "jd.txt"
    posting.write_text("Requirements:\n- Python\n- SQL\n", encoding="utf-8")
    args = ("batch", "--resumes", folder, "--jds", posting, "-j", "1")
    rows = json.loads(run(*args, "-f", "json").stdout)
    names = [Path(r["resume"]).name for r in rows]
    assert names == ["b.txt", "a.txt", "c.txt", "d.txt"]  # ties in path order
    assert [r["rank"] for r in rows] == [1, 2, 2, 4]
    table = list(csv.DictReader(io.StringIO(run(*args, "-f", "csv").stdout)))
    assert [r["rank"] for r in table] == ["1", "2", "2", "4"]
    terminal = run(*args).stdout
    assert re.findall(r"│ (\d) +│", terminal) == ["1", "2", "2", "4"]


def test_rows_carry_the_document_warnings(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_bytes("Skills: Python, SQL\nCaf\xe9 manager\n".encode("cp1252"))
    posting = tmp_path / "jd.txt"
    posting.write_text("Requirements:\n- Python\n", encoding="utf-8")
    args = ("batch", "--resumes", resume, "--jds", posting, "-j", "1")
    row = json.loads(run(*args, "-f", "jsonl").stdout)
    assert row["warnings"] == ["resume: not UTF-8: read as Windows-1252"]
    table = list(csv.reader(io.StringIO(run(*args, "-f", "csv").stdout)))
    assert table[0][7:10] == ["error", "warnings", "hint"]  # added last: the others keep places
    assert table[1][8:10] == ["resume: not UTF-8: read as Windows-1252", ""]


def test_rows_written_while_the_progress_bar_runs_go_to_stdout(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Dask engine writes streamed rows while the bar is live: a live bar must not take
    over stdout (rich redirects it to the bar's console, on stderr, by default)."""
    monkeypatch.setenv("FORCE_COLOR", "1")  # the bar's console behaves as a terminal
    with batch_module.progress_bar(True, 2) as advance:
        sys.stdout.write('{"row": 1}\n')
        advance(1)
    captured = capsys.readouterr()
    assert captured.out == '{"row": 1}\n'
    assert "row" not in captured.err


def test_error_rows_carry_the_hint(tmp_path: Path) -> None:
    """The hint says what to do with the file; an error row kept only the error."""
    empty, posting = tmp_path / "empty.txt", tmp_path / "jd.txt"
    empty.write_text("", encoding="utf-8")
    posting.write_text("Requirements:\n- Python\n", encoding="utf-8")
    args = ("batch", "--resumes", empty, "--jds", posting, "-j", "1")
    row = json.loads(run(*args, "-f", "jsonl").stdout)
    assert row["error"].endswith("the file is empty")
    assert row["hint"] == "export the document again"
    table = list(csv.DictReader(io.StringIO(run(*args, "-f", "csv").stdout)))
    assert table[0]["hint"] == "export the document again"
    terminal = run(*args).stdout
    assert "hint: export the document again" in " ".join(terminal.split())


def test_an_error_row_joins_the_hints_of_both_documents(options: Options) -> None:
    from mlcareer.models import Failure

    resume = Failure(path="a.txt", error="a.txt: the file is empty", hint="export it again")
    posting = Failure(path="b.pdf", error="b.pdf: no text", hint="run OCR on it first")
    row = batch_module.score_pair(resume, posting, (Path("a.txt"), Path("b.pdf")), options)
    assert row["error"] == "a.txt: the file is empty; b.pdf: no text"
    assert row["hint"] == "a.txt: export it again; b.pdf: run OCR on it first"


def test_a_row_is_scored_as_the_full_report_is(
    options: Options, write: Callable[[str, str], Path]
) -> None:
    """A batch row leaves the advice out (it shows none): every other field of the report,
    and so the row, is the same as a full report's, for one posting of two roles too."""
    from mlcareer.api import compare, extract

    misspelt = write(
        "cv.txt", "Skills\nPyhton, Kubernates, SQL\n\nExperience\nAnalyst, 2019 - 2024\n"
    )
    two_roles = write(
        "roles.txt",
        "Northwind Labs has two openings on its data team.\nPosition 1: Data Engineer\n"
        "Requirements:\n- 3+ years of Python and Airflow\n- Kubernetes\nPosition 2: Data"
        " Analyst\nRequirements:\n- SQL and Tableau\n- Excel\nBoth are remote roles.\n",
    )
    resumes = [extract(path, options, "resume") for path in [*RESUMES, misspelt]]
    postings = [extract(path, options, "posting") for path in [*JDS, two_roles]]
    assert len(postings[-1].roles) == 2
    advised = 0
    for resume in resumes:
        for posting in postings:
            full = compare(resume, posting, options)
            lean = compare(resume, posting, options, advice=False)
            assert lean.suggestions == [] and lean.suggestions_left_out == 0
            left_out = {"suggestions", "suggestions_left_out"}
            assert lean.model_dump(exclude=left_out) == full.model_dump(exclude=left_out)
            pair = (Path(resume.path), Path(posting.path))
            row = batch_module.score_pair(resume, posting, pair, options)
            assert row == batch_module.pair_row(full)
            advised += bool(full.suggestions)
    assert advised  # the full reports did hold advice to leave out


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    """A folder of things a scan must not drop silently: a broken link, a FIFO, a link loop,
    a linked folder, and a FIFO no reader takes."""
    folder = tmp_path / "cvs"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "x.txt").write_text("Skills: Python\n", encoding="utf-8")
    (folder / "a.txt").write_text("Skills: Python, SQL\n", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Skills: Python\n", encoding="utf-8")
    (folder / "broken.txt").symlink_to("nowhere.txt")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    os.mkfifo(folder / "fifo.txt")
    os.mkfifo(folder / "pipe")
    return folder


def _batch_rows(folder: Path, spec: str | Path) -> tuple[dict[str, dict[str, object]], str]:
    posting = folder.parent / "jd.txt"
    posting.write_text("Requirements:\n- Python\n", encoding="utf-8")
    result = run("batch", "--resumes", spec, "--jds", posting, "-f", "jsonl", "-j", "1")
    assert result.exit_code == 3, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return {Path(r["resume"]).name: r for r in rows}, result.stderr


def test_a_folder_scan_drops_no_input_silently(odd_folder: Path) -> None:
    rows, stderr = _batch_rows(odd_folder, odd_folder)
    assert sorted(rows) == ["a.txt", "b.txt", "broken.txt", "fifo.txt", "loop.txt"]
    assert "broken symbolic link" in str(rows["broken.txt"]["error"])
    assert "not a regular file" in str(rows["fifo.txt"]["error"])
    assert "cannot read" in str(rows["loop.txt"]["error"])
    assert f"note: --resumes {odd_folder}: skipped 1 file that is not PDF" in stderr
    assert "JSON or EML: pipe\n" in stderr
    linked = f"note: --resumes {odd_folder}: skipped 1 linked folder (a symbolic link): linked"
    assert linked in stderr


def test_a_glob_drops_no_input_silently(odd_folder: Path) -> None:
    rows, stderr = _batch_rows(odd_folder, str(odd_folder / "*.txt"))
    assert sorted(rows) == ["a.txt", "broken.txt", "fifo.txt", "loop.txt"]
    rows, stderr = _batch_rows(
        odd_folder, str(odd_folder / "*")
    )  # folders matched are named in a note
    assert sorted(rows) == ["a.txt", "broken.txt", "fifo.txt", "loop.txt", "pipe"]
    assert "skipped 2 folders the pattern matched: linked, sub" in stderr


def test_a_document_named_twice_is_read_once_with_a_note(tmp_path: Path) -> None:
    """Repeats are merged by the file they name, however spelled, and said on stderr."""
    folder = tmp_path / "cvs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Skills: Python, SQL\n", encoding="utf-8")
    (folder / "link.txt").symlink_to("a.txt")
    posting = tmp_path / "jd.txt"
    posting.write_text("Requirements:\n- Python\n", encoding="utf-8")
    spellings = [folder / "a.txt", f"{folder}/sub/../a.txt", folder / "link.txt", folder / "a.txt"]
    resumes = [arg for spelling in spellings for arg in ("--resumes", spelling)]
    result = run("batch", *resumes, "--jds", posting, "--jds", posting, "-f", "jsonl", "-j", "1")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["resume"], r["jd"]) for r in rows] == [(str(folder / "a.txt"), str(posting))]
    first = folder / "a.txt"
    assert (
        f"note: --resumes: 3 paths name a file already listed, read once: "
        f"{folder}/sub/../a.txt (= {first}), {folder / 'link.txt'} (= {first}), {first} (again)\n"
    ) in result.stderr
    assert f"note: --jds: 1 path names a file already listed, read once: {posting} (again)\n" in (
        result.stderr
    )


def test_a_pair_listed_twice_is_scored_once_with_a_note(tmp_path: Path) -> None:
    tmp_path = tmp_path / "x"
    tmp_path.mkdir()
    (tmp_path / "a.txt").write_text("Skills: Python, SQL\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Skills: Python\n", encoding="utf-8")
    (tmp_path / "jd.txt").write_text("Requirements:\n- Python\n", encoding="utf-8")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("resume,jd\na.txt,jd.txt\nb.txt,jd.txt\n../x/a.txt,jd.txt\na.txt,jd.txt\n")
    result = run("batch", "--pairs", pairs, "-f", "jsonl", "-j", "1")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(r["resume"]).name for r in rows) == ["a.txt", "b.txt"]
    note = f"note: --pairs {pairs}: 2 rows repeat an earlier pair, scored once: line 4 (= line 2), "
    assert note + "line 5 (= line 2)\n" in result.stderr


def test_a_subfolder_that_cannot_be_searched_is_named_in_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.walk skips a folder it cannot list unless told; running as root, no folder is
    locked, so the walk reports one."""
    (tmp_path / "a.txt").write_text("Skills: Python\n", encoding="utf-8")
    walk = os.walk

    def walk_with_a_locked_folder(top: Path, onerror: Callable[[OSError], None]) -> object:
        onerror(PermissionError(13, "Permission denied", str(top / "locked")))
        return walk(top, onerror=onerror)

    monkeypatch.setattr(batch_module.os, "walk", walk_with_a_locked_folder)
    notes: list[str] = []
    assert collect_pairs(None, [str(tmp_path)], [str(tmp_path / "a.txt")], notes)
    assert f"--resumes {tmp_path}: could not search {tmp_path / 'locked'} (Permission denied)" in (
        notes
    )


def _grouped_pairs(tmp_path: Path) -> list[tuple[Path, Path]]:
    """Pairs in small groups that share no document, listed so that the groups interleave
    (a posting's second resume comes after other groups' pairs), with an unreadable resume
    in a group with a readable one and a missing posting in a group of its own."""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 this is not really a pdf")
    postings = sorted(POSTINGS.glob("*.txt"))
    pairs = [(resume, postings[i % len(postings)]) for i, resume in enumerate(RESUMES)]
    pairs.insert(2, (broken, postings[0]))
    pairs.append((RESUMES[0], tmp_path / "gone.txt"))
    return pairs


@pytest.mark.skipif(not batch_module._can_fork(), reason="the grouped path needs fork")
def test_groups_sharing_no_document_are_extracted_and_scored_in_one_pool(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pairs = _grouped_pairs(tmp_path)
    options = Options(as_of=AS_OF)
    serial = run_batch(pairs, options, jobs=1).rows  # the two-phase path, in one process
    paths: list[str] = []
    grouped, two_phase = batch_module._extract_and_score_in_pool, batch_module.extract_profiles
    monkeypatch.setattr(
        batch_module,
        "_extract_and_score_in_pool",
        lambda *a: paths.append("grouped") or grouped(*a),
    )
    monkeypatch.setattr(
        batch_module,
        "extract_profiles",
        lambda *a, **k: paths.append("two-phase") or two_phase(*a, **k),
    )
    indexed = list(batch_module.iter_batch(pairs, options, jobs=2))
    assert paths == ["grouped"]
    assert [i for i, _ in indexed] == list(range(len(pairs)))  # input order, as they come
    assert [row for _, row in indexed] == serial
    broken = [row for row in serial if row["resume"].endswith("broken.pdf")]
    assert len(broken) == 1 and broken[0]["error"] and broken[0]["hint"]
    gone = serial[-1]
    assert gone["jd"].endswith("gone.txt") and "gone.txt" in gone["error"] and gone["hint"]
    assert sum("error" in row for row in serial) == 2  # the failures' neighbours are scored


@pytest.mark.skipif(not batch_module._can_fork(), reason="the grouped path needs fork")
def test_the_grouped_path_counts_every_document_on_the_progress_bar(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pairs = _grouped_pairs(tmp_path)
    counted: list[tuple[int, int]] = []

    @contextlib.contextmanager
    def recording_bar(enabled: bool, total: int) -> Iterator[Callable[[int], None]]:
        advanced: list[int] = []
        yield advanced.append
        counted.append((total, sum(advanced)))

    monkeypatch.setattr(batch_module, "progress_bar", recording_bar)
    run_batch(pairs, Options(as_of=AS_OF), jobs=2, progress=True)
    documents = len(batch_module.document_tasks(pairs))
    assert counted == [(documents, documents)]


def test_the_path_depends_on_the_size_of_the_groups(tmp_path: Path) -> None:
    from mlcareer.pair_groups import component_chunks, components

    postings = sorted(POSTINGS.glob("*.txt"))
    one_to_one = [(r, j) for r, j in zip(RESUMES, postings, strict=False)]
    cross = [(r, j) for j in postings for r in RESUMES]
    # the same path as a resume and as a posting is two documents, as the batch extracts it
    assert components([(RESUMES[0], RESUMES[1]), (RESUMES[1], RESUMES[0])]) == [([0], 2), ([1], 2)]
    assert components([(RESUMES[0], postings[0]), (RESUMES[1], postings[1])]) == [
        ([0], 2),
        ([1], 2),
    ]
    assert components(cross) == [(list(range(len(cross))), len(RESUMES) + len(postings))]
    chunks = component_chunks(one_to_one, workers=2)
    assert chunks is not None
    assert sorted(i for chunk in chunks for i in chunk) == list(range(len(one_to_one)))
    assert component_chunks(cross, workers=2) is None  # one group: nothing to share out
    many = [(tmp_path / f"cv{i}.txt", tmp_path / f"jd{i}.txt") for i in range(400)]
    assert component_chunks(many, workers=2) is not None
    # a small cross product beside them is one more group; a large one holds too much of the
    # work for one worker (30 x 20: 50 documents and 600 pairs, 800 of 4,400 units of work)
    assert component_chunks(many + cross, workers=2) is not None
    grid = [(tmp_path / f"r{r}.txt", tmp_path / f"p{p}.txt") for r in range(30) for p in range(20)]
    assert component_chunks(many + grid, workers=2) is None
    # one worker, or too few documents to fork for, keeps the two-phase path
    assert batch_module._group_chunks(many, 1) is None
    assert batch_module._group_chunks(one_to_one[:3], 2) is None
    if batch_module._can_fork():
        assert batch_module._group_chunks(many, 2) is not None
        assert batch_module._group_chunks(cross, 2) is None


@pytest.mark.skipif(not batch_module._can_fork(), reason="scoring in a pool needs fork")
def test_a_large_group_and_prerank_keep_the_two_phase_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_grouped_path(*args: object) -> object:
        raise AssertionError("the grouped path was taken")

    monkeypatch.setattr(batch_module, "_extract_and_score_in_pool", no_grouped_path)
    options = Options(as_of=AS_OF)
    postings = sorted(POSTINGS.glob("*.txt"))
    cross = [(r, j) for j in postings for r in RESUMES]  # one group of 11 documents
    assert run_batch(cross, options, jobs=2).rows == run_batch(cross, options, jobs=1).rows
    if importlib.util.find_spec("scipy") is not None:  # pre-ranking needs every profile
        small_groups = [(r, j) for r, j in zip(RESUMES, postings, strict=False)]
        every = run_batch(small_groups, options, jobs=1).rows
        best = run_batch(small_groups, options, jobs=2, prerank=batch_module.load_prerank(1, "jd"))
        assert best.rows and all(row in every for row in best.rows)


def test_terminal_table_fits_an_80_column_terminal(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from os import terminal_size

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback: terminal_size((80, 24)))
    resumes, jds = folders
    pairs = collect_pairs(None, [str(resumes)], [str(jds)])
    rows = run_batch(pairs, Options(as_of=AS_OF), jobs=1).ranked()
    text = batch_module.BATCH_FORMATS["terminal"](rows)
    assert max(map(len, text.splitlines())) <= 80


@pytest.mark.parametrize("name", ["=cmd.txt", "+sum.txt", "-minus.txt", "@at.txt"])
def test_csv_cells_a_spreadsheet_would_run_as_formulas_stay_text(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(RESUMES[0], tmp_path / name)
    (tmp_path / "posting").mkdir()
    shutil.copy(JDS[0], tmp_path / "posting" / "jd.txt")
    (tmp_path / f"{name}.pdf").write_bytes(b"%PDF-1.7 not a pdf")  # its error cell too
    monkeypatch.chdir(tmp_path)
    result = run("batch", "--resumes", "*.*", "--jds", "posting", "-f", "csv", "-j", "1")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["resume"] for r in rows} == {f"'{name}", f"'{name}.pdf"}
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())
    assert rows[0]["score"][0].isdigit()  # numbers stay numbers


def test_a_lone_dash_for_standard_input_stays_as_it_is_in_csv() -> None:
    # "-" names standard input; only a cell a spreadsheet would run gets the quote
    line = batch_module._csv_line(["-", "-cv.txt", "=1+2", "cv.txt"])
    assert line == "-,'-cv.txt,'=1+2,cv.txt\n"


def test_every_batch_row_fits_the_schema_mlcareer_schema_batch_prints(
    folders: tuple[Path, Path],
) -> None:
    from typer.testing import CliRunner

    from mlcareer.cli import app
    from mlcareer.models import BatchGap, BatchRow

    schema = CliRunner().invoke(app, ["schema", "batch"])
    assert schema.exit_code == 0, schema.stderr
    assert json.loads(schema.stdout) == BatchRow.model_json_schema()
    resumes, jds = folders
    (resumes / "broken.pdf").write_bytes(b"%PDF-1.7 not a pdf")
    for extra in ([], ["--stream"]):
        result = run("batch", "--resumes", resumes, "--jds", jds, "-f", "jsonl", "-j", "1", *extra)
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert any("error" in r for r in rows) and any("score" in r for r in rows)
        for row in rows:  # every field the rows carry is in the schema
            BatchRow.model_validate(row)
            assert set(row) <= set(BatchRow.model_fields)
            assert all(set(gap) <= set(BatchGap.model_fields) for gap in row.get("missing", []))


def test_threads_sharing_a_new_matcher_find_what_one_thread_finds() -> None:
    """Patterns are added to the shared matcher as documents need them; threads that extract
    at once must not take the same waiting patterns from each other (a KeyError, or a skill
    missed because another thread had not added its pattern yet)."""
    import functools
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from mlcareer.extract.nlp import SkillMatcher

    taxonomy = Options(as_of=AS_OF).taxonomy
    texts = [path.read_text(encoding="utf-8") for path in [*RESUMES, *JDS] if path.suffix == ".txt"]

    def found(matcher: SkillMatcher, text: str) -> list[tuple[str, int]]:
        return [(hit.skill_id, hit.start) for hit in matcher.find(matcher.tokenize(text))]

    alone = SkillMatcher(taxonomy)
    expected = [found(alone, text) for text in texts] * 2
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads often, as a loaded machine may
    try:
        for _ in range(3):
            shared = SkillMatcher(taxonomy)
            with ThreadPoolExecutor(max_workers=4) as threads:
                got = list(threads.map(functools.partial(found, shared), texts * 2))
            assert got == expected
    finally:
        sys.setswitchinterval(interval)


def test_prerank_estimate_lowers_the_overqualified_as_the_score_does(
    profile_of: Callable[..., Profile], options: Options
) -> None:
    pytest.importorskip("scipy")
    from mlcareer.api import compare
    from mlcareer.prerank import block_scores, posting_matrix

    posting = profile_of(
        "Data Science Intern\n\nRequirements\n- Python\n- SQL\n",
        doc_type="posting",
    )
    senior = "Experience\nSenior Data Scientist, Acme, Jan 2015 - Present\n"
    senior += "- Data science in Python, SQL\n"
    education = "\nEducation\nB.S. in Statistics, State University, {}\n"
    resumes = [  # a senior, and one back at school (no stranger to an internship)
        profile_of(senior + education.format("2014"), doc_type="resume"),
        profile_of(senior + education.format("expected May 2028"), doc_type="resume"),
    ]
    estimate = block_scores(resumes, posting_matrix([posting], options), options)[:, 0]
    exact = [compare(resume, posting, options).score for resume in resumes]
    assert estimate == pytest.approx(exact, abs=0.1)


def test_prerank_estimate_follows_the_current_student_rule_as_the_score_does(
    profile_of: Callable[..., Profile], options: Options
) -> None:
    """A posting for current students gives a graduate no education credit and a student of
    the degree asked all of it: the estimate must not put the graduate above the student."""
    pytest.importorskip("scipy")
    from mlcareer.api import compare
    from mlcareer.prerank import block_scores, posting_matrix

    posting = profile_of(
        "Working Student Data Science\n\nRequirements\n"
        "- Currently enrolled in a Bachelor's program in Statistics\n- Python\n- SQL\n",
        doc_type="posting",
    )
    work = "Experience\nData Analyst, Acme, Jan 2023 - Present\n- Reports in Python, SQL\n"
    education = "\nEducation\n{} in Statistics, State University, {}\n"
    resumes = [  # a graduate, a bachelor's student, a graduate back for a master's, no student
        profile_of(work + education.format("B.S.", "2022"), doc_type="resume"),
        profile_of(work + "\nEducation\nHigh School Diploma, 2019\n", doc_type="resume"),
        profile_of(work + education.format("B.S.", "expected May 2028"), doc_type="resume"),
        profile_of(
            work + education.format("B.S.", "2022") + "M.S. in Statistics, expected 2027\n",
            doc_type="resume",
        ),
    ]
    estimate = block_scores(resumes, posting_matrix([posting], options), options)[:, 0]
    exact = [compare(resume, posting, options).score for resume in resumes]
    assert estimate == pytest.approx(exact, abs=0.1)


def test_rows_say_overqualified_and_current_student_postings(
    graduate_and_intern_posting: tuple[Path, Path],
) -> None:
    """A scripter filters the pairs a score alone does not explain: a resume far above an
    internship, a posting for current students and whether the resume shows one."""
    graduate, posting = graduate_and_intern_posting
    args = ("batch", "--resumes", graduate, "--jds", posting, "-j", "1", "--as-of", "2026-01")
    row = json.loads(run(*args, "-f", "jsonl").stdout)
    assert row["level_fit"] == "overqualified"
    assert row["enrollment_required"] == "Currently enrolled in a Bachelor's program"
    assert row["resume_in_progress"] is None
    [table] = list(csv.DictReader(io.StringIO(run(*args, "-f", "csv").stdout)))
    assert table["level_fit"] == "overqualified"
    assert table["enrollment_required"] == row["enrollment_required"]
    assert table["resume_in_progress"] == ""


def test_a_path_resolves_as_realpath_does_with_folders_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resolving a pairs CSV's paths with each folder resolved once gives what
    os.path.realpath gives: links to files and folders, '..' after a link, missing files and
    folders, a link loop, and paths relative to the working folder."""
    real = tmp_path / "real"
    (real / "sub").mkdir(parents=True)
    (real / "sub" / "cv.txt").write_text("x", encoding="utf-8")
    (real / "jd.txt").write_text("x", encoding="utf-8")
    (tmp_path / "linked").symlink_to(real / "sub")
    (real / "link.txt").symlink_to(real / "sub" / "cv.txt")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    monkeypatch.chdir(tmp_path)
    spellings = [
        "real/sub/cv.txt", "linked/cv.txt", "linked/../jd.txt", "real/link.txt",
        "real/./sub/cv.txt", "real/missing.txt", "gone/cv.txt", "loop/cv.txt", "loop",
        "real/sub/..", "real/sub/.", "cv.txt", "real/jd.txt/inside", str(real / "jd.txt"),
        "linked/../sub/cv.txt",
    ]  # fmt: skip
    folders: dict[str, str] = {}
    for _ in range(2):  # the second time from what is remembered
        for spelled in spellings:
            path = Path(spelled)
            assert batch_module._same_file(path, folders) == os.path.realpath(path), spelled
