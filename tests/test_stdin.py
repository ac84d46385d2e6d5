"""A document piped in on standard input as "-": read like the same file, named "-", refused
with a clear message when nothing is piped, when it is given twice or when it is too big."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from mlcareer.cli import app
from mlcareer.documents import Limits
from mlcareer.documents.stdin import read_stdin
from mlcareer.errors import DocumentError

from .conftest import EXAMPLES, POSTINGS

RESUME = EXAMPLES / "entry-ml-engineer.txt"
JD = POSTINGS / "entry-ml-engineer.txt"


def piped(data: bytes, *args: str | Path) -> Result:
    runner = CliRunner()
    return runner.invoke(app, [str(a) for a in args] + ["--as-of", "2026-11"], input=data)


def _without_paths(report: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in report.items() if k not in ("resume", "jd")}


def test_a_piped_posting_scores_as_the_same_file() -> None:
    from_file = piped(b"", "match", RESUME, JD, "--format", "json")
    from_pipe = piped(JD.read_bytes(), "match", RESUME, "-", "--format", "json")
    assert from_pipe.exit_code == 0, from_pipe.stderr
    report = json.loads(from_pipe.stdout)
    assert report["jd"] == "-"
    assert _without_paths(report) == _without_paths(json.loads(from_file.stdout))


@pytest.mark.parametrize("name", ["entry-ml-engineer.pdf", "entry-ml-engineer.docx"])
def test_a_piped_pdf_or_docx_is_read_by_its_own_reader(name: str) -> None:
    path = EXAMPLES / name
    from_file = json.loads(piped(b"", "extract", path, "--format", "json").stdout)
    result = piped(path.read_bytes(), "extract", "-", "--format", "json")
    assert result.exit_code == 0, result.stderr
    from_pipe = json.loads(result.stdout)
    assert from_pipe["path"] == "-"
    assert from_pipe["format"] == from_file["format"] == path.suffix[1:]
    assert from_pipe["skills"] == from_file["skills"]


def test_a_piped_resume_can_be_checked() -> None:
    result = piped(RESUME.read_bytes(), "check", "-", "--jd", JD, "--fail-under", "10")
    assert result.exit_code == 0, result.stdout + result.stderr


def test_standard_input_is_read_once() -> None:
    result = piped(b"Python", "match", "-", "-")
    assert result.exit_code == 2
    assert "'-' (standard input) is given more than once" in result.stderr
    assert piped(b"Python", "extract", "-", RESUME, "-").exit_code == 2


def test_nothing_piped_is_a_document_error() -> None:
    result = piped(b"", "match", RESUME, "-")
    assert result.exit_code == 3
    assert "standard input: nothing was piped in" in result.stderr
    assert "hint: pipe a document in" in result.stderr


def test_a_broken_piped_pdf_names_standard_input_not_a_temporary_file() -> None:
    result = piped(b"%PDF-1.7 this is not really a PDF", "extract", "-")
    assert result.exit_code == 3
    assert "error: standard input: not a readable PDF" in result.stderr
    assert "stdin.pdf" not in result.stderr and "mlcareer-" not in result.stderr


def test_blank_piped_text_has_no_text() -> None:
    result = piped(b"  \n\n ", "extract", "-")
    assert result.exit_code == 3
    assert "standard input: no text found" in result.stderr


def test_the_size_limit_holds_for_standard_input() -> None:
    result = piped(b"Python and SQL. " * 200, "--max-file-mb", "0.001", "extract", "-")
    assert result.exit_code == 3
    assert "standard input: more than the 1.0 kB limit" in result.stderr


def test_a_terminal_is_not_waited_on(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    with pytest.raises(DocumentError, match="nothing is piped in"):
        read_stdin(Limits())
