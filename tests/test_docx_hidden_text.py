"""DOCX text that Word does not show or that a reader cannot see (keyword stuffing): hidden
runs, white type on no shading, type under 2 pt. It is left out with a warning, as in PDFs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor
from docx.text.run import Run

from mlcareer.documents import read_document

from .conftest import invoke
from .test_docx_wrapped_text import docx_with, para, text_box

STUFFING = "Kubernetes Terraform"
HIDDEN_CHARS = len(STUFFING.replace(" ", ""))
VISIBLE = ["Jane Doe", "Skills: Python, PyTorch and SQL"]
JD = "Requirements\n- Python and SQL\n- Kubernetes\n- Terraform\n"


def stuffed_docx(path: Path, hide: Callable[[docx.document.Document, Run], None]) -> Path:
    """The visible lines, then a paragraph whose run holds the stuffing, styled by `hide`."""
    document = docx.Document()
    for line in VISIBLE:
        document.add_paragraph(line)
    hide(document, document.add_paragraph().add_run(STUFFING))
    document.save(str(path))
    return path


def left_blank(document: docx.document.Document, run: Run) -> None:
    run.text = ""


def hidden(document: docx.document.Document, run: Run) -> None:
    run.font.hidden = True


def in_colour(rgb: int) -> Callable[[docx.document.Document, Run], None]:
    def hide(document: docx.document.Document, run: Run) -> None:
        run.font.color.rgb = RGBColor(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF)

    return hide


def tiny(document: docx.document.Document, run: Run) -> None:
    run.font.size = Pt(1)


def hidden_character_style(document: docx.document.Document, run: Run) -> None:
    style = document.styles.add_style("Stuffed", WD_STYLE_TYPE.CHARACTER)
    style.font.hidden = True
    run.style = style


def white_paragraph_style(document: docx.document.Document, run: Run) -> None:
    """White through a paragraph style based on another style."""
    base = document.styles.add_style("Pale", WD_STYLE_TYPE.PARAGRAPH)
    base.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    style = document.styles.add_style("Paler", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = base
    run._parent.style = style  # type: ignore[attr-defined]


HIDES = [
    (hidden, "hidden"),
    (in_colour(0xFFFFFF), "white"),
    (in_colour(0xF6F8FA), "white"),
    (tiny, "tiny"),
    (hidden_character_style, "hidden"),
    (white_paragraph_style, "white"),
]
IDS = ["hidden", "white", "near-white", "tiny", "character-style", "paragraph-style"]


@pytest.mark.parametrize("hide, reason", HIDES, ids=IDS)
def test_text_a_reader_cannot_see_is_left_out_with_a_warning(
    tmp_path: Path, hide: Callable[[docx.document.Document, Run], None], reason: str
) -> None:
    document = read_document(stuffed_docx(tmp_path / "cv.docx", hide))
    assert [line for line in document.text.splitlines() if line.strip()] == VISIBLE
    assert document.warnings == [
        f"hidden text: {HIDDEN_CHARS} characters that a reader cannot see were left out"
        f" ({HIDDEN_CHARS} {reason})"
    ]


@pytest.mark.parametrize(
    "hide",
    [in_colour(0x000000), in_colour(0xC0C0C0), in_colour(0x1F3864)],
    ids=["black", "silver", "dark-blue"],  # the same names in every process (pytest-xdist)
)
def test_coloured_and_grey_text_is_read(
    tmp_path: Path, hide: Callable[[docx.document.Document, Run], None]
) -> None:
    document = read_document(stuffed_docx(tmp_path / "cv.docx", hide))
    assert STUFFING in document.text
    assert document.warnings == []


def white_run(text: str, shading: str = "") -> str:
    properties = f"<w:rPr>{shading}<w:color w:val='FFFFFF'/></w:rPr>"
    return f"<w:r>{properties}<w:t xml:space='preserve'>{text}</w:t></w:r>"


def shd(fill: str) -> str:
    return f"<w:shd w:val='clear' w:color='auto' w:fill='{fill}'/>"


def table(cell_shading: str, *paragraphs: str) -> str:
    cell = f"<w:tc><w:tcPr>{cell_shading}</w:tcPr>{''.join(paragraphs)}</w:tc>"
    return f"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>{cell}</w:tr></w:tbl>"


def test_white_text_on_a_dark_cell_paragraph_or_run_shading_is_read(tmp_path: Path) -> None:
    path = docx_with(
        tmp_path / "cv.docx",
        para(white_run("Jane Doe", shd("1F3864"))),
        f"<w:p><w:pPr>{shd('C00000')}</w:pPr>{white_run('Python')}</w:p>",
        table(shd("1F3864"), para(white_run("Kubernetes"))),
        para(
            "<w:r><w:rPr><w:highlight w:val='darkBlue'/><w:color w:val='FFFFFF'/></w:rPr>"
            "<w:t>Terraform</w:t></w:r>"
        ),
    )
    document = read_document(path)
    assert document.text.split() == ["Jane", "Doe", "Python", "Kubernetes", "Terraform"]
    assert document.warnings == []


def test_white_text_in_a_white_cell_or_in_a_white_paragraph_of_a_dark_cell_is_left_out(
    tmp_path: Path,
) -> None:
    path = docx_with(
        tmp_path / "cv.docx",
        para(white_run("Kubernetes"), "<w:r><w:t xml:space='preserve'> Python</w:t></w:r>"),
        table(shd("FFFFFF"), para(white_run("Terraform"))),
        table(shd("1F3864"), f"<w:p><w:pPr>{shd('FFFFFF')}</w:pPr>{white_run('Airflow')}</w:p>"),
    )
    document = read_document(path)
    assert document.text.split() == ["Python"]
    assert document.warnings == [
        "hidden text: 26 characters that a reader cannot see were left out (26 white)"
    ]


def test_white_text_in_a_template_sidebar_box_is_read(tmp_path: Path) -> None:
    """A text box's shape is filled by the template's theme: its white text shows."""
    path = docx_with(
        tmp_path / "cv.docx",
        para("<w:r><w:t>Jane Doe</w:t></w:r>", text_box(para(white_run("Python")))),
    )
    assert read_document(path).text.split() == ["Jane", "Doe", "Python"]


def test_a_docx_with_only_hidden_text_has_no_visible_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph().add_run(STUFFING).font.hidden = True
    document.save(str(tmp_path / "cv.docx"))
    result = invoke("extract", tmp_path / "cv.docx", "--as", "resume", "--format", "json")
    assert result.exit_code == 3
    assert "has no visible text" in result.stderr
    assert "hint:" in result.stderr


def test_stuffed_skills_are_not_found_nor_scored(tmp_path: Path) -> None:
    stuffed = stuffed_docx(tmp_path / "stuffed.docx", in_colour(0xFFFFFF))
    clean = stuffed_docx(tmp_path / "clean.docx", left_blank)
    shown = stuffed_docx(tmp_path / "shown.docx", in_colour(0x000000))
    result = invoke("extract", stuffed, "--as", "resume", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    found = {skill["id"] for skill in report["skills"]}
    assert {"python", "pytorch", "sql"} <= found
    assert not found & {"kubernetes", "terraform"}
    assert any(w.startswith("hidden text: 19 characters") for w in report["warnings"])

    jd = tmp_path / "jd.txt"
    jd.write_text(JD, encoding="utf-8")
    scores = {}
    for path in (stuffed, clean, shown):
        result = invoke("match", path, jd, "--format", "json")
        assert result.exit_code == 0, result.output
        scores[path.stem] = json.loads(result.stdout)["score"]
    assert scores["stuffed"] == scores["clean"] < scores["shown"]


def test_white_text_in_a_table_whose_style_shades_it_is_read(tmp_path: Path) -> None:
    """Word's "Dark List" table style paints its cells: where is not worked out, so white
    text anywhere in such a table counts as visible."""
    document = docx.Document()
    document.add_paragraph("Jane Doe")
    cell = document.add_table(rows=1, cols=1, style="Dark List").cell(0, 0)
    cell.paragraphs[0].add_run("Kubernetes").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    document.save(str(tmp_path / "cv.docx"))
    assert read_document(tmp_path / "cv.docx").text.split() == ["Jane", "Doe", "Kubernetes"]
