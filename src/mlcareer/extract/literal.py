"""Requirements the taxonomy does not know: named terms in a posting's requirement lists.

"Thorough understanding of Zorblex K7 and Z1 capabilities" asks for "Zorblex K7" and "Z1"
even though neither is a taxonomy skill. Such terms are kept as literal requirements and matched
against the resume's text (see match.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import pairwise

from .. import regex_cache
from ..documents.sections import CLOSING_NOTES, ITEM_MARK, PROSE_SECTIONS, heading_key
from ..models import IMPORTANCE_ORDER, Importance, Requirement, Section, SkillHit
from ..taxonomy import Taxonomy
from .cyrillic import common_words as cyrillic_words
from .cyrillic import cyrillic_line, name_after_common_words
from .education import degree_in_line, field_spans
from .foreign import common_words
from .importance import (
    BOILERPLATE,
    PREFERRED_CUES,
    Gated,
    asks_beside_boilerplate,
    asks_the_candidate,
    boundaries_joined,
    holds_a_cue,
    label_asks,
    line_importance,
    only_cues,
    sentence_spans,
)
from .junk_terms import (
    a_row_label,
    junk_term,
    language_level,
    who_or_when,
    without_a_place,
)
from .lines import LineIndex
from .numbers import CODE_LETTERS, NUMBER_WORD
from .other_senses import a_trade_term
from .requirements import (
    REQUIREMENT_SECTIONS,
    YEARS,
    acronym_after,
    board_field,
    defined_after,
    names_the_role,
    table_years,
    years_for,
    years_on_line,
)
from .roles import role_asked
from .senses import own_sense_words
from .service import BRANCH
from .skills import (
    ACRONYM_SMALL_WORDS,
    EXPANSION_WORD,
    acronym_expansion,
    excel_the_verb,
    in_excluded_phrase,
    people_counted,
)
from .spoken import SPOKEN_LANGUAGES, language_skills_after
from .tables import Columns, column_section, in_label, label_within
from .wording import (
    ADJECTIVE_END,
    ADJECTIVE_LIKE,
    CLAUSE_OPENERS,
    GENERIC,
    HEAD_END,
    JOINERS,
    MORE_OF_THE_KIND,
    OPENING_VERBS,
    PLAIN_ADJ,
    PREPOSITIONS,
    QUALIFIERS,
    SETTINGS,
    SKILL_NOUNS,
    STOP_END,
    TALKING_VERBS,
    TOOL_KINDS,
    VAGUE,
    VERBS,
    VERBS_OR_NAMES,
    WEAK_LEADS,
    adjective,
    adverb,
    describes,
    did,
    distinctive,
    generic,
    grades,
    is_occupation,
    people,
    subject,
    third_person,
    verb,
)
from .wraps import unwrapped

# The capitals of Latin letters beyond ASCII ("İ", "Ç", "Ł", "Ž"), which open a word in capitals
UPPER_LATIN = "".join(chr(code) for code in range(0xC0, 0x250) if chr(code).isupper())
# Tokens that start or join a named term: Capitalised words, acronyms, words with digits.
# Letters beyond ASCII are letters: "İstanbul" and "Ørsted" are whole words; a stray one
# glued to a capital ("-óExtensive", a bullet read in the wrong encoding) is not.
_STRAY = rf"(?![^\W\d_A-Za-z{UPPER_LATIN}][A-Z])"  # "İLERİ", "ÇALIŞMA" are words
# Years right after a word: "Zorblex for 5 years", "Zorblex, 2-year", "Zorblex (3+ yrs)"
_YEARS_AFTER = Gated(
    regex_cache.compile(rf"(?:\s+for|\s*[,:(]|\s+[-–])?\s*{YEARS.pattern}", re.I),
    YEARS.words,
)
_TOKEN = regex_cache.compile(rf"{_STRAY}[^\W_](?:[^\W_]|[+#.&/\-])*")
MIN_TERM_CHARS = 2


# A list item's bullet or number opening a line: "- ", "• ", "3) "
_LIST_ITEM_OPENING = regex_cache.compile(r"\s*(?:[-*•·▪●]|\d+[.)])\s")


def _opens(line: str, start: int) -> bool:
    before = line[:start].rstrip()
    return not before or before[-1] in ".:;!?-•*·" or before.lstrip("-•*·0123456789.) ") == ""


def _sentence_case(line: str, tokens: list[re.Match[str]], index: int) -> bool:
    """'Excellent physical fitness': the capital only opens the sentence."""
    word = tokens[index].group()
    if not _opens(line, tokens[index].start()) or distinctive(word):
        return False
    if _YEARS_AFTER.match(line, tokens[index].end()) and not (adjective(word) or verb(word)):
        return False  # "Zorblex for 5 years is a must": asked for years, a name
    following = tokens[index + 1].group() if index + 1 < len(tokens) else ""
    return not following or following[0].islower()


def _infinitive(tokens: list[re.Match[str]], index: int) -> bool:
    """'Ability to Follow and Execute Recipes': capitalised verbs after 'to' name nothing."""
    while index >= 1 and verb(tokens[index].group()):
        before = tokens[index - 1].group().lower()
        if before == "to":
            return True
        if before not in ("and", "or") or index < 2:
            return False
        index -= 2
    return False


def _inside_a_name(line: str, lead: re.Match[str]) -> bool:
    """'Energy Efficiency in ...', 'Windows Forms on ...': the lead-in word ends a name."""
    before = line[: lead.start()].split()
    if not before or not before[-1][:1].isupper():
        return False
    word = before[-1].lower()  # "Genuine Passion for", "Practical Application of": a grade
    return not (
        word in GENERIC or grades(word) or word in PLAIN_ADJ or word.endswith(ADJECTIVE_LIKE)
    )


def _close_run(
    line: str,
    run: list[re.Match[str]],
    known_spans: list[tuple[int, int]],
    terms: list[tuple[str, int]],
) -> None:
    """End the run of words: trim it, keep it in `terms` when it names something, empty it."""
    while len(run) > 1 and _grades_the_run(run[0].group()):
        run.pop(0)  # "Complex Quarkle queries" asks for Quarkle, "Large-Scale Zorblex" Zorblex
    while run and (run[-1].group().lower() in JOINERS or run[-1].group() == "and"):
        run.pop()  # "of", or a body's "and" whose next word the name did not take
    while run and run[-1].group().lower() in STOP_END and len(run) > 1:
        run.pop()
    if len(run) > 1 and _branch_of_a_code(line, run[0].start(), run[-2].end()):
        del run[:-1]  # "Former Army 35F" asks for the code alone
    if run:
        start, end = run[0].start(), run[-1].end()
        text = line[start:end].strip(".-/&")
        if (
            len(text) >= MIN_TERM_CHARS
            and not _names_nothing(text)
            and not _stray_word(line, known_spans, text, (start, end))
        ):
            terms.append((text, start))
    run.clear()


def _grades_the_run(word: str) -> bool:
    """A grading word ("Complex") or a hyphenated size ("Large-Scale") opening a run."""
    sized = "-" in word and bool(_SIZE_OR_AGE.fullmatch(word))
    return sized or (grades(word) and word.lower() != "set")


# A military occupation code: the Army's and the Marines' MOS ("35F", "0231"), the Air
# Force's specialty code ("1N0", "1N4X1"); and the service and branch before one ("Former Army
# 35F", "Air Force 1N4"), which the code alone names
_OCCUPATION_CODE = regex_cache.compile(r"\d{2}[A-Z]\d?|\d[A-Z]\d(?:X\d)?|\d{4}")
_SERVICE_BEFORE_A_CODE = regex_cache.compile(
    rf"(?:(?:former|prior|ex-?|retired|active)[ \t]+)?{BRANCH}[ \t]+", re.I
)
_CODE_ENDS = regex_cache.compile(r"(?![\w-])")


def _branch_of_a_code(line: str, start: int, end: int) -> bool:
    """The words from `start` to `end` are a service branch right before an occupation code
    ("Marine Corps" in "Marine Corps 0231")."""
    branch = _SERVICE_BEFORE_A_CODE.match(line, start)
    if branch is None or line[start:end].rstrip() != line[start : branch.end()].rstrip():
        return False
    code = _OCCUPATION_CODE.match(line, branch.end())
    return code is not None and _CODE_ENDS.match(line, code.end()) is not None


def _names_nothing(text: str) -> bool:
    """Only common words or spans of time ("2-year"), a vague kind ("(POS) Technologies") or
    the right to work ("US work authorization")."""
    if all(w.lower() in GENERIC or _SPAN_OF_TIME.fullmatch(w) for w in text.split()):
        return True
    return text.lower() in VAGUE or bool(_PAPERWORK.search(text))


def _stray_word(
    line: str, known_spans: list[tuple[int, int]], text: str, span: tuple[int, int]
) -> bool:
    """A size or newness word alone ("Large-Scale"), a lone ordinary word left beside a known
    skill ("Active" in "Active PMP"), an adjective opening a sentence ("Profound ...") or a
    gerund opening an item before the skill it acts on ("Optimising SQL queries"): a fragment,
    not a requirement."""
    if _SIZE_OR_NEWNESS.fullmatch(text):
        return True  # "Large-Scale" of "Large-Scale Distributed Systems": how big, not what
    if " " in text or distinctive(text):
        return False
    if _doing_to(line, known_spans, text, span[0]):
        return True
    lowered = text.lower()
    adjective = lowered.endswith(ADJECTIVE_LIKE) or lowered in PLAIN_ADJ or grades(text)
    if not adjective:
        return False  # "Zorblex" beside "dashboards" is a name
    start, end = span
    beside = any(s <= end + 1 and start - 1 <= e for s, e in known_spans)
    # "Profound SOX knowledge" opens with an adjective; "Tenable, Rapid7" is a list
    opening = _opens(line, start) and line[end : end + 1] == " "
    return beside or opening


_GERUND = regex_cache.compile(r"[A-Za-z]{3,}ing")


def _doing_to(line: str, known_spans: list[tuple[int, int]], text: str, start: int) -> bool:
    """An -ing word opening an item right before a known skill: what is done with the skill
    ("Tuning Postgres indexes", "Building Airflow DAGs")."""
    if not _GERUND.fullmatch(text) or not _opens(line, start):
        return False
    after = start + len(text)
    return any(s > after and not line[after:s].strip() for s, _ in known_spans)


def _covering(line: str, known_spans: list[tuple[int, int]]) -> bytearray:
    """1 where a known skill or a lead-in ("knowledge of") stands on the line, else 0."""
    lead_ins = [
        (m.start(), m.end()) for m in _LEAD_IN.finditer(line) if not _inside_a_name(line, m)
    ]
    covering = bytearray(len(line))
    for s, e in known_spans + lead_ins:
        s, e = max(0, s), min(len(line), e)
        if e > s:
            covering[s:e] = b"\x01" * (e - s)
    return covering


def _may_name(line: str, tokens: list[re.Match[str]], index: int) -> bool:
    """A token that may be part of a name: capitalised or with a digit, and not a quantity, a
    time zone, a sentence's first word, a deed or a verb after 'to'."""
    word = tokens[index].group()
    has_letter = any(c.isalpha() for c in word)
    named = has_letter and (word[0].isupper() or any(c.isdigit() for c in word))
    named = named and not _SPAN_OF_TIME.fullmatch(word) and not _MEASURE.fullmatch(word)
    named = named and not _TIME_ZONE.fullmatch(word)  # "overlap with EST", "UTC+1"
    return named and not (
        _sentence_case(line, tokens, index)
        # "Applies Multitasking", "Built CV models", "Write Terraform modules": what someone
        # does, did or is to do
        or (_opens(line, tokens[index].start()) and _acts(word))
        or _doing_before_a_name(line, 0, tokens, index)  # "Deploying Zorblex clusters"
        or _infinitive(tokens, index)
    )


def _acts_on_a_known_skill(
    line: str, tokens: list[re.Match[str]], index: int, covering: bytearray
) -> bool:
    """A verb that may be a name ("Design", "Architect") opening the item, right before a
    known skill it acts on."""
    token = tokens[index]
    if token.group().lower() not in VERBS_OR_NAMES or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return (
        _opens(line, token.start())
        and covering[following.start()] == 1
        and not line[token.end() : following.start()].strip()
    )


def _acts(word: str) -> bool:
    """A verb opening an item: said of someone, done, or to do."""
    return third_person(word) or did(word) or word.lower() in OPENING_VERBS


# A standard's or a law's number: "61850", "62443-3", "1910.120"; a Roman numeral after a
# capitalised name: "Solvency II", "Basel III"
_NAME_NUMBER = regex_cache.compile(r"\d{1,6}(?:[-.]\d{1,4})*")
_ROMAN = regex_cache.compile(r"I{2,3}|IV|VI{1,3}|IX")
_YEAR = regex_cache.compile(r"(?:19|20)\d\d")
# "21 CFR Part 11", "29 CFR 1910": a title's number, its code and the part cited
_TITLE_OF_A_CODE = regex_cache.compile(r"\d{1,3} (?:[A-Z]\.?){2,5} (?:Parts?\b|Sections?\b|§|\d)")


def _numbers_the_name(line: str, tokens: list[re.Match[str]], index: int, in_run: bool) -> bool:
    """A number that is part of a name: after a capitalised word ("IEC 61850", "Part 11",
    "Solvency II") or, as a title, before an acronym followed by more of the name ("21 CFR Part
    11"); never a count or a year ("Zorblex 5 years", "3+", "Zorblex 2019")."""
    token = tokens[index]
    word = token.group()
    if _YEARS_AFTER.match(line, token.start()):
        return False
    if _YEAR.fullmatch(word) and not (in_run and tokens[index - 1].group() in CODE_LETTERS):
        return False  # "Zorblex 2019"; not "29 CFR 1910", "EN 1998", "NFPA 1901"
    if in_run:
        before = tokens[index - 1]
        joined = line[before.end() : token.start()] == " " and before.group()[:1].isupper()
        return joined and bool(_NAME_NUMBER.fullmatch(word) or _ROMAN.fullmatch(word))
    title = line[token.start() : token.start() + 40]
    return word.isdigit() and bool(_TITLE_OF_A_CODE.match(title))


# Nouns that name a body of people: "Institute and Faculty of Actuaries", "Royal Society of
# Arts and Sciences"
_BODIES = frozenset(
    """institute institution faculty society association academy college council federation
    chamber guild board union foundation""".split()
)


def _joins_a_body(
    line: str,
    tokens: list[re.Match[str]],
    index: int,
    run: list[re.Match[str]],
    covering: bytearray,
) -> bool:
    """An "and" within a body's name: between two of its nouns ("Institute and Faculty of
    Actuaries"), or among its fields after "of" ("Institute of Electrical and Electronics
    Engineers"), before a capitalised word that is no acronym and no known skill ("Institute
    of Actuaries and SQL", "... and ACCA" ask two things) and that opens no second body
    ("Royal Society of Chemistry and Institute of Physics")."""
    if tokens[index].group().lower() != "and" or index + 1 >= len(tokens):
        return False
    after = tokens[index + 1]
    following = after.group()
    if covering[after.start()] or not following[:1].isupper() or following.isupper():
        return False
    if line[tokens[index].end() : after.start()] != " ":
        return False
    words = [t.group().lower() for t in run]
    if words[-1] in _BODIES and following.lower() in _BODIES:
        return True
    of_a_body = any(w in _BODIES and nxt == "of" for w, nxt in pairwise(words))
    return of_a_body and not _opens_a_body(tokens, index + 1)


_NAME_WORDS = 4  # capitalised words read after "and" for another body's noun


def _opens_a_body(tokens: list[re.Match[str]], index: int) -> bool:
    """The capitalised words from `index` hold a body's noun: a second body's name ("... of
    Chemistry and Institute of Physics", "... and Casualty Actuarial Society")."""
    for token in tokens[index : index + _NAME_WORDS]:
        word = token.group()
        if not word[:1].isupper():
            return False
        if word.lower() in _BODIES:
            return True
    return False


_CELL_GAP = regex_cache.compile(r"\t| {2}")  # between a table's cells: "Zorblex<tab>A/I"


# A bank's desks, named with the generic "Office" after them: "Front Office", "Middle Office"
_DESKS = frozenset({"front", "middle", "back"})


def _terms_in_line(line: str, known_spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Runs of Capitalised words / acronyms not already covered by a taxonomy match."""
    terms: list[tuple[str, int]] = []
    run: list[re.Match[str]] = []
    covering = _covering(line, known_spans)
    tokens = list(_TOKEN.finditer(line))
    for index, token in enumerate(tokens):
        word = token.group()
        between = line[run[-1].end() : token.start()] if run else ""
        if between.strip() or _CELL_GAP.search(between):
            _close_run(line, run, known_spans, terms)  # "AWS, GCP" is two terms, and cells
        covered = bool(covering[token.start()])
        if run and not covered and len(word) == 1 and word.isupper():
            run.append(token)  # "Class A", "Hepatitis B": a letter ends the name
            continue
        if not covered and _numbers_the_name(line, tokens, index, bool(run)):
            run.append(token)  # "IEC 61850", "Solvency II", "21 CFR Part 11"
            continue
        if run and not covered and _joins_a_body(line, tokens, index, run, covering):
            run.append(token)  # "Institute and Faculty of Actuaries": one body's name
            continue
        if run and word == "Office" and run[-1].group().lower() in _DESKS:
            run.append(token)  # "Middle Office": a bank's desk, not "Middle"
            continue
        if covered or (word.lower() in GENERIC and not (run and word.lower() in JOINERS)):
            _close_run(line, run, known_spans, terms)
            continue
        if not run and _acts_on_a_known_skill(line, tokens, index, covering):
            continue  # "Design Kafka pipelines": what to do with Kafka
        if (run and word.lower() in JOINERS) or _may_name(line, tokens, index):
            run.append(token)
        else:
            _close_run(line, run, known_spans, terms)
    _close_run(line, run, known_spans, terms)
    return terms


_BULLET = regex_cache.compile(rf"^\s*{ITEM_MARK}\s*")


_LABEL = regex_cache.compile(r"([^\W\d_][^:.;,()]{1,40}):\s")
SHORT_ITEM_WORDS = 5  # an unbulleted line this short in a requirement list is one item
LEAD_ITEM_WORDS = 10  # ... or this short when it opens with "Knowledge of", "Experience in"
MAX_ITEM_WORDS = 4  # a requirement's head, or an item of a list, is at most this long
LEAD_IN_REACH = 2  # words before "knowledge of" ("Adroit understanding of ...")


def head_phrase(line: str, listed: bool = False) -> tuple[str, int] | None:
    """The thing a requirement bullet asks for: 'Excellent physical fitness to manage
    equipment' -> 'physical fitness'. None when the bullet is not a bullet or names nothing.
    With `listed`, a short unbulleted line ('Manual dexterity.') counts as a bullet."""
    bullet = _BULLET.match(line)
    if bullet:
        label = _LABEL.match(line, bullet.end())
        if label:  # "- Computer skills: familiarity with ...": the label names the thing
            head = _head_at(line, bullet.end(), label.end(1))
            if head is not None:
                return head
            return _head_at(line, label.end(), len(line))  # "- Experience: Zorblex admin"
        return _head_at(line, bullet.end(), len(line))
    if (listed and 0 < len(line.split()) <= SHORT_ITEM_WORDS) or _opens_with_lead(line, listed):
        return _head_at(line, len(line) - len(line.lstrip()), len(line))
    return None


_SAYS_SOMETHING = regex_cache.compile(
    r"\b(?:is|are|was|were|will|would|can|could|should|must|may|might|be|been|helps?|helpful"
    r"|taught|provided|given|welcome|appreciated|our|your)\b",
    re.I,
)


def _opens_with_lead(line: str, listed: bool) -> bool:
    """An unbulleted line of a requirement list that opens with a lead-in is one item, like a
    bullet: "Understanding of joint injuries and conditions." """
    if not listed or len(line.split()) > LEAD_ITEM_WORDS:
        return False
    lead = _LEAD_IN.search(line)
    if lead is None or not _within_reach(line[: lead.start()]):
        return False
    # "Knowledge of our products will be taught on the job" is a sentence, not an item
    return not _names_a_noun(line, lead) and not _SAYS_SOMETHING.search(line, lead.end())


# A word, or a digit-led one with letters ("3D"), with dotted parts ("force.com") or an
# ampersand between letters ("P&L", "R&D").
_HEAD_WORD = regex_cache.compile(
    rf"{_STRAY}(?:\d+-?[^\W\d_]|[^\W\d_])(?:[^\W_]|[+#'’\-]|&(?=[^\W\d_]))*(?:\.[^\W_]+)*"
)


# "Ability to analyze data": the word after these is a verb, and names a skill only with its
# object.
_INFINITIVE = regex_cache.compile(
    r"\b(?:abilit(?:y|ies)|able|capacity|capability|willing(?:ness)?|eager|ready)\s+to\s+$", re.I
)


def _names_a_noun(line: str, lead: re.Match[str]) -> bool:
    """A weak lead-in after a noun is part of a name: "Energy efficiency in buildings"."""
    if lead.group().split()[0].lower() not in WEAK_LEADS:
        return False
    before = line[: lead.start()].split()
    if not before or grades(before[-1]) or _BULLET.fullmatch(before[-1] + " "):
        return False
    if before[-1].lower() in VAGUE:  # "site experience in building construction": a setting
        return False
    # "Natural talent for sales", "Critical eye for detail": an adjective, not a noun
    return not before[-1].lower().endswith(ADJECTIVE_LIKE) and before[-1].lower() not in PLAIN_ADJ


def _within_reach(before: str) -> bool:
    """Few enough words before 'knowledge of' for it to open the item: 'Adroit
    understanding of', 'Some years of involvement in', 'Theoretical and working knowledge
    of'; not 'Python and SQL experience with'."""
    words = before.split()
    if "," in before:  # "Python, SQL and a passion for data": the lead-in is one item of a list
        return False
    if any(w.lower() in ("and", "or") for w in words):
        # "Welding and experience with hydraulics" asks for two things: the second is found by
        # _after_and, the first stays this item's head
        return all(grades(w) or w.lower() in ("and", "or") for w in words)
    # "2+ years of site experience in": the years ask no word of the item
    counted = [w for w in words if not (grades(w) or _time(w) or _YEARS_WORD.fullmatch(w))]
    return len(counted) <= LEAD_IN_REACH


_YEARS_WORD = regex_cache.compile(r"\d+\+?|of", re.I)


def _skip_verbs(words: list[re.Match[str]], start: int) -> int:
    """Past a verb said of someone and the verbs joined to it: 'Applies and maintains ...'."""
    start += 1
    while start + 1 < len(words) and words[start].group().lower() in ("and", "or"):
        start += 2
    while start < len(words) and grades(words[start].group()):
        start += 1
    return start


def _head_at(line: str, offset: int, stop: int) -> tuple[str, int] | None:
    """The head of line[offset:stop]: qualifiers skipped, up to the first joining word."""
    offset = _past_the_lead(line, offset, stop)
    if _AT_EASE_IN_A_SETTING.search(line, 0, offset):
        return None  # "Comfort on camera", "Confident on stage": where one is at ease
    words = list(_HEAD_WORD.finditer(line[offset:stop]))
    start = _first_named(line, offset, words)
    if start < len(words) and _INFINITIVE.search(line, 0, offset + words[start].start()):
        where = _WORKING_IN.match(line, offset + words[start].start())
        if where:  # "Ability to work in various weather conditions": the conditions
            return _head_at(line, where.end(), stop)
    whole = _pick(line, offset, words[start:])
    picked, people_tail, setting_tail = _trim_tail(list(whole))
    if _names_no_thing(line, offset, picked, people_tail, setting_tail):
        return None
    if _only_its_kind(picked, whole):
        return None  # "internal tools" -> "internal": what kind, not what
    picked = _without_a_vague_tail(_past_an_opening_verb(line, offset, picked))
    if _the_employers_own(picked):
        return None  # "Own the roadmap for search": a duty, no name
    named = _past_prepositions(picked)
    if len(named) < len(picked) and _vague_or_a_deed(_past_describing_words(named)):
        return None  # "Deliver against (ambitious) goals": no thing once "against" is gone
    picked = named
    text = line[offset + picked[0].start() : offset + picked[-1].end()]
    skills = _SKILLS_AFTER.match(line, offset + picked[-1].end())
    if skills:  # the posting's wording keeps "skills"; matching drops it (literal_match)
        text += skills.group()
    return text, offset + picked[0].start()


# Prepositions and articles that a head may open on once a verb before them was dropped, and
# that open no name: "Deliver against ambitious goals", "Wrap over legacy services"
_OPENING_SMALL_WORDS = frozenset(
    """against across over toward towards around beyond via upon onto into within through
    among between throughout the a an""".split()
)


def _past_prepositions(picked: list[re.Match[str]]) -> list[re.Match[str]]:
    """The head past the prepositions and articles it opens on, when a word is left."""
    start = 0
    while start + 1 < len(picked) and picked[start].group().lower() in _OPENING_SMALL_WORDS:
        start += 1
    return picked[start:]


def _past_describing_words(picked: list[re.Match[str]]) -> list[re.Match[str]]:
    """The head past the grading and describing words it opens on, when a word is left:
    "ambitious goals" -> "goals"."""
    start = 0
    while start + 1 < len(picked) and (
        grades(picked[start].group()) or _describing(picked[start].group())
    ):
        start += 1
    return picked[start:]


# Verbs that open an item to say what to do with the thing after them, and open no name
_IMPERATIVES = OPENING_VERBS | {"oversee", "supervise", "manage"}
_VERB_AND_ONE_WORD = 2


def _past_an_opening_verb(
    line: str, offset: int, picked: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The head without the verb opening the item: "Oversee laboratory testing" asks for
    laboratory testing (the verb with only describing words after it names nothing at all:
    _a_verb_and_its_modifiers); with one word after it, the verb may open a name ("Build
    Systems", "Monitor calibration")."""
    first = picked[0]
    if len(picked) <= _VERB_AND_ONE_WORD or not _opens(line, offset + first.start()):
        return picked
    # "Lead comprehensive testing procedures", "Lead complex negotiations": a verb, as a
    # name's first word ("Lead generation") takes no grading or describing word after it
    opening, second = first.group().lower(), picked[1].group()
    graded = grades(second) or _describing(second)
    if opening not in _IMPERATIVES and not (opening in VERBS and graded):
        return picked
    rest = picked[1:]
    while len(rest) > 1 and grades(rest[0].group()) and rest[0].group() not in _DETERMINERS:
        rest.pop(0)  # "Support thorough onboarding checklists" asks for onboarding checklists
    return rest


_NAMED_BEFORE_A_VAGUE_TAIL = 2  # words left once "principles" is dropped: "mobile design"
# Nouns for the ways of a field, which the field's name asks for: "mobile design principles"
_WAYS_OF_A_FIELD = frozenset(
    """principles concepts practices techniques methods methodologies approaches fundamentals
    basics essentials guidelines strategies""".split()
)


def _without_a_vague_tail(picked: list[re.Match[str]]) -> list[re.Match[str]]:
    """The head without a last word for a field's ways when two or more words name the field
    before it: "mobile design principles" asks for mobile design, "data governance practices"
    for data governance ("Agile principles" keeps its noun, and "troubleshoot electrical
    problems" its object's)."""
    last = picked[-1].group().lower() if picked else ""
    if len(picked) <= _NAMED_BEFORE_A_VAGUE_TAIL or last not in _WAYS_OF_A_FIELD:
        return picked
    before = picked[-2].group()
    return picked if _describing(before) or before.endswith("ed") else picked[:-1]


_DETERMINERS = frozenset({"the", "our", "its", "their", "this"})


def _the_employers_own(picked: list[re.Match[str]]) -> bool:
    """Words in lower case after "the" or "our", left once the verb opening the item went:
    "Own the roadmap", "Drive our strategy" name the employer's own thing, not a skill."""
    return (
        len(picked) > 1
        and picked[0].group() in _DETERMINERS
        and all(word.group().islower() for word in picked)
    )


# Being at ease somewhere, not with something: "Comfort on camera", "Confident on stage"
_AT_EASE_IN_A_SETTING = regex_cache.compile(
    r"\b(?:comfort|comfortable|confident|confidence)\s+on\s+\Z", re.I
)


def _describing(word: str) -> bool:
    """A lower-case word that only describes a noun: 'internal', 'external', 'robust'."""
    lowered = word.lower()
    return word.islower() and (lowered.endswith(_DESCRIBING_END) or lowered in PLAIN_ADJ)


def _only_its_kind(picked: list[re.Match[str]], whole: list[re.Match[str]]) -> bool:
    """A describing word left alone once a vague noun after it was dropped: "internal" of
    "internal tools", "external" of "external systems"."""
    if not len(picked) == 1 < len(whole) or whole[1].group().lower() not in VAGUE:
        return False
    return _describing(picked[0].group())


# An aim a lead-in may open on before the thing it is about: "Commitment to excellence in
# teaching", "Passion for excellence in research"
_STACKED_LEAD_IN = regex_cache.compile(r"excellence\s+in\s+", re.I)


def _past_the_lead(line: str, offset: int, stop: int) -> int:
    """Where the named part of line[offset:stop] starts: past an opening cue and a lead-in."""
    cue = _CUE_OPENING.match(line, offset, stop)
    if cue:  # "Bonus points for talks at Quuxcon": the cue grades the item, the rest names it
        offset = cue.end()
    lead = _LEAD_IN.search(line, offset, stop)
    if lead and _within_reach(line[offset : lead.start()]) and not _names_a_noun(line, lead):
        offset = (
            lead.end()
        )  # "Long-standing skill set in livestock handling" -> "livestock handling"
        stacked = _STACKED_LEAD_IN.match(line, offset, stop)
        if stacked:  # "Commitment to excellence in teaching": the aim is no thing to have
            offset = stacked.end()
    return offset


def _names_no_thing(
    line: str, offset: int, picked: list[re.Match[str]], people_tail: bool, setting_tail: bool
) -> bool:
    """The picked words are no thing to have: too many, who or where, a span of time or a
    sentence about someone."""
    if not picked or len(picked) > MAX_ITEM_WORDS or (people_tail and len(picked) == 1):
        return True
    if people_tail and _acts_on_what_was_dropped(line, offset, picked):
        return True  # "Ability to lead cross-team projects": "lead cross-team" names nothing
    if _time(picked[0].group()):
        return True  # "5 years serving as ...", "2 years total": a span of time, not a thing
    if subject(picked[0].group()) or _MODAL.fullmatch(picked[0].group()):
        return True  # "You do not need ...", "Can lift 50 lbs": a sentence about someone
    if any(_AUXILIARY.fullmatch(w.group()) for w in picked[1:]):
        return True  # "Our team has been using Spark": a sentence about something
    if _a_verb_and_its_modifiers(line, offset, picked) or _talking(line, offset, picked):
        return True  # "Write clean, well-tested Python", "Ability to discuss tradeoffs"
    if _an_attitude_to(line, offset, picked) or _a_deed_done(line, offset, picked):
        return True  # "Open to candidates on OPT", "Shipping features to production"
    if _INFINITIVE.search(line, 0, offset + picked[0].start()) and all(
        _vague(w.group()) for w in picked[1:]
    ):
        return True  # "Ability to adapt", "to confront and resolve issues", "to instruct others"
    # (with a real object the verb stays: "Ability to analyze data" asks for analysing data)
    if (setting_tail and len(picked) == 1 and describes(picked[0].group())) or describes(
        picked[-1].group()
    ):
        return True  # "a cooperative environment", "a fast-paced, dynamic setting"
    return _vague_or_a_deed(picked)


# Words that open an item to say how someone stands toward something: "Open to relocation",
# "Happy to mentor juniors", "Keen to learn Rust"
_ATTITUDES = frozenset("open happy keen eager ready glad free available willing".split())
_TO_AFTER = regex_cache.compile(r"[ \t]+to[ \t]", re.I)


def _an_attitude_to(line: str, offset: int, picked: list[re.Match[str]]) -> bool:
    """One describing word opening the item before "to": a stance, not a thing to have."""
    if len(picked) != 1 or not _opens(line, offset + picked[0].start()):
        return False
    word = picked[0].group().lower()
    describing = word in _ATTITUDES or word.endswith(ADJECTIVE_LIKE)
    return describing and _TO_AFTER.match(line, offset + picked[0].end()) is not None


# Verbs whose -ing form opening an item with only lower-case words after it tells what is
# done, not a thing to know: "Shipping features to production", "Writing tests"
_DEEDS_DONE = frozenset(
    "ship write deliver deploy migrate refactor debug productionize hire own automate".split()
)


def _a_deed_done(line: str, offset: int, picked: list[re.Match[str]]) -> bool:
    """A doing of one of _DEEDS_DONE opening the item, with one lower-case word after it: a
    compound object names a thing of the field ("Writing grant proposals", "Automating
    month-end close"), which stays a term."""
    first = picked[0].group()
    if len(picked) != 2 or not _opens(line, offset + picked[0].start()):
        return False
    if not all(word.group().islower() for word in picked[1:]):
        return False  # "Deploying Zorblex clusters": a name after the doing
    return _doing(first, _DEEDS_DONE)


# A word after a comma, and a word after it: "clean, well-tested Python"
_COMMA_THEN_WORD = regex_cache.compile(r",\s*([^\W\d_][\w-]*)\s+[^\W\d_]")


def _a_verb_and_its_modifiers(line: str, offset: int, picked: list[re.Match[str]]) -> bool:
    """An item opening with what to do, whose head holds only the verb and words describing
    the object named later: "Write clean, well-tested Python" -> "Write clean", "Build
    robust, observable services", "Write" before a known skill."""
    first, rest = picked[0].group().lower(), [w.group() for w in picked[1:]]
    if first in VERBS_OR_NAMES and not rest:  # "Design" alone may be the thing asked...
        start = offset + picked[0].start()  # ... but not before its object: "Design Kafka"
        return _opens(line, start) and _object_after(line, offset + picked[0].end())
    if first not in OPENING_VERBS | VERBS_OR_NAMES or not _opens(line, offset + picked[0].start()):
        return False
    if all(grades(w) or _describing(w) or w.lower().endswith(ADJECTIVE_END) for w in rest):
        return True  # "Build robust", "Write" before a known skill
    if first in VERBS_OR_NAMES:
        return False  # "Design patterns, SOLID": the name goes on
    after = _COMMA_THEN_WORD.match(line, offset + picked[-1].end())
    return after is not None and adjective(after.group(1))  # the comma joins describing words


# A word right after, or another verb and its object: "Design Kafka pipelines", "Design and
# build Airflow DAGs"; not "Design, prototyping", "Design (UX)", "Design and prototyping"
_WORD_AFTER = regex_cache.compile(
    r"[ \t]+(?!(?:and|or)\b)[^\W_]|[ \t]+(?:and|or|&)[ \t]+(?P<verb>[a-z]+)[ \t]+[^\W_]",
    re.I,
)


def _object_after(line: str, end: int) -> bool:
    """Whether a verb that may be a name ("Design") acts on an object after it."""
    after = _WORD_AFTER.match(line, end)
    if after is None:
        return False
    verb = after["verb"]
    return verb is None or verb.lower() in OPENING_VERBS | VERBS_OR_NAMES


# Whom or where something is told, a word or two after the verb: "Present results to the
# board", "Present work at international conferences"
_TOLD_TO = regex_cache.compile(r"\s+(?:[\w-]+\s+){1,2}(?:to|at|in front of|before)\s", re.I)
# ... not a noun the verb's word opens, a thing told to no one: "Present value modeling at
# scale", "Pitch deck design at a startup"; the noun goes on with a word of its own ("Pitch
# decks to investors", "Present day-to-day progress to ..." are told)
_COMPOUND_AFTER = regex_cache.compile(
    r"\s+(?:values?|day|tense|decks?|books?)[ \t]+(?!(?:to|at|in|before)\b)\w", re.I
)


def _talking(line: str, offset: int, picked: list[re.Match[str]]) -> bool:
    """A verb of talking opening the item or after "ability to": what is talked about, and
    with whom, asks for communication, not for the topic's words."""
    first = picked[0]
    word = first.group().lower()
    if word not in TALKING_VERBS:
        return False
    if word in OPENING_VERBS and _opens(line, offset + first.start()):
        return True  # "Discuss tradeoffs with product managers"; not "Present value analysis"
    if _opens(line, offset + first.start()) and _told_to(line, offset + first.end()):
        return True  # "Present work at conferences", "Present findings to the board"
    return bool(_INFINITIVE.search(line, 0, offset + first.start()))


def _told_to(line: str, end: int) -> bool:
    """The talking verb ending at `end` has an object and then whom or where it is told."""
    return bool(_TOLD_TO.match(line, end)) and not _COMPOUND_AFTER.match(line, end)


def _vague_or_a_deed(picked: list[re.Match[str]]) -> bool:
    """Vague words, under three characters, or one word that is a verb, an adverb or a
    participle."""
    if (
        all(_vague_or_grading(w.group()) for w in picked)
        or picked[-1].end() - picked[0].start() < 3
    ):
        return True
    if len(picked) == 2 and _vague(picked[0].group()) and _PARTICIPLE.fullmatch(picked[1].group()):
        return True  # "a role focused on Hadoop": the role is said by what follows
    if len(picked) > 1:
        return False
    word = picked[0].group()
    # "- Ability to adapt quickly": a verb or an adverb, not a thing to have; "- Published
    # work at ACL": what was done
    return verb(word) or grades(word) or bool(_PARTICIPLE.fullmatch(word))


def _acts_on_what_was_dropped(line: str, offset: int, picked: list[re.Match[str]]) -> bool:
    """A verb after "ability to", or a doing ("Track record of leading cross-team projects"),
    whose object's noun (people, projects) was dropped: what is left is the verb and the
    noun's modifiers."""
    first = picked[0]
    if not verb(first.group()):
        return False
    if bool(_INFINITIVE.search(line, 0, offset + first.start())):
        return True
    # a doing left with modifiers only ("leading cross-team"), not with a thing it serves
    # ("supporting military [customers]" asks for military work)
    modifiers = picked[1:]
    doing = first.group().lower().endswith("ing")
    return doing and all("-" in w.group() or _describing(w.group()) for w in modifiers)


# An item that opens with its importance cue: "Bonus points for ...", "Preference for ...",
# "Desirable: ...". What follows names the thing.
_CUE_OPENING = regex_cache.compile(
    rf"\s*(?:{PREFERRED_CUES.pattern})(?:\s+points?)?(?:\s+(?:for|if|to|with|in|on))?[\s:]+",
    re.I,
)
# A modal verb opening a sentence whose subject is left out: "Can work nights"; not "CAN"
_MODAL = regex_cache.compile(r"[Cc]an|[Mm]ust|[Ss]hould|[Cc]ould|[Ww]ould|[Ss]hall")
_AUXILIARY = regex_cache.compile(r"has|have|had|been|is|are|was|were")  # lower-case only
# "Published", "Certified"; not "RED" or "Ted"
_PARTICIPLE = regex_cache.compile(r"[A-Z]?[a-z]{3,}ed")

# "Ability to work in / thrive in / function under ...": the conditions are the requirement.
_WORKING_IN = regex_cache.compile(
    r"(?:work|thrive|function|operate|perform)\s+(?:[a-z]+ly\s+)?(?:in|under)\s+", re.I
)
# "12-hour shifts", "Ten-Years with Zorblex", "5-plus years"
_SPAN_OF_TIME = regex_cache.compile(
    rf"(?:\d+|{NUMBER_WORD})-(?:plus|hours?|days?|weeks?|months?|years?|yrs?)", re.I
)
# Counts and people, not things to know: "least one model", "Two of the following", "team
# needs someone"
_COUNTING = regex_cache.compile(
    r"^(?:least|one|two|three|four|five|several|many|some|all|both|each|any|most)\b"
    r"|\bof the following\b|\b(?:someone|somebody|anyone|them)$",
    re.I,
)
# The right to work, not a skill: "US work authorization", "EU citizenship"
_PAPERWORK = regex_cache.compile(
    r"\b(?:authori[sz]ation|citizenship|sponsorship|visas?|work permit|residency)\b", re.I
)
_ZONE = (
    r"(?:(?:UTC|GMT)(?:[+\-−]\d{1,2}(?::?\d{2})?)?|[ECMP][SD]T|CES?T|EE[SD]?T|WE[SD]?T|IST"
    r"|JST|AE[SD]T|SGT)"
)
_TIME_ZONE = regex_cache.compile(rf"{_ZONE}(?:/{_ZONE})*")  # "EST", "UTC+1", "CET/CEST"
# A quantity or a version, not a thing to know: "p99 under 50ms", "10TB", "99.9%", "100k QPS",
# "3y+", "Python 3.x", a model's "7B" parameters
_MEASURE = regex_cache.compile(
    r"(?-i:p)\d{2,3}|\d+(?:[.,]\d+)?\+?(?:ms|s|sec|k|m|b|bn|gb|tb|pb|mb|%|x|hz|khz|mhz|ghz|fps|qps"
    r"|rps)"
    r"(?:/(?:s|sec|second|min|minute|h|hr|hour|day|month|year))?"
    r"|\d+(?:y|yrs?)\+?|\d+(?:\.(?:\d+|x))+\+?",
    re.I,
)


def _vague(word: str) -> bool:
    """A word that names nothing to know: 'changes', 'others', '12-hour', 'shifts'."""
    return generic(word) or word.lower() in VAGUE or bool(_SPAN_OF_TIME.fullmatch(word))


def _vague_or_grading(word: str) -> bool:
    """A vague word, or one grading the thing asked: "Equivalent practical" (experience)."""
    return _vague(word) or word.lower() in QUALIFIERS


# A line set out as a heading that no section name knows: all capitals and short, or a
# label with nothing after its colon.
_HEADING_LIKE = regex_cache.compile(
    r"^\s*#|^[^:]{1,60}:\s*$"
    r"|^(?!\s*(?:[-*•·▪●►✓➢◦]|\d+[.)]))(?=[^a-z,]{3,40}$)\s*[^\s,]+(?:\s+[^\s,]+){1,4}\s*$"
)
_DURATIONS = ("years", "year", "yrs", "yr", "months")


def _time(word: str) -> bool:
    """'years', "years'" (British: "3 years' experience"), '5-years', 'Ten-Years': a span of
    time, not a thing to know."""
    return word.lower().rstrip("'’") in _DURATIONS or bool(_SPAN_OF_TIME.fullmatch(word))


def _duration(words: list[re.Match[str]], index: int) -> bool:
    """'years' (and 'of') in "3+ years (of) structural welding"; not in "5 years serving as
    ...", "5 years of proven experience" or "2 years total"."""
    word = words[index].group().lower()
    if word == "of" and index and _time(words[index - 1].group()):
        return _plain(words, index + 1)
    if not _time(word):
        return False
    following = words[index + 1].group().lower() if index + 1 < len(words) else ""
    return _plain(words, index + 2) if following == "of" else _plain(words, index + 1)


def _plain(words: list[re.Match[str]], index: int) -> bool:
    """A word that may start a thing's name: not a verb form, a joining or grading word."""
    if index >= len(words):
        return False
    word = words[index].group()
    lowered = word.lower()
    if lowered in HEAD_END or lowered in PREPOSITIONS or lowered in JOINERS or grades(word):
        return False
    if lowered in ("experience", "total", "minimum", "plus", "or", "and"):
        return False
    return word.isalpha() and not lowered.endswith(("ing", "ed"))


# "have written", "has published", "had led": a deed of the person sought, as in an item
# under "You might be a fit if you"
_PERFECT = regex_cache.compile(
    r"(?i:ha(?:ve|s|d))\s+(?:[a-z]+ed|[a-z]+(?:en|wn)|built|led|run|done|won|taught|made|held"
    r"|spent|sold|met|brought)"
)


def _first_named(line: str, offset: int, words: list[re.Match[str]]) -> int:
    """Index of the first word that may name the thing: past grades, verbs, describing words
    shared with the noun after them ("federal and state") and a generic doing ("Creating")."""
    start = 0
    while start < len(words) and (grades(words[start].group()) or _duration(words, start)):
        start += 1  # "Solid 3+ years structural welding" asks for structural welding
    if start + 1 < len(words) and _PERFECT.fullmatch(
        line, offset + words[start].start(), offset + words[start + 1].end()
    ):
        return len(words)  # "have written research code": what one did, no thing to have
    # "Applies multitasking", "Built and shipped Zorblex pipelines"
    if start + 1 < len(words) and (third_person(words[start].group()) or did(words[start].group())):
        start = _skip_verbs(words, start)
    # "executing and designing ladder logic": verbs joined by "and" say what to do with the
    # thing after them. One verb alone may start a skill's name ("Lead generation").
    while start + 2 < len(words) and _doing_verb(words[start].group()):
        if words[start + 1].group().lower() not in ("and", "or"):
            break
        start += 2
        if _doing_verb(words[start].group()) and start + 1 < len(words):
            start += 1
    start = _past_shared_modifiers(line, offset, words, start)
    if start + 1 < len(words) and (_doing(words[start].group()) or _making(words, start)):
        spaced = _spaced(line, offset, words, start)
        if spaced and words[start + 1].group().lower() not in HEAD_END:
            start += 1  # "Creating personas" asks for personas
            # "deploying over the cloud" asks for the cloud, "managing multi-million dollar
            # infrastructure" for infrastructure
            start = _past_grades_and_sizes(words, start)
        elif spaced and _leads_to_an_object(line, offset, words, start + 1):
            # "integrating with the Gorp API" asks for the Gorp API
            start = _past_grades_and_sizes(words, start + 2)
    return _past_grades_and_sizes(words, start) if _sizes(words, start) else start


# Prepositions after a doing that lead to the thing done: "integrating with", "migrating to"
_TO_AN_OBJECT = frozenset("with to into onto from across within through".split())


def _spaced(line: str, offset: int, words: list[re.Match[str]], index: int) -> bool:
    """Only blanks between words[index] and the word after it."""
    return not line[offset + words[index].end() : offset + words[index + 1].start()].strip()


def _leads_to_an_object(line: str, offset: int, words: list[re.Match[str]], at: int) -> bool:
    """A preposition at words[at] between a doing and the thing done, with a word after it."""
    lowered = words[at].group().lower()
    return at + 1 < len(words) and lowered in _TO_AN_OBJECT and _spaced(line, offset, words, at)


# How big a thing is or how up to date, not what it is: "multi-million dollar", "large-scale",
# "high-volume", "cutting-edge". Words that often open a name are no size: "modern portfolio
# theory", "emerging markets", "dollar cost averaging", "next-generation sequencing".
_SIZE_OR_AGE = regex_cache.compile(
    r"(?:multi-?)?(?:million|billion|thousand)s?(?:-dollars?)?"
    r"|(?:large|small|mid|global|enterprise|massive|web|internet|planet)-scale"
    r"|high-(?:volume|traffic|throughput)|latest|cutting-edge|state-of-the-art|leading-edge",
    re.I,
)
# A size or newness word standing alone, which names nothing even where it may open a name
_SIZE_OR_NEWNESS = regex_cache.compile(
    rf"{_SIZE_OR_AGE.pattern}|modern|contemporary|emerging|next-gen(?:eration)?", re.I
)
_AMOUNT = regex_cache.compile(r"\d[\d.,]*(?:[kmb]n?)?", re.I)  # "5M" of "$5M", "250k" of "$250k"
_DOLLARS = frozenset({"dollar", "dollars"})


def _sizes(words: list[re.Match[str]], index: int) -> bool:
    """A size at words[index]: a size word, an amount after "$", or "dollar" after a size
    ("multi-million dollar"); not a capitalised word without a hyphen before another
    capitalised word, which opens a name ("Thousand Eyes")."""
    if index >= len(words):
        return False
    word = words[index]
    text = word.group()
    following = words[index + 1].group() if index + 1 < len(words) else ""
    if text[:1].isupper() and following[:1].isupper() and "-" not in text:
        return False  # while "Large-Scale Zorblex clusters" asks for Zorblex clusters
    if text.lower() in _DOLLARS:
        return index > 0 and _sizes(words, index - 1)
    dollar_sign = word.string[word.start() - 1 : word.start()] == "$"
    return bool(_SIZE_OR_AGE.fullmatch(text) or (dollar_sign and _AMOUNT.fullmatch(text)))


def _past_grades_and_sizes(words: list[re.Match[str]], start: int) -> int:
    """Past the grading words, articles, prepositions and sizes before the thing's name, when
    a word is left after them."""
    index = start
    while index + 1 < len(words) and (grades(words[index].group()) or _sizes(words, index)):
        index += 1
    return index


def _doing_verb(word: str) -> bool:
    return verb(word) or _doing(word)


# Generic doings: "Creating personas", "Conducting user interviews" ask for what is done.
_GENERIC_DOINGS = frozenset(
    """create conduct develop perform prepare produce plan moderate facilitate organize
    coordinate execute deliver run undertake implement""".split()
)


def _doing(word: str, doings: frozenset[str] = _GENERIC_DOINGS) -> bool:
    """The -ing form of a generic doing: 'creating', 'planning', 'running'."""
    lowered = word.lower()
    root = lowered[:-3] if lowered.endswith("ing") else ""
    undoubled = root[:-1] if len(root) > 2 and root[-1] == root[-2] else ""
    return bool(root) and any(r in doings for r in (root, root + "e", undoubled))


# Making or running something, after "experience": "Experience building matchmaking systems"
# asks for matchmaking systems, "Experience leading database lock activities" for database
# lock activities (while "Building codes" or "Knowledge of building codes" name codes).
_MAKINGS = frozenset(
    """build design architect maintain deploy ship scale lead oversee supervise manage launch
    release migrate integrate configure install operate automate""".split()
)


def _making(words: list[re.Match[str]], index: int) -> bool:
    after = words[index - 1].group().lower() in ("experience", "experienced") if index else False
    return after and _doing(words[index].group(), _MAKINGS)


# Verbs of doing whose -ing form opens an item on a thing named after it: "Deploying Zorblex
# clusters", "Configuring Quorvex"; less those whose -ing form also opens a name in title case
# ("Planning Poker", "Operating Model", "Supporting Documents", "Learning Management")
_DOINGS_ON_NAMES = (OPENING_VERBS | _DEEDS_DONE | _MAKINGS) - frozenset(
    """
    plan operate support manage learn train compute process test engineer market model
    program network report forecast schedule map route bill track monitor log stream price
    trade write teach coach mentor account consult publish print mine source recruit staff
    """.split()
)


def _doing_before_a_name(line: str, offset: int, words: list[re.Match[str]], at: int) -> bool:
    """The item opens with a doing of a verb of doing ("Deploying") and a capitalised name
    after it, not followed by another capitalised common word: a title-cased name opened by
    the doing keeps it ("Building Information Modeling")."""
    if at + 1 >= len(words) or not _opens(line, offset + words[at].start()):
        return False
    name = words[at + 1].group()
    if (
        not name[:1].isupper()
        or line[offset + words[at].end() : offset + words[at + 1].start()].strip()
    ):
        return False
    following = words[at + 2].group() if at + 2 < len(words) else ""
    title_case = following[:1].isupper() and not distinctive(name) and not distinctive(following)
    return not title_case and _doing(words[at].group(), _DOINGS_ON_NAMES)


# Endings of words that describe a noun: "federal", "domestic", "western".
_DESCRIBING_END = ("al", "ic", "ive", "ous", "ful", "ern")


def _past_shared_modifiers(line: str, offset: int, words: list[re.Match[str]], start: int) -> int:
    """Past two describing words joined by "and"/"or" before the noun they share: "federal
    and state payroll tax filings" asks for payroll tax filings."""
    if start + 3 >= len(words) or words[start + 1].group().lower() not in ("and", "or"):
        return start
    first, rest = words[start].group().lower(), words[start + 3].group()
    describing = first.endswith(_DESCRIBING_END) or first in PLAIN_ADJ
    spaced = all(
        not line[offset + a.end() : offset + b.start()].strip()
        for a, b in zip(words[start : start + 3], words[start + 1 : start + 4], strict=True)
    )
    if not describing or not spaced or rest.lower() in HEAD_END or _vague(rest):
        return start
    if _LEAD_IN.match(f"{rest} of "):
        return start  # "analytical or analysis capacity": a capacity names nothing
    if rest.lower() in _BROAD_NOUNS and _ends_the_head(line, offset, words, start + 3):
        return len(words)  # "financial or regulated data": the describing words were the ask
    return start + 3  # "commercial or residential construction" asks for construction


# Nouns too broad to be asked alone once the words that narrowed them are taken off: "financial
# or regulated data", "sensitive or personal information", "the public or private sector"
_BROAD_NOUNS = frozenset(
    """data information sector sectors industry industries environment environments setting
    settings context contexts domain domains space spaces market markets area areas field fields
    organization organizations organisation organisations""".split()
)


def _ends_the_head(line: str, offset: int, words: list[re.Match[str]], index: int) -> bool:
    """The word at `index` is the last of its head: no word follows it, or a joining word or
    punctuation comes first."""
    if index + 1 >= len(words):
        return True
    after = words[index + 1]
    gap = line[offset + words[index].end() : offset + after.start()]
    return bool(gap.strip()) or after.group().lower() in HEAD_END


def _pick(line: str, offset: int, words: list[re.Match[str]]) -> list[re.Match[str]]:
    """Words up to a joining word, punctuation or an adverb."""
    picked: list[re.Match[str]] = []
    for word in words:
        gap = line[offset + (picked[-1].end() if picked else word.start()) : offset + word.start()]
        if word.group().lower() in HEAD_END or (picked and gap.strip()):
            break
        if picked and adverb(word.group()):
            break  # "guidance clearly alongside attention to detail"
        picked.append(word)
    return picked


def _trim_tail(picked: list[re.Match[str]]) -> tuple[list[re.Match[str]], bool, bool]:
    """Drop what ends the head without naming the thing, and say whether people or a
    workplace were dropped: "Python knowledge" -> "Python", "academic projects" -> "academic"."""
    people_tail = setting_tail = False
    while picked:
        last = picked[-1].group().lower()
        if people(last):  # "non-technical colleagues", "academic projects": who or what
            people_tail = True  # kind of work, not a thing to know
        elif last in SETTINGS:  # "a manufacturing environment" asks for manufacturing
            setting_tail = True
        elif last == "tools" and len(picked) > 1 and picked[-2].group().lower() in TOOL_KINDS:
            break  # "power tools", "hand tools"; "Zorblex tools" asks for Zorblex
        elif last == "office" and len(picked) > 1 and picked[-2].group().lower() in _DESKS:
            break  # "Middle Office": a bank's desk
        elif last not in STOP_END and last not in GENERIC and not adverb(last):
            break
        picked.pop()  # "Python knowledge" -> "Python", "work efficiently" -> "work"
    return picked, people_tail, setting_tail


# The words that lead in to a named thing: "knowledge of", "skills in", "comfortable writing"
LEAD_IN_WORDS = (
    r"\b(?:knowledge|understanding|experience|proficiency|expertise|familiarity|familiarization"
    r"|background|command|mastery|grasp|grounding|foundation|skill\s*set|exposures?|competency"
    r"|competence"
    r"|capability|capacity|acquaintance|fluency|fluent|know-?how|involvement|penchant|flair"
    r"|knack|talent|eye|sense|excellence|efficiency|apprehension|adherence|adeptness"
    r"|implementation|application|range|variety|forms|types|kinds|passion|interest"
    r"|commitment|dedication|comfort|comfortable|confidence|confident|track\s+record)"
    r"\s+(?:of|in|with|on|over|to|for|about)\s+|\bskills?\s+in\s+|\b(?:craft|adept)\s+at\s+"
    # "comfortable reading and writing CUDA": what one is at ease doing names the thing
    r"|\b(?:comfort|comfortable|confident)\s+(?=[a-z]+ing\b)"
    r"|\battention\s+to\s+(?!details?\b)"  # "attention to aviation safety": the safety
    # German: "Erfahrung mit ROS", "Kenntnisse von CUDA", "Wissen über Spark"
    r"|\b(?:erfahrung(?:en)?|kenntnisse?|wissen)\s+(?:mit|in|im|von|über)\s+"
)
# (the alternatives' word boundaries looked for once: importance.boundaries_joined)
_ANY_LEAD_IN = regex_cache.compile(boundaries_joined(LEAD_IN_WORDS), re.I)
# A word every lead-in holds: most lines hold none, and are not searched
_LEAD_IN = Gated(
    _ANY_LEAD_IN,
    regex_cache.compile(
        r"know|understanding|experience|proficiency|expertise|familiari|background|command"
        r"|mastery|grasp|grounding|foundation|skill|exposure|competen|capability|capacity"
        r"|acquaintance|fluen|involvement|penchant|flair|knack|talent|eye|sense|excellence"
        r"|efficiency|apprehension|adherence|adept|implementation|application|range|variety"
        r"|forms|types|kinds|passion|interest|commitment|dedication|comfort|confiden|track"
        r"|craft|attention|erfahrung|kenntnis|wissen"
    ),
)
_SKILLS_AFTER = regex_cache.compile(r" skills?\b", re.I)
_SKILLS_TAIL = regex_cache.compile(r" skills?$", re.I)
_SENTENCE = regex_cache.compile(r"(?:[^.;:!?]|[.;:!?](?!\s|$))+")  # "ASP.NET", "e.g." stay inside
# A run of blanks is tried from its first blank only (from each blank in turn it was quadratic);
# search it in a slice, since the lookbehind would see the text before a search's start.
_LIST_SPLIT = regex_cache.compile(r",\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or|&)\s+")


def _list_cuts(line: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Where the list in line[start:end] is cut between its items ("," "and", "or", "&")."""
    for cut in _LIST_SPLIT.finditer(line[start:end]):
        yield start + cut.start(), start + cut.end()


def _then_a_phrase(line: str, end: int, spans: list[tuple[int, int]]) -> bool:
    """The item holding a known skill goes on past it with a preposition: the items after it
    are that preposition's objects ("Python from coursework, research or projects")."""
    last = max((e for s, e in spans if e <= end), default=-1)
    after = [w.lower() for w in line[last:end].split()] if last >= 0 else []
    return any(
        word in PREPOSITIONS and not (word == "in" and i and after[i - 1] in SKILL_NOUNS)
        for i, word in enumerate(after)
    )


def coordinated_items(line: str, spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """Peers of a known skill in one list: "troubleshooting, inspection, cleaning and testing"
    asks for four things when "troubleshooting" is a skill. Short items only."""
    items: list[tuple[str, int]] = []
    for sentence in _SENTENCE.finditer(line):
        bounds, at = [], sentence.start()
        for cut_start, cut_end in _list_cuts(line, sentence.start(), sentence.end()):
            bounds.append((at, cut_start))
            at = cut_end
        bounds.append((at, sentence.end()))
        if len(bounds) > 1 and any(_covered(a, b, spans) for a, b in bounds):
            _add_peers(line, bounds, spans, items)
    return items


def _add_peers(
    line: str,
    bounds: list[tuple[int, int]],
    spans: list[tuple[int, int]],
    items: list[tuple[str, int]],
) -> None:
    """Add to `items` the heads of a list's items that no known skill covers, up to where
    the list turns into a phrase or a clause."""
    for a, b in bounds:
        words = line[a:b].split()
        if _covered(a, b, spans):
            if _then_a_phrase(line, b, spans):
                break  # "Python from coursework, research or projects": the rest is its
            continue
        if not words or len(words) > MAX_ITEM_WORDS or only_cues(line[a:b]):
            continue  # "Docker, bonus points": how much Docker is wanted
        if words[0].lower() in CLAUSE_OPENERS:
            break  # "... for automating checks and comparisons": the rest is the clause's
        if words[0].lower() in MORE_OF_THE_KIND:
            continue  # "Python, Java, or similar languages": the kind of the others
        if verb(words[0]) and not words[0].lower().endswith("ing"):
            break  # "Excel, maintain schedules, records and files": the rest are its objects
        if verb(words[0]):
            continue  # "Excel, creating reports, bookkeeping and invoicing": one item
        head = _head_at(line, a, b)
        if head is not None and not _predicate(head[0], len(words)):
            items.append(head)


def _predicate(head: str, item_words: int) -> bool:
    """'invaluable for creating ...', 'aligned with safety': an adjective that says something
    of the list, not an item of it."""
    return (
        " " not in head
        and head.islower()
        and item_words > 1
        and (head.endswith(ADJECTIVE_END) or head.endswith("ed"))
    )


# Words after a name that say what kind of thing it is, not which: "Windows platform".
_KINDS_OF_THING = {"applications", "application", "platform", "platforms", "technologies"}
_KINDS_OF_THING |= {"technology", "tools", "software", "systems", "layers", "layer"}


def _head_key(text: str) -> str:
    """'API's', 'Writing skills' and 'CAD applications' compare as 'api', 'writing', 'cad'."""
    words = re.sub(r"['’]s$", "", _SKILLS_TAIL.sub("", text).lower()).split()
    while len(words) > 1 and words[-1] in _KINDS_OF_THING:
        words.pop()
    return " ".join(words)


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


Term = tuple[str, str, str, int]  # (text, kind "term" or "role", name prefix, start)


def _line_terms(
    line: str, spans: list[tuple[int, int]], asks: bool, listed: bool, known: Callable[[str], bool]
) -> tuple[list[Term], set[str]]:
    """The terms one requirement line names (a role it asks time in, or its named terms plus
    the item's head and a known skill's peers), and the keys of those heads."""
    role = role_asked(line)
    if role is not None:
        at = line.find(role)
        return [(without_a_place(line, role, at), "role", "Experience as ", at)], set()
    heads = _heads(line, spans, asks, listed)
    # "based in Quuxville", "90-105K", "Moreover": no ask
    heads = [
        head
        for head in _spelled_heads(line, heads)
        if not junk_term(line, *head)
        and not _branch_of_a_code(line, head[1], head[1] + len(head[0]))
        and not a_row_label(line, *head, spans)
        and not who_or_when(line, head[1])
        and not language_level(line, *head, spans)  # "English, minimum B2"
    ]
    terms = [
        (term + defined_after(line, term, start + len(term)), "term", "", start)
        for term, start in _terms_in_line(line, spans)
        if not any(_cut_from(line, head, (term, start)) for head in heads)
        and not junk_term(line, term, start)
        and not a_row_label(line, term, start, spans)
        and not who_or_when(line, start)
        and not language_level(line, term, start, spans)
        and not _in_ranked_title(line, term, start)
    ]
    terms = _joined_by_acronyms(line, terms)
    # A known skill's name that its guard turned down ("API" in "Knowledge of API testing")
    # does not stand for the item: the head around it does; nor does a word of the words an
    # acronym spells ("Pre-provision" in "Pre-provision net revenue (PPNR)").
    spelled = [(start, start + len(text)) for text, start in heads if text.endswith(")")]
    named = [t.lower() for t, _, _, at in terms if not known(t) and not _inside(t, at, spelled)]
    for text, start in heads:
        lowered = text.lower()
        if (
            not _covered(start, start + len(text), spans)
            and not _PAPERWORK.search(text)
            and not _COUNTING.search(text)
            and not any(lowered in t or t in lowered for t in named)
            and not _cut_inside_a_term(line, start, start + len(text), terms)
            and not any(_head_key(t) == _head_key(text) for t, _, _, _ in terms)
            and not _done_with_a_skill(line, (text, start), spans)
            and not _in_ranked_title(line, text, start)
        ):
            # "Electronic logging devices (ELD)": a resume may use either
            acronym = acronym_after(line, start + len(text))
            letters = "".join(c for c in acronym if c.isupper())
            if not letters or acronym_expansion(text, len(text), letters) is None:
                acronym = ""  # "IT Business Analysis (PBA)" does not spell PBA
            terms.append((text + acronym, "term", "", start))
    # a German line's capitalised nouns name nothing ("Tage Urlaub"), nor a French or Spanish
    # item's opening words ("Au moins", "Experiencia mínima de")
    terms = [term for term in terms if not common_words(line, term[0])]
    if cyrillic_line(line):  # "Знание Zorblex": the name asked, past the words asking for it
        terms = [_past_cyrillic_opening(t) for t in terms if not cyrillic_words(line, t[0], t[3])]
    return _without_parts_of_spelled(terms, spelled), {_head_key(text) for text, _ in heads}


def _joined_by_acronyms(line: str, terms: list[Term]) -> list[Term]:
    """Terms among the words an acronym after them spells are one term with the acronym:
    "Ordre" and "Québec (OIQ)" in "Ordre des ingénieurs du Québec (OIQ)", "Institution" and
    "IET" in "Institution of Engineering and Technology (IET)"."""
    if len(terms) < 2 or "(" not in line:
        return terms
    for _, whole in _acronyms_spelled(line):
        inside = [t for t in terms if whole[0] <= t[3] and t[3] + len(t[0]) <= whole[2]]
        if len(inside) < 2:
            continue
        name = f"{line[whole[0] : whole[1]]} {line[whole[1] : whole[2]].strip()}"
        at = terms.index(inside[0])
        terms = [t for t in terms if t not in inside]
        terms.insert(at, (name, "term", "", whole[0]))
    return terms


def _past_cyrillic_opening(term: Term) -> Term:
    """A term of a Russian or Ukrainian line past its opening common words."""
    text, kind, note, start = term
    name, cut = name_after_common_words(text)
    return (name, kind, note, start + cut)


# Rank words before a role's title, alone or joined by slashes: "Senior", "Staff/Senior"
_RANK = r"(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|mid-level|entry-level)"
_RANKS_BEFORE = regex_cache.compile(rf"\b{_RANK}(?:\s*/\s*{_RANK})*\s+$", re.I)
_RANKS_OPENING = regex_cache.compile(rf"{_RANK}(?:\s*/\s*{_RANK})*\s+", re.I)
_RANKS_REACH = 60  # characters before a term where its rank words may stand


def _in_ranked_title(line: str, term: str, start: int) -> bool:
    """The term names a role, or its field, between rank words and an occupation: "Software"
    in "Senior Software Engineer", "Staff/Senior Software" and "Lead / Principal Data
    Scientist"; not "Zorblex" in "Zorblex experience at a senior level"."""
    if start < 0:
        return False
    ranks_from = max(0, start - _RANKS_REACH)  # a line of many terms is not read again for each
    if not (_RANKS_OPENING.match(term) or _RANKS_BEFORE.search(line, ranks_from, start)):
        return False
    after = line[start + len(term) :].split()[:1]
    return any(is_occupation(word.strip(",.;:()")) for word in [term.split()[-1], *after])


def _cut_inside_a_term(line: str, start: int, end: int, terms: list[Term]) -> bool:
    """The head ends at an "and" inside a named term that starts within it: "Membership of
    the Institute" cut at the "and" of "Institute and Faculty of Actuaries", which the term
    asks whole."""
    if not _AND_AFTER.match(line, end):
        return False
    return any(start <= at < end < at + len(term) for term, _, _, at in terms)


def _inside(text: str, start: int, spans: list[tuple[int, int]]) -> bool:
    """The term stands inside one of the spans and is not the whole of it."""
    end = start + len(text)
    return any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans)


def _without_parts_of_spelled(terms: list[Term], spelled: list[tuple[int, int]]) -> list[Term]:
    """Once "Endpoint detection and response (EDR)" is a term, "EDR" and its words are not."""
    kept = [(at, at + len(t)) for t, _, _, at in terms if (at, at + len(t)) in spelled]
    return [term for term in terms if not _inside(term[0], term[3], kept)]


_DEFINED_AFTER = regex_cache.compile(r"\s*\(([A-Z][A-Za-z0-9&\-]{1,11})\)")
MAX_EXPANSION_WORDS = 8


def _spelled_heads(line: str, heads: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A head inside the words an acronym after it spells stands for all of them, with the
    acronym: "Endpoint detection" in "Endpoint detection and response (EDR)", "Servicing
    rooftop units (RTUs)" -> "rooftop units (RTUs)"."""
    if "(" not in line:
        return heads
    spelled = [whole for _, whole in _acronyms_spelled(line)]
    found: list[tuple[str, int]] = []
    for text, start in heads:
        end = start + len(text)
        whole = next((s for s in spelled if start < s[1] and s[0] < end <= s[1]), None)
        if whole is not None:  # "Manager(SCCM)" is written "Manager (SCCM)"
            acronym = line[whole[1] : whole[2]].strip()
            text, start = f"{line[whole[0] : whole[1]]} {acronym}", whole[0]
        if (text, start) not in found:
            found.append((text, start))
    return found


@lru_cache(maxsize=1024)
def _acronyms_spelled(line: str) -> tuple[tuple[tuple[int, int], tuple[int, int, int]], ...]:
    """Each acronym in brackets on the line that the words before it spell: where the acronym
    stands, and where those words start and end and the acronym ends (_expansion). Read once
    per line for the three readers of it."""
    if "(" not in line:
        return ()
    found = ((m.span(1), _expansion(line, m)) for m in _DEFINED_AFTER.finditer(line))
    return tuple((acronym, whole) for acronym, whole in found if whole is not None)


def _expansion(line: str, acronym: re.Match[str]) -> tuple[int, int, int] | None:
    """Where the fewest words before an acronym that spell it start and end, and where the
    acronym ends; None when no words spell it."""
    written = acronym.group(1)
    letters = "".join(c for c in written if c.isalnum()).lower()
    if written.endswith("s") and written[-2:-1].isupper():
        letters = letters[:-1]  # "RTUs": rooftop units
    before = line[: acronym.start()]
    clause = _clause_start(before)
    words = list(EXPANSION_WORD.finditer(before, clause))[-MAX_EXPANSION_WORDS:]
    for first in range(len(words) - 1, -1, -1):
        chosen = [w.group().lower() for w in words[first:]]
        if chosen[0] not in ACRONYM_SMALL_WORDS and _spells(chosen, letters):
            return words[first].start(), words[-1].end(), acronym.end()
    return None


# Single words listed with commas, which may spell an acronym together with the words after
# them: "extract, transform and load (ETL)"
_LISTED_WORDS = regex_cache.compile(r"(?:\b[A-Za-z][\w'-]*,\s*)+$")


def _clause_start(before: str) -> int:
    """Where the words that may spell an acronym at the end of `before` start: after the last
    punctuation, or before single words listed with commas up to it."""
    clause = max(before.rfind(c) for c in ";:(") + 1
    comma = before.rfind(",", clause) + 1
    listed = _LISTED_WORDS.search(before, clause, comma) if comma else None
    return listed.start() if listed else comma or clause


def _spells(words: list[str], letters: str) -> bool:
    """Each word opens with the next letter and may give the letters after it from inside
    ("rooftop units" spells RTU); small words may be passed over ("detection and response")."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in ACRONYM_SMALL_WORDS and _spells(rest, letters):
        return True
    if not letters or word[0] != letters[0]:
        return False
    inside = word[1:]
    for taken in range(len(letters)):
        if taken and not _in_order(letters[1 : 1 + taken], inside):
            break
        if _spells(rest, letters[1 + taken :]):
            return True
    return False


def _in_order(letters: str, word: str) -> bool:
    """The letters stand in the word in this order."""
    at = 0
    for letter in letters:
        at = word.find(letter, at) + 1
        if not at:
            return False
    return True


_WITH_A_SKILL = regex_cache.compile(r"\s+(?:in|with|using)\s+", re.I)


# Verbs of analysis that open an item on what is worked out with a skill: "Forecast
# volatility with GARCH", "Estimate demand using Prophet"
_ANALYSING = frozenset("forecast predict estimate detect classify simulate quantify".split())


def _done_with_a_skill(line: str, head: tuple[str, int], spans: list[tuple[int, int]]) -> bool:
    """A lone '-ing' word right before a known skill names what is done with it, which the
    skill asks: "Experience programming in Java" asks for Java, not "programming"; so does a
    verb opening the item with its one-word object: "Forecast volatility with GARCH". A
    compound object is a thing of the field worked out, a term: "Predict customer churn"."""
    text, start = head
    first, *rest = text.split()
    if rest:
        verb = first.lower() in OPENING_VERBS | _ANALYSING and _opens(line, start)
        if not verb or len(rest) > 1 or not rest[0].islower():
            return False
    elif not text.lower().endswith("ing"):
        return False
    joined = _WITH_A_SKILL.match(line, start + len(text))
    return joined is not None and any(s == joined.end() for s, _ in spans)


def _cut_from(line: str, head: tuple[str, int], term: tuple[str, int]) -> bool:
    """'Keeping' is cut from the head 'Record Keeping' by a capitalised common word, which
    ends a run of names: in a title-cased item the whole head is the name."""
    (head_text, head_start), (text, start) = head, term
    if " " in text or distinctive(text):
        return False  # a name of its own: "Zorblex K7", "VPC"
    before = line[head_start:start].split()
    inside = head_start < start and start + len(text) <= head_start + len(head_text)
    cut = all(word[:1].isupper() and word.lower() in _NAME_PARTS for word in before)
    return inside and bool(before) and cut


# Common words that begin a name of their own ("Record Keeping", "Office Administration",
# "Work Order Management", "IT Audit"); not the grading ones ("Required Zorblex Certification",
# "Previous Barista Experience" ask for Zorblex and barista work).
_NAME_PARTS = {"record", "office", "field", "work", "team", "level", "high", "new", "track"}
_NAME_PARTS |= {"it", "technical", "requirement", "self"}


_AND_LEAD = regex_cache.compile(  # one run of blanks before a word when there is no bullet
    r"^\s*(?:(?:[-*•·▪●►✓➢◦]+|\d+[.)])\s*)?[\w\-]+(?:\s+[\w\-]+)?\s+(and|or|&)\s+"
)


def _after_and(line: str, first: tuple[str, int] | None) -> tuple[str, int] | None:
    """The second thing a bullet asks for in "Welding and experience with hydraulics"; after
    "or" only when the first names nothing ("Education or experience in nursing"): "Welding or
    experience with pipefitting" offers alternatives."""
    opening = _AND_LEAD.match(line)
    if opening is None or (opening.group(1) == "or" and first is not None):
        return None
    lead = _LEAD_IN.match(line, opening.end())
    if lead is None or _UNSPECIFIC.match(line, lead.end()):
        return None  # "Degree or experience in a relevant discipline" names no discipline
    return _head_at(line, lead.end(), len(line))


_OR_THEN = regex_cache.compile(r"\s+or\s+", re.I)
_CLAUSE_END = regex_cache.compile(r"[,;.(:]|$")


def _offered_after_or(line: str, head: tuple[str, int]) -> tuple[str, int] | None:
    """The second of two things offered with "or" to the end of the clause: "Background in
    edtech or teaching" offers teaching too. Not "or similar", "or other tools", nor what a
    lead-in opens ("or experience with pipefitting", left as it was)."""
    text, start = head
    joined = _OR_THEN.match(line, start + len(text))
    if joined is None or _UNSPECIFIC.match(line, joined.end()):
        return None
    end = _CLAUSE_END.search(line, joined.end())
    rest = line[joined.end() : end.start() if end else len(line)]
    words = rest.split()
    if not words or len(words) > MAX_ITEM_WORDS or words[0].lower() in MORE_OF_THE_KIND:
        return None
    if _LEAD_IN.search(rest + " "):
        return None
    return _head_at(line, joined.end(), joined.end() + len(rest))


_UNSPECIFIC = regex_cache.compile(
    r"(?:an?\s+|the\s+)?(?:relevant|related|similar|equivalent|comparable|applicable|appropriate)\b",
    re.I,
)


def _heads(
    line: str, spans: list[tuple[int, int]], asks: bool, listed: bool
) -> list[tuple[str, int]]:
    """The item's head, a known skill's peers and, in a list item, the head after its "and"
    or the second of two activities sharing an object; none in prose that merely asks."""
    if asks:
        return []
    heads = coordinated_items(line, spans)
    head = head_phrase(line, listed=listed)
    if head is not None and _names_the_kind(line, head, spans):
        head = None  # "Model optimisation: quantization, pruning": the items are asked
    item = listed or bool(_BULLET.match(line))
    second = _after_and(line, head) if item else None
    if second is None and head is not None and item:
        second = _joined_head(line, head) or _offered_after_or(line, head)
    return [*heads, *(h for h in (head, second) if h)]


def _names_the_kind(line: str, head: tuple[str, int], spans: list[tuple[int, int]]) -> bool:
    """The head is a short capitalised label before a list of known skills or named terms
    ("Model optimisation: quantization, pruning"), which names their kind; not one before
    words of its own ("Zorblex: required", "Zorblex: 3+ years with Kubernetes")."""
    opening = _BULLET.match(line)
    label = _LABEL.match(line, opening.end() if opening else len(line) - len(line.lstrip()))
    text, start = head
    if label is None or start + len(text) > label.end(1) or not label.group(1)[0].isupper():
        return False
    items = _items(line, label.end(), len(line.rstrip(" .;")))
    if len(label.group(1).split()) > MAX_ITEM_WORDS or any(
        len(line[a:b].split()) > MAX_ITEM_WORDS for a, b in items
    ):
        return False
    named = {at for _, at in _terms_in_line(line, spans)} | {s for s, _ in spans}
    return any(a in named for a, _ in items)


def _items(line: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the items of the list in line[start:end] start and end."""
    bounds = []
    for cut_start, cut_end in _list_cuts(line, start, end):
        bounds.append((start, cut_start))
        start = cut_end
    return [*bounds, (start, end)]


_AND_AFTER = regex_cache.compile(r"\s+(?:and|&)\s+", re.I)


def _joined_head(line: str, head: tuple[str, int]) -> tuple[str, int] | None:
    """Of two activities joined by "and" that share an object, the second: "Brazing and
    soldering copper pipe" asks for soldering too. (A plain noun joined by "and" is left out:
    "Environmental laws and regulations" shares "environmental".)"""
    text, start = head
    joined = _AND_AFTER.match(line, start + len(text))
    if joined is None:
        return None
    following = _HEAD_WORD.match(line, joined.end())
    if following is None:
        return None
    second = following.group()
    pair = " " not in text and text.lower().endswith("ing") and second.lower().endswith("ing")
    return (second, joined.end()) if pair and not _doing_verb(second) else None


def _defined_acronyms(line: str, terms: list[Term], spans: list[tuple[int, int]]) -> set[str]:
    """Acronyms defined right after a term or a known skill: part of its wording."""
    defined = {term[term.rfind("(") + 1 : -1] for term, *_ in terms if term.endswith(")")}
    defined |= {acronym_after(line, end).strip(" ()") for _, end in spans}
    return defined - {""}


def _spans_by_line(skills: list[SkillHit], lines: LineIndex) -> dict[int, list[tuple[int, int]]]:
    """Where known skills stand on each line, as offsets into the line."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for hit in skills:
        for mention in hit.mentions:
            offset = lines.line_start(mention.line)
            spans.setdefault(mention.line, []).append(
                (mention.start - offset, mention.end - offset)
            )
    return {
        number: _with_spelled_out(lines.line_text(number), found) for number, found in spans.items()
    }


def _with_spelled_out(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A known skill's acronym in brackets stands for the words before it that spell it:
    "extract, transform and load (ETL)" names ETL, and its words are no terms."""
    if "(" not in line:
        return spans
    for acronym, expansion in _acronyms_spelled(line):
        if acronym in spans:
            spans.append((expansion[0], expansion[2]))
    return spans


def _language_skills_by_line(
    skills: list[SkillHit], lines: LineIndex
) -> dict[int, list[tuple[int, int]]]:
    """Where each line lists the skills a language is graded in, after its name ("English
    reading and writing"), as offsets into the line: they name no term."""
    runs: dict[int, list[tuple[int, int]]] = {}
    for hit in skills:
        if hit.category != SPOKEN_LANGUAGES:
            continue
        for mention in hit.mentions:
            offset = lines.line_start(mention.line)
            run = language_skills_after(lines.line_text(mention.line), mention.end - offset)
            if run is not None:
                runs.setdefault(mention.line, []).append(run)
    return runs


def _asking(line: str, section: str | None, structured: bool) -> list[tuple[int, int]]:
    """Outside the requirement lists, only a sentence that asks for the person sought
    ("The role requires deep knowledge of ...") names requirements; a company blurb does not.
    Where such sentences stand on the line."""
    if not structured or section not in PROSE_SECTIONS:
        return []
    return [
        (start, end) for start, end in sentence_spans(line) if asks_the_candidate(line[start:end])
    ]


_LINE_WORD = regex_cache.compile(r"[\w+#&.-]+")


def _in_the_lines_sense(taxonomy: Taxonomy, skill_id: str, line: str, term: str) -> str:
    """The skill a shared spelling names on this line, as the matcher reads it (senses.py):
    the nearest word of another sense hands it over ("ARIMA, VAR, state space models" is a
    vector autoregression); the owner keeps a tie and a line with no such word."""
    guard = taxonomy.skills[skill_id].guard
    at = line.find(term)
    if guard is None or not guard.senses or at == -1:
        return skill_id
    words = [
        (found.start(), found.group().strip(".-").lower()) for found in _LINE_WORD.finditer(line)
    ]
    here = sum(1 for start, _ in words if start < at)
    size = len(_LINE_WORD.findall(term))

    def nearest(cues: list[str]) -> int | None:
        wanted = set(cues)
        return min(
            (
                here - i if i < here else i - here - size + 1
                for i, (_, word) in enumerate(words)
                if word in wanted and not here <= i < here + size
            ),
            default=None,
        )

    own = nearest(own_sense_words(guard, skill_id))
    told = [
        (distance, other)
        for other, cues in guard.senses.items()
        if other != skill_id and (distance := nearest(cues)) is not None
    ]
    if not told:
        return skill_id
    distance, other = min(told, key=lambda pair: pair[0])
    return skill_id if own is not None and own <= distance else other


def _in_another_case(taxonomy: Taxonomy, skill_id: str, term: str) -> bool:
    """A case-sensitive name written in lower case ("spark"): not this skill's spelling."""
    guard = taxonomy.skills[skill_id].guard
    if guard is None or not guard.case_sensitive or term.isupper():
        return False
    return term not in taxonomy.skills[skill_id].spellings and term[:1].islower()


def _other_meaning(taxonomy: Taxonomy, skill_id: str, line: str, term: str) -> bool:
    """The term stands in a phrase the skill's guard names as another meaning."""
    guard = taxonomy.skills[skill_id].guard
    at = line.find(term)
    if guard is None or not guard.exclude or at == -1:
        return False
    return in_excluded_phrase(line, at, at + len(term), guard.exclude)


def _vendor_before_a_skill(
    taxonomy: Taxonomy,
    key: str,
    line: str,
    span: tuple[int, int] | None,
    spans: list[tuple[int, int]],
) -> bool:
    """A skill's name its guard turns down inside another product's name, right before that
    product's known name ("Oracle" in "Oracle Java", "Oracle Linux"): the product is asked."""
    skill_id = taxonomy.by_spelling.get(key)
    if skill_id is None or span is None:
        return False
    if not _other_meaning(taxonomy, skill_id, line, line[span[0] : span[1]]):
        return False
    return any(start == span[1] + 1 for start, _ in spans)


# Fields named before "degree": "A CS degree", "a CS or ECE degree", "EE/CS degree".
_BEFORE_DEGREE = regex_cache.compile(
    r"(?:\s*(?:,|/|\bor\b|\band\b)\s*[A-Z][\w&.\-]*)*\s+degrees?\b"
)


def _degree_field(line: str, start: int, end: int) -> bool:
    """The term is a field of a degree ("A CS degree", "Degree in CS or EE"): the education
    score judges it, it is not a skill."""
    if any(s <= start and end <= e for s, e in field_spans(line)):
        return True
    return bool(_BEFORE_DEGREE.match(line, end))


def _term_years(
    lines: LineIndex, number: int, kind: str, span: tuple[int, int] | None
) -> float | None:
    """Years asked for a term, as for a taxonomy skill ("5+ years with Zorblex", "Zorblex (3+
    yrs)", a table's column of years). A role's come from the line when its words are not
    found as written ("Store Manager" with two spaces)."""
    line = lines.line_text(number)
    if span:
        return years_for(line, span) or table_years(lines, number, span)
    return years_on_line(line) if kind == "role" else None


def _raise(
    requirement: Requirement, importance: Importance, line: int, section: str | None
) -> None:
    if IMPORTANCE_ORDER[importance] > IMPORTANCE_ORDER[requirement.importance]:
        requirement.importance, requirement.line, requirement.section = importance, line, section


def _more_years(requirement: Requirement, years: float | None) -> None:
    """Years asked on any line naming the term hold, the most of them: "Zorblex" in the
    summary, "4+ years of Zorblex" under Requirements."""
    if years is not None and (requirement.years is None or years > requirement.years):
        requirement.years = years


# A job board's page around the posting: "See how you compare to 120 other applicants. Try
# Premium for free", "Easy Apply", "Promoted by hirer".
_JOB_BOARD = Gated.on_words(
    regex_cache.compile(
        r"\b(?:see how you compare|other applicants|(?:try|reactivate) premium|easy apply"
        r"|promoted by hirer|actively recruiting)\b",
        re.I,
    ),
    ("compare", "applicants", "premium", "easy apply", "hirer", "recruiting"),
)


# A pair of citizens and permanent residents ends the phrase: no hyphen or noun goes on, as
# pull requests and public relations do ("PRs and citizen-developer apps", "PR and citizen
# science outreach", "citizen and PR communications")
_PAIR_ENDS = (
    r"\b(?!-|[ \t]+(?!(?:only|welcome|preferred|required|may|can|must|are|is|who|with|of|in"
    r"|from|status|holders?|candidates|applicants|residents?|and|or)\b)(?-i:[a-z]))"
)


# Who may apply, not what to know: the right to work somewhere, a graduation date
_ELIGIBILITY = Gated.on_words(
    regex_cache.compile(
        r"\b(?:authori[sz]ed|eligible|entitled|permitted|right)\s+to\s+(?:live\s+and\s+)?work\b"
        # "full Australian working rights", "NZ work rights", "citizens or permanent residents",
        # "be an Australian citizen" (not "supporting citizen data scientists")
        r"|\bwork(?:ing)?\s+rights\b|\bcitizens?\s+or\s+(?:permanent\s+)?residents?\b"
        r"|\b(?:be|are)\s+(?:an?\s+)?(?-i:[A-Z][\w.]*\s+){0,2}citizens?\b"
        # Singapore's work passes and permanent residents: "EP/S Pass holders welcome",
        # "Dependant's Pass/LOC", "Singaporeans and PRs only", "Australian PR or citizen"
        r"|\b(?:employment|dependant['’]?s?|dependent['’]?s?|work)\s+pass(?:es)?\b"
        r"|(?-i:(?<!['’])\bS\s+Pass(?:es)?\b)|\bpass\s+holders?\b"
        rf"|\b(?:citizens?|singaporeans?)\s*(?:/|or|and|&)\s*(?-i:PRs?){_PAIR_ENDS}"
        rf"|(?-i:\bPRs?)\s*(?:/|or|and|&)\s*(?:citizens?|singaporeans?){_PAIR_ENDS}"
        r"|\b(?:graduat(?:e|es|ed|ing|ion)|class\s+of)\b[^.;]{0,40}\b(?:19|20)\d\d\b"
        # a clearance to be granted after the hire: "Ability to obtain a security clearance",
        # "Eligible to obtain and maintain a clearance" (one held is asked: the taxonomy's)
        r"|\b(?:able|ability|eligib(?:le|ility))\s+to\s+(?:obtain|acquire|gain|get|be\s+granted)"
        r"\b[^.;]{0,60}\bclearances?\b"
        # a US public job's condition: "must be registered for Selective Service"; a Greek or
        # Cypriot one: "Completed military obligations (for male candidates)"
        r"|\bselective\s+service\b|\bmilitary\s+obligations?\b"
        # an EU institution's: "Be a national of one of the Member States", "Enjoy full
        # rights as a citizen"
        r"|\b(?:be|is|are)\s+(?:an?\s+)?nationals?\s+of\b|\bfull\s+rights\s+as\s+a\s+citizen\b"
        # the Gulf's: a country's nationals ("UAE Nationals", "GCC nationals only"), its
        # programme of hiring them (Emiratisation, Saudization, Nitaqat), a residence permit
        # to transfer (Iqama) and the current sponsor's no-objection letter (not a Network
        # Operations Centre: "NOC monitoring")
        r"|(?-i:\b[A-Z][\w.]*)\s+nationals\b|\bnitaqat\b|\biqama\b"
        r"|\b(?:emirati|saudi|qatari|omani|kuwaiti|bahraini)[sz]ation\b"
        r"|(?-i:\bNOC\b)\s+(?:is\s+)?(?:required|needed|mandatory|letter|certificate|from)\b"
        r"|\bno[\s-]objection\s+(?:certificate|letter)\b"
        # French: "Être admissible à travailler au Canada", "permis de travail valide"
        r"|\b(?:admissibles?|autorisée?s?|habilitée?s?)\s+à\s+travailler\b"
        r"|\bpermis\s+de\s+travail\b|\bdroit\s+de\s+travailler\b"
        # New Zealand's and Australia's: "must hold NZ residency or a valid work visa"
        r"|\b(?:hold|have|holds|has)\s+(?:(?:an?|the|valid|current|full)\s+)?"
        r"(?:(?:NZ|New\s+Zealand|Australian|permanent)\s+)?residency\b"
        r"|\b(?:valid|current)\s+work\s+(?:visa|permit)s?\b",
        re.I,
    ),
    (
        *("authori", "eligible", "entitled", "permitted", "right", "graduat", "class"),
        "clearance",
        *("residency", "work visa", "work permit"),
        *("citizen", "selective", "pass", "singaporean", "obligation", "national"),
        *("nitaqat", "iqama", "noc", "objection"),
        *("admissible", "autoris", "habilit", "permis", "droit de"),
        # a Gulf country's programme of hiring its nationals (not any word in -ation)
        *("emirati", "saudi", "qatari", "omani", "kuwaiti", "bahraini"),
    ),
)
_BOILERPLATE = Gated.on_words(
    BOILERPLATE,
    tuple(
        "equal|affirmative|without regard|e-verify|qualified applicants|reasonable accommodation"
        "|protected veteran|drug|committed|athena|disability|languages".split("|")
    ),
)


def _closing_words(line: str, structured: bool, closing: bool) -> bool:
    """An equal-opportunity statement, or prose after it in its section (an inclusion or
    accommodation paragraph, whose "Acmeites" names the company's staff): no requirement."""
    if _BOILERPLATE.search(line):
        return True
    return structured and closing and not _BULLET.match(line)


def _may_ask(line: str, section: str | None, structured: bool, asks: bool) -> bool:
    """A line of a requirement list (unstructured: a bullet or a cue word) or one with a
    sentence that asks; not benefits or code, a line naming only a degree or a heading (nor
    "Additional Information", which opens no section of a posting but names nothing)."""
    asks = asks or label_asks(line, section)  # "Skills: AutoCAD, surveying" after the duties
    if structured and section not in REQUIREMENT_SECTIONS and not asks:
        return False
    if not structured and not (_LIST_ITEM_OPENING.match(line) or holds_a_cue(line)):
        return False
    # fields of study ("Bachelor's in Computer Science") and headings
    if section in ("benefits", "code", "signature"):
        return False
    if heading_key(line) in CLOSING_NOTES or _POSTED.match(line):
        return False
    return not (_only_a_degree(line) or line.lstrip().startswith("#"))


_CLAUSE = regex_cache.compile(r"[^;]+")
# A board's note of when the posting went up: "Posted 3 days ago", "Reposted 30+ days ago",
# an item of its meta list ("- Posted today") or a field ("Date posted: yesterday")
_POSTED = regex_cache.compile(
    rf"\s*(?:{ITEM_MARK}\s*)?(?:date\s+)?(?:re)?posted(?:\s*:)?\s*"
    r"(?:\d+\+?\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago|today|yesterday|just\s+now)"
    r"\s*$",
    re.I,
)


@lru_cache(maxsize=1024)
def _degree_clauses(line: str) -> tuple[tuple[int, int], ...]:
    """Where the line's sentences and clauses (split at ';') that name a degree stand."""
    clauses: list[tuple[int, int]] = []
    for start, end in sentence_spans(line):
        clauses.extend(part.span() for part in _CLAUSE.finditer(line, start, end))
    return tuple(clause for clause in clauses if degree_in_line(line[slice(*clause)]))


def _only_a_degree(line: str) -> bool:
    """The line names a degree, and nothing else: every clause names one (or the degree
    spans clauses). "High school diploma required. Experience with Zorblex preferred." asks
    for Zorblex too."""
    if not degree_in_line(line):
        return False
    clauses = _degree_clauses(line)
    return not clauses or not _beside_the_degree(line, clauses)


def _beside_the_degree(line: str, clauses: tuple[tuple[int, int], ...]) -> bool:
    """Words outside the degree's clauses."""
    rest = list(line)
    for start, end in clauses:
        rest[start:end] = " " * (end - start)
    return any(c.isalnum() for c in rest)


def _in_a_degree_clause(line: str, start: int) -> bool:
    """The term stands in a clause that names a degree: the degree's field or wording."""
    return degree_in_line(line) is not None and any(
        s <= start < e for s, e in _degree_clauses(line)
    )


# A line that may name requirements: its number, text, section and asking sentences.
AskingLine = tuple[int, str, str | None, list[tuple[int, int]]]


def _lines_that_may_ask(
    lines: LineIndex, sections: list[Section], structured: bool
) -> Iterator[AskingLine]:
    """The lines that may name requirements, past headings, a job board's page, who may apply
    and closing words."""
    headings = {s.start for s in sections}
    inline = _lists_inline(lines, sections)
    closing = False  # past an equal-opportunity statement, in its section
    for number in range(1, len(lines) + 1):
        line = lines.line_text(number)
        at = lines.line_start(number)
        if number in inline:
            closing = False
            yield _inline_list(lines, number, inline[number], structured)
            continue
        if at in headings:
            closing = False
            continue
        if _HEADING_LIKE.match(line):
            continue  # "Certifications", "PHYSICAL DEMANDS", "Tools used:" head a list
        if _JOB_BOARD.search(line) or _ELIGIBILITY.search(line):
            continue  # "Try Premium for free", "Must be authorized to work in the US"
        if board_field(lines, number) or names_the_role(line):
            continue  # "Role:" over "Backend Developer DevOps", "Industry:" over "Banking"
        if _closing_words(line, structured, closing):
            closing = True
            if not (_BOILERPLATE.search(line) and asks_beside_boilerplate(line)):
                continue  # "Our inclusive culture empowers Acmeites to ..."
            # "We are an equal opportunity employer; must have Quillmesh": the ask stays
        section = lines.section_of(at, sections)
        asking = _asking(line, section, structured)
        if _may_ask(line, section, structured, bool(asking)):
            yield number, line, section, asking


def _lists_inline(lines: LineIndex, sections: list[Section]) -> dict[int, Section]:
    """The sections whose lead-in lists their items on its own line, after its colon (a
    federal vacancy's "You will be rated on the following competencies: Data Management;
    Python Programming"), by that line's number."""
    return {
        lines.line_of(section.start): section
        for section in sections
        if section.heading.partition(":")[2].strip()
    }


def _inline_list(lines: LineIndex, number: int, section: Section, structured: bool) -> AskingLine:
    """The items a lead-in lists on its line, the words up to its colon blanked (the same
    offsets): the sentence that names them names no term."""
    line = lines.line_text(number)
    colon = line.find(":", section.start - lines.line_start(number)) + 1
    listed = " " * colon + line[colon:]
    return number, listed, section.name, _asking(listed, section.name, structured)


def _outside_the_ask(term: str, kind: str, start: int, asking: list[tuple[int, int]]) -> bool:
    """In prose, a term outside the sentences that ask, or the role on offer."""
    if start >= 0 and not any(s <= start < e for s, e in asking):
        return True  # "Founded in Hamburg, Quuxcorp ...": a sentence that asks nothing
    # "We are seeking a Senior Hadoop Engineer with ...": the role
    return kind == "term" and is_occupation(term.split()[-1])


def _term_importance(
    line: str,
    number: int,
    span: tuple[int, int] | None,
    section: str | None,
    structured: bool,
    columns: Columns,
) -> Importance | None:
    """How the line asks for the term at `span`; None for a table's label or a degree's
    field."""
    if span and in_label(columns, number, span[0]):
        return None  # a table's header or a row's mark: "Priority", "Yes"
    if span and (_degree_field(line, *span) or _in_a_degree_clause(line, span[0])):
        return None  # "A CS degree": the degree's score judges its field
    cell = column_section(columns, number, span[0]) if span else None
    return line_importance(line, cell or section, structured, span)


def _unvouched(terms: list[Term], spans: list[tuple[int, int]]) -> bool:
    """A line's item among other terms, none of them a known skill: nothing beside it vouches
    for a skill its guard turned down ("VAD, ECMO and IABP devices": ventricular assist
    devices, not voice activity detection), while an item alone, or beside a known name, does
    ("- VAD", "VAD and ASR")."""
    return len(terms) > 1 and not spans


def _a_phrase_turned_down(taxonomy: Taxonomy, line: str, term: str) -> bool:
    """A term in lower case past its first letter that opens with a skill's spelling of two
    words or more which the skill's guard turns down here ("Normalizing flows of cash": money
    moved): the words mean something ordinary, not another name ("CMS guidelines", "Lambda
    School" stay), nor a field's term after one word ("database lock activities")."""
    if not term[1:].islower():
        return False
    words = term.split()
    for size in range(len(words), 1, -1):
        opening = " ".join(words[:size])
        skill_id = taxonomy.by_spelling.get(opening.lower())
        if skill_id is not None:
            return _other_meaning(taxonomy, skill_id, line, opening)
    return False


def _taxonomy_skill(taxonomy: Taxonomy, key: str, line: str, term: str) -> str | None:
    """The taxonomy skill the term spells, unless the line gives it another meaning."""
    skill_id = taxonomy.by_spelling.get(key) or taxonomy.by_spelling.get(_head_key(key))
    if skill_id is not None and _other_meaning(taxonomy, skill_id, line, term):
        return None  # "CMS guidelines": the taxonomy's CMS is another thing
    if skill_id is not None:
        skill_id = _in_the_lines_sense(taxonomy, skill_id, line, term)
    at = line.find(term)
    if skill_id is not None and at != -1 and a_trade_term(line, at, at + len(term)):
        return None  # "Incoterms (FOB, CIF, DDP)": the term of delivery, not the skill
    return skill_id


# "SFTP-based file transfers" asks for SFTP; "Zorblex (ZBX)" is keyed as "zorblex"
_MANNER_SUFFIX = regex_cache.compile(
    r"-(?:based|related|driven|oriented|focused|centric|powered)$", re.I
)
_ACRONYM_END = regex_cache.compile(r" \([^()]*\)$")


# Letters no Unicode decomposition folds to ASCII: "Łódź", "Smørrebrød", "Straße", "Yapısı"
_UNFOLDED = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ı": "i"})
# What an id writes as a dash: all but letters, digits, "+" and "#"; letters of another
# script stay ("знание-хадуп"), as an id of dashes alone would be every such term's
_NOT_SLUG = regex_cache.compile(r"(?:[^\w+#]|_)+")


def _slug(key: str) -> str:
    """A lower-cased term as its id's words: accents folded to ASCII, so that a word keeps its
    letters ("cunoștințe de statistică" -> "cunostinte-de-statistica"), other marks as dashes."""
    decomposed = unicodedata.normalize("NFKD", key.translate(_UNFOLDED))
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_SLUG.sub("-", folded).strip("-")


def _before_labels(columns: Columns, number: int, term: str, start: int) -> str:
    """A term read over a row's last cells ends before them: "NAACL<tab>Essential" asks for
    NAACL, the row's mark asks nothing (see person_spec.py)."""
    cut = label_within(columns, number, start, start + len(term)) if start >= 0 else None
    return term[: cut - start].rstrip() if cut is not None else term


def literal_requirements(
    taxonomy: Taxonomy,
    skills: list[SkillHit],
    lines: LineIndex,
    sections: list[Section],
    structured: bool,
    columns: Columns,
) -> list[Requirement]:
    """Named terms in requirement and preferred lines that no taxonomy skill covers."""
    spans_by_line = _spans_by_line(skills, lines)
    graded_in = _language_skills_by_line(skills, lines)

    def known(term: str) -> bool:
        key = _ACRONYM_END.sub("", term).lower()
        return key in taxonomy.by_spelling or _head_key(key) in taxonomy.by_spelling

    found: dict[str, Requirement] = {}
    asked = {hit.id for hit in skills}
    for number, line, section, asking in _lines_that_may_ask(lines, sections, structured):
        spans = spans_by_line.get(number, [])
        terms, head_keys = _line_terms(line, spans, bool(asking), structured, known)
        defined = _defined_acronyms(line, terms, spans)
        for term, kind, prefix, start in terms:
            if asking and _outside_the_ask(term, kind, start, asking):
                continue
            term = _before_labels(columns, number, term, start)
            span = (start, start + len(term)) if start >= 0 else None
            if span and any(s <= span[0] and span[1] <= e for s, e in graded_in.get(number, [])):
                continue  # "English reading and writing": the language's grades
            importance = _term_importance(line, number, span, section, structured, columns)
            term = _MANNER_SUFFIX.sub("", term)  # "SFTP-based file transfers" asks for SFTP
            term = unwrapped(term)  # a term over a wrap, as one line
            key = _ACRONYM_END.sub("", term).lower()
            if importance is None or term in defined or only_cues(term):
                continue  # "Optional: Docker" asks for Docker, "Optional" names nothing
            if key in found:  # named again: the strongest wording holds ("Proficient with")
                _raise(found[key], importance, number, section)
                _more_years(found[key], _term_years(lines, number, kind, span))
                continue
            skill_id = _taxonomy_skill(taxonomy, key, line, term)
            if skill_id not in asked and _head_key(key) in head_keys and _unvouched(terms, spans):
                skill_id = None  # the posting's own term
            if skill_id is None and (
                _vendor_before_a_skill(taxonomy, key, line, span, spans)
                or _a_phrase_turned_down(taxonomy, line, term)
            ):
                continue  # "Oracle Java certification" asks for Java; "Normalizing flows of
                # cash" is money, no name to look for
            if skill_id is None:
                found[key] = Requirement(
                    id=f"{kind}:{_slug(key)}",
                    name=prefix + term,
                    importance=importance,
                    jd_text=term,
                    line=number,
                    section=section,
                    known=False,
                    years=_term_years(lines, number, kind, span),
                )
            elif (
                skill_id not in asked
                and _head_key(key) in head_keys
                and not _in_another_case(taxonomy, skill_id, term)
                and taxonomy.skills[skill_id].category != SPOKEN_LANGUAGES
                and not excel_the_verb(line, start)
                and not people_counted(
                    line, start, start + len(term), taxonomy.skills[skill_id].category
                )
            ):
                # A list item naming a guarded skill whose guard wanted more context: the item
                # itself is the context ("- Instructing abilities for knowledge transfer").
                # Not one in another case ("spark, grit, craft"): the matcher judged that; nor a
                # spoken language, whose guard reads the item ("Thai / French cuisine").
                asked.add(skill_id)
                found[key] = Requirement(
                    id=skill_id,
                    name=taxonomy.skills[skill_id].name,
                    importance=importance,
                    jd_text=term,
                    line=number,
                    section=section,
                    years=_term_years(lines, number, "term", span),
                )
    return list(found.values())
