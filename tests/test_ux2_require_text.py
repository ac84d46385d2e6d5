"""`check --require-text`: words the taxonomy does not know, required as written (whole words,
any case, not denied); an unknown --require name's hint points there."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

from .check_helpers import run_check

RESUME = """Dana Okafor
dana@example.com

Experience
Machine Learning Engineer, Quillstone, Jan 2021 - Present
- Built Vertex Pipelines for daily retraining with Zorblex, cutting cost by 30%.
- No Snorkel experience; labelled data by hand with argilla.
- Tuned Zorblexes' caches.

Skills
Python, PyTorch, Docker
"""
POSTING = "Machine Learning Engineer\n\nRequirements\n- Python\n- PyTorch\n"


def _check(tmp_path: Path, *options: str) -> tuple[int, str, str]:
    return run_check(tmp_path, RESUME, POSTING, *options)


def test_ux2_require_text_passes_on_words_written_in_any_case(tmp_path: Path) -> None:
    code, out, err = _check(tmp_path, "--require-text", "zorblex, Vertex Pipelines,Argilla")
    assert code == 0, err
    assert "ok   require-text:zorblex: 'zorblex' is written in the resume (line 6)" in out
    assert "ok   require-text:Vertex Pipelines:" in out and "require-text:Argilla" in out
    assert "note: no rule given" not in err


def test_ux2_require_text_fails_on_words_absent_or_denied(tmp_path: Path) -> None:
    code, out, _ = _check(tmp_path, "--require-text", "Snorkel", "--require-text", "Graphcore")
    assert code == 1
    assert "FAIL require-text:Snorkel: 'Snorkel' is written only where the resume says it" in out
    assert "FAIL require-text:Graphcore: 'Graphcore' is not written in the resume" in out
    assert "(fix: write Graphcore in the resume, where you used it)" in out


def test_ux2_require_text_wants_whole_words(tmp_path: Path) -> None:
    # "Vertex" inside "Vertex Pipelines" is no "Vertex AI"; "Pipe" is no "Pipelines"
    code, out, _ = _check(tmp_path, "--require-text", "Vertex AI,Pipe,Quill")
    assert code == 1 and out.count("is not written in the resume") == 3


def test_ux2_require_text_rules_are_in_the_json_record(tmp_path: Path) -> None:
    code, out, _ = _check(tmp_path, "--require-text", "Zorblex,Graphcore", "-f", "json")
    rules = {r["name"]: r["passed"] for r in json.loads(out)["rules"]}
    assert code == 1
    assert rules == {"require-text:Zorblex": True, "require-text:Graphcore": False}


def test_ux2_an_empty_require_text_is_a_usage_error(tmp_path: Path) -> None:
    code, out, err = _check(tmp_path, "--require-text", " , ")
    assert code == 2 and out == ""
    assert err.splitlines()[0] == "error: --require-text names no words"


def test_ux2_require_text_needs_a_posting(tmp_path: Path) -> None:
    (tmp_path / "resume.txt").write_text(RESUME, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["check", str(tmp_path / "resume.txt"), "--require-text", "Zorblex"]
    )
    assert result.exit_code == 2
    assert "--require-text" in result.stderr.splitlines()[0]


def test_ux2_an_unknown_require_name_points_to_require_text(tmp_path: Path) -> None:
    code, _, err = _check(tmp_path, "--require", "Qwix Pipelines")
    assert code == 2
    assert err.splitlines()[1].endswith(
        "or --require-text 'Qwix Pipelines' to look for the words as written"
    )
