"""What a freelance platform's profile says of the writer in others' words, and of whom they
worked for: a client's feedback quoted on its own line ("Would hire again for any Tableau
work!") is the client's praise, not a skill the writer claims; and a client described by what
it sells ("Image classifier for a Kubernetes monitoring startup") names the client's product,
not a tool the writer used. The same names in the writer's own lines still count."""

from __future__ import annotations

import re

from .. import regex_cache
from ..models import Mention, SkillHit
from .lines import LineIndex
from .skills import FIELD_CATEGORIES, without_mentions
from .titles import title_cased

# A line that is one quotation and nothing else but who said it: '"Great to work with."',
# '“Knows SQL inside out.” - CTO', "'Superb work.'". The closing mark is the line's last one
# before the attribution, so an apostrophe inside ("it's") does not close it.
_QUOTED_LINE = regex_cache.compile(
    r"^[ \t]*(?:[-*•·▪●►][ \t]*)?"
    r"(?:\"(?P<straight>.+)\"|“(?P<curly>.+)”|['‘](?P<single>.+)['’])"
    r"[ \t]*(?:[-–—―~][^\n]*)?$"
)
# A quoted title ('"Tableau for Teachers"') is a name, not a client's sentence: feedback says
# at least this many words
_FEEDBACK_WORDS = 4
# A platform shows a client's feedback under the gig it praises; a quoted line elsewhere (a
# summary under the name or its heading, a project's one-line pitch) is the writer's own
_FEEDBACK_SECTIONS = frozenset({"experience"})


def _feedback_span(line: str) -> tuple[int, int] | None:
    """Where a line's quoted feedback stands, when the line is one quotation of a sentence
    (not a talk's or a paper's title: "Scaling PyTorch on Kubernetes" - PyCon 2023)."""
    found = _QUOTED_LINE.match(line)
    if found is None:
        return None
    group = next(name for name in ("straight", "curly", "single") if found[name] is not None)
    if len(found[group].split()) < _FEEDBACK_WORDS or title_cased(found[group]):
        return None
    return found.start(group), found.end(group)


def without_feedback(skills: list[SkillHit], lines: LineIndex) -> list[SkillHit]:
    """The resume's skills less their mentions inside a quoted line of feedback under a gig;
    a skill left with none dropped."""

    spans: dict[int, tuple[int, int] | None] = {}  # each line read once, not per mention

    def quoted(mention: Mention) -> bool:
        if mention.section not in _FEEDBACK_SECTIONS:
            return False
        if mention.line not in spans:
            spans[mention.line] = _feedback_span(lines.line_text(mention.line))
        span = spans[mention.line]
        if span is None:
            return False
        at = mention.start - lines.line_start(mention.line)
        return span[0] <= at and at + len(mention.text) <= span[1]

    return without_mentions(skills, quoted)


# "for a Kubernetes monitoring startup", "for an AWS consultancy": a client named by what it
# sells, the product's name at most three words before the kind of business. Not "for an AWS
# customer", "for a Python shop" or "for a Magento store, retailer, brand": a client that
# uses the tool, as the writer likely did; nor "for a Kafka rollout company-wide"
_CLIENT_BEFORE = regex_cache.compile(r"\bfor[ \t]+(?:an?|one)[ \t]+", re.I)
# ... searched in the lower-cased text, opening on its letter so the search can skip to it
_CLIENT_BEFORE_LOWER = regex_cache.compile(r"f(?<!\wf)or[ \t]+(?:an?|one)[ \t]+")
_CLIENT_KIND_AFTER = regex_cache.compile(
    r"(?:[ \t]+[\w.+#-]+){0,2}?[ \t]+(?:start-?ups?|compan(?:y|ies)|firms?|vendors?"
    r"|consultanc(?:y|ies)|agenc(?:y|ies))(?![\w-])",
    re.I,
)


def _a_clients_product(text: str, mention: Mention, after_for_a: set[int]) -> bool:
    return mention.start in after_for_a and _CLIENT_KIND_AFTER.match(text, mention.end) is not None


def without_clients_products(skills: list[SkillHit], text: str) -> list[SkillHit]:
    """The resume's tools less their mentions naming what a client sells; a field stays ("for
    a computer vision startup" says what the work was)."""
    lowered = text.lower()
    before = _CLIENT_BEFORE_LOWER if len(lowered) == len(text) else _CLIENT_BEFORE
    after_for_a = {found.end() for found in before.finditer(lowered)}
    if not after_for_a:
        return skills
    tools = [hit for hit in skills if hit.category not in FIELD_CATEGORIES]
    kept = {
        id(hit)
        for hit in without_mentions(tools, lambda m: _a_clients_product(text, m, after_for_a))
    }
    return [hit for hit in skills if hit.category in FIELD_CATEGORIES or id(hit) in kept]
