"""Text in a DOCX that Word does not show or that a reader cannot see: keyword stuffing in
hidden runs, in white type on no shading, or in type under 2 pt.

A run's look comes from its own properties (w:rPr), then its character style, then its
paragraph's style, then the document's defaults; each style is resolved through the styles it
is based on once per document when a run first uses it (`Styles`), so the pass over the runs
only reads a few children of each run and its paragraph. Table styles (their run properties
and conditional formatting) are not followed.

White type is hidden only where nothing lighter-than-white lies under it: the first shading
met going outwards from the run (its own shading or highlight, its paragraph's, its cell's,
its table's) decides; a text box counts as dark unless its shape is filled with a light colour
(a template's sidebar is filled from the theme); a table style with shading, a dark page
colour or any drawing behind the text make white type count as visible everywhere, since
where they lie is not known here. A hidden run is removed as Word hides it; the text of a
white or tiny run becomes one space, which keeps the words around it apart."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from lxml import etree

from .left_out import is_light

_W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{_W_URI}}}"
MIN_HALF_POINTS = 4  # w:sz is in half-points: under 2 pt is unreadable
MAX_BASED_ON = 20  # styles followed through w:basedOn
_OFF = {"false", "0", "off"}
_TEXT = {W + "t"}
_LAYOUT = {W + name for name in "tab br cr sym noBreakHyphen softHyphen ptab".split()}
_BEHIND_TEXT = etree.XPath(
    "//wp:anchor[@behindDoc='1' or @behindDoc='true']"
    " | //v:*[contains(translate(@style, ' ', ''), 'z-index:-')]",
    namespaces={
        "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        "v": "urn:schemas-microsoft-com:vml",
    },
)
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_WHITE_THEME = {"background1", "light1"}
_DARK_THEME = {"text1", "dark1"}


@dataclass(frozen=True)
class Look:
    """What a run's properties say of its visibility; None where they say nothing."""

    hidden: bool | None = None
    colour: str | None = None  # six hex digits, or "auto"
    half_points: int | None = None

    def over(self, base: Look) -> Look:
        """This look, with `base` where it says nothing."""
        if self is NOTHING or base is NOTHING:
            return base if self is NOTHING else self
        return Look(
            self.hidden if self.hidden is not None else base.hidden,
            self.colour if self.colour is not None else base.colour,
            self.half_points if self.half_points is not None else base.half_points,
        )

    def why_hidden(self) -> str | None:
        if self.hidden:
            return "hidden"
        if self.half_points is not None and self.half_points < MIN_HALF_POINTS:
            return "tiny"
        if _rgb_is_light(self.colour):
            return "white"
        return None


NOTHING = Look()


def _on(element: Any) -> bool | None:
    if element is None:
        return None
    return element.get(W + "val", "true").lower() not in _OFF


def _colour(element: Any) -> str | None:
    """A w:color as six hex digits (a theme's white or black by name), or "auto"."""
    if element is None:
        return None
    theme = element.get(W + "themeColor")
    if theme in _WHITE_THEME and element.get(W + "themeShade") is None:
        return "FFFFFF"
    if theme in _DARK_THEME:
        return "000000"
    return str(element.get(W + "val", "auto"))


def _half_points(element: Any) -> int | None:
    try:
        return int(element.get(W + "val")) if element is not None else None
    except (TypeError, ValueError):
        return None


def look_of(properties: Any) -> Look:
    """The look a w:rPr gives (None: no properties)."""
    if properties is None:
        return NOTHING
    vanish = _on(properties.find(W + "vanish"))
    special = _on(properties.find(W + "specVanish"))
    hidden = None if vanish is None and special is None else bool(vanish or special)
    return Look(
        hidden, _colour(properties.find(W + "color")), _half_points(properties.find(W + "sz"))
    )


def _rgb_is_light(colour: str | None) -> bool:
    rgb = _rgb(colour)
    return rgb is not None and is_light(*rgb)


def _rgb(colour: str | None) -> tuple[int, int, int] | None:
    if colour is None or len(colour) != 6:
        return None
    try:
        value = int(colour, 16)
    except ValueError:
        return None
    return (value >> 16, (value >> 8) & 0xFF, value & 0xFF)


# -- styles, resolved once per document ------------------------------------------------------


class Styles:
    """The document's styles (root: the w:styles element, or None). Each style is resolved
    through the styles it is based on when a run first uses it, and remembered: a document
    has over a hundred styles, and its runs use a handful."""

    def __init__(self, root: Any) -> None:
        found = [] if root is None else root.iterfind(W + "style")
        self._elements: dict[str | None, Any] = {e.get(W + "styleId"): e for e in found}
        defaults = None if root is None else root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        self.default = look_of(defaults)
        self.default_paragraph = next(
            (
                style_id
                for style_id, e in self._elements.items()
                if e.get(W + "type") == "paragraph" and e.get(W + "default") in ("1", "true")
            ),
            None,
        )
        self._looks: dict[str | None, Look] = {}
        self._pairs: dict[tuple[str | None, str | None], Look] = {}
        self._shading: dict[str | None, str | None] = {}
        self._shaded_tables: dict[str | None, bool] = {}

    def of(self, paragraph: Any, character: str | None) -> Look:
        """The look a paragraph's style and a character style give a run, over the defaults.
        Table styles are not followed."""
        key = (_style_id(paragraph, "pPr", "pStyle") or self.default_paragraph, character)
        if key not in self._pairs:
            self._pairs[key] = self._look(character).over(self._look(key[0])).over(self.default)
        return self._pairs[key]

    def _look(self, style_id: str | None) -> Look:
        if style_id not in self._looks:
            look = Look()
            for element in self._chain(style_id):
                look = look.over(look_of(element.find(W + "rPr")))
            self._looks[style_id] = look
        return self._looks[style_id]

    def paragraph_shading(self, style_id: str | None) -> str | None:
        """What a paragraph style's shading (its own or a base style's) paints."""
        if style_id not in self._shading:
            shadings = (e.find(f"{W}pPr/{W}shd") for e in self._chain(style_id))
            self._shading[style_id] = _shading(next((s for s in shadings if s is not None), None))
        return self._shading[style_id]

    def shades_tables(self, style_id: str | None) -> bool:
        """Whether a table style paints any cell, row or band (where is not worked out)."""
        if style_id not in self._shaded_tables:
            found = (
                _shading(s)
                for e in self._chain(style_id)
                for s in e.iter(W + "shd", W + "highlight")
            )
            self._shaded_tables[style_id] = any(found)
        return self._shaded_tables[style_id]

    def _chain(self, style_id: str | None) -> list[Any]:
        """The style, then the styles it is based on, nearest first (a loop is cut)."""
        element = self._elements.get(style_id) if style_id is not None else None
        chain = [] if element is None else [element]
        while chain and len(chain) < MAX_BASED_ON:
            base = self._elements.get(_value(chain[-1].find(W + "basedOn")))
            if base is None or any(base is seen for seen in chain):
                break
            chain.append(base)
        return chain


def _style_id(element: Any, properties: str, name: str) -> str | None:
    """The w:val of `name` in the element's `properties` (two finds: lxml parses a path at
    every call, which costs more than the lookup)."""
    own = element.find(W + properties) if element is not None else None
    found = own.find(W + name) if own is not None else None
    return None if found is None else found.get(W + "val")


def _value(element: Any) -> str | None:
    return None if element is None else element.get(W + "val")


# -- what lies under white type -------------------------------------------------------------


def _shading(element: Any) -> str | None:
    """What a w:shd or w:highlight paints: None (nothing), "light" or "colour"."""
    if element is None:
        return None
    if element.tag == W + "highlight":
        name = element.get(W + "val", "none")
        return None if name == "none" else "light" if name == "white" else "colour"
    pattern = element.get(W + "val", "clear")
    if pattern == "nil":
        return None
    fill, colour = element.get(W + "fill", "auto"), element.get(W + "color", "auto")
    if pattern == "solid":
        fill, colour = colour if colour != "auto" else "000000", "auto"
    elif pattern != "clear" and not _rgb_is_light(colour):
        return "colour"  # a pattern in a dark or automatic (black) colour
    if fill == "auto":
        return "colour" if element.get(W + "themeFill") else None
    return "light" if _rgb_is_light(fill) else "colour"


def _box_fill(box: Any) -> str:
    """What fills a text box's shape: "light" only when a light colour is named."""
    holder = box.getparent()
    shape = holder.getparent() if holder is not None else None
    if shape is None:
        return "colour"
    if shape.tag == _WPS + "wsp":
        colour = shape.find(f"{_WPS}spPr/{_A}solidFill/{_A}srgbClr")
        return "light" if colour is not None and _rgb_is_light(colour.get("val")) else "colour"
    if shape.get("filled", "t").lower() in ("f", "false"):
        return "colour"
    fill = shape.get("fillcolor", "white").lstrip("#").lower()
    return "light" if fill in ("white", "fff", "ffffff") or _rgb_is_light(fill) else "colour"


def _under(run: Any, properties: Any, styles: Styles) -> str | None:
    """What lies under a run: the first shading going outwards, or None (the page)."""
    if properties is not None:
        for name in ("shd", "highlight"):
            found = _shading(properties.find(W + name))
            if found:
                return found
    for ancestor in run.iterancestors(W + "p", W + "tc", W + "tbl", W + "txbxContent"):
        tag = ancestor.tag
        if tag == W + "txbxContent":
            return _box_fill(ancestor)
        if tag == W + "tbl" and styles.shades_tables(_style_id(ancestor, "tblPr", "tblStyle")):
            return "colour"
        own = {W + "p": "pPr", W + "tc": "tcPr", W + "tbl": "tblPr"}[tag]
        found = _shading(ancestor.find(f"{W}{own}/{W}shd"))
        if found is None and tag == W + "p":
            style = _style_id(ancestor, "pPr", "pStyle") or styles.default_paragraph
            found = styles.paragraph_shading(style)
        if found:
            return found
    return None


# -- the pass over the runs -----------------------------------------------------------------


def white_may_show(roots: list[Any], document_root: Any) -> bool:
    """Whether white type may lie on something drawn where this pass cannot see: a dark page
    colour, or a shape or picture behind the text in any story (a template's coloured band
    often sits in the page header)."""
    background = document_root.find(W + "background")
    if background is not None and not _rgb_is_light(background.get(W + "color", "FFFFFF")):
        return True
    return any(_BEHIND_TEXT(root) for root in roots)


def leave_out_hidden_runs(
    root: Any, styles: Styles, white_shows: bool, tally: Counter[str]
) -> None:
    """Remove from the story under `root` the text of runs a reader cannot see, counting
    their characters (spaces aside) by reason in `tally`."""
    for run in list(root.iter(W + "r")):
        properties = run.find(W + "rPr")
        paragraph = next(run.iterancestors(W + "p"), None)
        look = look_of(properties).over(styles.of(paragraph, _value(_find(properties, "rStyle"))))
        reason = look.why_hidden()
        if reason == "white" and (white_shows or _under(run, properties, styles) == "colour"):
            reason = None
        if reason:
            tally[reason] += _drop_text(run, reason == "hidden")


def _find(properties: Any, name: str) -> Any:
    return None if properties is None else properties.find(W + name)


def _drop_text(run: Any, whole: bool) -> int:
    """Remove a hidden run's text (and its tabs and breaks, which Word hides with it), or
    make a white or tiny run's text one space; the count of non-space characters dropped."""
    dropped = 0
    for child in list(run):
        if child.tag in _TEXT:
            text = child.text or ""
            dropped += sum(not char.isspace() for char in text)
            if whole:
                run.remove(child)
            elif text.strip():
                child.text = " "
        elif whole and child.tag in _LAYOUT:
            run.remove(child)
    return dropped
