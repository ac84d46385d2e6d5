"""Write output: files atomically (a temporary file in the same folder, then a rename), and
stdout with a one-line error when it cannot be written."""

from __future__ import annotations

import errno
import io
import os
import select
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from .errors import UsageError

# A file name that is not valid UTF-8 reaches Python with lone surrogates ("r\udce9sum\udce9");
# written with this handler they become the text "\udce9": readable, and a valid escape of the
# exact name inside a JSON string. Any other text is written as UTF-8, unchanged.
UNENCODABLE = "backslashreplace"


def escape_unencodable(stream: TextIO | None) -> None:
    """Make a text stream (stdout, stderr) escape what it cannot encode instead of failing."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors=UNENCODABLE)


class _ClosedStdout(io.TextIOBase):
    """Stands in for stdout when its file descriptor is closed (`mlcareer ... >&-`, where
    Python sets sys.stdout to None): a write fails as a full disk does, so the report ends in
    one `error:` line instead of a traceback, and a report sent to --output is unaffected."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "it is closed")

    def isatty(self) -> bool:
        return False


def stand_in_for_closed_stdout() -> None:
    """Give a closed stdout a stand-in whose writes fail with an OSError (see above)."""
    if sys.stdout is None:
        sys.stdout = _ClosedStdout()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def refuse_overwriting_inputs(output: Path | None, inputs: Iterable[Path | None]) -> None:
    """A usage error when --output names one of the run's own inputs (`match cv.txt jd.txt -o
    cv.txt`): the report would replace the document. Checked before any work."""
    if output is None or not output.exists():
        return
    for path in inputs:
        if path is not None and _same_file(output, path):
            raise UsageError(
                f"--output {output}: is an input of this run; the report would replace it",
                "give the report a file name of its own",
            )


def _same_file(first: Path, second: Path) -> bool:
    try:
        return os.path.samefile(first, second)
    except (OSError, ValueError):  # a missing input, a bundled posting's name, a NUL byte
        return False


def check_output_target(path: Path | None) -> None:
    """Fail before any work when --output cannot be written (a folder that does not exist, a
    read-only one, a folder given as the file), so a long batch is not scored for nothing.
    The probe is the temporary file write_atomic makes, removed at once."""
    if path is None:
        return
    _refuse_folder(path)
    if _is_device_or_pipe(path):
        return
    handle, temporary = _temporary_beside(path)
    os.close(handle)
    Path(temporary).unlink(missing_ok=True)


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise UsageError(f"cannot write {path}: it is a folder", "give --output a file name")


def _temporary_beside(path: Path) -> tuple[int, str]:
    """A new temporary file in the folder of `path`, or a usage error saying why not."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        return tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror}", _folder_hint(e)) from e


def write_atomic(path: Path, text: str) -> None:
    """The whole text or nothing: a reader never sees a half-written report."""
    _refuse_folder(path)
    if _is_device_or_pipe(path):
        _write_through(path, text)
        return
    handle, temporary = _temporary_beside(path)
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp's 0600 would hide the report
        with os.fdopen(handle, "w", encoding="utf-8", errors=UNENCODABLE, newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as e:
        Path(temporary).unlink(missing_ok=True)
        raise UsageError(f"cannot write {path}: {e.strerror or e}", "check the path") from e
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _folder_hint(error: OSError) -> str:
    """What to do when no file can be made in the target folder."""
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return "check that you can write to that folder, or choose another"
    return "check that the folder exists"


def _is_device_or_pipe(path: Path) -> bool:
    """An existing target that is no regular file (/dev/stdout, /dev/full, a FIFO), after
    links: a rename would replace the device node or the pipe with a file."""
    try:
        return not stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _write_through(path: Path, text: str) -> None:
    try:
        with path.open("w", encoding="utf-8", errors=UNENCODABLE, newline="") as stream:
            stream.write(text)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}", "check the path") from e


def write_stdout(text: str) -> None:
    """Write to stdout and flush. A full disk or a device error is a one-line UsageError (a
    closed pipe, `| head`, ends the command quietly: cli_errors.quiet_on_a_closed_pipe)."""
    try:
        _write_whole(sys.stdout, text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        discard_stdout()
        raise UsageError(
            f"cannot write to standard output: {e.strerror or e}",
            "check where the output goes (a full disk?), or write it with --output",
        ) from e


def _write_whole(stream: TextIO, text: str) -> None:
    """Write all of `text` to `stream`. Under PYTHONUNBUFFERED (set in many container images)
    the layer below stdout's text is the raw file, and the text layer drops the rest of a short
    write (a reader that closed the pipe mid-write, a disk filling up) without an error, so the
    report would end cut short with exit 0: there the bytes are written until all are taken,
    and the write that cannot go on raises its error."""
    raw = getattr(stream, "buffer", None)
    if not isinstance(raw, io.FileIO):
        stream.write(text)  # a buffered layer retries short writes itself
        return
    stream.flush()
    errors = stream.errors or "strict"
    left = memoryview(text.replace("\n", os.linesep).encode(stream.encoding, errors))
    while left:
        written = raw.write(left)
        if written is None:  # a non-blocking stdout that is full: wait until it takes more
            select.select([], [raw], [])
        elif written == 0:
            raise OSError(errno.EIO, "standard output took no more bytes")
        else:
            left = left[written:]


def discard_stdout() -> None:
    """Point stdout at /dev/null: the text it could not write stays in its buffer, and the
    flush at exit would fail again with an "Exception ignored" message."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # a stream without a file descriptor (a test's capture)
        pass


def flushing_writer(stream: TextIO, path: Path) -> Callable[[str], None]:
    """Write and flush each piece to `stream`, the open file `path`; OSError -> UsageError."""

    def write(text: str) -> None:
        try:
            stream.write(text)
            stream.flush()
        except OSError as e:
            raise UsageError(f"cannot write {path}: {e.strerror or e}", "check the path") from e

    return write
