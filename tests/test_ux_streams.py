"""The command line with its standard streams closed (`cmd >&-`, `cmd <&-`): one `error:` line
and a documented exit code, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import EXAMPLES, POSTINGS

SRC = Path(__file__).resolve().parents[1] / "src"
RESUME = EXAMPLES / "entry-ml-engineer.txt"
JD = POSTINGS / "entry-ml-engineer.txt"


def _run_with_stdout_closed(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a child whose file descriptor 1 is closed, as `mlcareer ... >&-` does."""
    return subprocess.run(
        [sys.executable, "-m", "mlcareer", *args],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        preexec_fn=lambda: os.close(1),  # in the child, before exec
        timeout=120,
    )


def _run_into_full_disk(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI with stdout on /dev/full, where every write fails: No space left."""
    with open("/dev/full", "w") as full:
        return subprocess.run(
            [sys.executable, "-m", "mlcareer", *args],
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(SRC)},
            timeout=120,
        )


@pytest.mark.parametrize(
    "args",
    [
        ("match", str(RESUME), str(JD), "--as-of", "2026-11"),
        ("match", str(RESUME), str(JD), "--format", "json", "--as-of", "2026-11"),
        ("extract", str(RESUME), "--format", "jsonl"),
        ("check", str(RESUME)),
        ("jobs",),
        ("schema",),
    ],
)
def test_ux_closed_stdout_is_one_error_line(args: tuple[str, ...]) -> None:
    result = _run_with_stdout_closed(*args)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: cannot write to standard output"), result.stderr
    assert "hint: " in result.stderr


def test_ux_closed_stdout_batch_keeps_its_summary(tmp_path: Path) -> None:
    result = _run_with_stdout_closed(
        "batch", "--resumes", str(RESUME), "--jds", str(JD), "--format", "csv", "-j", "1"
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert "error: cannot write to standard output" in result.stderr


def test_ux_closed_stdout_with_output_file_still_writes_it(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    result = _run_with_stdout_closed(
        "match", str(RESUME), str(JD), "--format", "markdown", "-o", str(report)
    )
    assert result.returncode == 0, result.stderr
    assert report.read_text(encoding="utf-8").startswith("#")


HELP_AND_VERSION = [("--help",), ("--version",), ("match", "--help"), ("jobs", "--help")]


@pytest.mark.parametrize("args", HELP_AND_VERSION)
def test_ux_closed_stdout_help_and_version(args: tuple[str, ...]) -> None:
    result = _run_with_stdout_closed(*args)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: cannot write to standard output"), result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", HELP_AND_VERSION)
def test_ux_full_disk_help_and_version(args: tuple[str, ...]) -> None:
    result = _run_into_full_disk(*args)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("error: cannot write to standard output: No space left")
