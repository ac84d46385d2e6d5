"""The document readers on real files: TXT encodings, DOCX structure, PDF edge cases, limits."""

from __future__ import annotations

import codecs
import gc
import io
import os
import signal
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from fpdf.enums import TextMode
from PIL import Image

from mlcareer.api import Options
from mlcareer.documents import Limits, read_document
from mlcareer.documents.cleaning import SourceMap
from mlcareer.documents.isolate import Stopped, run_isolated
from mlcareer.errors import DocumentError
from mlcareer.extract import extract_profile
from mlcareer.models import Document, Profile

from .hostile_corpus import form_page_pdf

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
RESUME = "Jane Doe\nMachine learning engineer: Python, PyTorch, SQL\n"


def read_failing(
    path: Path, limits: Limits | None = None, expect_path: bool = True
) -> DocumentError:
    """read_document must fail with exit code 3, the path in the message and a hint."""
    with pytest.raises(DocumentError) as caught:
        read_document(path, limits)
    error = caught.value
    assert error.exit_code == 3
    assert str(path) in error.message or not expect_path
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
    "bom, encoding",
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),  # its BOM starts with UTF-16-LE's
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_utf16_or_utf32_with_bom_is_decoded(tmp_path: Path, bom: bytes, encoding: str) -> None:
    content = RESUME + "Café — naïve 🙂\n"
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


def test_other_spaces_read_as_plain_spaces_one_for_one(tmp_path: Path) -> None:
    content = "Python,\u00a0SQL\u202fand\u2009Go\u3000done\n"
    document = read_document(write(tmp_path / "cv.txt", content.encode("utf-8")))
    assert document.text == "Python, SQL and Go done\n"
    assert document.warnings == []


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


def test_docx_page_header_and_footer_are_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Jane Doe | jane@example.com"
    document.sections[0].footer.paragraphs[0].text = "github.com/janedoe"
    document.add_paragraph("Skills")
    document.add_section()  # a second section keeps (links to) the same header
    document.add_paragraph("Experience")
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert [line for line in text.splitlines() if line] == [
        "Jane Doe | jane@example.com",
        "Skills",
        "Experience",
        "github.com/janedoe",
    ]


def test_a_two_column_docx_layout_reads_each_column_as_a_block(
    tmp_path: Path, profile_of: Callable[..., Profile]
) -> None:
    document = docx.Document()
    document.add_paragraph("Rae Kim")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "SKILLS"
    left.add_paragraph("Python")
    left.add_paragraph("EDUCATION")
    left.add_paragraph("MS Computer Science, University of Michigan, 2012")
    right.text = (
        "EXPERIENCE\nStaff ML Engineer, Reelbox (2019 - 2024)"  # line breaks, one paragraph
    )
    right.add_paragraph("Led the ranking team", style="List Bullet")
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines()[4:7] == [
        "MS Computer Science, University of Michigan, 2012",
        "EXPERIENCE",
        "Staff ML Engineer, Reelbox (2019 - 2024)",
    ]
    resume = profile_of(text, doc_type="resume")
    assert resume.experience.years == pytest.approx(5.1, abs=0.2)
    assert resume.education.highest == "master"


def test_a_two_column_docx_with_a_header_row_is_still_read_by_column(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Rae Kim"
    table.cell(1, 0).text = "SKILLS\nPython\nEDUCATION\nMS Statistics, 2014"
    table.cell(1, 1).text = "EXPERIENCE\nData Scientist, Acme (2015 - 2024)\n- Built models"
    document.save(str(tmp_path / "cv.docx"))
    lines = read_document(tmp_path / "cv.docx").text.splitlines()
    assert lines[lines.index("MS Statistics, 2014") + 1] == "EXPERIENCE"
    extra = document.add_table(rows=1, cols=2)
    extra.cell(0, 0).text = "CERTIFICATIONS\nAWS ML Specialty\nLANGUAGES\nEnglish, German"
    extra.cell(0, 1).text = "PROJECTS\nForecasting toolkit in Python"
    document.save(str(tmp_path / "cv2.docx"))
    lines = read_document(tmp_path / "cv2.docx").text.splitlines()
    assert "PROJECTS" in lines  # two of a resume's sections make a column too


def test_a_docx_table_of_one_job_per_row_keeps_each_row_together(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for r, (role, dates) in enumerate([("ML Engineer, Acme", "2019 - 2024"), ("Analyst", "2017")]):
        table.cell(r, 0).text = f"{role}\nResponsibilities:\n- Built Python services\n- Ran reviews"
        table.cell(r, 1).text = dates
    document.save(str(tmp_path / "cv.docx"))
    lines = read_document(tmp_path / "cv.docx").text.splitlines()
    # the row's dates stay in its row, on the line of its role, and its own lines follow
    role, *rest = lines[:4]
    assert role == "ML Engineer, Acme\t2019 - 2024"
    assert rest == ["Responsibilities:", "- Built Python services", "- Ran reviews"]


def test_a_docx_job_table_gives_each_role_its_dates_and_bullets(
    tmp_path: Path, profile_of: Callable[..., Profile]
) -> None:
    """Role and bullets in the left cell, dates in the right one: the dates belong to the
    role above the bullets, not to the role of the next row."""
    document = docx.Document()
    document.add_paragraph("Experience")
    table = document.add_table(rows=0, cols=2)
    for role, dates in [
        ("ML Engineer, Acme", "Jan 2022 - Dec 2024"),
        ("Analyst, Bolt", "2019 - 2021"),
    ]:
        left, right = table.add_row().cells
        left.text = role
        left.add_paragraph("Trained PyTorch models", style="List Bullet")
        right.text = dates
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert "• Trained PyTorch models" in text.splitlines()
    jobs = profile_of(text, doc_type="resume").experience.jobs
    assert [job.title for job in jobs] == ["ML Engineer, Acme", "Analyst, Bolt"]


def test_a_docx_job_row_with_place_and_dates_in_the_side_cell_keeps_them_by_the_role(
    tmp_path: Path, profile_of: Callable[..., Profile]
) -> None:
    """Role and employer left, place and dates right (one line each): the side cell's lines
    sit next to the role's head lines, not after its bullets; a side cell with dates of
    several roles keeps its later lines after the bullets."""
    document = docx.Document()
    document.add_paragraph("Experience")
    left, right = document.add_table(rows=1, cols=2).rows[0].cells
    left.text = "ML Engineer"
    left.add_paragraph("Acme Corp")
    left.add_paragraph("Built Airflow DAGs", style="List Bullet")
    right.text = "Boston, MA"
    right.add_paragraph("2019 - 2024")
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines()[1:] == [
        "ML Engineer\tBoston, MA",
        "Acme Corp\t2019 - 2024",
        "• Built Airflow DAGs",
    ]
    jobs = profile_of(text, doc_type="resume").experience.jobs
    assert [job.title for job in jobs] == ["ML Engineer"]
    right.paragraphs[0].text = "Jan 2021 - Present"
    right.paragraphs[1].text = "Jun 2018 - Dec 2020"
    left.add_paragraph("Data Engineer")
    document.save(str(tmp_path / "cv2.docx"))
    lines = read_document(tmp_path / "cv2.docx").text.splitlines()
    assert lines[1:3] == ["ML Engineer\tJan 2021 - Present", "Acme Corp"]


def test_docx_list_items_keep_their_bullet(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Experience")
    document.add_paragraph("Cut report latency by 40%", style="List Bullet")
    document.add_paragraph("- Already marked", style="List Bullet")
    document.add_paragraph("Trained 3 analysts", style="List Number")
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines() == [
        "Experience",
        "• Cut report latency by 40%",
        "- Already marked",
        "• Trained 3 analysts",
    ]


def test_docx_numbering_comes_from_a_paragraphs_style_and_can_be_turned_off(
    tmp_path: Path,
) -> None:
    """A template's own list style numbers its paragraphs (w:numPr in the style, based on by
    another style), and a paragraph's numId 0 turns that numbering off: no bullet."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    def numbering(number: int) -> object:
        return parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'
        )

    document = docx.Document()
    listed = document.styles.add_style("Resume Bullet", WD_STYLE_TYPE.PARAGRAPH)
    listed.element.get_or_add_pPr().append(numbering(1))
    based = document.styles.add_style("Job Bullet", WD_STYLE_TYPE.PARAGRAPH)
    based.base_style = listed
    document.add_paragraph("Experience")
    document.add_paragraph("Led a team of 4", style="Resume Bullet")
    document.add_paragraph("Shipped churn models", style="Job Bullet")
    role = document.add_paragraph("Analyst, Beta\t2017 - 2019", style="Resume Bullet")
    role._p.get_or_add_pPr().append(numbering(0))
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines() == [
        "Experience",
        "• Led a team of 4",
        "• Shipped churn models",
        "Analyst, Beta\t2017 - 2019",
    ]


def test_docx_a_numbering_id_that_is_no_number_still_reads_the_document(tmp_path: Path) -> None:
    """A w:numId whose value is no number (a generator's slip Word itself never writes) keeps
    the item's bullet, as its w:numPr says, and the rest of the document is read."""
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Experience")
    item = document.add_paragraph("Led a team of 4")
    item._p.get_or_add_pPr().append(
        parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:ilvl w:val="0"/><w:numId w:val="one"/></w:numPr>'
        )
    )
    document.save(str(tmp_path / "cv.docx"))
    assert read_document(tmp_path / "cv.docx").text.splitlines() == [
        "Experience",
        "• Led a team of 4",
    ]


def test_docx_a_style_based_on_no_named_style_still_reads_the_document(tmp_path: Path) -> None:
    """A w:basedOn that names no style (no w:val) ends the style's chain: the paragraph is
    read, with no bullet."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    document = docx.Document()
    style = document.styles.add_style("Odd Body", WD_STYLE_TYPE.PARAGRAPH)
    style.element.append(
        parse_xml(
            '<w:basedOn xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
        )
    )
    document.add_paragraph("Experience")
    document.add_paragraph("Led a team of 4", style="Odd Body")
    document.save(str(tmp_path / "cv.docx"))
    assert read_document(tmp_path / "cv.docx").text.splitlines() == [
        "Experience",
        "Led a team of 4",
    ]


def test_docx_a_list_style_without_an_id_does_not_style_plain_paragraphs(tmp_path: Path) -> None:
    """A paragraph that names no style has the default one, as in python-docx, even when the
    styles part holds a list style that has no id."""
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_paragraph("Experience")
    document.add_paragraph("Cut report latency by 40%", style="List Bullet")
    no_id = parse_xml(
        '<w:style xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' w:type="paragraph"><w:name w:val="List Bullet"/></w:style>'
    )
    document.styles.element.append(no_id)
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines() == ["Experience", "• Cut report latency by 40%"]


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
    error = read_failing(tmp_path / "cv.docx")
    assert "lacks the document part" in error.message and "Error" not in error.message


def test_a_docx_cut_short_says_so(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(RESUME)
    document.save(str(tmp_path / "whole.docx"))
    whole = (tmp_path / "whole.docx").read_bytes()
    error = read_failing(write(tmp_path / "cv.docx", whole[: len(whole) // 2]))
    assert "cut short" in error.message
    assert "again" in error.hint and ".doc " not in error.hint


@pytest.mark.parametrize(
    ("part", "named"),
    [("xl/workbook.xml", "Excel workbook"), ("ppt/presentation.xml", "PowerPoint")],
)
def test_another_office_file_renamed_to_docx_is_named(
    tmp_path: Path, part: str, named: str
) -> None:
    with zipfile.ZipFile(tmp_path / "cv.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<workbook/>")
    error = read_failing(tmp_path / "cv.docx")
    assert named in error.message and "not a Word document" in error.message
    assert "Error" not in error.message


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


def lines_pdf(path: Path, lines: list[str]) -> Path:
    """Lines set one under the other, as a typesetter sets a wrapped paragraph."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    pdf.add_page()
    for index, line in enumerate(lines):
        pdf.text(20, 20 + 6 * index, line)
    pdf.output(str(path))
    return path


def test_words_hyphenated_at_a_pdf_line_end_are_read_whole(
    tmp_path: Path, options: Options
) -> None:
    """LaTeX hyphenates justified text: "Kuber-" then "netes" is Kubernetes. A hyphen that is
    part of the word stays: too few letters for TeX to break, a compound, or the document
    writing the word so elsewhere."""
    lines = [
        "Built natural language pro-",
        "cessing tools on Kuber-",
        "netes for e-",
        "commerce, end-to-",
        "end with Py-",
        "Torch, scikit-",
        "learn and Apache Air-",
        "flow. Also used scikit-learn.",
    ]
    document = read_document(lines_pdf(tmp_path / "cv.pdf", lines))
    assert "\ufffe" not in document.text
    assert document.text.split("\n")[0] == (
        "Built natural language processing tools on Kubernetes for e-commerce, end-to-end"
        " with PyTorch, scikit-learn and Apache Airflow. Also used scikit-learn."
    )
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    found = {hit.id for hit in profile.skills}
    assert {"natural-language-processing", "kubernetes", "pytorch", "airflow"} <= found


def test_a_compound_a_pdf_broke_at_its_own_hyphen_still_names_its_skill(
    tmp_path: Path, options: Options
) -> None:
    """A line broken at a compound's hyphen ("cross-" then "functional") reads closed up, as
    the reader cannot tell that hyphen from the typesetter's; the skill is still found."""
    lines = [
        "Led cross-",
        "functional work on multi-",
        "armed bandits and time-",
        "series forecasting.",
    ]
    document = read_document(lines_pdf(tmp_path / "cv.pdf", lines))
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    found = {hit.id for hit in profile.skills}
    assert {
        "cross-functional-collaboration",
        "multi-armed-bandits",
        "time-series-forecasting",
    } <= found


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


# -- PDF: text a reader cannot see -------------------------------------------------------------

STUFFING = "Kubernetes Terraform"
VISIBLE = ["Jane Doe", "Skills: Python, PyTorch and SQL"]


def stuffed_pdf(path: Path, hide: Callable[[FPDF], None]) -> Path:
    """A resume page with visible lines, then whatever `hide` draws."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in VISIBLE:
        pdf.cell(h=6, text=line, new_x="LMARGIN", new_y="NEXT")
    hide(pdf)
    pdf.output(str(path))
    return path


def in_colour(red: int, green: int, blue: int) -> Callable[[FPDF], None]:
    def hide(pdf: FPDF) -> None:
        pdf.set_text_color(red, green, blue)
        pdf.cell(h=6, text=STUFFING, new_x="LMARGIN", new_y="NEXT")

    return hide


def tiny(pdf: FPDF) -> None:
    pdf.set_font_size(1)
    pdf.cell(h=2, text=STUFFING)


def off_the_page(pdf: FPDF) -> None:
    pdf.text(x=230, y=40, text=STUFFING)  # A4 is 210 mm wide


def invisible(pdf: FPDF) -> None:
    pdf.text_mode = TextMode.INVISIBLE
    pdf.cell(h=6, text=STUFFING)


@pytest.mark.parametrize(
    "hide, reason",
    [
        (in_colour(255, 255, 255), "white"),
        (in_colour(246, 248, 250), "white"),
        (tiny, "tiny"),
        (off_the_page, "off the page"),
        (invisible, "invisible"),
    ],
    ids=["white", "near-white", "tiny", "off-page", "invisible"],
)
def test_hidden_pdf_text_is_left_out_with_a_warning(
    tmp_path: Path, options: Options, hide: Callable[[FPDF], None], reason: str
) -> None:
    document = read_document(stuffed_pdf(tmp_path / "cv.pdf", hide))
    assert non_blank_lines(document.text) == VISIBLE
    expected = f"hidden text: {len(STUFFING.replace(' ', ''))} characters"
    assert any(w.startswith(expected) and reason in w for w in document.warnings)
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    skills = {hit.id for hit in profile.skills}
    assert {"python", "pytorch", "sql"} <= skills
    assert not skills & {"kubernetes", "terraform"}


def on_a_dark_sidebar(pdf: FPDF) -> None:
    pdf.set_fill_color(30, 40, 70)
    pdf.rect(0, 60, 70, 40, style="F")
    pdf.set_xy(5, 70)
    in_colour(255, 255, 255)(pdf)


def ocr_layer(pdf: FPDF) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 10), (200, 200, 200)).save(buffer, format="PNG")
    pdf.image(io.BytesIO(buffer.getvalue()), x=10, y=60, w=80)
    pdf.set_xy(10, 62)
    invisible(pdf)


def outlined(pdf: FPDF) -> None:
    pdf.text_mode = TextMode.FILL_STROKE
    pdf.set_draw_color(0, 0, 0)
    in_colour(255, 255, 255)(pdf)


@pytest.mark.parametrize(
    "draw", [on_a_dark_sidebar, ocr_layer, outlined], ids=["sidebar", "ocr", "outlined"]
)
def test_white_text_on_dark_shapes_and_ocr_layers_are_visible_text(
    tmp_path: Path, draw: Callable[[FPDF], None]
) -> None:
    document = read_document(stuffed_pdf(tmp_path / "cv.pdf", draw))
    assert non_blank_lines(document.text) == [*VISIBLE, STUFFING]
    assert document.warnings == []


def raw_pdf(path: Path, content: bytes, form: bytes = b"") -> Path:
    """A one-page PDF from a content stream, with Helvetica as /F1 and `form` as /Fm1."""
    keys = b"/BBox [0 0 5000 5000] /Matrix [0.1 0 0 0.1 0 0]"
    path.write_bytes(form_page_pdf(content, form, keys))
    return path


def test_type_scaled_below_two_points_by_its_matrices_is_hidden(tmp_path: Path) -> None:
    """12 pt type shrunk to 1.2 pt by a text matrix, by the graphics state and by a form's
    matrix: the font size alone says 12."""
    content = (
        b"BT /F1 12 Tf 72 700 Td (Python and SQL) Tj ET\n"
        b"BT /F1 12 Tf 0.1 0 0 0.1 72 600 Tm (Kubernetes) Tj ET\n"
        b"q 0.1 0 0 0.1 0 0 cm BT /F1 12 Tf 720 5000 Td (Terraform) Tj ET Q\n"
        b"q 1 0 0 1 100 100 cm /Fm1 Do Q\n"
        b"BT /F1 1 Tf 12 0 0 12 72 300 Tm (Docker) Tj ET"  # 1 pt font, 12x matrix: visible
    )
    form = b"BT /F1 12 Tf 100 100 Td (Ansible) Tj ET"
    document = read_document(raw_pdf(tmp_path / "cv.pdf", content, form))
    assert non_blank_lines(document.text) == ["Python and SQL", "Docker"]
    assert any("hidden text: 26 characters" in w and "tiny" in w for w in document.warnings)


def test_pdf_with_only_hidden_text_has_no_visible_text_layer(tmp_path: Path) -> None:
    path = raw_pdf(tmp_path / "cv.pdf", b"BT 1 1 1 rg /F1 12 Tf 72 700 Td (Kubernetes) Tj ET")
    error = read_failing(path)
    assert "no visible text layer" in error.message


# -- bounds and repairs ------------------------------------------------------------------------


def test_overlong_lines_are_split_at_spaces_with_a_warning(tmp_path: Path) -> None:
    words = "Python SQL " * 300  # 3,300 characters on one line
    document = read_document(write(tmp_path / "cv.txt", words.encode()), Limits(max_line_chars=100))
    lines = document.text.split("\n")
    assert max(map(len, lines)) <= 100
    assert document.text.replace("\n", " ") == words  # each cut replaced one space
    assert any("split 1 line(s) longer than 100 characters" in w for w in document.warnings)


def test_an_overlong_line_is_cut_where_a_column_ends(tmp_path: Path) -> None:
    # The last space of the 100-character window falls inside "Business Development"; the
    # double space before it, where a flattened column ends, is cut instead.
    words = "x" * 80 + "  Business Development  " + "y" * 50
    document = read_document(write(tmp_path / "cv.txt", words.encode()), Limits(max_line_chars=100))
    assert "Business Development" in document.text.split("\n")[1]
    assert document.text.replace("\n", " ") == words


def test_a_line_without_spaces_is_cut_hard(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "cv.txt", b"x" * 250), Limits(max_line_chars=100))
    assert document.text.split("\n") == ["x" * 100, "x" * 100, "x" * 50]


def test_long_text_is_read_only_as_far_as_max_chars_and_stays_utf8(tmp_path: Path) -> None:
    # 4 * max_chars + 4 bytes are read: the cut falls inside a three-byte character.
    text = "Zürich €" * 1000
    document = read_document(
        write(tmp_path / "cv.txt", text.encode()), Limits(max_chars=1001, max_line_chars=5000)
    )
    assert document.text == text[:1001]
    assert document.warnings == ["kept the first 1,001 characters"]  # not read as cp1252


def test_c1_controls_such_as_8_bit_csi_are_removed(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "cv.txt", "Python \u009b31mSQL\u0085\n".encode()))
    assert document.text == "Python SQL\n"  # the whole sequence, not "31mSQL"
    assert any("control characters" in w for w in document.warnings)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("\x1b[31mPython\x1b[0m, SQL", "Python, SQL"),  # colours (SGR)
        ("\x1b[1;38;5;208mPython\x1b[m", "Python"),  # 256 colours, a bare reset
        ("\x1b[2J\x1b[?25lPython\x1b[K", "Python"),  # clear, hide the cursor, erase the line
        ("\x1b]8;;https://x.example\x07Python\x1b]8;;\x1b\\ SQL", "Python SQL"),  # hyperlinks
        ("\x1b]0;title\x9cPython", "Python"),  # a window title ended by the 8-bit ST
        ("\x1bPq#0;2;0;0;0\x1b\\Python", "Python"),  # a DCS string (sixel)
        ("\x1b(BPython\x1b7 SQL\x1b8", "Python SQL"),  # charset and cursor save/restore
        ("\u009d0;title\u0007Python \u009b1mSQL", "Python SQL"),  # 8-bit OSC and CSI
        ("\x1b]0;never ended\nPython", "\nPython"),  # an unended string stops at the line end
    ],
)
def test_terminal_escape_sequences_are_removed_whole(
    tmp_path: Path, options: Options, written: str, read: str
) -> None:
    """Text copied from a terminal: a sequence's parameters ("[31m") must not stick to the
    next word, or "[31mPython" hides Python."""
    document = read_document(write(tmp_path / "cv.txt", (written + "\n").encode()))
    assert document.text == read + "\n"
    assert any("control characters" in w for w in document.warnings)
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    assert "python" in {hit.id for hit in profile.skills}


def test_ligatures_and_soft_hyphens_read_as_the_word(tmp_path: Path, options: Options) -> None:
    """Text copied from a LaTeX PDF keeps its ligatures ("\ufb01", "\ufb02"); a word processor
    keeps its soft hyphens. Neither may split a skill's name."""
    written = "Skills: \ufb01ne-tuning, Apache Air\ufb02ow, Kuber\u00adnetes, Py\u00adTorch\n"
    document = read_document(write(tmp_path / "cv.txt", written.encode()))
    assert document.text == "Skills: fine-tuning, Apache Airflow, Kubernetes, PyTorch\n"
    assert document.warnings == []
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    assert {"fine-tuning", "airflow", "kubernetes", "pytorch"} <= {s.id for s in profile.skills}


def test_control_characters_in_a_file_name_are_not_echoed(tmp_path: Path) -> None:
    error = read_failing(write(tmp_path / "cv\x1b[2J.txt", b""), expect_path=False)
    assert "\x1b" not in error.message
    assert "cv\ufffd[2J.txt" in error.message


def test_pages_with_too_many_objects_are_read_unchecked_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mlcareer.documents import pdf_hidden

    monkeypatch.setattr(pdf_hidden, "MAX_OBJECTS", 2)
    document = read_document(stuffed_pdf(tmp_path / "cv.pdf", in_colour(255, 255, 255)))
    assert non_blank_lines(document.text) == [*VISIBLE, STUFFING]
    assert document.warnings == [
        "hidden text: not checked on 1 page(s) with over 2 drawing objects"
    ]


def test_white_text_past_the_check_budget_counts_as_on_white(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mlcareer.documents import pdf_hidden

    monkeypatch.setattr(pdf_hidden, "MAX_CHECKS", 0)
    document = read_document(stuffed_pdf(tmp_path / "cv.pdf", on_a_dark_sidebar))
    assert non_blank_lines(document.text) == VISIBLE


@pytest.mark.parametrize("name", ["cv.txt", "cv.docx"])
def test_a_file_that_cannot_be_opened_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """What chmod 000 does for a user who is not root (tests may run as root)."""
    path = write(tmp_path / name, RESUME.encode())
    real_open = Path.open

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", deny)
    monkeypatch.setattr("builtins.open", lambda f, *a, **k: deny(Path(f), *a, **k))
    assert "cannot read" in read_failing(path).message


# -- work in a child process -------------------------------------------------------------------


def test_isolated_work_returns_its_result() -> None:
    assert run_isolated(lambda: {"pages": 2, "texts": ["a", "b"]}, 5) == {
        "pages": 2,
        "texts": ["a", "b"],
    }


def test_isolated_work_past_its_time_is_stopped() -> None:
    started = time.monotonic()
    with pytest.raises(Stopped, match=r"longer than 0\.3 s"):
        run_isolated(lambda: time.sleep(30), 0.3)
    assert time.monotonic() - started < 5


def test_isolated_work_past_its_memory_is_stopped() -> None:
    with pytest.raises(Stopped, match="memory"):
        run_isolated(lambda: bytearray(4 << 30), 10)


def test_isolated_work_that_fails_raises_with_the_childs_traceback() -> None:
    with pytest.raises(RuntimeError, match="ZeroDivisionError"):
        run_isolated(lambda: 1 / 0, 5)


def test_isolated_work_leaves_the_inherited_objects_uncollected() -> None:
    # a collection in the child would touch, and so copy, every page the parent's objects
    # stand on: the child freezes them first
    frozen, unfrozen = gc.get_freeze_count(), len(gc.get_objects())
    assert run_isolated(gc.get_freeze_count, 5) > frozen + unfrozen // 2


def test_docx_vertically_merged_cell_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Languages"
    table.cell(0, 1).text = "Python"
    table.cell(1, 1).text = "Go"
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.splitlines() == ["Languages\tPython", "\tGo"]


def test_isolated_work_whose_process_dies_is_stopped() -> None:
    """What a segmentation fault in pdfium does: this process goes on."""
    with pytest.raises(Stopped, match="crashed"):
        run_isolated(lambda: os.kill(os.getpid(), signal.SIGKILL), 5)


def test_a_cp1250_letter_read_as_latin_1_is_no_control_string() -> None:
    from mlcareer.documents.cleaning import clean_text
    from mlcareer.documents.limits import Limits

    text = "Mám ťažké skúsenosti s Python, Docker\nnext".encode("cp1250").decode("latin-1")
    cleaned, _ = clean_text(text, [], Limits())
    assert "Python, Docker" in cleaned


def test_a_first_page_header_word_never_shows_is_not_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].first_page_header.paragraphs[0].text = "hidden python kubernetes"
    document.add_paragraph("Skills")
    document.save(str(tmp_path / "cv.docx"))
    assert "hidden" not in read_document(tmp_path / "cv.docx").text
    document.sections[0].different_first_page_header_footer = True
    document.save(str(tmp_path / "cv.docx"))
    assert read_document(tmp_path / "cv.docx").text.startswith("hidden python kubernetes")


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-5", "abc"])
def test_a_max_seconds_setting_that_is_no_time_leaves_the_default(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """MLCAREER_MAX_SECONDS=nan stopped reading a PDF with a traceback."""
    monkeypatch.setenv("MLCAREER_MAX_SECONDS", value)
    assert Limits().max_seconds == 20.0
    path = make_pdf(tmp_path / "cv.pdf", ["Python and SQL"])
    assert "Python" in read_document(path, Limits()).text


def test_max_seconds_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MLCAREER_MAX_SECONDS", "0")
    assert Limits().max_seconds == 0
    monkeypatch.setenv("MLCAREER_MAX_SECONDS", "3.5")
    assert Limits().max_seconds == 3.5


def test_utf8_read_as_latin1_is_repaired(tmp_path: Path, options: Options) -> None:
    """Resumes scraped from job sites keep UTF-8 bytes read one by one as Windows-1252 or
    Latin-1: "â€¢" (or "â¢", its 0x80 byte lost) for a bullet, "â€™" for an apostrophe, "Ã©"
    for "é", "Â" before a no-break space. They read as the characters meant, and mentions
    still point into the file's own text."""
    garbled = (
        "Skills \u00e2\u20ac\u00a2 Python \u00e2\u00a2 SQL \u00e2\x80\u00a2 "
        "Tableau\u00c2 \u00c2\u00a0"
        "Worked on the client\u00e2\u20ac\u2122s Caf\u00c3\u00a9 app with Docker\n"
    )
    document = read_document(write(tmp_path / "cv.txt", garbled.encode()))
    assert document.text == (
        "Skills \u2022 Python \u2022 SQL \u2022 Tableau  Worked on the client\u2019s Caf\u00e9 app"
        " with Docker\n"
    )
    assert document.warnings == ['repaired characters read in the wrong encoding ("â€¢" for "•")']
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    found = {hit.id: hit.mentions[0] for hit in profile.skills}
    assert {"python", "sql", "tableau", "docker"} <= set(found)
    source = SourceMap(document.text, document.edits)
    docker = found["docker"]
    assert garbled[source.start(docker.start) : source.end(docker.end)] == "Docker"


def test_latin1_text_that_is_no_mojibake_is_kept(tmp_path: Path) -> None:
    """Letters with accents beside quotes or no-break spaces are text, not garbled bytes."""
    written = "Stra\u00dfe\u00a0Fu\u00df\u201c na\u00efve S\u00e3o \u00c3 Gr\u00f6\u00dfe "
    written += "\u00c5land\n"
    document = read_document(write(tmp_path / "cv.txt", written.encode()))
    assert document.text == written.replace("\u00a0", " ")
    assert document.warnings == []


def _rows_pdf(path: Path, rows: list[tuple[str, str]], gutter_mm: float = 70) -> Path:
    """Two columns drawn line by line across the page, as HTML and table exporters do."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    for left, right in rows:
        y = pdf.get_y()
        pdf.cell(gutter_mm - 15, 6, left)
        pdf.set_xy(10 + gutter_mm, y)
        pdf.cell(100, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_a_pdf_sidebar_drawn_row_by_row_reads_as_one_column_then_the_other(
    tmp_path: Path,
) -> None:
    rows = [
        ("SKILLS", "EXPERIENCE"),
        ("Python", "Data Scientist, Acme, Jan 2020 - Present"),
        ("SQL", "- Built churn models in scikit-learn"),
        ("EDUCATION", "- Ran A/B tests"),
        ("MS Statistics, 2019", "Analyst, Bolt, 2017 - 2019"),
    ]
    text = read_document(_rows_pdf(tmp_path / "cv.pdf", rows)).text
    assert text.splitlines() == [left for left, _ in rows] + [right for _, right in rows]


def test_a_pdf_table_of_roles_and_dates_keeps_each_row_on_its_line(tmp_path: Path) -> None:
    rows = [
        ("EXPERIENCE", ""),
        ("Data Scientist, Acme", "Jan 2020 - Present"),
        ("Analyst, Bolt", "2017 - 2019"),
        ("Intern, Crane", "2016"),
    ]
    lines = read_document(_rows_pdf(tmp_path / "cv.pdf", rows, gutter_mm=120)).text.splitlines()
    assert lines[1].split() == "Data Scientist, Acme Jan 2020 - Present".split()


def test_a_pdf_sidebar_under_a_full_width_header_in_mixed_fonts_is_not_skipped(
    tmp_path: Path,
) -> None:
    """The text-rectangle look (one rectangle per text object) must still find the gutter when
    a full-width name line sits above the columns and headings are set in bold."""
    rows = [
        ("LANGUAGES", "WORK HISTORY"),
        ("Python, Go", "ML Engineer, Acme, 2021 - Present"),
        ("PyTorch", "- Shipped ranking models"),
        ("CERTIFICATIONS", "- Cut serving latency by half"),
        ("AWS ML Specialty", "Data Analyst, Bolt, 2018 - 2021"),
    ]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.cell(0, 10, "Jordan Lee, jordan.lee@example.com, +1 555 0100, Berlin, Germany")
    pdf.ln(12)
    for left, right in rows:
        y = pdf.get_y()
        for text, x, width in ((left, 10, 50), (right, 75, 120)):
            pdf.set_font("helvetica", "B" if text.isupper() else "", 10)
            pdf.set_xy(x, y)
            pdf.cell(width, 6, text)
        pdf.ln(6)
    pdf.output(str(tmp_path / "cv.pdf"))
    lines = read_document(tmp_path / "cv.pdf").text.splitlines()
    assert lines[1:] == [left for left, _ in rows] + [right for _, right in rows]
