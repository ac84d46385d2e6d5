"""DOCX text that sits inside other markup: content controls, text boxes, tracked changes,
fields, smart tags and custom XML. Word shows and prints it, so it is the document's text."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from docx.oxml import parse_xml

from mlcareer.documents import read_document

from .conftest import invoke

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
}
DECLARED = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*inner: str) -> str:
    return f"<w:p>{''.join(inner)}</w:p>"


def bullet(text: str) -> str:
    numbered = "<w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='1'/></w:numPr></w:pPr>"
    return f"<w:p>{numbered}{run(text)}</w:p>"


def content_control(*inner: str) -> str:
    """A content control (w:sdt) around paragraphs, runs, rows or cells."""
    properties = "<w:sdtPr><w:alias w:val='Section'/><w:id w:val='7'/></w:sdtPr>"
    return f"<w:sdt>{properties}<w:sdtContent>{''.join(inner)}</w:sdtContent></w:sdt>"


def text_box(*paragraphs: str, vml_only: bool = False) -> str:
    """A run holding a text box as Word writes it: DrawingML, then the same text again in a
    VML fallback for older readers; or, from older files, the VML form alone."""
    content = f"<w:txbxContent>{''.join(paragraphs)}</w:txbxContent>"
    vml = f"<w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
    if vml_only:
        return f"<w:r>{vml}</w:r>"
    drawing = (
        "<w:drawing><wp:anchor simplePos='0' relativeHeight='1' behindDoc='0' locked='0'"
        " layoutInCell='1' allowOverlap='1'><wp:simplePos x='0' y='0'/>"
        "<wp:extent cx='1828800' cy='9144000'/><wp:docPr id='1' name='Sidebar'/>"
        "<a:graphic><a:graphicData"
        " uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        f"<wps:wsp><wps:spPr/><wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    return (
        "<w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'>{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def elements(xml: str) -> list[object]:
    return list(parse_xml(f"<w:body {DECLARED}>{xml}</w:body>"))


def add_xml(document: docx.document.Document, body: str, header: str = "") -> None:
    """Put `body` (raw XML) at the end of the document's body and `header` in its page header
    (made only when `header` holds something)."""
    end = document.element.body.sectPr
    for element in elements(body):
        end.addprevious(element)
    for element in elements(header):
        document.sections[0].header._element.append(element)


def docx_with(path: Path, *blocks: str, header: str = "") -> Path:
    """A DOCX whose body holds `blocks` (raw XML) in order, and whose header holds `header`."""
    document = docx.Document()
    add_xml(document, "".join(blocks), header)
    document.save(str(path))
    return path


def lines_of(path: Path) -> list[str]:
    return [line for line in read_document(path).text.splitlines() if line.strip()]


def test_sections_in_content_controls_are_read_in_place(tmp_path: Path) -> None:
    path = docx_with(
        tmp_path / "cv.docx",
        para(run("Jane Doe")),
        content_control(
            para(run("Skills")),
            content_control(bullet("Python, PyTorch"), bullet("Kubernetes")),
        ),
        para(run("Experience")),
    )
    assert lines_of(path) == [
        "Jane Doe",
        "Skills",
        "• Python, PyTorch",
        "• Kubernetes",
        "Experience",
    ]


def test_a_content_control_inside_a_line_is_part_of_the_line(tmp_path: Path) -> None:
    path = docx_with(
        tmp_path / "cv.docx",
        para(run("Tools: "), content_control(run("Docker, "), run("Terraform")), run(".")),
    )
    assert lines_of(path) == ["Tools: Docker, Terraform."]


def test_content_controls_around_table_rows_cells_and_cell_text(tmp_path: Path) -> None:
    def cell(*inner: str) -> str:
        return f"<w:tc>{''.join(inner)}</w:tc>"

    table = (
        "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{cell(para(run('Python')))}{content_control(cell(para(run('5 years'))))}</w:tr>"
        + content_control(
            f"<w:tr>{cell(content_control(para(run('Kubernetes'))))}"
            f"{cell(para(run('2 years')))}</w:tr>"
        )
        + "</w:tbl>"
    )
    path = docx_with(tmp_path / "cv.docx", table)
    assert lines_of(path) == ["Python\t5 years", "Kubernetes\t2 years"]


def test_a_text_box_is_read_once_line_by_line_where_its_anchor_stands(tmp_path: Path) -> None:
    sidebar = text_box(
        para(run("Contact")), para(run("jane@example.com")), para(run("Python, PyTorch"))
    )
    path = docx_with(
        tmp_path / "cv.docx",
        para(run("Jane "), sidebar, run("Doe")),
        para(run("Experience")),
    )
    assert lines_of(path) == [
        "Jane Doe",
        "Contact",
        "jane@example.com",
        "Python, PyTorch",
        "Experience",
    ]


def test_an_old_vml_text_box_is_read(tmp_path: Path) -> None:
    path = docx_with(
        tmp_path / "cv.docx",
        para(text_box(para(run("Skills")), bullet("Terraform"), vml_only=True)),
        para(run("Experience")),
    )
    assert lines_of(path) == ["Skills", "• Terraform", "Experience"]


def test_text_boxes_in_a_row_and_inside_one_another_keep_their_order(tmp_path: Path) -> None:
    inner = text_box(para(run("Docker")), vml_only=True)
    path = docx_with(
        tmp_path / "cv.docx",
        para(
            text_box(para(run("Skills")), para(run("Python"), inner), para(run("SQL"))),
            text_box(para(run("Languages")), para(run("German"))),
        ),
    )
    assert lines_of(path) == ["Skills", "Python", "Docker", "SQL", "Languages", "German"]


def test_a_text_box_and_a_content_control_in_the_page_header_are_read(tmp_path: Path) -> None:
    header = para(text_box(para(run("Jane Doe")), para(content_control(run("jane@example.com")))))
    path = docx_with(tmp_path / "cv.docx", para(run("Experience")), header=header)
    assert lines_of(path) == ["Jane Doe", "jane@example.com", "Experience"]


def test_tracked_insertions_are_read_and_deletions_are_not(tmp_path: Path) -> None:
    deleted = "<w:del w:id='2' w:author='A'><w:r><w:delText>Perl, </w:delText></w:r></w:del>"
    path = docx_with(
        tmp_path / "cv.docx",
        para(
            run("Skills: Python, "),
            f"<w:ins w:id='1' w:author='A'>{run('Docker, ')}</w:ins>",
            deleted,
            f"<w:moveTo w:id='3' w:author='A'>{run('Go, ')}</w:moveTo>",
            run("SQL"),
        ),
    )
    assert lines_of(path) == ["Skills: Python, Docker, Go, SQL"]


def test_a_text_box_in_a_tracked_deletion_is_not_read(tmp_path: Path) -> None:
    deleted = text_box(para(run("Perl")))
    path = docx_with(
        tmp_path / "cv.docx",
        para(run("Skills"), f"<w:del w:id='1' w:author='A'>{deleted}</w:del>"),
        para(run("Python")),
    )
    assert lines_of(path) == ["Skills", "Python"]


def test_fields_smart_tags_custom_xml_and_links_keep_their_text(tmp_path: Path) -> None:
    field = f"<w:fldSimple w:instr=' MERGEFIELD skill '>{run('Kubernetes')}</w:fldSimple>"
    smart_tag = (
        "<w:smartTag w:uri='urn:schemas-microsoft-com:office:smarttags' w:element='place'>"
        f"<w:smartTagPr/>{run('Terraform')}</w:smartTag>"
    )
    custom = f"<w:customXml w:element='skill'><w:customXmlPr/>{run('Airflow')}</w:customXml>"
    link = f"<w:hyperlink w:anchor='top'>{run('GitHub')}</w:hyperlink>"
    path = docx_with(
        tmp_path / "cv.docx",
        para(field, run(", "), smart_tag, run(", "), custom, run(", "), link),
        f"<w:customXml w:element='section'>{para(run('Experience'))}</w:customXml>",
    )
    assert lines_of(path) == ["Kubernetes, Terraform, Airflow, GitHub", "Experience"]


def test_extract_finds_skills_in_a_template_sidebar_and_content_controls(tmp_path: Path) -> None:
    """A resume as Word's templates build it: contact and skills in a sidebar text box,
    the sections in content controls."""
    sidebar = text_box(
        para(run("Skills")), bullet("Python"), bullet("PyTorch"), bullet("Kubernetes")
    )
    path = docx_with(
        tmp_path / "resume.docx",
        para(run("Jane Doe"), sidebar),
        content_control(
            para(run("Experience")),
            para(run("ML Engineer, Acme, Jan 2020 - Present")),
            bullet("Deployed models with Docker and Terraform"),
        ),
    )
    result = invoke("extract", path, "--as", "resume", "--format", "json")
    assert result.exit_code == 0, result.output
    found = {skill["id"] for skill in json.loads(result.stdout)["skills"]}
    assert {"python", "pytorch", "kubernetes", "docker", "terraform"} <= found
