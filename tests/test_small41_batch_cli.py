"""batch: a document given as the other kind is warned of when pre-ranking leaves it out too;
every command ends quietly with 141 when its reader closes standard output. Small texts
written here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import mlcareer

from .conftest import invoke as run

_RESUME = (
    "Robin Vale\nrobin.vale@example.com\n\nExperience\nData Engineer, Brightmoss Ltd, "
    "Jan 2019 - Dec 2023\n- Built Airflow pipelines in Python and SQL\n\nEducation\n"
    "BSc Computer Science, Lakeshore University, 2018\n\nSkills\nPython, SQL, Apache Airflow\n"
)
_DATA_POSTING = (
    "Data Engineer at Quillfeather\n\nAbout the role\nYou will build pipelines for our "
    "analytics team.\n\nRequirements\n- 3+ years of experience with Python and SQL\n"
    "- Experience with Apache Airflow\n\nWhat we offer\n- Remote work\n\nHow to apply\n"
    "Send your resume to jobs@quillfeather.example\n"
)
_NURSE_POSTING = (
    "Registered Nurse at Elmfield Clinic\n\nAbout the role\nYou will care for patients on "
    "our ward.\n\nRequirements\n- 2+ years of experience in acute care nursing\n"
    "- BLS certification\n\nWhat we offer\n- A pension and paid leave\n\nHow to apply\n"
    "Send your resume to jobs@elmfield.example\n"
)


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Resumes holding a nurse's posting by mistake, and a data engineer's posting."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cvs").mkdir()
    (tmp_path / "jobs").mkdir()
    (tmp_path / "cvs" / "robin.txt").write_text(_RESUME, encoding="utf-8")
    (tmp_path / "cvs" / "saved-ad.txt").write_text(_NURSE_POSTING, encoding="utf-8")
    (tmp_path / "jobs" / "role.txt").write_text(_DATA_POSTING, encoding="utf-8")
    return tmp_path


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning: ")]


@pytest.mark.usefixtures("folders")
def test_a_pre_ranked_out_document_of_the_other_kind_is_warned_of() -> None:
    pytest.importorskip("scipy")
    result = run("batch", "--resumes", "cvs", "--jds", "jobs", "--prerank", "1", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert "saved-ad" not in result.stdout  # left out by pre-ranking
    assert _warnings(result.stderr) == [
        "warning: cvs/saved-ad.txt: given as a resume, it reads like a job posting; pre-ranking"
        " read it as a resume and left it out (if it is a job posting, give it with --jds)"
    ]


@pytest.mark.usefixtures("folders")
def test_a_scored_document_of_the_other_kind_is_warned_of_once() -> None:
    pytest.importorskip("scipy")
    result = run("batch", "--resumes", "cvs", "--jds", "jobs", "--prerank", "2", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert _warnings(result.stderr) == [
        "warning: cvs/saved-ad.txt: given as a resume, it reads like a job posting; it is scored"
        " as a resume all the same (if it is a job posting, give it with --jds)"
    ]


# A reader that closes standard output early (`| head -1`) ends every command quietly, 141


@pytest.mark.parametrize(
    "args",
    [
        ("extract", "cvs/robin.txt", "-f", "json"),
        ("match", "cvs/robin.txt", "jobs/role.txt", "-f", "json"),
        ("batch", "--resumes", "cvs", "--jds", "jobs", "-f", "jsonl", "-j", "1"),
        ("batch", "--resumes", "cvs", "--jds", "jobs", "-f", "jsonl", "--stream", "-j", "1"),
    ],
)
@pytest.mark.usefixtures("folders")
def test_a_closed_pipe_ends_any_command_quietly(
    monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    def closed(text: str) -> None:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("mlcareer.output.write_stdout", closed)
    result = run(*args)
    assert result.exit_code == 141
    assert result.stderr == ""


@pytest.mark.usefixtures("folders")
def test_a_closed_pipe_stops_a_streamed_batch_at_once() -> None:
    command = [sys.executable, "-m", "mlcareer", "batch", "--resumes", "cvs", "--jds", "jobs"]
    child = subprocess.Popen(
        [*command, "--stream", "-f", "jsonl", "-j", "1", "--as-of", "2026-11"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(mlcareer.__file__).parents[1])},
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # as `| true` does, before the first row is written
    stderr = child.stderr.read()
    assert child.wait(timeout=120) == 141
    assert stderr == b""  # no traceback, and no summary of rows never written
