"""`mlcareer check` as a CI job meets it: every unknown --require name in one run, and a
threshold written as a fraction named as such."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

from .check_helpers import run_check

RESUME = """Dana Whitlock
dana.whitlock@example.com

Experience
Machine Learning Engineer, Larchmont Analytics
March 2021 - Present
- Trained PyTorch models and served them with Docker.

Skills
Python, PyTorch, Docker
"""
POSTING = "Machine Learning Engineer\n\nRequirements\n- Python and PyTorch\n- Docker\n"


def _check(tmp_path: Path, *options: str) -> tuple[int, str, str]:
    return run_check(tmp_path, RESUME, POSTING, *options)


def test_ux_every_unknown_required_skill_is_named_at_once(tmp_path: Path) -> None:
    code, out, err = _check(
        tmp_path, "--require", "python,Pyhton,kubernetess", "--require", "zorblex"
    )
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "error: --require 'Pyhton', 'kubernetess', 'zorblex': not skills the taxonomy knows",
        "hint: did you mean 'Python' for 'Pyhton', 'Kubernetes' for 'kubernetess'? Each must be"
        " a skill's name, alias or id (mlcareer extract shows them); --require-text looks for"
        " words as written",
    ]


def test_ux_several_unknown_skills_without_a_near_name(tmp_path: Path) -> None:
    code, _, err = _check(tmp_path, "--require", "qwzx,zorblex")
    assert code == 2
    assert err.splitlines()[1] == (
        "hint: each must be a skill's name, alias or id (mlcareer extract shows them); "
        "--require-text looks for words as written"
    )


def test_ux_required_skill_in_any_case_is_the_skill(tmp_path: Path) -> None:
    code, out, err = _check(tmp_path, "--require", "pytorch,DOCKER,Python")
    assert code == 0, err
    assert "ok   require:pytorch: PyTorch is shown" in out


def test_ux_fail_under_a_fraction_is_said_to_be_out_of_100(tmp_path: Path) -> None:
    code, _, err = _check(tmp_path, "--fail-under", "0.7")
    assert code == 0  # the value is allowed: the note says what it means
    assert err.splitlines() == [
        "note: --fail-under 0.7 is out of 100, as scores are; for 70% write --fail-under 70"
    ]


def test_ux_fail_under_whole_numbers_get_no_note(tmp_path: Path) -> None:
    for threshold in ("0", "1", "70"):
        code, _, err = _check(tmp_path, "--fail-under", threshold)
        assert code in (0, 1) and err == "", err


def test_ux_check_against_the_resume_itself_fails(tmp_path: Path) -> None:
    (tmp_path / "resume.txt").write_text(RESUME, encoding="utf-8")
    resume = str(tmp_path / "resume.txt")
    result = CliRunner().invoke(
        app, ["check", resume, "--jd", resume, "--fail-under", "50", "--as-of", "2026-11"]
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "FAIL posting: the posting is the resume itself (the same text)"
        " (fix: check that --jd is the job description)"
    )


def test_ux_check_against_a_real_posting_has_no_posting_rule(tmp_path: Path) -> None:
    code, out, _ = _check(tmp_path, "--fail-under", "50")
    assert code == 0 and "posting:" not in out
