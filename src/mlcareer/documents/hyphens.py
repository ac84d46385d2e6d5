"""Words broken at a line's end in a PDF ("deploy-" then "ment"), put back together.

pdfium reads a hyphen that ends a line before a word as U+FFFE and joins the two lines, so
"Kuber-\\nnetes" reaches us as "Kuber\\ufffenetes", which no skill name matches. Most such
hyphens were put in by the typesetter (LaTeX hyphenates justified text) and the word is read
whole ("Kubernetes"). The hyphen is kept where it belongs to the word: TeX never leaves fewer
than two letters before a break nor fewer than three after it ("e-" "commerce"), a compound
that already has a hyphen ("end-to-" "end"), or a hyphenated word the document writes so
elsewhere ("scikit-learn").
"""

from __future__ import annotations

import re
from itertools import pairwise

from .. import regex_cache

LINE_END_HYPHEN = "\ufffe"
_BROKEN = regex_cache.compile(r"(?P<left>[^\W\d_]*)\ufffe(?P<right>[^\W\d_]*)")
LEFT_MIN, RIGHT_MIN = 2, 3  # TeX's \lefthyphenmin and \righthyphenmin


def join_broken_words(text: str) -> str:
    """`text` with each line-end hyphen pdfium marked read as the typesetter meant it."""
    if LINE_END_HYPHEN not in text:
        return text
    lowered = text.lower()

    def mend(match: re.Match[str]) -> str:
        left, right = match["left"], match["right"]
        if _a_letter_grade(text, match.start(), left):
            return f"{left}-\n{right}"  # "Mean Grade: A-", then the next line
        compound = match.start() > 0 and text[match.start() - 1] in "-\ufffe"
        keep = compound or len(left) < LEFT_MIN or len(right) < RIGHT_MIN
        keep = keep or _written_with_hyphen(lowered, left.lower(), right.lower())
        return f"{left}{'-' if keep else ''}{right}"

    return _BROKEN.sub(mend, text)


def _written_with_hyphen(lowered: str, left: str, right: str) -> bool:
    """The document writes the word with its hyphen elsewhere, and never without it."""
    return f"{left}-{right}" in lowered and f"{left}{right}" not in lowered


class TextLineBreaks:
    """The same reading for plain text, as pdftotext or a copy from a PDF viewer gives it:
    a hyphen, then a line break, between letters ("Kuber-" then "netes"). Built once for a
    text; the words it writes are gathered only when a break is first asked about."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._spelt: tuple[set[str], set[str]] | None = None

    def reading(self, hyphen: int) -> str | None:
        """How the hyphen at offset `hyphen` and the line break after it read: "" where the
        typesetter broke a word, "-" where the hyphen is the word's own, None where the line
        ends after a word and the next opens another ("Python-" then "SQL-", a list's items)."""
        text = self._text
        start, end = hyphen, hyphen + 2
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        if _ADDRESS_BEFORE.match(text, max(0, start - 1)) or text[end : end + 1] == "@":
            return "-"  # an email or a URL, which LaTeX's \url breaks after its own hyphen
        left, right = text[start:hyphen], text[hyphen + 2 : end]
        if _a_letter_grade(text, start, left):
            return None  # "Mean Grade: A-" then the next line's own words
        if right[0].isupper() and not self._goes_on(start, end):
            return "" if f"{left}{right}".lower() in self._words()[1] else None
        return "" if self._typeset(start, left.lower(), right.lower()) else "-"

    def _goes_on(self, start: int, end: int) -> bool:
        """A capital after the break continues a word ("Py-" "Torch") only inside running
        text: words before it on its line and after it on the next."""
        text = self._text
        words_before = text[text.rfind("\n", 0, start) + 1 : start].strip() != ""
        return words_before and _WORD_AFTER.match(text, end) is not None

    def _typeset(self, start: int, left: str, right: str) -> bool:
        """Whether a hyphen between `left` and `right` was put in by the typesetter."""
        compound = start > 0 and self._text[start - 1] in "-\u2010"
        if compound or len(left) < LEFT_MIN or len(right) < RIGHT_MIN:
            return False
        hyphenated, words = self._words()
        return f"{left}-{right}" not in hyphenated or f"{left}{right}" in words

    def _words(self) -> tuple[set[str], set[str]]:
        """The pairs of words the text joins with a hyphen ("scikit-learn", and "end-to" and
        "to-end" of "end-to-end") and its words, lower-cased."""
        if self._spelt is None:
            lowered = self._text.lower()
            pairs = {
                f"{left}-{right}"
                for chain in _HYPHENATED.findall(lowered)
                for left, right in pairwise(chain.split("-"))
            }
            self._spelt = (pairs, set(_WORD.findall(lowered)))
        return self._spelt


# A grade's label before a letter, whose minus may end the line: "Mean Grade: A-", "Grade B-"
_GRADE_BEFORE = regex_cache.compile(r"\bgrade[ \t]*[:=]?[ \t]*\Z", re.I)
_GRADE_REACH = 12  # characters before the letter where the label may stand


def _a_letter_grade(text: str, start: int, left: str) -> bool:
    """The word before the hyphen is a letter grade after its label (a Kenyan school
    certificate's "Mean Grade: A-"): its minus, not a word broken at the line's end."""
    return (
        len(left) == 1
        and left.isupper()
        and _GRADE_BEFORE.search(text, max(0, start - _GRADE_REACH), start) is not None
    )


_HYPHENATED = regex_cache.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_WORD = regex_cache.compile(r"[^\W\d_]+")
_WORD_AFTER = regex_cache.compile(r"[ \t]+\w")  # "Torch models": the line goes on
# The end of an address's part before a word: "jane.roe-", "github.com/jane-", "@acme-"
_ADDRESS_BEFORE = regex_cache.compile(r"[./@_:]\w")
