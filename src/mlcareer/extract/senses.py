"""A spelling that names two skills, read in the sense its neighbours give it.

"Radar" is the sensor beside "LiDAR" and WTW's pricing tool beside "Emblem" or "rating";
"SAR" is a synthetic aperture radar beside "imagery" and a suspicious activity report beside
"filings"; "MPC" is a controller beside "lateral" and a cryptographic protocol beside
"encryption". The taxonomy gives the spelling to one skill; that skill's guard lists, under
`senses`, each other skill the spelling may name and the words that tell it. A match is
handed to the other skill when one of those words stands near it and none of its own skill's
context words does; the other skill's guard then judges it as it judges its own names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..taxonomy import Taxonomy
from .nlp import RawMatch
from .skills import context_near, cue_hashes


def in_their_senses(taxonomy: Taxonomy, doc: Any, matches: list[RawMatch]) -> list[RawMatch]:
    """The matches, each under the skill whose sense the words around it give."""
    return [_in_its_sense(taxonomy, doc, match) for match in matches]


def _in_its_sense(taxonomy: Taxonomy, doc: Any, match: RawMatch) -> RawMatch:
    guard = taxonomy.skills[match.skill_id].guard
    if guard is None or not guard.senses:
        return match
    if not guard.applies_to(doc[match.token_start : match.token_end].text):
        return match  # "automotive radar" is the sensor whatever stands around it
    if guard.context and context_near(doc, match, cue_hashes(tuple(guard.context))):
        return match
    for other, words in guard.senses.items():
        if context_near(doc, match, cue_hashes(tuple(words))):
            return replace(match, skill_id=other)
    return match
