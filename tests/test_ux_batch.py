"""`mlcareer batch` as a scripter meets it: its summary line and odd inputs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES, POSTINGS

RESUME = EXAMPLES / "entry-ml-engineer.txt"
JD = POSTINGS / "entry-ml-engineer.txt"
SRC = Path(__file__).resolve().parents[1] / "src"


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


def test_ux_dask_with_its_port_taken_prints_no_python_warning() -> None:
    """A busy port 8787 (another cluster's, or held here) is dask's business: the batch runs
    and stderr holds only mlcareer's own summary, no UserWarning."""
    pytest.importorskip("distributed")
    held = socket.socket()
    try:
        held.bind(("127.0.0.1", 8787))
        held.listen()
    except OSError:
        pass  # already taken: what the test needs
    try:
        inputs = ["--resumes", str(RESUME), "--jds", str(JD)]
        result = subprocess.run(
            [sys.executable, "-m", "mlcareer", "batch", *inputs, "--engine", "dask", "-j", "1"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(SRC)},
            timeout=300,
        )
    finally:
        held.close()
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr, result.stderr
    assert result.stderr.strip() == "1 pair: 1 scored, 0 failed"


def test_ux_a_missing_pairs_csv_is_said_without_pythons_words(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["batch", "--pairs", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2
    first = result.stderr.splitlines()[0]
    assert first.endswith("cannot read the CSV (No such file or directory)"), first
    assert "Errno" not in result.stderr


def test_ux_a_pairs_csv_not_in_utf8_is_said_so(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes("resume,jd\nr\xe9sum\xe9.txt,jd.txt\n".encode("latin-1"))
    result = CliRunner().invoke(app, ["batch", "--pairs", str(pairs)])
    assert result.exit_code == 2
    assert "not UTF-8" in result.stderr.splitlines()[0], result.stderr
