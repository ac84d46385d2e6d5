"""A product written with the name of what it implies shows that name too: "AWS SageMaker"
names AWS, "TensorFlow Lite" TensorFlow, "Java Swing" Java. Where matches overlap the longest
wins, so without this the vendor or language would only be implied (partial credit) by a
resume that writes it out."""

from __future__ import annotations

from typing import NamedTuple

from ..taxonomy import Taxonomy


class _Inner(NamedTuple):
    skill_id: str
    spelling: str  # lower case, unless the skill's guard asks for exact case ("R Shiny")
    exact: bool


_BY_SKILL: dict[tuple[str, str], list[_Inner]] = {}  # (taxonomy hash, skill id) -> names


def _inner_names(taxonomy: Taxonomy, skill_id: str) -> list[_Inner]:
    """The spellings of the named technologies a skill implies; worked out once a skill and
    taxonomy, when a document first names the skill (most skills never are)."""
    key = (taxonomy.sha256, skill_id)
    found = _BY_SKILL.get(key)
    if found is None:
        found = _BY_SKILL[key] = _build(taxonomy, skill_id)
    return found


def _build(taxonomy: Taxonomy, skill_id: str) -> list[_Inner]:
    inner: list[_Inner] = []
    skill = taxonomy.skills.get(skill_id)
    for implied_id in skill.implies if skill else []:
        implied = taxonomy.skills.get(implied_id)
        # a named technology, not a common noun ("Database design" implies databases)
        if implied is None or implied.kind != "technical" or implied.name[:1].islower():
            continue
        exact = implied.guard is not None and implied.guard.case_sensitive
        spellings = dict.fromkeys(s if exact else s.lower() for s in implied.spellings)
        inner.extend(_Inner(implied_id, s, exact) for s in spellings)
    return inner


def named_within(taxonomy: Taxonomy, skill_id: str, written: str) -> list[tuple[str, int, int]]:
    """(skill id, start, end) in `written`, a mention of `skill_id`, of each technology it
    implies whose name opens or closes it as whole words: "AWS" in "AWS SageMaker"."""
    if " " not in written:  # most mentions are one word, and a name within needs a space
        return []
    found: dict[str, tuple[str, int, int]] = {}
    lowered = written.lower()
    for inner in _inner_names(taxonomy, skill_id):
        text = written if inner.exact else lowered
        size = len(inner.spelling)
        if inner.skill_id in found or len(text) <= size + 1:
            continue
        if text.startswith(inner.spelling) and text[size] == " ":
            found[inner.skill_id] = (inner.skill_id, 0, size)
        elif text.endswith(inner.spelling) and text[-size - 1] == " ":
            found[inner.skill_id] = (inner.skill_id, len(text) - size, len(text))
    return list(found.values())
