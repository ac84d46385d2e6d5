"""A posting's words that ask nothing of the hire: the company's blurb, a job board's role
field, the equal-opportunity statement, how to apply. What they name is the company's talk
("Acme is a fintech company", "Role: DevOps System Administrator", "without regard to ...
genetics", "Apply online in English"), not a skill of the job, unless the sentence turns to
ask it ("we use Spark; you must know it")."""

from __future__ import annotations

from ..models import Mention, Section, SkillHit
from .importance import BOILERPLATE, line_importance, sentence_at, tells_how_to_apply
from .lines import LineIndex
from .requirements import board_role_field, structured_posting
from .skills import without_mentions


def without_company_talk(
    skills: list[SkillHit], lines: LineIndex, sections: list[Section]
) -> list[SkillHit]:
    """A posting's skills less the mentions that stand where it asks nothing."""
    structured = structured_posting(sections)

    def talk(mention: Mention) -> bool:
        line = lines.line_text(mention.line)
        offset = lines.line_start(mention.line)
        span = (mention.start - offset, mention.end - offset)
        if board_role_field(lines, mention.line) or _in_boilerplate(line, span[0]):
            return True
        if mention.section != "company" and not _how_to_apply(line, span[0]):
            return False
        return line_importance(line, mention.section, structured, span) is None

    return without_mentions(skills, talk)


def _in_boilerplate(line: str, at: int) -> bool:
    """The position stands in an equal-opportunity sentence: "We hire without regard to
    race, religion, disability or genetics"."""
    start, end = sentence_at(line, at) or (0, len(line))
    return BOILERPLATE.search(line, start, end) is not None


def _how_to_apply(line: str, at: int) -> bool:
    """The position stands in a sentence telling how to apply, after it says so: "Apply
    online in English" (not "Skills in Jira ... Send your application to ...", where a list
    without stops runs into the closing words)."""
    start, _ = sentence_at(line, at) or (0, len(line))
    return tells_how_to_apply(line, start, at)
