"""Visible DOCX text that the hidden-text rule must keep: white type on shading or shapes
given through the theme, styles or drawings, text effects that make white type readable,
complex-script sizes, toggled styles, legitimately hidden field codes and odd values. Losing a
real resume's text costs more than missing some stuffing, so where Word's rendering is in
doubt the text is kept."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from mlcareer.documents import read_document

from .conftest import invoke
from .test_docx_hidden_text import shd, table
from .test_docx_wrapped_text import add_xml, elements, para

SKILL = "Kubernetes"
NAME = para("<w:r><w:t>Jane Doe</w:t></w:r>")


def build(path: Path, body: str, header: str = "", styles: str = "", background: str = "") -> Path:
    """A DOCX whose body holds `body` (raw XML) after a name line; `header` goes in the page
    header, `styles` among the styles, `background` before the body."""
    document = docx.Document()
    add_xml(document, NAME + body, header)
    for element in elements(styles):
        same = document.styles.element.get_by_id(element.get(qn("w:styleId")))
        if same is not None:  # the template's own style of that id gives way
            document.styles.element.remove(same)
        document.styles.element.append(element)
    for element in elements(background):
        document.element.insert(0, element)
    document.save(str(path))
    return path


def white(rpr: str = "") -> str:
    """The skill in white type, with `rpr` added to its run properties."""
    return f"<w:r><w:rPr>{rpr}<w:color w:val='FFFFFF'/></w:rPr><w:t>{SKILL}</w:t></w:r>"


def anchored(graphic: str, behind: str = "0") -> str:
    """A run holding a floating drawing (in front of the text unless `behind` is "1")."""
    group = "wordprocessingGroup" if graphic.startswith("<wpg:") else "wordprocessingShape"
    if graphic.startswith("<pic:"):
        group = "picture"
    uri = f"http://schemas.microsoft.com/office/word/2010/{group}"
    return (
        "<w:r><w:drawing><wp:anchor simplePos='0' relativeHeight='1' locked='0'"
        f" behindDoc='{behind}' layoutInCell='1' allowOverlap='1'><wp:simplePos x='0' y='0'/>"
        "<wp:extent cx='7772400' cy='1371600'/><wp:wrapNone/><wp:docPr id='9' name='Band'/>"
        f"<a:graphic><a:graphicData uri='{uri}'>{graphic}</a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></w:r>"
    )


def box(fill: str, *paragraphs: str) -> str:
    """A floating text box whose shape has the properties `fill`."""
    content = f"<wps:txbx><w:txbxContent>{''.join(paragraphs)}</w:txbxContent></wps:txbx>"
    return anchored(f"<wps:wsp><wps:spPr>{fill}</wps:spPr>{content}<wps:bodyPr/></wps:wsp>")


def vml_box(shape: str, *paragraphs: str) -> str:
    content = f"<v:textbox><w:txbxContent>{''.join(paragraphs)}</w:txbxContent></v:textbox>"
    return f"<w:r><w:pict><v:shape {shape}</v:shape></w:pict></w:r>".replace(
        "</v:shape>", f"{content}</v:shape>", 1
    )


def style(kind: str, style_id: str, inner: str, default: bool = False) -> str:
    flag = " w:default='1'" if default else ""
    return (
        f"<w:style w:type='{kind}' w:styleId='{style_id}'{flag}><w:name w:val='{style_id}'/>"
        f"{inner}</w:style>"
    )


def styled(paragraph_style: str, run: str) -> str:
    return f"<w:p><w:pPr><w:pStyle w:val='{paragraph_style}'/></w:pPr>{run}</w:p>"


BAND = (
    "<wps:wsp><wps:spPr><a:prstGeom prst='rect'/><a:solidFill><a:schemeClr val='accent1'/>"
    "</a:solidFill></wps:spPr><wps:bodyPr/></wps:wsp>"
)
PICTURE = (
    "<pic:pic><pic:nvPicPr><pic:cNvPr id='1' name='Banner'/><pic:cNvPicPr/></pic:nvPicPr>"
    "<pic:blipFill/><pic:spPr/></pic:pic>"
)
TAG_STYLE = style("character", "Tag", f"<w:rPr><w:color w:val='FFFFFF'/>{shd('2E74B5')}</w:rPr>")

VISIBLE: dict[str, dict[str, str]] = {
    # Word paints a theme fill; w:fill is only what the theme gave when the file was saved.
    "paragraph-theme-fill-over-a-stale-white-fill": {
        "body": "<w:p><w:pPr><w:shd w:val='clear' w:color='auto' w:fill='FFFFFF'"
        f" w:themeFill='accent1'/></w:pPr>{white()}</w:p>",
    },
    "cell-white-theme-fill-shaded-darker": {
        "body": table(
            "<w:shd w:val='clear' w:color='auto' w:fill='FFFFFF' w:themeFill='background1'"
            " w:themeFillShade='80'/>",
            para(white()),
        ),
    },
    "row-shading-in-table-property-exceptions": {
        "body": "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tblPrEx>"
        f"{shd('1F3864')}</w:tblPrEx><w:tc><w:tcPr/>{para(white())}</w:tc></w:tr></w:tbl>",
    },
    "table-without-style-under-a-shaded-default-table-style": {
        "body": table("", para(white())),
        "styles": style("table", "TableNormal", f"<w:tcPr>{shd('1F3864')}</w:tcPr>", default=True),
    },
    "character-style-with-white-type-on-its-own-shading": {
        "body": para(f"<w:r><w:rPr><w:rStyle w:val='Tag'/></w:rPr><w:t>{SKILL}</w:t></w:r>"),
        "styles": TAG_STYLE,
    },
    "paragraph-style-with-white-type-on-a-highlight": {
        "body": styled("Marked", f"<w:r><w:t>{SKILL}</w:t></w:r>"),
        "styles": style(
            "paragraph",
            "Marked",
            "<w:rPr><w:color w:val='FFFFFF'/><w:highlight w:val='darkBlue'/></w:rPr>",
        ),
    },
    # Word draws the theme colour; w:val is what it was when the file was saved.
    "type-in-a-theme-accent-over-a-stale-white-value": {
        "body": para(
            f"<w:r><w:rPr><w:color w:val='FFFFFF' w:themeColor='accent1'/></w:rPr>"
            f"<w:t>{SKILL}</w:t></w:r>"
        ),
    },
    "type-in-the-background-colour-shaded-darker": {
        "body": para(
            "<w:r><w:rPr><w:color w:val='FFFFFF' w:themeColor='background1' w:themeShade='80'/>"
            f"</w:rPr><w:t>{SKILL}</w:t></w:r>"
        ),
    },
    # Effects that draw white type with a dark edge or another fill.
    "white-embossed": {"body": para(white("<w:emboss/>"))},
    "white-outlined": {"body": para(white("<w:outline/>"))},
    "white-with-a-shadow": {"body": para(white("<w:shadow/>"))},
    "white-with-a-dark-text-outline": {
        "body": para(
            white(
                "<w14:textOutline w14:w='9525'><w14:solidFill><w14:srgbClr w14:val='000000'/>"
                "</w14:solidFill></w14:textOutline>"
            )
        )
    },
    "white-filled-from-the-theme": {
        "body": para(
            white(
                "<w14:textFill><w14:solidFill><w14:schemeClr w14:val='accent1'/>"
                "</w14:solidFill></w14:textFill>"
            )
        )
    },
    "effect-from-a-character-style": {
        "body": para(f"<w:r><w:rPr><w:rStyle w:val='Engraved'/></w:rPr><w:t>{SKILL}</w:t></w:r>"),
        "styles": style(
            "character", "Engraved", "<w:rPr><w:imprint/><w:color w:val='FFFFFF'/></w:rPr>"
        ),
    },
    # Header and footer drawings lie under the body's text whether or not they are "behind".
    "header-band-in-front-of-text": {"body": para(white()), "header": para(anchored(BAND))},
    "header-picture-in-front-of-text": {"body": para(white()), "header": para(anchored(PICTURE))},
    "header-vml-rectangle": {
        "body": para(white()),
        "header": para(
            "<w:r><w:pict><v:rect style='position:absolute;width:612pt;height:100pt'"
            " fillcolor='#1f3864' stroked='f'/></w:pict></w:r>"
        ),
    },
    "box-filled-white-darkened-by-luminance": {
        "body": para(
            box(
                "<a:solidFill><a:srgbClr val='FFFFFF'><a:lumMod val='50000'/></a:srgbClr>"
                "</a:solidFill>",
                para(white()),
            )
        )
    },
    "vml-box-with-a-gradient-fill": {
        "body": para(
            vml_box("fillcolor='white'><v:fill type='gradient' color2='#1f3864'/>", para(white()))
        )
    },
    "page-colour-from-the-theme": {
        "body": para(white()),
        "background": "<w:background w:themeColor='text2'/>",
    },
    "page-gradient-fill": {
        "body": para(white()),
        "background": "<w:background w:color='FFFFFF'><v:background filled='t'>"
        "<v:fill type='gradient' color2='#1f3864'/></v:background></w:background>",
    },
    # Hebrew, Arabic and other complex scripts take their size from w:szCs.
    "right-to-left-run-tiny-only-in-its-latin-size": {
        "body": para(
            "<w:r><w:rPr><w:rtl/><w:sz w:val='2'/><w:szCs w:val='24'/></w:rPr>"
            f"<w:t>{SKILL} שלום</w:t></w:r>"
        )
    },
    # Hidden is a toggle: set by both the paragraph and the character style, it is off.
    "hidden-in-both-paragraph-and-character-style": {
        "body": styled(
            "Quiet", f"<w:r><w:rPr><w:rStyle w:val='Hush'/></w:rPr><w:t>{SKILL}</w:t></w:r>"
        ),
        "styles": style("paragraph", "Quiet", "<w:rPr><w:vanish/></w:rPr>")
        + style("character", "Hush", "<w:rPr><w:vanish/></w:rPr>"),
    },
    # A size no font has (0, negative): how Word draws it is not known.
    "size-zero": {"body": para(f"<w:r><w:rPr><w:sz w:val='0'/></w:rPr><w:t>{SKILL}</w:t></w:r>")},
    "size-negative": {
        "body": para(f"<w:r><w:rPr><w:sz w:val='-4'/></w:rPr><w:t>{SKILL}</w:t></w:r>")
    },
}


@pytest.mark.parametrize("case", VISIBLE.values(), ids=VISIBLE.keys())
def test_visible_text_is_kept(tmp_path: Path, case: dict[str, str]) -> None:
    document = read_document(build(tmp_path / "cv.docx", **case))
    assert document.text.split() == [
        "Jane",
        "Doe",
        SKILL,
        *(["שלום"] if "rtl" in case["body"] else []),
    ]
    assert document.warnings == []


def test_white_skills_on_a_header_band_are_found_by_extract(tmp_path: Path) -> None:
    path = build(tmp_path / "cv.docx", para(white()), header=para(anchored(BAND)))
    result = invoke("extract", path, "--as", "resume", "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert "kubernetes" in {skill["id"] for skill in report["skills"]}
    assert report["warnings"] == []


def test_hidden_field_codes_leave_out_nothing_and_warn_of_nothing(tmp_path: Path) -> None:
    """Word may mark a field's code hidden; its result is the text, and nothing is left out."""
    code = "".join(
        f"<w:r><w:rPr><w:vanish/></w:rPr>{part}</w:r>"
        for part in (
            "<w:fldChar w:fldCharType='begin'/>",
            "<w:instrText xml:space='preserve'> HYPERLINK \"https://example.org\" </w:instrText>",
            "<w:fldChar w:fldCharType='separate'/>",
        )
    )
    field = para(
        code, f"<w:r><w:t>{SKILL}</w:t></w:r>", "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
    )
    document = read_document(
        build(
            tmp_path / "cv.docx", field + para("<w:r><w:rPr><w:vanish/></w:rPr><w:t> </w:t></w:r>")
        )
    )
    assert document.text.split() == ["Jane", "Doe", SKILL]
    assert document.warnings == []


STUFFED: dict[str, dict[str, str]] = {
    "white-character-style-on-white-shading": {
        "body": para(f"<w:r><w:rPr><w:rStyle w:val='Pale'/></w:rPr><w:t>{SKILL}</w:t></w:r>"),
        "styles": style(
            "character", "Pale", f"<w:rPr><w:color w:val='FFFFFF'/>{shd('FFFFFF')}</w:rPr>"
        ),
    },
    "type-in-the-background-colour": {
        "body": para(
            f"<w:r><w:rPr><w:color w:val='FFFFFF' w:themeColor='background1'/></w:rPr>"
            f"<w:t>{SKILL}</w:t></w:r>"
        ),
    },
    "tiny-latin-run-with-a-large-complex-script-size": {
        "body": para(
            f"<w:r><w:rPr><w:sz w:val='2'/><w:szCs w:val='24'/></w:rPr><w:t>{SKILL}</w:t></w:r>"
        )
    },
    "hidden-in-the-paragraph-style-alone": {
        "body": styled("Quiet", f"<w:r><w:t>{SKILL}</w:t></w:r>"),
        "styles": style("paragraph", "Quiet", "<w:rPr><w:vanish/></w:rPr>"),
    },
    "white-on-a-white-page-colour": {
        "body": para(white()),
        "background": "<w:background w:color='FFFFFF' w:themeColor='background1'/>",
    },
    "white-in-a-white-box": {
        "body": para(box("<a:solidFill><a:srgbClr val='FFFFFF'/></a:solidFill>", para(white())))
    },
}


@pytest.mark.parametrize("case", STUFFED.values(), ids=STUFFED.keys())
def test_stuffing_is_still_left_out(tmp_path: Path, case: dict[str, str]) -> None:
    document = read_document(build(tmp_path / "cv.docx", **case))
    assert document.text.split() == ["Jane", "Doe"]
    assert len(document.warnings) == 1
    assert document.warnings[0].startswith("hidden text: 10 characters")
