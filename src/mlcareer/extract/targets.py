"""What a resume applies for is no skill it shows: Europass's "JOB APPLIED FOR" (the job named
on its line or the line below) and an objective's "Seeking a Machine Learning Engineer role".
What the objective says the person brings ("where I can apply Python") still counts."""

from __future__ import annotations

import re

from .. import regex_cache
from ..models import Mention, SkillHit
from .lines import LineIndex, spans_of
from .skills import without_mentions

# A label naming the job or studies sought, at a line's start
_TARGET_LABEL = regex_cache.compile(
    r"[ \t]*(?:(?:job|position|post|role|studies)[ \t]+applied[ \t]+for|preferred[ \t]+job"
    r"|(?:desired|target)[ \t]+(?:position|job|role)|position)\b[ \t]*:?[ \t]*",
    re.I,
)
# Read before the work only: "Position: Data Scientist" in a job's entry is the job held
_BEFORE_WORK = (None, "contact", "summary")
# The role an objective seeks, up to its noun: "seeking a Data Scientist role",
# "looking for an entry-level machine learning position", "keen to move into a machine
# learning role" (not the move made: "moved into a machine learning role in 2021", nor the
# move as a noun: "drove the move to an Airflow job scheduler", "a Spark post-processing ...")
_SOUGHT_ROLE = regex_cache.compile(
    r"\b(?:seeking|looking[ \t]+for|applying[ \t]+for|in[ \t]+search[ \t]+of"
    r"|(?:(?<=\bto[ \t])(?:move|transition|step|pivot|switch)"
    r"|moving|transitioning|stepping|pivoting|switching)[ \t]+(?:in)?to)[ \t]+"
    r"(?:an?[ \t]+|the[ \t]+)?(?:[\w+#/.-]+[ \t]+){1,6}?"
    r"(?:role|position|job|post|opening|internship|opportunity)s?\b(?!-)",
    re.I,
)


def _sought(mention: Mention, lines: LineIndex) -> bool:
    """Whether a mention names the job sought: within an objective's role, on a target
    label's line, or on the line below a label standing alone."""
    if mention.section not in _BEFORE_WORK:
        return False
    text, start = lines.line_text(mention.line), lines.line_start(mention.line)
    at, end = mention.start - start, mention.end - start
    if any(start_ <= at and end <= end_ for start_, end_ in spans_of(_SOUGHT_ROLE, text)):
        return True
    if (label := _TARGET_LABEL.match(text)) and label.end() < len(text):
        return True
    above = lines.line_text(mention.line - 1) if mention.line > 1 else ""
    return bool((label := _TARGET_LABEL.match(above)) and label.end() == len(above))


def without_targets(skills: list[SkillHit], lines: LineIndex) -> list[SkillHit]:
    """The resume's skills less their mentions that name the job it applies for; a skill
    left with none is dropped."""
    return without_mentions(skills, lambda m: _sought(m, lines))
