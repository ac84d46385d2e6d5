"""Finding a posting's literal terms (ones the taxonomy does not know) in a resume's text.

A resume's lines are normalised once (ResumeText, cached per text) and each distinct line is
stemmed only when a reworded phrase could stand on it, so that a batch comparing one resume
with many postings does the work once."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, takewhile
from typing import Any

from rapidfuzz import fuzz, process

from . import regex_cache
from .number import other_number
from .spelling import american

FUZZY_CUTOFF = 90  # rapidfuzz partial_ratio needed for a literal term
FUZZY_MIN_CHARS = 5  # shorter literal terms must match exactly
_STOPWORDS = {"of", "and", "or", "the", "a", "an", "in", "for", "to", "with", "on", "skills"}
_NOT_WORD = regex_cache.compile(r"[^a-z0-9+#]+")
# A line keeps its clause ends as "|" words, so that a denial never reaches across them:
# "Delivered with no downtime, migrated Rapid7 agents" does not deny Rapid7.
CLAUSE_BAR = "|"
_CLAUSE_END = regex_cache.compile(r"[.;:!?,()]+(?=\s|$)|[•▪●◦]")  # a bullet mark opens a clause too
_NOT_WORD_OR_BAR = regex_cache.compile(r"[^a-z0-9+#|]+")


# "Accounted for 30% of revenue", "accounts for the majority of sales": a share of something,
# the other sense of "account for", which shows no Accounting; the verb is left out of a
# resume's normalised lines. Only before a share: "accounted for fixed assets", "accounting
# for leases" (the bookkeeping sense) and "accounts for 40 clients" (the noun) stay.
_ABOUT = (
    r"(?:about|around|roughly|nearly|almost|over|under|approximately|approx\.?|some|just|only"
    r"|up[ \t]+to|more[ \t]+than|less[ \t]+than|close[ \t]+to|well[ \t]+over|at[ \t]+least"
    r"|an[ \t]+estimated|a[ \t]+full|fully)[ \t]+"
)
_SIZE = (
    r"(?:large|larger|largest|significant|major|big|bigger|biggest|substantial|sizable|sizeable"
    r"|growing|small|smaller|combined|disproportionate|outsized)[ \t]+"
)
_SHARE = (
    r"~?\d+(?:[.,]\d+)?[ \t]*(?:%|percent\b|per[ \t]cent\b|pct\b)"
    r"|(?:(?:a|one|two|three|four)[ \t]+)?(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b"
    rf"|(?:the|a|an)[ \t]+(?:{_SIZE})*(?:majority|bulk|share|portion|fraction|percentage"
    r"|proportion|chunk|part[ \t]+of)\b"
    r"|(?:most|much|nearly[ \t]+all|almost[ \t]+all)[ \t]+of\b"
)
ACCOUNTED_SHARE = regex_cache.compile(
    rf"\baccount(?:s|ed|ing)?(?=[ \t]+for[ \t]+(?:{_ABOUT})*(?:{_SHARE}))", re.I
)


def _without_shares(lowered: str) -> str:
    """Lower-cased text less the verb of "accounted for <a share>"."""
    return ACCOUNTED_SHARE.sub("", lowered) if "account" in lowered else lowered


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lowercased words in American spelling, single-spaced: "E-mail organisation" ->
    "email organization". Cached: a posting's terms are normalised for every resume."""
    return _NOT_WORD.sub(" ", american(text.lower())).strip()


@lru_cache(maxsize=8192)
def normalise_line(line: str) -> str:
    """Like normalise, with "|" where a clause ends. Cached: a resume's work lines are read
    again for the roles a posting asks."""
    barred = _CLAUSE_END.sub(f" {CLAUSE_BAR} ", _without_shares(american(line.lower())))
    return _NOT_WORD_OR_BAR.sub(" ", barred).strip(f" {CLAUSE_BAR}")


_NOT_WORD_BAR_OR_BREAK = regex_cache.compile(r"[^a-z0-9+#|\n]+")


def _normalised_lines(american_text: str) -> list[str]:
    """normalise_line of each line of a text, from the whole text in American spelling: no
    clause end, spelling or run of other characters reaches over a line break, so the text's
    substitutions are its lines' (a property test checks)."""
    barred = _CLAUSE_END.sub(f" {CLAUSE_BAR} ", _without_shares(american_text))
    return [
        line.strip(f" {CLAUSE_BAR}") for line in _NOT_WORD_BAR_OR_BREAK.sub(" ", barred).split("\n")
    ]


@lru_cache(maxsize=1)
def _english_stemmer() -> Any:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


# Irregular past tenses a resume opens its lines with, which Snowball leaves as they are:
# "Wrote test plans" rewords "writing test plans", "Built relationships" "relationship
# building". Not "found" or "left", which are other words as often as past tenses.
IRREGULAR_PAST = {
    "wrote": "write", "written": "write", "rewrote": "rewrite", "built": "build",
    "rebuilt": "rebuild", "bent": "bend", "led": "lead", "ran": "run", "sold": "sell",
    "taught": "teach", "troubleshot": "troubleshoot", "made": "make", "drove": "drive",
    "driven": "drive", "spoke": "speak", "met": "meet", "won": "win", "grew": "grow",
    "grown": "grow", "drew": "draw", "held": "hold", "kept": "keep", "brought": "bring",
    "chose": "choose", "gave": "give", "took": "take", "undertook": "undertake",
    "dealt": "deal", "spent": "spend", "sent": "send", "oversaw": "oversee",
    "overseen": "oversee", "understood": "understand", "sought": "seek", "bought": "buy",
    "paid": "pay", "began": "begin", "begun": "begin", "upheld": "uphold", "flew": "fly",
}  # fmt: skip


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball's English stem, so that "managed", "manage" and "management" meet (and
    "wrote" and "writing")."""
    stemmed: str = _english_stemmer().stemWord(IRREGULAR_PAST.get(word, word))
    return stemmed


def stem_sequence(normalised: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in normalised.split() if w not in _STOPWORDS)


@lru_cache(maxsize=16384)  # a posting's terms are stemmed again for each of its resumes
def stems(normalised: str) -> frozenset[str]:
    return frozenset(stem_sequence(normalised))


_DENIALS = frozenset(
    "no not never without lack lacks lacking none nor except excluding minus unfamiliar".split()
)
DENIAL_REACH = 5  # words before a term where a denial takes it back: "not as Hadoop DBA"


def _has_denial(words: list[str] | tuple[str, ...], denials: frozenset[str]) -> bool:
    """A denial word, "exception of", or a contraction the normaliser split ("doesn t")."""
    return any(
        w in denials
        or (w == "t" and i > 0 and words[i - 1].endswith("n"))
        or (w == "of" and i > 0 and words[i - 1] == "exception")
        for i, w in enumerate(words)
    )


def _clause_tail(words: list[str] | tuple[str, ...]) -> list[str] | tuple[str, ...]:
    """The last DENIAL_REACH words before a term, within its clause."""
    if CLAUSE_BAR in words:
        words = words[len(words) - words[::-1].index(CLAUSE_BAR) :]
    return words[-DENIAL_REACH:]


def _denied_before(normal: str, start: int) -> bool:
    # the last words only: a long line's every term would split all of it again
    return _has_denial(_clause_tail(normal[:start].rsplit(maxsplit=DENIAL_REACH)), _DENIALS)


# A term taken back by what follows it: "Qlikview not being part of the tool set", "Hadoop
# isn't something I used", "Spark was not used". Not "Kafka consumers not committing offsets"
# (the denial is about the consumers) nor "Snowplow not Segment" (a contrast).
_AUXILIARIES = frozenset("is was are were does did do has have had".split())
# What "not" denies about the term: "not being part", "was not used", "isn't something I
# used", "is not my strength"; not "is not only", "was not fast enough", "isn't the only".
DENIED_STATES = frozenset(
    "being been used part required needed included involved familiar something my a an".split()
)


def _denied_after(normal: str, end: int) -> bool:
    words = normal[end:].split(maxsplit=4)[:4]
    if words[:1] and words[0] in _AUXILIARIES:
        words = words[1:]  # "was not used"
    elif len(words) > 1 and words[1] == "t" and words[0][:-1] in _AUXILIARIES:
        words = ["not", *words[2:]]  # "isn t something" (the normaliser split "isn't")
    denied = len(words) > 1 and words[0] == "not" and words[1] in DENIED_STATES
    return denied and words[2:3] != ["only"]  # "is not my only language"


def _undenied_at(normal: str, padded: str) -> bool:
    """The padded term stands somewhere in the line with no denial just before or after it,
    nor a denial whose list it is an item of."""
    at = normal.find(padded)
    while at != -1:
        end = at + len(padded)
        if not (
            _denied_before(normal, at)
            or _denied_after(normal, end)
            or _in_a_denied_list(normal, at + 1, end - 1)
            or _wished(normal).cover(at + 1, end - 1)
        ):
            return True
        at = normal.find(padded, at + 1)
    return False


def _in_a_denied_list(normal: str, start: int, end: int) -> bool:
    """normal[start:end] is an item of a list a denial runs over past its commas: "without
    sdlc | testing frameworks or ci" (the resume's skills are read so, skills.NegationIndex)."""
    if normal.find(CLAUSE_BAR, 0, start) == -1:
        return False  # no comma before: the denial just before has been looked for
    return _denied_spans(normal).cover(start, end)


@dataclass(frozen=True)
class _Spans:
    """Spans sorted by their start, with the furthest end reached by each one and those
    before it: whether some span covers a stretch is a binary search, not a scan."""

    starts: tuple[int, ...]
    reach: tuple[int, ...]

    def cover(self, start: int, end: int) -> bool:
        before = bisect_right(self.starts, start)
        return before > 0 and self.reach[before - 1] >= end


def span_cover(found: list[tuple[int, int]]) -> _Spans:
    """The spans, to ask in a binary search whether one of them covers a stretch."""
    spans = sorted(found)
    ends = accumulate((last for _, last in spans), max)
    return _Spans(tuple(first for first, _ in spans), tuple(ends))


@lru_cache(maxsize=8192)
def _denied_spans(normal: str) -> _Spans:
    return span_cover(list(_denied_lists(normal)))


@lru_cache(maxsize=8192)
def _wished(normal: str) -> _Spans:
    """Where a normalised line names what the writer wishes to learn or use: "eager to learn
    kubernetes" shows no Kubernetes (the resume's skills are read so, extract.wishes)."""
    from .extract.wishes import wished_spans  # the extractors import this module

    return span_cover(wished_spans(normal.replace(CLAUSE_BAR, ",")))


@lru_cache(maxsize=8192)
def _denied_lists(normal: str) -> tuple[tuple[int, int], ...]:
    """The spans of a normalised line's denied lists, its bars read back as commas (one
    character for one: the offsets stay)."""
    from .extract.skills import NegationIndex  # the extractors import this module

    return tuple(NegationIndex(normal.replace(CLAUSE_BAR, ",")).lists)


_WORD = regex_cache.compile(r"\S+")


@lru_cache(maxsize=8192)
def _denied_places(normal: str) -> frozenset[int]:
    """The places in stem_sequence(normal) of the words that stand in a denied list past its
    first comma, or in what a wish names."""
    spans = [_wished(normal)]
    if CLAUSE_BAR in normal:
        spans.append(_denied_spans(normal))
    spans = [found for found in spans if found.starts]
    if not spans:
        return frozenset()
    kept = (w for w in _WORD.finditer(normal) if w.group() not in _STOPWORDS)
    return frozenset(
        place
        for place, word in enumerate(kept)
        if any(found.cover(word.start(), word.end()) for found in spans)
    )


@lru_cache(maxsize=1)
def _denial_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in _DENIALS)


PREFIX_CHARS = 3  # of a stem, looked for in a line before the line is stemmed
REWORD_SLACK = 2  # other words allowed between a reworded phrase's words


def _close_together(
    wanted: frozenset[str], sequence: tuple[str, ...], denied: frozenset[int] = frozenset()
) -> bool:
    """All wanted stems inside one window a little wider than the phrase, with no denial just
    before it nor opening in a denied list (`denied`: its words' places in `sequence`):
    "managed my time" rewords "time management"; "secure handling of an enterprise network"
    does not reword "network security", nor "never managed time" show it."""
    width = len(wanted) + REWORD_SLACK
    for start, word in enumerate(sequence):
        if start in denied:
            continue
        if word in wanted and wanted <= set(sequence[start : start + width]):
            before = _clause_tail(sequence[max(0, start - 2 * DENIAL_REACH) : start])
            if not _has_denial(before, _denial_stems()):
                return True
    return False


@lru_cache(maxsize=16384)
def line_stems(normal: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A normalised line's stems, as a set and in order; stemmed once per distinct line."""
    sequence = stem_sequence(normal)
    return frozenset(sequence), sequence


@dataclass(frozen=True)
class Line:
    number: int
    text: str  # stripped original
    normal: str  # normalise_line()d and padded with spaces: words are the space-separated runs


@dataclass(frozen=True)
class ResumeText:
    lines: tuple[Line, ...]
    normal: str  # the whole text, normalised, padded with spaces
    # the line showing each set of stems found reworded, by the set: a batch asks the same
    # terms of one resume for each of its postings
    reworded: dict[frozenset[str], LiteralHit | None] = field(
        default_factory=dict, compare=False, repr=False
    )


@lru_cache(maxsize=512)
def resume_text(text: str) -> ResumeText:
    """The text's lines normalised (normalise_line) and the whole text (normalise), from one
    pass of each substitution over the whole text."""
    spelt = american(text.lower())
    lines = [
        Line(number, raw.strip(), f" {normal} ")
        for number, (raw, normal) in enumerate(
            zip(text.split("\n"), _normalised_lines(spelt), strict=True), 1
        )
        if normal
    ]
    return ResumeText(tuple(lines), f" {_NOT_WORD.sub(' ', _without_shares(spelt)).strip()} ")


@dataclass(frozen=True)
class LiteralHit:
    exact: bool
    lines: list[Line]  # every line an exact hit stands on; a report quotes the first few


_SKILLS_END = regex_cache.compile(r" skills?$", re.I)  # "research skills" is found as "research"
_DEFINED = regex_cache.compile(r"^(?P<term>.+?) \((?P<acronym>[^()]+)\)$")


# The managers "PM" stands for, as a resume writes them out: a posting's two letters do not
# say which ("Experience leading PMs", "2+ years as a technical PM")
PM_TITLES = ("product manager", "project manager", "program manager")
_MANAGERS_ABBREVIATED = {"PM": PM_TITLES, "PMs": tuple(f"{title}s" for title in PM_TITLES)}


def spellings(jd_text: str) -> list[str]:
    """A posting's wording and the acronym it defines: "Master Data Management (MDM)" ->
    ["Master Data Management", "MDM"]; "PMs" and the managers it stands for."""
    defined = _DEFINED.match(jd_text)
    if defined:
        return [defined["term"], defined["acronym"]]
    wording = _SKILLS_END.sub("", jd_text) or jd_text
    return [wording, *_MANAGERS_ABBREVIATED.get(wording.strip(), ())]


# Vendors a resume often leaves off a product's name: "Adobe Premiere Pro" is "Premiere Pro".
_VENDORS = frozenset("adobe microsoft google apache amazon oracle ibm autodesk atlassian".split())
MIN_PRODUCT_WORDS = 2  # a bare "Sentinel" does not show "Microsoft Sentinel"


def without_vendor(wording: str) -> list[str]:
    """The product a term names after its vendor, when two or more words remain."""
    vendor, _, product = wording.strip().partition(" ")
    if vendor.lower() in _VENDORS and len(product.split()) >= MIN_PRODUCT_WORDS:
        return [product]
    return []


# The kind of thing a term's last word names, which a resume often leaves out: "telematics
# data", "matchmaking systems", "e-discovery workflows" are shown by the first word alone, and
# so are "disaster recovery protocols", "HIPAA regulations", "healthcare norms", "UML
# languages" and "source code repositories".
KIND_NOUNS = frozenset(
    """
    data system systems workflow workflows tool tools platform platforms process processes
    solution solutions software application applications protocol protocols strategy
    strategies regulation regulations methodology methodologies norms
    principles standards languages repositories
    """.split()
)
# Everyday words that name a field only with the word after them: "information systems",
# "business processes", "production data".
EVERYDAY_NOUNS = frozenset(
    """
    information business management production operations operational enterprise computer
    corporate financial
    """.split()
)
MIN_KIND_REST_CHARS = 9  # a single word this long is rarely an everyday one ("customer data")
# Kinds whose single word before them names something else as often: "Scandinavian languages"
# and "Scandinavian Airlines", "programming languages" and "TV programming", "container
# repositories" and "container ships". Only two words or an acronym stand for them.
_KINDS_OF_A_COMPOUND = frozenset({"languages", "repositories"})
_DESCRIBING = ("al", "ic", "ive", "ous", "ful", "able", "ible", "ed", "ent", "ant", "ary")


def without_kind(wording: str) -> list[str]:
    """A term less its last words while they only name a kind of thing and what is left is
    specific (two words, an acronym or a long word): "telematics data" -> "telematics",
    "HVAC systems" -> "HVAC", "clinic software applications" -> "clinic software", "clinic",
    "source code repositories" -> "source code"; not "customer data", "information systems",
    "algorithmic processes" (an everyday or a describing word) nor "programming languages"."""
    rest, _, last = wording.strip().rpartition(" ")
    kind = last.lower()
    if kind not in KIND_NOUNS or not rest:
        return []
    specific = _compound(rest) if kind in _KINDS_OF_A_COMPOUND else _specific(rest)
    return [rest, *without_kind(rest)] if specific else []


def _compound(rest: str) -> bool:
    """Two words or more, or an acronym: "data mapping", "e-discovery", "HVAC", "IBP"."""
    return " " in rest or "-" in rest or sum(c.isupper() or c.isdigit() for c in rest) > 1


def _specific(rest: str) -> bool:
    if _compound(rest):
        return True
    lowered = rest.lower()
    plain = lowered in EVERYDAY_NOUNS or lowered.endswith(_DESCRIBING)
    return len(rest) >= MIN_KIND_REST_CHARS and not plain


# Nouns before "of" that name only a side or a way of the thing after it: "principles of
# architecture", "the process of packaging", "various forms of modelling".
LEAD_KINDS = frozenset(
    "principles process processes forms fundamentals basics concepts logic".split()
)
_LEAD_KIND = regex_cache.compile(
    r"(?:(?:the|various|different|all)\s+)?(?P<kind>[a-z]+)\s+of\s+(?:the\s+)?(?P<rest>\S.*)",
    re.I,
)


def without_lead_kind(wording: str) -> list[str]:
    """A term less the noun before its "of" when that only names a side or a way of what
    follows, and what follows is specific: "principles of architecture" -> "architecture";
    not "logic of science" (an everyday word) nor "theory of computation"."""
    found = _LEAD_KIND.fullmatch(wording.strip())
    if found is None or found["kind"].lower() not in LEAD_KINDS:
        return []
    return [found["rest"]] if _specific(found["rest"]) else []


# Words for how new a thing is that may open its name ("modern portfolio theory") or only say
# it is up to date ("modern mobile design"): a resume naming the rest shows it in part.
_NEWNESS = frozenset({"modern", "contemporary", "emerging", "next-generation", "next-gen"})


def without_newness(wording: str) -> list[str]:
    """A term less a lower-case newness word opening it, when two or more words are left:
    "modern portfolio theory" -> "portfolio theory"; not "contemporary dance" nor "Modern
    Treasury" (a capitalised name)."""
    first, _, rest = wording.strip().partition(" ")
    return [rest] if first in _NEWNESS and " " in rest.strip() else []


# A code cited with its title's number: "21 CFR Part 11" is also written "CFR Part 11".
_TITLE_NUMBER = regex_cache.compile(r"\d{1,3} (?=[A-Z]{2,5} \S)")


def without_title(wording: str) -> list[str]:
    """A cited code's wording without the title's number before it."""
    title = _TITLE_NUMBER.match(wording.strip())
    return [wording.strip()[title.end() :]] if title else []


# A number that names one thing among its kind: "61850" in "IEC 61850", "ii" in "Solvency II"
_NUMBER_WORD = regex_cache.compile(r"\d+|i{2,3}|iv|vi{1,3}|ix")


def _numbers(normal: str) -> frozenset[str]:
    return frozenset(w for w in normal.split() if _NUMBER_WORD.fullmatch(w))


@lru_cache(maxsize=1)
def _irregular_heads() -> dict[str, tuple[str, ...]]:
    """A verb's stem -> the openings of its irregular pasts: "write" -> ("wro", "wri")."""
    heads: dict[str, tuple[str, ...]] = {}
    for past, verb in IRREGULAR_PAST.items():
        heads[stem(verb)] = (*heads.get(stem(verb), ()), past[:PREFIX_CHARS])
    return heads


def _heads(wanted: str) -> tuple[str, ...]:
    """What a line holding a word of this stem must contain: the stem's opening (a stem is
    nearly always a prefix of its word) or an irregular past's."""
    return (wanted[:PREFIX_CHARS], *_irregular_heads().get(wanted, ()))


MIN_NEAR_STEM = 6  # letters of the shorter stem when two stems one letter apart meet


# A noun's stem and its verb's where Snowball leaves them further apart than a letter:
# "maintenance" and "maintained", "analysis" and "analyzed", "creation" and "creating"; and
# "resolving" problems, which is solving them. Not a noun whose usual sense is another than
# doing its verb: "reception" (a desk), "perception" (vision), "application" (software).
NOUN_VERB_STEMS = {
    "mainten": "maintain", "retent": "retain", "explan": "explain", "resolut": "resolv",
    "solut": "solv", "descript": "describ", "prescript": "prescrib", "reduct": "reduc",
    "introduct": "introduc", "consumpt": "consum", "analysi": "analyz", "creation": "creat",
    "resolv": "solv",
}  # fmt: skip
# Verbs in "d" whose noun in "s" names another thing: "provided" support is no "provisioning".
_UNLIKE_NOUN_STEMS = frozenset({"provid"})


def _near_stem(wanted: str, found: str) -> bool:
    """Stems one final letter apart, as Snowball leaves a verb and its noun: "administ"
    (administered) and "administr" (administration), "diagnos" and "diagnost"; a verb's
    final "d" written "s" in its noun: "persuad" (persuader) and "persuas" (persuasion),
    "expand" and "expans"; or a noun and its verb as NOUN_VERB_STEMS pairs them."""
    if NOUN_VERB_STEMS.get(wanted) == found or NOUN_VERB_STEMS.get(found) == wanted:
        return True
    shorter, longer = sorted((wanted, found), key=len)
    if len(shorter) < MIN_NEAR_STEM:
        return False
    if len(longer) == len(shorter):
        d_to_s = shorter[:-1] == longer[:-1] and {shorter[-1], longer[-1]} == {"d", "s"}
        return d_to_s and not _UNLIKE_NOUN_STEMS.intersection((shorter, longer))
    return len(longer) == len(shorter) + 1 and longer.startswith(shorter)


def _same_or_near(wanted: str, found: str) -> bool:
    return found == wanted or _near_stem(wanted, found)


def _line_forms(wanted: frozenset[str], line: str) -> frozenset[str] | None:
    """The line's stem for each wanted one: the same, or a near stem of a verb in the past
    or "-ing" form ("Administered benefits" for "benefits administration", "Creating
    dashboards" for "dashboard creation"); None when one lacks."""
    stem_set = line_stems(line)[0]
    verbs = [stem(w) for w in line.split() if _is_past(w) or _is_ing_verb(w)]
    found = []
    for want in wanted:
        near = want if want in stem_set else next((s for s in verbs if _near_stem(want, s)), None)
        if near is None:
            return None
        found.append(near)
    return frozenset(found)


def find_reworded(phrase: str, resume: ResumeText) -> LiteralHit | None:
    """Every word of a phrase of two or more words, stemmed, close together on one resume line
    in any order: "managed time" shows "time management", "analysis of data" shows "data
    analysis". One word that names an activity is shown by its verb, a quality asked as
    "analytical skills" by its word before another noun of ability, one asked as "Patience" by
    its adjective said of the writer, and an activity asked as "teaching experience" also by a
    duty that opens with it."""
    wanted = stems(normalise(phrase))
    if len(wanted) < 2:
        return (
            find_as_verb(phrase, resume)
            or find_as_quality(phrase, resume)
            or find_as_trait(phrase, resume)
        )
    hit = _all_words_on_a_line(wanted, resume)
    if hit is None and (activity := _activity_asked_as_experience(phrase)) is not None:
        hit = find_as_verb(activity, resume) or _find_as_duty(activity, resume)
    return hit


def _all_words_on_a_line(wanted: frozenset[str], resume: ResumeText) -> LiteralHit | None:
    if wanted not in resume.reworded:
        resume.reworded[wanted] = _first_line_with_all(wanted, resume)
    return resume.reworded[wanted]


def _first_line_with_all(wanted: frozenset[str], resume: ResumeText) -> LiteralHit | None:
    # Lines lacking a wanted stem's opening are not stemmed at all.
    heads = [_heads(w) for w in wanted]
    for line in resume.lines:
        if not all(any(h in line.normal for h in options) for options in heads):
            continue
        forms = _line_forms(wanted, line.normal)
        sequence = line_stems(line.normal)[1]
        if forms is not None and _close_together(forms, sequence, _denied_places(line.normal)):
            return LiteralHit(False, [line])
    return find_entered_into(wanted, resume)


# "Entered patient records into Epic", "Keyed invoices into QuickBooks": records put into a
# system, named (a capitalised name) or a system noun; never "entered into an agreement"
# (nothing entered), "entered the market" or "entered a new role" (no "into").
_ENTRY_VERB = r"(?i:enter(?:ed|ing)|key(?:ed|ing)|input(?:ted|ting)?|typ(?:ed|ing))"
_SYSTEM_NOUN = (
    r"(?i:systems?|databases?|spreadsheets?|software|portals?|ledgers?|trackers?|crm|erp|ehr|emr)"
)
_ENTERED_INTO = regex_cache.compile(
    rf"\b{_ENTRY_VERB}\s+(?P<what>(?!(?i:into)\b)[\w/&'-]+(?:\s+[\w/&'-]+){{0,4}}?)\s+(?i:into)\s+"
    rf"(?:(?i:the|our|its|their|an?)\s+)?(?:[\w-]+\s+)?(?:(?P<noun>{_SYSTEM_NOUN})\b|[A-Z][\w&.-]*\b)"
)
_ENTRY = "entri"  # the stem of "entry"
# What is entered into a tool known only by its name must be records to show data entry:
# "Entered patient records into Epic", not "Typed notes into Slack".
_RECORDS = (
    "records data orders invoices details entries information figures transactions claims"
    " forms results payments receipts timesheets charges codes numbers"
)


def find_entered_into(wanted: frozenset[str], resume: ResumeText) -> LiteralHit | None:
    """ "<thing> entry" (stems) shown by records of that thing entered into a system: "Entered
    orders into SAP" shows "order entry"; any records show "data entry"."""
    if len(wanted) != 2 or _ENTRY not in wanted:
        return None
    [thing] = wanted - {_ENTRY}
    for line in resume.lines:
        if " into " not in line.normal:
            continue
        for found in _ENTERED_INTO.finditer(line.text):
            what = stems(normalise(found["what"]))
            before = normalise_line(line.text[: found.start()]).split()
            if _shows_entry(thing, what, found["noun"] is not None) and not _has_denial(
                _clause_tail(before), _DENIALS
            ):
                return LiteralHit(False, [line])
    return None


def _shows_entry(thing: str, what: frozenset[str], into_a_system: bool) -> bool:
    """Whether `what` entered shows "<thing> entry": that thing, or for "data", records or
    anything put into a system noun ("the billing system")."""
    if thing != "data":
        return thing in what
    return into_a_system or not what.isdisjoint(_record_stems())


@lru_cache(maxsize=1)
def _record_stems() -> frozenset[str]:
    return stems(normalise(_RECORDS))


_EXPERIENCE_HEADS = frozenset({"experience", "skills"})


def _activity_asked_as_experience(phrase: str) -> str | None:
    """The activity of "teaching experience" or "selling skills": the phrase less its head."""
    words = normalise(phrase).split()
    if len(words) == 2 and words[1] in _EXPERIENCE_HEADS and words[0].endswith("ing"):
        return words[0]
    return None


# Nouns an "-ing" word describes rather than does: "Teaching hospital", "Teaching moments"
_DESCRIBED_NOUN = r"(?:hospitals?|moments?)\b"


@lru_cache(maxsize=256)
def _duty_opening(activity: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^ |\{CLAUSE_BAR} ){re.escape(activity)} (?!{_DESCRIBED_NOUN})\w")


def _find_as_duty(activity: str, resume: ResumeText) -> LiteralHit | None:
    """An "-ing" activity opening a clause, as a resume's duties are often written: "Teaching
    physics to classes 11 and 12", "• Selling insurance door to door"; not one inside a
    clause ("Attended a teaching workshop")."""
    if len(activity) < MIN_ACTIVITY_CHARS:
        return None
    opening = _duty_opening(activity)
    for line in resume.lines:
        if opening.search(line.normal):
            return LiteralHit(False, [line])
    return None


# A one-word activity a posting names as a noun ("Prospecting", "Negotiation", "Onboarding")
# Not "-ment": "Managed workstations" shows no "management skills".
_ACTIVITY_ENDINGS = ("ing", "ion")
MIN_ACTIVITY_CHARS = 8  # "Testing", "Mining" and "Design" are too short to stand on a stem


def _is_past(word: str) -> bool:
    return word.endswith("ed") or word in IRREGULAR_PAST


# "-ing" words used as prepositions: "tickets, including refunds" shows no "Inclusion".
_PREPOSITIONS_IN_ING = frozenset(
    "including excluding regarding concerning according following pending during".split()
)


def _is_ing_verb(word: str) -> bool:
    return word.endswith("ing") and word not in _PREPOSITIONS_IN_ING


# Words in "-er" that name a thing, not one who does the work: "computer" shows no computing.
_THING_NOUNS = frozenset(
    "computer printer browser container folder scanner router transformer compiler adapter".split()
)
_AGENT_ENDINGS = ("er", "or")


def _doer_of(word: str) -> str | None:
    """The activity's stem of one who does it: "troubleshooter" -> "troubleshoot", "speaker"
    -> "speak", "supervisor" -> "supervis"; None for another word."""
    if not word.endswith(_AGENT_ENDINGS) or word in _THING_NOUNS:
        return None
    return stem(f"{word[:-2]}ing")


def _shows_activity(word: str, wanted: str, words: list[str], at: int) -> bool:
    """The word at `at` is the activity's verb, done: in the past tense ("Negotiated"), as
    another "-ing" form ("Coordinating tasks"), after "to" ("able to instruct"), as the one
    who does it ("skilled troubleshooter", "persuader") or as a task done ("Carried out
    repairs" shows "Repairing"). The activity's own word is left to exact matching, which
    heeds a skill's guard ("networking" for servers is no Networking)."""
    found = words[at]
    if found == word:
        return False
    verb_form = _is_past(found) or _is_ing_verb(found) or (at > 0 and words[at - 1] == "to")
    if verb_form and _same_or_near(wanted, stem(found)):
        return True
    if _is_task_noun(found, word, words[at + 1 : at + 2]) and _done_as_a_task(words[:at]):
        return True
    doer = _doer_of(found) if _describes_a_person(words[:at]) else None
    return doer is not None and _same_or_near(wanted, doer)


# Verbs of doing whose object is the task itself: "Performed audits", "Conducted interviews",
# "Undertook inspections"; "carry" only with "out" ("Carried out repairs").
_DOING_VERBS = frozenset(
    """
    perform performs performed performing conduct conducts conducted conducting undertake
    undertakes undertook undertaken undertaking
    """.split()
)
_CARRY_FORMS = frozenset("carry carries carried carrying".split())
# Nouns of what one is told to do: "Carried out instructions" shows no "Instructing", nor
# "Carried out orders" any "Ordering".
_TOLD_NOUNS = frozenset("instruction instructions order orders directions directives".split())


# Words that may end a task's noun phrase: "Conducted interviews with families", "Carried
# out repairs." (not "coach inspections", where the activity's word names another task's kind).
_AFTER_TASK = frozenset(
    {
        CLAUSE_BAR,
        *"""and or on of for with at in across to from by within during under over between
        among per as""".split(),
    }
)
TASK_WORDS_BETWEEN = 4  # "Carried out routine and ad hoc audits"
# Words that make a noun after a verb of doing another task's thing: "Performed checks on
# repairs", "Conducted training for interviews".
_NOT_BETWEEN = _AFTER_TASK - {"and"}


def _task_nouns(activity: str) -> frozenset[str]:
    """The activity's own nouns for a task: "repairing" -> "repair", "repairs"; "shipping" ->
    "ship", "ships"; "dispatching" -> "dispatches"; "inspection" -> "inspections"."""
    if activity.endswith("ion"):
        return frozenset({f"{activity}s"})
    base = activity[: -len("ing")]
    bases = {base, base[:-1]} if base[-1] == base[-2] else {base}
    return frozenset(f"{b}{end}" for b in bases for end in ("", "s", "es"))


def _is_task_noun(found: str, activity: str, after: list[str]) -> bool:
    """`found` is the activity's own noun ending its phrase, not a word of equal stem ("market
    research" is no Marketing) nor what one is told to do ("Carried out instructions")."""
    ends_phrase = not after or after[0] in _AFTER_TASK
    return ends_phrase and found in _task_nouns(activity) and found not in _TOLD_NOUNS


def _done_as_a_task(before: list[str]) -> bool:
    """The words before a noun of the activity make it a task done: a verb of doing, then at
    most four words describing it ("Carried out routine and ad hoc repairs", "Conducted 40
    candidate interviews"); not "Managed repairs" (someone else's work), "repairs budget" nor
    "Performed checks on repairs"."""
    for between in range(min(TASK_WORDS_BETWEEN, len(before)) + 1):
        if between and before[-between] in _NOT_BETWEEN:
            return False
        if _verb_of_doing(before[: len(before) - between]):
            return True
    return False


def _verb_of_doing(before: list[str]) -> bool:
    if len(before) >= 2 and before[-1] == "out":
        return before[-2] in _CARRY_FORMS
    return bool(before) and before[-1] in _DOING_VERBS


# Words that open a description of oneself before a doer: "a patient troubleshooter",
# "worked as scheduler", "Efficient scheduler of crew rotas".
_PERSON_OPENERS = frozenset({"a", "an", "as"})
_PERSON_TRAITS = ("al", "ic", "ive", "ous", "ful", "able", "ible", "ent", "ant", "ly")
# Traits a doer is praised with that no ending above tells: "calm", "skilled", "seasoned".
_PLAIN_TRAITS = frozenset(
    """
    calm keen quick strong good great born expert skilled seasoned experienced accomplished
    talented dedicated motivated proven
    """.split()
)
TRAITS_BEFORE_DOER = 2  # "a calm, patient troubleshooter"
# A doer's rank, which makes it a role held after "as" or "a" ("served as lead scheduler", "a
# senior planner"); not at a line's start, where "Lead" is as often the verb
_RANKS = frozenset("lead senior junior chief head principal assistant deputy sole main".split())
# What "as" may take before a role: "as the lead scheduler", "as their planner"
_ROLE_ARTICLES = frozenset({"the", "their", "our", "its"})


def _describes_a_person(before: list[str]) -> bool:
    """The words before an "-er"/"-or" noun make it a person: "a" or "as" (or "as the") then
    at most two traits or ranks, or only traits at the start of a line ("Efficient
    scheduler"); not "the scheduler", "ticket processor" or "Resolved customer tickets" (a
    thing, or a noun's part)."""
    bar = before[::-1].index(CLAUSE_BAR) if CLAUSE_BAR in before else len(before)
    clause = before[len(before) - bar :]
    traits = list(takewhile(lambda w: _is_trait(w) or w in _RANKS, reversed(clause)))
    if len(traits) > TRAITS_BEFORE_DOER:
        return False
    rest = clause[: len(clause) - len(traits)]
    ranked = any(w in _RANKS for w in traits)
    if len(rest) >= 2 and rest[-2] == "as" and rest[-1] in _ROLE_ARTICLES:
        return ranked or _the_writer_serves(rest[:-2])
    return (not rest and not ranked) or (bool(rest) and rest[-1] in _PERSON_OPENERS)


# Verbs whose subject is the writer in a role held: "Served as the scheduler", "I worked as
# their planner"; after a thing ("Deployed Airflow as the scheduler") the doer is the thing's
_SERVING_VERBS = frozenset(
    "served serve serving worked work working acted act acting functioned appointed hired"
    " employed".split()
)


def _the_writer_serves(before_as: list[str]) -> bool:
    """Whether the clause before "as the" makes the writer its subject: nothing ("As the
    scheduler, ...") or a verb of serving ("Served as the", "I have worked as the")."""
    return not before_as or before_as[-1] in _SERVING_VERBS


def _is_trait(word: str) -> bool:
    return word in _PLAIN_TRAITS or (len(word) > 3 and word.endswith(_PERSON_TRAITS))


def _one_word(term: str) -> str:
    """A term's only word once "skills" is left off: "Repairing skills" -> "repairing"."""
    words = [w for w in normalise(term).split() if w != "skills"]
    return words[0] if len(words) == 1 else " ".join(words)


# Nouns a resume puts after a quality in place of "skills": "organizational capacity",
# "analytical ability", "observation skillset".
_ABILITY_NOUNS = frozenset(
    """
    skill skillset capacity capacities ability abilities aptitude competence competency
    competencies prowess acumen strengths
    """.split()
)
_SKILL_HEADS = frozenset({"skills", "abilities"})
QUALITY_REACH = 2  # words from the quality to its noun of ability: "analytical derivation ability"


def find_as_quality(phrase: str, resume: ResumeText) -> LiteralHit | None:
    """A quality asked as "<quality> skills" shown by its word, stemmed, before another noun
    of ability in the same clause: "Superior organizational capacity" shows "Organizational
    skills"; not when denied ("no analytical ability")."""
    words = normalise(phrase).split()
    if len(words) != 2 or words[1] not in _SKILL_HEADS or len(words[0]) < MIN_ACTIVITY_CHARS:
        return None
    wanted = stem(words[0])
    for line in resume.lines:
        if wanted[:PREFIX_CHARS] not in line.normal:
            continue
        found = line.normal.split()
        for at, word in enumerate(found):
            if stem(word) != wanted or _has_denial(_clause_tail(found[:at]), _DENIALS):
                continue
            after = list(takewhile(lambda w: w != CLAUSE_BAR, found[at + 1 :]))
            if _ABILITY_NOUNS.intersection(after[: QUALITY_REACH + 1]):
                return LiteralHit(False, [line])
    return None


# A quality's noun in "-ence" or "-ance" and the ending of its adjective, which says it of
# someone: "patience" and "patient", "diligence" and "diligent", "tolerance" and "tolerant".
_QUALITY_NOUN_ENDINGS = {"ence": "ent", "ance": "ant"}
# Nouns in "-ence"/"-ance" whose adjective says more of a thing than of a person: "compliant
# with OpenAPI", "performant and scalable".
_THING_QUALITIES = frozenset(
    "compliance performance relevance importance significance redundance abundance".split()
)
# Adverbs of degree that may open what a writer says of themself: "Extremely patient".
# A closed list: "elderly" or "only" before "patient" names a patient.
_DEGREE_ADVERBS = frozenset(
    """
    very so extremely exceptionally highly remarkably always consistently incredibly truly
    really genuinely naturally unfailingly endlessly infinitely particularly
    """.split()
)
# Openings that make an adjective said of the writer, once degree adverbs are left off: a
# form of "be" after "I" ("I am patient", "I have been patient") or opening a bullet with no
# other subject ("Remained patient", "Known for being patient"); not "be patient" said to
# others ("Asked callers to be patient") nor "The function is independent".
_BE_FORMS = frozenset("am m was remain remains remained stay stays stayed".split())  # "I'm"
_WRITER_OPENINGS = frozenset(
    {
        *(("i", be) for be in _BE_FORMS),
        *(("i", have, "been") for have in ("have", "ve")),
        *((be,) for be in _BE_FORMS - {"am", "m"}),
        *((known, "for", "being") for known in ("known", "recognized", "praised")),
    }
)
# What follows an adjective said of someone, where a noun it describes would stand otherwise:
# "patient with customers", "patient and systematic", "patient." (not "patient care").
_AFTER_TRAIT = frozenset({CLAUSE_BAR, "and", "with", "in", "under", "when", "while"})
_LETTERS = regex_cache.compile(r"[A-Za-z]+")


def find_as_trait(term: str, resume: ResumeText) -> LiteralHit | None:
    """A one-word quality in "-ence"/"-ance" shown by its adjective said of the writer:
    "I am patient", "Extremely patient with clients" and "Remained patient" show "Patience";
    not "patient care" (the adjective's noun use), "not very patient", "an elderly patient"
    nor "Confluent" (a name) for "Confluence"."""
    adjective = _trait_adjective(_one_word(term))
    if adjective is None:
        return None
    for line in resume.lines:
        if f" {adjective} " not in line.normal or adjective not in _LETTERS.findall(line.text):
            continue
        words = line.normal.split()
        if any(w == adjective and _said_of_the_writer(words, at) for at, w in enumerate(words)):
            return LiteralHit(False, [line])
    return None


def _trait_adjective(word: str) -> str | None:
    """ "patience" -> "patient"; None for a word of another ending, a phrase or a quality of
    things ("compliance")."""
    ending = _QUALITY_NOUN_ENDINGS.get(word[-4:])
    if ending is None or " " in word or len(word) < MIN_ACTIVITY_CHARS:
        return None
    return None if word in _THING_QUALITIES else word[:-4] + ending


def _said_of_the_writer(words: list[str], at: int) -> bool:
    """The adjective at `at` ends its phrase and its line opens on the writer's words for it:
    "I was always patient", "Remained patient" or a degree adverb ("Very diligent")."""
    after = words[at + 1] if at + 1 < len(words) else CLAUSE_BAR
    if after not in _AFTER_TRAIT or CLAUSE_BAR in words[:at]:
        return False
    opening = list(words[:at])
    adverbs = 0
    while opening and opening[-1] in _DEGREE_ADVERBS:
        opening.pop()
        adverbs += 1
    return tuple(opening) in _WRITER_OPENINGS or (not opening and adverbs > 0)


def find_as_verb(term: str, resume: ResumeText) -> LiteralHit | None:
    """A one-word activity shown by its verb, as a resume's lines write it: "Prospected new
    clients" shows "Prospecting", "Negotiated contracts" "Negotiation", "Troubleshot pumps"
    and "skilled troubleshooter" "troubleshooting", "able to instruct" "Instructing"; never
    a noun ("key accounts" is no "Accounting") nor a denied verb ("never onboarded staff")."""
    word = _one_word(term)
    if " " in word or len(word) < MIN_ACTIVITY_CHARS or not word.endswith(_ACTIVITY_ENDINGS):
        return None
    wanted = stem(word)
    heads = _heads(wanted)
    for line in resume.lines:
        if not any(head in line.normal for head in heads):
            continue
        words = line.normal.split()
        for at, found in enumerate(words):
            shown = _shows_activity(word, wanted, words, at)
            if (
                shown
                and not _has_denial(_clause_tail(words[:at]), _DENIALS)
                and not (
                    _is_past(found) and _done_to(found, words[at + 1 : at + 1 + _PASSIVE_REACH])
                )
            ):
                return LiteralHit(False, [line])
    return None


_PASSIVE_REACH = 2  # "by" after a past verb and an adverb makes it passive: "Mentored weekly by"
_ADVERB = regex_cache.compile(r"^[a-z]+ly$")


def _done_to(verb: str, after: list[str]) -> bool:
    """A past verb of something done to the candidate ("Mentored by two partners") or a
    reporting line ("Reported directly to the CFO"), not an activity the candidate did."""
    rest = [w for w in after if not _ADVERB.match(w)][:1]
    return rest == ["by"] or (verb == "reported" and rest == ["to"])


def _number_forms(term: str, common_noun: bool) -> list[str]:
    """The term, then its last word in the other number: "data pipelines" also shows "data
    pipeline". A single capitalised word is a name ("Epic" is not "epics") and keeps its form."""
    head, _, last = term.rpartition(" ")
    other = other_number(last) if head or common_noun else None
    return [term] if other is None else [term, f"{head} {other}".strip()]


_ACRONYM = regex_cache.compile(r"[A-Z][A-Z0-9]+(s?)")


def _acronym_forms(written: str, term: str) -> list[str]:
    """An acronym in the other number: "WFSTs" also shows as "WFST", "LLM" as "LLMs"."""
    found = _ACRONYM.fullmatch(written)
    if found is None:
        return []
    return [term[:-1]] if found.group(1) else [f"{term}s"]


# An acronym a posting asks for, written out in a resume: "GLP" as "Good Laboratory
# Practice", "IFoA" as "Institute and Faculty of Actuaries", "KYC" as "know-your-customer".
# Its capitals must open capitalised words (or hyphen-joined ones), so that loose lowercase
# words ("cost per acquisition") never spell "CPA"; a lowercase letter spells a small word.
_ACRONYM_TERM = regex_cache.compile(r"[A-Z](?:[A-Z]|[a-z](?=[A-Z]))+")
MIN_ACRONYM_LETTERS = 3  # "HR" or "PM" could open too many pairs of words
_CONNECTOR = r"(?:and|of|for|the|&|in|on|to)"


@lru_cache(maxsize=1024)
def _expansion_patterns(acronym: str) -> tuple[re.Pattern[str], ...]:
    """Patterns of an acronym's expansion: capitalised words with small words between them,
    and lowercase words joined by hyphens."""
    words = [rf"{c}[a-z]+" if c.isupper() else rf"{c}[a-z]*" for c in acronym]
    titled = rf"[ -]+(?:{_CONNECTOR} +)?".join(words)
    hyphened = "-".join(rf"{c.lower()}[a-z]+" for c in acronym)
    return re.compile(rf"\b{titled}\b"), re.compile(rf"\b{hyphened}\b")


def find_expansion(term_text: str, resume: ResumeText) -> LiteralHit | None:
    """An acronym of three or more capitals shown by its words written out, not denied."""
    acronym = term_text.strip()
    letters = sum(c.isupper() for c in acronym)
    if letters < MIN_ACRONYM_LETTERS or not _ACRONYM_TERM.fullmatch(acronym):
        return None
    patterns = _expansion_patterns(acronym)
    found = []
    for line in resume.lines:
        spans = (m[0] for p in patterns for m in p.finditer(line.text))
        if any(_undenied_at(line.normal, f" {normalise(span)} ") for span in spans):
            found.append(line)
    return LiteralHit(True, found) if found else None


FUZZY_CANDIDATES = 3  # best-scoring lines whose alignment is checked for a word start


def find_exact(term_text: str, resume: ResumeText, any_number: bool = False) -> LiteralHit | None:
    """The term as whole words (its last word in either number when it is a common noun, or
    with `any_number`: "Editor" in "Editors, 2018 - 2021"), not denied just before."""
    term = normalise(term_text)
    if not term:
        return None
    common_noun = any_number or term_text.strip()[:1].islower()
    # Normalised text has single spaces between words: a whole-word match is a padded find.
    for form in _number_forms(term, common_noun) + _acronym_forms(term_text.strip(), term):
        padded = f" {form} "
        if padded in resume.normal:
            found = [line for line in resume.lines if _undenied_at(line.normal, padded)]
            if found:
                return LiteralHit(True, found)
    return _with_a_version(term, resume)


MIN_VERSIONED_CHARS = 4  # "GATK" in "GATK4"; not "EC" in "EC2" nor "S" in "S3"


@lru_cache(maxsize=4096)
def _versioned(term: str) -> re.Pattern[str]:
    return re.compile(rf" {re.escape(term)}\d{{1,2}} ")


def _with_a_version(term: str, resume: ResumeText) -> LiteralHit | None:
    """A name written with its version glued on: "GATK4" shows "GATK"."""
    if len(term.rsplit(" ", 1)[-1]) < MIN_VERSIONED_CHARS or not term[-1].isalpha():
        return None
    if f" {term}" not in resume.normal:
        return None  # not written at all: no pattern to build
    pattern = _versioned(term)
    found = [
        line
        for line in resume.lines
        if any(not _denied_before(line.normal, m.start()) for m in pattern.finditer(line.normal))
    ]
    return LiteralHit(True, found) if found else None


def find_literal(term_text: str, resume: ResumeText, any_number: bool = False) -> LiteralHit | None:
    """Exactly (as whole words, the last in either number), then reworded (every word stemmed,
    close together on one line), then fuzzily from the start of a word."""
    return find_exact(term_text, resume, any_number) or find_inexact(term_text, resume)


def find_inexact(term_text: str, resume: ResumeText) -> LiteralHit | None:
    """Reworded (every word stemmed, close together on one line), then fuzzily from the start
    of a word: what find_literal tries once the term is not there exactly."""
    term = normalise(term_text)
    if not term:
        return None
    hit = _find_inexact(term, resume)
    # "IEC 61850" is not "IEC 62443", nor "Solvency II" "Solvency I": the numbers must be there
    numbers = _numbers(term)
    if hit is None or numbers <= _numbers(" ".join(line.normal for line in hit.lines)):
        return hit
    return None


def _find_inexact(term: str, resume: ResumeText) -> LiteralHit | None:
    reworded = find_reworded(term, resume)
    if reworded is not None:
        return reworded
    # partial_ratio aligns the shorter string inside the longer: only lines at least as long
    # as the term may match, or a bare heading "Projects" would match "leading projects".
    longer = [line for line in resume.lines if len(line.normal) - 2 >= len(term)]
    if len(term) >= FUZZY_MIN_CHARS and longer:
        candidates = process.extract(
            term,
            [line.normal[1:-1] for line in longer],
            scorer=fuzz.partial_ratio,
            score_cutoff=FUZZY_CUTOFF,
            limit=FUZZY_CANDIDATES,
        )
        for _, _, index in candidates:
            line = longer[index]
            if _fuzzy_word_start(term, line.normal):
                return LiteralHit(False, [line])
    return None


# What may follow the term's last word inside a resume's word: "Farmworker" + "s",
# "research" + "ing", "lead" + "ership"; never a name's rest ("Lambda" + "MART").
SAME_WORD_RATIO = 85
WORD_ENDINGS = frozenset(
    "s es d ed ing er ers or ors ist ists ian ians ship ership ment ments ion ions ation ations"
    " al ally ly ic ical y ies ity".split()
)
# The craft or its kit, for a term long enough not to be another word's start: "circuitry",
# "machinery"; not "Count" in "country", "Summa" in "summary"
_CRAFT_ENDING, _CRAFT_STEM = "ry", 6


def _fuzzy_word_start(term: str, normal: str) -> bool:
    """The fuzzy alignment starts a word and ends in the term's last word or one of its
    forms ("Farmworker" in "Farmworkers", not "Lambda" in "LambdaMART"), with no denial
    around it: "mechanical" is not found in "electromechanical"."""
    where = fuzz.partial_ratio_alignment(term, normal[1:-1])
    if where is None:
        return False
    start = where.dest_start + 1  # into the padded line
    # The window may open on the space before the word it aligns with.
    at_word = normal[start - 1] == " " or normal[start] == " "
    end = where.dest_end + 1
    return (
        at_word
        and _same_first_letter(term, normal[start:end])
        and _ends_a_form(term.split()[-1], normal, end)
        and not (
            _denied_before(normal, start)
            or _denied_after(normal, end)
            or _in_a_denied_list(normal, start, end)
        )
    )


def _same_first_letter(term: str, window: str) -> bool:
    """The first word aligned opens with the term's letter: a misspelling keeps its first
    letter, and "ediscovery" is not found in "pleadings | discovery motions"."""
    words = [w for w in window.split() if w != CLAUSE_BAR]
    return not words or words[0][0] == term[0]


def _ends_a_form(last: str, normal: str, end: int) -> bool:
    """The word of `normal` that the alignment ends in is `last` or `last` with an ending."""
    word_start = normal.rfind(" ", 0, end) + 1
    word = normal[word_start : normal.find(" ", end)] if normal[end : end + 1] != " " else ""
    if not word:
        return True  # the alignment ends on a word boundary
    shared = next((i for i, (a, b) in enumerate(zip(last, word, strict=False)) if a != b), None)
    tail = word[min(len(last), len(word)) if shared is None else shared :]
    if not tail or tail in WORD_ENDINGS or (tail == _CRAFT_ENDING and len(last) >= _CRAFT_STEM):
        return True
    # or the same word misspelt ("Programing" for "Programming"); not the whole term with more
    # letters, another word ("Compute" in "Computer", "Trade" in "Trader")
    return not word.startswith(last) and fuzz.ratio(last, word) >= SAME_WORD_RATIO
