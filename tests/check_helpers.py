"""Running `mlcareer check` on a resume and a posting written to a test's folder."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app


def run_check(tmp_path: Path, resume: str, posting: str, *options: str) -> tuple[int, str, str]:
    """`check RESUME --jd POSTING --as-of 2026-11 OPTIONS`: its exit code, stdout and stderr."""
    (tmp_path / "resume.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(posting, encoding="utf-8")
    args = ["check", str(tmp_path / "resume.txt"), "--jd", str(tmp_path / "jd.txt")]
    result = CliRunner().invoke(app, [*args, "--as-of", "2026-11", *options])
    return result.exit_code, result.stdout, result.stderr
