"""A posting's words that ask nothing of the hire: the company's blurb, a job board's role
field, the equal-opportunity statement, how to apply. What they name is the company's talk
("Acme is a fintech company", "Role: DevOps System Administrator", "without regard to ...
genetics", "Apply online in English"), not a skill of the job, unless the sentence turns to
ask it ("we use Spark; you must know it")."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..models import Mention, Section, SkillHit
from .importance import BOILERPLATE, how_to_apply_end, line_importance, sentence_spans
from .lines import LineIndex
from .requirements import board_role_field, structured_posting
from .skills import without_mentions

Span = tuple[int, int]


def without_company_talk(
    skills: list[SkillHit], lines: LineIndex, sections: list[Section]
) -> list[SkillHit]:
    """A posting's skills less the mentions that stand where it asks nothing."""
    structured = structured_posting(sections)

    def talk(mention: Mention) -> bool:
        if board_role_field(lines, mention.line):
            return True
        line = lines.line_text(mention.line)
        offset = lines.line_start(mention.line)
        span = (mention.start - offset, mention.end - offset)
        if mention.section != "company" and not _says_nothing_asked(line, span[0]):
            return False
        return line_importance(line, mention.section, structured, span) is None

    return without_mentions(skills, talk)


def _says_nothing_asked(line: str, at: int) -> bool:
    """The position stands in an equal-opportunity sentence ("We hire without regard to
    race, religion, disability or genetics") or after a sentence's words on how to apply
    ("Apply online in English"; not "Skills in Jira ... Send your application to ...", where
    a list without stops runs into the closing words)."""
    sentences, boilerplate, applying_ends = _sentences_of(line)
    index = bisect_right(sentences, (at, len(line) + 1)) - 1
    if index < 0 or at >= sentences[index][1]:
        return False
    return boilerplate[index] or applying_ends[index] <= at


@lru_cache(maxsize=256)  # asked of each mention on the line: read once
def _sentences_of(line: str) -> tuple[tuple[Span, ...], tuple[bool, ...], tuple[int, ...]]:
    """The line's sentences; whether each holds boilerplate; where its first words on how to
    apply end (past the line's end when it has none)."""
    sentences = tuple(sentence_spans(line))
    boilerplate = tuple(BOILERPLATE.search(line, s, e) is not None for s, e in sentences)
    never = len(line) + 1
    applying = tuple(how_to_apply_end(line, s, e) or never for s, e in sentences)
    return sentences, boilerplate, applying
