"""`mlcareer batch` as a scripter meets it: its summary line and odd inputs."""

from __future__ import annotations

from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES, POSTINGS

RESUME = EXAMPLES / "entry-ml-engineer.txt"
JD = POSTINGS / "entry-ml-engineer.txt"


def test_ux_one_pair_is_counted_in_the_singular() -> None:
    result = CliRunner().invoke(
        app, ["batch", "--resumes", str(RESUME), "--jds", str(JD), "--format", "csv", "-j", "1"]
    )
    assert result.exit_code == 0, result.stderr
    assert "1 pair: 1 scored, 0 failed" in result.stderr
    assert "1 pairs" not in result.stderr


def test_ux_two_pairs_keep_the_plural() -> None:
    result = CliRunner().invoke(
        app,
        ["batch", "--resumes", str(RESUME), "--jds", str(JD), "--jds", "data-analyst", "-j", "1"],
    )
    assert result.exit_code == 0, result.stderr
    assert "2 pairs: 2 scored, 0 failed" in result.stderr
