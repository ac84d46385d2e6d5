"""`mlcareer roles` for a resume that fits no role profile says so, not "best fit first"."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

CHEF = """Marco Bellini

Experience
Head Chef, Trattoria Rosa, Boston, MA
2015 - Present
- Led a kitchen team of 12 and designed seasonal menus.
"""


def _roles(tmp_path: Path, text: str) -> str:
    (tmp_path / "cv.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["roles", str(tmp_path / "cv.txt"), "--as-of", "2026-11"])
    assert result.exit_code == 0, result.stderr
    return " ".join(result.stdout.split())


def test_ux_roles_for_a_resume_fitting_none_says_the_order_means_nothing(tmp_path: Path) -> None:
    out = _roles(tmp_path, CHEF)
    assert "No role fits yet" in out and "order of the roles below means nothing" in out
    assert "best fit first" not in out


def test_ux_roles_for_a_fitting_resume_keep_best_fit_first(tmp_path: Path) -> None:
    analyst = CHEF.replace("Head Chef", "Data Analyst").replace(
        "Led a kitchen team of 12 and designed seasonal menus.",
        "Wrote SQL queries and Python reports on sales data.",
    )
    out = _roles(tmp_path, analyst)
    assert "best fit first" in out and "No role fits" not in out
