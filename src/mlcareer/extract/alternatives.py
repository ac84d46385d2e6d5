"""Requirements a posting offers as alternatives: "Tableau or Power BI", "AWS, GCP, or Azure".

Items named on one line and joined by "or" form a group; a list joined by commas
is a group when its last join is "or". Showing any member meets the group (match.py)."""

from __future__ import annotations

import re
from collections import defaultdict

from ..models import Requirement
from .lines import LineIndex

# What stands between two alternatives: "or" (a slash is not enough: "ETL/DWH testing" asks
# for both), or a comma before a later "or"
_OR = re.compile(r"^\s*(?:,\s*)?or\s*$", re.I)
_COMMA = re.compile(r"^\s*,\s*$")
_DEFINED = re.compile(r"\s*\([^()]*\)$")
Placed = tuple[int, int, Requirement]  # where a requirement's wording stands on its line


def _placed(line: str, requirements: list[Requirement]) -> list[Placed]:
    """Where each requirement's wording stands on the line, in line order."""
    lowered = line.lower()
    found = []
    for req in requirements:
        wording = _DEFINED.sub("", req.jd_text).lower()  # "... (MDM)" stands as written
        at = _whole_word(lowered, wording)
        if at != -1:
            found.append((at, at + len(wording), req))
    return sorted(found, key=lambda item: item[0])


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


def _chains(line: str, placed: list[Placed]) -> list[list[Placed]]:
    """Runs of neighbours joined by "or", with commas before the "or": "AWS, GCP, or Azure";
    a comma after the "or" ends the run ("Tableau or Power BI, SQL")."""
    chains: list[list[Placed]] = []
    run: list[Placed] = []
    offered = False  # the run has met its "or"
    for index, item in enumerate(placed):
        between = line[placed[index - 1][1] : item[0]] if index else ""
        joined = bool(_OR.match(between)) or (bool(_COMMA.match(between)) and not offered)
        if index and joined:
            run.append(item)
            offered = offered or bool(_OR.match(between))
            continue
        if offered:
            chains.append(run)
        run, offered = [item], False
    if offered:
        chains.append(run)
    return chains


def link_alternatives(requirements: list[Requirement], lines: LineIndex) -> None:
    """Fill each requirement's `alternatives` from the wording of its line."""
    by_line: dict[int, list[Requirement]] = defaultdict(list)
    for req in requirements:
        if not req.id.startswith("role:"):
            by_line[req.line].append(req)
    for number, members in by_line.items():
        if len(members) < 2:
            continue
        line = lines.line_text(number)
        for chain in _chains(line, _placed(line, members)):
            wording = line[chain[0][0] : chain[-1][1]]
            for _, _, req in chain:
                req.alternatives = [other.id for _, _, other in chain if other is not req]
                req.choice = wording
