"""The three users end to end, on files made here: an --output that cannot be written stops
the run before any work, --color wins over NO_COLOR, a PDF or DOCX saved under a text suffix
says what it is, and the pairs CSV refuses a header with two resume columns and reads the
UTF-16 text Excel saves as "Unicode Text"."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, NoReturn

import docx
import pytest
from fpdf import FPDF
from typer.testing import CliRunner, Result

from mlcareer import api as api_module
from mlcareer import batch as batch_module
from mlcareer.cli import app

RESUME_LINES = [
    "Ana Lima",
    "ana.lima@example.org",
    "Experience",
    "Data Engineer - Quillfeather Ltd (Mar 2019 - Present)",
    "- Built Spark pipelines in Python and loaded them into Snowflake",
    "Skills",
    "Python, Spark, SQL, Airflow",
]
POSTING = "Data Engineer\nRequirements\n- 2+ years of Python\n- Spark and SQL\n"


def _run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    argv = [str(arg) for arg in args] + ["--as-of", "2026-11"]
    return CliRunner().invoke(app, argv, env=env)


def _resume_txt(tmp_path: Path, name: str = "cv.txt") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(RESUME_LINES) + "\n", encoding="utf-8")
    return path


def _posting(tmp_path: Path) -> Path:
    path = tmp_path / "job.txt"
    path.write_text(POSTING, encoding="utf-8")
    return path


def _resume_pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in RESUME_LINES:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _resume_docx(path: Path) -> Path:
    document = docx.Document()
    for line in RESUME_LINES:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _no_work(*args: Any, **kwargs: Any) -> NoReturn:
    raise AssertionError("the run started before --output was checked")


# --output is checked before any document is read or any pair scored


def test_users5_batch_into_a_missing_folder_stops_before_scoring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_module, "engine_rows", _no_work)
    target = tmp_path / "no such folder" / "ranking.csv"
    resume, posting = _resume_txt(tmp_path), _posting(tmp_path)
    result = _run("batch", "--resumes", resume, "--jds", posting, "-f", "csv", "-o", target)
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"error: cannot write {target}: No such file or directory",
        "hint: check that the folder exists",
    ]


def test_users5_batch_into_a_folder_stops_before_scoring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_module, "engine_rows", _no_work)
    resume, posting = _resume_txt(tmp_path), _posting(tmp_path)
    result = _run("batch", "--resumes", resume, "--jds", posting, "-o", tmp_path)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"error: cannot write {tmp_path}: it is a folder\n")


def test_users5_extract_into_a_missing_folder_reads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(api_module, "extract", _no_work)
    target = tmp_path / "missing" / "skills.jsonl"
    result = _run("extract", _resume_txt(tmp_path), "-f", "jsonl", "-o", target)
    assert result.exit_code == 2, result.output
    assert "hint: check that the folder exists" in result.stderr


def test_users5_a_writable_output_leaves_no_probe_behind(tmp_path: Path) -> None:
    """Lookalike: a folder that exists gets the report and nothing else."""
    out = tmp_path / "out"
    out.mkdir()
    resume, posting = _resume_txt(tmp_path), _posting(tmp_path)
    result = _run("batch", "--resumes", resume, "--jds", posting, "-f", "csv", "-o", out / "r.csv")
    assert result.exit_code == 0, result.output
    assert [path.name for path in out.iterdir()] == ["r.csv"]
    assert (out / "r.csv").read_text(encoding="utf-8").startswith("rank,resume,jd,score")


# colour


_COLOUR = re.compile(r"\x1b\[[0-9;]*3[0-7]m")  # a foreground colour, not bold or dim


def test_users5_an_explicit_color_wins_over_no_color(tmp_path: Path) -> None:
    resume, posting = _resume_txt(tmp_path), _posting(tmp_path)
    result = _run("match", resume, posting, "--color", env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert _COLOUR.search(result.stdout)


def test_users5_no_color_alone_keeps_the_report_plain(tmp_path: Path) -> None:
    """Lookalike: without --color, NO_COLOR (or a pipe) gives no escape at all."""
    resume, posting = _resume_txt(tmp_path), _posting(tmp_path)
    result = _run("match", resume, posting, env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout


# a PDF or a DOCX under a text format's suffix


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".json", ".eml"])
def test_users5_a_pdf_under_a_text_suffix_says_it_is_a_pdf(tmp_path: Path, suffix: str) -> None:
    misnamed = _resume_pdf(tmp_path / f"cv{suffix}")
    result = _run("match", misnamed, _posting(tmp_path))
    assert result.exit_code == 3, result.output
    assert result.stderr.splitlines() == [
        f"error: {misnamed}: not text (it is a PDF)",
        "hint: give it the .pdf suffix",
    ]


def test_users5_a_docx_under_a_text_suffix_says_it_is_a_zip(tmp_path: Path) -> None:
    misnamed = _resume_docx(tmp_path / "cv.md")
    result = _run("extract", misnamed)
    assert result.exit_code == 3, result.output
    assert f"error: {misnamed}: not text (it is a DOCX or another zip package)" in result.stderr


def test_users5_a_batch_names_the_misnamed_pdf_in_its_row(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    _resume_pdf(folder / "b.txt")
    _resume_txt(folder, "a.txt")
    result = _run("batch", "--resumes", folder, "--jds", _posting(tmp_path), "-f", "csv")
    assert result.exit_code == 3, result.output
    rows = result.stdout.splitlines()[1:]
    assert rows[0].startswith(f"1,{folder / 'a.txt'},")
    assert f"{folder / 'b.txt'}: not text (it is a PDF)" in rows[1]


def test_users5_text_that_names_the_pdf_format_is_still_text(tmp_path: Path) -> None:
    """Lookalikes: a resume that mentions %PDF- on a line, and the real PDF and DOCX files,
    are read as before."""
    lines = ["Parsed %PDF-1.7 headers in a document pipeline", *RESUME_LINES]
    mentions = tmp_path / "mentions.txt"
    mentions.write_text("\n".join(lines) + "\n", encoding="utf-8")
    opens = tmp_path / "opens.txt"  # a first line that opens with the format's name
    opens.write_text("%PDF-1.4 parsing notes\n" + "\n".join(RESUME_LINES) + "\n", encoding="utf-8")
    for resume in (
        mentions,
        opens,
        _resume_pdf(tmp_path / "cv.pdf"),
        _resume_docx(tmp_path / "cv.docx"),
    ):
        result = _run("match", resume, _posting(tmp_path), "-f", "json")
        assert result.exit_code == 0, result.output


# the pairs CSV


def test_users5_a_pairs_header_with_two_resume_columns_is_a_usage_error(tmp_path: Path) -> None:
    _resume_txt(tmp_path, "first.txt")
    _resume_txt(tmp_path, "second.txt")
    _posting(tmp_path)
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("Resume,jd,resume\nfirst.txt,job.txt,second.txt\n", encoding="utf-8")
    result = _run("batch", "--pairs", pairs, "-f", "csv")
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [
        f"error: --pairs {pairs}: the header names the resume column 2 times",
        "hint: keep one resume and one jd column, or rename the others",
    ]


@pytest.mark.parametrize("delimiter", ["\t", ","])
def test_users5_a_utf16_pairs_file_is_read(tmp_path: Path, delimiter: str) -> None:
    """Excel's "Unicode Text" is UTF-16 with a byte-order mark, tab-separated."""
    resume = _resume_txt(tmp_path, "currículo.txt")
    _posting(tmp_path)
    pairs = tmp_path / "pairs.txt"
    text = f"resume{delimiter}jd\r\n{resume.name}{delimiter}job.txt\r\n"
    pairs.write_bytes(text.encode("utf-16"))
    result = _run("batch", "--pairs", pairs, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1].startswith(f"1,{resume},{tmp_path / 'job.txt'},")


def test_users5_a_pairs_file_in_another_code_page_is_still_refused(tmp_path: Path) -> None:
    """Lookalike: bytes that are neither UTF-8 nor marked UTF-16 stay a usage error."""
    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes("resume,jd\ncurrículo.txt,job.txt\n".encode("cp1252"))
    result = _run("batch", "--pairs", pairs)
    assert result.exit_code == 2, result.output
    assert "cannot read the CSV (it is not UTF-8)" in result.stderr


def test_a_utf16_pairs_file_cut_short_says_so(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.txt"
    pairs.write_bytes("resume\tjd\r\ncv.txt\tjob.txt\r\n".encode("utf-16")[:-1])
    result = _run("batch", "--pairs", pairs)
    assert result.exit_code == 2, result.output
    assert "cannot read the CSV (its UTF-16 text is cut short or damaged)" in result.stderr


# a standard output that cannot encode box drawing (Windows, a report redirected to a file)


def _run_in(charset: str, *args: str | Path) -> Result:
    argv = [str(arg) for arg in args] + ["--as-of", "2026-11"]
    return CliRunner(charset=charset).invoke(app, argv)


def test_users5_a_cp1252_stdout_gets_ascii_boxes(tmp_path: Path) -> None:
    result = _run_in("cp1252", "match", _resume_txt(tmp_path), _posting(tmp_path))
    assert result.exit_code == 0, result.output
    assert "\\u25" not in result.stdout
    assert result.stdout.startswith("+- mlcareer match ---")
    assert "| required skills " in result.stdout


def test_users5_a_cp1252_batch_table_gets_ascii_boxes(tmp_path: Path) -> None:
    resume, posting = _resume_txt(tmp_path), _posting(tmp_path)
    result = _run_in("cp1252", "batch", "--resumes", resume, "--jds", posting)
    assert result.exit_code == 0, result.output
    assert "\\u25" not in result.stdout
    assert result.stdout.splitlines()[1].startswith("| rank ")


def test_users5_json_on_a_cp1252_stdout_keeps_the_documents_characters(
    tmp_path: Path,
) -> None:
    """Lookalike: only the drawn report changes; JSON keeps a resume's own "│" exactly (as
    the escape \\u2502, which JSON reads back as the character)."""
    resume = tmp_path / "cv.txt"
    resume.write_text("\n".join([*RESUME_LINES, "Tools: Python │ SQL"]) + "\n", encoding="utf-8")
    result = _run_in("cp1252", "match", resume, _posting(tmp_path), "-f", "json")
    assert result.exit_code == 0, result.output
    assert "Tools: Python │ SQL" in json.dumps(json.loads(result.stdout), ensure_ascii=False)


def test_users5_a_utf8_stdout_keeps_the_drawn_boxes(tmp_path: Path) -> None:
    result = _run("match", _resume_txt(tmp_path), _posting(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("╭─ mlcareer match ─")


def test_a_docx_whose_main_part_is_not_a_word_document_says_so_in_words(tmp_path: Path) -> None:
    import zipfile

    package = "http://schemas.openxmlformats.org/package/2006"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    path = tmp_path / "cv.docx"
    with zipfile.ZipFile(path, "w") as archive:  # the main part's type is plain XML
        archive.writestr(
            "[Content_Types].xml",
            f'<Types xmlns="{package}/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{package}/relationships">'
            f'<Relationship Id="rId1" Type="{office}" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr("word/document.xml", "<x/>")
    result = _run("extract", path)
    assert result.exit_code == 3
    first = result.stderr.splitlines()[0]
    assert first.endswith("cv.docx: the DOCX could not be read as a Word document")
    assert "Error" not in result.stderr
