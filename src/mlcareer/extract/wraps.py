"""Hard wraps: a sentence broken over lines where the page or the editor ran out of width, as a
PDF's lines and a text file wrapped at 80 columns break it ("applies machine\\n  learning to
demand forecasting"). A name broken there is still one name."""

from __future__ import annotations

from .. import regex_cache
from ..documents.cleaning import Edit
from ..models import Section

# A line break inside a sentence: after a word, a comma or a closing bracket, before a word
# in lower case (a new item, a heading or a title opens with a capital or a mark); not before
# an "o" used as a bullet ("o Built dashboards").
_WRAP = regex_cache.compile(r"(?<=[\w,)])[ \t]*(\n)[ \t]*(?=[a-z])(?!o[ \t])")


def wrap_breaks(text: str, sections: list[Section]) -> list[int]:
    """Where a line break only wraps a sentence, in text order; never the break after a
    section's heading ("Skills" / "python, sql")."""
    if "\n" not in text:
        return []
    after_headings = {text.find("\n", section.start) for section in sections}
    return [
        found.start(1) for found in _WRAP.finditer(text) if found.start(1) not in after_headings
    ]


def joined_wraps(text: str, edits: list[Edit], breaks: list[int]) -> tuple[str, list[Edit]]:
    """The text with each wrapping break a space, so that a sentence reads as one line; the
    edits with the breaks replaced, so offsets and words still map to the file."""
    if not breaks:
        return text, edits
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    told = {at for at, _, added in edits if added}  # a break that already stands for another
    replaced = [(at, "\n", 1) for at in breaks if at not in told]
    return "".join(chars), sorted([*edits, *replaced], key=lambda edit: (edit[0], edit[2]))


def unwrapped(words: str) -> str:
    """Words as one line: "machine\\n  learning" -> "machine learning"."""
    return " ".join(words.split()) if "\n" in words or "  " in words else words
