"""A spelling that names two skills, read in the sense its neighbours give it.

"Radar" is the sensor beside "LiDAR" and WTW's pricing tool beside "Emblem" or "rating";
"SAR" is a synthetic aperture radar beside "imagery" and a suspicious activity report beside
"filings"; "MPC" is a controller beside "lateral" and a cryptographic protocol beside
"encryption". The taxonomy gives the spelling to one skill; that skill's guard lists, under
`senses`, each other skill the spelling may name and the words that tell it, and may list
itself with words of its own sense that, unlike its `context`, it does not require. The word
nearest the mention tells its sense; the owner keeps a tie, and a mention with no such word
near it. The other skill's guard then judges a mention handed to it as it judges its own names.
A mention inside one of the owner's excluded phrases ("under the radar") is not the owner's:
another sense a word right beside it tells takes it ("CUDA and Triton" is OpenAI's kernel
language, though "inference" follows); with none it stays with the owner, whose guard turns it
down.
"""

from __future__ import annotations

from typing import Any

from ..taxonomy import Guard, Taxonomy
from .nlp import RawMatch
from .skills import cue_hashes, in_excluded_phrase, nearest_cue

# tokens from a name in an excluded phrase to a word of another sense: "CUDA and Triton"
_BESIDE = 2


def in_their_senses(
    taxonomy: Taxonomy, doc: Any, text: str, matches: list[RawMatch]
) -> list[RawMatch]:
    """The matches, each under the skill whose sense the words around it give; `text` is the
    doc's text."""
    return [_in_its_sense(taxonomy, doc, text, match) for match in matches]


def own_sense_words(guard: Guard, owner: str) -> list[str]:
    """The words that keep a shared spelling in its owner's sense: its guard's context and
    the words it lists for itself under `senses`."""
    return [*guard.context, *guard.senses.get(owner, [])]


def _in_its_sense(taxonomy: Taxonomy, doc: Any, text: str, match: RawMatch) -> RawMatch:
    guard = taxonomy.skills[match.skill_id].guard
    if guard is None or not guard.senses:
        return match
    if not guard.applies_to(text[match.start : match.end]):
        return match  # "automotive radar" is the sensor whatever stands around it
    excluded = bool(guard.exclude) and in_excluded_phrase(
        text, match.start, match.end, guard.exclude
    )
    own = (
        None
        if excluded
        else nearest_cue(doc, match, cue_hashes(tuple(own_sense_words(guard, match.skill_id))))
    )
    told = [
        (distance, other)
        for other, words in guard.senses.items()
        if other != match.skill_id
        and (distance := nearest_cue(doc, match, cue_hashes(tuple(words)))) is not None
    ]
    if excluded:
        told = [(distance, other) for distance, other in told if distance <= _BESIDE]
    if not told:
        return match
    distance, other = min(told, key=lambda pair: pair[0])  # the first listed of a tie
    return match if own is not None and own <= distance else match._replace(skill_id=other)
