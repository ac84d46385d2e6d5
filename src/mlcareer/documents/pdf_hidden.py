"""Text in a PDF that a reader cannot see: keyword stuffing in white, in tiny type, outside the
page, or in the invisible render mode.

pdfium's page objects say how each piece of text is drawn. A text object is hidden when its
fill is white or transparent (and no darker shape or image lies under it: white on a dark
sidebar is visible), when its type is under 2 pt after every transformation, when its centre
lies outside the page box, or when its render mode draws nothing on a page without images
(OCR layers of scans are invisible text over the image, and are the page's real text).

The page text is then rebuilt from pdfium's text page without the characters of hidden
objects (FPDFText_GetTextObject gives each character's object). This keeps pdfium's own
reading order, spaces and line breaks for the visible text, which text rebuilt from the
visible objects alone would lose. Pages without hidden text keep pdfium's text unchanged.
"""

from __future__ import annotations

import ctypes
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

from .left_out import LIGHT, hidden_text_warning
from .pdf_columns import column_text, may_hold_columns

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]  # left, bottom, right, top
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

MIN_POINTS = 2.0  # smaller type is unreadable on paper and on screen
FAINT_ALPHA = 26  # under 10 % opaque
DARK_BACKGROUND = 200  # a shape whose brightest channel is under this makes white readable
MAX_FORM_DEPTH = 8
MAX_OBJECTS = 20_000  # drawing objects checked on a page: a resume page has a few hundred
MAX_CHECKS = 1_000_000  # (light text, shape under it) pairs tried on a page
INVISIBLE_MODES = {3, 7}  # neither fill nor stroke (7 only clips)
STROKE_MODES = {1, 5}  # outline only: the stroke colour is what shows
FILL_AND_STROKE_MODES = {2, 6}  # the darker of the two shows


@dataclass
class _Text:
    handle: int
    box: Box
    points: float
    colour: tuple[int, int, int, int]
    mode: int
    order: int


@dataclass
class _Scan:
    texts: list[_Text]
    backgrounds: list[tuple[int, Box]]  # (drawing order, box) of dark shapes and images
    images: int
    complete: bool = True  # False when the page has more than MAX_OBJECTS objects
    checks: int = 0  # pairs left to try; past them, light text counts as on white


@dataclass
class Tally:
    """What was left out of a document, for its warnings."""

    chars: Counter[str] = field(default_factory=Counter)  # hidden characters by reason
    unchecked_pages: int = 0

    def warnings(self) -> list[str]:
        out = hidden_text_warning(self.chars)
        if self.unchecked_pages:
            out.append(
                f"hidden text: not checked on {self.unchecked_pages} page(s) with over"
                f" {MAX_OBJECTS:,} drawing objects"
            )
        return out


def _address(pointer: Any) -> int:
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """`m` then `n`: PDF matrices apply to row vectors."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def _transform(box: Box, m: Matrix) -> Box:
    left, bottom, right, top = box
    a, b, c, d, e, f = m
    xs, ys = [], []
    for x, y in ((left, bottom), (left, top), (right, bottom), (right, top)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (min(xs), min(ys), max(xs), max(ys))


def _matrix(obj: Any) -> Matrix:
    raw = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, raw):
        return IDENTITY
    return (raw.a, raw.b, raw.c, raw.d, raw.e, raw.f)


def _bounds(obj: Any) -> Box | None:
    edges = [ctypes.c_float() for _ in range(4)]
    if not pdfium_c.FPDFPageObj_GetBounds(obj, *edges):
        return None
    left, bottom, right, top = (e.value for e in edges)
    return (left, bottom, right, top)


def _colour(obj: Any, stroke: bool) -> tuple[int, int, int, int]:
    channels = [ctypes.c_uint() for _ in range(4)]
    get = pdfium_c.FPDFPageObj_GetStrokeColor if stroke else pdfium_c.FPDFPageObj_GetFillColor
    if not get(obj, *channels):
        return (0, 0, 0, 255)
    red, green, blue, alpha = (c.value for c in channels)
    return (red, green, blue, alpha)


def _shown_colour(obj: Any, mode: int) -> tuple[int, int, int, int]:
    if mode in FILL_AND_STROKE_MODES:
        return min(_colour(obj, stroke=False), _colour(obj, stroke=True), key=lambda c: max(c[:3]))
    return _colour(obj, stroke=mode in STROKE_MODES)


def _font_points(obj: Any, outer: Matrix) -> float:
    size = ctypes.c_float()
    if not pdfium_c.FPDFTextObj_GetFontSize(obj, size):
        return 12.0
    a, b, c, d, _, _ = _multiply(_matrix(obj), outer)
    return abs(size.value) * math.sqrt(abs(a * d - b * c))


def _is_filled(obj: Any) -> bool:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    return bool(pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)) and fill.value != 0


def _walk(parent: Any, form: bool, outer: Matrix, depth: int) -> Iterator[tuple[Any, int, Matrix]]:
    """Every page object in drawing order with its type and the matrix of its forms."""
    count = pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    for index in range(max(0, count(parent))):
        obj = get(parent, index)
        if not obj:
            continue
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        yield obj, kind, outer
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < MAX_FORM_DEPTH:
            yield from _walk(obj, True, _multiply(_matrix(obj), outer), depth + 1)


def _scan(page: Any) -> _Scan:
    scan = _Scan([], [], 0, checks=MAX_CHECKS)
    for order, (obj, kind, outer) in enumerate(_walk(page.raw, False, IDENTITY, 0)):
        if order >= MAX_OBJECTS:
            scan.complete = False
            break
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            box = _bounds(obj)
            if box is None:
                continue
            mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
            colour = _shown_colour(obj, mode)
            text = _Text(_address(obj), _transform(box, outer), 0.0, colour, mode, order)
            text.points = _font_points(obj, outer)
            scan.texts.append(text)
        elif kind in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_SHADING) or (
            kind == pdfium_c.FPDF_PAGEOBJ_PATH
            and _is_filled(obj)
            and max(_colour(obj, stroke=False)[:3]) < DARK_BACKGROUND
        ):
            scan.images += kind == pdfium_c.FPDF_PAGEOBJ_IMAGE
            box = _bounds(obj)
            if box is not None:
                scan.backgrounds.append((order, _transform(box, outer)))
    return scan


def _centre(box: Box) -> tuple[float, float]:
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def _inside(point: tuple[float, float], box: Box) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


def _why_hidden(text: _Text, scan: _Scan, page_box: Box) -> str | None:
    centre = _centre(text.box)
    if not _inside(centre, page_box):
        return "off the page"
    if text.points < MIN_POINTS:
        return "tiny"
    if text.mode in INVISIBLE_MODES and not scan.images:
        return "invisible"
    red, green, blue, alpha = text.colour
    if alpha < FAINT_ALPHA:
        return "transparent"
    if min(red, green, blue) >= LIGHT and not _on_dark_shape(text, centre, scan):
        return "white"
    return None


def _on_dark_shape(text: _Text, centre: tuple[float, float], scan: _Scan) -> bool:
    """A dark shape or an image drawn before the text lies under its centre."""
    for order, box in scan.backgrounds:  # in drawing order
        if order > text.order or scan.checks <= 0:
            return False
        scan.checks -= 1
        if _inside(centre, box):
            return True
    return False


def hidden_objects(page: Any) -> dict[int, str] | None:
    """Address of each hidden text object on a pypdfium2 page -> why it is hidden; None when
    the page has too many objects to check."""
    rect = pdfium_c.FS_RECTF()  # media box and crop box, inherited from the page tree too
    if not pdfium_c.FPDF_GetPageBoundingBox(page.raw, rect):
        return {}
    page_box = (
        min(rect.left, rect.right),
        min(rect.bottom, rect.top),
        max(rect.left, rect.right),
        max(rect.bottom, rect.top),
    )
    scan = _scan(page)
    if not scan.complete:
        return None
    hidden = {}
    for text in scan.texts:
        reason = _why_hidden(text, scan, page_box)
        if reason:
            hidden[text.handle] = reason
    return hidden


def _page_chars(textpage: Any) -> str:
    count = pdfium_c.FPDFText_CountChars(textpage.raw)
    text: str = textpage.get_text_range()
    if len(text) == count:
        return text
    codes = (pdfium_c.FPDFText_GetUnicode(textpage.raw, i) for i in range(count))
    return "".join(chr(c) if 0 < c < 0x110000 else "\ufffd" for c in codes)


def visible_text(textpage: Any, hidden: dict[int, str], tally: Tally) -> str:
    """The page's text without the characters of hidden objects, counted in `tally`. A left-out
    run becomes one space so that the words around it stay apart."""
    kept: list[str] = []
    for index, char in enumerate(_page_chars(textpage)):
        obj = pdfium_c.FPDFText_GetTextObject(textpage.raw, index)
        reason = hidden.get(_address(obj)) if obj else None
        if reason is None:
            kept.append(char)
            continue
        if not char.isspace():
            tally.chars[reason] += 1
        if kept and not kept[-1].isspace():
            kept.append(" ")
    return "".join(kept)


def page_text(page: Any, textpage: Any, tally: Tally) -> str:
    """pdfium's text of the page, without what a reader cannot see, and with two columns
    drawn row by row read one after the other (pdf_columns.py)."""
    hidden = hidden_objects(page)
    if hidden is None:
        tally.unchecked_pages += 1
    if hidden:
        return visible_text(textpage, hidden, tally)
    text = str(textpage.get_text_range())
    width = page.get_width()
    if not may_hold_columns(textpage, width):
        return text
    return column_text(textpage, _page_chars(textpage), width) or text
