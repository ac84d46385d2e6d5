"""--output is written atomically: a complete file or none, with ordinary permissions."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from mlcareer.errors import UsageError
from mlcareer.output import write_atomic


def test_writes_the_whole_text_with_umask_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_atomic(target, "hello\n")
    assert target.read_text(encoding="utf-8") == "hello\n"
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]  # no temporary left


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("old\n", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UsageError, match="disk full"):
        write_atomic(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        write_atomic(tmp_path / "nope" / "report.md", "x")


def test_a_folder_is_not_an_output_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="folder"):
        write_atomic(tmp_path, "x")


def _read_fifo_in_background(fifo: Path) -> tuple[threading.Thread, list[str]]:
    received: list[str] = []

    def read() -> None:
        with fifo.open(encoding="utf-8") as stream:
            received.append(stream.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, received


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_device_or_fifo_is_written_to_never_replaced(tmp_path: Path) -> None:
    """`-o /dev/stdout` or a named pipe: renaming a temporary file over it replaced the device
    node with a regular file (as root, `-o /dev/full` did so and exited 0)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    for target in (fifo, link):
        reader, received = _read_fifo_in_background(fifo)
        write_atomic(target, "report\n")
        reader.join(timeout=10)
        assert received == ["report\n"]
        assert stat.S_ISFIFO(target.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link", "pipe"]  # no temporary left


@pytest.mark.parametrize(
    ("error", "hint"),
    [
        (PermissionError(13, "Permission denied"), "write to that folder"),
        (FileNotFoundError(2, "No such file or directory"), "folder exists"),
    ],
)
def test_the_hint_fits_why_the_folder_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, hint: str
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(UsageError) as raised:
        write_atomic(tmp_path / "report.md", "hello\n")
    assert hint in raised.value.hint
