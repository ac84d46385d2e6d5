"""The batch CSV is plain UTF-8 without a byte-order mark (scripts read its first header as
"rank"); --bom starts it with one, for Excel, on stdout, in a file and when streamed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

ROOT = Path(__file__).resolve().parents[1]
POSTING = ROOT / "data" / "job_descriptions" / "entry-ml-engineer.txt"
AS_OF = ["--as-of", "2026-11"]
RESUME_TEXT = "Renée Müller\nSkills\nPython, PyTorch, computer vision\n"


def _batch(tmp_path: Path, *args: str) -> tuple[int, bytes, str]:
    resume = tmp_path / "renée.txt"
    resume.write_text(RESUME_TEXT, encoding="utf-8")
    argv = ["batch", "--resumes", str(resume), "--jds", str(POSTING), *args, *AS_OF]
    result = CliRunner().invoke(app, argv)
    return result.exit_code, result.stdout_bytes, result.stderr


def test_ux2_the_batch_csv_has_no_byte_order_mark_by_default(tmp_path: Path) -> None:
    code, out, _ = _batch(tmp_path, "--format", "csv")
    assert code == 0 and out.startswith(b"rank,resume,jd,")
    assert next(csv.reader(out.decode("utf-8").splitlines()))[0] == "rank"


@pytest.mark.parametrize("stream", [False, True])
def test_ux2_bom_starts_the_csv_with_one_mark(tmp_path: Path, stream: bool) -> None:
    code, out, _ = _batch(tmp_path, "--format", "csv", "--bom", *(["--stream"] * stream))
    assert code == 0 and out.startswith(b"\xef\xbb\xbfrank,resume,jd,")
    assert out.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(out.decode("utf-8-sig").splitlines()))
    assert rows[0]["resume"].endswith("renée.txt") and rows[0]["score"]


@pytest.mark.parametrize("stream", [False, True])
def test_ux2_bom_marks_a_csv_written_with_output(tmp_path: Path, stream: bool) -> None:
    target = tmp_path / "ranking.csv"
    flags = ["--format", "csv", "--bom", "-o", str(target), *(["--stream"] * stream)]
    code, out, _ = _batch(tmp_path, *flags)
    assert code == 0 and out == b""
    assert target.read_bytes().startswith(b"\xef\xbb\xbfrank,")


@pytest.mark.parametrize("form", ["json", "jsonl", "terminal"])
def test_ux2_bom_with_another_format_is_a_usage_error(tmp_path: Path, form: str) -> None:
    code, out, err = _batch(tmp_path, "--format", form, "--bom")
    assert code == 2 and out == b""
    assert err.splitlines()[0] == "error: --bom marks a CSV file"
