"""Broken and hostile input through the real CLI: nothing crashes, nothing is lost, nothing
leaks. The corpus is written once per session by tests/hostile_corpus.py."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from mlcareer.cli import app

from .hostile_corpus import (
    ESCAPES,
    GOOD_POSTING,
    GOOD_RESUME,
    MARKER,
    TAG_MARKER,
    Expected,
    case_names,
    write_corpus,
)

AS_OF = ("--as-of", "2026-11")
Corpus = dict[str, tuple[Path, Expected]]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("hostile")
    return {name: (path, expected) for name, path, expected in write_corpus(folder)}


def cpu_seconds() -> float:
    """CPU time of this process and of the children it has waited for (a PDF is read in a
    forked child): a loaded machine slows the wall clock, not this."""
    spent = os.times()
    return spent.user + spent.system + spent.children_user + spent.children_system


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt a hang in Python code: the test fails instead of the suite stalling."""

    def expire(signum: int, frame: Any) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def invoke(*args: str | Path, seconds: float = 30) -> Result:
    with time_limit(seconds):
        return CliRunner().invoke(app, [str(a) for a in args])


def command_for(path: Path, expected: Expected, folder: Path) -> list[str | Path]:
    if expected.command == "extract":
        return [*expected.options, "extract", path, "--format", "json", *AS_OF]
    resume, posting = folder / "good-resume.txt", folder / "good-posting.txt"
    return [*expected.options, "match", resume, posting, "--taxonomy", path, "--format", "json"]


def assert_clean_error(result: Result, expected: Expected) -> None:
    """One `error:` line naming the problem, a `hint:` line; on stdout nothing, or for an
    unreadable file given to `extract --format json` its {"path", "error", "hint"} object."""
    lines = result.stderr.splitlines()
    assert lines and lines[0].startswith("error: "), result.stderr
    assert expected.says in lines[0], lines[0]
    assert lines[-1].startswith("hint: ") and len(lines[-1]) > len("hint: ")
    assert all(line.startswith(("error: ", "hint: ", "  ")) for line in lines), lines
    if expected.command == "extract" and result.exit_code == 3:
        record = json.loads(result.stdout)
        assert set(record) == {"path", "error", "hint"} and expected.says in record["error"]
    else:
        assert result.stdout == ""


def assert_result(result: Result, expected: Expected) -> None:
    data = json.loads(result.stdout)
    warnings = data["warnings"]
    if expected.says:
        assert any(expected.says in w for w in warnings), warnings
    skills = {hit["id"] for hit in data.get("skills", [])} | set(data.get("resume_skills", []))
    if expected.finds:
        assert expected.finds in skills
    if expected.not_finds:
        assert expected.not_finds not in skills


@pytest.mark.parametrize("name", case_names())
def test_case_ends_cleanly(
    name: str, corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, expected = corpus[name]
    if expected.skip:
        pytest.skip(expected.skip)
    monkeypatch.chdir(tmp_path)  # where a YAML tag that ran would leave its file
    for variable, value in expected.env:
        monkeypatch.setenv(variable, value)
    started = cpu_seconds()
    # the alarm only stops a hang, in wall-clock time, which a loaded machine stretches
    result = invoke(*command_for(path, expected, path.parent), seconds=10 * expected.seconds)
    elapsed = cpu_seconds() - started
    output = result.stdout + result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in output
    assert result.exit_code == expected.exit_code, output[:2000]
    assert elapsed < expected.seconds
    assert MARKER not in output
    assert not (tmp_path / TAG_MARKER).exists()
    if expected.ok:
        assert_result(result, expected)
    else:
        assert_clean_error(result, expected)


# Runs the command it is given and prints its peak memory (KiB). The tool runs as the child of
# this small process, not of the test process: a process's peak memory counts the memory of
# the one it was forked from, and the test process grows with the suite.
_PEAK_OF_CHILD = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


@pytest.mark.parametrize("name", ["40-mb.txt --max-file-mb 60", "one-line-5-mb.txt"])
def test_large_input_stays_in_bounded_memory(name: str, corpus: Corpus) -> None:
    """A grandchild process, so that its peak memory is its own."""
    path, expected = corpus[name]
    args = [*expected.options, "extract", str(path), "--format", "json", *AS_OF]
    command = [sys.executable, "-c", _PEAK_OF_CHILD, sys.executable, "-m", "mlcareer", *args]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: still running after 60 s")
    peak = int(done.stdout.split()[-1])
    assert peak < 600_000, f"peak memory {peak / 1000:.0f} MB"


def test_python_docx_parser_resolves_no_entities(tmp_path: Path) -> None:
    """DOCX parts with a DTD are refused before parsing; behind that, python-docx's own parser
    must neither expand nor fetch entities (a python-docx upgrade must not change this)."""
    from docx.oxml.parser import parse_xml

    secret = tmp_path / "secret.txt"
    secret.write_text(MARKER)
    xml = f'<!DOCTYPE t [<!ENTITY x SYSTEM "file://{secret}">]><t>a&x;b</t>'
    element = parse_xml(xml)
    assert "".join(element.itertext()) == "a&x;b"  # left as a reference, never read


def test_pure_python_yaml_loader_on_deep_nesting_is_a_taxonomy_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without libyaml, PyYAML's composer recurses; the error must still be exit code 4."""
    import yaml

    from mlcareer import taxonomy
    from mlcareer.errors import TaxonomyError

    monkeypatch.delattr(yaml, "CSafeLoader", raising=False)
    path = tmp_path / "deep.yaml"
    raw = b"skills: " + b"[" * 5_000 + b"]" * 5_000
    with pytest.raises(TaxonomyError) as caught:
        taxonomy._parse_yaml(path, raw)
    assert caught.value.exit_code == 4


# -- injection: document text is data in every output format ----------------------------------

HOSTILE = (
    "[bold red]Mallory[/bold red] [link=https://evil.example]click[/link]\n"
    "<script>alert(1)</script> <img src=x onerror=alert(2)> ![x](https://evil.example/p.png)\n"
    f"{ESCAPES}\n"
)
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour codes: the only escapes rich itself writes here


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("injection")
    resume = folder / "resume\x1b[2J[red]x.txt"  # a file name is text from outside too
    resume.write_text(HOSTILE + GOOD_RESUME, encoding="utf-8")
    posting = folder / "posting.txt"
    posting.write_text(GOOD_POSTING.replace("Kubernetes", "Kubernetes " + HOSTILE), "utf-8")
    return resume, posting


def assert_no_live_escapes(out: str) -> None:
    assert "\x1b]" not in out and "\x9b" not in out  # no OSC (hyperlinks, titles), no 8-bit CSI
    assert "\x1b" not in SGR.sub("", out)  # no escape but plain colours
    assert "\x1b[5;35m" not in out and "\x1b[2J" not in out  # the document's own sequences


@pytest.mark.parametrize("color", ["--color", "--no-color"])
def test_terminal_report_shows_markup_and_escapes_as_text(
    hostile_files: tuple[Path, Path], color: str
) -> None:
    result = invoke("match", *hostile_files, "--format", "terminal", color, *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert_no_live_escapes(result.stdout)
    if color == "--no-color":
        assert "\x1b" not in result.stdout
        assert "resume\ufffd[2J[red]x.txt" in result.stdout  # the file name, inert


@pytest.mark.parametrize("color", ["--color", "--no-color"])
def test_extract_terminal_output_has_no_live_escapes(
    hostile_files: tuple[Path, Path], color: str
) -> None:
    result = invoke("extract", *hostile_files, "--format", "terminal", color, *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert_no_live_escapes(result.stdout)
    assert "[red]x.txt" in result.stdout  # rich markup in a file name prints as written


@pytest.mark.parametrize("color", ["--color", "--no-color"])
def test_roles_terminal_output_has_no_live_escapes(
    hostile_files: tuple[Path, Path], color: str
) -> None:
    result = invoke("roles", hostile_files[0], "--format", "terminal", color, *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert_no_live_escapes(result.stdout)
    assert "resume\ufffd[2J[red]x.txt" in result.stdout  # the file name, inert


def test_html_report_escapes_document_text(hostile_files: tuple[Path, Path]) -> None:
    result = invoke("match", *hostile_files, "--format", "html", *AS_OF)
    assert result.exit_code == 0, result.stderr
    out = result.stdout.lower()
    assert "<script" not in out and "<img" not in out and "\x1b" not in out
    assert "&lt;script&gt;" in out or "script" not in out
    assert "default-src 'none'" in out  # and the page may load nothing even if it tried


def test_markdown_report_escapes_document_text(hostile_files: tuple[Path, Path]) -> None:
    result = invoke("match", *hostile_files, "--format", "markdown", *AS_OF)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "<script" not in out and "<img" not in out and "\x1b" not in out
    assert "](" not in out.replace("\\](", "")  # no link or image syntax
    assert "[bold red]" not in out.replace("\\[bold red\\]", "")  # brackets escaped
    assert "resume\ufffd[2J[red]x.txt`" in out  # the file name, in a code span
    for table in re.findall(r"(?:^\|.*\n)+", out, re.M):  # text never adds a column
        assert len({len(UNESCAPED_PIPE.findall(row)) for row in table.splitlines()}) == 1


def test_json_output_keeps_text_as_escaped_data(hostile_files: tuple[Path, Path]) -> None:
    result = invoke("match", *hostile_files, "--format", "json", *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout  # json.dumps writes controls as \u001b
    assert json.loads(result.stdout)["resume"] == str(hostile_files[0])  # exact, as data


# -- batch: one bad file among many ------------------------------------------------------------

BAD_IN_BATCH = [
    "empty.txt",
    "junk.pdf",
    "zip-bomb.docx",
    "billion-laughs.docx",
    "encrypted-user-password.pdf",
    "image-only.pdf",
]


def test_batch_isolates_bad_files(corpus: Corpus, tmp_path: Path) -> None:
    resumes = tmp_path / "resumes"
    resumes.mkdir()
    for index in range(3):
        (resumes / f"good-{index}.txt").write_text(GOOD_RESUME.replace("Docker", f"Docker {index}"))
    postings = [tmp_path / "posting.txt"]
    postings[0].write_text(GOOD_POSTING)
    clean = invoke("batch", "--resumes", resumes, "--jds", postings[0], "--format", "jsonl")
    assert clean.exit_code == 0, clean.stderr
    for name in BAD_IN_BATCH:
        (resumes / name).write_bytes(corpus[name][0].read_bytes())
    args = ("batch", "--resumes", resumes, "--jds", postings[0], "--format", "jsonl", "-j", "2")
    result = invoke(*args, seconds=60)
    assert result.exit_code == 3
    assert "Traceback" not in result.stdout + result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    errors = {Path(row["resume"]).name: row for row in rows if "error" in row}
    assert sorted(errors) == sorted(BAD_IN_BATCH)
    assert all(row["rank"] is None and row["error"].strip() for row in errors.values())
    assert not any("internal error" in row["error"] for row in errors.values())
    scored = [row for row in rows if "error" not in row]
    assert scored == [json.loads(line) for line in clean.stdout.splitlines()]
    assert f"{len(rows)} pairs: 3 scored, {len(BAD_IN_BATCH)} failed" in result.stderr


def test_batch_terminal_table_shows_file_names_inert(tmp_path: Path) -> None:
    (tmp_path / "cv\x1b[2J.txt").write_text(GOOD_RESUME)
    (tmp_path / "empty\x1b]0;title\x07.txt").write_text("")
    posting = tmp_path / "posting.md"
    posting.write_text(GOOD_POSTING)
    result = invoke("batch", "--resumes", tmp_path, "--jds", posting, "-j", "1")
    assert result.exit_code == 3
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "\ufffd[2J" in result.stdout  # the name, inert
