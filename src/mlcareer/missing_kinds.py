"""What a resume does with an ask it does not show, by what kind of thing the ask is: a tool or
a method is shown in an experience bullet, but a publication is listed, a portfolio linked, a
certificate stated and a soft skill shown by an example."""

from __future__ import annotations

import re

from . import regex_cache
from .extract.signals import only_venues

SOFT_SKILLS = "soft-skills"  # the taxonomy's category of soft skills

# Things a resume lists or links rather than uses, read from the skill's id and name and the
# posting's words, with what to do when you have them. The first that fits gives the advice.
_RECORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (regex_cache.compile(pattern, re.IGNORECASE), action)
    for pattern, action in (
        (
            r"\bpublications?\b|\bpublished\b|\bpapers?\b",
            "If you have any, list them in a Publications section (title, venue, year).",
        ),
        (
            r"\bopen[- ]source[- ]contributions?\b"
            r"|\bcontributions? to open[- ]source(?: projects?)?\b",
            "If you have any, name the projects and link your contributions.",
        ),
        (
            r"\bportfolio\b|\bpersonal (?:web)?site\b|\bblog\b",
            "If you have one, put its link at the top of your resume, with your contact details.",
        ),
        (
            r"\bkaggle\b|\bhackathons?\b|\bcompetitions?\b|\bmedals?\b",
            "If you have taken part, name the competition and your result (rank or medal).",
        ),
        (
            r"\bpublic[- ]speaking\b|\btalks\b"
            r"|\b(?:speaking|present(?:ing|ed)?) at (?:\w+ )?(?:conferences?|events?|meetups?)\b",
            "If you have given any talks, list them with the event and year.",
        ),
        (r"\bpatents?\b", "If you hold any, list them with their numbers."),
    )
)
# What may follow a record's word when the ask is the record itself: the end, a stop, a
# bracket, a word that opens what it is of or where ("Publications at NeurIPS", "a portfolio
# of projects"), or a noun for the form the record takes ("a portfolio website", "a strong
# publication record", "blog posts"); not another noun it qualifies ("portfolio optimization",
# "patent law")
_RECORD_ENDS = regex_cache.compile(
    r"\s*(?:$|[.,;:()/!?]|(?:at|in|on|of|to|with|for|from|and|or|by|such|like|e\.g)\b"
    r"|(?:(?:track[ -])?record|web[ -]?site|site|link|url|page|post)s?\b)",
    re.IGNORECASE,
)


def _names_the_record(pattern: re.Pattern[str], text: str) -> bool:
    """The text asks the record itself, not a thing its word qualifies."""
    return any(_RECORD_ENDS.match(text, found.end()) for found in pattern.finditer(text))


# A person's certificate ("AWS Certified ...", "PMP certification"), not a server's ("SSL
# certificates")
_CERTIFICATE = regex_cache.compile(
    r"\bcertif(?:ied|ications?)\b|\bdeveloper certificate\b", re.IGNORECASE
)
_CERTIFICATE_ACTION = "If you hold {it}, list it under Certifications with the year you earned it."
_SOFT_ACTION = "show {it} by an example in an experience bullet: what you did and what came of it."
SOFT_ALONE = "If it fits you, " + _SOFT_ACTION.format(it="it")  # the action for one soft skill


def missing_action(
    skill_id: str, name: str, jd_text: str, category: str | None, several: bool = False
) -> str | None:
    """What to do about an ask that is no tool or method (None for one that is): list a
    publication, link a portfolio, state a certificate, show a soft skill by an example.
    `several`: the ask is a choice ("PMP or CAPM")."""
    it = "one of them" if several else "it"
    words = f"{skill_id.replace('-', ' ')} {name} {jd_text}"
    if only_venues(jd_text):  # "NeurIPS or KDD": papers there
        return "If you have papers there, list them in a Publications section (title, venue, year)."
    for pattern, action in _RECORDS:
        if _names_the_record(pattern, name) or _names_the_record(pattern, jd_text):
            return action
    if _CERTIFICATE.search(words):
        return _CERTIFICATE_ACTION.format(it=it)
    if category == SOFT_SKILLS:
        return f"If {it} fits you, " + _SOFT_ACTION.format(it=it)
    return None
