"""Word markup that hides a document's text from python-docx, which reads only the paragraphs,
tables, runs and links that are direct children of their container. Text inside content
controls, tracked insertions, fields, smart tags, custom XML and text boxes is what Word shows
and prints, so the tree is rewritten in place to hold it where python-docx looks.

Each step is a pass of lxml's C code over the tree. Work grows with nesting only where a
wrapper declares XML namespaces (its content's references to them are rewritten) and for a
text box inside text boxes (moved once per box around it); the XML parser stops nesting at
256 elements."""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn
from lxml import etree

_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# Markup around runs, paragraphs, rows or cells whose content is the document's own text:
# content controls (w:sdt), tracked insertions and moves, simple fields, smart tags, custom
# XML, bidirectional runs, and alternative content (of which one branch is left).
_WORD_WRAPPERS = "sdt sdtContent ins moveTo fldSimple smartTag customXml dir bdo".split()
_WRAPPERS = (
    *(qn(f"w:{name}") for name in _WORD_WRAPPERS),
    *(f"{{{_MC}}}{name}" for name in ("AlternateContent", "Choice", "Fallback")),
)
# The wrappers' own properties, which are no text ("w:alias", a placeholder's name...), and
# tracked deletions: what they hold (a text box too) is no longer in the document.
_NOT_TEXT = tuple(
    qn(f"w:{name}") for name in "sdtPr sdtEndPr smartTagPr customXmlPr del moveFrom".split()
)
_UNREAD_BRANCHES = etree.XPath(
    "//mc:AlternateContent[mc:Choice]/mc:Fallback"
    " | //mc:AlternateContent/mc:Choice[preceding-sibling::mc:Choice]",
    namespaces={"mc": _MC},
)
_TEXT_BOX = qn("w:txbxContent")
_PARAGRAPH = qn("w:p")


def unwrap_text(root: Any) -> None:
    """Rewrite the part whose root element is `root` so that python-docx reads all its text:
    tracked deletions go, wrappers give way to their content, and each text box's paragraphs
    follow the paragraph that anchors the box."""
    _keep_one_alternative(root)
    etree.strip_elements(root, *_NOT_TEXT, with_tail=False)
    etree.strip_tags(root, *_WRAPPERS)
    _lift_text_boxes(root)


def _keep_one_alternative(root: Any) -> None:
    """Of each mc:AlternateContent keep the first mc:Choice: Word writes a text box twice, as
    DrawingML (the choice) and as VML (the fallback for older readers), and its text must be
    read once. An mc:AlternateContent without a choice keeps its fallback."""
    for branch in _UNREAD_BRANCHES(root):
        branch.getparent().remove(branch)


def _lift_text_boxes(root: Any) -> None:
    """Put each text box's paragraphs (and tables) right after the paragraph that anchors the
    box, as lines of their own. Boxes are taken last first, so that a box inside a box is
    lifted into its outer box before that one is lifted, and boxes anchored in one paragraph
    keep their order."""
    for box in reversed(list(root.iter(_TEXT_BOX))):
        anchor = next(box.iterancestors(_PARAGRAPH), None)
        if anchor is None:
            continue
        for block in reversed(list(box)):
            anchor.addnext(block)
