"""Counts written in words, as people write years: "six years", "Fourteen years'"; and the
letters of codes whose numbers look like years: "29 CFR 1910", "EN 1998"."""

from __future__ import annotations

from .. import regex_cache

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}  # fmt: skip
# Longest first, so "seventeen" is not read as "seven" followed by "teen"
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))


def count_of(written: str) -> float:
    """The value of a count in digits or in words: "6", "2.5", "Six"."""
    key = regex_cache.matched_key(written)
    return float(NUMBER_WORDS[key]) if key in NUMBER_WORDS else float(key)


# Codes of law and standards bodies' letters, whose numbers may look like years ("29 CFR
# 1910", "EN 1990 - 1999", "NFPA 1901"): part of the code's name, not a date
CODE_LETTERS = frozenset(
    "CFR USC ISO IEC EN BS DIN ANSI ASTM ASME NFPA IEEE SAE UL CSA IPC".split()
)
# ... of which these also name firms that employ people ("Test Engineer, UL 2015 - 2019")
FIRM_CODE_LETTERS = frozenset({"UL", "CSA"})
