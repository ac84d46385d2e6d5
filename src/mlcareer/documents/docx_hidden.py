"""Text in a DOCX that Word does not show or that a reader cannot see: keyword stuffing in
hidden runs, in white type on no shading, or in type under 2 pt.

A run's look comes from its own properties (w:rPr), then its character style, then its
paragraph's style, then the document's defaults; each style is resolved through the styles it
is based on once per document when a run first uses it (`Styles`), so the pass over the runs
only reads a few children of each run and its paragraph. Table styles (their run properties
and conditional formatting) are not followed.

White type is hidden only where nothing lighter-than-white lies under it: the first shading
met going outwards from the run (its own shading or highlight, from its properties or styles,
its paragraph's, its cell's, its row's, its table's) decides; a text box counts as dark unless
its shape is filled with a plain light colour (a template's sidebar is filled from the theme);
a table whose style shades any cell, row or band counts as coloured throughout. A page colour
that is not plain white, any drawing behind the text and any floating drawing in a page header
or footer (Word draws those under the body's text) make white type count as visible
everywhere, since where they lie is not known here.
White type drawn with an edge or another fill (outline, shadow, emboss, Word 2010 text
effects) is visible. Where Word's rendering is in doubt (a theme colour, a size no font has)
the text is kept: losing a real resume's words costs more than missing some stuffing.

A hidden run is removed as Word hides it; the text of a white or tiny run becomes one space,
which keeps the words around it apart."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from .. import regex_cache
from .left_out import is_light

_W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{_W_URI}}}"
MIN_HALF_POINTS = 4  # w:sz is in half-points: under 2 pt is unreadable
MAX_BASED_ON = 20  # styles followed through w:basedOn
_OFF = {"false", "0", "off"}
_T = W + "t"
_LAYOUT = {W + name for name in "tab br cr sym noBreakHyphen softHyphen ptab".split()}
_DRAWING_NAMESPACES = {
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "v": "urn:schemas-microsoft-com:vml",
}
_BEHIND_TEXT = etree.XPath(
    "//wp:anchor[@behindDoc='1' or @behindDoc='true']"
    " | //v:*[contains(translate(@style, ' ', ''), 'z-index:-')]",
    namespaces=_DRAWING_NAMESPACES,
)
# In a page header or footer, any floating drawing lies under the body's text.
_FLOATING = etree.XPath(
    "//wp:anchor | //v:*[contains(translate(@style, ' ', ''), 'position:absolute')]",
    namespaces=_DRAWING_NAMESPACES,
)
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_V = "{urn:schemas-microsoft-com:vml}"
# Effects that draw white type with a dark edge or shadow, so that it reads on white: the
# legacy toggles, and Word 2010's (a w14:textOutline may also be unfilled: see _effects).
_EDGE_TOGGLES = tuple(W + name for name in ("outline", "shadow", "emboss", "imprint"))
_EDGE_EFFECTS = tuple(_W14 + name for name in ("glow", "shadow", "reflection", "props3d"))
# Scripts that Word sets in a run's complex-script size (w:szCs): Hebrew, Arabic, Syriac,
# Thaana, N'Ko and the Indic, Thai and Lao blocks, and the Hebrew and Arabic presentation forms.
_COMPLEX_SCRIPT = regex_cache.compile(r"[\u0590-\u07ff\u0900-\u0eff\ufb1d-\ufdff\ufe70-\ufeff]")
_WHITE_THEME = {"background1", "light1"}
_DARK_THEME = {"text1", "dark1"}


@dataclass(frozen=True)
class Look:
    """What a run's properties say of its visibility; None where they say nothing."""

    hidden: bool | None = None
    colour: str | None = None  # six hex digits, "auto", or "theme" (not worked out)
    half_points: int | None = None
    complex_half_points: int | None = None  # w:szCs: the size of Hebrew, Arabic, Thai...
    complex_script: bool | None = None  # w:rtl or w:cs: the whole run in the complex size
    edged: bool | None = None  # an effect draws the type with an edge (see _EDGE_TOGGLES)
    shading: str | None = None  # what the run's own shading or highlight paints

    def over(self, base: Look) -> Look:
        """This look, with `base` where it says nothing."""
        if self is NOTHING or base is NOTHING:
            return base if self is NOTHING else self
        pairs = zip(vars(self).values(), vars(base).values(), strict=True)
        return Look(*(own if own is not None else other for own, other in pairs))

    def why_hidden(self, text: str) -> str | None:
        """Why a run with this look and `text` cannot be seen, or None."""
        if self.hidden:
            return "hidden"
        if _is_tiny(self.half_points) and not self._complex_size_shows(text):
            return "tiny"
        if _rgb_is_light(self.colour) and not self.edged:
            return "white"
        return None

    def _complex_size_shows(self, text: str) -> bool:
        """Whether the run's complex-script size applies and is readable."""
        if _is_tiny(self.complex_half_points) or self.complex_half_points is None:
            return False
        return bool(self.complex_script) or _COMPLEX_SCRIPT.search(text) is not None


def _is_tiny(half_points: int | None) -> bool:
    return half_points is not None and half_points < MIN_HALF_POINTS


NOTHING = Look()


def _on(element: Any) -> bool | None:
    if element is None:
        return None
    return element.get(W + "val", "true").lower() not in _OFF


def _colour(found: dict[Any, Any]) -> str | None:
    """The colour a w:rPr gives its type: six hex digits (a theme's white or black by name),
    "auto", or "theme" for a colour taken from the theme and not worked out here. Word draws
    the theme colour: w:val only caches what it was when the file was saved."""
    fill = found.get(_W14 + "textFill")
    if fill is not None:
        plain = fill.find(f"{_W14}solidFill/{_W14}srgbClr")
        return str(plain.get(_W14 + "val")) if plain is not None and len(plain) == 0 else "theme"
    element = found.get(W + "color")
    if element is None:
        return None
    theme = element.get(W + "themeColor")
    if theme is None:
        return str(element.get(W + "val", "auto"))
    if theme in _DARK_THEME:
        return "000000"
    if theme in _WHITE_THEME and element.get(W + "themeShade") is None:
        return "FFFFFF"
    return "theme"


def _half_points(element: Any) -> int | None:
    """A w:sz or w:szCs; None where it is missing or no size a font has (zero, negative,
    not a number), since how Word draws those is not known."""
    try:
        value = int(element.get(W + "val")) if element is not None else None
    except (TypeError, ValueError):
        return None
    return value if value is not None and value > 0 else None


def _edged(found: dict[Any, Any]) -> bool | None:
    """Whether an effect draws the type with an edge (None: nothing said)."""
    outline = found.get(_W14 + "textOutline")
    outlined = outline is not None and outline.find(_W14 + "noFill") is None
    effects = any(name in found for name in _EDGE_EFFECTS)
    return _any_said(*(_on(found.get(name)) for name in _EDGE_TOGGLES), outlined or effects or None)


def _any_said(*values: bool | None) -> bool | None:
    """Whether any of some on/off properties is on; None when none of them is said."""
    said = [value for value in values if value is not None]
    return any(said) if said else None


def _run_shading(found: dict[Any, Any]) -> str | None:
    """What a w:rPr's shading or highlight paints ("colour" if either is coloured)."""
    painted = {_shading(found.get(W + name)) for name in ("shd", "highlight")}
    return "colour" if "colour" in painted else "light" if "light" in painted else None


def look_of(properties: Any) -> Look:
    """The look a w:rPr gives (None: no properties). Its children are taken in one pass:
    this runs once per run, and each find would walk them again."""
    if properties is None:
        return NOTHING
    found = {child.tag: child for child in properties}
    return Look(
        _any_said(_on(found.get(W + "vanish")), _on(found.get(W + "specVanish"))),
        _colour(found),
        _half_points(found.get(W + "sz")),
        _half_points(found.get(W + "szCs")),
        _any_said(_on(found.get(W + "rtl")), _on(found.get(W + "cs"))),
        _edged(found),
        _run_shading(found),
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
        self.default_paragraph = self._default("paragraph")
        self.default_table = self._default("table")
        self._looks: dict[str | None, Look] = {}
        self._pairs: dict[tuple[str | None, str | None], Look] = {}
        self._shading: dict[str | None, str | None] = {}
        self._shaded_tables: dict[str | None, bool] = {}

    def _default(self, kind: str) -> str | None:
        """The id of the style Word uses for a `kind` of element that names none."""
        return next(
            (
                style_id
                for style_id, e in self._elements.items()
                if e.get(W + "type") == kind and e.get(W + "default") in ("1", "true")
            ),
            None,
        )

    def of(self, paragraph: Any, character: str | None) -> Look:
        """The look a paragraph's style and a character style give a run, over the defaults.
        Table styles are not followed. Hidden is a toggle between the two styles: set in
        both, it is off (as with bold)."""
        key = (self.paragraph_style(paragraph), character)
        if key not in self._pairs:
            own, under = self._look(character), self._look(key[0])
            look = own.over(under).over(self.default)
            if own.hidden and under.hidden:
                look = replace(look, hidden=False)
            self._pairs[key] = look
        return self._pairs[key]

    def paragraph_style(self, paragraph: Any) -> str | None:
        """The id of a w:p's style (the default paragraph style where it names none)."""
        return _style_id(paragraph, "pPr", "pStyle") or self.default_paragraph

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
    elif _theme_fill_colours(element, fill):
        return "colour"
    if fill == "auto":
        return None
    return "light" if _rgb_is_light(fill) else "colour"


def _theme_fill_colours(element: Any, fill: str) -> bool:
    """Whether a w:shd's theme fill may paint a colour. Word paints the theme colour (w:fill
    only caches it): only the theme's white, neither shaded nor standing for an automatic
    fill, is taken as light."""
    theme = element.get(W + "themeFill")
    if theme is None:
        return False
    return (
        fill == "auto" or theme not in _WHITE_THEME or element.get(W + "themeFillShade") is not None
    )


def _box_fill(box: Any) -> str:
    """What fills a text box's shape: "light" only when a light colour is named."""
    holder = box.getparent()
    shape = holder.getparent() if holder is not None else None
    if shape is None:
        return "colour"
    if shape.tag == _WPS + "wsp":
        colour = shape.find(f"{_WPS}spPr/{_A}solidFill/{_A}srgbClr")
        # a colour with modifiers (luminance, shade, transparency) is not worked out here
        plain = colour is not None and len(colour) == 0
        return "light" if plain and _rgb_is_light(colour.get("val")) else "colour"
    if shape.get("filled", "t").lower() in ("f", "false"):
        return "colour"
    fill = shape.get("fillcolor", "white")
    how = shape.find(_V + "fill")
    if how is not None:
        # a gradient, picture, pattern or see-through fill is not worked out here
        if how.get("type", "solid") != "solid" or how.get("opacity") or how.get("on"):
            return "colour"
        fill = how.get("color", fill)
    fill = fill.lstrip("#").lower()
    return "light" if fill in ("white", "fff", "ffffff") or _rgb_is_light(fill) else "colour"


_OWN_SHADING = {W + "p": "pPr", W + "tc": "tcPr", W + "tr": "tblPrEx", W + "tbl": "tblPr"}


def _under(run: Any, look: Look, styles: Styles) -> str | None:
    """What lies under a run: the first shading going outwards, or None (the page)."""
    if look.shading:
        return look.shading
    for ancestor in run.iterancestors(*_OWN_SHADING, W + "txbxContent"):
        tag = ancestor.tag
        if tag == W + "txbxContent":
            return _box_fill(ancestor)
        if tag == W + "tbl":
            table_style = _style_id(ancestor, "tblPr", "tblStyle") or styles.default_table
            if styles.shades_tables(table_style):
                return "colour"
        own = _OWN_SHADING[tag]
        found = _shading(ancestor.find(f"{W}{own}/{W}shd"))
        if found is None and tag == W + "p":
            found = styles.paragraph_shading(styles.paragraph_style(ancestor))
        if found:
            return found
    return None


# -- the pass over the runs -----------------------------------------------------------------


def white_may_show(roots: list[Any], document_root: Any) -> bool:
    """Whether white type may lie on something drawn where this pass cannot see: a page
    colour that is not plain white, a shape or picture behind the text in any story, or a
    floating one in a page header or footer (a template's coloured band often sits there,
    and Word draws the header under the body's text)."""
    if _page_coloured(document_root.find(W + "background")):
        return True
    return any(_BEHIND_TEXT(root) if root is document_root else _FLOATING(root) for root in roots)


def _page_coloured(background: Any) -> bool:
    """Whether a w:background paints the page: a colour not light, a theme colour other
    than the background's own, or a fill of its own (gradient, picture)."""
    if background is None:
        return False
    theme = background.get(W + "themeColor")
    if len(background) or (theme is not None and theme not in _WHITE_THEME):
        return True
    return not _rgb_is_light(background.get(W + "color", "FFFFFF"))


def leave_out_hidden_runs(
    root: Any, styles: Styles, white_shows: bool, tally: Counter[str]
) -> None:
    """Remove from the story under `root` the text of runs a reader cannot see, counting
    their characters (spaces aside) by reason in `tally`."""
    for run in list(root.iter(W + "r")):
        properties = run.find(W + "rPr")
        paragraph = next(run.iterancestors(W + "p"), None)
        look = look_of(properties).over(styles.of(paragraph, _value(_find(properties, "rStyle"))))
        # the text matters only to tiny type, whose script may take the complex-script size
        reason = look.why_hidden(_text_of(run) if _is_tiny(look.half_points) else "")
        if reason == "white" and (white_shows or _under(run, look, styles) == "colour"):
            reason = None
        if reason:
            dropped = _drop_text(run, reason == "hidden")
            if dropped:  # a hidden field code or a hidden space leaves out nothing
                tally[reason] += dropped


def _text_of(run: Any) -> str:
    return "".join(child.text or "" for child in run.iterchildren(_T))


def _find(properties: Any, name: str) -> Any:
    return None if properties is None else properties.find(W + name)


def _drop_text(run: Any, whole: bool) -> int:
    """Remove a hidden run's text (and its tabs and breaks, which Word hides with it), or
    make a white or tiny run's text one space; the count of non-space characters dropped."""
    dropped = 0
    for child in list(run):
        if child.tag == _T:
            text = child.text or ""
            dropped += sum(not char.isspace() for char in text)
            if whole:
                run.remove(child)
            elif text.strip():
                child.text = " "
        elif whole and child.tag in _LAYOUT:
            run.remove(child)
    return dropped
