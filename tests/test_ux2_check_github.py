"""`check -f github`: the text lines, with each failed rule an `::error` and each warning a
`::warning` workflow command naming the resume, escaped as the Actions runner reads them."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlcareer.check_output import _annotation
from mlcareer.cli import app

RESUME = """Dana Okafor
dana@example.com

Experience
Machine Learning Engineer, Quillstone, Jan 2021 - Present
- Built ranking models in Python with PyTorch, cutting cost by 30%.

Skills
Python, PyTorch, Docker
"""
POSTING = "Machine Learning Engineer\n\nRequirements\n- Python\n- PyTorch\n- Kubernetes\n"


def _check(tmp_path: Path, *options: str, resumes: tuple[str, ...] = ("cv.txt",)) -> tuple:
    (tmp_path / "cv.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(POSTING, encoding="utf-8")
    paths = [str(tmp_path / name) for name in resumes]
    result = CliRunner().invoke(app, ["check", *paths, *options, "--as-of", "2026-11"])
    return result.exit_code, result.stdout, result.stderr


def test_ux2_github_format_annotates_each_failed_rule(tmp_path: Path) -> None:
    jd = str(tmp_path / "jd.txt")
    code, out, _ = _check(tmp_path, "--jd", jd, "--require", "python,kubernetes", "-f", "github")
    assert code == 1
    cv = tmp_path / "cv.txt"
    assert (
        f"::error file={cv},title=mlcareer check require%3Akubernetes::Kubernetes is not "
        "shown (fix: name Kubernetes in the resume)" in out.splitlines()
    )
    assert "ok   require:python: Python is shown" in out and "score " in out
    assert "FAIL" not in out


def test_ux2_github_format_passes_quietly_when_all_rules_pass(tmp_path: Path) -> None:
    code, out, _ = _check(tmp_path, "--jd", str(tmp_path / "jd.txt"), "--require", "python")
    code_gh, out_gh, _ = _check(
        tmp_path, "--jd", str(tmp_path / "jd.txt"), "--require", "python", "-f", "github"
    )
    assert code == code_gh == 0 and out == out_gh and "::" not in out_gh


def test_ux2_github_format_annotates_an_unreadable_resume(tmp_path: Path) -> None:
    code, out, err = _check(tmp_path, "-f", "github", resumes=("cv.txt", "gone.txt"))
    assert code == 3
    gone = tmp_path / "gone.txt"
    assert f"::error file={gone},title=mlcareer check unreadable::" in out
    assert "the error and hint lines above" in err  # no JSON records to point to


def test_ux2_a_lint_warning_is_a_warning_annotation(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text(RESUME, encoding="utf-8")
    misspelt = RESUME.replace("Skills\nPython, PyTorch", "Skills\nPython, PyTroch")
    (tmp_path / "typo.txt").write_text(misspelt, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "typo.txt"), "-f", "github"])
    assert "::warning file=" in result.stdout and "title=mlcareer check skill-spelling::" in (
        result.stdout
    )


def test_ux2_annotation_escapes_what_would_end_a_command() -> None:
    line = _annotation("error", Path("cv, v2:final.md"), "require:c++", "100% of it\nnext")
    assert line == (
        "::error file=cv%2C v2%3Afinal.md,title=mlcareer check require%3Ac++::100%25 of it%0Anext"
    )


def test_ux2_one_readable_date_range_is_singular(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text(RESUME, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "cv.txt"), "--as-of", "2026-11"])
    assert "ok   dates: 1 readable date range in work experience" in result.stdout


def test_ux2_a_piped_resume_gets_annotations_without_a_file() -> None:
    line = _annotation("error", Path("-"), "fail-under", "score 20.0, threshold 60")
    assert line == "::error title=mlcareer check fail-under::score 20.0, threshold 60"
