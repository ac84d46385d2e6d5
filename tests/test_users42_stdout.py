"""Standard output under PYTHONUNBUFFERED: its text layer sits on the raw file and drops the
rest of a short write, so a report cut short by a closed pipe or a filling disk must still
be written whole or end in the error."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import mlcareer
from mlcareer.errors import UsageError
from mlcareer.output import write_stdout


class _ShortWrites(io.FileIO):
    """A raw file that takes at most `step` bytes a call, and fails after `calls` calls."""

    def __init__(self, path: Path, step: int, calls: int | None = None) -> None:
        super().__init__(path, "w")
        self.step, self.calls = step, calls

    def write(self, data: Any) -> int:
        if self.calls is not None:
            if self.calls == 0:
                raise BrokenPipeError(32, "Broken pipe")
            self.calls -= 1
        return super().write(memoryview(data)[: self.step])


def _unbuffered_stdout(raw: io.FileIO) -> io.TextIOWrapper:
    return io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=True)


def test_short_writes_still_write_the_whole_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.txt"
    stream = _unbuffered_stdout(_ShortWrites(path, step=7))
    monkeypatch.setattr(sys, "stdout", stream)
    report = "rank,resume,jd,score\n" + "1,cv é.txt,job.txt,61.0\n" * 40
    write_stdout(report)
    stream.close()
    assert path.read_text(encoding="utf-8") == report


def test_a_pipe_closed_mid_write_raises_instead_of_dropping_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = _unbuffered_stdout(_ShortWrites(tmp_path / "out.txt", step=5, calls=2))
    monkeypatch.setattr(sys, "stdout", stream)
    with pytest.raises(BrokenPipeError):
        write_stdout("x" * 100)


def test_extract_piped_to_head_ends_with_141_under_pythonunbuffered(tmp_path: Path) -> None:
    bullets = "".join(
        f"- Shipped Python, SQL and Docker service {n} for the billing team in 2021.\n"
        for n in range(400)
    )
    resume = tmp_path / "long cv.txt"
    resume.write_text(f"Robin Vale\n\nExperience\n{bullets}", encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONUNBUFFERED": "1",
        "PYTHONPATH": str(Path(mlcareer.__file__).parents[1]),
    }
    command = [sys.executable, "-m", "mlcareer", "extract", str(resume), "-f", "json"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(10)  # the report is being written, far beyond the pipe's buffer
    child.stdout.close()  # as `| head -c 10` does
    stderr = child.stderr.read()
    assert child.wait(timeout=120) == 141
    assert stderr == b""


class _FullThenFree(_ShortWrites):
    """A non-blocking raw file that is full (write gives None) every other call."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, step=9)
        self.full = False

    def write(self, data: Any) -> int | None:  # type: ignore[override]
        self.full = not self.full
        return None if self.full else super().write(data)


def test_a_full_non_blocking_stdout_is_waited_for_and_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.txt"
    stream = _unbuffered_stdout(_FullThenFree(path))
    monkeypatch.setattr(sys, "stdout", stream)
    report = "score 61.0\n" * 30
    write_stdout(report)
    stream.close()
    assert path.read_text(encoding="utf-8") == report


class _TakesNothing(_ShortWrites):
    """A raw file whose writes take no bytes and raise nothing."""

    def write(self, data: Any) -> int:
        return 0


def test_a_stdout_that_takes_no_bytes_is_an_error_not_an_endless_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = _unbuffered_stdout(_TakesNothing(tmp_path / "out.txt", step=1))
    monkeypatch.setattr(sys, "stdout", stream)
    with pytest.raises(UsageError, match="took no more bytes"):
        write_stdout("score 61.0\n")
