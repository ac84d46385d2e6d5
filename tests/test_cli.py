"""The command line: every exit code, stdout/stderr split, the JSON contract."""

from __future__ import annotations

import json
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
    assert rows[0]["text_chars"] == len(RESUME.read_text(encoding="utf-8"))
    text = RESUME.read_text(encoding="utf-8")
    for skill in rows[0]["skills"]:
        assert skill["kind"] in ("technical", "soft")
        for m in skill["mentions"]:
            assert text[m["start"] : m["end"]] == m["text"]
    assert rows[0]["education"]["highest"] == "bachelor"
    assert rows[0]["experience"]["ranges"][0]["text"]


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


def test_check_takes_a_bundled_posting_by_name(run: Callable[..., object]) -> None:
    result = run("check", RESUME, "--jd", "entry-ml-engineer", "--fail-under", "1", *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "ok   fail-under" in result.stdout
