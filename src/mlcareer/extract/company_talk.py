"""A posting's words that ask nothing of the hire: the company's blurb, a job board's role
field, the equal-opportunity statement, how to apply; outside the lists of asks, what the
company says it does or values ("Our lab works on speech recognition", "We value curiosity").
What they name is the company's talk ("Acme is a fintech company", "Role: DevOps System
Administrator", "without regard to ... genetics", "Apply online in English"), not a skill of
the job, unless the sentence turns to ask it ("we use Spark; you must know it"). A title that
names a skill the body names again gives no mention of its own."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from .. import regex_cache
from ..models import Mention, Section, SkillHit
from .importance import (
    BOILERPLATE,
    asks_the_candidate,
    how_to_apply_end,
    line_importance,
    mention_cue,
    self_described,
    sentence_at,
    sentence_spans,
)
from .lines import LineIndex
from .requirements import (
    ASKS_A_PERSON,
    board_role_field,
    in_title,
    structured_posting,
    title_span,
)
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

    fields = {
        (mention.start, mention.end)
        for hit in skills
        if hit.category in _FIELD_CATEGORIES
        for mention in hit.mentions
    }

    lists_open = _first_list_start(sections)

    def said_of_itself(mention: Mention) -> bool:
        field = (mention.start, mention.end) in fields
        if mention.section is None and mention.start >= lists_open:
            return talk(mention)  # prose among the lists of asks is the job's
        return talk(mention) or _the_companys_own(mention, lines, field)

    return _without_title_repeats(without_mentions(skills, said_of_itself), lines)


def _without_title_repeats(skills: list[SkillHit], lines: LineIndex) -> list[SkillHit]:
    """The skills less their mentions in the posting's title ("Senior Data Engineer - Kafka
    Platform") where the posting names them again: the title names the role, its body asks
    the skill. A skill only the title names keeps its mention."""
    title = title_span(lines)
    if title is None:
        return skills

    def titled(mention: Mention) -> bool:
        offset = lines.line_start(mention.line)
        return in_title(title, mention.line, (mention.start - offset, mention.end - offset))

    for hit in skills:
        rest = [mention for mention in hit.mentions if not titled(mention)]
        if rest and len(rest) < len(hit.mentions):
            hit.mentions = rest
    return skills


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


# Skills that name a field of work or a trait rather than a tool: what a company says it
# does or values ("Our team applies machine learning to ...", "We value curiosity"), where a
# tool it names is still the job's tool ("we run on Kafka").
_FIELD_CATEGORIES = frozenset(
    {
        *("soft-skills", "mathematics", "statistics"),
        *("ml-methods", "deep-learning", "nlp", "computer-vision", "speech-audio"),
        *("reinforcement-learning", "recommender-systems", "time-series", "signal-processing"),
    }
)
# A sentence whose subject is the company, its team, its product or its ways, and whose verb
# is one of a firm's business or being: "We value ...", "Our lab works on ...", "At Acme, we
# build ...", "Acme is a leader ...", "Acme's app uses ...", "Our mission is ...", "Our
# values: ..."; not "We are after ...", "Our team demands ...", "We count on ..." (a wish)
_OURS = (
    r"(?:company|team|teams|lab|labs|group|business|startup|organi[sz]ation|customers|clients"
    r"|product|products|app|apps|platform|software|technology|tools?|services?|solutions?)"
)
# ... its aims and ways, whose "is" or colon tells what they are ("Our mission is to ...")
_AIMS = r"(?:mission|vision|purpose|goal|culture|values)"
# ... named: a name in capitals, not a pronoun, an article nor a job's title ("The Data
# Scientist works on ...")
_NAME = (
    r"(?!(?:this|that|these|those|it|there|here|what|which|each|every|all|some|any|one|the"
    r"|an?|our|your|you)\b)"
    r"(?!(?-i:[A-Z][\w&.'’-]*[ \t]+){0,2}(?:engineer|scientist|developer|analyst|manager"
    r"|designer|architect|lead|researcher|consultant|specialist|intern)s?\b)"
    r"(?-i:[A-Z][\w&.'’-]*)(?:[ \t]+(?-i:[A-Z][\w&.'’-]*)){0,2}"
)
# ... doing what firms do, in any tense: "builds", "has worked on", "was founded"
_DOES = (
    r"(?:(?:has|have|had)[ \t]+(?:been[ \t]+)?)?"
    r"(?:build|built|make|made|develop|design|sell|sold|provide|offer|deliver|create|operate"
    r"|help|appl(?:y|ies|ied)|serve|power|enable|speciali[sz]e|focus|work|lead|led|use|run|ran"
    r"|value|believe|invest|pioneer|transform|founded)(?:s|es|ed|d)?"
    r"|(?:is|are|was|were|['’]re)[ \t]+(?:a[ \t]+)?(?:leaders?|headquartered|based|dedicated"
    r"|committed|known|focused|founded|on[ \t]+a[ \t]+mission)"
)
# A short opening phrase may stand before the subject: "At Acme, we ...", "Founded in 2012,
# Acme builds ...", "Since 2019, our lab has worked on ..."
_COMPANY_SUBJECT = regex_cache.compile(
    r"[\s\-*•]*(?:[^,.;:\n]{1,40},[ \t]+)?"
    rf"(?:(?:we|our[ \t]+(?:[\w-]+[ \t]+){{0,2}}?{_OURS}|the[ \t]+{_OURS}"
    rf"|{_NAME}(?:['’]s[ \t]+(?:[\w-]+[ \t]+)?{_OURS})?)[ \t]+(?:{_DOES})\b"
    rf"|our[ \t]+(?:core[ \t]+)?{_AIMS}(?:[ \t]+(?:is|are)\b|[ \t]*:))",
    re.I,
)
# A sentence of people, their skills or the role is the job's, whatever its subject: "Our
# engineers are strong in ...", "We are after people who ...", "We consider ... vital skills"
_OF_THE_HIRE = regex_cache.compile(
    r"\b(?:people|persons?|individuals?|someone|anyone|those|candidates?|applicants?|hires?"
    r"|talent|engineers?|scientists?|developers?|analysts?|researchers?|skills?|skilled|role"
    r"|position|job|you|your|yourself)\b",
    re.I,
)
# ... and the company's field after its words for it: "a leader in cloud computing",
# "specializes in cybersecurity", "focuses on observability": any skill named there is its
# field, a tool's name too (not "We work on Kubernetes", where the tool is the job's)
_FIELD_WORDS = regex_cache.compile(
    r"\b(?:leaders?|pioneers?|experts?|speciali[sz](?:es|ing|ed|ts?))[ \t]+in\b"
    r"|\bfocus(?:es|ed|ing)?[ \t]+on\b",
    re.I,
)
# A company's wish for the hire, beside requirements.ASKS_A_PERSON: "We expect fluency in
# NLP", "We'd love to see ...", "We are hiring ...", "Knowledge of ... is preferred"
_WANTS = regex_cache.compile(
    r"\b(?:knowledge|familiar\w*|expect\w*|wants?|ideal\w*|prefer\w*|welcome\w*|hir(?:e|es|ing)"
    r"|recruit\w*|search(?:es|ing)?[ \t]+for|appreciat\w+|(?:would|['’]d)[ \t]+(?:love|like)"
    r"|valu(?:e|es)[ \t]+(?:people|those|anyone|engineers))\b",
    re.I,
)
# Where a company talks of itself: the prose before the lists of asks (no heading), its
# blurb, and the benefits; not a role's summary nor the closing words
_PROSE = frozenset((None, "company", "about", "benefits"))


def _first_list_start(sections: list[Section]) -> int:
    """Where the posting's first section of asks or duties opens (past any text if none)."""
    return min((s.start for s in sections if s.name not in _PROSE), default=1 << 62)


def _the_companys_own(mention: Mention, lines: LineIndex, field: bool) -> bool:
    """The mention names what the company is or does, outside the posting's lists of asks
    and in a sentence that asks nothing and speaks of no one's skills (_OF_THE_HIRE): its
    self-description ("Northwind is a fintech startup"); a field of work or a trait (`field`)
    after a subject that is the company doing what firms do (_COMPANY_SUBJECT); any skill
    after its words for its field (_FIELD_WORDS)."""
    if mention.section not in _PROSE or mention.negated:
        return False
    line = lines.line_text(mention.line)
    offset = lines.line_start(mention.line)
    at, end = mention.start - offset, mention.end - offset
    sentence = sentence_at(line, at)
    if sentence is None:
        return False
    of_the_hire, subject_end, asks = _sentence_reading(line, *sentence)
    if of_the_hire:
        return False
    own = subject_end is not None and subject_end <= at
    if own and not field:
        own = _FIELD_WORDS.search(line, sentence[0], at) is not None
    if not own and not self_described(line, at, end):
        return False
    return not (asks or mention_cue(line, (at, end)) in ("required", "preferred"))


@lru_cache(maxsize=256)  # asked of each mention in the sentence: read once
def _sentence_reading(line: str, start: int, end: int) -> tuple[bool, int | None, bool]:
    """Of the sentence line[start:end]: whether it speaks of the hire's skills
    (_OF_THE_HIRE), where its company subject ends (_COMPANY_SUBJECT) if it opens on one, and
    whether it asks something of the one sought."""
    subject = _COMPANY_SUBJECT.match(line, start, end)
    said = line[start:end]
    asks = bool(ASKS_A_PERSON.search(said) or _WANTS.search(said) or asks_the_candidate(said))
    return (
        _OF_THE_HIRE.search(line, start, end) is not None,
        subject.end() if subject is not None else None,
        asks,
    )
