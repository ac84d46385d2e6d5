"""Requirements a posting offers as alternatives: "Tableau or Power BI", "AWS, GCP, or Azure",
"One or more of: Python, Java, Go".

Items joined by "or" (or "and/or") form a group; a comma list joins the group with a comma
before its "or" ("AWS, GCP, or Azure"), after "one or more of" / "any of", or without the
comma while its items are close to the ones joined by "or" in the taxonomy ("Snowflake,
BigQuery or Redshift"; in "Python, SQL, Tableau or Power BI" only the BI tools). A comma
after the group ends it. A slash never groups ("ETL/DWH testing" asks for both). Showing any
member meets the group (match.py). A member asked for on its own elsewhere makes the others
redundant: after "- Python", the line "- Python or R" asks nothing more."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import IMPORTANCE_ORDER, Requirement
from .lines import LineIndex

_ACRONYM = r"(?:\([^()]*\)\s*)?"  # "Amazon Web Services (AWS) or Microsoft Azure"
_OR = re.compile(rf"^\s*{_ACRONYM}(,\s*)?(?:or|and/or)\s*$", re.I)
_COMMA = re.compile(rf"^\s*{_ACRONYM},\s*$")
_AND = re.compile(rf"^\s*{_ACRONYM}(?:,\s*)?and\s*$", re.I)
_ANY_OF = re.compile(r"\b(?:one or more of|any of|at least one of|either of|one of)\b", re.I)
_DEFINED = re.compile(r"\s*\([^()]*\)$")
_OFFERS_A_CHOICE = re.compile(r"\bor\b|\b(?:any|one) of\b", re.I)
Placed = tuple[int, int, Requirement]  # where a requirement's wording stands on a line
Alike = Callable[[Requirement, Requirement], bool]  # two requirements are close alternatives


def _whole_word(text: str, word: str) -> int:
    """Where `word` first stands in `text` as whole words ("R" not inside "or"), or -1."""
    at = text.find(word) if word else -1
    while at != -1:
        before = text[at - 1 : at]
        after = text[at + len(word) : at + len(word) + 1]
        if not before.isalnum() and not after.isalnum():
            return at
        at = text.find(word, at + 1)
    return -1


def _placed(line: str, requirements: list[Requirement]) -> list[Placed]:
    """Where each requirement's wording (or name) stands on the line, in line order."""
    lowered = line.lower()
    found = []
    for req in requirements:
        for wording in dict.fromkeys((req.jd_text, _DEFINED.sub("", req.jd_text), req.name)):
            at = _whole_word(lowered, wording.lower())
            if at != -1:
                found.append((at, at + len(wording), req))
                break
    return sorted(found, key=lambda item: item[0])


def _join(between: str) -> str | None:
    """How two neighbours are joined: "or", "comma-or" (", or"), "comma", "and", or None."""
    found = _OR.match(between)
    if found:
        return "comma-or" if found.group(1) else "or"
    if _COMMA.match(between):
        return "comma"
    return "and" if _AND.match(between) else None


def _chains(line: str, placed: list[Placed], alike: Alike) -> list[list[Placed]]:
    """The groups of alternatives among the placed items."""
    label = _ANY_OF.search(line)
    chains: list[list[Placed]] = []
    segment: list[Placed] = []
    joins: list[str] = []

    def opened(segment: list[Placed]) -> bool:  # "One or more of: <segment>"
        return bool(segment) and label is not None and _opens(line, label, segment[0][0])

    for item in placed:
        join = _join(line[segment[-1][1] : item[0]]) if segment else None
        after_or = any(j != "comma" for j in joins)
        listing = opened(segment)
        if join in ("or", "comma-or") or (join == "comma" and not after_or):
            segment.append(item)
            joins.append(join)
            continue
        if join is not None and listing and not (join == "and" and after_or):
            # "One or more of: Python, Java and Go"; "one of Java or Scala, and SQL" ends
            segment.append(item)
            joins.append("comma-or")
            continue
        chains.extend(_group(segment, joins, listing, alike))
        segment, joins = [item], []
    chains.extend(_group(segment, joins, opened(segment), alike))
    return chains


_LIST_OPENING = re.compile(r"\s*(?:the following(?: \w+)?)?\s*[:\-–]?\s*", re.I)


def _opens(line: str, label: re.Match[str], start: int) -> bool:
    """The label opens the list that starts at `start`: "one of Python, R", "any of the
    following: ..."; not "one of the best teams; Python, SQL and Spark"."""
    return label.end() <= start and bool(_LIST_OPENING.fullmatch(line, label.end(), start))


def _group(
    segment: list[Placed], joins: list[str], listed: bool, alike: Alike
) -> list[list[Placed]]:
    """The alternatives in a run of neighbours: all of it when its last "or" follows a comma
    (or it follows "any of"), else the items joined by plain "or" at its end and the items
    listed before them that are close to them."""
    ors = [k for k, join in enumerate(joins) if join != "comma"]
    if not ors:
        return [segment] if listed and len(segment) > 1 else []
    last = ors[-1]
    if joins[last] == "comma-or" or listed:
        return [segment[: last + 2]]
    first = last
    while first > 0 and joins[first - 1] == "or":
        first -= 1
    while (
        first > 0 and joins[first - 1] == "comma" and _joins_the_choice(segment, first, last, alike)
    ):
        first -= 1  # "Snowflake, BigQuery or Redshift": one kind of thing, one choice
    return [segment[first : last + 2]]


def _joins_the_choice(segment: list[Placed], first: int, last: int, alike: Alike) -> bool:
    """The item before `first` is close to one of the items joined by "or" ("Snowflake" to
    "BigQuery"; not "SQL" to "Python or R"); terms the taxonomy does not know join terms the
    taxonomy does not know ("ACL, EMNLP or NeurIPS")."""
    before = segment[first - 1][2]
    group = [req for _, _, req in segment[first : last + 2]]
    if not before.known and not any(req.known for req in group):
        return True
    return any(alike(before, req) for req in group)


def link_alternatives(
    requirements: list[Requirement], lines: LineIndex, alike: Alike
) -> list[Requirement]:
    """Fill each requirement's `alternatives` from the lines that offer a choice, and leave
    out the members made redundant by a member asked for on its own."""
    redundant: set[int] = set()
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        if not _OFFERS_A_CHOICE.search(line):
            continue
        for chain in _chains(line, _placed(line, requirements), alike):
            members = [req for _, _, req in chain]
            alone = [req for req in members if req.line != number and not req.alternatives]
            if alone and max(IMPORTANCE_ORDER[r.importance] for r in alone) >= max(
                IMPORTANCE_ORDER[r.importance] for r in members
            ):
                redundant.update(id(req) for req in members if req.line == number)
                continue
            wording = line[chain[0][0] : chain[-1][1]]
            for req in members:
                req.alternatives = [other.id for other in members if other is not req]
                req.choice = wording
    return [req for req in requirements if id(req) not in redundant]
