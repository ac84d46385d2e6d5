"""The command line: every exit code, stdout/stderr split, the JSON contract."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES, POSTINGS

RESUME = EXAMPLES / "entry-ml-engineer.txt"
RESUME_PDF = EXAMPLES / "entry-ml-engineer.pdf"
JD = POSTINGS / "entry-ml-engineer.txt"
AS_OF = ["--as-of", "2026-11"]


@pytest.fixture
def run() -> Callable[..., object]:
    runner = CliRunner()

    def _run(*args: str | Path) -> object:
        return runner.invoke(app, [str(a) for a in args])

    return _run


def test_help_lists_commands(run: Callable[..., object]) -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("match", "extract", "batch", "check", "schema"):
        assert command in result.stdout


def test_version(run: Callable[..., object]) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("mlcareer ")


def test_match_json_has_contract_fields(run: Callable[..., object]) -> None:
    result = run("match", RESUME_PDF, JD, "--format", "json", *AS_OF)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["resume"] == str(RESUME_PDF)
    assert report["jd"] == str(JD)
    assert 0 <= report["score"] <= 100
    assert report["schema_version"] and report["tool_version"]
    assert len(report["taxonomy"]["sha256"]) == 64
    for item in report["missing"]:
        assert {"id", "name", "importance", "jd_text"} <= item.keys()
        assert item["importance"] in ("required", "preferred", "mentioned")


def test_match_is_deterministic(run: Callable[..., object]) -> None:
    first = run("match", RESUME, JD, "--format", "json", *AS_OF).stdout
    second = run("match", RESUME, JD, "--format", "json", *AS_OF).stdout
    assert first == second


def test_match_terminal_report_sections(run: Callable[..., object]) -> None:
    result = run("match", RESUME, JD, "--no-color", *AS_OF)
    assert result.exit_code == 0
    for heading in ("Score breakdown", "Matched", "Education and experience", "What to change"):
        assert heading in result.stdout
    assert "\x1b[" not in result.stdout


def test_extract_jsonl_keeps_order_and_reports_failures(
    run: Callable[..., object], tmp_path: Path
) -> None:
    missing = tmp_path / "nope.pdf"
    result = run("extract", RESUME, missing, JD, "--format", "jsonl", *AS_OF)
    assert result.exit_code == 3
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["path"] for r in rows] == [str(RESUME), str(missing), str(JD)]
    assert "error" in rows[1]
    closing = result.stderr.rstrip().splitlines()[-2:]
    assert closing[0] == "error: 1 of 3 files could not be read"
    assert closing[1].startswith("hint: ")
    assert rows[0]["text_chars"] == len(RESUME.read_text(encoding="utf-8"))
    text = RESUME.read_text(encoding="utf-8")
    for skill in rows[0]["skills"]:
        assert skill["kind"] in ("technical", "soft")
        for m in skill["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    assert rows[0]["education"]["highest"] == "bachelor"
    assert rows[0]["experience"]["ranges"][0]["text"]


def test_extract_terminal_says_each_warning_and_names_a_failure_once(
    run: Callable[..., object], tmp_path: Path
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Python developer at Caf\xe9 Lumi\xe8re\n".encode("latin-1"))
    missing = tmp_path / "nope.txt"
    result = run("extract", latin, missing, "--no-color", *AS_OF)
    assert result.exit_code == 3
    assert "warning: not UTF-8: read as Windows-1252" in result.stdout
    assert f"{missing}: no such file" in result.stdout
    assert f"{missing}: {missing}" not in result.stdout


@pytest.mark.parametrize(("command", "format"), [("extract", "jsonl"), ("check", "json")])
def test_a_json_run_points_at_the_error_records(
    run: Callable[..., object], tmp_path: Path, command: str, format: str
) -> None:
    """In JSON the errors are records on stdout, not lines on stderr above the summary."""
    result = run(command, RESUME, tmp_path / "nope.txt", "-f", format, *AS_OF)
    assert result.exit_code == 3
    assert "lines above" not in result.stderr
    assert "record" in result.stderr.splitlines()[-1]


def test_missing_file_is_exit_3_with_hint(run: Callable[..., object], tmp_path: Path) -> None:
    result = run("match", tmp_path / "missing.pdf", JD)
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert "hint: " in result.stderr
    assert "Traceback" not in result.stderr


def test_unsupported_type_is_exit_3(run: Callable[..., object], tmp_path: Path) -> None:
    rtf = tmp_path / "cv.rtf"
    rtf.write_text("{\\rtf1 hello}", encoding="utf-8")
    result = run("extract", rtf, "--format", "json")
    assert result.exit_code == 3
    assert "unsupported" in result.stderr


def test_bad_option_is_exit_2(run: Callable[..., object]) -> None:
    assert run("match", RESUME, JD, "--format", "yaml").exit_code == 2
    assert run("match", RESUME).exit_code == 2
    assert run("match", RESUME, JD, "--as-of", "soon").exit_code == 2
    assert run("match", RESUME, JD, "--weights", "luck=3").exit_code == 2


@pytest.mark.parametrize("month", ["2205-01", "0025-06", "1800-01"])
def test_an_implausible_as_of_month_is_a_usage_error(
    run: Callable[..., object], tmp_path: Path, month: str
) -> None:
    """A typo such as 2205 for 2025 made every 'Present' range too long to count: 0 years."""
    resume = tmp_path / "cv.txt"
    resume.write_text("Experience\nData Engineer, Jan 2019 - Present\nSkills: SQL\n", "utf-8")
    result = run("extract", resume, "--as-of", month)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: --as-of '{month}'") and "hint:" in result.stderr


def test_invalid_taxonomy_is_exit_4(run: Callable[..., object], tmp_path: Path) -> None:
    bad = tmp_path / "tax.yaml"
    bad.write_text("skills:\n  - id: Bad Id\n    name: X\n    kind: magic\n", encoding="utf-8")
    result = run("match", RESUME, JD, "--taxonomy", bad)
    assert result.exit_code == 4
    assert "skills[0]" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_exit_codes(run: Callable[..., object]) -> None:
    assert run("check", RESUME, "--jd", JD, "--fail-under", "1", *AS_OF).exit_code == 0
    failed = run("check", RESUME, "--jd", JD, "--fail-under", "100", *AS_OF)
    assert failed.exit_code == 1
    assert "FAIL fail-under" in failed.stdout
    needs = run("check", RESUME, "--jd", JD, "--require", "Haskell", *AS_OF)
    assert needs.exit_code == 1
    assert "Haskell" in needs.stdout
    # a repeated --require adds to the list: the first one is not dropped
    both = run("check", RESUME, "--jd", JD, "--require", "Haskell", "--require", "Python", *AS_OF)
    assert both.exit_code == 1
    assert "require:haskell" in both.stdout.lower() and "require:python" in both.stdout.lower()


def test_check_without_posting_lints_the_resume(run: Callable[..., object], tmp_path: Path) -> None:
    good = run("check", EXAMPLES / "intern-student.txt", "--format", "json", *AS_OF)
    assert good.exit_code == 0, good.stdout
    rules = {r["name"]: r for r in json.loads(good.stdout)["rules"]}
    assert set(rules) >= {"contact", "sections", "length", "dates", "measurable-results"}
    thin = tmp_path / "thin.txt"
    thin.write_text("Jo Smith\nI like data.\n", encoding="utf-8")
    bad = run("check", thin, *AS_OF)
    assert bad.exit_code == 1
    assert "FAIL contact" in bad.stdout and "fix:" in bad.stdout
    assert "FAIL sections" in bad.stdout
    assert "no bullet points under experience" in bad.stdout  # not "0 of 0 bullets"


def test_a_posting_with_nothing_to_measure_fails_the_check(
    run: Callable[..., object], tmp_path: Path
) -> None:
    blurb = tmp_path / "blurb.txt"
    blurb.write_text("Come work with us!\nWe are a fun team.\n", encoding="utf-8")
    result = run("check", RESUME, "--jd", blurb, "--max-missing-required", "0", *AS_OF)
    assert result.exit_code == 1
    assert "FAIL posting: the posting names no skills" in result.stdout
    report = json.loads(run("match", RESUME, blurb, "--format", "json", *AS_OF).stdout)
    assert report["score"] == 0 and any("measures nothing" in w for w in report["warnings"])


LINT_RESUME = """Robin Diaz
robin@example.com

Experience
ML Engineer, Acme   2019 - 2021
1. Built a feature store for the ranking team
2. Wrote design docs for model serving
3. Migrated training jobs to Kubernetes
"""


def test_check_lint_needs_a_real_phone_and_real_results(
    run: Callable[..., object], tmp_path: Path
) -> None:
    resume = tmp_path / "lint.txt"
    resume.write_text(LINT_RESUME, encoding="utf-8")
    rules = {
        r["name"]: r
        for r in json.loads(run("check", resume, "--format", "json", *AS_OF).stdout)["rules"]
    }
    assert not rules["contact"]["passed"]  # "2019 - 2021" is no phone number
    assert rules["measurable-results"]["message"].startswith("0 of 3")  # nor is "1."


def test_check_reads_a_wrapped_bullets_result_on_its_next_line(
    run: Callable[..., object], tmp_path: Path
) -> None:
    resume = tmp_path / "wrap.txt"
    resume.write_text(
        "Jane Doe\njane@example.com | +1 312 555 0100\n\nExperience\n"
        "ML Engineer, Acme | Jan 2020 - Present\n"
        "- Built a churn model in Python that flagged at-risk customers and\n"
        "  cut churn by 12% in the first quarter.\n"
        "- Built a ranking model for the home feed and\n  raised click-through rate by 4%.\n"
        "- Wrote SQL pipelines.\n",
        encoding="utf-8",
    )
    rules = {
        r["name"]: r
        for r in json.loads(run("check", resume, "--format", "json", *AS_OF).stdout)["rules"]
    }
    assert rules["measurable-results"]["message"].startswith("2 of 3")
    resume.write_text(
        "Jane Doe\njane@example.com | +1 312 555 0100\n\nExperience\n"
        "  ML Engineer, Acme | 2021 - Present\n  - Built churn models for the retention team\n"
        "  Analyst, Beta Inc, 2018 - 2021\n  - Wrote reports\n",
        encoding="utf-8",
    )  # the next job's header is no wrapped line of a bullet
    rules = {
        r["name"]: r
        for r in json.loads(run("check", resume, "--format", "json", *AS_OF).stdout)["rules"]
    }
    assert rules["measurable-results"]["message"].startswith("0 of 2")


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("2019 - 2021", False),
        ("Analyst 2020 - 02", False),
        ("GPA 3.8  (2015-2019)", False),
        ("+1 555 123 4567", True),
        ("(555) 201-9202", True),
        ("+44 20 7946 0958", True),
    ],
)
def test_a_phone_number_is_not_a_range_of_years(text: str, phone: bool) -> None:
    from mlcareer.checks import has_phone

    assert has_phone(text) is phone


def test_check_rules_need_a_posting(run: Callable[..., object]) -> None:
    assert run("check", RESUME, "--fail-under", "50").exit_code == 2


def test_schema_prints_json_schema(run: Callable[..., object]) -> None:
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"resume", "jd", "score", "missing"} <= set(schema["properties"])
    assert run("schema", "nonsense").exit_code == 2


def test_profile_schema_names_each_field_extract_prints_and_no_other(
    run: Callable[..., object],
) -> None:
    schema = json.loads(run("schema", "profile").stdout)
    printed = json.loads(run("extract", RESUME, "-f", "json").stdout)
    assert set(printed) <= set(schema["properties"])
    assert "text" not in schema["properties"]  # the document text is never printed
    assert set(schema["required"]) <= set(printed)


def test_batch_pairs_csv(run: Callable[..., object], tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f"resume,jd\n{RESUME},{JD}\n{tmp_path / 'gone.txt'},{JD}\n", encoding="utf-8")
    result = run("batch", "--pairs", pairs, "--format", "jsonl", "--jobs", "1", *AS_OF)
    assert result.exit_code == 3  # one pair failed; the other is still reported
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2
    good = next(r for r in rows if "score" in r)
    bad = next(r for r in rows if "error" in r)
    assert good["resume"] == str(RESUME)
    assert bad["resume"] == str(tmp_path / "gone.txt")
    assert "1 failed" in result.stderr


def test_check_without_a_rule_says_nothing_can_fail(run: Callable[..., object]) -> None:
    result = run("check", RESUME, "--jd", "entry-ml-engineer", *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "note: no rule given, so nothing can fail" in result.stderr
    ruled = run("check", RESUME, "--jd", "entry-ml-engineer", "--fail-under", "1", *AS_OF)
    assert "no rule given" not in ruled.stderr


def test_check_takes_a_bundled_posting_by_name(run: Callable[..., object]) -> None:
    result = run("check", RESUME, "--jd", "entry-ml-engineer", "--fail-under", "1", *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "ok   fail-under" in result.stdout


SMALL_RESUME = "Jane Doe\nSkills: Python, SQL, pandas\nExperience\n- Data analyst, 2020 - 2023\n"
SMALL_POSTING = "Data Analyst\nRequirements:\n- Python\n- SQL\n- Tableau\n"


@pytest.fixture
def latin1_named(tmp_path: Path) -> tuple[Path, Path]:
    """A resume whose name is not UTF-8 (as copied from an old share), and a posting."""
    folder = tmp_path / "cvs"
    folder.mkdir()
    resume = folder / os.fsdecode(b"r\xe9sum\xe9.txt")  # str with lone surrogates
    resume.write_text(SMALL_RESUME, encoding="utf-8")
    posting = tmp_path / "jd.txt"
    posting.write_text(SMALL_POSTING, encoding="utf-8")
    return resume, posting


def test_names_that_are_not_utf8_are_escaped_in_every_output(
    run: Callable[..., object],
    latin1_named: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    resume, posting = latin1_named
    escaped = "r\\udce9sum\\udce9.txt"
    table = tmp_path / "rows.csv"
    result = run("batch", "--resumes", resume.parent, "--jds", posting, "-f", "csv", "-o", table)
    assert result.exit_code == 0, result.output
    assert escaped in table.read_bytes().decode("utf-8")
    streamed = tmp_path / "rows.jsonl"
    args = ("batch", "--resumes", resume.parent, "--jds", posting, "-f", "jsonl")
    assert run(*args, "--stream", "-o", streamed).exit_code == 0
    assert json.loads(streamed.read_bytes().decode("utf-8"))["resume"] == str(resume)
    report = tmp_path / "report.json"
    assert run("match", resume, posting, "-f", "json", "-o", report, *AS_OF).exit_code == 0
    assert json.loads(report.read_bytes().decode("utf-8"))["resume"] == str(resume)
    on_stdout = run(*args)
    assert on_stdout.exit_code == 0
    assert json.loads(on_stdout.stdout_bytes.decode("utf-8"))["resume"] == str(resume)
    monkeypatch.chdir(tmp_path)  # short relative names: the table wraps no long path
    assert escaped in run("batch", "--resumes", "cvs", "--jds", "jd.txt").stdout


def test_non_ascii_names_stay_utf8(run: Callable[..., object], tmp_path: Path) -> None:
    resume = tmp_path / "ünï cödé.txt"
    resume.write_text(SMALL_RESUME, encoding="utf-8")
    result = run("extract", resume, "-f", "jsonl", *AS_OF)
    assert result.exit_code == 0
    assert "ünï cödé.txt".encode() in result.stdout_bytes


def test_check_gives_every_resume_a_result_and_exits_3(
    run: Callable[..., object], tmp_path: Path
) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(SMALL_RESUME, encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    missing, posting = tmp_path / "missing.txt", tmp_path / "jd.txt"
    posting.write_text(SMALL_POSTING, encoding="utf-8")
    resumes = (missing, good, empty)
    text = run("check", *resumes, "--jd", posting, "--fail-under", "99", *AS_OF)
    assert text.exit_code == 3  # the unreadable resumes win over the failed rule
    assert f"{good}: FAIL fail-under" in text.stdout
    assert f"{missing}: error: no such file" in text.stderr
    assert f"{empty}: error: the file is empty" in text.stderr
    assert "2 of 3 resumes could not be read" in text.stderr
    assert text.stderr.rstrip().splitlines()[-1].startswith("hint: ")
    as_json = run("check", *resumes, "--jd", posting, "-f", "json", *AS_OF)
    assert as_json.exit_code == 3
    records = json.loads(as_json.stdout)  # one JSON document: an array of the resumes' records
    assert [r["resume"] for r in records] == [str(p) for p in resumes]
    assert records[0] == {
        "resume": str(missing),
        "jd": str(posting),
        "error": f"{missing}: no such file",
        "hint": "check the path and its spelling",
    }
    assert records[1]["passed"] and "error" in records[2]
    linted = run("check", missing, good, *AS_OF)
    assert linted.exit_code == 3 and "contact:" in linted.stdout
    no_posting = run("check", good, good, "--jd", tmp_path / "gone.txt", *AS_OF)
    assert no_posting.exit_code == 3 and no_posting.stdout == ""  # stops at once
    assert "gone.txt: no such file" in no_posting.stderr


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_extract_of_one_unreadable_file_prints_its_error_object(
    run: Callable[..., object], tmp_path: Path, format: str
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("extract", empty, "-f", format)
    assert result.exit_code == 3
    record = json.loads(result.stdout)
    assert record["path"] == str(empty) and record["error"].endswith("the file is empty")
    assert "error:" in result.stderr


OSC_NAME = "osc\x1b]0;PWNED\x07 new\nline.txt"  # sets the window title; splits a line


def test_control_characters_in_names_never_reach_the_terminal(
    run: Callable[..., object], tmp_path: Path
) -> None:
    hostile, plain = tmp_path / OSC_NAME, tmp_path / "plain.txt"
    hostile.write_text(SMALL_RESUME, encoding="utf-8")
    plain.write_text(SMALL_RESUME, encoding="utf-8")
    result = run("check", hostile, plain, *AS_OF)
    assert "osc\ufffd]0;PWNED\ufffd new\ufffdline.txt: " in result.stdout
    bad = tmp_path / f"gone{OSC_NAME}"
    for args in (
        ("check", bad, plain),
        ("batch", "--pairs", bad.with_suffix(".csv")),
        ("extract", plain, "--taxonomy", bad.with_suffix(".yaml")),
        ("match", plain, "--level", "entry", "-o", bad / "report.txt"),
    ):
        result = run(*args, *AS_OF)
        assert result.exit_code in (2, 3, 4) and "error: " in result.stderr
        assert not any(c in result.output for c in "\x1b\x07"), args
        assert "new\ufffdline" in result.stderr, args


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [["schema"], ["check", "cv.txt", "cv.txt"], ["batch", "--resumes", "cv.txt", "--jds",
     "cv.txt", "-f", "jsonl", "--stream", "-j", "1"]],
    ids=["schema", "check", "batch-stream"],
)  # fmt: skip
def test_a_full_stdout_is_a_one_line_error(tmp_path: Path, args: list[str]) -> None:
    import subprocess
    import sys

    import mlcareer

    (tmp_path / "cv.txt").write_text(SMALL_RESUME, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(mlcareer.__file__).parents[1])}
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "mlcareer", *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=tmp_path,
            env=env,
        )
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot write to standard output: No space left")
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_stream_output_file_is_a_one_line_error(
    run: Callable[..., object], tmp_path: Path
) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(SMALL_RESUME, encoding="utf-8")
    args = ("--resumes", resume, "--jds", resume, "-f", "jsonl", "--stream", "-j", "1")
    result = run("batch", *args, "-o", "/dev/full")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot write /dev/full: No space left")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["batch", "--resumes", RESUME, "--jds", JD, "--top", "0"], "'--top'"),
        (["batch", "--resumes", RESUME, "--jds", JD, "--jobs", "0"], "'--jobs'"),
        (["batch", "--resumes", RESUME, "--jds", JD, "-f", "xml"], "'xml'"),
        (["batch", "--pairs", EXAMPLES], "--pairs"),
        (["check", RESUME, "--jd", JD, "--fail-under", "101"], "--fail-under 101"),
        (["check", RESUME, "--jd", JD, "--fail-under", "nan"], "--fail-under nan: not a number"),
        (["check", RESUME, "--jd", JD, "--fail-under", "-inf"], "--fail-under -inf"),
        (["--max-file-mb", "inf", "extract", RESUME], "--max-file-mb inf"),
        (["--max-unzipped-mb", "nan", "extract", RESUME], "--max-unzipped-mb nan"),
        (["--max-pages", "0", "extract", RESUME], "'--max-pages'"),
        (["match"], "missing argument"),
        (["extract", RESUME, "--bogus"], "--bogus"),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_every_usage_error_is_one_error_line_and_one_hint(
    run: Callable[..., object], args: list[str | Path], said: str
) -> None:
    """Errors the option parser finds are reported like the CLI's own: `error:` and `hint:`
    on stderr, exit 2; never click's usage block, never a traceback."""
    result = run(*args, *AS_OF)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("error: ") and said.lower() in lines[0].lower()
    assert lines[1].startswith("hint: ")
    assert result.stdout == ""


def test_an_unknown_required_skill_is_a_usage_error_before_any_document_is_read(
    run: Callable[..., object], tmp_path: Path
) -> None:
    missing = tmp_path / "gone.txt"
    for posting in (JD, missing):  # a readable posting, or one that cannot be read
        result = run("check", missing, "--jd", posting, "--require", "python,zorblex", *AS_OF)
        assert result.exit_code == 2, result.output
        assert result.stderr.splitlines() == [
            "error: --require 'zorblex': not a skill the taxonomy knows",
            "hint: use a skill's name, alias or id (mlcareer extract shows them), or "
            "--require-text zorblex to look for the words as written",
        ]
        assert result.stdout == ""


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("kubernetess", "Kubernetes"), ("pytorh", "PyTorch"), ("sckit-learn", "scikit-learn")],
)
def test_a_mistyped_required_skill_gets_the_nearest_name(
    run: Callable[..., object], typed: str, meant: str
) -> None:
    result = run("check", RESUME, "--jd", JD, "--require", typed, *AS_OF)
    assert result.exit_code == 2, result.output
    assert (
        result.stderr.splitlines()[1]
        == f"hint: did you mean {meant!r}? (a skill's name, alias or id; --require-text looks"
        " for words)"
    )


def test_a_short_unknown_required_skill_gets_no_guess(run: Callable[..., object]) -> None:
    result = run("check", RESUME, "--jd", JD, "--require", "py", *AS_OF)
    assert result.exit_code == 2, result.output
    assert "did you mean" not in result.stderr


def test_check_json_is_one_document_and_jsonl_one_line_per_resume(
    run: Callable[..., object], tmp_path: Path
) -> None:
    good, posting = tmp_path / "good.txt", tmp_path / "jd.txt"
    good.write_text(SMALL_RESUME, encoding="utf-8")
    posting.write_text(SMALL_POSTING, encoding="utf-8")
    one = run("check", good, "--jd", posting, "-f", "json", *AS_OF)
    assert json.loads(one.stdout)["resume"] == str(good)  # one resume: one object, as before
    assert one.stdout.startswith("{\n")  # pretty, as before
    for resumes in ([good, good], [good, tmp_path / "gone.txt"]):
        several = run("check", *resumes, "--jd", posting, "-f", "json", *AS_OF)
        records = json.loads(several.stdout)
        assert [r["resume"] for r in records] == [str(p) for p in resumes]
        lines = run("check", *resumes, "--jd", posting, "-f", "jsonl", *AS_OF).stdout
        assert [json.loads(line) for line in lines.splitlines()] == records
    single = run("check", good, "--jd", posting, "-f", "jsonl", *AS_OF).stdout
    assert single.count("\n") == 1 and json.loads(single)["resume"] == str(good)


def test_check_shows_the_document_warnings_as_match_does(
    run: Callable[..., object], tmp_path: Path
) -> None:
    resume, posting = tmp_path / "cv.txt", tmp_path / "jd.txt"
    resume.write_bytes((SMALL_RESUME + "Caf\xe9 manager\n").encode("cp1252"))
    posting.write_text(SMALL_POSTING, encoding="utf-8")
    warning = "resume: not UTF-8: read as Windows-1252"
    match = run("match", resume, posting, "-f", "json", *AS_OF)
    assert json.loads(match.stdout)["warnings"] == [warning]
    for rules in (["--jd", posting, "--fail-under", "10"], []):  # against a posting; a lint
        text = run("check", resume, *rules, *AS_OF)
        assert f"warning: {warning}" in text.stderr.splitlines()
        assert "warning" not in text.stdout
        record = json.loads(run("check", resume, *rules, "-f", "json", *AS_OF).stdout)
        assert record["warnings"] == [warning]
    named = run("check", resume, resume, "--jd", posting, *AS_OF)
    assert named.stderr.splitlines().count(f"{resume}: warning: {warning}") == 2


def _contract_offsets_hold(run: Callable[..., object], path: Path) -> int:
    """extract's offsets index the file's content: content[start:end] == text (CONTRACT.md);
    the number of mentions checked. Content is the file as Python reads UTF-8 text."""
    content = path.read_text(encoding="utf-8-sig")
    result = run("extract", path, "-f", "json", *AS_OF)
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout)
    mentions = [m for skill in profile["skills"] for m in skill["mentions"]]
    for m in mentions:
        assert content[m["start"] : m["end"]] == m["text"], m
    for section in profile["sections"]:
        assert 0 <= section["start"] <= section["end"] <= len(content)
    return len(mentions)


LONG = "x" * 1500  # one "word" over the 1,000-character line limit: cut hard
OFFSET_CASES = {
    "long-line-without-spaces": f"Jane Doe\n{LONG} Python\nSkills: SQL, PyTorch\n",
    "long-lines-with-spaces": "Skills: " + "Python and SQL, " * 200 + "\nPyTorch\n",
    "zero-width-and-bidi": "Sum\u200bmary\nPy\u200bTorch, \u202eSQL\u202c and \u2066Python\u2069\n",
    "controls-and-escapes": "\x00Skills:\x1b[31m Python\x1b[0m, \x1b]8;;x\x07SQL\x1b]8;;\x07\n",
    "byte-order-mark": "\ufeffSkills: Python, SQL\nPyTorch\n",
    "other-spaces": "Skills: Deep\u00a0learning,\u202fPython\u2009\u200b\u00a0SQL\n",
    "other-space-at-a-cut": "Skills: " + "Python and\u00a0SQL,\u00a0" * 200 + "\nPyTorch\n",
    "ligatures": "Skills: \ufb01ne-tuning, Apache Air\ufb02ow, e\ufb03cient\nSQL and Python\n",
    "soft-hyphens": "Skills: Kuber\u00adnetes, Py\u00adTorch, SQL\n",
    "word-processor-hyphens": "Skills: scikit\u2011learn, time\u2010series, SQL\n",
    "everything": f"\u200b{LONG}\x1b[1m\n{LONG}Py\u200bthon Python\x00 SQL\n\u2066Skills\u2069: Go",
}


@pytest.mark.parametrize("name", list(OFFSET_CASES))
def test_extract_offsets_index_the_file_content_after_repairs(
    run: Callable[..., object], tmp_path: Path, name: str
) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(OFFSET_CASES[name], encoding="utf-8")
    assert _contract_offsets_hold(run, path) >= 2


@pytest.mark.parametrize(("no_color", "colored"), [("1", False), ("", True)])
def test_no_color_turns_colour_off_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, no_color: str, colored: bool
) -> None:
    import sys

    from mlcareer.cli import _use_color

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("NO_COLOR", no_color)
    assert _use_color(None, None) is colored
    assert _use_color(True, None)  # --color still wins


def test_an_empty_require_is_a_usage_error_not_a_check_that_passes(
    run: Callable[..., object],
) -> None:
    # a CI job writing --require "$SKILLS" with SKILLS unset must not pass by checking nothing
    for empty in ("", " , "):
        result = run("check", RESUME, "--jd", JD, "--require", empty, *AS_OF)
        assert result.exit_code == 2, result.output
        assert result.stderr.splitlines()[0] == "error: --require names no skill"


def test_one_missing_required_skill_is_counted_in_the_singular(
    run: Callable[..., object], tmp_path: Path
) -> None:
    posting = tmp_path / "jd.txt"
    posting.write_text("Requirements\n- Python\n- Haskell\n", encoding="utf-8")
    result = run("check", RESUME, "--jd", posting, "--max-missing-required", "0", *AS_OF)
    assert result.exit_code == 1
    assert "1 required skill missing (allowed 0): Haskell" in result.stdout


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ("match", "match [OPTIONS] RESUME [JD]"),
        ("extract", "extract [OPTIONS] FILE..."),
        ("check", "check [OPTIONS] RESUME..."),
        ("roles", "roles [OPTIONS] RESUME"),
        ("schema", "schema [OPTIONS] [WHICH]"),
        ("batch", "batch [OPTIONS]"),
        ("jobs", "jobs [OPTIONS]"),
        ("salary", "salary [OPTIONS]"),
    ],
)
def test_help_names_values_for_people_not_python_types(command: str, usage: str) -> None:
    """Usage lines and option values read FILE..., RESUME, SKILLS: not {resume},
    <list[Path]> or <str>."""
    for args in ([command, "--help"], ["--help"]):
        shown = CliRunner().invoke(app, args, terminal_width=80, prog_name="mlcareer").stdout
        assert not re.search(r"list\[|[{}]|<(str|path|float|int range)>", shown), shown
    shown = CliRunner().invoke(app, [command, "--help"], terminal_width=80, prog_name="mlcareer")
    assert f"Usage: mlcareer {usage}\n" in shown.stdout


@pytest.mark.parametrize(
    "command",
    [
        ["match", "{cv}", "{jd}"],
        ["extract", "{cv}"],
        ["roles", "{cv}"],
        ["batch", "--resumes", "{cv}", "--jds", "{jd}", "-f", "csv", "-j", "1"],
        ["batch", "--resumes", "{cv}", "--jds", "{jd}", "-f", "csv", "--stream", "-j", "1"],
    ],
    ids=["match", "extract", "roles", "batch", "batch-stream"],
)
def test_output_naming_an_input_is_refused_and_the_input_kept(
    run: Callable[..., object], tmp_path: Path, command: list[str]
) -> None:
    """A slip such as `match cv.txt jd.txt -o cv.txt` replaced the resume with the report."""
    cv, jd = tmp_path / "cv.txt", tmp_path / "jd.txt"
    cv.write_text(SMALL_RESUME, encoding="utf-8")
    jd.write_text(SMALL_POSTING, encoding="utf-8")
    args = [a.format(cv=cv, jd=jd) for a in command]
    result = run(*args, "--output", tmp_path / "." / "cv.txt", *AS_OF)
    assert result.exit_code == 2, result.output
    assert "is an input" in result.stderr and "hint:" in result.stderr
    assert cv.read_text(encoding="utf-8") == SMALL_RESUME


def test_report_schema_describes_each_education_and_experience_field(
    run: Callable[..., object],
) -> None:
    """The report's education and experience objects are dicts: the schema still names and
    explains every key a report prints, the current-student and overqualified facts too."""
    schema = json.loads(run("schema", "report").stdout)
    printed = json.loads(run("match", RESUME, JD, "-f", "json").stdout)
    for part in ("education", "experience"):
        described = schema["properties"][part]["properties"]
        assert set(printed[part]) == set(described)
        assert all(field.get("description") for field in described.values())
    kinds = schema["$defs"]["Suggestion"]["properties"]["kind"]["description"]
    assert "level" in kinds and "education" in kinds
    posting = json.loads(run("schema", "profile").stdout)["$defs"]["PostingInfo"]["properties"]
    assert posting["enrollment_required"]["description"]
    assert posting["level_source"]["description"]


def test_check_says_when_the_score_is_held_down_by_level_or_enrollment(
    run: Callable[..., object], graduate_and_intern_posting: tuple[Path, Path]
) -> None:
    """No skill added lifts these: a CI log names them beside the threshold."""
    resume, posting = graduate_and_intern_posting
    result = run("check", resume, "--jd", posting, "--fail-under", "90", "--as-of", "2026-01")
    assert result.exit_code == 1
    assert "overqualified (half the experience credit)" in result.stdout
    assert "not a current student (no education credit)" in result.stdout
