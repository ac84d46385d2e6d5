"""Requirements a posting offers as alternatives: "Tableau or Power BI", "AWS, GCP, or Azure",
"One or more of: Python, Java, Go".

Items joined by "or" (or "and/or") form a group; a comma list joins the group with a comma
before its "or" ("AWS, GCP, or Azure"), after "one or more of" / "any of", before "or
similar", or without the comma while its items are close to the ones joined by "or" in the
taxonomy ("Snowflake, BigQuery or Redshift"; in "Python, SQL, Tableau or Power BI" only the BI
tools). A comma after the group ends it. A requirement and its examples are one group ("a
deep learning framework (e.g., PyTorch)", "feature stores (Feast, Tecton)"), but a product's
parts are not ("Python (pandas, NumPy)"). A slash groups close alternatives only
("PyTorch/TensorFlow"; "ETL/DWH testing" and "Python/SQL" ask for both). Showing any member
meets the group (match.py). A member asked for on its own elsewhere makes the others
redundant: after "- Python", the line "- Python or R" asks nothing more."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TypeVar

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
T = TypeVar("T")


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
        for wording in dict.fromkeys((_DEFINED.sub("", req.jd_text), req.jd_text, req.name)):
            at = _whole_word(lowered, wording.lower())
            if at != -1:
                found.append((at, at + len(wording), req))
                break
    # longest first, so that "LLMs" inside "fine-tuning LLMs" is not an item of its own
    kept: list[Placed] = []
    for item in sorted(found, key=lambda item: item[0] - item[1]):
        if not any(k[0] < item[1] and item[0] < k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda item: item[0])


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

    def opened(segment: list[Placed]) -> bool:  # "One or more of: <segment>", "<...>, or similar"
        if segment and _OPEN_ENDED.match(line, segment[-1][1]):
            return True
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


# "Pinecone, Weaviate, or similar": the list's items are examples of what is asked
_OPEN_ENDED = re.compile(
    r"\s*,?\s*(?:or|and/or)\s+(?:similar|equivalent|comparable|alternatives?|the like)\b", re.I
)
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


# "a deep learning framework (e.g., PyTorch or JAX)", "cloud platforms such as AWS or GCP"
_EXAMPLES = re.compile(
    r"(?P<open>\(\s*)?\b(?:e\.\s?g\.?|eg\.|such as|like|for example|for instance)(?!\w)[\s,:]*",
    re.I,
)
_HEAD_TAIL = re.compile(r"[\s,]*(?:[a-z][\w-]*[\s,]*){0,3}?(?:\(\s*)?", re.I)  # "framework ("
_EXAMPLE_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and/or|or|and)\s+)?", re.I)
_PAREN = re.compile(r"\(([^()]*)\)")
_CHOICE_WORD = re.compile(r"\bor\b|/", re.I)
_NESTING = re.compile(r"[(/]")


def _example_groups(line: str, placed: list[Placed]) -> list[list[Placed]]:
    """A requirement followed by examples of it ("a deep learning framework (e.g., PyTorch,
    TensorFlow)", "cloud platforms such as AWS, GCP"): showing the requirement or any example
    meets it (not after a term the taxonomy does not know: "programming languages such as C#
    and C" asks for the languages)."""
    groups = []
    for marker in _EXAMPLES.finditer(line):
        heads = [p for p in placed if p[1] <= marker.start()]
        if not heads or not _HEAD_TAIL.fullmatch(line, heads[-1][1], marker.start()):
            continue
        head, examples = heads[-1], _examples_after(line, marker, placed)
        if examples and head[2].known:
            groups.append([head, *examples])
    return groups


# "BI tools - Looker, Mode or Tableau": a kind of thing labelling the list that follows
_LABEL = re.compile(r"(?<=\s)[-–]\s|(?<=\w):\s")


def _generic_heads(line: str, placed: list[Placed], number: int) -> list[Requirement]:
    """Terms the taxonomy does not know that only name the kind of the items listed after
    them ("programming languages such as C# and C", "BI tools - Looker or Tableau"): the
    items are what is asked."""
    heads = []
    for marker in [*_EXAMPLES.finditer(line), *_LABEL.finditer(line)]:
        before = [p for p in placed if p[1] <= marker.start()]
        if not before or not _HEAD_TAIL.fullmatch(line, before[-1][1], marker.start()):
            continue
        head, tail = before[-1][2], line[before[-1][1] : marker.start()]
        if marker.re is _LABEL and not tail.strip():
            continue  # "Safety Procedures: compliance with ..." explains what it asks
        if not head.known and head.line == number and _examples_after(line, marker, placed):
            heads.append(head)
    return heads


def _examples_after(line: str, marker: re.Match[str], placed: list[Placed]) -> list[Placed]:
    """The items listed right after an examples marker, up to its closing parenthesis."""
    closing = line.find(")", marker.end()) if marker.groupdict().get("open") else -1
    end = closing if closing != -1 else len(line)
    examples: list[Placed] = []
    at = marker.end()
    for item in placed:
        if item[0] < at:
            continue
        if item[1] > end or not _EXAMPLE_JOIN.fullmatch(line, at, item[0]):
            break
        examples.append(item)
        at = item[1]
    return examples


Parenthesis = tuple[int, re.Match[str], list[Placed]]  # the item before it, it, its items


def _parentheses(line: str, placed: list[Placed]) -> list[Parenthesis]:
    """Each parenthesis that holds requirements, with the index of the requirement a few
    words before it ("a cloud data warehouse (Snowflake, ...)"), or -1."""
    found = []
    for paren in _PAREN.finditer(line):
        inside = [p for p in placed if paren.start() < p[0] and p[1] < paren.end()]
        before = [n for n, p in enumerate(placed) if p[1] <= paren.start()]
        owner = before[-1] if before else -1
        if owner != -1 and not _HEAD_TAIL.fullmatch(line, placed[owner][1], paren.start()):
            owner = -1
        if inside:
            found.append((owner, paren, inside))
    return found


def _is_concept(req: Requirement) -> bool:
    """A kind of thing rather than a product: "Cloud computing", "feature stores", "fine-tuning
    LLMs" (its name or the posting's words in lower case); not "Python" or "AWS"."""
    words = req.name.split()
    return (len(words) > 1 and words[-1][:1].islower()) or any(
        word[:1].islower() for word in req.jd_text.split()
    )


def _nested_groups(line: str, placed: list[Placed], alike: Alike) -> list[list[Placed]]:
    """Choices around parentheses: in "AWS (SageMaker, Lambda) or GCP" the services go with
    AWS, one of the choice; a kind of thing followed by a list of its kind ("feature stores
    (Feast, Tecton)") or by a choice ("multi-GPU training (DDP, DeepSpeed, or FSDP)") may be
    met by any of them; a product's parts ("Python (pandas, NumPy)") stay asked."""
    parens = _parentheses(line, placed)
    attached = {
        owner: items
        for owner, paren, items in parens
        if owner != -1 and not line[placed[owner][1] : paren.start()].strip()
    }
    inner = {id(p) for items in attached.values() for p in items}
    groups = []
    for chain in _chains(line, [p for p in placed if id(p) not in inner], alike):
        members = [*chain]
        for item in chain:
            members.extend(attached.get(placed.index(item), []))
        groups.append(members)
    for owner, paren, items in parens:
        head = placed[owner] if owner != -1 else None
        choice = _CHOICE_WORD.search(paren[1])
        if not head or not head[2].known or (len(items) < 2 and not choice):
            continue  # "Applicant Tracking Systems (ATS)" spells the head out
        if choice or _is_concept(head[2]):
            groups.append([head, *items])
    return groups


def _slash_groups(line: str, placed: list[Placed], alike: Alike) -> list[list[Placed]]:
    """ "PyTorch/TensorFlow", "AWS/GCP": a slash between close alternatives in the taxonomy
    offers a choice; between others it asks for both ("ETL/DWH testing", "Python/SQL")."""
    groups: list[list[Placed]] = []
    for first, second in pairwise(placed):
        if line[first[1] : second[0]].strip() != "/" or not alike(first[2], second[2]):
            continue
        if groups and groups[-1][-1] is first:
            groups[-1].append(second)
        else:
            groups.append([first, second])
    return groups


def _merged(groups: list[list[T]], start: Callable[[T], int]) -> list[list[T]]:
    """Groups that share a member, joined into one (ordered by `start`)."""
    merged: list[list[T]] = []
    for group in groups:
        keys = {id(item) for item in group}
        overlapping = [m for m in merged if keys & {id(item) for item in m}]
        union = {id(item): item for m in [*overlapping, group] for item in m}
        merged = [m for m in merged if not any(m is o for o in overlapping)]
        merged.append(sorted(union.values(), key=start))
    return merged


def link_alternatives(
    requirements: list[Requirement], lines: LineIndex, alike: Alike
) -> list[Requirement]:
    """Fill each requirement's `alternatives` from the lines that offer a choice, and leave
    out the members made redundant by a member asked for on its own."""
    redundant: set[int] = set()
    found: list[tuple[list[Requirement], str]] = []  # each line's choices and their wording
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        examples = _EXAMPLES.search(line)
        labelled = _LABEL.search(line)
        if not (examples or labelled or _OFFERS_A_CHOICE.search(line) or _NESTING.search(line)):
            continue
        placed = _placed(line, requirements)
        groups = _chains(line, placed, alike)
        if "(" in line:
            groups += _nested_groups(line, placed, alike)
        if examples or labelled:
            groups += _example_groups(line, placed)
            redundant.update(id(req) for req in _generic_heads(line, placed, number))
        if "/" in line:
            groups += _slash_groups(line, placed, alike)
        for chain in _merged(groups, lambda item: item[0]):
            members = [req for _, _, req in chain]
            alone = [req for req in members if req.line != number and not req.alternatives]
            if alone and max(IMPORTANCE_ORDER[r.importance] for r in alone) >= max(
                IMPORTANCE_ORDER[r.importance] for r in members
            ):
                redundant.update(id(req) for req in members if req.line == number)
                continue
            for req in members:
                req.alternatives = [other.id for other in members if other is not req]
            found.append((members, _wording(line, chain[0][0], chain[-1][1])))
    _settle(found)
    return [req for req in requirements if id(req) not in redundant]


def _wording(line: str, start: int, end: int) -> str:
    """The posting's words for a choice, with the parenthesis it opened closed."""
    wording = line[start:end]
    closing = line.find(")", end)
    if wording.count("(") > wording.count(")") and closing != -1 and "(" not in line[end:closing]:
        return line[start : closing + 1]  # "(Pinecone, Weaviate, or similar)"
    return wording


def _settle(found: list[tuple[list[Requirement], str]]) -> None:
    """One choice per requirement: choices on several lines that share a member are one
    ("cloud platforms such as AWS or GCP" and "AWS (SageMaker) or GCP"), quoted together."""
    wordings = {id(req): wording for members, wording in found for req in members}
    order = {id(req): n for n, (members, _) in enumerate(found) for req in members}
    for members in _merged([m for m, _ in found], lambda req: order[id(req)]):
        choice = "; ".join(dict.fromkeys(wordings[id(req)] for req in members))
        for req in members:
            req.alternatives = [other.id for other in members if other is not req]
            req.choice = choice
