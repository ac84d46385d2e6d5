"""Repairs of a document's text (bounded size, line ends, no control or invisible characters,
no overlong lines) and the record of them, so that offsets into the repaired text can be given
as offsets into the text the reader decoded, which for a UTF-8 .txt file is its content
(CONTRACT.md: content[start:end] == text)."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from itertools import accumulate

from .. import regex_cache
from .homoglyphs import latin_lookalikes
from .hyphens import TextLineBreaks
from .limits import Limits

# One repair: at this offset of the repaired text, `added` characters (0: none) stand where the
# decoded text had `removed`. Sorted by offset; a removal comes before a replacement there.
Edit = tuple[int, str, int]


def swap_characters(
    text: str, edits: list[Edit], positions: list[int], new: str, old: str
) -> tuple[str, list[Edit]]:
    """The text with the `old` character at each of `positions` made `new` (a space a line
    break, or the reverse); the edits with each swap recorded, so offsets still map to the
    file. A position that already stands for another character keeps its own edit."""
    if not positions:
        return text, edits
    chars = list(text)
    for at in positions:
        chars[at] = new
    told = {at for at, _, added in edits if added}
    swapped = [(at, old, 1) for at in positions if at not in told]
    return "".join(chars), sorted([*edits, *swapped], key=lambda edit: (edit[0], edit[2]))


# Terminal escape sequences (ECMA-48), whole: removing ESC alone leaves "[31m" stuck to the next
# word. CSI (ESC [ or U+009B) parameters, intermediates and a final byte; control strings (OSC,
# DCS, SOS, PM, APC) up to BEL or ST, or the line's end when unended, as a terminal hides them;
# any other ESC with its intermediates and final byte (ESC ( B, ESC 7).
_ESCAPE = (
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    # 8-bit openers only when ended: in text misread as Latin-1 they are letters ("ť", "ž")
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
# C0 and C1 controls but tab and newline: NUL, a stray ESC, NEL (U+0085)...
# The letters of Chinese, Japanese (kana) and Korean, for a character class: where a heading's
# label, a date's neighbour or a degree's word may stand
EAST_ASIAN_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
EAST_ASIAN_LETTER = regex_cache.compile(f"[{EAST_ASIAN_LETTERS}]")  # one of them
_CONTROL = r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]"
# A form feed: a page break, as pdftotext and printouts end each page with; no stray control
_PAGE_BREAK = "\x0c"
_INVISIBLE = r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
# The zero-width non-joiner beside an Arabic-script letter is Persian spelling ("مهارت‌ها",
# skills; "می‌شود"; "Kubernetes‌ها"), not hidden text: removed like the others, without a
# warning
_PERSIAN_JOINER = r"(?<=[\u0600-\u06ff])\u200c|\u200c(?=[\u0600-\u06ff])"
# Spaces other than the plain one (no-break, thin, ideographic...): read as plain spaces, one
# for one, so "Python,\u00a0SQL" is a list like "Python, SQL" and offsets do not move.
_SPACE = r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# Unicode's hyphen and no-break hyphen (a word processor's, pasted from one or typed with
# Ctrl+Shift+-): read as plain hyphens, one for one, so "scikit\u2011learn" is the skill and
# "2017\u20112020" a range of years.
_HYPHEN = r"[\u2010\u2011]"
# A hyphen that ends a line between letters, as pdftotext gives LaTeX's hyphenation ("Kuber-"
# then "netes"): the line break goes, and the hyphen too where the typesetter put it
# (hyphens.py), as a PDF's are read.
_LINE_END_HYPHEN = r"(?<=[^\W\d_])[-\u2010]\n(?=[^\W\d_])"
# HTML character references left in text copied from a web page ("R&amp;D", "Python &amp;
# SQL", "&nbsp;"): read as the characters they stand for, as a browser shows them.
_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
# HTML tags left in text scraped from a web page ("<br>", "<b>Qualifications</b>",
# "<li>Python</li>"): a block's tag breaks the line, as a browser shows it, a list item's
# opens a bullet, a table cell's a tab ("<td>SQL</td><td>4</td>": "SQL<tab>4") and an inline
# tag is dropped, as is a comment, whose line breaks stay so that the lines below keep their
# numbers; a comment ends before the next "<!--", so that openers never closed cost one look
# each. Only HTML's names, so "vector<int>" stays. A '>' inside a quoted attribute value
# ('data-note="a > b"') does not end the tag.
_BLOCK_TAGS = (
    "br|p|div|ul|ol|dl|dt|dd|h[1-6]|tr|table|tbody|thead|caption|hr|section|article|header"
    "|footer|nav|main|aside|blockquote|pre|figure|figcaption|address|center|html|head|body"
    "|title|details|summary"  # a Notion toggle: its title in <summary> is a line of its own
)
# Elements a browser never shows as text: a saved page's scripts and styles go, contents and all
_HIDDEN_TAGS = "script|style|noscript|template"
_INLINE_TAGS = "b|strong|i|em|u|span|a|font|small|sup|sub|code|label|abbr|time|mark|img|kbd|cite"
_ATTRIBUTES = r"""(?:\s(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|[^<>"'\n]){0,200})?"""
_TAG = (
    rf"<(?P<hidden>{_HIDDEN_TAGS})\b{_ATTRIBUTES}>[\s\S]{{0,20000}}?</(?P=hidden)\s*>"
    rf"|</?(?:li|td|th|{_BLOCK_TAGS}|{_INLINE_TAGS}){_ATTRIBUTES}\s*/?>"
    r"|<!--(?:[^<]|<(?!!--)){0,5000}?-->"
)
# A Markdown link, "[Hugging Face](https://huggingface.co)": its label reads as text and its
# address in brackets after it, "Hugging Face (https://huggingface.co)", so that the label is
# not glued to the address. Only links to an address (http, https, mailto, www): "[2019]" and
# code such as "arr[i](x)" stay. The opening "[" goes and the "]" becomes a space, so offsets
# into the label are the file's own.
# An image's alt text reads as a link's label, its "!" gone with the "[": a README's badge,
# "![PyTorch](https://img.shields.io/badge/PyTorch-2.1-orange)", names what it shows; right
# after a word, a space parts them ("Python![badge](...)" reads "Python badge (...)").
# A reference link, "[PyTorch][pt]" with "[pt]: https://pytorch.org" below, reads the same
# way, "PyTorch [pt]"; not after a word or a bracket, so code such as "m[i][j]" stays.
_LINK_ADDRESS = r"\((?:https?://|mailto:|www\.)[^\s()]{1,500}\)"
_LINK_REFERENCE = r"\[[^\[\]\s][^\[\]\n]{0,99}\]"
_LINK_OPEN = (
    rf"!?\[(?=[^\[\]\n]{{1,200}}\]{_LINK_ADDRESS})"
    rf"|(?<![\w\]])!?\[(?=[^\[\]\s][^\[\]\n]{{0,199}}\]{_LINK_REFERENCE})"
)
_LINK_CLOSE = rf"\](?={_LINK_ADDRESS}|{_LINK_REFERENCE})"
# Markdown emphasis, "**Skills**", "_January 2021 – Present_", "*Airflow*": its marks go, so
# that a date, a degree or a skill reads as if typed plainly. An opening mark stands after no
# word, mark or backslash and before a word; its closing twin ends on the same line, after
# something other than a space and before no word: "2*3*4", "feature_store", "* a bullet" and
# "***" stay. The opener's lookahead finds where its closer is (group "closer").
_EMPHASIS_OPEN = (
    r"(?<![\w*\\])(?P<mark>\*\*|\*|__|_)"
    r"(?=[^\s*_](?:[^\n]{0,300}?[^\s\\])??(?P<closer>(?P=mark))(?![\w*]))"
)
_EMPHASIS_CLOSE = r"(?<=[^\s\\])(?:\*\*|\*|__|_)"
# Forum and chat markup (BBCode), "[b]JAX[/b]", "[bold]JAX", "[color=red]Keras[/color]",
# "[list][*]SQL[/list]", "[url=https://a.io]Acme[/url]", "[quote]...[/quote]": its
# tags go as emphasis marks do. An opening tag stands after no word or bracket ("arr[i]",
# "m[i][j]" stay); one of a letter needs its closing twin on the same line, as "[b]" may
# letter a list's item. A closing tag is markup wherever it stands.
_BBCODE_LETTERS = r"b|i|u|s"
_BBCODE_WORDS = (
    r"bold|italic|underline|strike|em|strong|code|highlight|colou?r|size|font|list|\*|url|quote"
    r"|img|center|table|tr|td|th|li|ul|ol|h[1-6]|spoiler|indent"
)
_BBCODE_OPEN = (
    rf"(?i:(?<![\w\]])\[(?:(?:{_BBCODE_WORDS})(?:=[^\[\]\n]{{1,40}})?\]"
    rf"|(?P<bb_letter>{_BBCODE_LETTERS})\](?=[^\n]{{0,300}}?\[/(?P=bb_letter)\])))"
)
_BBCODE_CLOSE = rf"(?i:\[/(?:{_BBCODE_LETTERS}|{_BBCODE_WORDS})\])"
# A static site's front matter at the very start of a Markdown file ("---", then "title:
# CV", "tags: [ml]"... then "---" or "..."): the page's settings, never shown on it, read as
# blank lines. Only lines YAML would hold (keys, list items, indented values, comments, blank
# lines), so that rules around a name ("---" / "Jane Doe" / "---") stay text; a key first, and
# keys in lower case as site generators write them, so that a typed resume's "Name: Jane Doe"
# / "Skills: Python" or bullets between two rules stay text too.
_FRONT_MATTER_FENCE = r"(?:---|\.\.\.)[ \t]*(?:\n|\Z)"
_FRONT_MATTER_KEY = r"[a-z_][\w.-]*[ \t]*:(?:[ \t][^\n]*)?"
_FRONT_MATTER = regex_cache.compile(
    rf"(?P<front_matter>---[ \t]*\n{_FRONT_MATTER_KEY}\n"
    rf"(?:(?!{_FRONT_MATTER_FENCE})(?:{_FRONT_MATTER_KEY}|[ \t#-][^\n]*|)\n){{0,99}}"
    rf"{_FRONT_MATTER_FENCE})"
)
_BLOCK_TAG = regex_cache.compile(rf"</?(?:{_BLOCK_TAGS}|{_HIDDEN_TAGS})\b", re.I)
_ITEM_TAG = regex_cache.compile(r"<li\b", re.I)
_CELL_TAG = regex_cache.compile(r"<t[dh]\b", re.I)
_ROW_END = regex_cache.compile(r"</tr\b", re.I)
# Ligatures typeset as one character ("ﬁ", "ﬂ", "ﬃ"), as text copied from a LaTeX PDF has
# them: read as their letters, so that "ﬁne-tuning" and "Airﬂow" are words again.
_LIGATURE = r"[\ufb00-\ufb06]"
# Letters styled by a font generator or a template, as headings and names are set in some
# builders' exports: small capitals ("ᴇxᴘᴇʀɪᴇɴᴄᴇ") and mathematical bold, italic or
# sans-serif letters and digits ("𝐒𝐊𝐈𝐋𝐋𝐒"). Read one for one as the plain letters they show.
_SMALL_CAPITALS = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ"
_PLAIN_OF_SMALL = str.maketrans(_SMALL_CAPITALS, "abcdefghijklmnoprstuvwyz")
_STYLED = rf"[{_SMALL_CAPITALS}\U0001d400-\U0001d7ff]"
# Full-width letters, digits and punctuation, as Chinese, Japanese and Korean typing gives
# them ("ＡＷＳ", "２０１９年４月", "（", "："), and the ideographic comma, full stop and wave
# dash ("Python、SQL", "2019年4月〜現在"): read one for one as their plain twins.
_WIDE = "[\uff01-\uff5e\u3001\u3002\u301c]"
_PLAIN_OF_WIDE = str.maketrans(
    {chr(0xFF01 + n): chr(0x21 + n) for n in range(94)} | {"、": ",", "。": ".", "〜": "~"}
)
# Arabic-Indic and Eastern Arabic-Indic (Persian, Urdu) digits, as Arabic text writes dates
# ("٢٠١٩ - ٢٠٢١", "۲۰۱۹"), and the Arabic comma, semicolon and percent sign ("Python، SQL"):
# read one for one as their plain twins.
_ARABIC = "[\u0660-\u066a\u06f0-\u06f9\u060c\u061b]"
_PLAIN_OF_ARABIC = str.maketrans(
    {chr(0x0660 + n): str(n) for n in range(10)}
    | {chr(0x06F0 + n): str(n) for n in range(10)}
    | {"\u066a": "%", "\u060c": ",", "\u061b": ";"}
)
# An icon font's glyph (private use: Font Awesome as LaTeX and builder templates set it before
# a phone number, an e-mail address or a GitHub name) shows no text: read as a space, one for
# one. The bullets Word draws from its Symbol and Wingdings fonts stay: they mark list items.
_WORD_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06c\uf06e\uf071\uf0a8"
_ICON = rf"(?:(?![{_WORD_BULLETS}])[\ue000-\uf8ff]|[\U000f0000-\U000ffffd\U00100000-\U0010fffd])"
_ICON_START = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
# A soft hyphen marks where a word may break and is not shown inside a line: "Kuber\u00adnetes"
# is one word. Removed without a warning, as it is ordinary in word-processor text.
_SOFT_HYPHEN = "\u00ad"
# UTF-8 read as Windows-1252 or Latin-1 ("mojibake"), as text scraped from job sites has it:
# "â€¢" or "â\x80¢" is "•", "â€™" is "’", "Ã©" is "é", "ï‚·" a Word bullet, "Â\xa0" a
# no-break space. The lead bytes of letters with accents (U+0080-U+017F), punctuation and
# symbols (U+2000-U+2FFF), private-use bullets and emoji, each with its continuation bytes,
# tried as UTF-8 (_unmangled); the bullet whose middle byte (a C1 control) was dropped,
# "â¢"; and a stray "Â" before a space, the no-break space it stood before made plain.
_CONTINUATION = (
    "[\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]"
)
_MOJIBAKE = (
    f"[\u00c2-\u00c5]{_CONTINUATION}|[\u00e2\u00ef]{_CONTINUATION}{{2}}"
    f"|\u00f0{_CONTINUATION}{{3}}|\u00e2\u00a2|\u00c2+(?=[ \t\n]|$)"
)
_REMOVED = regex_cache.compile(
    f"(?P<mojibake>{_MOJIBAKE})"
    f"|(?P<control>(?:{_ESCAPE}|{_CONTROL})+)|(?P<page_break>{_PAGE_BREAK})"
    f"|(?P<joiner>{_PERSIAN_JOINER})"
    f"|(?P<invisible>{_INVISIBLE}+)|(?P<space>{_SPACE}+)"
    f"|(?P<line_end_hyphen>{_LINE_END_HYPHEN})|(?P<hyphen>{_HYPHEN}+)"
    f"|(?P<entity>{_ENTITY})|(?P<ligature>{_LIGATURE}+)|(?P<styled>{_STYLED}+)"
    f"|(?P<arabic>{_ARABIC}+)"
    f"|(?P<wide>{_WIDE})"  # one edit each: a word inside a run maps back to its own letters
    f"|(?P<soft>{_SOFT_HYPHEN}+)|(?P<icon>{_ICON}+)"
    f"|(?P<tag>(?i:{_TAG}))|(?P<bbcode_open>{_BBCODE_OPEN})|(?P<bbcode_close>{_BBCODE_CLOSE})"
    f"|(?P<link_open>{_LINK_OPEN})|(?P<link_close>{_LINK_CLOSE})"
    f"|(?P<emphasis_open>{_EMPHASIS_OPEN})|(?P<emphasis_close>{_EMPHASIS_CLOSE})"
)
# A character that each of those starts with (ESC, the 8-bit openers and U+009B are controls):
# most documents have none, and scanning for one character of a set costs a fiftieth of the
# search above. A character of the set may open no repair (an "*" that opens no emphasis).
_REMOVED_START = regex_cache.compile(
    f"[{_CONTROL[1:-1]}{_PAGE_BREAK}{_INVISIBLE[1:-1]}{_SPACE[1:-1]}{_HYPHEN[1:-1]}\\-&<{_LIGATURE[1:-1]}"
    f"{_STYLED[1:-1]}{_WIDE[1:-1]}{_ARABIC[1:-1]}"
    f"{_SOFT_HYPHEN}{_ICON_START}"
    "\u00c2-\u00c5\u00e2\u00ef\u00f0\\[\\]*_!]"
)
# Half of a UTF-16 pair standing alone, as a JSON escape ("\\ud800") may give: no character,
# which no UTF-8 output can write; read as the replacement character, one for one
_LONE_SURROGATE = regex_cache.compile(r"[\ud800-\udfff]")
_UNSEEN = regex_cache.compile(f"{_CONTROL}|{_PAGE_BREAK}|{_INVISIBLE}|{_SOFT_HYPHEN}")
_REPLACED = (
    "front_matter",
    "page_break",
    "image_part",
    "mojibake",
    "space",
    "hyphen",
    "icon",
    "entity",
    "ligature",
    "styled",
    "wide",
    "arabic",
    "tag",
    "link_open",
    "link_close",
    "emphasis_open",
    "emphasis_close",
    "bbcode_open",
    "bbcode_close",
)


def clean_text(text: str, warnings: list[str], limits: Limits) -> tuple[str, list[Edit]]:
    """Keep at most max_chars, unify line ends, drop characters that are never content (NUL,
    escape sequences, bidi controls...) and split overlong lines. Also the edits made after
    the line ends were unified: offsets are kept into text that reads CRLF as LF, as Python
    reads a text file."""
    if len(text) > limits.max_chars:  # first, so that the work below is bounded
        text = text[: limits.max_chars]
        warnings.append(f"kept the first {limits.max_chars:,} characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text, removals = _remove_unseen(text, warnings)
    text, cuts, cut_lines = _split_long_lines(text, limits.max_line_chars)
    if cut_lines:
        warnings.append(
            f"split {cut_lines} line(s) longer than {limits.max_line_chars:,} characters"
        )
    text, edits = _in_latin(text, _merge(removals, cuts))
    return _without_copyright(*_unnumbered_thread(*_unquoted(text, edits)))


# A copyright notice, a site's or a document's footer: "© 2019-2026 Jane Doe. Hosted on
# Netlify", "Copyright 2024 Acme", "(c) 2023 Jane Doe"; its years are no dates of work and
# what it names is no skill. Not "(c) Python" (a list's third item) nor "copyright law", nor
# "(c) 2019 certified Scrum Master" (a lower-case word after the year: a list's item; not a
# footer's "built with", "hosted on", "all rights reserved").
_COPYRIGHT_LINE = regex_cache.compile(
    r"^[ \t]*©[ \t]*[A-Z][^\n]*|^[^\n©]{0,80}©[ \t]*(?:19|20)\d\d\b[^\n]*"
    r"|^[ \t]*(?i:copyright)[ \t]*(?:\((?i:c)\)[ \t]*)?(?:19|20)\d\d\b[^\n]*"
    r"|^[ \t]*(?P<lettered>\((?i:c)\))[ \t]*(?:19|20)\d\d\b"
    r"(?![ \t]+(?!(?:by|built|powered|hosted|made|designed|all|site|theme)\b)[a-z])[^\n]*",
    re.M,
)
# The item before a lettered "(c)": "(b) 2018 Google Analytics" on the line above
_ITEM_B_BEFORE = regex_cache.compile(r"(?:^|\n)[ \t]*\((?i:b)\)[^\n]*\n[ \t]*\Z")


def _a_lettered_item(text: str, notice: re.Match[str]) -> bool:
    """A "(c)" line after a "(b)" line: the third item of a lettered list, no notice."""
    start = notice.start()
    return notice.group("lettered") is not None and bool(
        _ITEM_B_BEFORE.search(text, max(0, start - 200), start)
    )


def _without_copyright(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """The text with each copyright notice's line read as blanks, one for one."""
    if "©" not in text and "(c)" not in text.lower() and "opyright" not in text.lower():
        return text, edits
    chars = list(text)
    told = {at for at, _, added in edits if added}
    swapped: list[Edit] = []
    for notice in _COPYRIGHT_LINE.finditer(text):
        if _a_lettered_item(text, notice):
            continue
        for at in range(*notice.span()):
            if not chars[at].isspace():
                if at not in told:
                    swapped.append((at, chars[at], 1))
                chars[at] = " "
    if not swapped:
        return "".join(chars), edits
    return "".join(chars), sorted([*edits, *swapped], key=lambda edit: (edit[0], edit[2]))


# An e-mail's quote marks opening a line ("> Requirements:", ">> - Python", "> > Nice to have"),
# as a reply or a forward sets the message it quotes
_QUOTE_MARKS = regex_cache.compile(r"^[ \t]{0,3}>(?:[ \t]?>)*", re.M)


def _unquoted(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """The text with the quote marks of two or more quoted lines in a row read as blanks, one
    for one, so that a forwarded posting keeps its headings and list items; a lone line opened
    by ">" ("> 5 years of Python", more than five) keeps it."""
    if ">" not in text:
        return text, edits
    positions: list[int] = []
    run: list[re.Match[str]] = []
    for found in _QUOTE_MARKS.finditer(text):
        if run and text.count("\n", run[-1].end(), found.start()) != 1:
            positions += _marks_of(run)
            run = []
        run.append(found)
    positions += _marks_of(run)
    return swap_characters(text, edits, positions, " ", ">")


def _marks_of(run: list[re.Match[str]]) -> list[int]:
    """Where the ">" of a run of quoted lines stand; none for a run of one line, nor for a
    list bulleted with ">" (a run that is no quoted message: _A_MESSAGES_LINE)."""
    if len(run) < 2 or not any(
        _A_MESSAGES_LINE.match(found.string, found.start()) for found in run
    ):
        return []
    return [found.start() + at for found in run for at, c in enumerate(found.group()) if c == ">"]


# What only a quoted message holds among its lines: an empty quoted line, a quote inside the
# quote ("> >"), a heading's colon ("> Requirements:"); a resume bulleted with ">" ("> Python",
# "> Leadership") holds none of them
_A_MESSAGES_LINE = regex_cache.compile(r"[ \t]{0,3}>(?:[ \t]*(?:$|>)|[^\n]*:[ \t]*$)", re.M)


# A thread's post numbers opening its lines ("1/5 We're hiring", "2/5 Looking for..."): the
# post's place in the thread, then its words (not a range, nor a date's dash)
_THREAD_NUMBER = regex_cache.compile(r"^[ \t]*(\d{1,2})/(\d{1,2})(?=[ \t]+[^\W\d_])", re.M)


def _unnumbered_thread(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """The text with a thread's post numbers read as blanks, one for one: numbers 1/n, 2/n...
    rising, at least two, each no more than n; else as it was ("1/20 to 3/20 Intern")."""
    if "1/" not in text:  # a thread's first post is numbered 1/n
        return text, edits
    numbers = list(_THREAD_NUMBER.finditer(text))
    if len(numbers) < 2 or not _a_thread([(int(m[1]), int(m[2])) for m in numbers]):
        return text, edits
    by_character: dict[str, list[int]] = {}
    for number in numbers:
        for at in range(number.start(1), number.end(2)):
            by_character.setdefault(text[at], []).append(at)
    for character, positions in by_character.items():  # a digit or the slash, each swapped once
        text, edits = swap_characters(text, edits, positions, " ", character)
    return text, edits


def _a_thread(numbers: list[tuple[int, int]]) -> bool:
    """Post numbers of one thread: 1/n first, each the one before it plus one, up to n."""
    total = numbers[0][1]
    return all(place == at + 1 and of == total for at, (place, of) in enumerate(numbers)) and (
        len(numbers) <= total
    )


def _in_latin(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """The text with Cyrillic lookalikes inside Latin words read as Latin ("Сloud", "С++")."""
    found = latin_lookalikes(text)
    for latin, cyrillic in set(found.values()):
        positions = [at for at, pair in found.items() if pair == (latin, cyrillic)]
        text, edits = swap_characters(text, edits, positions, latin, cyrillic)
    return text, edits


def _remove_unseen(text: str, warnings: list[str]) -> tuple[str, list[Edit]]:
    """The text without escape sequences, controls and invisible characters, and with plain
    spaces and hyphens for other spaces and hyphens; the edits."""
    pieces: list[str] = []
    edits: list[Edit] = []
    kept = start = 0
    found: set[str | None] = set()
    closers: set[int] = set()  # where the emphasis marks opened so far close
    breaks = TextLineBreaks(text)
    for match in _repairs(text):
        pieces.append(text[start : match.start()])
        kept += match.start() - start
        start = match.end()
        shown = _shown_as(match, closers) if match.lastgroup in _REPLACED else ""
        if match.lastgroup == "line_end_hyphen":  # "e-" then "commerce" keeps its hyphen
            shown = breaks.reading(match.start())
        if shown is None:  # an unknown name ("&foo;") or bytes that are no UTF-8 are text
            pieces.append(match.group())
            kept += len(match.group())
            continue
        found.add(match.lastgroup)
        if shown:
            pieces.append(shown)
            edits.append((kept, match.group(), len(shown)))
            kept += len(shown)
            continue
        if edits and edits[-1][0] == kept and not edits[-1][2]:  # right after a zero-width space
            edits[-1] = (kept, edits[-1][1] + match.group(), 0)
        else:
            edits.append((kept, match.group(), 0))
    if "control" in found:
        warnings.append("removed control characters from the text")
    if "invisible" in found:
        warnings.append("removed invisible formatting characters (zero-width, bidi)")
    if "mojibake" in found:
        warnings.append('repaired characters read in the wrong encoding ("â€¢" for "•")')
    if not edits:
        return text, []
    pieces.append(text[start:])
    return "".join(pieces), edits


def _repairs(text: str) -> Iterator[re.Match[str]]:
    """The front matter at the text's start, if any, then _REMOVED.finditer(text) after it,
    trying the pattern only where _REMOVED_START finds a character that each of its matches
    starts with (a property test checks; none is empty): a search for a character costs a
    fiftieth of the pattern's own."""
    position = 0
    if (front := _FRONT_MATTER.match(text)) is not None:
        yield front
        position = front.end()
    icons = _IconRows(text)
    while (candidate := _REMOVED_START.search(text, position)) is not None:
        match = _REMOVED.match(text, candidate.start())
        if match is None:
            position = candidate.start() + 1
            continue
        is_image = match.lastgroup == "tag" and match.group()[:4].lower() == "<img"
        yield from _image_parts(match) if is_image and icons.in_a_row(match.start()) else (match,)
        position = match.end()


class _IconRows:
    """Whether an image stands in a row of images, a line holding two or more (a GitHub
    profile's icons of the tools its owner uses, each named by its alt text); a photo or a
    logo alone reads as nothing, as a browser shows no text for it. Each line is counted
    once, as the repairs reach it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.end = -1  # where the line last looked at ends
        self.row = False

    def in_a_row(self, at: int) -> bool:
        if at > self.end:
            start = self.text.rfind("\n", 0, at) + 1
            end = self.text.find("\n", at)
            self.end = len(self.text) if end < 0 else end
            line = self.text[start : self.end].lower()
            self.row = line.count("<img") >= MIN_ICONS
        return self.row


MIN_ICONS = 2  # images on a line that make a row of icons
# An image's short text in its tag, which a screen reader names it by ("<img src=... alt=
# "python"/>")
_IMAGE_ALT = regex_cache.compile(
    r"""<img\b[^>]*?\salt\s*=\s*(["'])(?P<alt>(?:(?!\1)[^<>&\n]){1,40})\1""", re.I
)
_IMAGE_PART = regex_cache.compile(r"(?P<image_part>[\s\S]+)")


def _image_parts(tag: re.Match[str]) -> tuple[re.Match[str], ...]:
    """An inline image's tag as the two parts around its alt text, which reads as text, as
    a Markdown image's does; any other tag as it is."""
    alt = _IMAGE_ALT.match(tag.group())
    if alt is None or not alt["alt"].strip():
        return (tag,)
    at, text = tag.start(), tag.string
    before = _IMAGE_PART.match(text, at, at + alt.start("alt"))
    after = _IMAGE_PART.match(text, at + alt.end("alt"), tag.end())
    return tuple(part for part in (before, after) if part is not None)


# The plain letters of ligatures, styled letters and full-width characters
_PLAIN_FORMS: dict[str, Callable[[str], str]] = {
    "ligature": lambda found: unicodedata.normalize("NFKC", found),
    "styled": lambda found: unicodedata.normalize("NFKC", found).translate(_PLAIN_OF_SMALL),
    "wide": lambda found: found.translate(_PLAIN_OF_WIDE),
    "arabic": lambda found: found.translate(_PLAIN_OF_ARABIC),
}


def _shown_as(match: re.Match[str], closers: set[int]) -> str | None:
    """What a space, a ligature or a character reference reads as: plain spaces for other
    spaces, plain hyphens for Unicode's hyphens, a ligature's letters ("ﬁ" is "fi"), the
    character a reference names (a space for "&nbsp;", nothing for an invisible one); None
    for a name HTML does not define. An emphasis mark reads as nothing when it opens or
    closes emphasis (noted in `closers`), else as text; a BBCode tag as nothing."""
    if match.lastgroup == "emphasis_open":
        closers.add(match.start("closer"))
        return ""
    if match.lastgroup == "emphasis_close":
        return "" if match.start() in closers else None
    if match.lastgroup in _MARKS_SHOWN_AS:
        return _MARKS_SHOWN_AS[match.lastgroup](match)
    if match.lastgroup in _PLAIN_FORMS:
        return _PLAIN_FORMS[match.lastgroup](match.group())
    char = html.unescape(match.group())
    if char == match.group():
        return None
    return "" if _UNSEEN.fullmatch(char) else re.sub(_SPACE, " ", char)


def _spaces(found: re.Match[str]) -> str:
    return " " * len(found.group())


# What the marks and breaks that need no state read as
_MARKS_SHOWN_AS: dict[str | None, Callable[[re.Match[str]], str | None]] = {
    "front_matter": lambda found: "\n" * found.group().count("\n"),
    "space": _spaces,
    "icon": _spaces,
    "page_break": lambda found: _page_break_shown_as(found),
    "image_part": lambda found: " ",  # an image's tag around the alt text it reads as
    "hyphen": lambda found: "-" * len(found.group()),
    "mojibake": lambda found: _unmangled(found.group()),
    "tag": lambda found: _tag_shown_as(found.group()),
    "bbcode_open": lambda found: "",
    "bbcode_close": lambda found: "",
    "link_open": lambda found: _link_mark_shown_as(found),
    "link_close": lambda found: _link_mark_shown_as(found),
}


def _page_break_shown_as(page_break: re.Match[str]) -> str:
    """Nothing for a page break at a line's start or end (pdftotext's "\fEDUCATION"), a line
    break for one between two lines' words ("2019\fSKILLS")."""
    text, at = page_break.string, page_break.start()
    at_line_end = at == 0 or text[at - 1] == "\n" or text[at + 1 : at + 2] in ("", "\n")
    return "" if at_line_end else "\n"


def _link_mark_shown_as(mark: re.Match[str]) -> str:
    """A space for a link's closing "]" and for an image's "![" glued to the word before it
    ("Python![badge](...)"); nothing for another link's opening."""
    at = mark.start()
    glued = mark.group().startswith("!") and at > 0 and mark.string[at - 1].isalnum()
    return " " if mark.lastgroup == "link_close" or glued else ""


def _tag_shown_as(tag: str) -> str:
    """A line break for a block's tag, a bullet on a new line for a list item's, a tab for a
    table cell's, nothing for an inline tag or an item's, a cell's or a row's end, and a
    comment's line breaks for a comment."""
    if tag.startswith("<!--"):
        return "\n" * tag.count("\n")
    if _ITEM_TAG.match(tag):
        return "\n• "
    if _CELL_TAG.match(tag):
        return "\t"
    if _ROW_END.match(tag):
        return ""  # the next row's tag breaks the line: rows stay next to each other
    return "\n" if _BLOCK_TAG.match(tag) else ""


_MISSING_MIDDLE = {"\u00e2\u00a2": "\u2022"}  # "â¢": the bullet without its 0x80 byte


def _unmangled(text: str) -> str | None:
    """The characters UTF-8 bytes read one by one stood for, a plain space for a no-break
    space ("Â\xa0"), nothing for a lone "Â"; None when the bytes are no UTF-8 (text, as
    "Ã" then "—" may be)."""
    if text in _MISSING_MIDDLE:
        return _MISSING_MIDDLE[text]
    if not text.strip("\u00c2"):
        return ""
    try:
        raw = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in text)
        char = raw.decode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return None
    return "" if _UNSEEN.fullmatch(char) else re.sub(_SPACE, " ", char)


Cut = tuple[int, str]  # where a line was cut, and the space or tab the break replaced ("": none)


# A space after another space or a tab: where a flattened column or list item ends
# ("Product Planning  Business Development"). A cut there leaves the words of a name such as
# "Business Development" on one line.
_PHRASE_END = regex_cache.compile(r"(?<=[ \t])[ \t]")


def _cut_point(line: str, width: int) -> int:
    """Where an overlong line is cut in its first window: the last space there after another
    space, else its last space or tab, else -1."""
    window = line[width // 2 : width + 1]
    ends = [found.start() for found in _PHRASE_END.finditer(window)]
    if ends:
        return width // 2 + ends[-1]
    return max(line.rfind(" ", width // 2, width + 1), line.rfind("\t", width // 2, width + 1))


def _split_long_lines(text: str, width: int) -> tuple[str, list[Cut], int]:
    """Lines over `width` characters cut at their last space or tab in each window, which the
    line break replaces, or hard, with a line break put in, where there is none; the cuts (at
    offsets of the text given) and the number of lines cut."""
    width = max(1, width)
    lines = text.split("\n")
    cuts: list[Cut] = []
    cut_lines = offset = 0
    for index, line in enumerate(lines):
        at, offset = offset, offset + len(line) + 1
        if len(line) <= width:
            continue
        pieces = []
        while len(line) > width:
            space = _cut_point(line, width)
            end = space if space > 0 else width
            pieces.append(line[:end])
            cuts.append((at + end, line[end] if space > 0 else ""))
            skip = end + 1 if space > 0 else end
            at, line = at + skip, line[skip:]
        lines[index] = "\n".join([*pieces, line])
        cut_lines += 1
    return "\n".join(lines), cuts, cut_lines


def _merge(removals: list[Edit], cuts: list[Cut]) -> list[Edit]:
    """Removals and cuts as edits at offsets of the final text: each line break put in moves
    what comes after it by one. A break in place of a space that stood for another space
    ("\u00a0") is already told by that space's edit."""
    if not cuts:
        return removals
    inserted = [at for at, replaced in cuts if not replaced]
    spaces = [(at, at + added) for at, _, added in removals if added]  # sorted, no overlaps
    space_starts = [start for start, _ in spaces]

    def final(at: int) -> int:
        return at + bisect_left(inserted, at)

    def told(at: int) -> bool:
        index = bisect_right(space_starts, at) - 1
        return index >= 0 and at < spaces[index][1]

    edits = [(final(at), removed, added) for at, removed, added in removals]
    edits += [(final(at), replaced, 1) for at, replaced in cuts if not (replaced and told(at))]
    return sorted(edits, key=lambda edit: (edit[0], edit[2]))


class SourceMap:
    """Offsets of the repaired text mapped to the text before the repairs, and that text's
    slices, from the repaired text and its edits."""

    def __init__(self, text: str, edits: list[Edit]) -> None:
        self.text, self.edits = text, edits
        self.ends = [at + added for at, _, added in edits]  # sorted, as the edits are
        self.shifts = [0, *accumulate(len(removed) - added for _, removed, added in edits)]

    def start(self, offset: int) -> int:
        """Where the character at `offset` came from (past any removed before it)."""
        return offset + self.shifts[bisect_right(self.ends, offset)]

    def end(self, offset: int) -> int:
        """Where a span ending at `offset` ends (before any removed after it, after any
        replaced that ends there)."""
        return offset + self.shifts[self._edits_before_end(offset)]

    def _edits_before_end(self, offset: int) -> int:
        """How many edits a span ending at `offset` holds or follows: those ending before it,
        and a replacement that ends at it ("ＡＷＳ" read as "AWS"), not a removal there."""
        count = bisect_left(self.ends, offset)
        while count < len(self.edits) and self.ends[count] == offset and self.edits[count][2]:
            count += 1
        return count

    def source(self, start: int, end: int) -> str:
        """The text before the repairs of the span start..end of the repaired text."""
        pieces, at = [], start
        for index in range(bisect_right(self.ends, start), self._edits_before_end(end)):
            where, removed, added = self.edits[index]
            pieces += [self.text[at:where], removed]
            at = where + added
        pieces.append(self.text[at:end])
        return "".join(pieces)
