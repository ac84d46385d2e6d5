"""Skill mentions: taxonomy matches that pass their guards, grouped per skill."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Container
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .. import regex_cache
from ..documents.cleaning import EAST_ASIAN_LETTER
from ..documents.sections import ITEM_MARK
from ..literal_match import DENIED_STATES
from ..models import Mention, Section, SkillHit
from ..taxonomy import Guard, Taxonomy
from .answered import answered_no
from .education import open_on_letter
from .importance import (
    CROSS_MARKS,
    CROSSED_ITEM,
    holds_any,
    lowered_alike,
    mention_cue,
    sentence_at,
)
from .junk_terms import (
    PERSON_OR_TIME_LABELS,
    colleague_titles,
    names_a_firm,
    names_a_person,
    names_a_place,
    person_or_time_value,
)
from .language_grades import CEFR_CODE
from .lines import LineIndex, finditer_on_lines, mailbox_starts, matches_from
from .named_within import named_within
from .nlp import RawMatch
from .other_senses import (
    a_department_worked_with,
    a_field_department,
    a_firm_doing,
    a_legal_form,
    a_mailbox,
    a_namesake,
    a_provinces_code,
    a_share_accounted,
    a_trade_term,
    a_venues_acronym,
    a_work_item,
    closes_a_brand,
    guidance_received,
    in_a_venues_name,
    machine_talk,
    on_an_employers_row,
    the_company_hiring,
    the_companys_own,
    the_companys_ways,
    the_gulf_region,
)
from .requirements import (
    REQUIREMENT_SECTIONS,
    YEARS,
    names_a_tool,
    posting_role_line,
    title_span,
)
from .romance import portuguese_line
from .spoken import (
    SPOKEN_LANGUAGES,
    LanguageSpans,
    graded,
    language_skill_runs,
    language_skills_after,
    used_as_adjective,
)
from .tags import in_tag_line
from .wording import (
    HEAD_END,
    LIST_JOINERS,
    NO_FEAR,
    OPENING_VERBS,
    PREPOSITIONS,
    SKILL_NOUNS,
    STOP_END,
    is_occupation,
)

Span = tuple[int, int]  # start and end offsets in the text

# A word glued to the next by a hyphen makes a compound, which denies nothing: "no-code
# pipelines", "migrated from no-SQL to SQL", "not-for-profit data", "never-ending backlog"
_GLUED = r"(?!-\w)"
# A least a count is, which denies nothing: "No less than 3 years of SQL", "not fewer than"
_NO_LEAST = r"(?!\s+(?:less|fewer)\s+than\b)"
_NEGATION_WORDS = (
    rf"no{_GLUED}{_NO_LEAST}{NO_FEAR}"
    rf"|not{_GLUED}{_NO_LEAST}(?!\s+(?:just|only|merely|limited)\b){NO_FEAR}"
    rf"|never{_GLUED}{NO_FEAR}|without"
    r"|lack(?:s|ing)?|missing|unfamiliar|none|except|exception of|excluding|minus"
)
NEGATION = regex_cache.compile(rf"\b(?:{_NEGATION_WORDS})\b|n't\b{NO_FEAR}", re.I)
# Cues that negate a skill named before them ("Hadoop expertise is missing"); "without",
# "no" and "never" only negate what follows them ("under pressure without errors").
AFTER_CUES = regex_cache.compile(r"not|missing|lacking|lacks|none|n't|unfamiliar", re.I)
# Words that may stand between a skill and a cue that denies it, and what "not" may deny.
AFTER_FILLERS = frozenset(
    "experience expertise knowledge skills skill background exposure is was are were has have had"
    " does did do being been".split()
)
_CLAUSE_WORDS = "but|though|although|however|while"
CLAUSE_END = regex_cache.compile(rf"[.;,:()\n]|\b(?:{_CLAUSE_WORDS})\b", re.I)
# The two without re.I, for lower-cased text where they find the same (lowered_alike), and
# written as alternatives that each open on a character (open_on_letter), which the search
# skips to: a third of the time over a whole document, and half of that again
LOWER_NEGATION = regex_cache.compile(
    open_on_letter(_NEGATION_WORDS, after=r"\b") + rf"|n't\b{NO_FEAR}"
)
LOWER_CLAUSE_END = regex_cache.compile(
    "|".join(map(re.escape, ".;,:()\n")) + "|" + open_on_letter(_CLAUSE_WORDS, after=r"\b")
)
# A list a negation runs over past its commas: "without SDLC, API or CI tooling", "never used
# Java, Scala, or Go". Its items are short and open on no word that starts another phrase
# ("then shipped a REST API", "using Kafka"); the last follows "and", "or" or "nor" and ends
# the clause or stands before such a word.
_PHRASE_OPENERS = (
    "by|using|via|through|then|instead|while|when|to|for|so|from|into|on|at|with|in|of|as"
    "|after|before|until|because|and|or|nor|but|though|although|however"
)
_LIST_WORD = r"(?:[^\s,;:()!?.]|\.(?=[^\s,;:()]))+"
_ITEM_WORD = rf"(?!(?:{_PHRASE_OPENERS})\b){_LIST_WORD}"
_LIST_ITEM = rf"{_ITEM_WORD}(?:[ \t]+{_ITEM_WORD}){{0,2}}"
# After the first comma, a lower-case verb (an -ing word, or one in the past) with more words
# opens a clause of its own, not a list: "without formal authority, aligning product, design
# and data science", "never missed a deadline, shipping models, SQL and Spark", "without any
# prior Java, learned Scala and Go". A list closed by "or" or "nor" goes on denying, as a
# clause's own objects are joined by "and": such words there are nouns ("without SDLC,
# testing frameworks or CI", "without Go, distributed systems or Kafka").
_PAST_VERBS = "built|wrote|rewrote|led|ran|made|taught|grew|drove|won|took|began|became|learnt"
_PARTICIPLE = rf"(?-i:(?:[a-z]+(?:ing|ed)|{_PAST_VERBS})[ \t]+\w)"
_LIST_ITEMS = 12  # items before the last, at most: each cue's list is read in bounded time
_LIST_END = rf"(?=[ \t]*(?:[,.;:()!?\n]|$)|[ \t]+(?:{_PHRASE_OPENERS})\b)"
_LAST_JOINED = r"[ \t]*,?[ \t]*(?<![^\s,])(?:{})[ \t]+"
_OR_CLOSED = (
    rf"{_LIST_ITEM}(?:[ \t]*,[ \t]*{_LIST_ITEM}){{0,{_LIST_ITEMS}}}"
    rf"{_LAST_JOINED.format('or|nor')}{_LIST_ITEM}{_LIST_END}"
)
_LIST_TAIL = (
    rf"(?:[ \t]*,[ \t]*(?!{_PARTICIPLE}(?!{_OR_CLOSED})){_LIST_ITEM}"
    rf"(?:[ \t]*,[ \t]*{_LIST_ITEM}){{0,{_LIST_ITEMS}}})?"
    rf"{_LAST_JOINED.format('and|or|nor|&')}{_LIST_ITEM}{_LIST_END}"
)
# After a cue that denies its whole clause ("without", "never", "n't"), the rest of the
# clause (a few words: "used Java") opens the list; a cue glued to a word ("no-code") opens
# none.
CUE_LIST = regex_cache.compile(
    rf"[ \t]+(?:(?!(?:and|or|nor|but|though|although|however|while)\b){_LIST_WORD}[ \t]+){{0,3}}"
    rf"{_LIST_WORD}{_LIST_TAIL}",
    re.I,
)
# A list without "and" before its last item, which runs to the end of its clause: "eager to
# learn Go, Rust", "learning Go, Rust, Scala." (wishes.py reads it after a wish). An item
# opening a clause of its own ("learning Go, shipped Rust services"), a phrase after the last
# item ("Go, Rust developer for 5 years") or a word that claims the item's skill ("new tools,
# Python expert", "Kubernetes, AWS certified") makes it no such list.
_CLAIM = (
    r"(?:expert|experts|certified|developer|engineer|user|wizard|guru|specialist|ninja"
    r"|practitioner|programmer|administrator|admin|architect|veteran)\b"
)
_UNCLAIMED_ITEM = rf"{_ITEM_WORD}(?:[ \t]+(?!{_CLAIM}){_ITEM_WORD}){{0,2}}"
COMMA_LIST = regex_cache.compile(
    rf"[ \t]+{_UNCLAIMED_ITEM}"
    rf"(?:[ \t]*,[ \t]*(?!{_PARTICIPLE}){_UNCLAIMED_ITEM}){{1,{_LIST_ITEMS}}}"
    r"(?=[ \t]*(?:[.;:()!?\n]|$))",
    re.I,
)
# Words that deny only their object, which a list or a short phrase names: "avoided any Java
# or Scala work", "steered clear of any clinical, patient care or nursing role", "stayed away
# from Docker"; not "avoided any downtime by moving to Kubernetes", and not a bare "avoided",
# whose object may be what a skill prevents ("avoided SQL injection").
_AVOIDED = regex_cache.compile(
    r"\b(?:avoid(?:ed|s|ing)?[ \t]+(?:any|all)"
    r"|(?:steer(?:ed|s|ing)?[ \t]+clear[ \t]+of|(?:stay(?:ed|s|ing)?|kept|keep(?:s|ing)?)"
    r"[ \t]+away[ \t]+from)(?:[ \t]+(?:any|all))?)[ \t]+",
    re.I,
)
_AVOIDED_OBJECT = regex_cache.compile(
    rf"{_ITEM_WORD}(?:[ \t]+{_ITEM_WORD}){{0,2}}(?:{_LIST_TAIL}"
    rf"|(?=[ \t]*(?:[,.;:()!?\n]|$)|[ \t]+(?:{_PHRASE_OPENERS})\b))",
    re.I,
)
CONTEXT_WINDOW = 12  # tokens either side where a guard's context word may stand
LIST_PUNCT = {",", "/", "|", ";", "(", ")", "&", "and", "or", ":", "•", "·", "-"}


# Fields of machine learning: "CV or NLP", "DL and RL" name one another's kind
_ML_FIELDS = frozenset(
    """ml-methods deep-learning nlp computer-vision speech-audio reinforcement-learning robotics
    time-series recommender-systems signal-processing""".split()
)


def _joined_to(
    doc: Any, match: RawMatch, starts: dict[int, str], ends: dict[int, str]
) -> str | None:
    """The skill of an unguarded mention joined to this one by "or", "and", a comma or a
    slash ("CV or NLP", "NLP/CV", "Go and Rust"), or None."""
    after = match.token_end
    if after + 1 < len(doc) and _a_joiner(doc[after]) and after + 1 in starts:
        return starts[after + 1]
    before = match.token_start - 1
    if before > 0 and _a_joiner(doc[before]) and before in ends:
        return ends[before]
    return None


# "and" in other languages, written in lower case: "Python, Spark og Azure", "Docker und Spark"
_OTHER_ANDS = frozenset("og och und et y e i en ja oraz ve".split())


def _a_joiner(token: Any) -> bool:
    return token.lower_ in LIST_JOINERS or token.text in _OTHER_ANDS


# Kinds of tools whose guarded names a technology beside them vouches for: "PyTorch and
# Spark", "dbt og Snowflake" (not "Engineering", "Segment" or "Typing", words of their own,
# nor languages named as people are: "met with Docker and Ruby teams")
_TOOL_KINDS = frozenset({"big-data"})


_CAPITAL_NEXT = regex_cache.compile(r"[ \t]+[A-Z]")


def _tool_beside_a_technology(
    taxonomy: Taxonomy, text: str, match: RawMatch, beside_technical: bool
) -> bool:
    """A guarded name of a tool, longer than a letter, joined to an unguarded technology
    and no longer name's first word ("Spark Networks")."""
    skill = taxonomy.skills[match.skill_id]
    return (
        beside_technical
        and skill.category in _TOOL_KINDS
        and skill.guard is not None
        and skill.guard.case_sensitive
        and match.end - match.start > 1
        and not _CAPITAL_NEXT.match(text, match.end)
    )


def _a_field(taxonomy: Taxonomy, skill_id: str) -> bool:
    return taxonomy.skills[skill_id].category in _ML_FIELDS


def _of_a_kind(taxonomy: Taxonomy, skill_id: str, partner_id: str) -> bool:
    """Two skills of one category, or two fields of ML: "Go and Rust", "CV or NLP"; not "a
    CV and GitHub profile" or "the DL and Jira"."""
    first = taxonomy.skills[skill_id].category
    second = taxonomy.skills[partner_id].category
    return first == second or (first in _ML_FIELDS and second in _ML_FIELDS)


def _neighbours(doc: Any, match: RawMatch) -> tuple[str, str]:
    """The tokens just before and after the mention, lower-cased ("\\n" at the text's edges)."""
    before = doc[match.token_start - 1].text.lower() if match.token_start > 0 else "\n"
    after = doc[match.token_end].text.lower() if match.token_end < len(doc) else "\n"
    return before, after


def _line_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the line holding text[start:end] starts and ends."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, line_end if line_end != -1 else len(text)


def _neighbours_are_list(doc: Any, match: RawMatch) -> bool:
    """The mention sits between list separators (or a line edge): "Python, R, SQL"."""
    before, after = _neighbours(doc, match)
    return (before in LIST_PUNCT or "\n" in before) and (after in LIST_PUNCT or "\n" in after)


# Words that make a name into a description of something else: "Spark-based", "Go-powered";
# or say a language is spoken: "Spanish-speaking", "English-language".
_MANNER = frozenset(
    "based driven powered backed centric native enabled coded compatible speaking speaker"
    " speakers language fluent".split()
)
# Finnish words for a skill of something, glued to its name: "Spark-osaaminen" (Spark
# know-how), "Airflow-kokemus", "Kafka-tuntemus"
_KNOW_HOW = frozenset(
    "osaaminen osaamista osaamisen kokemus kokemusta tuntemus tuntemusta taidot taitoja"
    " asiantuntemus asiantuntemusta".split()
)
# A model's size after its name: "ViT-Large", "BERT-base"; one letter before the patch size:
# "ViT-B/16", "ViT-S/8"
_MODEL_SIZES = frozenset("tiny small base large huge giant".split())
_SIZE_LETTERS = frozenset("Ti S B L H G".split())


def _hyphen_glued(doc: Any, match: RawMatch, cues: list[str] | None = None) -> bool:
    """Part of a hyphenated word: "R-CNN", "C-suite", "Go-to"; not "Spark-based", nor a
    compound with one of the guard's own `cues` (a name in exact case), English or Dutch:
    "Spark-jobs", "Spark-clusters"."""
    end, start = match.token_end, match.token_start
    glued_after = not doc[end - 1].whitespace_ and not doc[min(end, len(doc) - 1)].whitespace_
    if end + 1 < len(doc) and doc[end].text == "-" and glued_after:
        after = doc[end + 1].lower_
        return (
            after not in _MANNER
            and after not in _KNOW_HOW
            and not (cues and after in _lower_cues(tuple(cues)))
            and not _model_size(doc, end + 1)
        )
    if start >= 2 and doc[start - 1].text == "-":  # a hyphen opening a line is a bullet
        before = doc[start - 2]
        return not before.whitespace_ and not before.is_space and not doc[start - 1].whitespace_
    return False


@lru_cache(maxsize=4096)
def cue_hashes(context: tuple[str, ...]) -> frozenset[int]:
    """A guard's cue words as spaCy's string hashes (what Doc.to_array gives for LOWER), and
    as a word in capitals lowers: the Turkish "AKICI" gives "akici", not "akıcı"."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w.lower()) for w in {*context, *map(str.upper, context)})


def _lower_hashes(doc: Any) -> Any:
    """The document's lower-cased tokens as hashes, read once per document, in C."""
    found = doc.user_data.get("mlcareer_lower")
    if found is None:
        found = doc.user_data["mlcareer_lower"] = doc.to_array("LOWER")
    return found


def _know_how_of(doc: Any, match: RawMatch) -> bool:
    """The name opens a Finnish compound that says it is a skill: "Spark-osaaminen"."""
    end = match.token_end
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].lower_ in _KNOW_HOW
    )


def _model_size(doc: Any, at: int) -> bool:
    """The token at `at` names a model's size: "Large", or "B" before "/16"."""
    word = doc[at]
    if word.lower_ in _MODEL_SIZES:
        return True
    return word.text in _SIZE_LETTERS and at + 1 < len(doc) and doc[at + 1].text == "/"


def _context_window(doc: Any, match: RawMatch) -> tuple[int, int]:
    """The tokens lo..hi around the mention where a guard's context word may stand."""
    lo = max(0, match.token_start - CONTEXT_WINDOW)
    return lo, min(len(doc), match.token_end + CONTEXT_WINDOW)


def _context_near(doc: Any, match: RawMatch, cues: frozenset[int]) -> bool:
    lo, hi = _context_window(doc, match)
    return not cues.isdisjoint(_lower_hashes(doc)[lo:hi].tolist())


@lru_cache(maxsize=1024)
def _east_asian_cues(context: tuple[str, ...]) -> tuple[str, ...]:
    """A guard's cue words written in Chinese, Japanese or Korean ("大数据", "分散", "데이터")."""
    return tuple(word for word in context if EAST_ASIAN_LETTER.match(word))


def _east_asian_cue_near(doc: Any, text: str, match: RawMatch, context: tuple[str, ...]) -> bool:
    """A cue word in those scripts within the context window, glued in a token with no space
    ("使用Spark搭建推荐系统": the token "搭建推荐系统" holds "推荐")."""
    cues = _east_asian_cues(context)
    if not cues:
        return False
    lo, hi = _context_window(doc, match)
    window = text[doc[lo].idx : doc[hi - 1].idx + len(doc[hi - 1])]
    return any(cue in window for cue in cues)


def nearest_cue(doc: Any, match: RawMatch, cues: frozenset[int]) -> int | None:
    """How many tokens away the cue word nearest the mention stands (1: right beside it),
    within the context window; None when none does."""
    lo, hi = _context_window(doc, match)
    window = _lower_hashes(doc)[lo:hi].tolist()
    distances = [
        match.token_start - at if at < match.token_start else at - match.token_end + 1
        for at in (*range(lo, match.token_start), *range(match.token_end, hi))
        if window[at - lo] in cues
    ]
    return min(distances, default=None)


def _context_on_its_line(
    doc: Any, text: str, match: RawMatch, cues: frozenset[int], stretch: Span | None = None
) -> bool:
    """A cue on the mention's own line, or in its `stretch` of pastimes on a longer line: a
    line of pastimes is judged by itself, not by the skills listed above its heading
    ("Python" over "Hobbies: Go, poker") nor before its label ("Skills: Python. Hobbies: Go")."""
    line_start, line_end = stretch or _line_around(text, match.start, match.start)
    lo, hi = _context_window(doc, match)
    on_line = [i for i in range(lo, hi) if line_start <= doc[i].idx < line_end]
    hashes = _lower_hashes(doc)
    return any(int(hashes[i]) in cues for i in on_line)


def _without_in_the(text: str, cues: list[Span]) -> list[Span]:
    """The cues but the Portuguese "no" (in the) of a Portuguese line, which denies nothing:
    "pipelines no Airflow e na AWS". Each line's language is read once, however many cues."""
    kept: list[Span] = []
    line_end, portuguese = -1, False
    for start, end in cues:
        if text[start:end].lower() == "no":
            if start > line_end:
                line_start = text.rfind("\n", 0, start) + 1
                line_end = text.find("\n", end)
                line_end = len(text) if line_end < 0 else line_end
                portuguese = portuguese_line(text[line_start:line_end])
            if portuguese:
                continue
        kept.append((start, end))
    return kept


class NegationIndex:
    """Where clauses end and negation cues stand in a text, found once; is_negated then asks
    whether the mention's clause holds a cue ("no Java", "lack of Hadoop expertise")."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = lowered_alike(text)  # same offsets, and the same matches without re.I
        ends, cues, searched = (
            (CLAUSE_END, NEGATION, text)
            if lowered is None
            else (LOWER_CLAUSE_END, LOWER_NEGATION, lowered)
        )
        self.ends = [m.span() for m in ends.finditer(searched)]
        self.end_starts = [start for start, _ in self.ends]
        self.cues = _without_in_the(text, [m.span() for m in cues.finditer(searched)])
        self.cue_starts = [start for start, _ in self.cues]
        self.lists = self._denied_lists()

    def _denied_lists(self) -> list[tuple[int, int]]:
        """Where a negation denies what it names past its own clause: the list after
        "without", "never" and the like, and the object of "avoided any" and the like."""
        spans = []
        for _, cue_end in self.cues:
            found = CUE_LIST.match(self.text, cue_end)
            if found:
                spans.append((cue_end, found.end()))
        if any(mark in self.text for mark in CROSS_MARKS):
            spans.extend(found.span("item") for found in CROSSED_ITEM.finditer(self.text))
        if holds_any(self.text, ("avoid", "clear", "away")):
            for cue in _AVOIDED.finditer(self.text):
                found = _AVOIDED_OBJECT.match(self.text, cue.end())
                if found:
                    spans.append(found.span())
        return spans

    def _about_the_skill(self, end: int, cue_start: int, cue_end: int) -> bool:
        """A cue after the skill denies it only when nothing but 'experience is' stands
        between: "Java is not required", "Hadoop expertise is missing"; not "Kafka consumers
        not committing offsets" nor "Snowplow not Segment"."""
        between = self.text[end:cue_start].lower().split()
        if not all(word in AFTER_FILLERS for word in between):
            return False
        if self.text[cue_start:cue_end].lower() not in ("not", "n't"):
            return True  # "Hadoop expertise is missing"
        # "Java is not required", "Spark isn't my strength"; not "Java is not only ..."
        following = self.text[cue_end : cue_end + 40].lower().split()[:2]
        return bool(following) and following[0] in DENIED_STATES and following[1:] != ["only"]

    def is_negated(self, start: int, end: int) -> bool:
        if any(first <= start and end <= last for first, last in self.lists):
            return True
        before = bisect_right(self.end_starts, start - 1) - 1
        clause_start = self.ends[before][1] if before >= 0 else 0
        after = bisect_left(self.end_starts, end)
        clause_end = self.ends[after][0] if after < len(self.ends) else len(self.text)
        first = bisect_left(self.cue_starts, clause_start)
        for cue_start, cue_end in self.cues[first:]:
            if cue_start >= clause_end:
                return False
            if cue_end <= start:
                return True
            cue_after = cue_start >= end and AFTER_CUES.fullmatch(self.text[cue_start:cue_end])
            if cue_after and self._about_the_skill(end, cue_start, cue_end):
                return True
        return False


# "section" names a unit only with its capital ("Section for Genetics"; not "a section of
# the Java codebase")
_UNIT_NAMED_FOR = (
    r"\b(?:department|dept\.?|school|faculty|institute|centre|center|division|ministry|office"
    r"|(?-i:Section)|chair|professor|lecturer)\s+(?:of|for)\s+(?:the\s+)?"
)
# Units named for two fields, written with their capital ("Department of Geology and Data
# Mining"); an office is named for a person's post ("the Office of the CFO and Tableau")
_FIELDS_UNIT = (
    r"\b(?-i:Department|Dept\.?|School|Faculty|Institute|Centre|Center|Division|Ministry"
    r"|Section|Chair)\s+(?:of|for)\s+(?:the\s+)?"
)
ORG_UNIT_BEFORE = regex_cache.compile(
    rf"{_UNIT_NAMED_FOR}$"
    # a learned or professional body, written with its capital: "Institution of Engineering
    # and Technology", "Society for Industrial and Applied Mathematics" ("the association of
    # two variables" is no body)
    r"|\b(?-i:Institution|Society|Association|Academy|Council|College|Federation)"
    r"\s+(?:of|for)\s+(?:the\s+)?$"
    # a university named for its fields, as Pakistan's and Bangladesh's are: "University of
    # Engineering and Technology" (UET, BUET), "NED University of Engineering & Technology"
    r"|\buniversity\s+of\s+$",
    re.I,
)
ORG_UNIT_AFTER = regex_cache.compile(
    # "Chemical Engineering Section" with its capital; "a statistical analysis section" is a
    # report's part
    r"^\s+(?:department|dept\b|division|faculty|institute|(?-i:Section)\b)",
    re.I,
)
# ... or the second field a unit is named for: "Department of Bioinformatics and Data Mining"
_UNITS_SECOND_FIELD = regex_cache.compile(
    rf"(?i:{_FIELDS_UNIT})[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}\s+(?:and|&)\s+$"
)


# A capitalised name running on to a unit: "Chemical Engineering (BCE) Section",
# "Embodied AI and Neurorobotics Lab".
# At least one word stands between ("QC Laboratory" and "Kubernetes Lab" name the thing), and
# capitalised small words belong to Title Case prose, not to a name.
ORG_NAME_AFTER = regex_cache.compile(
    r"(?:\s+(?:(?!(?:In|A|An|The|With|At|On|Our|Your|To|By|For|And|Or)\b)[A-Z][\w\-]*"
    r"|and|of|for|&|\(\s*[A-Z]{2,8}\s*\))){1,4}"
    r"\s+(?:Department|Division|Faculty|Institute|Section|Laboratory|Lab)\b"
)


# A company's legal form after its name, on the same line: "Lumen Robotics Inc.", "Aster AI
# Labs GmbH", "Acme, Inc."; only the forms written so stand after a comma ("Statistics, SAS" is
# a list)
COMPANY_AFTER = regex_cache.compile(
    r"(?:[ \t]+[A-Z][\w&\-]*){0,2}(?:,[ \t]*(?=(?:Inc|LLC|Ltd|Limited|Corp)\b)|[ \t]+)"
    r"(?P<form>Inc|LLC|Ltd|Limited|GmbH|Corp|Corporation|PLC|AG|S\.?A|Pvt|B\.?V|Oy|AB|SAS"
    r"|S\.?r\.?l)\b"
)
# Fields of work, which a company's name may carry ("Robotics", "AI", "Analytics"), unlike the
# products a company may be named for ("Databricks Inc.")
FIELD_CATEGORIES = frozenset(
    {
        *("ml-methods", "deep-learning", "nlp", "computer-vision", "robotics", "speech-audio"),
        *("domain-knowledge", "business", "statistics", "mathematics", "time-series"),
        *("reinforcement-learning", "signal-processing", "data-processing", "security"),
    }
)


def in_company_name(text: str, start: int, end: int, skill_starts: Container[int] = ()) -> bool:
    """A capitalised field named in a company's name: "Lumen Robotics Inc."; not before a
    skill that a legal form's letters also spell ("NLP SAS", "Machine Learning AB testing")."""
    if not text[start].isupper():
        return False
    found = COMPANY_AFTER.match(text, end, end + 60)
    return found is not None and found.start("form") not in skill_starts


# A posting's header giving the company's name, then where it is: "Ironclad Robotics | Ann
# Arbor, MI", "Scale AI - Remote" (a hyphen inside a name does not part it)
_NAME_AND_PLACE = regex_cache.compile(
    r"[ \t]*(?P<name>[A-Z][\w&.'’]*(?:[ \t]+(?:[A-Z0-9][\w&.'’]*|&)){1,4})"
    r"[ \t]*(?:[|·•,]|[ \t][-–—])[ \t]*(?P<place>[^\n]+)"
)


def in_a_named_header(text: str, start: int, end: int) -> bool:
    """A field named within a company's name that a posting's header line sets before a
    place: "Robotics" in "Ironclad Robotics | Ann Arbor, MI"; not "Robotics engineering team
    | Ann Arbor, MI", a name that is all the skill ("Robotics | Remote"), nor a job's title
    ("Senior Robotics Engineer | Remote"). A job board's header may set the name on a line of
    its own (see _boards_name_line)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    found = _NAME_AND_PLACE.fullmatch(text, line_start, line_end)
    if found is None:
        return _boards_name_line(text, start, end, line_start, line_end)
    if not _a_companys_name(found, start, end):
        return False
    return names_a_place(found.group("place"))


def _a_companys_name(found: re.Match[str], start: int, end: int) -> bool:
    """Whether the skill at start-end is a part of the name `found` holds that names no
    occupation and is more than the skill."""
    if not found.start("name") <= start < end <= found.end("name"):
        return False
    name = found.group("name")
    return (start, end) != found.span("name") and not any(is_occupation(w) for w in name.split())


# A job board's header sets the company's name on a line of its own, over its rating or its
# place ("Copperline Logistics", then "3.8 out of 5 stars" or "Denver, CO"), or names its logo
# ("Tidewater Robotics home page", "Northvale Robotics logo")
_NAME_LINE = regex_cache.compile(
    r"[ \t]*(?P<name>[A-Z][\w&.'’]*(?:[ \t]+(?:[A-Z0-9][\w&.'’]*|&)){1,4})"
    r"(?P<logo>[ \t]+(?:logo|home[ \t]+page))?[ \t]*"
)
_RATING = regex_cache.compile(
    r"[ \t]*(?:rating[ \t]*:?[ \t]*)?[0-5](?:\.\d)?[ \t]*(?:★|out[ \t]+of[ \t]+5\b)", re.I
)


def _boards_name_line(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    """A field named within a company's name on a board's header line of its own (see
    _NAME_LINE)."""
    found = _NAME_LINE.fullmatch(text, line_start, line_end)
    if found is None or not _a_companys_name(found, start, end):
        return False
    if found.group("logo") or _under_its_logo(text, line_start, found.group("name")):
        return True
    following = _next_line_with_words(text, line_end)
    return bool(_RATING.match(following)) or names_a_place(following)


def _next_line_with_words(text: str, line_end: int, tries: int = 3) -> str:
    """The first of the next `tries` lines after the line ending at `line_end` that holds
    words; "" without one."""
    for _ in range(tries):
        if line_end >= len(text):
            return ""
        start = line_end + 1
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        if text[start:line_end].strip():
            return text[start:line_end]
    return ""


def _under_its_logo(text: str, line_start: int, name: str) -> bool:
    """Whether the line with words above the one at `line_start` names `name`'s logo."""
    above = text[max(0, line_start - 200) : line_start].rstrip().rsplit("\n", 1)[-1].strip()
    logo = _NAME_LINE.fullmatch(above)
    return logo is not None and bool(logo.group("logo")) and logo.group("name") == name


# The path of a web address and the whole of an e-mail address name people and pages. (The
# host is left: "github.com" is evidence of GitHub.) A path after a common domain in lower
# case (not "ASP.NET/C#", "VB.net/C#", "ADO.NET/SQL"), after any host a scheme or "www."
# opens, or after a lower-case host of three parts ("careers.acme.io/recruiting"; not
# "socket.io/WebSockets")
# Each alternative opens on a character the search skips to, what stands before it looked at
# behind it: a lookbehind first is tried at every character of the line.
_ADDRESS_PATH = regex_cache.compile(
    r"\.(?<!(?i:asp)\.)(?<!(?i:ado)\.)(?<!(?i:vb)\.)(?:com|org|net|edu|gov|co)(/\S*)"
    r"|(?:https?://|www\.)[^\s/]+(/\S*)|[a-z](?<![\w.][a-z])[\w-]*(?:\.[a-z][\w-]*){2,}(/\S*)"
)
_EMAIL = regex_cache.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _path_of(address: re.Match[str]) -> tuple[int, int]:
    """The span of the path of an address _ADDRESS_PATH found (in whichever group)."""
    group = next(g for g in (1, 2, 3) if address.group(g) is not None)
    return address.span(group)


def address_parts(text: str) -> list[tuple[int, int]]:
    """Where the paths of web addresses and the e-mail addresses of a text stand, in order.
    Every path holds a "/" and reaches over no line break: only the lines holding one are
    searched; an address is tried only where the run of its characters before an "@" starts
    (property tests check both)."""
    paths = [_path_of(m) for m in finditer_on_lines(_ADDRESS_PATH, text, "/")]
    mails = [m.span() for m in matches_from(_EMAIL, text, mailbox_starts(text))]
    return sorted(paths + mails)


def _in_address(addresses: list[tuple[int, int]], start: int, end: int) -> bool:
    at = bisect_right(addresses, (start, sys.maxsize)) - 1
    return at >= 0 and addresses[at][1] >= end


def _org_unit_before(before: str) -> bool:
    """ORG_UNIT_BEFORE.search(before), searched only when `before` ends as each match does:
    "of", "for" or "the", then blanks (\\s, which str.rstrip strips alike; "$" may stand before
    a last line break, a blank too). Most text before a name does not, and the case-blind
    search tried at every character costs about seven times this test."""
    tail = before.rstrip()
    if len(tail) == len(before) or not tail[-3:].lower().endswith(("of", "for", "the")):
        return False
    return ORG_UNIT_BEFORE.search(before) is not None


def _a_units_second_field(before: str) -> bool:
    """`before` ends with a unit's name and "and", as _UNITS_SECOND_FIELD matches, searched
    only when it ends with "and" or "&" and blanks."""
    if not before.rstrip().endswith(("and", "&")):
        return False
    return _UNITS_SECOND_FIELD.search(before) is not None


def in_org_name(text: str, start: int, end: int) -> bool:
    """Part of an organisation's name: "Department of Bioinformatics", "Procurement
    department". Such a name says where someone works or studies, not what they can do."""
    before = text[max(0, start - 80) : start]
    return (
        _org_unit_before(before[-40:])
        or bool(ORG_UNIT_AFTER.match(text[end : end + 20]))
        or (text[start].isupper() and _a_units_second_field(before))
        or (text[start].isupper() and bool(ORG_NAME_AFTER.match(text, end, end + 80)))
    )


_DEFINED = regex_cache.compile(r"\(\s*([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\s*\)")  # "(CPR)", "(NAS)"
# Words of an acronym's expansion, and the small ones it may skip ("Center for Protein
# Research", "Ordre des ingénieurs du Québec", "Colegio de Ingenieros del Perú"); a French or
# Italian article cut short before a word is passed over ("l'Ordre", "dell'Ingegneria")
ACRONYM_SMALL_WORDS = frozenset(
    {"of", "for", "and", "the", "de", "&", "in", "on", "to", "a", "an"}
    | set("des du la le les et del los las y di della da do dos das der die und für von".split())
)
EXPANSION_WORD = regex_cache.compile(r"(?![dlDL]['’][^\W\d_])[^\W\d_][\w'’\-]*")


def acronym_expansion(text: str, at: int, letters: str) -> list[str] | None:
    """The words before position `at` whose initials spell `letters`, small words allowed
    between them: "Center for Protein Research" for CPR, "finite-state transducers" for FST
    (the parts of a hyphenated word count when the words do not). None when they do not."""
    words = EXPANSION_WORD.findall(text[max(0, at - 120) : at])
    found = _spelling(list(words), letters)
    if found is None and any("-" in word for word in words):
        found = _spelling([part for word in words for part in word.split("-") if part], letters)
    return found


def _spelling(words: list[str], letters: str) -> list[str] | None:
    found: list[str] = []
    while words and len(found) < len(letters):
        word = words.pop()
        if word.lower() in ACRONYM_SMALL_WORDS and found:
            continue
        found.append(word)
    found.reverse()
    initials = "".join(word[0] for word in found).lower()
    return found if initials == letters.lower() else None


def _content_words(words: list[str]) -> list[str]:
    return [w.lower() for w in words if len(w) > 2 and w.lower() not in ACRONYM_SMALL_WORDS]


def _share_a_word(first: list[str], second: list[str]) -> bool:
    """A word of one starts a word of the other: "dev ops" shares with "Development"."""
    return any(a.startswith(b) or b.startswith(a) for a in first for b in second)


def foreign_acronyms(taxonomy: Taxonomy, text: str) -> set[str]:
    """Acronyms the document defines as something other than the skill they usually name:
    "Center for Protein Research (CPR)", "Network Attached Storage (NAS)". The document's own
    definition wins for every use of the acronym in it."""
    foreign: set[str] = set()
    for defined in _DEFINED.finditer(text):
        acronym = defined.group(1)
        skill_id = taxonomy.by_spelling.get(acronym.lower())
        letters = "".join(c for c in acronym if c.isupper())
        if skill_id is None or len(letters) < 2:
            continue
        expansion = acronym_expansion(text, defined.start(), letters)
        if expansion is None:
            continue
        # Only an acronym whose meaning the taxonomy spells out can be told apart
        spelled_out = [
            spelling
            for spelling in taxonomy.skills[skill_id].spellings
            if " " in spelling and acronym.lower() not in spelling.lower().split()
        ]
        if spelled_out and not _share_a_word(
            _content_words(expansion), _content_words(EXPANSION_WORD.findall(" ".join(spelled_out)))
        ):
            foreign.add(acronym.lower())
    return foreign


# A count before a name is a measure ("2,400 SFT office": square feet) unless the word after
# the name says what was counted are a model's training items: "50,000 SFT examples"
_COUNT_BEFORE = regex_cache.compile(r"\d[\d,.]*[kKmM]?(?:-examples?)?[ \t]+\Z")
_TRAINING_ITEMS_AFTER = regex_cache.compile(
    r"[ \t]+(?:examples|samples|demonstrations|prompts|conversations|dialogues|completions"
    r"|tokens|pairs|runs|checkpoints|datasets?)\b",
    re.I,
)


def counts_training_items(text: str, start: int, end: int) -> bool:
    """The name stands between a count and the training items it counts: "50,000 SFT
    examples", "a 20k-example SFT dataset"."""
    return (
        _COUNT_BEFORE.search(text, max(0, start - 24), start) is not None
        and _TRAINING_ITEMS_AFTER.match(text, end) is not None
    )


# People led, counted: "Led 2 SSMs" (site safety managers), "managed a team of 6 PMs"; verbs
# that take things too need the team ("Managed 40 VMs" are machines)
_PEOPLE_LED_BEFORE = regex_cache.compile(
    r"\b(?:(?:led|lead|leads|leading|supervised|supervise|supervising|hired|hiring|coached"
    r"|coaching|mentored|mentoring)[ \t]+(?:a[ \t]+team[ \t]+of[ \t]+)?"
    r"|(?:managed|manage|manages|managing|oversaw|oversee|overseeing|directed|directing)"
    r"[ \t]+a[ \t]+team[ \t]+of[ \t]+)"
    r"(?:\d{1,4}\+?|two|three|four|five|six|seven|eight|nine|ten|twelve|several|multiple)[ \t]+\Z",
    re.I,
)


# The kinds of skill no one leads by the count, models and methods: "Led 2 SSMs" are people;
# not documents, devices or targets, which are led ("Led 4 PRDs", "Supervised 20 PLCs")
_NONE_LED = frozenset(
    {
        *("ml-methods", "deep-learning", "nlp", "computer-vision", "speech-audio", "robotics"),
        *("reinforcement-learning", "statistics", "time-series", "recommender-systems"),
        *("ml-frameworks", "ml-libraries"),
    }
)


def people_counted(text: str, start: int, end: int, category: str) -> bool:
    """A plural acronym of a skill of `category` counted after a verb of leading people: "Led
    2 SSMs" are managers (_NONE_LED)."""
    if category not in _NONE_LED:
        return False
    written = text[start:end]
    if len(written) < 3 or written[-1] != "s" or not written[:-1].isupper():
        return False
    return _PEOPLE_LED_BEFORE.search(text, max(0, start - 40), start) is not None


def in_excluded_phrase(text: str, start: int, end: int, phrases: list[str]) -> bool:
    """The mention sits inside a phrase where the word means something else, or opens one
    with a list of names between it and the phrase's last words ("SAS or Norwegian flights"
    reads "SAS flights")."""
    window_start = max(0, start - 60)
    window = text[window_start : end + 60].lower()
    for phrase in phrases:
        at = window.find(phrase.lower())
        while at != -1:
            if window_start + at <= start and end <= window_start + at + len(phrase):
                return True
            at = window.find(phrase.lower(), at + 1)
    names = _NAMES_LISTED_AFTER.match(text, end)
    return names is not None and _a_phrases_tail(text, start, end, names.end(), phrases)


# Other names listed after a mention, before the words they share: ", Finnair or Norwegian "
_NAMES_LISTED_AFTER = regex_cache.compile(
    r"(?:[ \t]*(?:,|/|&|\bor\b|\band\b)[ \t]*(?-i:[A-Z][\w-]*)){1,3}[ \t]+"
)


# Words that go on from any list of names, so no excluded phrase's tail: "Outlook, Word and
# Excel for daily scheduling" is not "outlook for", "Access, Excel and Tableau to the spec"
# not "access to"
_NO_TAIL = frozenset("for to of the by and or on in at a an with from as into".split())


def _a_phrases_tail(text: str, start: int, end: int, tail_at: int, phrases: list[str]) -> bool:
    """An excluded phrase is the mention and the words at `tail_at`, a common noun written
    in lower case: "SAS" + "flights" (not "Access, Power Point", nor "Excel for")."""
    if not text[tail_at : tail_at + 1].islower():
        return False
    if text[tail_at : tail_at + 12].split(maxsplit=1)[0] in _NO_TAIL:
        return False
    written = text[start:end].lower() + " "
    after = text[tail_at : tail_at + 40].lower()
    for phrase in phrases:
        lowered = phrase.lower()
        if lowered.startswith(written):
            tail = lowered[len(written) :]
            if after.startswith(tail) and not after[len(tail) : len(tail) + 1].isalnum():
                return True
    return False


# A person addressed by title, as the name's first word in title case, and a surname after
# it: "Ask Ms Excel Smith (HR)" (not "MS Excel", nor "Ms Excel Power Query", whose next word
# is among the guard's cues)
_TITLE_OPENING = regex_cache.compile(r"(?-i:Ms|Mrs|Mr|Dr)\.?[ \t]")
_SURNAME_NEXT = regex_cache.compile(
    r"[ \t]+((?-i:(?:Ma?c|O['’])?[A-Z][a-z'’-]+))\b(?![ \t]+(?-i:[A-Z]))"
)


def _a_surname_next(text: str, end: int, cues: list[str]) -> bool:
    """A surname follows the name ending at `end`: a capitalised word that is none of the
    guard's cues ("Ray Chen", not "Ray Clusters")."""
    surname = _SURNAME_NEXT.match(text, end)
    return surname is not None and surname.group(1).lower() not in _lower_cues(tuple(cues))


def _a_titled_name(text: str, start: int, end: int, cues: list[str]) -> bool:
    """The name at start:end opens with a title and a surname follows it (_TITLE_OPENING)."""
    return bool(_TITLE_OPENING.match(text, start, end)) and _a_surname_next(text, end, cues)


# Words before a colleague's name: "worked with Julia Stone", "collaborate with Ruby Lee",
# "mentored by Ray Park", "thanks to Bert Jansen", and other colleagues' names named first:
# "with Dash Kumar and Ruby Lee"
_COLLEAGUE_BEFORE = regex_cache.compile(
    r"\b(?:(?:work|collaborat|partner|team|pair|train)(?:e|es|s|ed|ing)?(?:[ \t]+up)?"
    r"[ \t]+with|(?:mentored|coached|trained|interviewed|advised|guided|taught|hired)[ \t]+by"
    r"|thanks[ \t]+to)[ \t]+"
    r"(?:(?-i:[A-Z][a-z]+[ \t]+[A-Z][a-z'’-]+)"
    r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+)){0,3}\Z",
    re.I,
)
_COLLEAGUE_REACH = 120  # characters before a name where the words and other names may stand
_FIRST_NAME_LETTERS = 3  # the fewest letters of a first name that is also a tool's ("Ray")


def _a_colleagues_name(text: str, start: int, end: int, cues: list[str]) -> bool:
    """The name at start:end is a first name written in title case, after words of working
    with someone and before a surname: "worked with Julia Stone on simulations"; a letter is
    no first name ("worked with R Shiny")."""
    written = text[start:end]
    return (
        len(written) >= _FIRST_NAME_LETTERS
        and written.istitle()
        and _COLLEAGUE_BEFORE.search(text, max(0, start - _COLLEAGUE_REACH), start) is not None
        and _a_surname_next(text, end, cues)
    )


_ITEM_MARK = regex_cache.compile(rf"^\s*{ITEM_MARK}")
# "knowledge of Hibernate", "experience with Oracle", "proficient in Swift": the word right
# before a name that says the name is what is asked for.
_ASKED_FOR = regex_cache.compile(
    r"\b(?:(?:of|with|in|using|on)\s+(?:(?:strong|solid|deep|hands-on|good|excellent|proven"
    r"|advanced|working)\s+)?|(?:strong|solid|deep|hands-on|excellent|proven|advanced)\s+)$"
    # French, Spanish, Italian, Portuguese: "Connaissance de Spark", "Experiencia con Spark",
    # "Maîtrise d'Airflow", "Conoscenza di Spark", "Experiência com Spark", "Experiencia en
    # Spark", "Vivência no Spark" (Portuguese "no", "na": in the)
    r"|\b(?:de|du|des|avec|sur|con|di|del|della|com|em|en|no|na)\s+$|\b(?:d|dell)['’]$"
    # Dutch, Swedish, Danish, Norwegian, Polish: "Ervaring met Spark", "Erfarenhet av Spark",
    # "Erfaring med Spark", "Doświadczenie z Spark", "Znajomość Spark"
    r"|\b(?:met|van|av|med|af|z|ze|znajomość|znajomości|doświadczenie)\s+$"
    # Persian: "آشنایی با Spark" (familiarity with), "تسلط بر Spark", "استفاده از Spark"
    r"|\b(?:با|بر|از)\s+$",
    re.I,
)
_GRADED_BEFORE = regex_cache.compile(
    r"\b(?:strong|solid|deep|hands-on|excellent|proven|advanced|expert)\s+$", re.I
)
# A list item of names and a cue only: "Go or R a plus", "Spark / Hive (preferred)"
_NAME_WORD = r"[A-Z][\w+#.\-]*(?:\s+[A-Z0-9][\w+#.\-]*)?"
# The years asked beside the names: "R (3+ years)", "Go: 2+ yrs", "R, min. 3 years"; opening
# where a run of its marks does, not from each mark of a long run
_YEARS_ASIDE = regex_cache.compile(
    rf"(?<![\s(\[:,\-–—])[\s(\[:,\-–—]*(?:(?:min(?:imum)?\.?|at least)\s*)?"
    rf"(?:{YEARS.pattern})\+?\.?"
    r"(?:\s+(?:minimum|min\.?|of experience|or more))?\s*[)\]]?",
    re.I,
)
_NAMES_ONLY = regex_cache.compile(
    rf"{_NAME_WORD}(?:\s*(?:,|/|&|\b(?i:or|and)\b)\s*{_NAME_WORD})*(?:\s+(?i:experience))?"
    r"(?:\s*\(?\s*(?i:(?:is|are)\s+)?(?i:a plus|preferred|required|a must|nice to have|desired"
    r"|optional|a bonus)\s*\)?)?"
)
# What an item may open with before its names: "- Experience with R", "- Knowledge of Go", or
# a row's one-word label naming their kind ("- Compute: Spark")
_ITEM_LEAD = regex_cache.compile(
    r"(?:(?:(?:strong|solid|good|working|proven|hands-on|basic)\s+)?(?:experience\s+"
    r"(?:with|in|using)|knowledge\s+of|proficiency\s+(?:in|with)|familiarity\s+with"
    r"|exposure\s+to|expertise\s+(?:in|with)|fluency\s+in)|(?-i:[A-Z][a-z]+):)\s+(?=[A-Z])",
    re.I,
)
# Row labels that name a person, a time or a note, no kind of tool: "- Recruiter: Julia",
# "- Season: Spring", "- Note: ..." vouch for no name
_NO_KIND_LABELS = PERSON_OR_TIME_LABELS | {"note", "notes", "status"}
_LIST_ITEM_BOUNDARY = (
    r"(?:^|$|[,/&():]|\b(?i:or|and|a plus|preferred|required|a must|desired|optional"
    r"|experience)\b)"
)


def _a_whole_item(item: str, name: str) -> bool:
    """The name is an item of the list, not a word of a longer name ("Security" in "Public
    Safety and Security Adherence")."""
    return bool(
        re.search(rf"{_LIST_ITEM_BOUNDARY}\s*{re.escape(name)}\s*{_LIST_ITEM_BOUNDARY}", item)
    )


# A name followed by what makes it asked: "Airflow experience is required", "Spark is a must"
_ASKED_AFTER = regex_cache.compile(
    r"\s+(?:(?:experience|skills?|knowledge|expertise)\s+)?(?:is|are)\s+(?:required|a must"
    r"|essential|mandatory|a plus|preferred|desired)\b",
    re.I,
)


def _alone_on_its_line(text: str, match: RawMatch) -> bool:
    line_start, line_end = _line_around(text, match.start, match.end)
    return not text[line_start : match.start].strip() and not text[match.end : line_end].strip(
        " \t.:"
    )


@lru_cache(maxsize=1024)  # asked for each guarded name on the line
def _list_item(line: str) -> tuple[str, str, bool]:
    """A line's item without its mark, the names it lists after any lead-in and years, and
    whether it is a list item of names only ("- Go or R a plus")."""
    item = _ITEM_MARK.sub("", line).strip(" \t.,;:")
    lead = _ITEM_LEAD.match(item)
    if lead and lead.group().rstrip(" \t:").lower() in _NO_KIND_LABELS:
        lead = None
    names = item[lead.end() :] if lead else item
    names = _YEARS_ASIDE.sub("", names).strip(" \t.,;:")
    return item, names, bool(_ITEM_MARK.match(line) and _NAMES_ONLY.fullmatch(names))


def _named_requirement(text: str, match: RawMatch, skill_case_sensitive: bool) -> bool:
    """A requirement list's item or table cell that is the skill's name ("- Oracle"), or a
    case-sensitive skill named in its exact spelling as what is asked for ("Extensive working
    knowledge of Hibernate"; not "weekends during Spring and Summer")."""
    name = text[match.start : match.end]
    line_start, line_end = _line_around(text, match.start, match.end)
    line = text[line_start:line_end]
    item, names, names_only = _list_item(line)
    if item == name or (names_only and _a_whole_item(names, name)):
        return True  # "- Oracle", "- Go or R a plus", "- Experience with R (3+ years)"
    if _ASKED_AFTER.match(text, match.end) and skill_case_sensitive:
        return True  # "Airflow experience is required"
    if line.lstrip().startswith("|") and name in (cell.strip() for cell in line.split("|")):
        return True  # a table's row: "| Spark | 2+ | Required |"
    before = text[max(line_start, match.start - 20) : match.start]
    return skill_case_sensitive and len(name) >= 3 and bool(_ASKED_FOR.search(before))


_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
_YEAR_AFTER = regex_cache.compile(r"(?:\s*[/–-]\s*[A-Za-z]+)?\s*['’]?\d{2}(?:\d{2})?\b")


# A sentence that asks for what it names: "candidates must be proficient in it", "needs
# someone fluent in", "experience with"
_REQUIREMENT_CUE = regex_cache.compile(
    r"\b(?:must\s+be\s+(?:proficient|fluent|skilled|experienced|familiar|comfortable|versed)"
    r"|(?:needs?|seeking|looking\s+for)\s+(?:someone|a\s+person|candidates?)"
    r"|(?:proficien(?:t|cy)|fluen(?:t|cy)|experience|expertise|skilled|knowledge)"
    r"\s+(?:in|with|of|using)\b)",
    re.I,
)


def _asked_in_its_sentence(text: str, match: RawMatch) -> bool:
    """A name in its exact case inside a sentence that asks for a skill ("We use Snowflake
    daily, and candidates must be proficient in it"), or that the words nearest it require
    or wish for ("You must know Rust", "Bonus points for Rust", "It's a plus if you know
    Airflow"). A sentence's first word is capitalized anyway ("Go to market ..."): it is the
    name only when a skill's noun or "is" follows it ("Go experience is a plus", "Rust is a
    bonus")."""
    if match.folded or text[match.start : match.end].islower():
        return False  # "writing": a word, not a name
    line_start, line_end = _line_around(text, match.start, match.end)
    line, at = text[line_start:line_end], match.start - line_start
    if _A_VERBS_FOLLOWER.match(line, at + match.end - match.start) or _title_cased(line):
        return False  # "Go the extra mile", "Go/No-Go"; "Ability To Go On Site Visits"
    if _A_FIRMS_NAME_GOES_ON.match(line, at + match.end - match.start) and _AT_A_FIRM.search(
        line, max(0, at - 30), at
    ):
        return False  # "worked at Spark Networks": a firm's name
    start, end = sentence_at(line, at) or (0, len(line))
    first = not _A_WORD_CHAR.search(line, start, at)
    if first and not _NAMED_AS_A_SKILL_AFTER.match(line, at + match.end - match.start):
        return False  # the sentence's first word
    if not first and _asks_a_skill(line, start, end):
        return True
    cue = mention_cue(line, (at, at + match.end - match.start))
    # a wish is of the candidate; a rule, only when it speaks of knowing: "Attached files must
    # be in PDF or Word format" asks no Word
    asks_knowing = _OF_KNOWING.search(line, start, end) is not None
    return cue == "preferred" or (cue == "required" and asks_knowing)


_A_WORD_CHAR = regex_cache.compile(r"\w")
# What follows a verb, not a skill's name: an article, a particle or an adverb, a doing word
# ("Go the extra mile", "Go above and beyond", "Go big", "Go karting"), or its negation
# ("Go/No-Go"); not the doing words of a language ("Go programming")
_A_VERBS_FOLLOWER = regex_cache.compile(
    r"[ \t]+(?:the|a|an|your|our|their|above|beyond|big|far|further|ahead|back|out|off|over"
    r"|down|up|live|on[ \t]+site|through|into|the[ \t]+extra)\b"
    r"|[ \t]+(?!(?:programm|cod|script|test|develop|engineer|tool|model|network)ing\b)[a-z]+ing\b"
    r"|[ \t]*/[ \t]*no\b",
    re.I,
)
# A firm's name that a skill's opens ("Spark Networks"), after words of working there
_A_FIRMS_NAME_GOES_ON = regex_cache.compile(r"[ \t]+[A-Z][a-z]+\b")
_AT_A_FIRM = regex_cache.compile(
    r"\b(?:at|from|join(?:ed|ing)?|work(?:ed|ing|s)?[ \t]+(?:for|with))[ \t]+\Z"
)
# A line in Title Case ("Nice To Have: Willingness To Go Above And Beyond"): its capitals
# tell no name from a word
_TITLE_CASED = regex_cache.compile(r"[^a-z]*(?:\b[A-Z][\w'’-]*[^A-Za-z]*){4,}")


def _title_cased(line: str) -> bool:
    """Every word of the line, four or more, opens with a capital."""
    return _TITLE_CASED.fullmatch(line) is not None


# Words that make a rule an ask of the candidate's skill: "must know", "experience in", "is a
# must", "Must-have:", "Required:"
_OF_KNOWING = regex_cache.compile(
    r"\b(?:know\w*|experience[sd]?|skill(?:s|ed)?|expertise|proficien\w*|fluen\w*|familiar\w*"
    r"|must[- ]haves?|a[ \t]+must)\b|\b(?:required|mandatory|essential)[ \t]*:",
    re.I,
)
# What follows a sentence's first word that names a skill: "Go experience", "Rust is a bonus",
# "Rust would be a bonus", "Julia a plus"; not "Go to market", "Spring into action"
_NAMED_AS_A_SKILL_AFTER = regex_cache.compile(
    r"[ \t]+(?:experience|knowledge|skills?|expertise|proficiency|familiarity|is|are|would|a|an)"
    r"\b"
)


@lru_cache(maxsize=4096)  # the same for each name in the sentence
def _asks_a_skill(line: str, start: int, end: int) -> bool:
    return _REQUIREMENT_CUE.search(line, start, end) is not None


def _season_of_a_date(text: str, match: RawMatch) -> bool:
    """ "Spring 2020", "Spring/Summer '21": a term of the year, not the Spring framework."""
    word = text[match.start : match.end].lower()
    return word in _SEASONS and bool(_YEAR_AFTER.match(text, match.end))


_ITEM_EDGES = frozenset({",", "/", "|", ";", "•", "·", "-"})


_LEAD_INS = frozenset({"of", "in", "with", "including", "using", "on", "like", "via"})


def _opens_or_closes_a_list(doc: Any, match: RawMatch) -> bool:
    """The first item of a list after its lead-in ("Knowledge of rest, JSON and APIs"), or
    the last item before a line's end ("JSON and rest"); not a word of a longer name
    ("release engineering and ...", "and scheduling tasks")."""
    before, after = _neighbours(doc, match)
    if after in LIST_PUNCT:
        return before in _LEAD_INS or "\n" in before
    return before in LIST_PUNCT and (after in (".", ";") or "\n" in after)


_YEARS_OF = regex_cache.compile(
    rf"(?:{YEARS.pattern})\s+(?:of\s+)?(?:(?:hands-on|professional|production"
    r"|industry|commercial)\s+)?(?:experience\s+(?:with|in|using)\s+)?$",
    re.I,
)
_YEARS_REACH = 60  # characters before a name where its years are looked for
# YEARS's words without their word boundaries: one of them stands in every count of years
_YEAR_WORDS_ANYWHERE = regex_cache.compile(YEARS.words.pattern.replace(r"\b", ""))


def _counted_in_years(text: str, start: int) -> bool:
    """_YEARS_OF.search in the stretch before `start`, which runs only where that stretch, in
    lower case (lowered_alike), holds a year's word: the case-blind search, tried at each of
    its characters, costs several times this test."""
    low = max(0, start - _YEARS_REACH)
    lowered = lowered_alike(text[low:start])
    if lowered is not None and not _YEAR_WORDS_ANYWHERE.search(lowered):
        return False
    return _YEARS_OF.search(text, low, start) is not None


# A lower-case -ing word and the next word: "writing SQL", "speaking Spanish"
_GERUND_AND_NEXT = regex_cache.compile(r"[a-z]+ing[ \t]+([a-z0-9][\w+#.-]*)", re.I)


def _acts_on_the_next_word(text: str, match: RawMatch) -> bool:
    """The name is a lower-case gerund followed by what it acts on: "writing" in "3+ years
    writing SQL" is what the years were spent doing to SQL, not the skill of writing; not
    before a joiner, a preposition or a skill's noun ("writing and editing", "writing for a
    newspaper", "writing experience")."""
    if not text[match.start : match.end].islower():
        return False
    found = _GERUND_AND_NEXT.match(text, match.start)
    if found is None or found.start(1) < match.end:
        return False
    following = found.group(1).lower()
    return following not in HEAD_END | LIST_JOINERS | STOP_END | SKILL_NOUNS | PREPOSITIONS


_VERB_BEFORE = frozenset({"know", "use", "used", "using", "with", "of", "in", "including"})


def _item_start(doc: Any, match: RawMatch) -> bool:
    """The name starts an item: after a separator, a lead-in or a verb ("know airflow and
    sql"), or after the name it is joined to ("sql and airflow"); not inside a compound
    ("release engineering and ML")."""
    before, after = _neighbours(doc, match)
    if after not in LIST_JOINERS:
        return True  # joined to the name before it
    return before in LIST_PUNCT or before in _VERB_BEFORE or "\n" in before


def _counted_folded(taxonomy: Taxonomy, match: RawMatch) -> int:
    """1 when find_skills counted this name in another case among a line's technical names."""
    technical = taxonomy.skills[match.skill_id].kind == "technical"
    return int(technical and match.end - match.start > 2)


def _the_whole_item(text: str, match: RawMatch) -> bool:
    """The mention is all its line says, bullet aside: "- oracle"."""
    line = text[slice(*_line_around(text, match.start, match.end))]
    return _ITEM_MARK.sub("", line).strip(" \t.,;:") == text[match.start : match.end]


def _upper_line(text: str, at: int) -> bool:
    """The line is written in capitals throughout ("3+ YEARS OF EXPERIENCE WITH SPARK")."""
    line = text[slice(*_line_around(text, at, at))]
    return not any(c.islower() for c in line) and len(line.split()) >= 3


def _shouted(taxonomy: Taxonomy, text: str, match: RawMatch) -> bool:
    """A name written in capitals that the taxonomy spells otherwise: "JAVA", "ORACLE"."""
    written = text[match.start : match.end]
    return (
        written.isupper()
        and sum(c.isalpha() for c in written) >= 3
        and written not in taxonomy.skills[match.skill_id].spellings
    )


UNAMBIGUOUS_WORDS = 3  # a case-sensitive spelling this long names its skill in any case
# A skill the person claims, right before its name: "Proficient with", "experience in",
# "knowledge of"
_SKILLED_IN = regex_cache.compile(
    r"\b(?:proficient|proficiency|experienced|experience|skilled|expertise|expert|familiar"
    r"|familiarity|knowledge|fluent|versed|comfortable)[ \t]+(?:with|in|of)[ \t]+$",
    re.I,
)
# Technical names a document holds at least, in their own case, for a claimed skill written
# capitalised to be read as one ("Proficient with Rest" in a developer's resume)
TECHNICAL_DOCUMENT = 3


def _claimed_acronym(
    taxonomy: Taxonomy,
    text: str,
    match: RawMatch,
    section: str | None,
    named: Container[Span],
    technical_document: bool,
) -> bool:
    """An acronym written capitalised ("Rest" for REST) as a claimed skill's whole name: right
    after "proficient with", "knowledge of"..., or a whole cell of a skills table's row
    ("Rest<tab>Advanced<tab>5"); not a word of a longer phrase ("experienced with Rest
    periods"). In a list, every other item is a technical name in its own case (`named`):
    "Rest, Flask and SQL", not "Carla, Sam and the platform team". Alone, it needs a
    `technical_document`, and a skill whose guard asks for context words even in capitals is
    a word or a name too ("Clip", "Carla"): the claim does not vouch for it."""
    written = text[match.start : match.end]
    if not written.istitle() or written.upper() not in taxonomy.skills[match.skill_id].spellings:
        return False
    line_start, line_end = _line_around(text, match.start, match.end)
    line = text[line_start:line_end]
    if section == "skills" and _a_whole_cell(
        line, match.start - line_start, match.end - line_start
    ):
        return True
    if not _SKILLED_IN.search(text, line_start, match.start):
        return False
    others = _other_items(text, match, line_end)
    if others is None:
        return False
    if others:
        return all(item in named for item in others)
    guard = taxonomy.skills[match.skill_id].guard
    return technical_document and not (guard and guard.context)


# Where a claimed list's items end: the sentence's or clause's end, a note in brackets or
# after a dash ("Rest (3 years)", "Rest - 5 years")
_ITEMS_STOP = regex_cache.compile(r"[;:(!?]|\.(?=\s|$)|[ \t][-–—][ \t]")


def _other_items(text: str, match: RawMatch, line_end: int) -> list[Span] | None:
    """The spans of the other items of the list the name opens: Flask's and SQL's in "Rest,
    Flask and SQL."; None when the name is not a whole item ("Rest periods")."""
    stop = _ITEMS_STOP.search(text, match.end, line_end)
    end = stop.start() if stop else line_end
    items: list[Span] = []
    at = match.start
    for between in _BETWEEN_NAMES.finditer(text, match.end, end):
        items.append(_stripped(text, at, between.start()))
        at = between.end()
    items.append(_stripped(text, at, end))
    if items[0] != (match.start, match.end):
        return None
    return [item for item in items[1:] if item[0] < item[1]]


def _stripped(text: str, start: int, end: int) -> Span:
    """text[start:end] less its edges' white space."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


_CELL_BREAK = regex_cache.compile(r"[\t|]")  # between a table row's cells


def _a_whole_cell(line: str, start: int, end: int) -> bool:
    """The line is a table's row (cells parted by tabs or bars) and line[start:end] fills
    its cell."""
    if "\t" not in line and "|" not in line:
        return False
    before = _CELL_BREAK.split(line[:start])[-1]
    after = _CELL_BREAK.split(line[end:], maxsplit=1)[0]
    return not before.strip() and not after.strip()


def _other_case_counts(
    taxonomy: Taxonomy,
    doc: Any,
    text: str,
    match: RawMatch,
    others: int,
    section: str | None,
    shouting: bool,
    joined: bool = False,
    technical_document: bool = False,
    named: Container[Span] = (),
) -> bool:
    """A case-sensitive skill written in another case: in capitals on a line that writes
    other names in capitals too ("ORACLE (3 years), JAVA (3 years)"), where its guard reads
    context; or an item of a list of skills ("python, spark, hive", "- oracle" under Skills).
    Not prose ("to rest", "excel at"), not capitals where the case was the guard ("PIP" is
    not pip) and not a lone acronym ("SQL, APEX" names Oracle APEX, not Salesforce's Apex).
    A spelling of three words or more counts in any case: "Basic Life Support" for BLS. An
    acronym written capitalised as a claimed skill counts beside the technical names `named` in
    their own case, or in a `technical_document` (_claimed_acronym)."""
    written = text[match.start : match.end]
    if len(written.split()) >= UNAMBIGUOUS_WORDS:
        return True
    guard = taxonomy.skills[match.skill_id].guard
    if (guard is None or not guard.case_sensitive) and written.isupper():
        # handed over by its neighbours' words (senses.py), which vouch for it in capitals:
        # "ARIMA, VAR, GARCH" is a vector autoregression, though market risk writes "VaR"
        return True
    if section == "languages" and taxonomy.skills[match.skill_id].category == SPOKEN_LANGUAGES:
        return True  # "ENGLISH" on its own line under Languages, as Europass CVs write them
    shouted_line = _upper_line(text, match.start)
    if written.isupper() and (sum(c.isalpha() for c in written) >= 3 or shouted_line):
        return (shouting or shouted_line) and bool(guard and guard.context)
    if (technical_document or others) and _claimed_acronym(
        taxonomy, text, match, section, named, technical_document
    ):
        return True  # "Proficient with Rest" among a developer's names
    if section != "skills" and section not in REQUIREMENT_SECTIONS and others < 2:
        return False
    if joined and len(written) > 1 and _item_start(doc, match):
        return True  # "you should know sql and airflow well": joined to a technical name
    if len(written) > 1 and others and _opens_or_closes_a_list(doc, match):
        return True  # "Knowledge of rest, JSON and APIs" beside another skill
    if not _neighbours_are_list(doc, match):
        return False
    if not others and not _the_whole_item(text, match):
        return False  # "spark, curiosity and grit": no other technical name in the list
    if len(written) > 1:
        return True
    # one letter ("r", "c") only between commas or slashes, never "(c)"
    return all(edge in _ITEM_EDGES or "\n" in edge for edge in _neighbours(doc, match))


def _letter_beside(doc: Any, at: int, step: int) -> str:
    """The first word from token `at` on, going by `step`, past commas, slashes and "and"."""
    while 0 <= at < len(doc) and doc[at].lower_ in LIST_JOINERS:
        at += step
    return doc[at].text if 0 <= at < len(doc) else ""


def _in_letter_series(taxonomy: Taxonomy, doc: Any, match: RawMatch) -> bool:
    """A one-letter name beside another capital letter that names no skill: "grade A B C",
    "marked A, B, C and D"; not "C, R and Java"."""
    if match.token_end - match.token_start != 1 or len(doc[match.token_start].text) != 1:
        return False
    beside = (
        _letter_beside(doc, match.token_start - 1, -1),
        _letter_beside(doc, match.token_end, 1),
    )
    return any(
        len(word) == 1 and word.isupper() and word.lower() not in taxonomy.by_spelling
        for word in beside
    )


def _guard_of(taxonomy: Taxonomy, text: str, match: RawMatch) -> Guard | None:
    """The guard this mention must pass: none when its skill's guard is for other spellings."""
    guard = taxonomy.skills[match.skill_id].guard
    if guard is None or not guard.applies_to(text[match.start : match.end]):
        return None
    return guard


# The label of a list of pastimes, opening its line ("Interests: Go (2-dan), surfing") or
# inside a resume pasted into a form as a few long lines ("... Skills: Python, SQL. Hobbies:
# chess, Go"); not a researcher's fields ("Research interests: NLP")
_INTERESTS_LABEL = regex_cache.compile(
    r"(?<![\w-])(?<!research )(?:(?:personal[ \t]+)?interests|hobbies|hobbys|pastimes)[ \t]*:",
    re.I,
)
_SENTENCE_STOP = regex_cache.compile(r"[.!?](?=\s|$)")  # the pastimes' sentence ends


_PASTIMES_WORDS = ("interests", "hobb", "pastimes")  # a label's words, as _INTERESTS_LABEL's


def _may_list_pastimes(text: str) -> bool:
    """Whether the text may hold a label of pastimes: its words, found without the label's
    pattern, which is slow to search a whole text (a non-ASCII text, whose letters may fold
    to these words' under the pattern's ignored case, is searched)."""
    lowered = text.lower()
    return any(word in lowered for word in _PASTIMES_WORDS) or (
        not text.isascii() and _INTERESTS_LABEL.search(text) is not None
    )


def pastimes_stretch(text: str, at: int) -> Span | None:
    """The list of pastimes holding offset `at`: from an "Interests:" / "Hobbies:" label
    before it on its line to the end of the label's sentence or of the line."""
    line_start, line_end = _line_around(text, at, at)
    labels = list(_INTERESTS_LABEL.finditer(text, line_start, at))
    label = labels[-1] if labels else None  # the label nearest before `at`
    if label is None or _SENTENCE_STOP.search(text, label.end(), at):
        return None
    stop = _SENTENCE_STOP.search(text, at, line_end)
    return label.start(), stop.start() if stop else line_end


# "Excel in change management", "Excel at building rapport": the verb, when it opens an item or
# a sentence; not "Excel at an advanced level".
_EXCEL_THE_VERB = regex_cache.compile(
    r"Excel[ \t]+(?:in|at)[ \t]+(?!(?:an?[ \t]+)?(?:advanced|expert|intermediate|basic|high"
    r"|proficient|professional)\b)"
)


# "in Excel for the committee", "using Excel.": a capital "Excel" after a lower-case word is
# the tool, as the verb is written lower case inside a sentence; not a firm's name ("at Excel
# Sports Management")
_AFTER_A_LOWER_WORD = regex_cache.compile(r"[a-z,][ \t]+\Z")
# ... nor the verb after a line joined over its wrap ("set direction / Excel in change
# management"), which the guard's context judges
_A_NAME_GOES_ON = regex_cache.compile(r"[ \t]+(?:[A-Z]|in\b|at\b)|[\w-]")


def excel_inside_a_sentence(text: str, start: int, end: int) -> bool:
    """The name at start..end is "Excel" written after a lower-case word of its sentence."""
    if text[start:end] != "Excel" or _A_NAME_GOES_ON.match(text, end):
        return False
    return bool(_AFTER_A_LOWER_WORD.search(text, max(0, start - 8), start))


def excel_the_verb(text: str, start: int) -> bool:
    """The name at `start` is the verb "excel", opening an item or a sentence."""
    if start < 0 or not _EXCEL_THE_VERB.match(text, start):
        return False
    before = text[text.rfind("\n", 0, start) + 1 : start].rstrip()
    return not before.lstrip("-•*·▪●0123456789.) \t") or before[-1] in ".;:!?"


# An application form's question of the years with a named skill, the name closing it: "How
# many years of work experience do you have with Go?" (a form asks only of skills there)
_YEARS_QUESTION = regex_cache.compile(
    r"\bhow[ \t]+many[ \t]+years[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?experience[ \t]+"
    r"(?:do[ \t]+)?you[ \t]+(?:have[ \t]+)?(?:with|in|using)[ \t]+\Z",
    re.I,
)
_QUESTION_MARK = regex_cache.compile(r"[ \t]*\?")


def named_in_a_years_question(text: str, start: int, end: int) -> bool:
    """The name at start..end closes a form's question of years with it (_YEARS_QUESTION)."""
    return bool(_QUESTION_MARK.match(text, end)) and bool(
        _YEARS_QUESTION.search(text, max(0, start - 160), start)
    )


def passes_guard(
    taxonomy: Taxonomy,
    doc: Any,
    text: str,
    match: RawMatch,
    others_on_line: int,
    section: str | None,
    joined: bool = False,
    posting: bool = False,
    technical_on_line: int = 0,
    pastimes: Span | None = None,
) -> bool:
    """A guarded skill needs context: a cue word nearby, a skills section, a list of skills,
    another skill it is joined to ("CV or NLP", `joined`) or, in a posting, a sentence that
    asks for it. `technical_on_line` counts the technical names on its line that need none
    (in its stretch of `pastimes`, when a label of pastimes lists it: pastimes_stretch)."""
    guard = _guard_of(taxonomy, text, match)
    if guard is None:
        # an excluded phrase means something else whatever the spelling in it: "Normalizing
        # flows of cash", though only the singular needs context words
        return not _excluded_unguarded(taxonomy, text, match)
    # doc.text rebuilds the whole string on every access: the text is passed in instead.
    if (
        guard.exclude
        and in_excluded_phrase(text, match.start, match.end, guard.exclude)
        and not counts_training_items(text, match.start, match.end)
    ):
        return False
    if excel_the_verb(text, match.start) and (posting or section != "skills"):
        return False  # a resume's skills section lists names: "Excel in VBA and Power Query"
    if not guard.context and not guard.case_sensitive:
        return True  # only phrases excluded: the name is no other word ("team player-ability")
    if guard.case_sensitive and (
        _in_letter_series(taxonomy, doc, match)
        or names_a_person(text, match.start, match.end)
        or names_a_firm(text, match.end)
        or _a_titled_name(text, match.start, match.end, guard.context)
        or _a_colleagues_name(text, match.start, match.end, guard.context)
    ):
        return False  # "grade A B C", "work closely with Ruby", "report to Julia", "Orosz & Co"
    # a longer name than a letter ("C-level" is no C)
    compounds = guard.context if guard.case_sensitive and match.end - match.start > 1 else None
    if _hyphen_glued(doc, match, compounds) or _season_of_a_date(text, match):
        return False
    if guard.case_sensitive and _on_a_person_or_time_row(text, match):
        return False  # "- Manager: Julia", "- Season: Spring": who or when, whatever is near
    if pastimes is not None:
        section = "interests"
    if (
        not guard.context
        or section == "skills"
        # "How many years of work experience do you have with Go?"
        or (guard.case_sensitive and named_in_a_years_question(text, match.start, match.end))
    ):
        return True
    if excel_inside_a_sentence(text, match.start, match.end):
        return True
    if taxonomy.skills[match.skill_id].category == SPOKEN_LANGUAGES and (
        section == "languages"
        or graded(doc, match.token_start, match.token_end, _english_name(taxonomy, doc, match))
        or language_skills_after(text, match.end) is not None
    ):
        return True  # "Mandarin (business level)", "English reading and writing", or under
        # "Mother tongue(s)"
    listed = bool(others_on_line) and _neighbours_are_list(doc, match)
    # pastimes are listed too ("Interests: chess, Go, hiking" names the game); a technology
    # that needs no context in the list makes it one of skills ("Arduino, Go, hiking")
    listed = listed and (section != "interests" or technical_on_line > 0)
    return _context_vouches(guard, doc, text, match, listed, section, joined, posting, pastimes)


def _excluded_unguarded(taxonomy: Taxonomy, text: str, match: RawMatch) -> bool:
    """A spelling its guard leaves alone, inside one of the guard's excluded phrases."""
    guard = taxonomy.skills[match.skill_id].guard
    if guard is None or not guard.exclude:
        return False
    return in_excluded_phrase(text, match.start, match.end, guard.exclude)


# What the writer says they are learning, a name in its exact case among the first items
# after the cue: "I'm learning Rust", "currently learning Go and Swift"; or a note after the
# name: "Rust (learning)", "Go - self-learning" (wishes.py's cues, which import this module)
_STUDYING_BEFORE = regex_cache.compile(
    r"\b(?:currently|presently|now|actively|still|am|i['’]m)[ \t]+(?:also[ \t]+)?"
    r"(?:self[- ]?)?learning[ \t]+"
    r"(?:[\w+#.]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)){0,3}\Z",
    re.I,
)
_STUDYING_AFTER = regex_cache.compile(
    r"[ \t]*(?:\(|[-–—:])[ \t]*(?:currently[ \t]+|self[- ]?)?learning"
    r"(?=[ \t]*(?:[).,;!?\n]|$))",
    re.I,
)
_STUDY_REACH = 80  # characters before a name where the cue may stand


def _studied_by_the_writer(text: str, match: RawMatch) -> bool:
    if _STUDYING_AFTER.match(text, match.end):
        return True
    before = max(0, match.start - _STUDY_REACH)
    return (
        "learning" in text[before : match.start].lower()
        and _STUDYING_BEFORE.search(text, before, match.start) is not None
    )


def _on_a_person_or_time_row(text: str, match: RawMatch) -> bool:
    """The name is the value of a row labelled with a person or a time
    (person_or_time_value), not a clause after it ("- Location: Munich, fluent in German")."""
    line_start, line_end = _line_around(text, match.start, match.end)
    value = person_or_time_value(text[line_start:line_end])
    return value is not None and value[0] <= match.start - line_start < value[1]


def _context_vouches(
    guard: Guard,
    doc: Any,
    text: str,
    match: RawMatch,
    listed: bool,
    section: str | None,
    joined: bool,
    posting: bool,
    pastimes: Span | None = None,
) -> bool:
    """Outside a skills section, what stands around a guarded name says it is the skill:
    years of it, a requirement list's item, a grade, a list of skills or a cue word. A name
    in its exact case that a Finnish, Czech or Polish sentence inflects ("Sparkilla", "Sparkem") or
    compounds with a skill ("Spark-osaaminen") is a product's name there."""
    if guard.case_sensitive and (match.inflected or _know_how_of(doc, match)):
        return True
    if guard.case_sensitive and not posting and _studied_by_the_writer(text, match):
        return True  # "I'm learning Rust", "Rust (learning)": wishes.py marks it as learning
    # "3+ years of writing SQL": the years and the ask are of SQL, "writing" is their verb
    named = guard.case_sensitive and not _acts_on_the_next_word(text, match)
    if named and _counted_in_years(text, match.start):
        return True  # "You must have 3+ years of Spark": a name counted in years of work
    if _alone_on_its_line(text, match) and section not in REQUIREMENT_SECTIONS:
        return False  # a heading "CV" above the name: the document, not the field
    if section in REQUIREMENT_SECTIONS and _named_requirement(text, match, named):
        return True
    if (
        section is None
        and guard.case_sensitive
        and _GRADED_BEFORE.search(text, max(0, match.start - 30), match.start)
    ):
        return True  # prose: "a person with strong Snowflake skills"
    if joined or listed:
        return True
    if guard.case_sensitive and _worked_in_a_letter(text, match):
        return True
    if guard.case_sensitive and not posting and _tool_of_a_task(text, match, section):
        return True
    cues = cue_hashes(tuple(guard.context))
    if section == "interests" and not posting:
        return _context_on_its_line(doc, text, match, cues, pastimes)
    if guard.context_beside:
        near = _cue_beside(text, match, _lower_cues(tuple(guard.context)))
    else:
        near = _context_near(doc, match, cues) or _east_asian_cue_near(
            doc, text, match, tuple(guard.context)
        )
    return near or (posting and guard.case_sensitive and _asked_in_its_sentence(text, match))


# The word right before a name, an article between at most, or right after it, joined by a
# space or a hyphen: "fine-tuned a Bert", "Bert-based", "Bert embeddings"; not across a comma
_WORD_BEFORE = regex_cache.compile(r"([^\W\d_]+)[ \t-]+(?:(?:a|an|the)[ \t]+)?\Z", re.I)
_WORD_AFTER = regex_cache.compile(r"[ \t-]+([^\W\d_]+)")
_BESIDE_REACH = 40  # characters before a name where the word before it may stand


def _cue_beside(text: str, match: RawMatch, cues: frozenset[str]) -> bool:
    """A cue word stands right beside the name (_WORD_BEFORE, _WORD_AFTER)."""
    before = _WORD_BEFORE.search(text, max(0, match.start - _BESIDE_REACH), match.start)
    after = _WORD_AFTER.match(text, match.end)
    return any(found is not None and found.group(1).lower() in cues for found in (before, after))


# A one-letter language worked in, closing its clause: "models in R", "in R;", "in R (glm,
# tweedie)"; not "in R&D", "in R. Smith's group" or "in R (restricted) films"
_WORKED_IN = regex_cache.compile(r"\b(?:in|using)[ \t]+\Z")
_CLAUSE_CLOSED = regex_cache.compile(r"[ \t]*(?:\([^()\n]*,[^()\n]*\)|;|\.?[ \t]*(?:\n|\Z))")


def _worked_in_a_letter(text: str, match: RawMatch) -> bool:
    if match.end - match.start != 1:
        return False
    before = _WORKED_IN.search(text, max(0, match.start - 10), match.start)
    return before is not None and _CLAUSE_CLOSED.match(text, match.end) is not None


# A task done with a tool, on a resume's line of work: "Customer segmentation with Spark",
# "Survival analysis using Julia."; the name closes its clause (not "with Spark Foundry", a
# firm), no apposition says who it is ("with Julia, our VP") and neither word before "with" is
# a meeting or partnering ("worked closely with Julia", "worked daily with Julia"). "With" in
# Dutch, German, Spanish or Italian, Portuguese, Catalan and French too: "ervaring met Spark",
# "Prozesse mit Spark", "procesos con Spark", "serviços com Spark", "processos amb Spark"
_DONE_WITH = regex_cache.compile(
    r"\b(\w+)(?:[ \t]+(\w+))?[ \t]+(?:with|using|met|mit|con|com|amb|avec)[ \t]+\Z"
)
_NAME_CLOSES = regex_cache.compile(r"[ \t]*(?:[,;)]|\.(?:\s|\Z)|\n|\Z)")
_INTRODUCED = regex_cache.compile(r"[ \t]*,[ \t]*(?:the|our|my|a|an|their|his|her|its)\b", re.I)
_WITH_SOMEONE = frozenset(
    """
    work worked works working collaborate collaborated collaborating collaboration partner
    partnered partnering partnership met meet meeting meetings liaised liaising closely together
    alongside along teamed talked spoke interviewed coordinated coordinating engaged connected
    sync syncs session sessions call calls chats lunch friends contract contracted directly
    daily weekly regularly jointly hand side
    samen samengewerkt samenwerking overleg gewerkt gesprek gesprekken zusammen gearbeitet
    zusammengearbeitet trabajé trabajado junto juntos colaboré reuniones trabalhei trabalhado
    junto reuniões treballat juntament travaillé ensemble lavorato insieme
    """.split()
)


def _tool_of_a_task(text: str, match: RawMatch, section: str | None) -> bool:
    if section not in ("experience", "projects"):
        return False
    done = _DONE_WITH.search(text, max(0, match.start - 40), match.start)
    return (
        done is not None
        and not {word.lower() for word in done.groups("")} & _WITH_SOMEONE
        and _NAME_CLOSES.match(text, match.end) is not None
        and _INTRODUCED.match(text, match.end) is None
    )


ROLE_NOUN_AFTER = regex_cache.compile(
    r"[ \t]*(?:&[ \t]*[A-Z]\w*[ \t]+)?(?:Engineers?|Developers?|Consultants?|Managers?"
    r"|Specialists?|Departments?|Team|Leaders?|Lead|Directors?|Officers?|Analysts?|Architects?"
    r"|Administrators?|Coordinators?|Professionals?|Scientists?|Technicians?|Division|Group)\b"
)


def in_role_title(text: str, start: int, end: int) -> bool:
    """A capitalised skill name followed by a capitalised role noun names a job or a unit
    ("Senior DevOps Engineer", "Supply Chain Consultant", "Project Management Department"):
    in a posting that is the role on offer, and the skills it asks for are in its body."""
    return text[start : start + 1].isupper() and bool(ROLE_NOUN_AFTER.match(text, end))


def _heading_lines(lines: LineIndex, sections: list[Section]) -> set[int]:
    """The lines that hold nothing but a section's heading, or a self-assessment grid's."""
    return {
        lines.line_of(section.start)
        for section in sections
        if lines.line_text(lines.line_of(section.start)).strip() == section.heading
    } | {lines.line_of(found.start()) for found in _GRID_HEADER.finditer(lines.text)}


# The column labels of a Europass CV's self-assessment grids: languages by the CEFR
# ("UNDERSTANDING  SPEAKING  WRITING", "Listening  Reading  Spoken interaction") and digital
# skills ("Information processing  Communication  Content creation  Safety  Problem solving"):
# what is graded, not what the writer claims
_GRID_LABEL = (
    r"(?:understanding|speaking|writing|listening|reading|spoken[ \t]+(?:interaction|production)"
    r"|self-assessment|information[ \t]+processing|communication|content[ \t]+creation|safety"
    r"|problem[ \t-]solving)"
)
# A grid's line may open with "Other language(s)" and hold a grade after each label, as the
# newer Europass CV writes them: "Listening C1 Reading C1 Writing B2"
_GRID_ITEM = rf"(?:{_GRID_LABEL}|{CEFR_CODE})"
_GRID_HEADER = regex_cache.compile(
    rf"^[ \t]*(?:other[ \t]+languages?(?:\(s\))?:?[ \t]+)?"
    rf"{_GRID_LABEL}(?:[ \t]+{_GRID_ITEM}){{2,}}[ \t]*$",
    re.I | re.M,
)


@dataclass
class _LineCounts:
    """What each line holds besides a guarded name: names that vouch for it, and where they
    stand (by token) for a name joined to one of them."""

    unguarded: dict[int, int] = field(default_factory=dict)
    technical: dict[int, int] = field(default_factory=dict)  # "python, spark" vs "grit"
    technical_at: list[int] = field(default_factory=list)  # where those technical names start
    folded: dict[int, int] = field(default_factory=dict)  # technical, another case: "spark, hive"
    shouted: Counter[int] = field(default_factory=Counter)  # in capitals: "JAVA, ORACLE"
    names_only: set[int] = field(default_factory=set)  # "- Excel and SAP": bullets of names
    starts: dict[int, str] = field(default_factory=dict)  # a vouching mention's first token
    ends: dict[int, str] = field(default_factory=dict)  # the token after one ends
    named: set[Span] = field(default_factory=set)  # technical names in their own case

    def technical_beside(self, line: int, pastimes: Span | None) -> int:
        """Technical names that need no context on the line, or in its stretch of `pastimes`
        ("Skills: Python. Hobbies: Go": only the hobbies' own)."""
        if pastimes is None:
            return self.technical.get(line, 0)
        start, end = pastimes
        return bisect_left(self.technical_at, end) - bisect_left(self.technical_at, start)

    def technical_besides(self, line: int, own: int) -> int:
        """Technical names on the line in any case, less this one's `own` count."""
        return self.technical.get(line, 0) + self.folded.get(line, 0) - own


def _title_spans(lines: LineIndex) -> list[Span]:
    """Where the posting's title stands in its text (requirements.title_span), and where its
    own "Role:" line names the job (requirements.posting_role_line)."""
    spans = []
    for title in (title_span(lines), posting_role_line(lines)):
        if title is not None:
            start = lines.line_start(title[0])
            spans.append((start + title[1][0], start + title[1][1]))
    return spans


def _in_title(taxonomy: Taxonomy, match: RawMatch, titles: list[Span]) -> bool:
    """A tool named in the posting's title ("Senior Python Developer") or as the job of its
    "Role:" line ("Role: Python Engineer for the Data team")."""
    skill = taxonomy.skills[match.skill_id]
    if not names_a_tool(skill.id, skill.name, skill.category):
        return False
    return any(start <= match.start < end for start, end in titles)


# What stands between the names of a bullet that lists nothing else: "- Excel and SAP"; a bare
# space joins no list ("- UI test automation" is one compound, not UI and test automation)
_BETWEEN_NAMES = regex_cache.compile(r"\s*(?:[,/&]|\b(?i:and|or)\b)\s*")


def _bullets_of_names(taxonomy: Taxonomy, matches: list[RawMatch], lines: LineIndex) -> set[int]:
    """The bulleted lines that list two or more technical names in their own case and nothing
    else ("- Excel and SAP", "- Excel, SAP"): each name is the other's context."""
    on_line: dict[int, list[RawMatch]] = {}
    for match in matches:
        if not match.folded and taxonomy.skills[match.skill_id].kind == "technical":
            on_line.setdefault(lines.line_of(match.start), []).append(match)
    found: set[int] = set()
    for line, named in on_line.items():
        if len(named) < 2:
            continue
        text = lines.line_text(line)
        mark = _ITEM_MARK.match(text)
        if mark is None or not mark.group().strip():
            continue  # a bullet, not any line
        at, offset = mark.end(), lines.starts[line - 1]
        for match in sorted(named, key=lambda m: m.start):
            start = match.start - offset
            between = text[at:start].strip() if at == mark.end() else None
            if start < at or (between != "" and not _BETWEEN_NAMES.fullmatch(text, at, start)):
                break
            at = match.end - offset
        else:
            if not text[at:].strip(" \t."):
                found.add(line)
    return found


def _count_lines(
    taxonomy: Taxonomy, matches: list[RawMatch], lines: LineIndex, text: str
) -> _LineCounts:
    """Count, per line, the names that need no context, and note where they stand."""
    counts = _LineCounts()
    for match in matches:
        if match.folded:  # counted only once let in; another technical name in another case
            if _counted_folded(taxonomy, match):  # a technical name, not "go further"
                line = lines.line_of(match.start)
                counts.folded[line] = counts.folded.get(line, 0) + 1
            continue
        if taxonomy.skills[match.skill_id].kind == "technical":
            counts.named.add((match.start, match.end))
        guard = _guard_of(taxonomy, text, match)
        if guard is None or not guard.context:
            line = lines.line_of(match.start)
            counts.unguarded[line] = counts.unguarded.get(line, 0) + 1
            if taxonomy.skills[match.skill_id].kind == "technical":
                counts.technical[line] = counts.technical.get(line, 0) + 1
                counts.technical_at.append(match.start)
        if guard is None or not guard.context or _a_field(taxonomy, match.skill_id):
            # "CV or DL": two fields of ML vouch for each other
            counts.starts[match.token_start] = counts.ends[match.token_end] = match.skill_id
    counts.technical_at.sort()
    counts.names_only = _bullets_of_names(taxonomy, matches, lines)
    counts.shouted.update(lines.line_of(m.start) for m in matches if _shouted(taxonomy, text, m))
    return counts


def _language_spans(taxonomy: Taxonomy, matches: list[RawMatch]) -> LanguageSpans:
    """Where spoken languages are named, by token."""
    return LanguageSpans.of(
        {
            m.token_start: m.token_end
            for m in matches
            if taxonomy.skills[m.skill_id].category == SPOKEN_LANGUAGES
        }
    )


@lru_cache(maxsize=256)
def _lower_cues(context: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word.lower() for word in context)


def _an_adjective(taxonomy: Taxonomy, doc: Any, match: RawMatch, languages: LanguageSpans) -> bool:
    """A spoken language's name describing the noun after it: "Thai cuisine", "Japanese
    clients", "French Polynesia"."""
    skill = taxonomy.skills[match.skill_id]
    if skill.category != SPOKEN_LANGUAGES:
        return False
    cues = _lower_cues(tuple(skill.guard.context)) if skill.guard else frozenset()
    english = _english_name(taxonomy, doc, match)
    return used_as_adjective(doc, match.token_start, match.token_end, languages, cues, english)


def _english_name(taxonomy: Taxonomy, doc: Any, match: RawMatch) -> bool:
    """The skill is written as its English name: "French", not "français"."""
    written: str = doc[match.token_start : match.token_end].text
    return written.casefold() == taxonomy.skills[match.skill_id].name.casefold()


def _names_something_else(
    taxonomy: Taxonomy,
    doc: Any,
    text: str,
    match: RawMatch,
    match_starts: set[int],
    languages: LanguageSpans,
    addresses: list[tuple[int, int]],
    foreign: set[str],
    posting: bool,
    technical: list[tuple[int, int]],
    titled: bool = False,
) -> bool:
    """The name is part of an organisation's or company's name, an address, an acronym the
    text defines otherwise, a language's name describing a noun, software's talk, guidance the
    writer or hire receives, the verb of "accounting for 30%" or, in a posting, what is the
    company's own; `titled`: a tool the posting's title names, the job's own."""
    if (
        in_org_name(text, match.start, match.end)
        or closes_a_brand(text, match.start, match.end)
        or on_an_employers_row(text, match.start)
    ):
        return True  # "Department of Bioinformatics", "Snorkel AI", "Sector: Telecoms"
    if machine_talk(text, match.start, match.end, technical):
        return True  # "a React front end communicating with our backend services"
    if guidance_received(text, match.start, match.end, posting):
        return True  # "mentorship from senior engineers", "paired with a mentor"
    if (
        a_share_accounted(text, match.start, match.end)
        or a_work_item(text, match.start, match.end)
        or people_counted(text, match.start, match.end, taxonomy.skills[match.skill_id].category)
    ):
        # "Accounting for 30% of revenue, ...", "user stories per Epic" (Jira's), "Led 2
        # SSMs" (managers, not state space models)
        return True
    if (
        a_trade_term(text, match.start, match.end)
        or a_legal_form(text, match.start, match.end, match_starts)
        or the_gulf_region(text, match.start, match.end)
        or a_provinces_code(text, match.start, match.end, match_starts)
        or a_namesake(text, match.start, match.end)
    ):
        # "Incoterms (FOB, CIF, DDP)": delivered duty paid; "Rivage SAS, Nantes"; "clients
        # across the GCC": the Gulf Cooperation Council, not the compiler; "Montreal, QC";
        # "a Kafka novel"
        return True
    if languages.ends and _an_adjective(taxonomy, doc, match, languages):
        return True
    category = taxonomy.skills[match.skill_id].category
    if category in FIELD_CATEGORIES and (
        in_company_name(text, match.start, match.end, match_starts)
        or a_firm_doing(text, match.start, match.end)
    ):
        return True  # "Lumen Robotics Inc.", "Tidewater Robotics makes ...": a firm, not a field
    if posting and category in FIELD_CATEGORIES and in_a_named_header(text, match.start, match.end):
        return True  # "Ironclad Robotics | Ann Arbor, MI": the company, not an ask
    if addresses and _in_address(addresses, match.start, match.end):
        return True  # "github.com/dkim-ml", "ml.team@example.com": a name, not a skill
    if foreign and text[match.start : match.end].lower() in foreign:
        return True
    if posting:
        return _the_postings_own(category, text, match.start, match.end, titled)
    # a resume's "Partnered with legal, marketing and customer support": collaborators
    return category == "business" and a_department_worked_with(text, match.start, match.end)


def _the_postings_own(category: str, text: str, start: int, end: int, titled: bool) -> bool:
    """In a posting, what is the posting's or the company's own, not asked of the hire: its
    contact line, its hiring, its teams, departments and ways, the role's title (but a tool
    the title names, `titled`: "Senior Python Developer" asks Python)."""
    if a_mailbox(text, start, end) or the_company_hiring(text, start, end):
        return True  # "Questions? Contact Recruiting at ...", "We are recruiting engineers"
    soft = category == "soft-skills"
    if category in _WORKPLACE_CATEGORIES and the_companys_own(text, start, end, soft):
        return True  # "our leadership team", "work closely with customer support"
    if a_field_department(text, start, end):
        return True  # "partner with data science partners", "work with security and legal"
    if soft and the_companys_ways(text, start, end):
        return True  # "we communicate over Slack", "a culture of collaboration"
    return not titled and in_role_title(text, start, end)


# Software, its parts and the protocols it talks over ("Kafka", "gRPC"), not what people talk
# in ("Slack", "Tableau")
_SOFTWARE_CATEGORIES = frozenset(
    {
        *("web-development", "software-engineering", "data-engineering", "big-data"),
        *("databases", "cloud", "devops", "mlops", "robotics", "security"),
    }
)


# What a workplace does and is, which may name the company's own teams and ways (not a field
# of knowledge: "our bioinformatics team" says what the work is)
_WORKPLACE_CATEGORIES = frozenset({"business", "soft-skills"})


def _a_soft_skill(taxonomy: Taxonomy, match: RawMatch) -> bool:
    return taxonomy.skills[match.skill_id].category == "soft-skills"


def _a_language(taxonomy: Taxonomy, match: RawMatch) -> bool:
    return taxonomy.skills[match.skill_id].category == SPOKEN_LANGUAGES


def _offered(taxonomy: Taxonomy, match: RawMatch) -> bool:
    """A name a posting's benefits may offer without asking it: a soft skill ("team spirit")
    or a spoken language ("German lessons", "an English-speaking office")."""
    return _a_soft_skill(taxonomy, match) or _a_language(taxonomy, match)


def _within(spans: list[tuple[int, int]], match: RawMatch) -> bool:
    return any(start <= match.start and match.end <= end for start, end in spans)


def _technical_spans(taxonomy: Taxonomy, matches: list[RawMatch]) -> list[tuple[int, int]]:
    """Where software is named, in order."""
    return sorted(
        (m.start, m.end)
        for m in matches
        if not m.folded and taxonomy.skills[m.skill_id].category in _SOFTWARE_CATEGORIES
    )


# A name that opens with "no", as postings write NoSQL ("SQL and no SQL databases"), denies in
# a resume when it opens its clause and use or work follows it: "no SQL databases used", "No
# SQL database work" (not "SQL and no SQL databases used by 40 services")
_OPENS_WITH_NO = regex_cache.compile(r"no[ \t]", re.I)
_LIST_BEFORE = regex_cache.compile(r"(?:\band|\bor|&|/)[ \t]*\Z", re.I)
_USE_AFTER = regex_cache.compile(
    r"[ \t]+(?:(?:was|were|is|are|been)[ \t]+)?"
    r"(?:used(?![ \t]+by\b)|needed|involved|required|work|experience|exposure)\b",
    re.I,
)


def _denies_itself(text: str, match: RawMatch) -> bool:
    """A name opening with "no" that reads as a denial: "no SQL databases used"."""
    return (
        _OPENS_WITH_NO.match(text, match.start) is not None
        and not _LIST_BEFORE.search(text, max(0, match.start - 10), match.start)
        and _USE_AFTER.match(text, match.end) is not None
    )


def _add_mention(
    hits: dict[str, SkillHit], taxonomy: Taxonomy, skill_id: str, mention: Mention
) -> None:
    """Add the mention to its skill's hit, the first one making the hit."""
    hit = hits.get(skill_id)
    if hit is None:
        skill = taxonomy.skills[skill_id]
        hit = hits[skill_id] = SkillHit(
            id=skill.id, name=skill.name, kind=skill.kind, category=skill.category, mentions=[]
        )
    hit.mentions.append(mention)


def find_skills(
    taxonomy: Taxonomy,
    doc: Any,
    matches: list[RawMatch],
    lines: LineIndex,
    sections: list[Section],
    posting: bool = False,
    tags: list[tuple[int, int]] | None = None,
) -> list[SkillHit]:
    """Group guarded matches by skill, in order of first appearance; a name on a line of tags
    (`tags`, see tags.py) needs no guard: every tag names a technology."""
    text = lines.text  # the tokenized text; doc.text would rebuild it from the tokens
    counts = _count_lines(taxonomy, matches, lines, text)
    hits: dict[str, SkillHit] = {}
    negation = NegationIndex(text)
    addresses = address_parts(text)
    foreign = foreign_acronyms(taxonomy, text) if "(" in text else set()
    headings = set() if posting else _heading_lines(lines, sections)
    match_starts = {m.start for m in matches}
    languages = _language_spans(taxonomy, matches)
    # the bosses' titles ("report to the Head of AI"), the posting's own title and "Role:" line
    titles, own_titles = (colleague_titles(text), _title_spans(lines)) if posting else ([], [])
    pastimes_listed = not posting and _may_list_pastimes(text)
    technical = _technical_spans(taxonomy, matches)
    # "English reading and writing": the language's grades, not soft skills
    graded_in = language_skill_runs(text, (m.end for m in matches if _a_language(taxonomy, m)))
    denied = [] if posting else [(m.start, m.end) for m in matches if _denies_itself(text, m)]
    denied += [] if posting else answered_no(text)  # "Do you have experience with Java? No"
    for match in matches:
        line = lines.line_of(match.start)
        if line in headings:
            continue  # a resume's heading names its section: "E D U C A T I O N" has no C
        section = lines.section_of(match.start, sections)
        tagged = in_tag_line(tags or [], match.start, match.end)
        partner = _joined_to(doc, match, counts.starts, counts.ends)
        joined = partner is not None and _of_a_kind(taxonomy, match.skill_id, partner)
        joined_to_technical = partner is not None and taxonomy.skills[partner].kind == "technical"
        if (
            not tagged
            and match.folded
            and not _other_case_counts(
                taxonomy,
                doc,
                text,
                match,
                counts.technical_besides(line, _counted_folded(taxonomy, match)),
                section,
                counts.shouted[line] > 1,
                joined_to_technical,
                len(counts.technical_at) >= TECHNICAL_DOCUMENT,
                counts.named,
            )
        ):
            continue
        # a lower-case name let in beside a technical name has that name for its context
        joined = joined or (match.folded and joined_to_technical)
        joined = joined or _tool_beside_a_technology(taxonomy, text, match, joined_to_technical)
        joined = joined or line in counts.names_only
        others = counts.unguarded.get(line, 0)
        pastimes = pastimes_stretch(text, match.start) if pastimes_listed else None
        technical_here = counts.technical_beside(line, pastimes)
        if not tagged and not passes_guard(
            taxonomy, doc, text, match, others, section, joined, posting, technical_here, pastimes
        ):
            if (after_verb := _named_after_an_opening_verb(taxonomy, text, match)) is None:
                continue
            match = after_verb  # "Scale AI initiatives ...": the verb goes, AI stays
        if _names_something_else(
            taxonomy,
            doc,
            text,
            match,
            match_starts,
            languages,
            addresses,
            foreign,
            posting,
            technical,
            posting and _in_title(taxonomy, match, own_titles),
        ):
            continue
        if titles and any(s <= match.start and match.end <= e for s, e in titles):
            continue  # "report to Maria Lopez, Head of AI": the boss's field, not an ask
        if _names_a_forum_or_venue(text, match, section):
            continue
        if graded_in and _a_soft_skill(taxonomy, match) and _within(graded_in, match):
            continue
        if posting and section == "benefits" and _offered(taxonomy, match):
            continue  # "What we offer: team spirit, German lessons": the workplace's, not asked
        mention = Mention(
            start=match.start,
            end=match.end,
            text=text[match.start : match.end],
            line=line,
            section=section,
            negated=negation.is_negated(match.start, match.end) or _within(denied, match),
        )
        _add_mention(hits, taxonomy, match.skill_id, mention)
        if not posting:  # a posting's "AWS SageMaker" stays one requirement
            _add_named_within(hits, taxonomy, match.skill_id, mention)
    return list(hits.values())


# What may stand before a verb that opens its item: a bullet, a number, or a sentence's end
_ITEM_OPENING = regex_cache.compile(rf"(?:^|\n)[ \t]*(?:{ITEM_MARK}[ \t]*)?\Z|[.!?;:][ \t]+\Z")
_OPENING_REACH = 12  # characters read before the verb


def _named_after_an_opening_verb(taxonomy: Taxonomy, text: str, match: RawMatch) -> RawMatch | None:
    """A name whose first word is a verb opening its item, turned down by its guard ("Scale AI
    initiatives across the company" is no labeling vendor): the words after the verb, when
    they are an unguarded skill's own spelling ("AI")."""
    verb, _, rest = text[match.start : match.end].partition(" ")
    if not rest or verb.lower() not in OPENING_VERBS:
        return None
    if not _ITEM_OPENING.search(text, max(0, match.start - _OPENING_REACH), match.start):
        return None
    skill_id = taxonomy.by_spelling.get(rest.lower())
    if skill_id is None or skill_id == match.skill_id or taxonomy.skills[skill_id].guard:
        return None
    start = match.end - len(rest)
    return RawMatch(skill_id, start, match.end, match.token_start + 1, match.token_end)


def _names_a_forum_or_venue(text: str, match: RawMatch, section: str | None) -> bool:
    """The name is part of a forum's or a venue's: "Hey r/MachineLearning!", "In Proceedings
    of UMAP 2016", "Journal of Finance and Data Science" (where a paper appeared)."""
    start, end = match.start, match.end
    return (
        _a_subreddit(text, start, end)
        or a_venues_acronym(text, start, end, section == "publications")
        or in_a_venues_name(text, start, end, section == "certifications")
    )


def _a_subreddit(text: str, start: int, end: int) -> bool:
    """The name is a Reddit forum's, one word after "r/" ("r/MachineLearning", "r/datascience"),
    not an item of a list joined by slashes ("R/Python", "r/python/sql")."""
    if start < 2 or text[start - 2 : start] != "r/" or (start > 2 and text[start - 3].isalnum()):
        return False
    return end == len(text) or not (text[end].isalnum() or text[end] in "/_")


def _add_named_within(
    hits: dict[str, SkillHit], taxonomy: Taxonomy, skill_id: str, mention: Mention
) -> None:
    """Mentions of what the mentioned product names within it: AWS in "AWS SageMaker"."""
    for inner_id, start, end in named_within(taxonomy, skill_id, mention.text):
        inner = mention.model_copy(
            update={
                "start": mention.start + start,
                "end": mention.start + end,
                "text": mention.text[start:end],
            }
        )
        _add_mention(hits, taxonomy, inner_id, inner)


def without_mentions(skills: list[SkillHit], drop: Callable[[Mention], bool]) -> list[SkillHit]:
    """The skills less the mentions `drop` turns down; a skill left with none is dropped."""
    kept: list[SkillHit] = []
    for hit in skills:
        mentions = [m for m in hit.mentions if not drop(m)]
        if len(mentions) != len(hit.mentions):  # a model's field is set only when it changes
            hit.mentions = mentions
        if mentions:
            kept.append(hit)
    return kept
