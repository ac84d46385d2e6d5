"""The command line as its three users meet it: a job seeker's `match`, a script's `batch` and
CI's `check`. Names as the user gave them, errors in the format asked for, and a document
given as the wrong kind said on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .conftest import EXAMPLES
from .conftest import invoke as run

RESUME = EXAMPLES / "entry-ml-engineer.txt"
POSTING_TEXT = (
    "Data Engineer at Quillfeather\n\nAbout the role\nYou will build pipelines for our "
    "analytics team.\n\nRequirements\n- 3+ years of experience with Python and SQL\n"
    "- Experience with Apache Airflow\n\nNice to have\n- Kubernetes\n\nWhat we offer\n"
    "- Remote work and a learning budget\n\nHow to apply\nSend your resume to "
    "jobs@quillfeather.example\n"
)
RESUME_TEXT = (
    "Robin Vale\nrobin.vale@example.com | +1 555 0100\n\nExperience\nData Engineer, Brightmoss "
    "Ltd, Jan 2019 - Dec 2023\n- Built Airflow pipelines in Python and SQL for 40 teams\n\n"
    "Education\nBSc Computer Science, Lakeshore University, 2018\n\nSkills\nPython, SQL, "
    "Apache Airflow\n"
)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with no file named like a bundled posting."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# A bundled posting is named as the user gave it, not by its installed path


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "terminal"])
def test_batch_rows_name_a_bundled_posting_as_given(here: Path, fmt: str) -> None:
    result = run("batch", "--resumes", RESUME, "--jds", "ml-intern", "-f", fmt, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert "ml-intern" in result.stdout
    assert "job_descriptions" not in result.stdout.replace("\n", "").replace(" ", "")
    assert "site-packages" not in result.stdout


def test_batch_pairs_csv_rows_name_a_bundled_posting_as_written(here: Path) -> None:
    (here / "cv.txt").write_text(RESUME_TEXT, encoding="utf-8")
    (here / "pairs.csv").write_text("resume,jd\ncv.txt,data-engineer\n", encoding="utf-8")
    result = run("batch", "--pairs", "pairs.csv", "-f", "jsonl", "-j", "1")
    assert result.exit_code == 0, result.stderr
    row = json.loads(result.stdout)
    assert (row["resume"], row["jd"]) == ("cv.txt", "data-engineer")


def test_batch_one_bundled_posting_spelled_twice_is_one_group_under_its_first_name(
    here: Path,
) -> None:
    (here / "cv.txt").write_text(RESUME_TEXT, encoding="utf-8")
    rows = "resume,jd\ncv.txt,ml-intern\nentry.txt,ml-intern.txt\n"
    (here / "entry.txt").write_text(RESUME.read_text(encoding="utf-8"), encoding="utf-8")
    (here / "pairs.csv").write_text(rows, encoding="utf-8")
    result = run("batch", "--pairs", "pairs.csv", "-f", "jsonl", "-j", "1")
    assert result.exit_code == 0, result.stderr
    got = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["jd"] for row in got} == {"ml-intern"}
    assert sorted(row["rank"] for row in got) == [1, 2]  # one ranking, not two groups of one


@pytest.mark.parametrize("fmt", ["json", "terminal", "markdown"])
def test_match_names_a_bundled_posting_as_given(here: Path, fmt: str) -> None:
    result = run("match", RESUME, "data-analyst", "-f", fmt, "--no-color")
    assert result.exit_code == 0, result.stderr
    assert "job_descriptions" not in result.stdout.replace("\n", "").replace(" ", "")
    if fmt == "json":
        assert json.loads(result.stdout)["jd"] == "data-analyst"


def test_match_names_a_posting_file_as_given(here: Path) -> None:
    (here / "role.txt").write_text(POSTING_TEXT, encoding="utf-8")
    result = run("match", RESUME, "role.txt", "-f", "json")
    assert json.loads(result.stdout)["jd"] == "role.txt"


# check -f github: an unreadable --jd is an annotation, as an unreadable resume is


def test_check_github_annotates_an_unreadable_posting(here: Path) -> None:
    result = run("check", "-f", "github", "--jd", "gone.txt", RESUME)
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("::error file=gone.txt,title=mlcareer check unreadable::")
    assert "no such file" in lines[0]
    assert "error: gone.txt: no such file" in result.stderr  # the plain lines stay on stderr


def test_check_github_annotates_an_unknown_posting_name(here: Path) -> None:
    result = run("check", "-f", "github", "--jd", "astronaut", RESUME)
    assert result.exit_code == 3
    assert result.stdout.startswith("::error file=astronaut,")
    assert "neither a file nor a bundled posting" in result.stdout


@pytest.mark.parametrize("form", ["json", "jsonl"])
def test_check_json_gives_an_unreadable_posting_a_record(here: Path, form: str) -> None:
    result = run("check", "-f", form, "--jd", "gone.txt", RESUME)
    assert result.exit_code == 3
    record = json.loads(result.stdout)
    assert record["resume"] is None and record["jd"] == "gone.txt"
    assert "no such file" in record["error"] and record["hint"]
    assert "error: gone.txt: no such file" in result.stderr


def test_check_text_keeps_an_unreadable_posting_on_stderr(here: Path) -> None:
    result = run("check", "--jd", "gone.txt", RESUME)
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "error: gone.txt: no such file" in result.stderr


# batch: a document given as the other kind is scored as given, with a warning


@pytest.fixture
def mixed(here: Path) -> tuple[Path, Path]:
    """A resumes folder holding a posting by mistake, and a postings folder holding a resume."""
    resumes, postings = here / "cvs", here / "jobs"
    resumes.mkdir()
    postings.mkdir()
    (resumes / "robin.txt").write_text(RESUME_TEXT, encoding="utf-8")
    (resumes / "saved-ad.txt").write_text(POSTING_TEXT, encoding="utf-8")
    (postings / "role.txt").write_text(POSTING_TEXT.replace("Data Engineer", "Analytics Engineer"))
    (postings / "my-cv.txt").write_text(RESUME_TEXT.replace("Robin", "Sam"), encoding="utf-8")
    return resumes, postings


def _warnings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("warning: ")]


@pytest.mark.usefixtures("mixed")
def test_batch_warns_once_per_document_given_as_the_other_kind() -> None:
    result = run("batch", "--resumes", "cvs", "--jds", "jobs", "-f", "jsonl", "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4  # nothing left out
    assert _warnings(result.stderr) == [
        "warning: cvs/saved-ad.txt: given as a resume, it reads like a job posting; it is scored"
        " as a resume all the same (if it is a job posting, give it with --jds)",
        "warning: jobs/my-cv.txt: given as a posting, it reads like a resume; it is scored as a"
        " posting all the same (if it is a resume, give it with --resumes)",
    ]


def test_batch_from_a_pairs_csv_says_which_column_to_move_it_to(mixed: tuple[Path, Path]) -> None:
    (mixed[0].parent / "pairs.csv").write_text("resume,jd\ncvs/saved-ad.txt,jobs/role.txt\n")
    result = run("batch", "--pairs", "pairs.csv", "-f", "csv", "-j", "1")
    assert result.exit_code == 0, result.stderr
    (line,) = _warnings(result.stderr)
    assert line.startswith("warning: cvs/saved-ad.txt: given as a resume")
    assert line.endswith("(if it is a job posting, move it to the jd column)")


def test_batch_of_documents_of_the_right_kind_warns_of_nothing(mixed: tuple[Path, Path]) -> None:
    result = run("batch", "--resumes", "cvs/robin.txt", "--jds", "jobs/role.txt", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    assert _warnings(result.stderr) == []


def test_batch_folder_of_no_document_says_what_it_skipped(here: Path) -> None:
    (here / "old").mkdir()
    (here / "old" / "cv.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    result = run("batch", "--resumes", "old", "--jds", "ml-intern")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith("note: --resumes old: skipped 1 file") and "cv.doc" in lines[0]
    assert lines[1].startswith("error: --resumes old: the folder holds no")
    assert lines[2].startswith("hint: ")


def test_match_with_a_bundled_postings_name_first_says_the_files_are_swapped(here: Path) -> None:
    (here / "cv.txt").write_text(RESUME_TEXT, encoding="utf-8")
    result = run("match", "ml-intern", "cv.txt")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "error: ml-intern: no such file; it is a bundled posting's name",
        "hint: give the resume first, then the posting: mlcareer match RESUME ml-intern",
    ]


def test_match_with_a_missing_resume_of_another_name_is_no_such_file(here: Path) -> None:
    result = run("match", "gone.txt", "ml-intern")
    assert result.exit_code == 3
    assert result.stderr.startswith("error: gone.txt: no such file\n")


def test_batch_refuses_standard_input_as_both_a_resume_and_a_posting(here: Path) -> None:
    result = CliRunner().invoke(
        app, ["batch", "--resumes", "-", "--jds", "-", "-f", "csv"], input=RESUME_TEXT
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: '-' (standard input) is given more than once\n")


def test_batch_reads_standard_input_once_for_several_pairs(here: Path) -> None:
    (here / "pairs.csv").write_text("resume,jd\n-,ml-intern\n-,data-analyst\n")
    args = ["batch", "--pairs", "pairs.csv", "-f", "jsonl", "-j", "1", "--as-of", "2026-11"]
    result = CliRunner().invoke(app, args, input=RESUME_TEXT)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["resume"] for row in rows] == ["-", "-"]
    assert all(row["score"] > 0 for row in rows)


def test_a_document_where_the_command_goes_gets_a_hint_to_name_the_command(here: Path) -> None:
    result = CliRunner().invoke(app, ["cv.pdf", "job.txt"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "error: no such command 'cv.pdf'",
        "hint: name the command first, e.g. 'mlcareer match cv.pdf JOB' (see --help)",
    ]


def test_a_mistyped_command_keeps_the_parsers_suggestion(here: Path) -> None:
    result = CliRunner().invoke(app, ["mach", "cv.pdf"])
    assert result.exit_code == 2
    assert "Did you mean 'match'" in result.stderr
    assert "name the command first" not in result.stderr


@pytest.mark.parametrize(
    "content", [b"\xff\xfe\x00", b"- * -\n---\n", "\u2022 \u2014 \u2022\n".encode()]
)
def test_a_file_without_a_letter_or_digit_is_no_text(here: Path, content: bytes) -> None:
    (here / "cv.txt").write_bytes(content)
    result = run("match", "cv.txt", "ml-intern")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "error: cv.txt: no text found",
        "hint: the file holds no readable words",
    ]


def test_a_file_of_a_few_letters_in_any_script_is_read(here: Path) -> None:
    (here / "cv.txt").write_text("データ\n", encoding="utf-8")
    assert run("extract", "cv.txt", "-f", "json").exit_code == 0


def test_check_with_a_bundled_postings_name_as_a_resume_points_at_jd(here: Path) -> None:
    result = run("check", "ml-intern")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "error: ml-intern: no such file; it is a bundled posting's name",
        "hint: a posting goes with --jd: mlcareer check RESUME --jd ml-intern",
    ]
