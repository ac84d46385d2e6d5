"""spaCy's suffix and infix searches, with the same matches at a fraction of the cost.

spaCy searches every new word for a suffix, and again after each suffix it strips, with one
alternation of about ninety pieces, each ending at the word's end ("...$"); the engine tries
every piece at every letter of the word. A match of a piece ends on the word's last
character, so only the pieces that can end on it are tried, and only from where the longest
of them can start. Its infix search, about twenty pieces tried at every letter of what is
left, finds nothing in a word without one of the characters its matches need: hyphens,
slashes, dots, commas, brackets ("Zorblex" or "3D" has none of them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

try:  # the parsed pattern's opcodes, widths and last characters
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as sre
    import sre_parse

Search = Callable[[str], "re.Match[str] | None"]
Ranges = list[tuple[int, int]]  # code points, first and last of each range

# Pieces whose matches have no bound on their length, each with a string every match holds:
# spaCy's dots ("Wait...")
UNBOUNDED = {r"\.\.+": ".."}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def suffix_search(pieces: Sequence[str], compile: Callable[[str], re.Pattern[str]]) -> Search:
    """The search of the suffix pattern `compile` makes of the pieces, each followed by "$"
    (as spacy.util.compile_suffix_regex builds it), finding exactly what it finds."""
    pieces = [piece for piece in pieces if piece.strip()]
    whole = compile("|".join(piece + "$" for piece in pieces))
    widths = [_widest(piece) for piece in pieces]
    unbounded = {piece for piece, width in zip(pieces, widths, strict=True) if width is None}
    ends = [_ends(piece) for piece in pieces]
    if not unbounded <= UNBOUNDED.keys():
        return whole.search
    # "$" also matches before a final line break: a character more
    reach = max(width or 0 for width in widths) + 1
    held = tuple(UNBOUNDED[piece] for piece in unbounded)
    by_last = _ByLastCharacter(pieces, ends, whole)

    def search(word: str) -> re.Match[str] | None:
        pattern = by_last[word[-1:]]
        if pattern is None:
            return None  # no piece ends on the word's last character
        start = len(word) - reach
        if start <= 0 or pattern is whole or any(needed in word for needed in held):
            return pattern.search(word)
        return pattern.search(word, start)

    return search


class _ByLastCharacter(dict[str, "re.Pattern[str] | None"]):
    """By a word's last character, the pieces that can end on it, in their order, as one
    pattern (None when none can); the whole pattern for an empty word or a line break, before
    which "$" also matches."""

    def __init__(self, pieces: list[str], ends: list[Ranges | None], whole: re.Pattern[str]):
        super().__init__({"": whole, "\n": whole})
        self.pieces = pieces
        self.ends = ends
        self.flags = whole.flags

    def __missing__(self, last: str) -> re.Pattern[str] | None:
        code = ord(last)
        kept = [
            piece + "$"
            for piece, can_end in zip(self.pieces, self.ends, strict=True)
            if can_end is None or any(low <= code <= high for low, high in can_end)
        ]
        self[last] = re.compile("|".join(kept), self.flags) if kept else None
        return self[last]


def _widest(piece: str) -> int | None:
    """The most characters a match of the piece takes (lookarounds take none), None when
    there is no bound."""
    widest = sre_parse.parse(piece).getwidth()[1]
    return None if widest >= sre.MAXREPEAT else int(widest)


def _ends(piece: str) -> Ranges | None:
    """The characters a match of the piece can end on; None when any (or when unsure: a
    case-blind piece, a class of categories, one that may match nothing)."""
    parsed = sre_parse.parse(piece)
    if parsed.state.flags & re.I:
        return None
    return _last_characters(list(parsed))


def _last_characters(items: list[tuple[Any, Any]]) -> Ranges | None:
    """The characters the parsed items can end on, None when any."""
    ends: Ranges = []
    for op, value in reversed(items):
        if op in _ZERO_WIDTH:
            continue  # "(?<=[0-9])" and "\b" take no character
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, _, repeated = value
            last = _last_characters(list(repeated))
            if last is None:
                return None
            ends += last
            if least == 0:
                continue  # "n?" may take nothing: the item before may end the match
            return ends
        last = _last_of_one(op, value)
        return None if last is None else ends + last
    return None  # the piece may match nothing


def _last_of_one(op: Any, value: Any) -> Ranges | None:
    """The characters one item that takes characters can end on, None when any."""
    if op is sre.LITERAL:
        return [(value, value)]
    if op is sre.IN:
        return _class_characters(value)
    if op in (sre.BRANCH, sre.SUBPATTERN):
        return _through_groups(op, value, _last_characters)
    return None


def _through_groups(
    op: Any, value: Any, characters: Callable[[list[tuple[Any, Any]]], Ranges | None]
) -> Ranges | None:
    """`characters` of a branch (those of every alternative, None when one has none) or of a
    group (None when it turns case-blind)."""
    if op is sre.SUBPATTERN:
        _, added_flags, _, inner = value
        return None if added_flags & re.I else characters(list(inner))
    found: Ranges = []
    for alternative in value[1]:
        part = characters(list(alternative))
        if part is None:
            return None
        found += part
    return found


def _class_characters(items: list[tuple[Any, Any]]) -> Ranges | None:
    """The characters of a class of literals and ranges, None for any other class."""
    ranges: Ranges = []
    for op, value in items:
        if op is sre.LITERAL:
            ranges.append((value, value))
        elif op is sre.RANGE:
            ranges.append(value)
        else:
            return None  # "[^...]", "\w"
    return ranges


def infix_finditer(
    pieces: Sequence[str], compile: Callable[[str], re.Pattern[str]]
) -> Callable[[str], Iterator[re.Match[str]]]:
    """The finditer of the infix pattern `compile` makes of the pieces (as
    spacy.util.compile_infix_regex builds it), run only on a word holding a character that
    every match of some piece holds: where the match starts, or, for a match of lookarounds
    alone, before or after it."""
    pieces = [piece for piece in pieces if piece.strip()]
    whole = compile("|".join(pieces))
    needed: Ranges = []
    for piece in pieces:
        parsed = sre_parse.parse(piece)
        opening = None if parsed.state.flags & re.I else _opening_characters(list(parsed))
        if opening is None:
            return whole.finditer
        needed += opening
    holds_one = re.compile("[" + "".join(_class_range(low, high) for low, high in needed) + "]")

    def finditer(word: str) -> Iterator[re.Match[str]]:
        return whole.finditer(word) if holds_one.search(word) else iter(())

    return finditer


def _class_range(low: int, high: int) -> str:
    return re.escape(chr(low)) + ("" if low == high else "-" + re.escape(chr(high)))


def _opening_characters(items: list[tuple[Any, Any]]) -> Ranges | None:
    """Characters one of which every match of the parsed items holds: the first it takes, or,
    when it takes none, one a lookaround of it needs; None when unknown."""
    looked_at: list[Ranges] = []
    for op, value in items:
        if op in (sre.AT, sre.ASSERT_NOT):
            continue
        if op is sre.ASSERT:
            seen = _opening_characters(list(value[1]))  # before or after the match: in the word
            if seen is not None:
                looked_at.append(seen)
            continue
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            least, _, repeated = value
            return _opening_characters(list(repeated)) if least > 0 else None
        if op in (sre.BRANCH, sre.SUBPATTERN):
            return _through_groups(op, value, _opening_characters)
        return _last_of_one(op, value)  # a character or a class: its characters
    # lookarounds alone: the one that needs the fewest ASCII characters, which most words hold
    return min(looked_at, key=_ascii_count, default=None)


def _ascii_count(ranges: Ranges) -> int:
    return sum(max(0, min(high, 127) - low + 1) for low, high in ranges)
