"""Word markup that hides a document's text from python-docx, which reads only the paragraphs,
tables, runs and links that are direct children of their container. Text inside content
controls, tracked insertions, fields, smart tags, custom XML and text boxes is what Word shows
and prints, so the tree is rewritten in place to hold it where python-docx looks; so is a
symbol Word inserts from a font (w:sym: a Wingdings tick in a table of requirements).

Unwrapping is a pass of lxml's C code over the tree: work grows with nesting only where a
wrapper declares XML namespaces (its content's references to them are rewritten). Text boxes
are moved one by one, a box inside boxes once per box around it, and at most MAX_LOOKED_AT
paragraphs are looked at for headings per box; the XML parser stops nesting at 256 elements."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import nsmap, qn
from lxml import etree

from .. import regex_cache

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
_INLINE = qn("wp:inline")
_OWN_TEXT = etree.XPath("w:r/w:t | w:hyperlink/w:r/w:t", namespaces={"w": nsmap["w"]})
MAX_LOOKED_AT = 200  # paragraphs looked at for a heading, in a box and before its anchor
_SYMBOL = qn("w:sym")
# a character XML text can hold, and no line break or tab: what a symbol may show
_XML_CHAR = regex_cache.compile(r"[\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# The ticks, crosses and ticked boxes of the symbol fonts, by font and character code (Word
# stores a symbol font's character as F000 plus its code): the Unicode character each shows.
# The Symbol font's square root sign is a tick in many tables.
_MARK_SYMBOLS = {
    "wingdings": {0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑"},
    "wingdings 2": {0x4F: "✗", 0x50: "✓", 0x51: "☒", 0x52: "☑", 0x53: "☒", 0x54: "☒"},
    "symbol": {0xD6: "√"},
}


def unwrap_text(root: Any, hide: Callable[[Any], None]) -> None:
    """Rewrite the part whose root element is `root` so that python-docx reads all its text:
    tracked deletions go, wrappers give way to their content, symbols become text, and each
    text box's paragraphs follow the paragraph that anchors the box. `hide` is called with
    `root` in between, when each run is left once and text boxes are still inside their
    shapes (whose fill says whether white type in them shows)."""
    _keep_one_alternative(root)
    etree.strip_elements(root, *_NOT_TEXT, with_tail=False)
    etree.strip_tags(root, *_WRAPPERS)
    _symbols_as_text(root)
    hide(root)
    _lift_text_boxes(root)


def _keep_one_alternative(root: Any) -> None:
    """Of each mc:AlternateContent keep the first mc:Choice: Word writes a text box twice, as
    DrawingML (the choice) and as VML (the fallback for older readers), and its text must be
    read once. An mc:AlternateContent without a choice keeps its fallback."""
    for branch in _UNREAD_BRANCHES(root):
        branch.getparent().remove(branch)


def _symbols_as_text(root: Any) -> None:
    """Make each w:sym a w:t of the character it shows: a tick, cross or box of a symbol
    font as its Unicode character, any other as the code Word stored (a symbol font's is
    private use, which the text's cleaning reads as a Word bullet or an icon); a code that is
    no character is dropped."""
    for symbol in list(root.iter(_SYMBOL)):
        shown = OxmlElement("w:t")
        shown.text = _symbol_text(symbol.get(qn("w:font"), ""), symbol.get(qn("w:char"), ""))
        symbol.addprevious(shown)  # in the symbol's place among the run's children
        symbol.getparent().remove(symbol)


def _symbol_text(font: str, char: str) -> str:
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    marks = _MARK_SYMBOLS.get(font.strip().lower(), {})
    mark = marks.get(code - 0xF000 if 0xF000 <= code <= 0xF0FF else code)
    if mark is not None:
        return mark
    text = chr(code) if 0 <= code < 0x110000 else ""
    return text if _XML_CHAR.fullmatch(text) else ""


def _lift_text_boxes(root: Any) -> None:
    """Put each text box's paragraphs (and tables) among the story's lines, as lines of their
    own: see _box_place. Boxes are taken last first, so that a box inside a box is lifted into
    its outer box before that one is lifted; boxes placed at one spot keep their order."""
    first_placed: dict[Any, Any] = {}  # a heading -> the first line put before it
    for box in reversed(list(root.iter(_TEXT_BOX))):
        anchor = next(box.iterancestors(_PARAGRAPH), None)
        if anchor is None:
            continue
        heading = _box_place(box, anchor)
        blocks = list(box)
        if heading is None:
            for block in reversed(blocks):
                anchor.addnext(block)
            continue
        before = first_placed.get(heading, heading)
        for block in blocks:
            before.addprevious(block)
        if blocks:
            first_placed[heading] = blocks[0]


def _box_place(box: Any, anchor: Any) -> Any | None:
    """The heading a floating text box's lines go before, or None: right after its anchor.
    Where the anchor of a floating box (a template's name block or sidebar) stands says
    nothing of where it shows: a box anchored in a heading goes before the heading, not into
    its section, and a box holding sections of its own ("Skills", "Languages") goes before
    the heading of the section its anchor is in, so as not to split a job from its dates and
    bullets. A box in the line (wp:inline) is read where it stands."""
    if next(box.iterancestors(_INLINE), None) is not None:
        return None
    if _is_heading(anchor):
        return anchor
    own = islice(box.iter(_PARAGRAPH), MAX_LOOKED_AT)
    if not any(_is_heading(paragraph) for paragraph in own):
        return None
    preceding = islice(anchor.itersiblings(_PARAGRAPH, preceding=True), MAX_LOOKED_AT)
    return next((paragraph for paragraph in preceding if _is_heading(paragraph)), None)


def _is_heading(paragraph: Any) -> bool:
    """A paragraph whose own text (not a text box's) names a resume section."""
    from .sections import heading_name

    text = "".join(node.text or "" for node in _OWN_TEXT(paragraph)).strip()
    return bool(text) and heading_name(text) is not None
