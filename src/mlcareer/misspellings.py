"""Likely misspellings of the taxonomy's skill names in a resume: "Pyhton", "Kubernates",
"Postgress". A keyword search misses them, and so does the matcher (rightly: an applicant
tracking system would too), so the writer is told instead.

A false alarm costs more than a miss, so a word near a name is left alone when it reads as
something else: a spelling the taxonomy knows, the name with another ending ("Pythons",
"Panda" for "pandas", "Statistical"), a different last letter ("Scale" for "Scala"), a word
in a sentence that is not written like a name, a person's name, the contact lines, a link or
an email address. A word is read only where a skill's name stands: in the skills section or
on a line naming a skill found. Names under five letters, concepts ("Classification") and
names the taxonomy guards as ordinary words ("Spark", "Swift") are never guessed at."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from . import regex_cache
from .documents.sections import ITEM_MARK, section_at
from .models import Profile
from .taxonomy import Skill, Taxonomy

SHORTEST_NAME = 5  # letters: "Rust" is one letter from "Just", "Scala" the shortest guessed
LONG_NAME = 10  # letters from which two slips are allowed ("Kubernetes"); one below it
LIST_ITEM_WORDS = 3  # an item of a list ("Pyhton, SQL", "Tools: Kubernates") has few words
LINE_ITEM_WORDS = 2  # and a skills section's line of one item fewer ("- Hadop", "Pyhton 3")
TITLE_SHARE = 0.7  # a line whose words are this capitalised is a title or a company's name

# A word as tech names are written: "Scikit-learn", "Node.js", "Python3"
_TOKEN = regex_cache.compile(r"(?<![\w@#+.-])[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*")
_VERSION = regex_cache.compile(r"(?<=[A-Za-z])[-.]?\d+(?:\.\d+)*$")  # "Python3", "vue-2"
# A chunk holding an address: an email, a link, a domain ("github.com/jo/pyhton")
_ADDRESS = regex_cache.compile(
    r"\S*(?:@|://|www\.|[\w-]\.(?:com|org|net|io|dev|ai|co|edu|gov|me|app|uk|de|in)\b)\S*"
)
# What separates the items of a list on one line, and a label's colon ("Tools: ...")
_LIST_MARK = regex_cache.compile(r"[,;|•·/():]")
_BULLET = regex_cache.compile(rf"^\s*{ITEM_MARK}\s*")
_SENTENCE_END = ".!?:;"
# A name formed as an English word is a concept, and its neighbours are words too:
# "Branding" / "bonding", "simulations" / "situations", "Robotics" / "RobotC"
_WORD_FORMED = regex_cache.compile(
    r"(?:ing|ings|tion|tions|sion|sions|ity|ities|ics|ness|ment|ments|ance|ancy|ence|ency|ism"
    r"|ogy)$"
)
# Endings that turn a stem into another word: with a name's stem and one of these on both
# sides, the two differ as "Statistics" / "Statistical" or "pandas" / "Panda" do
_ENDINGS = frozenset(
    """ s es e ed d er ers ing ings al ally ant ants ance ence ent ents ce cy t ic ics ical
    ist ists ism ion ions ive ian ians y ies ly ity ous ure ment ments ation able""".split()
) | {""}


class Misspelling(NamedTuple):
    written: str  # as the resume writes it: "Pyhton"
    start: int  # offset into the resume's text
    line: int  # 1-based
    skill_id: str
    spelled: str  # the name it is nearest, in the case written: "Python", "Hadoop"


class _Target(NamedTuple):
    spelling: str  # as the taxonomy writes it
    skill_id: str


class _Index:
    """The names a misspelling is looked for near, by first letter (a slip seldom hits the
    first letter, and a word that differs there is another word: "Park" and "Spark"), and
    every word the taxonomy's spellings use, which is never a misspelling."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.targets: dict[str, dict[str, _Target]] = {}
        self.spellings = frozenset(taxonomy.by_spelling)
        self.known: set[str] = set(self.spellings)
        for skill in taxonomy.skills.values():
            for spelling in skill.spellings:
                self.known.update(_TOKEN.findall(spelling.lower()))
                if _guessed_at(skill, spelling):
                    lowered = spelling.lower()
                    bucket = self.targets.setdefault(lowered[0], {})
                    bucket.setdefault(lowered, _Target(spelling, skill.id))
        self.choices = {letter: list(bucket) for letter, bucket in self.targets.items()}
        self._nearest: dict[str, _Target | None] = {}
        self._written: dict[str, tuple[str, _Target] | None] = {}

    def near_written(self, written: str) -> tuple[str, _Target] | None:
        """A word as the resume writes it ("Pyhton3"): its core without a version and the
        name that core looks like a misspelling of, or None. Remembered per word: most
        words of a batch's resumes recur from one resume to the next."""
        if written not in self._written:
            if len(self._written) > 100_000:  # a long batch of many documents
                self._written.clear()
            self._written[written] = self._near_core(written)
        return self._written[written]

    def _near_core(self, written: str) -> tuple[str, _Target] | None:
        core = _VERSION.sub("", written)
        if sum(char.isalpha() for char in core) < SHORTEST_NAME - 1:
            return None
        target = self.nearest(core.lower())
        return None if target is None else (core, target)

    def nearest(self, word: str) -> _Target | None:
        """The one name `word` (lower case) looks like a misspelling of, or None."""
        if word not in self._nearest:
            if len(self._nearest) > 100_000:  # a long batch of many documents
                self._nearest.clear()
            self._nearest[word] = self._find(word)
        return self._nearest[word]

    def _find(self, word: str) -> _Target | None:
        choices = self.choices.get(word[0])
        if not choices or word in self.known:
            return None
        found = process.extract(word, choices, scorer=OSA.distance, score_cutoff=2, limit=None)
        near = [(name, d) for name, d, _ in found if 0 < d <= _slips_allowed(name, word)]
        if not near:
            return None
        closest = min(d for _, d in near)
        names = [name for name, d in near if d == closest]
        targets = {self.targets[word[0]][name] for name in names}
        if len({t.skill_id for t in targets}) > 1:  # as near to two skills: no guess
            return None
        name = min(names)
        return None if _another_word(word, name) else self.targets[word[0]][name]


def _guessed_at(skill: Skill, spelling: str) -> bool:
    """A technology's one-word name long enough to guess at, and not one the taxonomy guards
    as an ordinary word too ("Spark", "Swift", "Storm")."""
    if skill.kind != "technical" or " " in spelling or _a_concept(skill.name):
        return False
    if skill.guard is not None and skill.guard.applies_to(spelling):
        return False
    letters = sum(char.isalpha() for char in spelling)
    lowered = spelling.lower()
    if letters < SHORTEST_NAME or _WORD_FORMED.search(lowered):
        return False
    # the name, or an alias that shortens or lengthens it ("postgres", "hadoop"), not a word
    # for it ("sprints" for Scrum, "tills" for cash handling)
    return any(lowered[:4] == word[:4] for word in skill.name.lower().split())


def _a_concept(name: str) -> bool:
    """A skill named as a concept, not a product: a phrase in sentence case ("Time series
    analysis") or a word formed as one ("Classification")."""
    later = name.split()[1:]
    return any(word[:1].islower() for word in later) or bool(_WORD_FORMED.search(name.lower()))


def _slips_allowed(name: str, word: str) -> int:
    """One slip, two in a long name; none that puts a letter for a digit ("OpenId" is not
    "Open3D")."""
    if [c for c in name if c.isdigit()] != [c for c in word if c.isdigit()]:
        return 0
    letters = sum(char.isalpha() for char in name)
    return 2 if letters >= LONG_NAME else 1


def _another_word(word: str, name: str) -> bool:
    """`word` differs from `name` as another word does, not as a slip: in its last letter
    ("scale" / "scala") or in an ending on the same stem ("pythons", "panda" / "pandas",
    "statistical" / "statistics"). A doubled last letter is a slip ("postgress")."""
    if word == name + name[-1]:
        return False
    stem = _shared_start(word, name)
    if stem >= len(name) - 1:
        return True
    return stem >= 3 and word[stem:] in _ENDINGS and name[stem:] in _ENDINGS


def _shared_start(a: str, b: str) -> int:
    """How many letters `a` and `b` open with alike."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


_INDEXES: dict[str, _Index] = {}  # taxonomy hash -> its index, built once per process


def _index(taxonomy: Taxonomy) -> _Index:
    found = _INDEXES.get(taxonomy.sha256)
    if found is None:
        found = _INDEXES[taxonomy.sha256] = _Index(taxonomy)
    return found


def find_misspellings(
    resume: Profile, taxonomy: Taxonomy, skill_ids: Collection[str] | None = None
) -> list[Misspelling]:
    """Each word of the resume that looks like a misspelling of a skill's name (of one of
    `skill_ids`, when given), in the order written. The skills found are not changed."""
    index = _index(taxonomy)
    near: dict[str, tuple[str, _Target]] = {}  # each word written once: few are near a name
    for written in set(_TOKEN.findall(resume.text)):
        guess = index.near_written(written)
        if guess is not None and (skill_ids is None or guess[1].skill_id in skill_ids):
            near[written] = guess
    if not near:
        return []
    reader = _Reader(resume, index)
    found = []
    for token in _TOKEN.finditer(resume.text):
        if token[0] in near:
            core, target = near[token[0]]
            if reader.reads_as_a_name(token.start(), core, target):
                found.append(_misspelling(resume.text, token.start(), token[0], target))
    return found


def _misspelling(text: str, start: int, written: str, target: _Target) -> Misspelling:
    spelled = target.spelling
    if spelled.islower() and written[:1].isupper():  # "hadoop" for "Hadop": "Hadoop"
        spelled = spelled[:1].upper() + spelled[1:]
    line = text.count("\n", 0, start) + 1
    return Misspelling(written, start, line, target.skill_id, spelled)


class _Reader:
    """Where a word stands in the resume, and whether it is written there as a name."""

    def __init__(self, resume: Profile, index: _Index) -> None:
        self.text = resume.text
        self.sections = resume.sections
        self.index = index
        # the name and contact lines above the first heading (the first line without one)
        first_line_end = self.text.find("\n")
        self.head_end = min(
            (s.start for s in resume.sections),
            default=first_line_end if first_line_end >= 0 else len(self.text),
        )
        self.addresses = [m.span() for m in _ADDRESS.finditer(self.text)]
        self.mentions = [(m.start, m.end, h.id) for h in resume.skills for m in h.mentions]
        self.skill_lines = {m.line for h in resume.skills for m in h.mentions}
        self._lower_words: set[str] | None = None

    def reads_as_a_name(self, start: int, word: str, target: _Target) -> bool:
        """Written where and as a skill's name is: beside a skill the matcher found, and
        in a list, in a tech name's shape or capitalised in mid-sentence."""
        end = start + len(word)
        if start < self.head_end or _within(self.addresses, start, end):
            return False
        if self._found_there(start, end, target.skill_id):
            return False
        if word.isupper() and not target.spelling.isupper():  # an acronym: "FISMA", "RDMS"
            return False
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", start)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
        at = start - line_start
        listed = section_at(self.sections, start) == "skills"
        if self.text.count("\n", 0, start) + 1 not in self.skill_lines and not listed:
            return False
        item = _list_item(line, at, len(word), listed)
        if _name_shaped(word):  # in prose, a lower-case compound is a word: "data-based"
            return item is not None or word[:1].isupper()
        slip = _a_typing_slip(word.lower(), target.spelling.lower())
        if item is not None:  # "Pyhton, SQL"; not a phrase in a list ("Night arm mode")
            return slip or not any(w.islower() for w in item.split() if w != word)
        return slip and word[:1].isupper() and self._capitalised_as_a_name(line, at, word)

    def _found_there(self, start: int, end: int, skill_id: str) -> bool:
        """The matcher found a skill there: the whole word, or part of it as another skill
        ("Spark" in "Spark-NLP"). Part of it as the same skill is still misspelt: "Scikit"
        names scikit-learn, and "Scikit-lern" is what a keyword search looks for in vain."""
        return any(
            s < end and start < e and (other != skill_id or (s <= start and end <= e))
            for s, e, other in self.mentions
        )

    def _capitalised_as_a_name(self, line: str, at: int, word: str) -> bool:
        """A capital in mid-sentence, not in a title's line, not beside another capitalised
        word but a skill's name (a person's or a company's name: "Jon Pythons",
        "Information Collaboratory"), and the writer never uses the
        word in lower case."""
        before = _BULLET.sub("", line[:at]).rstrip()
        if not before or before[-1] in _SENTENCE_END or _title_line(line):
            return False
        after = line[at + len(word) :].split(maxsplit=1)
        beside = [w.strip(",.;:()") for w in (before.split()[-1:] + after[:1])]
        if any(w[:1].isupper() and w.lower() not in self.index.spellings for w in beside):
            return False
        return word.lower() not in self._lower_case_words()

    def _lower_case_words(self) -> set[str]:
        if self._lower_words is None:
            self._lower_words = {w for w in _TOKEN.findall(self.text) if w.islower()}
        return self._lower_words


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _list_item(line: str, at: int, size: int, listed: bool) -> str | None:
    """The short item of a list on its line, or a label's value, that holds the word:
    "SQL, Pyhton", "Tools: Kubernates", "Pyhton | Go"; in a skills section, a line of its
    own ("- Hadop"). None when the word stands in no such item."""
    opening = max((m.end() for m in _LIST_MARK.finditer(line, 0, at)), default=0)
    closing = _LIST_MARK.search(line, at + size)
    if not (listed or opening > 0 or closing is not None):
        return None
    item = _BULLET.sub("", line[opening : closing.start() if closing else len(line)])
    alone = opening == 0 and closing is None  # the line's only item
    short = len(item.split()) <= (LINE_ITEM_WORDS if alone else LIST_ITEM_WORDS)
    return item if short else None


def _a_typing_slip(word: str, name: str) -> bool:
    """Two letters swapped ("pyhton") or a double letter made single or the reverse
    ("hadop", "postgress"): slips of fast typing, which seldom make another word (a letter
    left out or changed does: "grade" / "gradle")."""
    if len(word) == len(name):
        differ = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and word[differ[0]] == name[differ[1]]
            and word[differ[1]] == name[differ[0]]
        )
    short, long = sorted((word, name), key=len)
    if len(long) != len(short) + 1:
        return False
    at = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    doubled = at > 0 and long[at] == long[at - 1]
    return doubled and long[:at] + long[at + 1 :] == short


def _name_shaped(word: str) -> bool:
    """Written as a tech name and not as a word: a capital inside ("PyTroch"), a digit or a
    joining mark ("Scikit-lern")."""
    inner = word[1:]
    mixed = any(c.isupper() for c in inner) and any(c.islower() for c in inner)
    return mixed or any(c.isdigit() or c in "-." for c in inner)


def _title_line(line: str) -> bool:
    words = [w for w in _TOKEN.findall(line) if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return len(words) >= 2 and capitalised >= TITLE_SHARE * len(words)
