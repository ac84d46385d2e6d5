"""The spaCy side: a blank English tokenizer and phrase matchers built once from the taxonomy."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import cache, regex_cache
from ..documents.cleaning import EAST_ASIAN_LETTER, EAST_ASIAN_LETTERS
from ..number import is_plural, other_number
from .case_endings import (
    apostrophe_stem,
    capitals_table,
    holds_a_turkish_case,
    inflecting_lines,
    stem_tables,
    stems,
)
from .language_words import CZECH_LANGUAGE_SHORT
from .lines import finditer_on_lines
from .northern import INFLECTING_MARKERS
from .suffix_search import infix_finditer, suffix_search

if TYPE_CHECKING:
    from ..taxonomy import Taxonomy


# bump when resume_tokenizer or the spelling variants (number_variants...) change: cached patterns
TOKENIZER_VERSION = "27"
BULLETS = r"[-–—•*·▪●►✓➢◦]"  # a bullet glued to a word: "-Python", "•SQL"
# A French or Italian article or pronoun elided before a word: "d'AWS", "l'anglais",
# "qu'Airflow", "dell'ecosistema"; not an English name ("O'Brien"), a contraction nor a
# possessive ("C's", "Dell's", "All's")
ELISION = (
    r"(?i:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|quell)['’]"
    r"(?=[^\W\d_])(?![sS]\b)"
)
# The letters of the Arabic script, as Persian, Dari, Arabic and Urdu write them
_ARABIC_SCRIPT = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"
# The Hebrew letters, whose one-letter prepositions glue to the next word: "בPython" (in Python)
_HEBREW = "\u05d0-\u05ea"
EXTRA_INFIXES = [
    # a bullet between a list's items with no space around it: "Tableau•Looker", "Kafka·Flink",
    # Word's Symbol-font bullet (U+F0B7); not the middle dot of a Catalan "l·l" ("col·legi")
    r"(?<=\w)[•‧∙⋅\uf0b7](?=\w)|(?<=[^\W_lL])·(?=\w)|(?<=\w)·(?=[^\W_lL])",
    r"(?<=[\w+#.])/(?=[\w.])",  # "Node.js/Python", "C++/Java"
    r"(?<=[+#])-(?=[A-Za-z])",  # "C#-based"
    # "C#/.NET", "F#/OCaml": the sharp set apart as it is before a comma ("C", "#")
    r"(?<=\b[A-Za-z])#(?=/)",
    # a Japanese or Chinese label's closing bracket glued to what it labels:
    # "【使用技術】Python" (the tech used), "［言語］Go"
    r"[】］〕](?=[^\W_])",
    # East Asian brackets and arrows inside a word, as an English CV typed with an East Asian
    # keyboard writes them: "GKE「Kubernetes」", "Airflow→BigQuery", "Kafka->Spark"; and a
    # bracket glued to the word before it, as full-width ones are once read as plain
    # ("AWS（SageMaker）" is "AWS(SageMaker)")
    r"[「」『』【〔〈〉《》→←↔⇒⇐⇔⟶⟵➔➜➝➞]|(?<=[\w+#])(?:[(\[]|->)(?=\w)",
    # a Latin name glued to Chinese, Japanese, Korean or Persian words, written without spaces:
    # "Pythonでの開発" (developing in Python), "Python으로", "熟悉PyTorch或TensorFlow", and
    # Persian's suffixes and prepositions ("Pythonی", "Kubernetesها", "TensorFlowو", "باPyTorch",
    # once the non-joiner between them is gone), and a Hebrew preposition before a name
    rf"(?<=[A-Za-z0-9+#])(?=[{EAST_ASIAN_LETTERS}{_ARABIC_SCRIPT}])"
    rf"|(?<=[{EAST_ASIAN_LETTERS}{_ARABIC_SCRIPT}{_HEBREW}])(?=[A-Za-z])",
]
# Tried before spaCy's own infixes, whose full stop between a small and a capital letter would
# split the name: ".NET" glued to the word before it ("with.NET", "in.NET framework") or after
# a comma ("C#,.NET"), the comma set apart too (and the sharp, as before a comma alone); not
# ASP.NET, ADO.NET nor VB.NET in any case, nor a domain or a file in small letters
# ("example.net", "config.net")
LEADING_INFIXES = [
    r"(?<=\b[A-Za-z])#(?=,\.NET(?![A-Za-z]))",
    r"(?<=[\w+#]),(?=\.NET(?![A-Za-z]))"
    r"|(?<=[a-z,])(?<![Aa][Ss][Pp])(?<![Aa][Dd][Oo])(?<![Vv][Bb])\.NET(?![A-Za-z])",
]
EXTRA_SUFFIXES = [
    r"(?<=\b[A-Z+#])\.",  # "written in C." / "I know R." end a sentence
    r"(?<=[a-z][A-Z])\.",  # a mixed-case name ending in a capital ends one too: "SDTM and ADaM."
    r"(?<=[A-Za-z+#])[-–—]",  # "Time Management- handled": a dash glued to a heading word
    # the German "knowledge of" glued to what is known: "Englisch" in "Englischkenntnisse"
    r"(?<=[a-zäöü])kenntnissen?",
]


TOKENIZER = "mlcareer.resume_tokenizer.v1"
# spaCy's rules that a space, a tab or a line break is one token, as it is without them. spaCy
# caches none of a document's words after its first special case, and nearly every document
# has a line break: without these rules a word is split once, then found in the cache.
UNCACHING_RULES = frozenset({" ", "\n", "\t"})
# The word attributes mlcareer reads from spaCy (besides the text and the whitespace after a
# word, which every token has): spaCy computes each of its ~20 attributes, in Python, for every
# new word of every document, so only these are kept. Reading another attribute needs it here.
WORD_ATTRIBUTES = ("LOWER", "IS_ALPHA", "IS_SPACE")


def resume_tokenizer(nlp: Any) -> Any:
    """spaCy's English tokenizer adapted to resumes and postings, where skills are packed into
    lists with slashes and glued bullets, and a sentence may end on a one-letter language.
    Registered with spaCy so that spacy.blank builds it once, in place of the default. Its
    vocabulary computes only WORD_ATTRIBUTES for new words."""
    from spacy.attrs import IDS
    from spacy.tokenizer import Tokenizer

    kept = {IDS[name] for name in WORD_ATTRIBUTES}
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in kept}
    defaults = nlp.Defaults
    # Initials ("J.") are rare in these documents; one-letter languages ("R.", "C.") are not.
    rules = {
        k: v
        for k, v in defaults.tokenizer_exceptions.items()
        if not re.fullmatch(r"[A-Z]\.", k) and k not in UNCACHING_RULES
    }
    affixes = {
        "prefix_search": affix_pattern([BULLETS, ELISION, *defaults.prefixes], before="^").search,
        # these two find what affix_pattern(...).search and .finditer find, with fewer tries
        "suffix_search": suffix_search([*defaults.suffixes, *EXTRA_SUFFIXES], regex_cache.compile),
        "infix_finditer": infix_finditer(resume_infixes(defaults.infixes), regex_cache.compile),
        "token_match": defaults.token_match,
        # Only explicit URLs stay whole, so that "Node.js/Python" splits at the slash.
        "url_match": re.compile(r"^(?:https?://|www\.)\S+$", re.I).match,
    }
    without_rules = Tokenizer(nlp.vocab, rules={}, **affixes)
    repeated = rules_the_affixes_repeat(rules, without_rules)
    special_cases = {k: v for k, v in rules.items() if k not in repeated}
    return Tokenizer(nlp.vocab, rules=special_cases, **affixes)


def resume_infixes(spacy_infixes: Sequence[str]) -> list[str]:
    """The infix pieces of resume_tokenizer, in the order they are tried at one character."""
    return [*LEADING_INFIXES, *spacy_infixes, *EXTRA_INFIXES]


def rules_the_affixes_repeat(rules: dict[str, Any], without_rules: Any) -> set[str]:
    """The special cases that keep their text as one token ("C++", "'", "—") and that the
    affix rules alone leave whole too. Like the whitespace rules they change no token, but
    spaCy caches none of a document's words after the first special case it meets: a resume
    naming C++ early had its later words split afresh on every run."""
    from spacy.attrs import ORTH

    return {
        text
        for text, tokens in rules.items()
        if tokens == [{ORTH: text}] and [t.text for t in without_rules(text)] == [text]
    }


def affix_pattern(pieces: list[str], before: str = "", after: str = "") -> re.Pattern[str]:
    """The pattern spacy.util's compile_prefix_regex (before="^"), compile_suffix_regex
    (after="$") and compile_infix_regex build, compiled through regex_cache: spaCy's affixes
    make three of the largest patterns a run compiles."""
    return regex_cache.compile(
        "|".join(before + piece + after for piece in pieces if piece.strip())
    )


def blank_english() -> Any:
    """spacy.blank("en") with the resume tokenizer: no trained components, nothing to load."""
    import spacy
    from spacy.util import registry

    if TOKENIZER not in registry.tokenizers:
        registry.tokenizers(TOKENIZER, func=lambda: resume_tokenizer)
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})


# A capital before a dot and a letter after it: "ASP.NET"
_CAPITAL_DOT = regex_cache.compile(r"([A-Z])\.([A-Za-z])")


def case_variants(spelling: str) -> list[str]:
    """The spelling plus a variant whose letters after a dot are capitals ("Node.JS"), which
    the tokenizer splits differently from "Node.js", one whose capital before a dot is small
    ("Asp.NET" for "ASP.NET"), split there too, and Microsoft's "MS" written "Ms", as much of
    Africa and India writes it ("Ms Excel", "Ms-Word")."""
    variants = [spelling]
    raised = re.sub(r"\.([a-z]+)", lambda m: "." + m.group(1).upper(), spelling)
    if raised != spelling:
        variants.append(raised)
    lowered = _CAPITAL_DOT.sub(lambda m: f"{m[1].lower()}.{m[2].upper()}", spelling)
    if lowered != spelling:
        variants.append(lowered)
    if spelling.startswith(("MS ", "MS-")):  # Microsoft's short name as a title's: "Ms Excel"
        variants.append(f"Ms{spelling[2:]}")
    return variants


# A hyphen a PDF may have broken a line at, which the reader then closes up (see
# documents/hyphens.py: at least two letters before it and three after, no hyphen before)
_CLOSABLE_HYPHEN = regex_cache.compile(r"(?<![-\w])(?P<left>[^\W\d_]{2,})-(?=[^\W\d_]{3})")


def closed_up_variants(spelling: str) -> list[str]:
    """The spelling with one of its hyphens closed up, as a PDF that broke the line there
    reads it: "cross-functional" -> "crossfunctional", "multi-armed bandits" -> "multiarmed
    bandits"."""
    return [
        spelling[: found.end("left")] + spelling[found.end() :]
        for found in _CLOSABLE_HYPHEN.finditer(spelling)
    ]


# A certification's name after its vendor: "AWS Certified Data Engineer"
_CERTIFIED_NAME = regex_cache.compile(
    r"(?P<vendor>[A-Za-z][\w ]*?) certified (?P<name>[A-Za-z][\w .-]*)", re.I
)


def certification_variants(spelling: str) -> list[str]:
    """A certification as postings and resumes also write it, the vendor's certification with
    its name in brackets: "AWS Certified Data Engineer" -> "AWS certification (Data
    Engineer)"."""
    found = _CERTIFIED_NAME.fullmatch(spelling)
    return [f"{found['vendor']} certification ({found['name']})"] if found else []


def number_variants(words: tuple[str, ...], plural_only: bool = False) -> list[tuple[str, ...]]:
    """A lower-cased phrase of two or more words also matches with its last word in the other
    number: "attention to details", "data pipeline" for "data pipelines". With `plural_only`
    (a product's name) only the plural: "SQL servers", never "Google sheet" for Google Sheets."""
    other = other_number(words[-1]) if len(words) >= 2 else None
    if other is None or (plural_only and not is_plural(other)):
        return []
    return [(*words[:-1], other)]


# A name of four letters or more with a version number glued on: "PostgreSQL15", "Java8"
# A name with a version glued on, standing as a word of its own: "GATK4", "PostgreSQL15"
_VERSIONED = regex_cache.compile(
    r"(?<![A-Za-z0-9+#])([A-Za-z][A-Za-z+#]{3,})\d{1,2}(?![A-Za-z0-9])"
)
# A digit glued to a name's last character, which every match of _VERSIONED holds: found by
# a search that skips to digits, it leaves only its lines to search for _VERSIONED
_GLUED_DIGIT = regex_cache.compile(r"\d(?<=[A-Za-z+#]\d)")


# An amount between a phrase's article and its noun: "Owned a $3M annual budget", "Managed a
# 12-person team", "Owned the $1.5 million budget". The phrase without the amount ("owned a
# budget", "managed a team") is the skill's spelling.
_AMOUNT_WITHIN = regex_cache.compile(
    r"(?<![\w-])(?P<verb>[A-Za-z]+)[ \t]+(?P<article>an?|the)[ \t]+"
    r"(?:[$€£][ \t]?\d[\d.,]*(?:[ \t]?(?:[kKmMbB]n?|million|billion)\b)?"
    r"|\d{1,4}[ -](?:person|people|member|strong)\b)"
    r"(?:[ \t]+(?:annual|yearly))?[ \t]+(?P<noun>[A-Za-z]+)\b"
)
# A currency sign or a head count's word, which every match of _AMOUNT_WITHIN holds; opening
# on one set of characters, so that the search skips to them ("[$€£]|\d[ -](?:person|...)"
# was tried at every character)
_AMOUNT_MARK = regex_cache.compile(r"[$€£\d](?:(?<!\d)|[ -](?:person|people|member|strong))")


class RawMatch(NamedTuple):
    """A taxonomy spelling found in the text, before guards are applied. (A named tuple, not a
    frozen dataclass: a document makes hundreds, and a frozen dataclass sets each field
    through object.__setattr__, several times as slow.)"""

    skill_id: str
    start: int  # character offsets
    end: int
    token_start: int
    token_end: int
    # A case-sensitive skill found in another case ("ORACLE", "spark"): kept only where
    # find_skills allows it.
    folded: bool = False
    # A name under a Finnish, Czech or Polish case ending ("Sparkilla", "Pythonu",
    # "Pythonem"), found by its stem
    inflected: bool = False


class _Waiting(NamedTuple):
    """A pattern not built yet: its words, and their hashes as its matcher compares them."""

    skill_id: str
    matcher: Any
    words: list[str]
    keys: tuple[int, ...]


class SkillMatcher:
    """Tokenizes text with spacy.blank("en") and finds every taxonomy spelling in it.

    Spellings match ignoring case, except for skills whose guard asks for exact case; where
    matches overlap the longest wins ("C++" over "C", "JavaScript" over "Java"), except two
    names that share an edge word before a preposition ("transformer models in production").
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        import spacy
        from spacy.matcher import PhraseMatcher

        self.nlp = blank_english()
        self._any_case = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._exact_case = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        # The case-sensitive spellings again, ignoring case: "ORACLE", "python, spark, hive".
        self._folded_case = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._all_matchers = (self._any_case, self._exact_case, self._folded_case)
        # Patterns wait here until a document contains all their words: one resume needs a
        # few hundred of the ~11,000 patterns, so a single run builds only those. A pattern
        # waits on one word it has not yet seen in a document, first on its first word; words
        # are keyed by the hash spaCy gives them (ORTH, or LOWER ignoring case).
        self._waiting: dict[int, list[_Waiting]] = {}
        # Threads sharing this matcher (one per taxonomy per process) take turns: adding
        # patterns moves them between waiting lists and into the matchers.
        self._lock = threading.Lock()
        strings = self.nlp.vocab.strings
        # One-word spellings of unguarded skills, for a name with its version glued on
        self._versioned: dict[str, str] = {}
        # Spellings of two words or more, ignoring case: "prompt engineering" for the first
        # name of "prompt and context engineering" (see _sharing_heads)
        self._phrases: dict[tuple[str, ...], str] = {}
        # One-word spellings a Finnish, Czech or Polish case ending may follow
        # (_with_case_endings), and the words that mark a text as one of those, by hash
        self._inflectable, self._inflectable_exact = stem_tables(taxonomy)
        self._capitals = capitals_table(taxonomy)
        self._markers = frozenset(strings.add(word) for word in INFLECTING_MARKERS)
        self._colon_closed = frozenset(strings.add(s) for s in _colon_closed_ids(taxonomy))
        self._east_asian_names, self._east_asian = _east_asian_spellings(taxonomy)
        for skill_id, exact, patterns in self._patterns(taxonomy, spacy.about.__version__):
            unguarded = taxonomy.skills[skill_id].guard is None
            for words in patterns:
                if unguarded and not exact and len(words) == 1:
                    self._versioned.setdefault(words[0].lower(), skill_id)
                if not exact and len(words) > 1:
                    self._phrases.setdefault(tuple(words), skill_id)
                matchers = [self._exact_case, self._folded_case] if exact else [self._any_case]
                for matcher in matchers:
                    folded = matcher is not self._exact_case
                    keys = tuple(strings.as_int(w.lower() if folded else w) for w in words)
                    waiting = _Waiting(skill_id, matcher, words, keys)
                    self._waiting.setdefault(keys[0], []).append(waiting)

    def _add_patterns_for(self, doc: Any, hashes: set[int]) -> None:
        """Build the patterns whose words the document (its words' `hashes`) all holds."""
        from spacy.tokens import Doc

        if not self._waiting:
            return
        present = sorted(hashes & self._waiting.keys())
        grouped: dict[tuple[str, Any], list[Any]] = {}
        for word in present:
            for waiting in self._waiting.pop(word):
                missing = next((key for key in waiting.keys if key not in hashes), None)
                if missing is not None:  # it cannot match here: wait for that word
                    self._waiting.setdefault(missing, []).append(waiting)
                    continue
                pattern = Doc(self.nlp.vocab, words=waiting.words)
                grouped.setdefault((waiting.skill_id, waiting.matcher), []).append(pattern)
        for (skill_id, matcher), docs in grouped.items():
            matcher.add(skill_id, docs)

    def _patterns(self, taxonomy: Taxonomy, version: str) -> list[Any]:
        """[skill id, exact case?, token lists] per skill; cached, as tokenizing is the cost."""
        key = f"patterns-{taxonomy.sha256[:32]}-spacy-{version}-tok{TOKENIZER_VERSION}"
        cached: list[Any] | None = cache.load(key, lambda value: _checked_patterns(value, taxonomy))
        if cached is not None:
            return cached
        patterns = [
            [
                skill.id,
                bool(skill.guard and skill.guard.case_sensitive),
                self._token_lists(
                    skill.spellings,
                    bool(skill.guard and skill.guard.case_sensitive),
                    # "Attention to detail" is a common noun; "Google Sheets" names a product.
                    common_noun=skill.name.split()[-1][:1].islower(),
                ),
            ]
            for skill in taxonomy.skills.values()
        ]
        cache.store(key, patterns)
        return patterns

    def _token_lists(
        self, spellings: list[str], exact: bool, common_noun: bool = False
    ) -> list[list[str]]:
        """Distinct token lists; lower-cased where case does not matter, which leaves fewer
        patterns (and fewer new vocabulary entries) to build on every start."""
        if not exact:  # a case-sensitive name keeps its hyphen: "Vega-Lite", "BERT-base"
            spellings = [*spellings, *(v for s in spellings for v in closed_up_variants(s))]
            spellings += [v for s in spellings for v in certification_variants(s)]
        variants = dict.fromkeys(v for s in spellings for v in case_variants(s))
        tokenized = [
            tuple(t.text if exact else t.lower_ for t in self.nlp.make_doc(v)) for v in variants
        ]
        if not exact:  # a product's name is never singular: not "Google sheet"
            plural_only = not common_noun
            tokenized += [
                other for words in tokenized for other in number_variants(words, plural_only)
            ]
        return [list(words) for words in dict.fromkeys(tokenized)]

    def tokenize(self, text: str) -> Any:
        return self.nlp.make_doc(text)

    def find(self, doc: Any, text: str | None = None, wraps: Sequence[int] = ()) -> list[RawMatch]:
        """The taxonomy's skills named in `doc`; `text` is the doc's text when the caller has it
        (spaCy builds doc.text anew, token by token, on each use). A name may run over the
        line breaks at `wraps` (see wraps.py): "machine\\n  learning"."""
        from spacy.attrs import LOWER, ORTH

        unwrapped = _without_wraps(doc, wraps)
        # The document's distinct words, by hash, without a Python loop over its tokens (one
        # array of both columns: a third of the cost of count_by for each).
        hashes = set(doc.to_array([ORTH, LOWER]).ravel().tolist())
        with self._lock:
            self._add_patterns_for(doc, hashes)
            found = [matcher(doc) for matcher in (self._any_case, self._exact_case)]
            found_folded = self._folded_case(doc)
            if unwrapped is not None:
                across = [matcher(unwrapped.doc) for matcher in self._all_matchers]
        if unwrapped is not None:
            found = [[*found[i], *unwrapped.across(across[i])] for i in range(2)]
            found_folded = [*found_folded, *unwrapped.across(across[2])]
        # Matches as (match id, start, end) tuples of tokens, filtered as spaCy's filter_spans
        # filters Span objects (longest_first), without building a Span for each
        spans = [match for matches in found for match in matches]
        if self._colon_closed:
            spans = [m for m in spans if m[0] not in self._colon_closed or _colon_closed(doc, m)]
        kept = longest_first(spans)
        kept += _sharing_a_word(doc, spans, kept)
        # Another case only fills gaps: it never displaces a match in the written case.
        taken = {i for _, start, end in kept for i in range(start, end)}
        folded = longest_first(
            [
                (match_id, start, end)
                for match_id, start, end in found_folded
                if taken.isdisjoint(range(start, end))
            ]
        )
        vocab = self.nlp.vocab.strings
        taken |= {i for _, start, end in folded for i in range(start, end)}
        chars = _char_spans(doc, [*kept, *folded])
        named = [
            RawMatch(vocab[match_id], *chars[at], start, end)
            for at, (match_id, start, end) in enumerate(kept)
        ]
        written = doc.text if text is None else text
        return sorted(
            named
            + [
                RawMatch(vocab[match_id], *chars[at], start, end, folded=True)
                for at, (match_id, start, end) in enumerate(folded, len(kept))
            ]
            + self._with_versions(doc, written, taken)
            + self._with_amounts(doc, written, taken)
            + self._within_east_asian_words(doc, written, taken)
            + _czech_language_initials(doc, written, taken)
            + self._sharing_heads(doc, named, taken)
            + (
                self._with_case_endings(doc, written, taken)
                # an English text holds no marker, nor a name under a Turkish suffix
                if not self._markers.isdisjoint(hashes) or holds_a_turkish_case(written)
                else []
            ),
            key=lambda m: m.start,
        )

    def _sharing_heads(self, doc: Any, found: list[RawMatch], taken: set[int]) -> list[RawMatch]:
        """The first names of a list whose last name lends them its last words: "prompt and
        context engineering" names prompt engineering too, "supervised, and unsupervised
        learning" supervised learning. Each first name is one whole word that names nothing
        found on its own ("sales and account management" stays sales), and its spelling with
        the borrowed words is one of the taxonomy's."""
        shared = []
        for match in found:
            at = match.token_start - 1  # the joiner before the name
            if at <= 0 or doc[at].lower_ not in _HEAD_JOINERS:
                continue  # most names: no list before them
            tails = _borrowed_tails(doc, match)
            while tails and at > 0 and doc[at].lower_ in _HEAD_JOINERS:
                word = at - 1
                if word in taken or _glued_to_the_word_before(doc, word):
                    break
                named = (self._phrases.get((doc[word].lower_, *tail)) for tail in tails)
                skill_id = next((found_id for found_id in named if found_id), None)
                if skill_id is None:
                    break
                token = doc[word]
                shared.append(
                    RawMatch(skill_id, token.idx, token.idx + len(token.text), word, word + 1)
                )
                at = word - 1
        return shared

    def _with_versions(self, doc: Any, text: str, taken: set[int]) -> list[RawMatch]:
        """A skill's one-word name with a version glued on: "GATK4", "PostgreSQL15", "Java8";
        not a short name ("S3", "EC2", "C4"), where the digit is part of it."""
        found = []
        for versioned in finditer_on_lines(_VERSIONED, text, _GLUED_DIGIT):  # rare
            skill_id = self._versioned.get(versioned.group(1).lower())
            if skill_id is None:
                continue
            word = doc.char_span(*versioned.span())
            if word is not None and len(word) == 1 and word.start not in taken:
                found.append(
                    RawMatch(skill_id, word.start_char, word.end_char, word.start, word.end)
                )
        return found

    def _with_case_endings(self, doc: Any, text: str, taken: set[int]) -> list[RawMatch]:
        """A capitalised word on a Finnish, Czech or Polish line that names nothing as written but
        whose stem, under a case ending, is a one-word spelling: "Pythonilla", "Dockerem"."""
        found = []
        for start, end, languages in inflecting_lines(text):
            line = doc.char_span(start, end, alignment_mode="expand")
            for token in line if line is not None else ():
                if token.i in taken or not token.text[:1].isupper():
                    continue
                skill_id = self._skill_of_a_stem(token.text, languages)
                if skill_id is not None:
                    at, after = token.idx, token.idx + len(token.text)
                    match = RawMatch(skill_id, at, after, token.i, token.i + 1, inflected=True)
                    found.append(match)
        return found

    def _skill_of_a_stem(self, word: str, languages: frozenset[str]) -> str | None:
        """The skill one of the word's stems in the `languages` spells; a case-sensitive
        name's stem written as the taxonomy spells it ("Sparkilla", not "SPARKilla")."""
        for stem in stems(word, languages):
            skill_id = self._inflectable_exact.get(stem) or self._inflectable.get(stem.lower())
            if skill_id is not None:
                return skill_id
        # a name of three capitals before a Turkish suffix, which the apostrophe sets apart
        # ("SQL'e", "AWS'de"); as a stem of other endings such a name is read as written only
        capitals = apostrophe_stem(word) if "tr" in languages else None
        return self._capitals.get(capitals) if capitals and capitals.isupper() else None

    def _within_east_asian_words(self, doc: Any, text: str, taken: set[int]) -> list[RawMatch]:
        """A name written in Chinese, Japanese or Korean inside a longer run of those scripts,
        which has no spaces to part its words: "機械学習" in "機械学習モデルの本番運用経験",
        "머신러닝" in "머신러닝을". The match keeps the run's token and its own characters."""
        if self._east_asian is None or not EAST_ASIAN_LETTER.search(text):
            return []  # most texts
        found = []
        for name in self._east_asian.finditer(text):
            word = doc.char_span(*name.span(), alignment_mode="expand")
            if word is None or not taken.isdisjoint(range(word.start, word.end)):
                continue
            skill_id = self._east_asian_names[name.group()]
            if _names_another_thing(text, name, skill_id):
                continue  # "中文简历" (a CV in Chinese), "英語圏" (English-speaking lands)
            found.append(RawMatch(skill_id, *name.span(), word.start, word.end))
        return found

    def _with_amounts(self, doc: Any, text: str, taken: set[int]) -> list[RawMatch]:
        """A spelling "verb article noun" written with an amount before its noun: "Owned a
        $3M annual budget" is budgeting, "Managed a 12-person team" team management."""
        found = []
        for amount in finditer_on_lines(_AMOUNT_WITHIN, text, _AMOUNT_MARK):  # rare
            words = (amount["verb"], amount["article"], amount["noun"])
            skill_id = self._phrases.get(tuple(w.lower() for w in words))
            span = doc.char_span(amount.start(), amount.end()) if skill_id else None
            if skill_id and span is not None and taken.isdisjoint(range(span.start, span.end)):
                found.append(
                    RawMatch(skill_id, span.start_char, span.end_char, span.start, span.end)
                )
        return found


TokenSpan = tuple[Any, int, int]  # a match's id (a hash, or the taxonomy's id), start, end

# The words of a Czech or Slovak line that speaks of knowing or grading a language
_CZECH_LANGUAGE_CUES = regex_cache.compile(
    r"(?i:znalost|znalosť|úrovn|úroveň|slovem|slovom|písmem|písmom|aktivn|aktívn|pasivn"
    r"|pasívn|komunikativn|komunikatívn|pokročil|plynul|mluven|hovoren|psan|jazyk|výhodou"
    r"|\b[ABC][12]\b)"
)


# The initials as a word of their own; a stop after them may end the sentence ("znalost AJ.").
# The pattern opens on their first letter, what stands before it looked at behind the letter:
# the engine then skips to those letters instead of trying the lookbehind at every character.
_CZECH_INITIALS = regex_cache.compile(r"[AFNRŠ](?<![\w.][AFNRŠ])J(?!\w|\.\w)")
# A state's code after its city, with no word after it: "Princeton, NJ", "Rio de Janeiro, RJ"
_STATE_AFTER_CITY = regex_cache.compile(r"\b[A-Z][^\W\d_]+, (?:NJ|RJ)(?![ \t]*[^\W\d])")


def _czech_language_initials(doc: Any, text: str, taken: set[int]) -> list[RawMatch]:
    """Languages shortened to their initials (CZECH_LANGUAGE_SHORT) on the lines of a Czech or
    Slovak document that speak of knowing or grading a language."""
    hits = list(_CZECH_INITIALS.finditer(text))
    if not hits or not any("cs" in languages for *_, languages in inflecting_lines(text)):
        return []  # nearly every text
    found = []
    for hit in hits:
        start, end = text.rfind("\n", 0, hit.start()) + 1, text.find("\n", hit.end())
        end = end if end >= 0 else len(text)
        word = doc.char_span(*hit.span())
        if word is None or word.start in taken or _a_state_after_its_city(text, hit, start, end):
            continue
        if _CZECH_LANGUAGE_CUES.search(text, start, end):
            skill_id = CZECH_LANGUAGE_SHORT[hit.group()]
            found.append(RawMatch(skill_id, *hit.span(), word.start, word.end, inflected=True))
    return found


def _a_state_after_its_city(text: str, hit: re.Match[str], start: int, end: int) -> bool:
    """The initials are a state's code after its city (_STATE_AFTER_CITY) on the line that
    holds them, from start to end."""
    return any(city.end() == hit.end() for city in _STATE_AFTER_CITY.finditer(text, start, end))


# Words glued after a name that make it part of another thing's name: a CV in that language
# ("中文简历", "英文履歴書"), the lands that speak it ("英語圏"), a department of its
# literature ("영어영문학과", "英文系")
_NAMES_ANOTHER_THING = regex_cache.compile("简历|簡歷|履歴書|圏|圈|영문학|학과|文学|文學")
# A department after a language ("英语系"); after a field, "系" says of that kind ("機械学習系の
# 業務", ML-type work) or opens a series or a system ("深度学习系列", "推荐系统")
_LANGUAGE_DEPARTMENT = regex_cache.compile("系(?![统統列])")
# Chinese words whose last character opens a name: "高中文凭" is a high school's diploma, no
# "中文"; "其中文档" is "of which, documents"
_WORDS_ACROSS_A_NAME = frozenset({"高中", "初中", "其中", "集中", "当中", "當中", "之中", "从中"})


def _names_another_thing(text: str, name: re.Match[str], skill_id: str) -> bool:
    """A Chinese, Japanese or Korean name found inside a run is part of a longer word that
    names something else (_NAMES_ANOTHER_THING, _LANGUAGE_DEPARTMENT, _WORDS_ACROSS_A_NAME)."""
    start, end = name.span()
    if start and text[start - 1 : start + 1] in _WORDS_ACROSS_A_NAME:
        return True
    if _NAMES_ANOTHER_THING.match(text, end):
        return True
    return skill_id.startswith("lang-") and _LANGUAGE_DEPARTMENT.match(text, end) is not None


def _east_asian_spellings(taxonomy: Taxonomy) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The spellings holding Chinese, Japanese or Korean letters, each with its skill, and one
    pattern that finds them, the longest first ("深度学习" before "学习")."""
    names = {
        spelling: skill.id
        for skill in taxonomy.skills.values()
        for spelling in skill.spellings
        if EAST_ASIAN_LETTER.search(spelling)
    }
    if not names:
        return names, None
    ordered = sorted(names, key=len, reverse=True)
    # built from the taxonomy, so not stored in regex_cache (which keeps the code's own)
    return names, re.compile("|".join(re.escape(name) for name in ordered))


# A name closed up around a colon: "Run:ai", "re:dash"
_CLOSED_COLON = regex_cache.compile(r"[A-Za-z]:[A-Za-z]")


def _colon_closed_ids(taxonomy: Taxonomy) -> list[str]:
    """The skills with a spelling closed up around a colon (_CLOSED_COLON)."""
    return [
        skill.id
        for skill in taxonomy.skills.values()
        if any(":" in s and _CLOSED_COLON.search(s) for s in skill.spellings)
    ]


def _colon_closed(doc: Any, span: TokenSpan) -> bool:
    """The span's colons stand closed up, as in the name: "Run:ai", not a label and its
    value ("We run: AI tools")."""
    _, start, end = span
    return not any(
        doc[at].text == ":" and (doc[at].whitespace_ or doc[at - 1].whitespace_)
        for at in range(start + 1, end - 1)
    )


def longest_first(spans: list[TokenSpan]) -> list[TokenSpan]:
    """spacy.util.filter_spans on (match id, start, end) tuples of tokens: the longest span
    first (the first one of equal length), each overlapping one dropped, in order of start."""
    ordered = sorted(spans, key=lambda span: (span[2] - span[1], -span[1]), reverse=True)
    result = []
    seen: set[int] = set()
    for span in ordered:
        if span[1] not in seen and span[2] - 1 not in seen:  # bounds are inclusive
            result.append(span)
            seen.update(range(span[1], span[2]))
    return sorted(result, key=lambda span: span[1])


def _char_spans(doc: Any, spans: list[TokenSpan]) -> list[tuple[int, int]]:
    """The character offsets of each span of `doc`'s tokens, as spaCy's Span gives them: where
    its first token starts, and where its last ends (read for all spans at once)."""
    if not spans:
        return []
    from spacy.attrs import IDX, LENGTH

    token_starts = doc.to_array(IDX)
    token_ends = token_starts + doc.to_array(LENGTH)
    starts = token_starts.take([start for _, start, _ in spans]).tolist()
    ends = token_ends.take([end - 1 for _, _, end in spans]).tolist()
    return list(zip(starts, ends, strict=True))


def _sharing_a_word(doc: Any, spans: list[TokenSpan], kept: list[TokenSpan]) -> list[TokenSpan]:
    """The names that overlap a kept one at a word that ends the first and opens the second,
    the second going on with a preposition: "transformer models in production" names
    transformer models and models in production, "deep learning models in production" deep
    learning models too. In "quality control systems" or "Top Secret clearance" the word
    ends one name and qualifies the next: the longer (or first) name alone stays. (Each span
    counts as itself: the same tuple found twice is two spans, as two Span objects were.)"""
    kept_ids = {id(span) for span in kept}
    # a pair needs a name of two words or more that longest_first dropped
    dropped = [span for span in spans if span[2] - span[1] > 1 and id(span) not in kept_ids]
    if not dropped:
        return []
    taken = {i: span for span in kept for i in range(span[1], span[2])}
    found: list[TokenSpan] = []
    for span in dropped:
        over = {id(taken[i]): taken[i] for i in range(span[1], span[2]) if i in taken}
        if len(over) != 1:
            continue
        [other] = over.values()
        first, second = (other, span) if other[1] < span[1] else (span, other)
        if (
            first[0] != second[0]
            and first[2] - first[1] > 1
            and second[2] - second[1] > 2
            and second[1] == first[2] - 1
            and doc[second[1] + 1].lower_ in _PREPOSITIONS
        ):
            found.append(span)
    return longest_first(found) if found else []


# Words that go on from a name's head noun: "models in production", "AI for NPCs"
_PREPOSITIONS = frozenset("in at on for of with to from under across over by".split())


def _borrowed_tails(doc: Any, match: RawMatch) -> list[tuple[str, ...]]:
    """The words a first name of a list may borrow from the last, `match`, most likely first:
    the method noun after it ("statistical and machine learning methods" are statistical
    methods, "statistical and ML techniques" statistical techniques), then its own last
    words ("supervised and unsupervised learning" is supervised learning)."""
    tails: list[tuple[str, ...]] = []
    after = match.token_end
    if after < len(doc) and doc[after].lower_ in _METHOD_NOUNS:
        tails.append((doc[after].lower_,))
    if match.token_end - match.token_start >= 2:
        tails.append(tuple(doc[i].lower_ for i in range(match.token_start + 1, match.token_end)))
    return tails


# Nouns a list of methods shares: "statistical and machine learning methods"
_METHOD_NOUNS = frozenset("methods techniques approaches methodologies".split())


# What joins the first names of a list to the last: "prompt and context engineering",
# "supervised/unsupervised learning", "data, ML engineering"
_HEAD_JOINERS = frozenset({",", "/", "&", "and", "or", "and/or"})


def _glued_to_the_word_before(doc: Any, at: int) -> bool:
    """The word at `at` ends a hyphenated word ("semi-supervised") or is no word at all."""
    if not doc[at].is_alpha:
        return True
    # a hyphen between two words, not a list's dash before an item ("- Supervised and ...")
    hyphen = doc[at - 1] if at >= 2 else None
    return (
        hyphen is not None
        and hyphen.text == "-"
        and not hyphen.whitespace_
        and not doc[at - 2].whitespace_
        and not doc[at - 2].is_space
    )


class _Unwrapped(NamedTuple):
    """The words around a doc's wrapping line breaks without the breaks' blanks, and where
    each of its tokens stands in the doc it was made from (-1: a break between windows)."""

    doc: Any
    origin: list[int]

    def across(self, matches: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """The matches that run over a wrap, by the tokens of the doc made from (the others
        are found there as they are)."""
        origin = self.origin
        return [
            (match_id, origin[start], origin[end - 1] + 1)
            for match_id, start, end in matches
            if origin[end - 1] - origin[start] != end - 1 - start
        ]


# Tokens read on either side of a wrap: more than the longest spelling's 8 tokens, so a name
# broken anywhere is whole in its window (tests/test_hard_wraps.py checks the taxonomy)
WRAP_REACH = 10


def _without_wraps(doc: Any, wraps: Sequence[int]) -> _Unwrapped | None:
    """The words around each wrap in `doc` (`wraps`: character offsets of wrapping line
    breaks, or of the spaces that replaced them) without the wrap's blank token, so that a
    name broken over two lines is found as written on one; None when there is no such token.
    Only the windows are matched again: a name that crosses no wrap was found in `doc`."""
    if not wraps:
        return None
    from spacy.attrs import IDX
    from spacy.tokens import Doc

    starts = doc.to_array([IDX]).tolist()
    dropped: set[int] = set()
    for at in wraps:
        index = bisect_right(starts, at) - 1  # the token holding the break, or before it
        for token in (index, index + 1):  # a blank holding it, or one just after it
            if 0 <= token < len(doc) and starts[token] <= at + 1 and doc[token].is_space:
                dropped.add(token)
    if not dropped:
        return None
    words: list[str] = []
    spaces: list[bool] = []
    origin: list[int] = []
    reached = -1  # the last token taken into a window
    for blank in sorted(dropped):
        low, high = max(reached + 1, blank - WRAP_REACH), min(len(doc), blank + WRAP_REACH + 1)
        if origin and low > reached + 1:  # windows apart: a line break no name runs over
            words.append("\n")
            spaces.append(False)
            origin.append(-1)
        for i in range(low, high):
            if i not in dropped:
                words.append(doc[i].text)
                spaces.append(bool(doc[i].whitespace_) or i + 1 in dropped)
                origin.append(i)
        reached = max(reached, high - 1)
    return _Unwrapped(Doc(doc.vocab, words=words, spaces=spaces), origin)


def _checked_patterns(value: Any, taxonomy: Taxonomy) -> list[Any]:
    """A cache entry as SkillMatcher._patterns builds it, one entry per skill of `taxonomy`;
    TypeError otherwise, so that a damaged entry is a cache miss."""
    if not isinstance(value, list) or len(value) != len(taxonomy.skills):
        raise TypeError("not one entry per skill")
    for entry in value:
        skill_id, exact, patterns = entry  # anything but three items: TypeError or ValueError
        if skill_id not in taxonomy.skills or not isinstance(exact, bool):
            raise TypeError(f"not a pattern entry: {entry!r:.60}")
        if not isinstance(patterns, list) or not all(_is_words(w) for w in patterns):
            raise TypeError(f"not a list of token lists: {entry!r:.60}")
    return value


def _is_words(words: Any) -> bool:
    return isinstance(words, list) and bool(words) and all(isinstance(w, str) for w in words)


_MATCHERS: dict[str, SkillMatcher] = {}


def skill_matcher(taxonomy: Taxonomy) -> SkillMatcher:
    """One matcher per taxonomy content per process: building it is the costly part."""
    matcher = _MATCHERS.get(taxonomy.sha256)
    if matcher is None:
        matcher = _MATCHERS[taxonomy.sha256] = SkillMatcher(taxonomy)
    return matcher
