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


_BY_TAXONOMY: dict[str, dict[str, list[_Inner]]] = {}


def _inner_names(taxonomy: Taxonomy) -> dict[str, list[_Inner]]:
    """Per skill, the spellings of the named technologies it implies; built once a taxonomy."""
    found = _BY_TAXONOMY.get(taxonomy.sha256)
    if found is None:
        found = _BY_TAXONOMY[taxonomy.sha256] = _build(taxonomy)
    return found


def _build(taxonomy: Taxonomy) -> dict[str, list[_Inner]]:
    inner: dict[str, list[_Inner]] = {}
    for skill in taxonomy.skills.values():
        for implied_id in skill.implies:
            implied = taxonomy.skills.get(implied_id)
            # a named technology, not a common noun ("Database design" implies databases)
            if implied is None or implied.kind != "technical" or implied.name[:1].islower():
                continue
            exact = implied.guard is not None and implied.guard.case_sensitive
            spellings = dict.fromkeys(s if exact else s.lower() for s in implied.spellings)
            inner.setdefault(skill.id, []).extend(_Inner(implied_id, s, exact) for s in spellings)
    return inner


def named_within(taxonomy: Taxonomy, skill_id: str, written: str) -> list[tuple[str, int, int]]:
    """(skill id, start, end) in `written`, a mention of `skill_id`, of each technology it
    implies whose name opens or closes it as whole words: "AWS" in "AWS SageMaker"."""
    found: dict[str, tuple[str, int, int]] = {}
    for inner in _inner_names(taxonomy).get(skill_id, ()):
        text = written if inner.exact else written.lower()
        size = len(inner.spelling)
        if inner.skill_id in found or len(text) <= size + 1:
            continue
        if text.startswith(inner.spelling) and text[size] == " ":
            found[inner.skill_id] = (inner.skill_id, 0, size)
        elif text.endswith(inner.spelling) and text[-size - 1] == " ":
            found[inner.skill_id] = (inner.skill_id, len(text) - size, len(text))
    return list(found.values())
