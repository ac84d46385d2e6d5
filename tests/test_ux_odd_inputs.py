"""Inputs that are no document file: each is one error line with a hint and exit status 3."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

POSTING = "Machine Learning Engineer\n\nRequirements\n- Python\n"


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
def test_ux_dev_null_as_resume_is_not_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "jd.txt").write_text(POSTING, encoding="utf-8")
    result = CliRunner().invoke(app, ["match", "/dev/null", str(tmp_path / "jd.txt")])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "error: /dev/null: not a regular file",
        "hint: pass a saved document file, or - to read one piped in",
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_ux_fifo_without_a_suffix_is_not_a_regular_file(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "pipe")])
    assert result.exit_code == 3
    assert "not a regular file" in result.stderr and "unsupported" not in result.stderr


def test_ux_regular_file_without_a_suffix_is_still_an_unsupported_type(tmp_path: Path) -> None:
    (tmp_path / "resume").write_text("Python\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "resume")])
    assert result.exit_code == 3 and "unsupported file type" in result.stderr


def test_ux_extract_of_a_resume_without_skills_says_so(tmp_path: Path) -> None:
    resume = tmp_path / "chef.txt"
    resume.write_text(
        "Marco Bellini\n\nExperience\nHead Chef, Trattoria Rosa\n2015 - Present\n"
        "- Designed seasonal menus.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", str(resume), "--as", "resume"])
    assert result.exit_code == 0, result.stderr
    assert "skills: none found" in result.stdout and "┏" not in result.stdout


def _pdf_bytes() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(0, 10, "Data Scientist. Skills: Python, SQL")
    return bytes(pdf.output())


def _docx_bytes(tmp_path: Path) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Data Scientist. Skills: Python, SQL")
    document.save(str(tmp_path / "made.docx"))
    return (tmp_path / "made.docx").read_bytes()


def test_ux_pdf_under_a_docx_name_is_named_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "resume.docx").write_bytes(_pdf_bytes())
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "resume.docx")])
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'resume.docx'}: not a DOCX (it is a PDF)",
        "hint: give it the .pdf suffix",
    ]


def test_ux_docx_under_a_pdf_name_is_named_a_docx(tmp_path: Path) -> None:
    (tmp_path / "resume.pdf").write_bytes(_docx_bytes(tmp_path))
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "resume.pdf")])
    assert result.exit_code == 3
    assert "not a PDF (it is a DOCX or another zip package)" in result.stderr
    assert "hint: give it the .docx suffix" in result.stderr


def test_ux_text_under_docx_and_pdf_names_keeps_the_old_errors(tmp_path: Path) -> None:
    for name, said in (("cv.docx", "not a valid DOCX"), ("cv.pdf", "not a readable PDF")):
        (tmp_path / name).write_text("Python developer, 5 years\n", encoding="utf-8")
        result = CliRunner().invoke(app, ["extract", str(tmp_path / name)])
        assert result.exit_code == 3 and said in result.stderr, result.stderr
