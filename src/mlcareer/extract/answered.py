"""An application's questions kept with a resume (a job board's "Easy Apply" export, a form's
answers pasted below the CV): "Do you have experience with Java?" over "No", or "How many
years ... with Java? 0", denies what the question names. A question answered otherwise, or
not at all, is left to be read as any line is."""

from __future__ import annotations

import re

from .. import regex_cache

# A question and a denying answer, after it on its line or alone on the next one
_ANSWERED_NO = regex_cache.compile(
    r"(?P<question>[^\n?]{3,300})\?[ \t]*(?:\n[ \t]*)?(?:no|none|0|not yet)[ \t.!]*$",
    re.I | re.M,
)


# What ends the sentence before a question on its line ("Skills: Python, Docker. Are you
# willing to relocate? No"): the question is only what follows the last such break...
_BEFORE_THE_QUESTION = regex_cache.compile(r".*(?:[.!;|][ \t]+|\t|[ \t]{2,})", re.S)
# ... and it opens as a form's question does: "Do you ...", "Have you ...", "How many ..."
_QUESTION_OPENING = regex_cache.compile(
    r"[ \t]*(?:[-•*][ \t]*|\d{1,2}[.)][ \t]*)?"
    r"(?:do|does|did|have|has|are|is|will|would|can|could|how|what|which)\b",
    re.I,
)


def answered_no(text: str) -> list[tuple[int, int]]:
    """The spans of the questions the text answers "No" (or none, or zero years), read only
    from the lines holding a question mark."""
    spans: list[tuple[int, int]] = []
    mark = text.find("?")
    while mark >= 0:
        found = _ANSWERED_NO.match(text, text.rfind("\n", 0, mark) + 1)
        if found:
            start, end = found.span("question")
            before = _BEFORE_THE_QUESTION.match(text, start, end)
            start = before.end() if before else start
            if _QUESTION_OPENING.match(text, start, end):
                spans.append((start, end))
        line_end = text.find("\n", mark)
        mark = -1 if line_end < 0 else text.find("?", line_end)
    return spans


# A question of years and its answer, a number after it on its line or alone on the next one:
# "How many years of work experience do you have with Python?" over "7"
_YEARS_ANSWERED = regex_cache.compile(
    r"how many years\b[^\n?]{0,200}\?[ \t]*(?:\n[ \t]*)?(\d{1,2}(?:\.\d)?)\+?"
    r"(?:[ \t]*(?:years?|yrs?))?[ \t.]*$",
    re.I | re.M,
)


def answered_years(text: str, line_start: int) -> float:
    """The years answered to a question of years on the line starting at `line_start`."""
    found = _YEARS_ANSWERED.match(text, line_start)
    return float(found.group(1)) if found else 0.0
