"""The document readers on real files: TXT encodings, DOCX structure, PDF edge cases, limits."""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from mlcareer.documents import Limits, read_document
from mlcareer.errors import DocumentError
from mlcareer.models import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
RESUME = "Jane Doe\nMachine learning engineer: Python, PyTorch, SQL\n"


def read_failing(path: Path, limits: Limits | None = None) -> DocumentError:
    """read_document must fail with exit code 3, the path in the message and a hint."""
    with pytest.raises(DocumentError) as caught:
        read_document(path, limits)
    error = caught.value
    assert error.exit_code == 3
    assert str(path) in error.message
    assert error.hint.strip()
    return error


def write(path: Path, raw: bytes) -> Path:
    path.write_bytes(raw)
    return path


def make_pdf(path: Path, pages: list[str | None], user_password: str | None = None) -> Path:
    """One page per entry: a line of text, or None for a page with only a drawn rectangle."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if user_password is not None:
        pdf.set_encryption(owner_password="owner", user_password=user_password)
    for text in pages:
        pdf.add_page()
        if text is None:
            pdf.rect(20, 20, 60, 40, style="F")
        else:
            pdf.cell(text=text)
    pdf.output(str(path))
    return path


def non_blank_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


# -- the same resume in every format ---------------------------------------------------------


def test_example_resume_reads_the_same_as_txt_docx_and_pdf() -> None:
    texts = {
        s: read_document(EXAMPLES / f"entry-ml-engineer.{s}").text for s in ("txt", "docx", "pdf")
    }
    expected = non_blank_lines(texts["txt"])
    assert len(expected) > 20
    assert non_blank_lines(texts["docx"]) == expected
    assert non_blank_lines(texts["pdf"]) == expected


# -- TXT ---------------------------------------------------------------------------------------


def test_utf8_text_is_the_file_content_unchanged(tmp_path: Path) -> None:
    content = "Renée Müller\n\tSkills: Python, PyTorch — 5 years ✓  \n\nZürich 🚀\n"
    document = read_document(write(tmp_path / "cv.txt", content.encode("utf-8")))
    assert document == Document(path=str(tmp_path / "cv.txt"), format="txt", text=content)
    start = content.index("PyTorch")
    assert document.text[start : start + len("PyTorch")] == "PyTorch"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "cv.txt", codecs.BOM_UTF8 + RESUME.encode()))
    assert document.text == RESUME
    assert document.warnings == []


@pytest.mark.parametrize(
    "bom, encoding", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
)
def test_utf16_with_bom_is_decoded(tmp_path: Path, bom: bytes, encoding: str) -> None:
    content = RESUME + "Café — naïve\n"
    document = read_document(write(tmp_path / "cv.txt", bom + content.encode(encoding)))
    assert document.text == content
    assert document.warnings == []


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("content", [RESUME, RESUME + "Café — naïve\n"], ids=["ascii", "accents"])
def test_utf16_without_bom_is_detected_with_a_warning(
    tmp_path: Path, encoding: str, content: str
) -> None:
    document = read_document(write(tmp_path / "cv.txt", content.encode(encoding)))
    assert document.text == content
    assert any("byte-order mark" in w and encoding.upper() in w for w in document.warnings)


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    content = "“Led” the team’s €40k budget — on time\n"
    document = read_document(write(tmp_path / "cv.txt", content.encode("cp1252")))
    assert document.text == content
    assert any("Windows-1252" in w for w in document.warnings)


def test_crlf_and_cr_become_newlines(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "cv.txt", b"Jane Doe\r\nPython\r\nSQL\rGo\r\n"))
    assert document.text == "Jane Doe\nPython\nSQL\nGo\n"
    assert document.warnings == []


def test_nul_bytes_are_removed_with_a_warning(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "cv.txt", b"Python\x00, SQL\x00\nGo\n"))
    assert document.text == "Python, SQL\nGo\n"
    assert any("control characters" in w for w in document.warnings)


def test_zero_width_and_bidi_characters_are_removed_with_a_warning(tmp_path: Path) -> None:
    content = "Py\u200bTorch \u202eSQL\u202c \u2066Go\u2069 \ufeffdone\n"
    document = read_document(write(tmp_path / "cv.txt", content.encode("utf-8")))
    assert document.text == "PyTorch SQL Go done\n"
    assert any("invisible" in w for w in document.warnings)


def test_binary_junk_named_txt_is_an_error(tmp_path: Path) -> None:
    junk = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    error = read_failing(write(tmp_path / "photo.txt", junk))
    assert "binary" in error.message


# -- DOCX --------------------------------------------------------------------------------------


def test_docx_keeps_paragraphs_and_table_rows_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Skills")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([["Python", "5 years"], ["SQL", "3 years"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Experience")
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines() == ["Skills", "Python\t5 years", "SQL\t3 years", "Experience"]


def test_docx_keeps_equal_cells_and_a_merged_cell_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for c, value in enumerate(["Python", "5 years", "5 years"]):
        table.cell(0, c).text = value
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Languages"
    table.cell(1, 2).text = "Go"
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines() == ["Python\t5 years\t5 years", "Languages\tGo"]


def test_non_zip_named_docx_is_an_error_with_a_hint(tmp_path: Path) -> None:
    old_word = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024
    error = read_failing(write(tmp_path / "cv.docx", old_word))
    assert "zip" in error.message
    assert ".doc" in error.hint


def test_zip_that_is_not_a_docx_is_an_error(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "cv.docx", "w") as archive:
        archive.writestr("notes.txt", "Python, SQL")
    read_failing(tmp_path / "cv.docx")


# -- PDF ---------------------------------------------------------------------------------------


def test_multi_page_pdf_gives_every_page(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "cv.pdf", ["Jane Doe, ML engineer", "Skills: Python and SQL"])
    document = read_document(path)
    assert non_blank_lines(document.text) == ["Jane Doe, ML engineer", "Skills: Python and SQL"]
    assert (document.format, document.pages, document.warnings) == ("pdf", 2, [])


def test_image_only_pdf_is_an_error_about_no_text_layer(tmp_path: Path) -> None:
    error = read_failing(make_pdf(tmp_path / "scan.pdf", [None]))
    assert "no text layer" in error.message


def test_truncated_pdf_is_a_document_error_or_recovered(tmp_path: Path) -> None:
    raw = make_pdf(tmp_path / "whole.pdf", ["Jane Doe", "Python"]).read_bytes()
    path = write(tmp_path / "cut.pdf", raw[: len(raw) // 2])
    try:
        document = read_document(path)
    except DocumentError as error:
        assert error.exit_code == 3
        assert str(path) in error.message
        assert error.hint.strip()
    else:
        assert document.format == "pdf"


def test_password_protected_pdf_is_an_error_about_the_password(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "locked.pdf", ["Jane Doe"], user_password="secret")
    error = read_failing(path)
    assert "password" in error.message


def test_pdf_over_the_page_limit_reads_the_first_pages_with_a_warning(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "long.pdf", ["Page one", "Page two", "Page three"])
    document = read_document(path, Limits(max_pages=2))
    assert non_blank_lines(document.text) == ["Page one", "Page two"]
    assert document.pages == 3
    assert any("2 of 3" in w for w in document.warnings)


# -- read_document -----------------------------------------------------------------------------


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    read_failing(tmp_path / "nowhere.txt")


def test_directory_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "resumes.txt").mkdir()
    read_failing(tmp_path / "resumes.txt")


@pytest.mark.parametrize("suffix", [".rtf", ".doc", ""])
def test_unsupported_suffix_is_an_error(tmp_path: Path, suffix: str) -> None:
    error = read_failing(write(tmp_path / f"cv{suffix}", RESUME.encode()))
    assert "unsupported" in error.message


@pytest.mark.parametrize("name", ["cv.txt", "cv.pdf", "cv.docx"])
def test_empty_file_is_an_error(tmp_path: Path, name: str) -> None:
    error = read_failing(write(tmp_path / name, b""))
    assert "empty" in error.message


def test_whitespace_only_file_is_an_error(tmp_path: Path) -> None:
    error = read_failing(write(tmp_path / "cv.txt", b" \n\t\r\n  \n"))
    assert "no text" in error.message


def test_file_over_the_size_limit_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "cv.txt", RESUME.encode() * 100)
    error = read_failing(path, Limits(max_bytes=1000))
    assert "limit" in error.message
