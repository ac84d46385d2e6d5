"""Requirements a posting offers as alternatives: "Tableau or Power BI", "AWS, GCP, or Azure",
"One or more of: Python, Java, Go".

Items joined by "or" (or "and/or") form a group; a comma list joins the group with a comma
before its "or" ("AWS, GCP, or Azure"), after "one or more of" / "any of", or without the comma
while its items are close to the ones joined by "or" in the taxonomy ("Snowflake, BigQuery or
Redshift"; in "Python, SQL, Tableau or Power BI" only the BI tools), as spoken languages are
("English, French or German"); before "or similar" only close alternatives join. A comma after
the group ends it. A thing and its examples are one group ("cloud platforms such as AWS",
"feature stores (Feast, Tecton)"); examples of something narrower than the skill before them
are the group themselves ("a deep learning framework (e.g., PyTorch or JAX)"), and so are
examples of another kind than it ("deploying ML models (TensorFlow, PyTorch)": the practice is
asked apart); a product's parts are no group ("Python (pandas, NumPy)"). Slashes group items of
one category some of which are close ("PyTorch/TensorFlow"; "ETL/DWH testing" and "Python/SQL"
ask for each; after "one of", any offer a choice). Showing any member meets the group
(match.py). A member asked for on its own makes the others redundant: with "- Python", the line
"- Python or R" asks nothing more. Choices on two lines that share a member stay apart unless
one holds the other."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise
from typing import TypeVar

from .. import regex_cache
from ..documents.cleaning import EAST_ASIAN_LETTER
from ..models import IMPORTANCE_ORDER, Requirement
from .importance import Gated
from .lines import LineIndex
from .service import BRANCH
from .spoken import SPOKEN_LANGUAGES
from .wraps import unwrapped

# After a name: its version ("Java 11+ or Kotlin", "Python 3.x, Go") and its acronym ("Amazon
# Web Services (AWS) or Microsoft Azure"). Each run of spaces follows a mark that must be
# there, so that a long gap is not split among optional spaces every possible way.
_VERSION = r"v?\d{1,3}(?:\.\d{1,3}){0,2}(?:\.x)?\+?|\+"
_ACRONYM = rf"(?:(?:{_VERSION})\s*)?(?:\([^()]*\)\s*)?"
# Before a military occupation code, the branch whose code it is: "Army 35F, or Air Force 1N0"
_BRANCH = rf"(?:{BRANCH}\s*)?"
# "Airflow or Dagster", "Java, C++, or Go", and an aside: "Airflow (or Dagster)"
# ... and as Chinese, Japanese and Korean postings say "or": "PyTorch或TensorFlow",
# "PyTorchまたはTensorFlow", "PyTorch 또는 TensorFlow"; their list commas "、" and "，"
_CJK_OR = "或者?|または|もしくは|또는|혹은"
_OR = regex_cache.compile(
    rf"^\s*{_ACRONYM}([,，、]\s*)?(?:\(\s*)?(?:or|and/or|{_CJK_OR})\s*{_BRANCH}$", re.I
)
_COMMA = regex_cache.compile(rf"^\s*{_ACRONYM}[,，、]\s*{_BRANCH}$")
_AND = regex_cache.compile(rf"^\s*{_ACRONYM}(?:,\s*)?and\s*$", re.I)
# "at least two of" is read as a choice too: any one member shown is closer to the ask than
# all of them asked
_ANY_OF = regex_cache.compile(
    r"\b(?:(?:one|two|three) or more of|any(?: (?:one|two|three))? of"
    r"|at least (?:one|two|three|[123]) of|either of|one of)\b",
    re.I,
)
_DEFINED = regex_cache.compile(r"\s*\([^()]*\)$")
_OFFERS_A_CHOICE = regex_cache.compile(rf"\bor\b|\b(?:any|one) of\b|{_CJK_OR}", re.I)
Placed = tuple[int, int, Requirement]  # where a requirement's wording stands on a line
Alike = Callable[[Requirement, Requirement], bool]  # two requirements are close alternatives
Category = Callable[[Requirement], str | None]  # the taxonomy's category of a known skill
# Requirements for the skills close to a known one, of its category: what "or similar" admits
Similar = Callable[[Requirement], list[Requirement]]
T = TypeVar("T")


def _joins(letter: str, edge: str) -> bool:
    """`letter` beside a word's `edge` letter makes one word with it; a Latin name beside
    Chinese, Japanese or Korean ("熟悉PyTorch或TensorFlow") stands apart."""
    if not letter.isalnum():
        return False
    return EAST_ASIAN_LETTER.match(letter) is None or EAST_ASIAN_LETTER.match(edge) is not None


def _whole_words(text: str, word: str) -> Iterator[int]:
    """Where `word` stands in `text` as whole words ("R" not inside "or")."""
    at = text.find(word) if word else -1
    while at != -1:
        before = text[at - 1 : at] if at else ""
        after = text[at + len(word) : at + len(word) + 1]
        if not _joins(before, word[0]) and not _joins(after, word[-1]):
            yield at
        at = text.find(word, at + 1)


def _placed_lines(requirements: list[Requirement], lines: LineIndex) -> dict[int, list[Placed]]:
    """Where each requirement's wording (or name) stands on each line that holds two or more,
    in line order: one search of the text per wording, not per line."""
    text = lines.text
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ") stays as it is
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    found: dict[int, dict[int, Placed]] = {}  # line -> requirement -> where
    for req in requirements:
        for wording in dict.fromkeys((_DEFINED.sub("", req.jd_text), req.jd_text, req.name)):
            for at in _whole_words(lowered, wording.lower()):
                number = lines.line_of(at)
                on_line = found.setdefault(number, {})
                if id(req) not in on_line:  # the first wording found, first where it stands
                    start = at - lines.line_start(number)
                    on_line[id(req)] = (start, start + len(wording), req)
    return {
        number: _apart(list(on_line.values()))
        for number, on_line in found.items()
        if len(on_line) > 1
    }


# What stands around an item that names one thing alone: "- CI/CD", "* ci/cd."
_ITEM_MARKS = " \t-–—•*▪◦·>:;.,"


def _named_alone(requirements: list[Requirement], lines: LineIndex) -> set[int]:
    """The requirements a line names alone, as a list's item ("- CI/CD"): asked on their own,
    whatever examples another line gives of them ("CI/CD tools such as Jenkins")."""
    items = {lines.line_text(n).strip(_ITEM_MARKS).lower() for n in range(1, len(lines) + 1)}
    return {
        id(req)
        for req in requirements
        if req.jd_text.strip(_ITEM_MARKS).lower() in items or req.name.lower() in items
    }


def _apart(found: list[Placed]) -> list[Placed]:
    """The items in line order, longest first where they overlap, so that "LLMs" inside
    "fine-tuning LLMs" is not an item of its own."""
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
        if join is None and listing and line[segment[-1][1] : item[0]].strip() == "/":
            join = "comma"  # "at least one of C++/Python/Java"
        if join is not None and listing and not (join == "and" and after_or):
            # "One or more of: Python, Java and Go"; "one of Java or Scala, and SQL" ends
            segment.append(item)
            joins.append("comma-or")
            continue
        chains.extend(_group(segment, joins, listing, alike))
        segment, joins = [item], []
    chains.extend(_group(segment, joins, opened(segment), alike))
    return chains


# "Pinecone, Weaviate, or similar", "Java, C++, Python or a related language": the list's
# items are examples of what is asked. It opens where a run of spaces does, and the spaces
# after the comma or bracket go with it: a long run is neither tried from each of its spaces
# nor split between two optional ones.
_OPEN_ENDED = regex_cache.compile(
    r"(?<!\s)\s*(?:[,(]\s*)?(?:or|and/or)\s+(?:(?:an?|any)\s+)?"
    r"(?:similar|equivalent|comparable|related|other|another|alternatives?|the like)\b",
    re.I,
)
# "... related (programming) language"
_KIND_AFTER = regex_cache.compile(r"(?:\s+[a-z]+){1,2}", re.I)
_LIST_OPENING = regex_cache.compile(r"\s*(?:the following(?: \w+)?)?\s*[:\-–]?\s*", re.I)


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
    while first > 0 and joins[first - 1] == "comma" and _joins_the_choice(segment, first, alike):
        first -= 1  # "Snowflake, BigQuery or Redshift": one kind of thing, one choice
    return [segment[first : last + 2]]


def _joins_the_choice(segment: list[Placed], first: int, alike: Alike) -> bool:
    """The item before `first` is close to an item of the choice, or to an item listed before
    it that is ("Elasticsearch, Solr, OpenSearch or Vespa": Solr is close to Elasticsearch,
    which is close to OpenSearch); not "SQL" to "Python or R". Terms the taxonomy does not
    know join terms the taxonomy does not know ("ACL, EMNLP or NeurIPS")."""
    before = segment[first - 1][2]
    group = [req for _, _, req in segment[first:]]
    if not before.known and not any(req.known for req in group):
        return True
    reached = set(map(id, group))
    listed = [req for _, _, req in segment[: first - 1]]
    changed = True
    while changed:  # the items listed before that connect to the choice through close items
        changed = False
        for req in listed:
            if id(req) not in reached and any(alike(req, other) for other in group):
                reached.add(id(req))
                group.append(req)
                changed = True
    return any(alike(before, req) for req in group)


# "a deep learning framework (e.g., PyTorch or JAX)", "cloud platforms such as AWS or GCP"
_EXAMPLE_MARKS = regex_cache.compile(
    r"(?P<open>\(\s*)?\b(?:e\.\s?g\.?|eg\.|such as|(?<!would )(?<!['’]d )like|for example"
    r"|for instance)(?!\w)[\s,:]*",
    re.I,
)
_EXAMPLES = Gated(
    _EXAMPLE_MARKS, regex_cache.compile(r"e\.|eg\.|such as|like|for example|for instance")
)
# Markers of examples only: any one of them shows what they illustrate ("such as" and "like"
# may list all that is asked)
_FOR_EXAMPLE = regex_cache.compile(r"\(?\s*(?:e\.\s?g\.?|eg\.|for example|for instance)", re.I)
# Words naming a kind of thing: "a deep learning framework (e.g., ...)", "BI tools - ..."
KIND_NOUNS = frozenset(
    """framework frameworks tool tools tooling platform platforms service services library
    libraries language languages system systems database databases store stores engine engines
    solution solutions technology technologies package packages stack stacks provider providers
    environment environments practices methods techniques approaches models algorithms
    architectures applications products software suites toolkits devices warehouse warehouses
    lake lakes orchestrator orchestrators format formats protocol protocols api apis
    infrastructure cloud clouds metrics harness harnesses""".split()
)
# Kinds that add nothing to what they follow: "ASR systems" are ASR, "NLP models" are NLP.
_PLAIN_KINDS = frozenset(
    """system systems methods techniques approaches models algorithms architectures
    applications solutions practices""".split()
)
# Words for how much of a thing is known, which name no other thing: "Cloud experience, e.g."
_GRADE_NOUNS = frozenset("experience knowledge skills expertise background exposure".split())
# Between a requirement and its examples: nothing, or a word or two naming its kind
_HEAD_TAIL = regex_cache.compile(r"[\s,]*(?:[a-z]+\s*){0,2}?[\s,]*(?:\(\s*)?", re.I)
# Between two examples: a separator, after a version number ("wav2vec 2.0, Whisper"), and
# items of the list that name nothing found ("such as precision, recall": "precision, ")
_EXAMPLE_JOIN = regex_cache.compile(
    r"(?:\s+v?\d+(?:\.\d+)*)?\s*(?:[,;]\s*)?(?:[A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,2},\s*)*"
    r"(?:(?:and/or|or|and)\s+)?",
    re.I,
)
_PAREN = regex_cache.compile(r"\(([^()]*)\)")
_CHOICE_WORD = Gated(regex_cache.compile(r"\bor\b|/", re.I), regex_cache.compile("or|/"))
_NESTING = regex_cache.compile(r"[(/]")


def _head_before(line: str, at: int, placed: list[Placed]) -> Placed | None:
    """The requirement that the examples starting at `at` illustrate: the one right before,
    or a word or two naming its kind before ("a deep learning framework (e.g., ...)"; not
    "Python skills and tooling like Docker")."""
    before = [p for p in placed if p[1] <= at]
    if not before:
        return None
    tail = _HEAD_TAIL.fullmatch(line, before[-1][1], at)
    words = _WORD.findall(tail.group()) if tail else []
    if tail is None or any(w.lower() not in KIND_NOUNS | _GRADE_NOUNS for w in words):
        return None
    return before[-1]


_WORD = regex_cache.compile(r"[a-z]+", re.I)

_FOR = regex_cache.compile(r"\s+for\s+(?:the\s+|an?\s+)?", re.I)


def _purpose_owner(
    line: str, head: Placed, items: list[Placed], placed: list[Placed], category: Category
) -> Placed | None:
    """In "CI/CD for machine learning (GitHub Actions, Jenkins)" the examples illustrate the
    thing before "for", of their own category, not the purpose named after it."""
    before = [p for p in placed if p[1] <= head[0]]
    if not before or not _FOR.fullmatch(line, before[-1][1], head[0]):
        return None
    owner = before[-1]
    kinds = {category(item[2]) for item in items}
    if None in kinds or len(kinds) != 1 or category(head[2]) in kinds:
        return None
    return owner if category(owner[2]) in kinds else None


# "BI tools - Looker, Mode or Tableau": a kind of thing labelling the list that follows
_LABEL = regex_cache.compile(r"(?<=\s)[-–]\s|(?<=\w):\s")

Illustration = tuple[str, int, list[Placed], bool]  # marker kind, where, the items, a choice


Listing = tuple[re.Match[str], list[Placed]]  # a parenthesis that only lists, and its items


def _listings(line: str, placed: list[Placed]) -> list[Listing]:
    """The parentheses of the line that only list things, with the items they hold."""
    found = []
    for paren in _PAREN.finditer(line):
        inside = [p for p in placed if paren.start() < p[0] and p[1] < paren.end()]
        if inside and _only_lists(line, paren, inside):
            found.append((paren, inside))
    return found


def _illustrations(line: str, placed: list[Placed], listings: list[Listing]) -> list[Illustration]:
    """Lists that illustrate what stands before them: after "e.g." / "such as" / "like", after
    a label's dash or colon, and in a parenthesis that only lists things."""
    found: list[Illustration] = []
    for marker in _EXAMPLES.finditer(line):
        found.append(("examples", marker.start(), _examples_after(line, marker, placed), True))
    for marker in _LABEL.finditer(line):
        found.append(("label", marker.start(), _examples_after(line, marker, placed), False))
    for paren, inside in listings:
        choice = len(inside) > 1 or bool(_CHOICE_WORD.search(paren[1]))
        found.append(("paren", paren.start(), inside, choice))
    return [item for item in found if item[2]]


def _illustrated(
    line: str,
    placed: list[Placed],
    listings: list[Listing],
    number: int,
    kinship: tuple[Alike, Category],
) -> tuple[list[list[Placed]], set[int], set[int]]:
    """Requirements and the lists that illustrate them: the choices they make, the heads that
    stand in them for their wording only, and the heads dropped from the posting.

    "cloud platforms (AWS, GCP, or Azure)", "feature stores (e.g., Feast)": the thing or any
    example meets it. "a deep learning framework (e.g., PyTorch or JAX)", "Cloud ML platforms
    (SageMaker or Vertex AI)", "a vector database (Pinecone, ...)": what is asked is one of
    the examples, not the broader thing named before them; a product's parts ("GCP services
    such as BigQuery") leave the product asked beside them. A term the taxonomy does not know
    that names only a kind ("programming languages such as C#", "BI tools - Looker") is
    dropped; "Real-time bidding experience - Kafka" names a thing of its own."""
    kind_of, category = kinship
    groups: list[list[Placed]] = []
    wording_only: set[int] = set()
    dropped: set[int] = set()
    for kind, at, items, choice in _illustrations(line, placed, listings):
        if _all_asked(line, items):
            continue
        head = _head_before(line, at, placed)
        owner = _purpose_owner(line, head, items, placed, category) if head else None
        if owner is not None and kind == "paren":
            groups.append([owner, *items])  # the thing or any example meets it
            continue
        if head is None:
            if len(items) > 1 and _offers_examples(line, kind, at):
                groups.append(items)  # "(e.g., NeurIPS, ICML)" after something unnamed
            continue
        req = head[2]
        named = _WORD.findall(line[head[0] : at])
        kind_named = bool(named) and named[-1].lower() in KIND_NOUNS  # none: "日本語（N3）"
        only_here = req.line == number
        if not req.known:
            if kind_named and only_here:
                dropped.add(id(req))
            elif kind != "label" and (kind == "examples" or choice) and _is_concept(req):
                groups.append([head, *items])  # "clinical data standards (ICD-10, LOINC)"
            continue
        if kind == "label":
            continue
        added = [w.lower() for w in named[len(_WORD.findall(line[head[0] : head[1]])) :]]
        broader = bool(set(added) - _PLAIN_KINDS - _GRADE_NOUNS) or (
            len(named) == 1 and kind_named  # "a vector database (...)": "database" alone
        )
        if broader:
            # "GCP services such as BigQuery": GCP stays asked
            stays = not only_here or _parts_of(req, added, items, kinship)
            (wording_only if stays else dropped).add(id(req))
            groups.append([head, *items])
        elif kind == "examples" or (choice and _is_concept(req)):
            groups += _with_head(head, items, kind_of)
    return groups, wording_only, dropped


# What a product is made of: "GCP services", "Python libraries", "OpenAI APIs"; not "CI/CD
# tools" or "SQL engines", kinds of thing that one example meets
_PART_NOUNS = frozenset("service services library libraries package packages api apis".split())
# ... and what a cloud vendor's platform is made of besides: "Azure tools like Synapse"
_PLATFORM_PART_NOUNS = frozenset("tool tools tooling products offerings".split())
_PLATFORMS = "cloud"  # the taxonomy's category of the vendors' platforms (AWS, Azure, GCP)


def _parts_of(
    product: Requirement, added: list[str], items: list[Placed], kinship: tuple[Alike, Category]
) -> bool:
    """The examples are parts of a product named before them ("GCP services such as BigQuery
    and Vertex AI", "AWS services (SageMaker, Lambda)", "Azure tools like Synapse"): the
    product is asked with them, unlike a kind of thing ("a deep learning framework (e.g.,
    PyTorch)", "ETL tools such as Airflow"), which one example meets."""
    kind_of, category = kinship
    parts = _PART_NOUNS
    if category(product) == _PLATFORMS:
        parts = parts | _PLATFORM_PART_NOUNS
    return (
        not parts.isdisjoint(added)
        and not _is_concept(product)
        and all(kind_of(item[2], product) for item in items)
    )


def _with_head(head: Placed, items: list[Placed], kind_of: Alike) -> list[list[Placed]]:
    """A thing and its examples as one choice ("cloud platforms (AWS, GCP)"); examples none
    of which the taxonomy holds to be of the thing's kind are asked apart from it: in
    "deploying ML models (TensorFlow, PyTorch)" the frameworks are what the models are built
    in, a choice of their own, and deploying is asked in any case."""
    if any(kind_of(item[2], head[2]) for item in items):
        return [[head, *items]]
    return [items] if len(items) > 1 else []


# Plural kinds whose bracketed list offers examples: "top-tier venues (NeurIPS, ICML, KDD)"
_PLURAL_KINDS = frozenset(w for w in KIND_NOUNS if w.endswith("s")) | frozenset(
    "venues conferences journals workshops".split()
)
_LAST_WORD = regex_cache.compile(r"([a-z]+)\s*$", re.I)


def _offers_examples(line: str, kind: str, at: int) -> bool:
    """The list at `at` offers examples: after "e.g.", or bracketed after a plural kind."""
    if kind == "examples":
        return bool(_FOR_EXAMPLE.match(line, at))
    before = _LAST_WORD.search(line, 0, at)
    return kind == "paren" and before is not None and before.group(1).lower() in _PLURAL_KINDS


def _examples_after(line: str, marker: re.Match[str], placed: list[Placed]) -> list[Placed]:
    """The items listed right after an examples marker, up to its closing parenthesis."""
    closing = line.find(")", marker.end()) if marker.groupdict().get("open") else -1
    end = closing if closing != -1 else len(line)
    examples: list[Placed] = []
    at = marker.end()
    offered = False  # "e.g. MLflow or W&B, and Kubernetes": the "and" after an "or" ends it
    for item in placed:
        if item[0] < at:
            continue
        join = _EXAMPLE_JOIN.fullmatch(line, at, item[0])
        if item[1] > end or not join:
            break
        if offered and _AND_WORD.search(join.group()):
            break
        offered = offered or bool(_CHOICE_WORD.search(join.group()))
        examples.append(item)
        at = item[1]
    return examples


_AND_WORD = regex_cache.compile(r"\band\b", re.I)
# After a list: every item is asked ("e.g. SQL and Python; both are required")
_ALL_OF_THEM = regex_cache.compile(
    r"\b(?:all (?:two|three|four|five|six|of (?:them|these|those|the above))|both)\b", re.I
)


def _all_asked(line: str, items: list[Placed]) -> bool:
    """The words right after a list say every item is asked: "(you will use all three
    daily)", "; both are required"; not "for both research and production"."""
    found = _ALL_OF_THEM.search(line, items[-1][1], items[-1][1] + 40)
    if found is None or not _BEFORE_ALL.fullmatch(line, items[-1][1], found.start()):
        return False
    return found.group() != "both" or bool(_BOTH_ASKED.match(line, found.end()))


_BEFORE_ALL = regex_cache.compile(r"[\s),;:\-–(]*(?:(?:you|we)(?:['’]ll| will)?\s+\w+\s+)?", re.I)
_BOTH_ASKED = regex_cache.compile(
    r"\s*(?:[.;,)]|$|(?:are|is|of them)\b|(?:required|needed|must)\b)", re.I
)


def _only_lists(line: str, paren: re.Match[str], inside: list[Placed]) -> bool:
    """The parenthesis only lists things: between its items stand separators, or names the
    taxonomy does not know ("(DeepSpeed, Horovod, or FSDP)"); "(Kubernetes or ECS a plus)"
    and "(and ideally Go or Rust)" say more than a list."""
    text = line[paren.start() + 1 : paren.end() - 1]
    offset = paren.start() + 1
    for start, end, _ in reversed(inside):
        text = text[: start - offset] + "\0" + text[end - offset :]
    return all(
        not part or part == "\0" or _NAME.fullmatch(part)
        for part in (piece.strip() for piece in _LIST_SEPARATOR.split(text))
    )


_LIST_SEPARATOR = regex_cache.compile(
    r",|;|/|\band/or\b|\bor\b|\band\b|\be\.\s?g\.?|\beg\.|\bsuch as\b|\betc\b\.?"
    r"|\b(?:similar|equivalent|comparable|the like)\b"
    r"|\b(?:preferred|preferably|acceptable|accepted|ideally)\b",  # "(GCP preferred; AWS ok)"
    re.I,
)
# "FSDP", "Vertex AI"
_NAME = regex_cache.compile(r"[A-Z0-9][\w&+.#-]*(?:\s+[A-Z0-9][\w&+.#-]*){0,2}")


def _is_concept(req: Requirement) -> bool:
    """A kind of thing rather than a product: "Cloud computing", "feature stores", "fine-tuning
    LLMs" (its name or the posting's words in lower case); not "Python" or "AWS"."""
    words = req.name.split()
    return (len(words) > 1 and words[-1][:1].islower()) or any(
        word[:1].islower() for word in req.jd_text.split()
    )


def _nested_groups(
    line: str, placed: list[Placed], listings: list[Listing], alike: Alike
) -> list[list[Placed]]:
    """A choice around parentheses: in "AWS (SageMaker, Lambda) or GCP" and "AWS (SageMaker)
    or GCP (Vertex AI)" the services go with their platform, one side of the choice; in "Java
    or Scala (Spark), Python" Spark, after the choice, stays asked."""
    attached: dict[int, list[Placed]] = {}
    for paren, inside in listings:
        before = [p for p in placed if p[1] <= paren.start()]
        if before and not line[before[-1][1] : paren.start()].strip():
            attached[id(before[-1])] = inside
    if not attached:
        return []
    inner = {id(p) for items in attached.values() for p in items}
    groups = []
    for chain in _chains(line, [p for p in placed if id(p) not in inner], alike):
        if any(id(item) in attached for item in chain[:-1]):  # a parenthesis within the choice
            groups.append([*chain, *(p for item in chain for p in attached.get(id(item), []))])
    return groups


def _open_ended_groups(
    line: str,
    placed: list[Placed],
    alike: Alike,
    category: Category,
    suite: Alike,
    similar: Similar,
) -> list[list[Placed]]:
    """ "Pinecone, Weaviate, or similar": the close alternatives listed before "or similar"
    are examples, any of which meets the item ("Spark, Python, SQL, Airflow or similar" asks
    for the first three), and so are parts of one suite ("Excel, Word, PowerPoint or similar");
    before "or a related language" the items of the category it names are ("Java, C++,
    Python"; not "AWS, Docker or other cloud platforms"). A term the taxonomy does not know is
    an example beside the item next to it ("Python, Zorblex, or similar"),
    and the thing named after "or other" is asked with its examples ("Salesforce, HubSpot or
    other CRM": any CRM). One example alone stands for the skills close to it in the taxonomy,
    alternatives too with the kind named ("Tableau or similar BI tool": Power BI, Looker, BI),
    also as a list's last item not close to the others when the kind is a skill ("Python, SQL,
    Tableau or similar BI tool"); otherwise that item does not ("Docker, Kubernetes or
    similar" asks for both)."""
    groups = []
    for ending in _OPEN_ENDED.finditer(line):
        listed = [p for p in placed if p[1] <= ending.start()]
        if not listed or line[listed[-1][1] : ending.start()].strip(" ,"):
            continue
        kinds = _kinds_named(line, ending.end())
        named = [kind for kind in kinds if kind in _CATEGORY_KINDS]  # "tools": no category
        if any(kind in (category(listed[-1][2]) or "") for kind in named):
            close = _kin(category)  # "or a similar systems language", "or other cloud providers"
        elif named:
            continue  # another category's kind: "AWS, Docker or other cloud platforms"
        else:  # "or similar", "or similar streaming tools", "or similar orchestrators"
            close = _or_unknown(lambda a, b: alike(a, b) or suite(a, b), category)
        run = _examples_run(line, listed, close)
        head = _named_after(line, ending.end(), placed)
        if head is not None and any(alike(head[2], item[2]) for item in run):
            run.append(head)
        elif len(run) == 1 and (_alone(line, listed) or _known_kind(line, ending, placed)):
            run += _admitted(line, ending, placed, run[0], similar)
        if (marker := _examples_of_similar(line, ending)) is not None:
            # any example meets the choice too
            run += _of_the_kind(_examples_after(line, marker, placed), run, close)
        if len(run) > 1:
            groups.append(run)
    return groups


def _of_the_kind(examples: list[Placed], run: list[Placed], close: Alike) -> list[Placed]:
    """The examples after "or similar" up to the first that is no close alternative to the
    choice's items: what comes after it is asked apart ("Airflow or a similar orchestrator
    such as Dagster, and Kubernetes")."""
    kept: list[Placed] = []
    for example in examples:
        if not any(close(member[2], example[2]) for member in run):
            break
        kept.append(example)
    return kept


# The kind named after "or similar", up to a word that ends it: "BI tool", "major cloud
# provider" ("or similar tools is a plus": "tools")
_KIND_PHRASE = regex_cache.compile(
    r"(?:\s+(?!(?:and|or|with|for|to|in|on|is|are|a|an|the|preferred|required|experience"
    r"|such|like|including|e|eg|i|ie)\b)"
    r"[a-z][\w-]*){1,3}",
    re.I,
)


_GAP = regex_cache.compile(r"[\s,:]*")


def _examples_of_similar(line: str, ending: re.Match[str]) -> re.Match[str] | None:
    """The examples marker right after "or similar" and the kind it names: "(or similar, e.g.
    Dagster)", "or a similar orchestrator such as Dagster", "or similar (e.g. Dagster)"."""
    kind = _KIND_PHRASE.match(line, ending.end())
    at = _GAP.match(line, kind.end() if kind else ending.end())
    return _EXAMPLES.match(line, at.end() if at else ending.end())


def _known_kind(line: str, ending: re.Match[str], placed: list[Placed]) -> bool:
    """The kind named after "or similar" holds a requirement ("BI tool"; not "tools")."""
    kind = _KIND_PHRASE.match(line, ending.end())
    return kind is not None and any(ending.end() <= p[0] and p[1] <= kind.end() for p in placed)


def _alone(line: str, listed: list[Placed]) -> bool:
    """The last item before "or similar" is not the end of a list of items."""
    return len(listed) == 1 or _join(line[listed[-2][1] : listed[-1][0]]) is None


def _admitted(
    line: str, ending: re.Match[str], placed: list[Placed], example: Placed, similar: Similar
) -> list[Placed]:
    """What "or similar" after one example adds to it: the skills close to it that the posting
    does not ask otherwise, and the requirements within the kind it names, set at the kind's
    end so that the choice's wording reaches it ("equivalent orchestrator" among them)."""
    kind = _KIND_PHRASE.match(line, ending.end())
    end = kind.end() if kind else ending.end()
    added = similar(example[2])
    if not added:
        return []
    named = [p for p in placed if ending.start() <= p[0] and p[1] <= end and p is not example]
    return [*named, *((end, end, req) for req in added)]


def _examples_run(line: str, listed: list[Placed], close: Alike) -> list[Placed]:
    """The items listed right before "or similar" that are its examples: each close to the
    nearest item of the run the taxonomy knows (any, while the run holds none)."""
    run = [listed[-1]]
    for item in reversed(listed[:-1]):
        known = next((p[2] for p in run if p[2].known), run[0][2])
        if _join(line[item[1] : run[0][0]]) is None or not close(item[2], known):
            break
        run.insert(0, item)
    return run


def _named_after(line: str, at: int, placed: list[Placed]) -> Placed | None:
    """The requirement named right after "or other" ("or other CRM"), if any."""
    return next((p for p in placed if p[0] >= at and not line[at : p[0]].strip()), None)


# Kinds the taxonomy's categories are named by ("programming-languages", "ml-frameworks",
# "databases", "cloud", "ml-libraries", "ml-methods"): after "or a related language" only the
# items of that category are its examples. Other kinds ("tools", "orchestrators", "stores")
# name no category ("tools" is not "developer-tools"): the close alternatives before them are
# the examples.
_CATEGORY_KINDS = frozenset({"langu", "frame", "datab", "cloud", "libra", "metho"})


def _or_unknown(alike: Alike, category: Category) -> Alike:
    """Close alternatives, or a thing the taxonomy does not know, whose closeness it cannot
    judge: before "or similar venues" the posting's own list is the examples ("ACL, EMNLP,
    NeurIPS"); in "Python, Zorblex, or similar" Python and Zorblex are."""
    return lambda a, b: alike(a, b) or category(a) is None or category(b) is None


def _kinds_named(line: str, at: int) -> list[str]:
    """The kinds of thing named at `at`, as the starts of their words ("langu" for
    "languages"), to find in a category's name ("programming-languages")."""
    words = _KIND_AFTER.match(line, at)
    kinds = [w for w in _WORD.findall(words.group()) if w.lower() in KIND_NOUNS] if words else []
    return [kind.lower()[:5] for kind in kinds]


def _or_languages(alike: Alike, category: Category) -> Alike:
    """`alike`, and two spoken languages: the taxonomy links no language to another, yet
    languages listed before "or" offer the one choice ("English, French or German")."""
    return lambda a, b: alike(a, b) or category(a) == category(b) == SPOKEN_LANGUAGES


def _kin(category: Category) -> Alike:
    """Two requirements of one category in the taxonomy."""
    return lambda a, b: (found := category(a)) is not None and found == category(b)


def _slash_groups(line: str, placed: list[Placed], alike: Alike, kin: Alike) -> list[list[Placed]]:
    """ "PyTorch/TensorFlow", "Redshift/BigQuery/Snowflake", "Python/Go/Java": items of one
    kind joined by slashes, some of them close alternatives in the taxonomy, offer a choice;
    others ask for each ("ETL/DWH testing", "Python/SQL", "Python/pandas")."""
    runs: list[list[Placed]] = []
    for first, second in pairwise(placed):
        if line[first[1] : second[0]].strip() != "/":
            continue
        if runs and runs[-1][-1] is first:
            runs[-1].append(second)
        else:
            runs.append([first, second])
    return [
        run
        for run in runs
        if all(kin(a[2], b[2]) for a, b in pairwise(run))
        and any(alike(a[2], b[2]) for a, b in pairwise(run))
    ]


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
    requirements: list[Requirement],
    lines: LineIndex,
    alike: Alike,
    category: Category,
    suite: Alike,
    similar: Similar,
    kind_of: Alike,
) -> list[Requirement]:
    """Fill each requirement's `alternatives` from the lines that offer a choice, and leave
    out the members made redundant by a member asked for on its own. `alike`: close
    alternatives; `suite`: parts of one suite (Excel and Word), alike before "or similar";
    `similar`: the skills "or similar" admits, added as members of its choice; `kind_of`:
    the first may be an example of the second (PyTorch of deep learning, not of deploying
    models)."""
    redundant: set[int] = set()
    found: list[tuple[list[Requirement], str]] = []  # each line's choices and their wording
    similar = _unasked(requirements, similar)
    placed_lines = _placed_lines(requirements, lines)
    named_alone = _named_alone(requirements, lines)
    for number in sorted(placed_lines):
        line = lines.line_text(number)
        examples = _EXAMPLES.search(line)
        labelled = _LABEL.search(line)
        if not (examples or labelled or _OFFERS_A_CHOICE.search(line) or _NESTING.search(line)):
            continue
        placed = placed_lines[number]
        listed_alike = _or_languages(alike, category)
        groups = _chains(line, placed, listed_alike)
        listings = _listings(line, placed) if "(" in line else []
        if listings:
            groups += _nested_groups(line, placed, listings, listed_alike)
        wording_only: set[int] = set()
        if examples or labelled or listings:
            illustrated, wording_only, dropped = _illustrated(
                line, placed, listings, number, (kind_of, category)
            )
            groups += illustrated
            wording_only |= dropped & named_alone  # "- CI/CD" below "CI/CD tools such as ..."
            redundant.update(dropped - named_alone)
        if "/" in line:
            groups += _slash_groups(line, placed, alike, _kin(category))
        if _OPEN_ENDED.search(line):
            groups += _open_ended_groups(line, placed, alike, category, suite, similar)
        for chain in _merged(groups, lambda item: item[0]):
            members = [r for _, _, r in chain if id(r) not in redundant | wording_only]
            if len(members) < 2:
                continue
            alone = [req for req in members if req.line != number and not req.alternatives]
            if alone and max(IMPORTANCE_ORDER[r.importance] for r in alone) >= max(
                IMPORTANCE_ORDER[r.importance] for r in members
            ):
                redundant.update(id(req) for req in members if req.line == number)
                continue
            for req in members:
                req.alternatives = [other.id for other in members if other is not req]
            wording = _wording(line, chain[0][0], chain[-1][1])
            found.append((members, wording + _preference_aside(line, chain[-1][1], members)))
    _settle(found)
    kept = [req for req in requirements if id(req) not in redundant]
    return kept + _added_members(requirements, found)


def _added_members(
    requirements: list[Requirement], found: list[tuple[list[Requirement], str]]
) -> list[Requirement]:
    """The members "or similar" added to a choice that stands, once each."""
    given = {id(req) for req in requirements}
    added = {id(r): r for members, _ in found for r in members if id(r) not in given and r.choice}
    return list(added.values())


def _unasked(requirements: list[Requirement], similar: Similar) -> Similar:
    """`similar` without the skills the posting asks for itself or "or similar" added already
    (one requirement a skill)."""
    asked = {req.id for req in requirements}

    def admitted(req: Requirement) -> list[Requirement]:
        found = [other for other in similar(req) if other.id not in asked]
        asked.update(other.id for other in found)
        return found

    return admitted


def _wording(line: str, start: int, end: int) -> str:
    """The posting's words for a choice, with the parenthesis it opened closed."""
    wording = line[start:end]
    closing = line.find(")", end)
    if wording.count("(") > wording.count(")") and closing != -1 and "(" not in line[end:closing]:
        return line[start : closing + 1]  # "(Pinecone, Weaviate, or similar)"
    return wording


# An aside right after a choice that prefers one of its members: "Python or R (R preferred)",
# "AWS or GCP (preferably GCP)", "(ideally Go)", "(we prefer GCP)"; it stays in the choice's
# wording
_PREFER = r"(?:preferably|ideally|preferred:?|we(?:['’]d|[ \t]+would)?[ \t]+prefer)"
_PREFERRED = r"(?:(?:is\s+)?preferred|preferably|ideally|(?:is\s+)?a\s+plus)"
_PREFERENCE_ASIDE = regex_cache.compile(
    rf"\s*\(\s*(?:{_PREFER}\s+(?P<after>[^()]{{1,40}}?)|(?P<before>[^()]{{1,40}}?)\s+{_PREFERRED})"
    r"\s*\)",
    re.I,
)
# ... or the same words after a comma, to the clause's end: "Java or Kotlin, Kotlin preferred",
# "AWS or GCP, ideally GCP"
_PREFERENCE_CLAUSE = regex_cache.compile(
    rf",[ \t]*(?:{_PREFER}[ \t]+(?P<after>[^,;.()]{{1,40}}?)"
    rf"|(?P<before>[^,;.()]{{1,40}}?)[ \t]+{_PREFERRED})[ \t]*(?=[,;.]|$)",
    re.I,
)


def _preference_aside(line: str, end: int, members: list[Requirement]) -> str:
    """The parenthesis or clause after a choice ending at `end` that prefers one of its
    `members` (" (R preferred)", ", Kotlin preferred"), or ""."""
    aside = _PREFERENCE_ASIDE.match(line, end) or _PREFERENCE_CLAUSE.match(line, end)
    if aside is None:
        return ""
    named = (aside.group("after") or aside.group("before")).strip().lower()
    if not any(named in (req.jd_text.lower(), req.name.lower()) for req in members):
        return ""
    return aside.group()


def _settle(found: list[tuple[list[Requirement], str]]) -> None:
    """Each requirement's choice. A choice that holds another ("AWS or GCP" in "AWS, GCP or
    Azure") takes its place; choices that only share a member ("Python or R", "Python, Go or
    Java") stay apart, the shared member keeping its first (match.choice_groups counts both)."""
    kept: list[tuple[list[Requirement], str]] = []
    for members, wording in found:
        ids = {id(req) for req in members}
        if any(ids <= {id(req) for req in other} for other, _ in kept):
            continue
        kept = [(m, w) for m, w in kept if not {id(req) for req in m} <= ids]
        kept.append((members, wording))
    for members, _ in kept:
        for req in members:
            req.alternatives, req.choice = [], None
    settled: set[int] = set()
    for members, wording in kept:
        for req in members:
            if id(req) not in settled:
                req.alternatives = [other.id for other in members if other is not req]
                req.choice = unwrapped(wording)
        settled.update(id(req) for req in members)
