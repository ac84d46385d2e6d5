"""Concrete, specific changes to the resume, in the posting's own words."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from . import regex_cache
from .documents.sections import ITEM_MARK
from .extract.experience import merged_months
from .extract.language_grades import SHORT_OF
from .extract.lines import LineIndex
from .extract.signals import only_venues
from .extract.spoken import SPOKEN_LANGUAGES
from .extract.wraps import unwrapped
from .literal_match import IRREGULAR_PAST, stem
from .match import UNTIMED_CATEGORIES, WHOLE_CAREER, job_title_lines, line_index, titles_work
from .missing_kinds import SOFT_ALONE, missing_action
from .misspellings import Misspelling
from .models import DEGREE_ORDER, Mention, PostingInfo, Profile, SkillHit, SkillMatch, Suggestion
from .number import other_number
from .scoring import (
    LEVEL_ORDER,
    OVERQUALIFIED_GAP,
    UNDATED,
    alternative_met,
    compared_experience,
    for_students,
    levels_over,
    not_enrolled,
    studies_past,
)

MAX_SUGGESTIONS = 12
PREFIX = 6  # words sharing their first six letters are one word inflected ("detect-or/-ion")


# The order advice comes in, so that the cap never drops the weightiest: the posting's degree
# and years (one line each), skills it requires, time with a skill, naming and wording.
PRIORITY = {
    "level": 0,
    "experience": 0,
    "education": 0,
    "add-required": 1,
    "years": 2,
    "grade": 2,
    "name-it": 3,
    "show-in-experience": 4,
    "use-their-term": 5,
    "add-preferred": 6,
}
_IMPORTANCE_RANK = {"required": 0, "preferred": 1, "mentioned": 2}


@dataclass(frozen=True)
class Shared:
    """Advice that reads the same for every skill it is about: said once, naming them all, when
    several share it (an off-field resume is not told twelve times to add a tool to a bullet)."""

    alone: Suggestion  # the advice when this skill is the only one
    sentence: str  # the key of the sentence several share, in SHARED_SENTENCES
    named: str  # the skill as that sentence lists it: 'Model deployment ("models in production")'


# The sentence advice shared by several skills reads, {names} listing them ("A, B and C")
SHARED_SENTENCES = {
    "add-tool": (
        "The posting requires {names}, which your resume does not show: add each you have used "
        "to an experience bullet that says what you did with it."
    ),
    "add-soft": (
        "The posting requires {names}: show each that fits you by an example in an experience "
        "bullet, what you did and what came of it."
    ),
    "nice-tool": "Nice to have: {names}. Mention any of them you have exposure to.",
    "nice-soft": (
        "Nice to have: {names}. Show each that fits you by an example in an experience bullet, "
        "what you did and what came of it."
    ),
    "show": (
        "{names} appear only in your skills or summary: show each in an experience bullet with "
        "a result."
    ),
    "years": (
        "The posting asks for more time with {names} than your dated roles show: name each in "
        "every role where you used it."
    ),
}
Advice = Suggestion | Shared
Ranked = tuple[int, Advice]  # advice with the importance of what it is about


Misspelt = Mapping[str, Misspelling]  # skill id -> where the resume misspells its name
# skill id -> the resume's skills that imply it directly (PySpark for Spark, PyTorch for deep
# learning): one of them at work shows the skill at work
Forms = Mapping[str, Sequence[SkillHit]]


def _skill_suggestions(
    matches: list[SkillMatch],
    resume: Profile,
    categories: Mapping[str, str],
    misspelt: Misspelt,
    translated: bool,
    forms: Forms,
    career_short: bool = False,
) -> list[Ranked]:
    out: list[Ranked] = []
    venues = _venues_of_papers_asked(matches)
    for m in matches:
        if m in venues:
            continue  # said with the papers asked
        rank = _IMPORTANCE_RANK.get(m.importance, 2)
        category = categories.get(m.id)
        advice = _advice(m, resume, category, misspelt, translated, forms, career_short)
        if venues and m.id == PUBLICATIONS:
            advice = [
                _with_venues(found, venues) if isinstance(found, Suggestion) else found
                for found in advice
            ]
        out += [(rank, found) for found in advice]
    return out


PUBLICATIONS = "publications"


def _unmet(m: SkillMatch) -> bool:
    return m.status == "missing" and m.importance != "mentioned"


def _venues_of_papers_asked(matches: list[SkillMatch]) -> list[SkillMatch]:
    """Venues asked ("NeurIPS, KDD or RecSys") beside publications asked, both missing: one
    line of advice says both ("Publications at NeurIPS, KDD or RecSys")."""
    if not any(m.id == PUBLICATIONS and _unmet(m) for m in matches):
        return []
    return [m for m in matches if not m.known and _unmet(m) and only_venues(m.jd_text)]


def _with_venues(found: Suggestion, venues: list[SkillMatch]) -> Suggestion:
    at = " or ".join(m.name for m in venues)
    message = found.message.replace("Publications", f"Publications at {at}", 1)
    return found.model_copy(update={"message": message})


def _advice(
    m: SkillMatch,
    resume: Profile,
    category: str | None = None,
    misspelt: Misspelt | None = None,
    translated: bool = False,
    forms: Forms | None = None,
    career_short: bool = False,
) -> Sequence[Advice]:
    """What to change about one requirement (of the taxonomy's `category`, if known);
    `translated`: the posting is written in another language than the resume; `career_short`:
    other advice says the resume's years fall short of the posting's."""
    if m.status == "missing" and m.importance != "mentioned" and category in _HELD_ADVICE:
        return [_asked_advice(m, ". " + _HELD_ADVICE[category].format(m=m))]
    slip = _misspelt_choice(m, misspelt or {})
    if slip is not None and m.unnamed and m.importance != "mentioned":  # "Pyhton" by pandas
        return [_spelling_advice(m, slip)]
    if m.status == "missing":
        return _missing_advice(m, category)
    if m.status == "related" and m.detail and SHORT_OF in m.detail:  # a language spoken less well
        message = (
            f'The posting asks {m.name} ("{m.jd_text}") at a higher grade than your resume '
            f"gives ({m.detail}): if you speak it better now, write the grade you hold."
        )
        return [Suggestion(kind="grade", message=message)]
    if m.status in ("implied", "related") and m.via is None:  # shown, for too short a time
        if WHOLE_CAREER in (m.detail or "") or _spans_career(m, resume):
            return _career_short_advice(m, career_short)
        message = (
            f"The posting asks for more time with {m.name}{_their_words(m)} than your dated "
            f"roles show ({m.detail}): name it in every role where you used it."
        )
        words = f'"{m.jd_text}", ' if _their_words(m) else ""
        named = f"{m.name} ({words}{m.detail})"  # 'Python (shows 2.0 of 5 years in ...)'
        return [Shared(Suggestion(kind="years", message=message), "years", named)]
    if m.status == "implied":
        message = (
            f"Name {m.name} explicitly: your resume lists {m.via}, which implies it, but the "
            f'posting asks for "{m.jd_text}".'
        )
        return [Suggestion(kind="name-it", message=message)]
    if m.status == "related" and only_venues(m.jd_text):  # "a paper at RecSys" for NeurIPS
        message = (
            f"The posting asks for papers at {m.name}; your resume shows {m.via}. If you have "
            f"papers at {'those venues' if len(m.one_of) > 1 else 'that venue'}, list them in your "
            "Publications section."
        )
        return [Suggestion(kind="name-it", message=message)]
    if m.status == "related":
        message = (
            f'The posting asks for "{m.jd_text}"; your resume shows {m.via}, which is close to '
            f"it. If your experience includes {m.name}, name it."
        )
        return [Suggestion(kind="name-it", message=message)]
    return _wording_advice(m, resume, translated, (forms or {}).get(m.id, ()))


# The years a skill's time-short detail says it shows: "shows 2.0 of 5 years in ..."
_SHOWN_YEARS = regex_cache.compile(r"shows (\d+(?:\.\d+)?) of ")


def _spans_career(m: SkillMatch, resume: Profile) -> bool:
    """The skill's dated time is as long as all the resume's dated work: it stands in every
    role already, and naming it in more adds no time."""
    shown = _SHOWN_YEARS.match(m.detail or "")
    work = [dated for dated in resume.experience.ranges if dated.section != "education"]
    career = merged_months(work) / 12
    return shown is not None and career > 0 and float(shown.group(1)) >= round(career, 1)


def _career_short_advice(m: SkillMatch, career_short: bool) -> list[Suggestion]:
    """A skill asked for longer than the resume's whole dated career: naming it in more roles
    adds no time. Said once, by the advice on the posting's years, when that is given."""
    if career_short:
        return []
    message = (
        f'The posting asks for more time with {m.name} ("{m.jd_text}") than your whole dated '
        f"career ({m.detail}): lead with your weightiest work with it."
    )
    return [Suggestion(kind="years", message=message)]


# A language spoken or a clearance or licence held is stated, not shown by work done (nor by
# "exposure")
_HELD_ADVICE = {
    "spoken-languages": (
        "If you speak it, name it with your level in a Languages line (for example: "
        "{m.name} - fluent)."
    ),
    "clearances": (
        "If you hold it, state it near the top of your resume with its status (active or current)."
    ),
    "licenses": "If you hold it, state it on your resume (with your contact details or skills).",
}


def _asked_advice(m: SkillMatch, rest: str) -> Suggestion:
    """Advice on a skill the posting requires ("The posting requires X" + `rest`) or would
    like ("Nice to have: X" + `rest`), of the kind of its importance."""
    if m.importance == "required":
        return Suggestion(kind="add-required", message=f"The posting requires {m.name}{rest}")
    return Suggestion(kind="add-preferred", message=f"Nice to have: {m.name}{rest}")


def _misspelt_choice(m: SkillMatch, misspelt: Misspelt) -> Misspelling | None:
    """Where the resume misspells the skill asked for, or one of the choices offered."""
    return next((misspelt[i] for i in (m.id, *m.one_of) if i in misspelt), None)


def _spelling_advice(m: SkillMatch, slip: Misspelling) -> Suggestion:
    """A skill asked for that the resume names, misspelt ("Pyhton"): fix the spelling rather
    than add the skill. Its kind stays that of the missing skill's advice."""
    fix = (
        f'your resume writes "{slip.written}" (line {slip.line}): correct it to '
        f'"{slip.spelled}", as keyword searches miss a misspelt name.'
    )
    return _asked_advice(m, f"{_their_words(m)}; {fix}")


def _missing_advice(m: SkillMatch, category: str | None = None) -> list[Advice]:
    several = len(m.one_of) > 1
    if m.importance == "mentioned":
        return []
    if m.id.startswith("role:"):  # "3+ years as a data engineer": a job held, not a tool
        return [_role_advice(m)]
    named = f"{m.name}{_their_words(m)}"
    required = m.importance == "required"
    if action := missing_action(m.id, m.name, m.jd_text, category, several):
        alone = _asked_advice(m, f"{_their_words(m)}. {action}")  # no tool: listed or shown
        if action != SOFT_ALONE:
            return [alone]
        return [Shared(alone, "add-soft" if required else "nice-soft", named)]
    if required:
        it = "one of them" if several else "it"
        message = (
            f"The posting requires {named}. If your experience includes {it}, "
            "add it to an experience bullet that says what you did with it."
        )
        alone = Suggestion(kind="add-required", message=message)
        return [_one_of_or_shared(alone, "add-tool", m)]
    if m.importance == "preferred":
        mention = (
            "Mention any of them you have exposure to."
            if several
            else "Mention it if you have any exposure to it."
        )
        alone = Suggestion(kind="add-preferred", message=f"Nice to have: {named}. {mention}")
        return [_one_of_or_shared(alone, "nice-tool", m)]
    return []


def _one_of_or_shared(alone: Suggestion, sentence: str, m: SkillMatch) -> Advice:
    """A choice ("PyTorch or TensorFlow") keeps its own line: listed among other skills, its
    "or" would read as one more of them."""
    return alone if len(m.one_of) > 1 else Shared(alone, sentence, f"{m.name}{_their_words(m)}")


def _role_advice(m: SkillMatch) -> Suggestion:
    """Time in a role asked ("experience as a data engineer"): work done under another title
    is described in that job's bullets."""
    role = f"{_article(m.jd_text)} {m.jd_text}"
    action = (
        "if you have done that work under another job title, describe it in that job's "
        "bullets, with the tools you used."
    )
    if m.importance == "required":
        message = f"The posting requires experience as {role}: {action}"
        return Suggestion(kind="add-required", message=message)
    return Suggestion(kind="add-preferred", message=f"Nice to have: experience as {role}: {action}")


def _article(noun: str) -> str:
    """ "a" or "an" before a noun as it is said: "an analyst", "an ML engineer", "a data
    engineer"."""
    word = noun.split()[0] if noun.split() else noun
    capitals = _LEADING_CAPITALS.match(word)
    if capitals and (len(capitals.group()) > 1 or not word[1:2].islower()):
        # said letter by letter: "an MLOps engineer", "an R&D engineer", "an F# developer"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    if _SAID_YOU.match(word) or word[:1].lower() not in "aeiou":
        return "a"  # "a user researcher", "a unit lead", "a one-person team"
    return "an"


# The capitals a word opens with ("ML" of "MLOps"), and words opening on a vowel said as a
# consonant: "you" ("user", "unit", "European"), "won" ("one-person")
_LEADING_CAPITALS = regex_cache.compile(r"[A-Z]+(?=[A-Z][a-z]|\d|\b|$)")
_SAID_YOU = regex_cache.compile(r"(?i:u(?:s|ni|ti|r[aeio])|eu|one(?![a-z]))")


# An acronym in brackets after a term: "retrieval-augmented generation (RAG)"
_ACRONYM_AFTER = regex_cache.compile(r"\s*\([A-Z][A-Za-z0-9&./-]{1,9}\)$")


def _their_words(m: SkillMatch) -> str:
    """The posting's wording in quotes after the skill's name, unless it is the name itself
    ("MLflow", "model monitoring"), maybe hyphenated otherwise or with its acronym after it
    ("retrieval-augmented generation (RAG)"): quoting it again says nothing."""
    return "" if _plain(m.jd_text) == _plain(m.name) else f' ("{m.jd_text}")'


def _plain(term: str) -> str:
    return " ".join(_ACRONYM_AFTER.sub("", term).casefold().replace("-", " ").split())


def _wording_advice(
    m: SkillMatch, resume: Profile, translated: bool, forms: Sequence[SkillHit] = ()
) -> list[Advice]:
    """A matched skill: in the posting's words (not when the posting is written in another
    language: "procesamiento de lenguaje natural" for an English resume's "NLP"), and shown
    where the work is, itself or by a skill that implies it (`forms`)."""
    hit = next((h for h in resume.skills if h.id == m.id), None)
    if m.status != "matched" or not m.known or not m.evidence or hit is None:
        return []
    out: list[Advice] = []
    used = {unwrapped(mention.text).lower() for mention in hit.mentions}
    worded = m.jd_text.lower() in used or _same_word(m.jd_text, used)
    worded = worded or _shorter_form(m.jd_text, used)  # "ML" where the resume says it in full
    # a language's English name needs no change for its name in a posting's own language
    # ("Deutsch" for German)
    worded = worded or (hit.category == SPOKEN_LANGUAGES and m.name.lower() in used)
    worded = worded or translated
    if not worded and not m.one_of:  # a choice's wording ("Kubeflow or Airflow") is no term
        said = min((unwrapped(m.text) for m in hit.mentions), key=str.lower)  # as written
        message = f'Use the posting\'s term "{m.jd_text}" where your resume says "{said}".'
        if _only_in_titles(hit.mentions, resume):  # a job title is a fact, not wording to change
            message = (
                f'Use the posting\'s term "{m.jd_text}" in an experience bullet: your resume says '
                f'"{said}" only in a job title.'
            )
        out.append(Suggestion(kind="use-their-term", message=message))
    asked = m.importance in ("required", "preferred")  # not a word of the company's blurb
    if (
        asked
        # a language or a clearance is listed, not shown with a result
        and hit.category not in UNTIMED_CATEGORIES
        and all(e.section in ("skills", None, "summary") for e in m.evidence)
        and any(s.name == "experience" for s in resume.sections)
        and not _named_at_work(resume, {m.name, *(unwrapped(x.text) for x in hit.mentions)})
        and not in_a_work_bullet(resume, hit.mentions)
        and not _a_titles_work(m.name, hit.mentions, resume)
        and not any(_at_work(resume, form) for form in forms)
    ):
        message = (
            f"{m.name} appears only in your skills or summary: show it in an experience bullet "
            "with a result."
        )
        out.append(Shared(Suggestion(kind="show-in-experience", message=message), "show", m.name))
    return out


# A bullet's mark and its first word
_BULLET_OPENING = regex_cache.compile(rf"^\s*{ITEM_MARK}\s*([A-Za-z]+)\b")
_WRAPPED_LINES = 2  # the lines a bullet may wrap over, after its first
# Words in -ed that open a bullet about the writer, not about work done: "Skilled in Python"
_SELF_DESCRIBED = frozenset(
    """skilled experienced certified seasoned qualified advanced accomplished talented
    dedicated motivated licensed versed detailed""".split()
)


def _at_work(resume: Profile, hit: SkillHit) -> bool:
    """A skill named, not negated, in a work section or in a bullet that tells of work."""
    shown = [mention for mention in hit.mentions if not mention.negated]
    return any(m.section in ("experience", "projects") for m in shown) or in_a_work_bullet(
        resume, shown
    )


def in_a_work_bullet(resume: Profile, mentions: list[Mention]) -> bool:
    """A mention in a bullet that tells of work done, wherever it stands: a functional resume
    sets its work under "Core competencies" or "Selected accomplishments"."""
    lines = line_index(resume.text)
    return any(_tells_of_work(_bullet_at(lines, mention.line)) for mention in mentions)


def _bullet_at(lines: LineIndex, number: int) -> str:
    """The bullet a line stands in, with the lines it wraps over ("- Built models that" /
    "  cut churn by 12%")."""
    first, last = number, number
    while (
        first > max(1, number - _WRAPPED_LINES)
        and not _BULLET_OPENING.match(lines.line_text(first))
        and lines.line_text(first - 1).strip()
    ):
        first -= 1
    while (
        last < min(len(lines), number + _WRAPPED_LINES)
        and lines.line_text(last + 1).strip()
        and not _BULLET_OPENING.match(lines.line_text(last + 1))
    ):
        last += 1
    return " ".join(lines.line_text(n).strip() for n in range(first, last + 1))


def _tells_of_work(bullet: str) -> bool:
    """A bullet opened by a verb in the past tense that states a result in figures ("- Built
    forecasting models in Python that cut stockouts by 15%"); not a list of skills ("- Python
    (8 years), SQL") nor the writer described ("- Experienced in Python (8 years)")."""
    return any(char.isdigit() for char in bullet) and opens_with_work_done(bullet)


def opens_with_work_done(bullet: str) -> bool:
    """A bullet opened by a verb in the past tense ("- Built ...", "- Led ..."), not by one
    describing the writer ("- Skilled in ...")."""
    opening = _BULLET_OPENING.match(bullet)
    if opening is None:
        return False
    verb = opening.group(1).lower()
    past = verb in IRREGULAR_PAST or (verb.endswith("ed") and (len(verb) > 4 or verb == "used"))
    return past and verb not in _SELF_DESCRIBED


def _named_at_work(resume: Profile, names: set[str]) -> bool:
    """A name written in a work section, maybe inside a longer one ("AWS SageMaker" names AWS
    though the matcher read SageMaker there)."""
    return any(
        _written_in(resume.text, name, section.start, section.end)
        for section in resume.sections
        if section.name in ("experience", "projects")
        for name in names
    )


def _written_in(text: str, name: str, start: int, end: int) -> bool:
    """The name as written, as a whole word, within text[start:end]: "Go" is not
    "go-to-market". (A search, not a regex: the names differ from one resume to the next.)"""
    end = min(end, len(text))
    at = text.find(name, start, end)
    while at != -1:
        after = at + len(name)
        if not (at > 0 and _in_word(text[at - 1])) and not (
            after < end and (_in_word(text[after]) or text[after] == "-")
        ):
            return True
        at = text.find(name, at + 1, end)
    return False


def _in_word(char: str) -> bool:
    """A character of a word or of a name like "C++" or "C#" (regex: [\\w+#])."""
    return char.isalnum() or char in "_+#"


def _a_titles_work(name: str, mentions: list[Mention], resume: Profile) -> bool:
    """The work a job title names ("Senior Product Manager" does product management): the
    roles held show it, not only the skills list."""
    spelled = {name.casefold(), *(unwrapped(mention.text).casefold() for mention in mentions)}
    return bool(spelled & titles_work(resume))


def _only_in_titles(mentions: list[Mention], resume: Profile) -> bool:
    """Every mention of the skill stands in a job title ("Computer Vision Engineer, Acme")."""
    titles = job_title_lines(resume)
    return all(mention.line in titles for mention in mentions)


def _same_word(term: str, used: set[str]) -> bool:
    """The same words but for inflection or a qualifier ("object detectors" and "object
    detection", "excellent communication" and "communication"): a reader and a keyword scan
    see them already, so there is nothing to change."""
    return any(_words_meet(term, other) for other in used)


# A word as _words_meet reads it: Latin or Cyrillic letters ("машинного обучения" and
# "машинное обучение" are one term in two cases), digits, "+" and "#"
_WORD = regex_cache.compile(r"[a-z0-9+#а-яёіїєґ]+")


def _words_meet(a: str, b: str) -> bool:
    short, long = sorted((_WORD.findall(x.lower()) for x in (a, b)), key=len)
    return bool(short) and all(any(_one_word(w, v) for v in long) for w in short)


def _one_word(w: str, v: str) -> bool:
    """The same word inflected ("detector", "detection"; "tests", "testing") or in the other
    number ("LLM", "LLMs"; "A/B test", "A/B tests")."""
    same_start = w[:PREFIX] == v[:PREFIX] and (len(w) >= PREFIX or w == v)
    return same_start or other_number(w) == v or other_number(v) == w or stem(w) == stem(v)


# "k8s", "i18n": a number of letters left out
_NUMERONYM = regex_cache.compile(r"([a-z])(\d+)([a-z])")


def _shorter_form(term: str, used: set[str]) -> bool:
    """The posting's term shortens a wording the resume uses: an acronym ("ML" for "machine
    learning"), an abbreviation ("sklearn") or a numeronym ("k8s"). The full form reads as
    well to a person, and a keyword scan knows both as one skill: nothing to change."""
    short = _letters(term)
    return any(len(short) < len(_letters(u)) and _shortens(short, _letters(u)) for u in used)


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]", "", text.lower())


def _shortens(short: str, full: str) -> bool:
    """The short form's letters are the full one's, in order and from its first."""
    numeronym = _NUMERONYM.fullmatch(short)
    if numeronym:
        first, count, last = numeronym.groups()
        return (full[0], full[-1], len(full)) == (first, last, int(count) + 2)
    rest = iter(full)
    return short[:1] == full[:1] and all(char in rest for char in short)


def _level_advice(resume: Profile, info: PostingInfo, profile: bool) -> list[Suggestion]:
    """A word to a resume far above an intern or entry-level posting (scoring.levels_over), or
    above the level asked for instead of a posting (`profile`)."""
    if not (over := levels_over(resume, info)):
        return []
    level = compared_experience(resume, info).level
    above = (
        f"Your resume reads as {level}, {over} levels above the {info.level} level: postings "
        "at that level are written for people early in their career, and someone this far past "
        "them"
        if profile
        else f"The posting is {info.level} level and your resume reads as {level}, {over} "
        "levels above it: it is written for people early in their career, and someone this far "
        "past it"
    )
    message = (
        f"{above} is seldom shortlisted. If you mean to step down, say why in your summary; "
        "otherwise look for postings at your level."
    )
    return [Suggestion(kind="level", message=message)]


def _short_of_preferred(resume: Profile, info: PostingInfo, years: float) -> bool:
    """The resume's dated years fall short of the years a posting only prefers."""
    preferred = info.years_preferred
    measured = not resume.experience.undated
    return measured and not info.years_required and preferred is not None and years < preferred


_LEVEL_ABOVE = {"intern": "entry", "entry": "mid", "mid": "senior", "senior": "senior"}


def _levels_below(level: str | None, asked: str | None) -> int:
    """How many levels the resume reads below the posting (0 when either level is unknown)."""
    if level not in LEVEL_ORDER or asked not in LEVEL_ORDER:
        return 0
    return LEVEL_ORDER[asked] - LEVEL_ORDER[level]


def _years_short(resume: Profile, info: PostingInfo, years_shown: str, profile: bool) -> str:
    """Advice to a resume whose dated years fall short of those required. When all its dated
    work would be enough and only its technical roles count, dates are not what is missing."""
    asked = info.years_required or 0
    opening = f"The posting asks for {asked:g}+ years; the resume's dated roles add up to "
    years_shown = _years(years_shown)
    exp = resume.experience
    if info.technical and exp.relevant_years is not None and exp.years >= asked:
        return (
            f"{opening}{years_shown}, and only technical work counts here. Where a role "
            "included technical work, say what you built and with which tools in its bullets."
        )
    level = compared_experience(resume, info).level
    all_counted = exp.relevant_years is None or exp.relevant_years == exp.years
    if all_counted and level and _levels_below(level, info.level) >= OVERQUALIFIED_GAP:
        below = (
            f"your resume reads as {level}, below the {info.level} level"
            if profile
            else f"the posting is {info.level} level and your resume reads as {level}"
        )
        return (
            f"{opening}{years_shown}. If you left work out, add it with its dates (internships "
            f"and research count, a student's post at half its time); otherwise {below}: look "
            f"for postings nearer your years, at the {level} or {_LEVEL_ABOVE[level]} level."
        )
    # every role found is dated (undated ones get their own advice): the years may be short
    return (
        f"{opening}{years_shown}. Give any role left undated a start and end date, and add "
        "relevant work left out (internships and research count, a student's post at half its "
        "time); if there is none, the posting asks for more years than you have: lead with your "
        "weightiest results, or look for postings nearer your years."
    )


# A degree level as a sentence names it: "asks for a master's degree", "shows a PhD"
_A_DEGREE = {
    "secondary": "a secondary school diploma",
    "associate": "an associate degree",
    "bachelor": "a bachelor's degree",
    "master": "a master's degree",
    "phd": "a PhD",
}


def _years(shown: str) -> str:
    """Years as compared ("0.6", "0 in technical roles (11.5 in all)") with their unit after
    the first figure: "0.6 years", "1 year", "0 years in technical roles (11.5 in all)"."""
    figure, space, rest = shown.partition(" ")
    return f"{figure} {'year' if figure == '1' else 'years'}{space}{rest}"


def _profile_suggestions(
    resume: Profile, info: PostingInfo, profile: bool = False
) -> list[Suggestion]:
    """Advice on the years and the degree asked (`profile`: by a level or a role given instead
    of a posting)."""
    out: list[Suggestion] = _level_advice(resume, info, profile)
    years, _, years_shown = compared_experience(resume, info)
    if info.years_required and resume.experience.undated:
        message = (
            f"The posting asks for {info.years_required:g}+ years; {UNDATED}, so the years "
            "could not be measured. Give every role a start and end date (Mar 2019 – Jun 2022)."
        )
        out.append(Suggestion(kind="experience", message=message))
    elif info.years_required and years < info.years_required:
        message = _years_short(resume, info, years_shown, profile)
        out.append(Suggestion(kind="experience", message=message))
    elif _short_of_preferred(resume, info, years):
        message = (
            f"The posting prefers {info.years_preferred:g}+ years (it requires none); the "
            f"resume's dated roles add up to {_years(years_shown)}. Date every role, and lead "
            "with the work closest to this one."
        )
        out.append(Suggestion(kind="experience", message=message))
    have = resume.education.highest
    asked = info.degree_required
    pending = resume.education.in_progress_above()
    studying = (
        pending is not None and asked is not None and DEGREE_ORDER[pending] >= DEGREE_ORDER[asked]
    )
    if not_enrolled(resume.education, info) is not None:
        message = (
            f'The posting is for current students ("{info.enrollment_required}") and the '
            "resume shows no degree in progress: if you are enrolled, list the program with "
            "its expected graduation date."
        )
        return [*out, Suggestion(kind="education", message=message)]
    if studying and for_students(info):
        return out  # a posting for students asks for the degree they are studying for
    if asked and studies_past(resume.education, asked):
        return out  # a bachelor's student holds the secondary diploma asked
    if asked and have is not None and DEGREE_ORDER[have] >= DEGREE_ORDER[asked]:
        return out  # a master's student who holds the bachelor's asked
    if studying and asked:
        message = (
            f"The posting asks for {_A_DEGREE[asked]} and yours is in progress: give its "
            "expected date, and say whether you will hold it by the start date."
        )
        return [*out, Suggestion(kind="education", message=message)]
    if asked and (have is None or DEGREE_ORDER[have] < DEGREE_ORDER[asked]):
        if alternative_met(resume, info) is not None:
            return out  # "or equivalent experience", and the resume shows it
        shown = _A_DEGREE[have] if have else "no degree"
        if pending is not None:
            shown = (
                f"{_A_DEGREE[pending]} in progress"
                if have is None
                else f"{shown} ({_A_DEGREE[pending]} in progress)"
            )
        offered = f' (or "{info.degree_alternative}")' if info.degree_alternative else ""
        # a resume that shows a lower degree, or one under way, has an Education section: it
        # may leave one out
        action = (
            f"if you hold {_A_DEGREE[asked]}, add it with its field and school"
            if have or pending
            else "state your degree, field and school in an Education section"
        )
        message = (
            f"The posting asks for {_A_DEGREE[asked]}{offered} and the resume shows {shown}: "
            f"{action}."
        )
        out.append(Suggestion(kind="education", message=message))
    return out


def suggestions(
    matches: list[SkillMatch],
    resume: Profile,
    info: PostingInfo,
    categories: Mapping[str, str] | None = None,
    misspelt: Misspelt | None = None,
    translated: bool = False,
    forms: Forms | None = None,
    subject: str | None = None,
) -> list[Suggestion]:
    """Every change, the most worth making first: advice on what the posting asks before
    advice on what it only mentions (which weighs least), then by kind (PRIORITY), then by the
    importance of the requirement, then in the posting's order. A report shows the first
    MAX_SUGGESTIONS and counts the rest. `categories` gives the taxonomy category of skill ids
    (a language or a clearance is stated, not shown in a bullet); `misspelt` where the
    resume misspells a skill's name, to be corrected rather than added; `translated` that the
    posting is written in another language than the resume, whose words are not to be taken up;
    `forms` the resume's skills that imply a skill (PySpark for Spark); `subject` what the
    advice calls what asks when a level or a role is given instead of a posting ("the senior
    level")."""
    facts = _profile_suggestions(resume, info, subject is not None)
    career_short = any(found.kind == "experience" for found in facts)
    ranked = _skill_suggestions(
        matches, resume, categories or {}, misspelt or {}, translated, forms or {}, career_short
    ) + [(0, found) for found in facts]
    mentioned = _IMPORTANCE_RANK["mentioned"]
    ranked.sort(
        key=lambda item: (
            item[0] >= mentioned,
            PRIORITY.get(_kind(item[1]), len(PRIORITY)),
            item[0],
            _shown_by_example(item[1]),
        )
    )
    advice = said_once([found for _, found in ranked])
    return advice if subject is None else _for_profile(advice, subject)


# "the posting" as advice names what asks, not its words ("the posting's term")
_THE_POSTING = regex_cache.compile(r"\b([Tt])he posting\b(?!')")


def _for_profile(advice: list[Suggestion], subject: str) -> list[Suggestion]:
    """Advice on a level or a role given instead of a posting, worded for it ("The senior level
    requires C++"). A profile asks for skills by their names: it has no terms of its own for the
    resume to take up."""
    capital = subject[:1].upper() + subject[1:]

    def named(found: re.Match[str]) -> str:
        return capital if found.group(1) == "T" else subject

    return [
        found.model_copy(update={"message": _THE_POSTING.sub(named, found.message)})
        for found in advice
        if found.kind != "use-their-term"
    ]


def _shown_by_example(advice: Advice) -> bool:
    """Advice on a soft skill ("show it by an example"), which comes after the tools and
    methods asked with the same importance: those are what a reader screens for first."""
    return isinstance(advice, Shared) and advice.sentence in ("add-soft", "nice-soft")


def _kind(advice: Advice) -> str:
    return advice.alone.kind if isinstance(advice, Shared) else advice.kind


def said_once(advice: list[Advice]) -> list[Suggestion]:
    """Advice several skills share said once, where the first of them stands, naming them all
    ("The posting requires Python, SQL and Docker, which ..."); a skill alone keeps its own."""
    sharing: dict[str, list[Shared]] = {}
    for found in advice:
        if isinstance(found, Shared):
            sharing.setdefault(found.sentence, []).append(found)
    out: list[Suggestion] = []
    for found in advice:
        if not isinstance(found, Shared):
            out.append(found)
            continue
        group = sharing[found.sentence]
        if len(group) == 1:
            out.append(found.alone)
        elif found is group[0]:
            names = listed([member.named for member in group])
            message = SHARED_SENTENCES[found.sentence].format(names=names)
            out.append(Suggestion(kind=found.alone.kind, message=message))
    return out


def listed(names: Sequence[str]) -> str:
    """Names as a sentence lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
