"""A resume's wishes and studies under way. A skill the writer wants to learn ("eager to learn
Kubernetes", "would love the chance to work with Spark", "interested in Rust", "Next on my
list: Scala") is named, not shown: its mentions are negated, as a wish claims no part of it
(not `learning`, which earns part credit). One being learnt ("currently learning Go", "taking
a course in Rust", "studying for the CKA", "CKA (in progress)") is shown in part: its
mentions are `learning`. A skill learnt, used or taught stays shown:
"learned Spark on the job", "want to keep using PyTorch", "helped the team learn Docker"."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise

from .. import regex_cache
from ..documents.sections import ITEM_MARK, heading_name
from ..literal_match import span_cover
from ..models import SkillHit
from .importance import Gated, lowered_alike
from .lines import matches_from, starts_of
from .skills import COMMA_LIST, CUE_LIST

Span = tuple[int, int]

# What the writer hopes to do with a skill: learn it, work with it, earn its certificate. Not
# "apply my ..." nor "deepen my knowledge of ...": those claim the skill.
_WISHED_DOING = (
    r"(?:(?:further|also|eventually|one[ \t]+day|soon|really|finally)[ \t]+)?"
    r"(?:learn(?:[ \t]+(?:more[ \t]+)?about)?|pick[ \t]+up|study|master|explore|try(?:[ \t]+out)?"
    r"|(?:get|dive|grow|move)[ \t]+(?:deeper[ \t]+)?into|work[ \t]+(?:with|on|in)"
    r"|use(?![ \t]+(?:my|our|the[ \t]+skills)\b)"
    r"|(?:get|gain)[ \t]+(?:(?:more|some|real|practical)[ \t]+)?(?:hands[- ]on[ \t]+)?"
    r"(?:experience|exposure|skills|knowledge|expertise|proficiency|familiarity)"
    r"[ \t]+(?:in|with|of|on|to)"
    r"|(?:develop|build)[ \t]+(?:my[ \t]+)?(?:skills|expertise|knowledge|proficiency)"
    r"[ \t]+(?:in|with|of)"
    r"|become[ \t]+(?:more[ \t]+)?(?:proficient|skilled|fluent|an[ \t]+expert|certified"
    r"|comfortable|familiar)[ \t]+(?:in|with|at|on)"
    r"|take|pursue|earn|obtain)\b"
)
# The same as an -ing word: "look forward to working with Kafka", "open to learning Scala"
_WISHED_DOING_ING = (
    r"(?:learning|picking[ \t]+up|studying|mastering|exploring|trying(?:[ \t]+out)?"
    r"|(?:getting|diving|growing|moving)[ \t]+into|working[ \t]+(?:with|on|in)"
    r"|using(?![ \t]+(?:my|our)\b)|gaining[ \t]+(?:hands[- ]on[ \t]+)?(?:experience|exposure)"
    r"[ \t]+(?:in|with|to))\b"
)
_HOPING = (
    r"eager|keen|excited|hop(?:e|es|ing)|aspir(?:e|es|ing)|want(?:s|ing)?|wish(?:es|ing)?"
    r"|plan(?:s|ning)?|intend(?:s|ing)?|aim(?:s|ing)?|looking|motivated|thrilled"
    # not the adjective "ready to use": "built ready to use Terraform modules"
    r"|ready(?![ \t]+to[ \t]+use\b)"
    r"|(?:would|['’]d)[ \t]+(?:like|love|welcome|relish|appreciate)"
    r"|(?:my|career|professional|long[- ]term)[ \t]+(?:goal|aim|ambition)[ \t]+is"
)
# "Goal: learn Terraform", "Next on my list: Scala, Terraform": the label's line is wished
_WISH_LABEL = (
    r"(?:(?:learning|career|development)[ \t]+)?goals?[ \t]*:[ \t]*(?:to[ \t]+)?"
    + _WISHED_DOING
    + r"|next[ \t]+on[ \t]+my[ \t]+(?:list|radar)[ \t]*:|(?:learning[ \t]+)?wish[ \t]*list[ \t]*:"
    r"|(?:want|plan)[ \t]+to[ \t]+learn[ \t]*:"
)
_WISH_PATTERN = regex_cache.compile(
    rf"\b(?:(?:{_HOPING})[ \t]+(?:(?:the|an?)[ \t]+(?:chance|opportunity)[ \t]+)?to[ \t]+"
    rf"{_WISHED_DOING}"
    rf"|(?:look(?:s|ing)?[ \t]+forward|open)[ \t]+to[ \t]+{_WISHED_DOING_ING}"
    rf"|(?:passionate|excited|curious)[ \t]+about[ \t]+{_WISHED_DOING_ING}"
    r"|interested[ \t]+in|curious[ \t]+about"
    # help asked for: "I'm looking for help with CUDA kernels", "I need guidance on Rust"
    r"|(?:looking[ \t]+for|seeking|i[ \t]+need|i['’]m[ \t]+in[ \t]+need[ \t]+of)[ \t]+"
    r"(?:some[ \t]+|more[ \t]+)?(?:help|guidance|advice|mentoring|mentorship)[ \t]+"
    r"(?:with|on|in|for)"
    # a job sought by what it uses: "looking for a role using Spark"
    r"|(?:seeking|looking[ \t]+for|applying[ \t]+for|in[ \t]+search[ \t]+of)[ \t]+"
    r"(?:an?[ \t]+|the[ \t]+)?(?:[\w+#/.-]+[ \t]+){0,5}?"
    r"(?:role|position|job|opportunit(?:y|ies)|internship|post)s?[ \t]+"
    r"(?:using|with|in|involving|working[ \t]+(?:with|on)|focused[ \t]+on|that[ \t]+uses?)"
    rf"|{_WISH_LABEL})",
    re.I,
)
# ... and a word every match of it holds, which most texts lack (see Gated)
_WISH = Gated.on_words(
    _WISH_PATTERN,
    tuple(
        "eager keen excit hop aspir want wish plan intend aim look ready motivat thrill would 'd"
        " ’d goal ambition open passion curious interest seek apply search next need".split()
    ),
)
# Learning under way, before what is learnt: "currently learning Go", "am learning Scala now",
# "taking a course in Rust", "studying for the CKA", "Learning: Rust, Go", "Learning Spark
# through Coursera" (a line opening on "learning" asks for the platform: "Learning rate
# schedules" is no study)
_PLATFORM = (
    r"coursera|udemy|edx|udacity|datacamp|pluralsight|codecademy|youtube|linkedin[ \t]+learning"
    r"|kaggle|fast\.ai|online[ \t]+courses?|a[ \t]+(?:mooc|bootcamp)"
)
# What one prepares for as a study: an exam or a certificate ("preparing for the AWS
# Solutions Architect exam", "prepping for the CKA"), not work ("preparing for deployment")
_AN_EXAM = (
    r"(?:[\w+#.-]+[ \t]+){0,5}?(?:exams?|certifications?|certificates?|tests?)\b"
    r"|(?-i:[A-Z][A-Z0-9-]{1,7})(?=[ \t]*(?:[.,;:()\n]|$)|[ \t]+(?:and|or|&)[ \t])"
)
# A line opening on "Learning" that ends a field's name wrapped over two lines ("Machine" /
# "Learning: PyTorch") is no study: the line above must not end on such a field's first word
_NO_FIELD_WRAPPED = "".join(
    rf"(?<!{word}\n)"
    for word in (
        *("machine", "deep", "reinforcement", "statistical", "transfer", "federated"),
        *("supervised", "representation", "ensemble", "contrastive", "online", "active"),
    )
)
_LEARNING_PATTERN = regex_cache.compile(
    r"\b(?:(?:currently|presently|now|actively|still|am|i['’]m)[ \t]+(?:also[ \t]+)?"
    r"(?:self[- ]?)?(?:learning|exploring)(?![-\w])(?:[ \t]*:)?"
    r"|taking[ \t]+(?:an?|the|some)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:course|class|module|training)s?"
    r"[ \t]+(?:in|on|about|covering)"
    r"|studying[ \t]+for[ \t]+(?:the[ \t]+|an?[ \t]+|my[ \t]+)?"
    rf"|(?:preparing|prepping)[ \t]+for[ \t]+(?:the[ \t]+|an?[ \t]+|my[ \t]+)?(?={_AN_EXAM}))"
    rf"|(?m:^){_NO_FIELD_WRAPPED}[ \t]*(?:[-•*▪◦][ \t]+)?learning(?:[ \t]*:"
    r"|(?=[ \t]+(?:[\w+#.-]+[ \t]+){1,4}(?:through|via|on|with|from|using)[ \t]+"
    rf"(?:{_PLATFORM})))",
    re.I,
)
_LEARNING = Gated.on_words(
    _LEARNING_PATTERN, ("learning", "exploring", "taking", "studying", "preparing", "prepping")
)
# A course being taken that names what it teaches: "enrolled in an online Kubernetes course"
_IN_A_COURSE_PATTERN = regex_cache.compile(
    r"\b(?:(?:enrolled|enrolling)[ \t]+in|taking|attending)[ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w+#.-]+[ \t]+){1,4}?(?:course|class|bootcamp)\b",
    re.I,
)
_IN_A_COURSE = Gated.on_words(_IN_A_COURSE_PATTERN, ("course", "class", "bootcamp"))
# After a name: "CKA (in progress)", "AWS Solutions Architect - ongoing", a skills list's
# "Rust (learning)", "Go - self-learning"; "learning" only after a note's mark, as it also
# names a kind of learning after a name ("Bayesian learning")
_UNDER_WAY = regex_cache.compile(
    r"[ \t]*(?:(?:[(\-–—,:][ \t]*)?(?:in[ \t]+progress|ongoing|underway|in[ \t]+training)"
    r"|[(\-–—:][ \t]*(?:currently[ \t]+|self[- ]?)?learning)"
    # ... closing what is said of it: not "PyTorch in training large models"
    r"(?=[ \t]*(?:[).,;!?\n]|$))",
    re.I,
)
# Where a wish's object ends: a sentence or clause, another clause's word, or the writer's own
# claim joined on ("and I use Python daily", "and have shipped ...")
_OBJECT_END = regex_cache.compile(
    r"[.!?](?=\s|$)|[;:()\n,]|[ \t][-–—|][ \t]"
    r"|\b(?:but|though|although|however|while|whereas|where|which|because|since|having"
    r"|after|before)\b"
    r"|\b(?:and|&)[ \t]+(?:i|i['’]m|i['’]ve|have|has|had|am|already|now|currently|bring)\b"
    # ... or what the writer has: "interested in Go with 5 years of Python"
    r"|\bwith[ \t]+(?:\d|(?:over|more|several|many|years|my|extensive|solid|strong|proven)\b)",
    re.I,
)


MAX_OBJECT = 200  # characters a cue's object may run over: each cue reads a bounded stretch


def _objects(text: str, cues: Iterable[re.Match[str]]) -> list[Span]:
    """Where each cue's object stands: to its line's end after a label's colon, else to the
    end of its clause, or of the list it opens ("eager to learn Spark, Kafka and Airflow",
    "eager to learn Go, Rust")."""
    spans = []
    for cue in cues:
        start = cue.end()
        limit = min(len(text), start + MAX_OBJECT)
        if text[start - 1] == ":":
            line_end = text.find("\n", start, limit)
            spans.append((start, limit if line_end == -1 else line_end))
            continue
        stop = _OBJECT_END.search(text, start, limit)
        end = stop.start() if stop else limit
        listed = CUE_LIST.match(text, start) or COMMA_LIST.match(text, start)
        spans.append((start, max(end, listed.end() if listed else end)))
    return spans


# What each cue's matches open with (lower case): a whole-text search tries its many words at
# every character, an anchored match only where one of these stands (the same matches:
# tests/test_fast_paths.py). _LEARNING's may open a line too ("Learning: Rust").
_OPENINGS = {
    id(_WISH): (
        *("eager", "keen", "excited", "hop", "aspir", "want", "wish", "plan", "intend", "aim"),
        *("look", "ready", "motivated", "thrilled", "would", "'d", "’d", "my", "career"),
        *("professional", "long", "open", "passionate", "curious", "interested", "seeking"),
        *("applying", "in ", "in\t", "learning", "development", "goal", "next"),
        *("i need", "i'm in", "i’m in"),
    ),
    id(_LEARNING): (
        *("currently", "presently", "now", "actively", "still", "am", "i'm", "i’m"),
        *("taking", "studying", "preparing", "prepping"),
    ),
    id(_IN_A_COURSE): ("enrolled", "enrolling", "taking", "attending"),
}


def _cue_matches(gated: Gated, text: str) -> Iterable[re.Match[str]]:
    """gated.finditer(text), tried only where a match may open (_OPENINGS), found in the
    text's lower case (importance.lowered_alike: the same places)."""
    if not gated.may_match(text):
        return ()
    lowered = lowered_alike(text)
    if lowered is None:
        return gated.finditer(text)
    starts = starts_of(lowered, _OPENINGS[id(gated)])
    if gated is _LEARNING:
        starts |= {0, *(at + 1 for at in starts_of(lowered, ("\n",)))}
    return matches_from(gated.compiled, text, starts)


# Others who wish or study, whom a resume names: "taught beginners eager to learn Python",
# "built tools for teams wanting to use Kafka", "mentored juniors interested in Go" (plural:
# "recent graduate eager to learn Go" is the writer)
_OTHERS_BEFORE = regex_cache.compile(
    r"\b(?:users|customers|clients|students|learners|beginners|juniors|graduates|interns"
    r"|mentees|trainees|engineers|developers|analysts|scientists|teams|colleagues|peers|people"
    r"|members|stakeholders|companies|businesses|organi[sz]ations|partners|candidates"
    r"|participants|attendees|readers|anyone|everyone|those|others)"
    r"(?:[ \t]+(?:who|that)(?:[ \t]+(?:are|were|is|was))?)?[ \t]+\Z",
    re.I,
)
_OTHERS_REACH = 60  # characters before a cue where its subject is looked for
# A researcher's interests are the fields they work in: "PhD candidate interested in
# reinforcement learning" (but "PhD student interested in learning Kubernetes" wishes)
_RESEARCHER_BEFORE = regex_cache.compile(
    r"\b(?:researcher|research[ \t]+(?:scientist|fellow|engineer|assistant)|ph\.?d\.?"
    r"(?:[ \t]+(?:candidate|student|researcher))?|doctoral[ \t]+(?:candidate|student)"
    r"|postdoc(?:toral[ \t]+(?:fellow|researcher))?|professor|lecturer)[ \t]+"
    r"(?:(?:mainly|primarily|chiefly|particularly|especially|broadly|deeply)[ \t]+)?\Z",
    re.I,
)
_DOING_NEXT = regex_cache.compile(rf"[ \t]*{_WISHED_DOING_ING}", re.I)


def _a_researchers_field(text: str, cue: re.Match[str]) -> bool:
    """'interested in' a field, said by a researcher of themselves."""
    if not cue.group().lower().startswith("interested"):
        return False
    start = cue.start()
    before = _RESEARCHER_BEFORE.search(text, max(0, start - _OTHERS_REACH), start)
    return before is not None and not _DOING_NEXT.match(text, cue.end())


def _found(gated: Gated, text: str) -> Iterable[re.Match[str]]:
    """The cue's matches the writer says of themselves, not of others they name."""
    for found in _cue_matches(gated, text):
        start = found.start()
        before = _OTHERS_BEFORE.search(text, max(0, start - _OTHERS_REACH), start)
        if before is None:
            yield found


def _wish_cues(text: str) -> Iterable[re.Match[str]]:
    return (cue for cue in _found(_WISH, text) if not _a_researchers_field(text, cue))


def _learning_cues(text: str) -> Iterable[re.Match[str]]:
    return _found(_LEARNING, text)


def wished_spans(text: str) -> list[Span]:
    """Where the skills a resume's wishes name stand, also of a wish wrapped over two lines,
    and the items a checklist leaves unticked."""
    return (
        _objects(text, _wish_cues(text))
        + _wrapped_objects(_wish_cues, text)
        + _unticked_items(text)
    )


# A Markdown checklist's items: "- [x] PyTorch" ticked, "- [ ] Rust" not yet
_TICKED = regex_cache.compile(r"^[ \t]*[-*+][ \t]+\[[xX]\][ \t]", re.M)
_UNTICKED = regex_cache.compile(r"^[ \t]*[-*+][ \t]+\[ \][ \t][^\n]*", re.M)


def _unticked_items(text: str) -> list[Span]:
    """The items a checklist leaves unticked, where it ticks others: plans, as a learning
    roadmap in a README lists them; or an unticked box among plain items of its list, a
    to-do in a Notion page ("- Python", "- [ ] Rust"). Boxes none of which is ticked, on every
    item, are only the list's look."""
    if "[ ]" not in text:
        return []
    unticked = _UNTICKED.finditer(text)
    if _TICKED.search(text):
        return [item.span() for item in unticked]
    return [item.span() for item in unticked if _beside_a_plain_item(text, *item.span())]


_PLAIN_ITEM = regex_cache.compile(r"[ \t]*[-*+][ \t]+(?!\[[ xX]\])\S")


def _beside_a_plain_item(text: str, start: int, end: int) -> bool:
    """The line before or after the item at start..end is a list item with no box."""
    before = text.rfind("\n", 0, max(0, start - 1)) + 1
    after = end + 1
    return bool(
        (start > 0 and _PLAIN_ITEM.match(text, before, start))
        or (after < len(text) and _PLAIN_ITEM.match(text, after))
    )


_LIST_ITEM = regex_cache.compile(rf"[ \t]*{ITEM_MARK}[ \t]")
_BLANKS = regex_cache.compile(r"\s+")


def _past_blanks(text: str, start: int) -> int:
    """Where the first character after `start` that is no blank or line break stands."""
    blanks = _BLANKS.match(text, start)
    return blanks.end() if blanks else start


def _wrap_breaks(text: str) -> list[int]:
    """The line breaks that only wrap a sentence, as a PDF's or an editor's hard wrap does: the
    line before ends on a letter (no mark that closes a sentence or opens a list: "Eager to
    learn"), the next is no blank, list item or heading ("Rust and Go in production")."""
    breaks = []
    at = 0
    lines = text.split("\n")
    for line, following in pairwise(lines):
        at += len(line)
        if line.rstrip(" \t")[-1:].isalpha() and _goes_on(following.strip()):
            breaks.append(at)
        at += 1
    return breaks


def _goes_on(line: str) -> bool:
    """A line that may go on with the sentence above: no blank, list item or heading."""
    return bool(line) and not _LIST_ITEM.match(line) and heading_name(line) is None


@lru_cache(maxsize=16)  # read for the wishes and again for the studies under way
def _unwrapped(text: str) -> tuple[tuple[int, ...], str]:
    """The text's wrap breaks (_wrap_breaks) and the text with each of them as a space."""
    breaks = tuple(_wrap_breaks(text))
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return breaks, "".join(chars)


# A line that opens a sentence of its own: a verb of its own within its first words ("Python
# is what I use", "Python and SQL are my tools", "Python I use daily"), not a phrase that goes
# on with a wish ("Rust and Go in production", "Rust so I can ...") or a relative clause
# ("Rust which is fast")
_RELATIVE = r"(?:which|that|who|whose|where)\b"
_OWN_SENTENCE = regex_cache.compile(
    rf"[ \t]*(?:(?!{_RELATIVE})[\w+#./-]+[ \t]+){{1,4}}?"
    r"(?:(?:is|are|was|were|has|have)(?:[ \t]+been)?|i[ \t]+(?:use|used|have|had|work|write))\b",
    re.I,
)
# ... or a present verb in -s after its capitalised subject, then whose or what it acts on
# ("Python powers our pipelines", "Apache Kafka carries all our events"); a plural noun goes on
# with the wish ("Kubernetes operators and Helm charts", "Rust internals the hard way"), also
# before "all" or "most" that own nothing ("Rust macros most of all", "Kafka streams all day")
_SAYS_OF_ITSELF = regex_cache.compile(
    rf"[ \t]*(?=[A-Z])(?:(?!(?i:{_RELATIVE}))[\w+#./-]+[ \t]+){{1,3}}?"
    r"[a-z]+[^\Wsu]s[ \t]+(?:(?:all[ \t]+(?:of[ \t]+)?|most[ \t]+of[ \t]+)?"
    r"(?:our|my|their|its|your|his|her)|me|us|everything)\b"
)


def _own_sentence(text: str, start: int) -> bool:
    """The line from `start` opens a sentence of its own, with a verb of its own."""
    return bool(_OWN_SENTENCE.match(text, start) or _SAYS_OF_ITSELF.match(text, start))


def _wrapped_objects(cues_in: Callable[[str], Iterable[re.Match[str]]], text: str) -> list[Span]:
    """The objects of the cues a hard wrap hides: a cue broken over two lines ("Keen to" /
    "learn Rust"), or one that ends its line, its object on the next ("Eager to learn" /
    "Rust and Go"), unless that line opens a sentence of its own ("Python is what I use").
    They are found in the text with those breaks as spaces (the same offsets); each object
    ends with the line it starts on."""
    breaks, joined = _unwrapped(text) if "\n" in text else ((), text)
    if not breaks:
        return []
    spans = []
    for cue in cues_in(joined):
        at = bisect_left(breaks, cue.start())
        if at == len(breaks) or joined[cue.end() : breaks[at]].strip(" \t"):
            continue  # no wrap within the cue or right after it: found in the text as it is
        if breaks[at] >= cue.end() and _own_sentence(text, breaks[at] + 1):
            continue  # the cue ends its line, and the next says something of its own
        for start, end in _objects(joined, [cue]):
            line_end = text.find("\n", _past_blanks(text, start))
            spans.append((start, end if line_end == -1 else min(end, line_end)))
    return spans


def wished_and_learning(skills: list[SkillHit], text: str) -> None:
    """Negate the mentions a wish names and mark those a study under way names as learning."""
    if not skills:
        return
    wished = span_cover(wished_spans(text))
    learnt = _objects(text, _learning_cues(text)) + _wrapped_objects(_learning_cues, text)
    learning = span_cover(learnt + [found.span() for found in _found(_IN_A_COURSE, text)])
    for mention in (m for hit in skills for m in hit.mentions if not m.negated):
        if wished.cover(mention.start, mention.end):
            mention.negated = True
        elif learning.cover(mention.start, mention.end) or _UNDER_WAY.match(text, mention.end):
            mention.learning = True
