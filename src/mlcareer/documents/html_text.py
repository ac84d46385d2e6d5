"""A web page saved as HTML (a job posting saved from a careers site or a job board), read as
the text a browser shows: headings, paragraphs and list items on lines of their own, table
cells side by side; scripts, styles, the page's head, its navigation and its buttons left out.
Python's own HTML parser does the parsing; this only lays its text out in lines."""

from __future__ import annotations

import codecs
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

from .. import regex_cache
from ..models import Document
from .cleaning import clean_text
from .job_data import job_posting, posting_body, posting_header, shows
from .left_out import hidden_text_warning
from .limits import Limits
from .readers import decode_bytes, read_bytes, refuse_misnamed

# What a browser does not show as text, or what is the site's rather than the document's; not
# the head itself, which only these are in (its end tag and the body's start may be left out)
_HIDDEN = frozenset(
    {"script", "style", "title", "noscript", "template", "svg", "math", "canvas"}
    | {"iframe", "object", "nav", "select", "button", "datalist"}
)
# Tags a browser sets apart with space around them, like a text's paragraphs
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SPACED = _HEADINGS | frozenset({"p", "ul", "ol", "dl", "table", "pre"})
# Tags that start a line of their own
_LINES = _SPACED | frozenset(
    {"address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dt"}
    | {"fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "li", "main"}
    | {"section", "summary", "tr", "caption", "tbody", "thead", "tfoot", "center"}
)
# A form's fields, each drawn as a box: the text after one is the next field's label
_FIELDS = frozenset({"input", "select", "textarea", "button"})
_CELLS = frozenset({"td", "th"})  # a table's cells, set apart by the reader's " | "
# What already parts twin elements' words, so no comma goes between them: a space ("\xa0"
# too) or a stop at the end of the one ("Python,"), a space or a stop opening the other
# (", SQL", ":", ".")
_ENDS_APART = regex_cache.compile(r"[\s,;:/(]\Z")
_OPENS_APART = regex_cache.compile(r"[\s,.;:!?)/]")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col"})
# Tags whose end tag may be left out: hiding one would hide the rest of the page
_END_OPTIONAL = frozenset(
    {"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot"}
    | {"colgroup", "html", "head", "body", "rb", "rt", "rp"}
)
# Tags never taken as hidden by their attributes: no end tag, or one that may be left out
_NEVER_CONCEALED = _VOID | _END_OPTIONAL
# An inline style that hides its element
_HIDING_STYLE = regex_cache.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
_SPACE = regex_cache.compile(r"\s+")
_JSON_LD = regex_cache.compile(r"\s*application/ld\+json\s*", re.I)
_BLANK_RUN = regex_cache.compile(r"\n{3,}")
# The ends the parser searches the rest of the page for: a tag's ">", a comment's "-->", a
# marked section's "]]>" (Office's "<![if ...]>" only needs "]>")
_COMMENT_END = regex_cache.compile(r"--!?\s*>")
_SECTION_END = regex_cache.compile(r"\]\s*\]\s*>")
_OFFICE_SECTION_END = regex_cache.compile(r"\]\s*>")
_OFFICE_SECTION = regex_cache.compile(r"<!\[(?:if|else|endif)(?![-.\w])", re.I)
_OPENERS = regex_cache.compile(r"<!--|<!\[")


class _PageText(HTMLParser):
    """Collects a page's shown text, line by line."""

    def __init__(self, keep_site: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self._keep_site = keep_site  # keep the site's own parts (see _SITE_PART)
        self.site_chars = 0  # characters of the site's own parts left out
        self.lines: list[str] = []
        self._words: list[str] = []
        self._hidden = 0  # depth inside tags whose text is not shown
        self._preformatted = 0
        self._cells = 0  # cells started on the current table row
        self._lists = 0  # depth inside lists
        self._in_item = False  # inside a list item: its paragraphs are its lines, not spaced
        self._bullet = False  # a list item's mark, set before its first words
        self._concealed: str | None = None  # the tag of the hidden element the parser is in
        self._concealed_depth = 0  # ... and how deep in elements of that tag
        self._how = ""  # ... and how it is hidden
        self.left_out: Counter[str] = Counter()  # characters of hidden elements, by how
        self.data_scripts: list[str] = []  # the page's JSON-LD, for its job posting's data
        self._data_script: list[str] | None = None  # ... the one the parser is in
        self._content = 0  # depth inside the page's article or main element
        self._classes: dict[str, str] = {}  # each inline tag's class where it last opened
        self._just_ended: tuple[str, str] | None = None  # an inline element, nothing after yet
        self._comma_pending = False  # ... and its twin opened right after it

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """A "<![keyword[ ... ]]>" section; one of a keyword the parser does not know, which
        it would stop at with an error, is skipped whole."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = _SECTION_END.search(self.rawdata, i + 3)
            return -1 if end is None else end.end()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._hidden = 0  # a title or a script left open in the head ends here
        if tag in _FIELDS and not (self._hidden or self._concealed) and _shown_field(attrs):
            self._end_line()
        if tag in _HIDDEN:
            self._hidden += tag not in _VOID
            if tag == "script" and _JSON_LD.fullmatch(dict(attrs).get("type") or ""):
                self._data_script = []
            return
        if self._hidden:
            return
        if self._concealed:
            self._concealed_depth += tag == self._concealed
            return
        if tag not in _NEVER_CONCEALED and (how := self._left_out_by(attrs, tag)):
            self._concealed, self._concealed_depth, self._how = tag, 1, how
            return
        if tag not in _LINES and tag not in _VOID:
            self._part_from_its_twin(tag, dict(attrs).get("class") or "")
        self._start(tag)

    def _part_from_its_twin(self, tag: str, css_class: str) -> None:
        """A comma between inline elements of one tag and class with nothing between them,
        which a page draws as boxes of their own: a skill's tags ("R", "Stan"). Not where a
        space ends the one or opens the other (a word processor's runs of text: "Machine"
        and "&nbsp;learning"), nor between a table's cells; the next text decides."""
        self._classes[tag] = css_class
        ended = self._just_ended == (tag, css_class) and tag not in _CELLS
        words = "".join(self._words[-1:])
        self._comma_pending = (
            bool(css_class) and ended and bool(words) and not _ENDS_APART.search(words[-1])
        )
        self._just_ended = None

    def _left_out_by(self, attrs: list[tuple[str, str | None]], tag: str) -> str | None:
        """How an element's attributes hide it from a reader, else _SITE_PART for the
        site's own part of the page (a footer outside its article), else None."""
        if how := _hidden_by(attrs):
            return how
        if self._keep_site:
            return None
        chrome = tag in _PAGE_CHROME and not self._content
        return _SITE_PART if chrome or _site_part(attrs) else None

    def _start(self, tag: str) -> None:
        self._content += tag in _CONTENT
        if tag == "br":
            self._end_line()
        elif tag in _LINES:
            self._end_line(blank=self._spaced(tag))
        if tag in _HEADINGS:
            self._bullet = False  # an item that holds a heading is a card, not a bullet
        if tag == "li":
            self._in_item = self._bullet = True
        elif tag in ("ul", "ol"):
            self._lists += 1
            self._in_item = False
        elif tag == "tr":
            self._cells = 0
        elif tag in ("td", "th"):
            if self._cells and "".join(self._words).strip():
                self._words.append(" | ")  # a cell beside the one before on its line
            self._cells += 1
        elif tag == "pre":
            self._preformatted += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
            if tag == "script" and self._data_script is not None:
                self.data_scripts.append("".join(self._data_script))
                self._data_script = None
            return
        if self._hidden:
            return
        if self._concealed:
            if tag == self._concealed:
                self._concealed_depth -= 1
                self._concealed = self._concealed if self._concealed_depth else None
            return
        if tag in _CONTENT:
            self._content = max(0, self._content - 1)
        if tag in ("ul", "ol"):
            self._lists = max(0, self._lists - 1)
            self._in_item = self._lists > 0  # a list inside an item ends in that item
        if tag in _LINES:
            self._end_line(blank=self._spaced(tag))
        if tag == "li" or (tag in ("ul", "ol") and not self._lists):
            self._in_item = False
        if tag in ("li", "ul", "ol"):
            self._bullet = False
        if tag == "pre":
            self._preformatted = max(0, self._preformatted - 1)
        self._just_ended = None if tag in _LINES else (tag, self._classes.get(tag, ""))

    def _spaced(self, tag: str) -> bool:
        """Whether the tag sets its block apart with a blank line: not a paragraph inside a
        list item, nor a list inside another."""
        if tag in ("ul", "ol"):
            return not self._lists
        return tag in _SPACED and not (self._in_item and tag == "p")

    def handle_data(self, data: str) -> None:
        if self._data_script is not None:
            self._data_script.append(data)
        if self._hidden:
            return
        if self._concealed:
            if self._how == _SITE_PART:
                self.site_chars += len(data.strip())
            else:
                self.left_out[self._how] += len(data.strip())
            return
        self._just_ended = None
        if self._comma_pending and data and not _OPENS_APART.match(data):
            self._words.append(", ")
        self._comma_pending = False
        if self._bullet and data.strip():
            self._words.append("- ")
            self._bullet = False
        if not self._preformatted:
            self._words.append(_SPACE.sub(" ", data))
            return
        first, *others = data.split("\n")
        self._words.append(first)
        for line in others:
            self._end_line()
            self._words.append(line)

    def _end_line(self, blank: bool = False) -> None:
        self._just_ended = None
        line = "".join(self._words).strip()
        self._words = []
        if line:
            self.lines.append(line)
        if blank and self.lines and self.lines[-1]:
            self.lines.append("")

    def text(self) -> str:
        self.close()
        self._end_line()
        return _BLANK_RUN.sub("\n\n", "\n".join(self.lines)).strip() + "\n"


def _shown_field(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether a form's field is drawn: not an input of type "hidden"."""
    return (dict(attrs).get("type") or "").strip().lower() != "hidden"


def _hidden_by(attrs: list[tuple[str, str | None]]) -> str | None:
    """How an element's attributes hide it from a reader: the `hidden` attribute or an inline
    style; None when they do not."""
    for name, value in attrs:
        if name == "hidden":
            return "in elements marked hidden"
        if name == "style" and value and _HIDING_STYLE.search(value):
            return "in elements styled not to show"
    return None


# The site's own parts of a page, left out without a warning: its breadcrumb trail, its cookie
# banner, its navigation by role, and copies set aside from screen readers (aria-hidden: a
# mobile menu, an icon's glyph, text a screen reader is given in other words)
_SITE_PART = "the site's own"
# ... its footer, outside the article or main element that holds the posting (an article's
# own footer may close the posting: "Apply by 30 June"); not a sidebar, where a job board
# may set the posting's overview (years, place, pay)
_PAGE_CHROME = frozenset({"footer"})
_CONTENT = frozenset({"article", "main"})
_SITE_CLASS = regex_cache.compile(r"breadcrumb|cookie|consent|onetrust|gdpr", re.I)
_NAMING = frozenset({"id", "class", "aria-label"})
_SITE_SHARE = 4  # ... unless they hold this many times the text of the rest


# A panel of the page's content, which an accordion or tabs set aside from screen readers
# while it is collapsed: the posting's, not a copy
_PANEL_ROLES = frozenset({"region", "tabpanel"})


def _site_part(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes mark it as the site's own part of the page."""
    for name, value in attrs:
        value = (value or "").strip()
        if (name, value.lower()) == ("aria-hidden", "true") and not _a_panel(attrs):
            return True
        if (name, value.lower()) == ("role", "navigation"):
            return True
        if (name in _NAMING or name.startswith("data-")) and _SITE_CLASS.search(value):
            return True
    return False


def _a_panel(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element is a labelled panel of the page's content (see _PANEL_ROLES)."""
    return any(
        name == "aria-labelledby" or (name == "role" and (value or "").lower() in _PANEL_ROLES)
        for name, value in attrs
    )


def page_text(markup: str) -> str:
    """The text a browser shows for `markup`, in lines."""
    return shown_and_hidden(markup)[0]


def shown_and_hidden(markup: str) -> tuple[str, Counter[str]]:
    """The text a browser shows for `markup`, in lines, and the characters of the elements it
    hides, by how they are hidden."""
    parser, shown = _parsed(markup)
    return shown, parser.left_out


def _parsed(markup: str) -> tuple[_PageText, str]:
    """The parser that read `markup`, and the text it shows. The site's own parts are left
    out unless they hold several times the text of the rest: a page saved with a dialog open
    may mark all the rest aria-hidden."""
    markup = _unended_as_text(markup)
    parser = _PageText()
    parser.feed(markup)
    shown = parser.text()
    if parser.site_chars > _SITE_SHARE * len(shown):
        parser = _PageText(keep_site=True)
        parser.feed(markup)
        shown = parser.text()
    return parser, shown


FROM_DATA = "the page does not show its job posting: read from the posting's data (JSON-LD)"


def posting_page(markup: str) -> tuple[str, Counter[str], list[str]]:
    """A saved posting's text, the characters hidden from its reader, and warnings. A page
    drawn by JavaScript may show little or nothing of the posting its data (a JSON-LD
    JobPosting) holds: when the page shows neither most of the data's description nor more
    words than it, the posting's text is laid out from the data instead (what little the page
    shows, "Loading...", its title again, is left out)."""
    parser, shown = _parsed(markup)
    posting = job_posting(parser.data_scripts)
    if posting is None:
        return shown, parser.left_out, []
    body = posting_body(posting, page_text)
    if shows(shown, body):
        return shown, parser.left_out, []
    return data_posting_text(posting, body), parser.left_out, [FROM_DATA]


def data_posting_text(posting: dict[str, Any], body: str | None = None) -> str:
    """A JobPosting's data laid out as a posting's text: its header's lines, then its body
    (`body`, when already laid out)."""
    if body is None:
        body = posting_body(posting, page_text)
    return f"{posting_header(posting)}\n\n{body}\n"


def _unended_as_text(markup: str) -> str:
    """`markup` with the "<" of each comment, marked section or tag that never ends written as
    text, which the parser shows them as anyway: it would search the rest of the page for the
    end of each, and a page of them would take quadratic time."""
    comments, sections = _last_end(_COMMENT_END, markup), _last_end(_SECTION_END, markup)
    office_sections = _last_end(_OFFICE_SECTION_END, markup)

    def unended(opener: re.Match[str]) -> str:
        at = opener.start()
        if opener.group() == "<!--":
            ends = comments
        else:
            ends = office_sections if _OFFICE_SECTION.match(markup, at) else sections
        return "&lt;" + opener.group()[1:] if at >= ends else opener.group()

    markup = _OPENERS.sub(unended, markup)
    tail = markup.rfind(">") + 1  # no tag opened after the last ">" ends
    return markup[:tail] + markup[tail:].replace("<", "&lt;")


def _last_end(pattern: re.Pattern[str], markup: str) -> int:
    """Where the last match of `pattern` in `markup` ends; -1 without one."""
    last = -1
    for found in pattern.finditer(markup):
        last = found.end()
    return last


# A doctype or an <html> tag opening the text, perhaps after an XML declaration or comments
# ("<!-- saved from url=... -->", as browsers note where a page was saved from)
_PAGE_START = regex_cache.compile(
    r"\s*(?:(?:<\?xml[^>]{0,200}>|<!--[\s\S]{0,500}?-->)\s*)*<(?:!doctype\s+html|html)\b", re.I
)
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def looks_like_html(raw: bytes) -> bool:
    """Whether piped bytes are a web page: a doctype or an <html> tag at their start, after
    the byte-order mark if any."""
    head, codec = raw[:1024], "latin-1"
    for mark, marked in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            head, codec = head[len(mark) :], marked
            break
    return _PAGE_START.match(head.decode(codec, errors="ignore")) is not None


def read_html(path: Path, limits: Limits) -> Document:
    """A saved web page's shown text, repaired like a text file's (offsets are into it)."""
    warnings: list[str] = []
    markup = _decoded(path, limits.max_bytes, warnings)
    shown, hidden, notes = posting_page(markup)
    warnings.extend(notes)
    warnings.extend(hidden_text_warning(hidden))
    text, edits = clean_text(shown, warnings, limits)
    kind: Literal["posting"] | None = "posting" if FROM_DATA in notes else None
    return Document(
        path=str(path), format="html", text=text, warnings=warnings, edits=edits, kind=kind
    )


# The charset a page declares in its first bytes: <meta charset="koi8-r">, or http-equiv's
# "text/html; charset=windows-1251"
_DECLARED_CHARSET = regex_cache.compile(
    r"<meta\b[^>]{0,200}?charset\s*=\s*[\"']?([\w.:-]{1,40})", re.I
)


def _decoded(path: Path, limit: int, warnings: list[str]) -> str:
    """The page's text: UTF-8 when its bytes are, else in the charset it declares when Python
    knows it, else as a text file is decoded (Windows-1252 with a warning)."""
    raw, more = read_bytes(path, limit)
    refuse_misnamed(path, raw)
    declared = _DECLARED_CHARSET.search(raw[:2048].decode("latin-1"))
    codec = _codec(declared.group(1)) if declared else None
    if codec is not None and codec != "utf-8":
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode(codec, errors="replace")
    return decode_bytes(path, raw, warnings, complete=not more)


def _codec(name: str) -> str | None:
    """Python's name for a charset a page names; None when Python does not know it."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
