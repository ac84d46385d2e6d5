"""A 0-100 score as a weighted sum of named components, each explained in words."""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import NamedTuple

from . import regex_cache
from .extract.education import YEAR
from .extract.experience import merged_months, names_a_role
from .extract.requirements import level_from_years, years_on_line
from .match import research_years
from .models import (
    COMPONENT_NAMES,
    DEGREE_ORDER,
    Component,
    DegreeLevel,
    Education,
    LevelId,
    PostingInfo,
    Profile,
    SkillMatch,
)

REQUIRED_SKILLS, PREFERRED_SKILLS, EDUCATION, EXPERIENCE = COMPONENT_NAMES
LEVEL_ORDER = {"intern": 0, "entry": 1, "mid": 2, "senior": 3}
BANDS = [(80.0, "strong"), (65.0, "good"), (45.0, "fair"), (0.0, "weak")]
MENTIONED_WEIGHT = 0.5  # a skill the posting only mentions counts half as much as a preferred one
REQUIRED_FACTOR = {"required": 1.0}
PREFERRED_FACTOR = {"preferred": 1.0, "mentioned": MENTIONED_WEIGHT}


@dataclass(frozen=True)
class Weights:
    """Relative weights of the components; they need not add up to 100."""

    required: float = 50.0
    preferred: float = 15.0
    education: float = 15.0
    experience: float = 20.0

    @classmethod
    def parse(cls, spec: str) -> Weights:
        """'required=60,experience=10' -> Weights; raises ValueError naming the bad part."""
        values = {f.name: getattr(cls(), f.name) for f in fields(cls)}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            name, _, number = part.partition("=")
            if name.strip() not in values:
                raise ValueError(f"unknown weight {name.strip()!r} (use {', '.join(values)})")
            try:
                value = float(number)
            except ValueError:
                raise ValueError(
                    f"weight {name.strip()!r} needs a number, got {number!r}"
                ) from None
            values[name.strip()] = _checked_weight(name.strip(), value)
        if not any(values.values()):
            raise ValueError("at least one weight must be above 0")
        return cls(**values)


MAX_WEIGHT = 1e6  # weights are relative; far larger ones overflow when they are scaled to 100


def _checked_weight(name: str, value: float) -> float:
    """`value` when it is a usable weight; ValueError naming `name` otherwise."""
    if not math.isfinite(value):
        raise ValueError(f"weight {name!r} must be a finite number, got {value}")
    if value < 0:
        raise ValueError(f"weight {name!r} must not be negative")
    if value > MAX_WEIGHT:
        raise ValueError(f"weight {name!r} must be at most {MAX_WEIGHT:,.0f}")
    return value


# A required skill the posting's title names ("Java" in "Java Developer", "DevOps" in "DevOps
# Engineer") is the core of the job: it counts as this many required skills, so that resumes of
# another kind of work that share the posting's generic skills (SQL, REST APIs, communication)
# do not rank above the ones that do the job.
TITLE_WEIGHT = 2.0
_SHORT_NAME = 3  # a name this short ("HR", "QA", "Go") must stand in the title in its case


# Besides the words that name a job in a resume's titles (experience.names_a_role), words
# that make a posting's first line a role's title ("DevOps Lead", "HR Generalist")
_POSTING_ROLE_WORDS = frozenset(
    """
    lead head devops sre mlops generalist advocate evangelist strategist advisor postdoc
    student apprentice internship executive owner partner cto vp modeler actuary controller
    marketer hacker contractor freelancer master candidate
    """.split()
)
_WORD = regex_cache.compile(r"[A-Za-z]+")


@lru_cache(maxsize=256)
def title_names_a_role(title: str) -> bool:
    """The posting's title names a role ("Java Developer", "Python Tech Lead"), not a company
    or a heading read as the title ("Python Software Foundation", "Requirements")."""
    words = _WORD.findall(title)
    return names_a_role(title) or any(w.lower() in _POSTING_ROLE_WORDS for w in words)


def named_in_title(match: SkillMatch, title: str | None) -> bool:
    """Whether the title names the skill, by its name or the posting's wording, as whole
    words ("Go" is not in "Go-to-Market Manager"); a one-letter name ("R", "C") never counts,
    nor a title that names no role."""
    if not title or not title_names_a_role(title):
        return False
    for words in dict.fromkeys((match.name, match.jd_text)):
        if len(words) < 2:
            continue
        ignore_case = len(words) > _SHORT_NAME
        if words.isascii() and title.isascii():
            if _ascii_whole_words(words, title, ignore_case):
                return True
        elif _whole_words(words, re.I if ignore_case else 0).search(title):
            return True
    return False


# What joins a word to the next in a title, in ASCII: \w, "&" and "-"
_JOINING = frozenset(string.ascii_letters + string.digits + "_&-")


def _ascii_whole_words(words: str, title: str, ignore_case: bool) -> bool:
    """What _whole_words finds in ASCII text, without a pattern: there re.I folds as lower()
    does, and a word character is a letter, a digit or "_"."""
    if ignore_case:
        words, title = words.lower(), title.lower()
    at = title.find(words)
    while at != -1:
        end = at + len(words)
        if title[at - 1 : at] not in _JOINING and title[end : end + 1] not in _JOINING:
            return True
        at = title.find(words, at + 1)
    return False


@lru_cache(maxsize=8192)  # one pattern per skill name: more than re's own cache keeps
def _whole_words(words: str, flags: int) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w&-]){re.escape(words)}(?![\w&-])", flags)


def _title_factor(match: SkillMatch, factor: dict[str, float], title: str | None) -> float:
    named = match.importance == "required" and named_in_title(match, title)
    return factor[match.importance] * (TITLE_WEIGHT if named else 1.0)


def _skills_component(
    name: str,
    weight: float,
    matches: list[SkillMatch],
    factor: dict[str, float],
    title: str | None = None,
) -> Component | None:
    counted = [m for m in matches if m.importance in factor]
    if not counted:
        return None
    weights = [_title_factor(m, factor, title) for m in counted]
    total = sum(weights)
    got = sum(w * m.credit for w, m in zip(weights, counted, strict=True))
    # as the matched and missing lists count them: implied, close or too brief is "in part"
    shown = sum(m.status == "matched" for m in counted)
    partly = sum(m.status in ("implied", "related") for m in counted)
    in_part = f", {partly} in part" if partly else ""
    detail = f"{shown} of {len(counted)} shown{in_part} ({got:.1f} of {total:.1f} credit)"
    if core := [m.name for w, m in zip(weights, counted, strict=True) if w > factor[m.importance]]:
        count = "counts" if len(core) == 1 else "count"
        detail += f"; {', '.join(core)} in the title {count} {TITLE_WEIGHT:g}x"
    if passing := sum(m.importance == "mentioned" for m in counted):
        share = "half" if MENTIONED_WEIGHT == 0.5 else f"{MENTIONED_WEIGHT:g}x"
        detail += f"; {passing} only mentioned {'counts' if passing == 1 else 'count'} {share}"
    return Component(name=name, weight=weight, value=got / total, points=0.0, detail=detail)


NO_DEGREE = 0.3  # the credit when the resume shows no degree: it may not have been found
# The dated work that stands in for a degree "or equivalent experience" when the posting asks
# for no years: a year of real work, not a summer.
EQUIVALENT_MIN_YEARS = 1.0
_BOOTCAMP = regex_cache.compile(r"\bboot\s?-?camps?\b", re.I)
_RESEARCH = regex_cache.compile(r"\bresearch\b", re.I)  # "or equivalent research experience"


def shows_bootcamp(resume: Profile) -> bool:
    """A bootcamp in the resume's education section (anywhere, when it has none)."""
    places = [(s.start, s.end) for s in resume.sections if s.name == "education"]
    return any(_BOOTCAMP.search(resume.text, *place) for place in places or [(0, len(resume.text))])


def alternative_kind(alternative: str) -> str:
    """What a posting's alternative to its degree asks: "bootcamp", "research" or "experience"."""
    if _BOOTCAMP.search(alternative):
        return "bootcamp"
    return "research" if _RESEARCH.search(alternative) else "experience"


def alternative_years(info: PostingInfo, alternative: str) -> float:
    """The years an experience alternative asks: the posting's or its own ("or 4+ years"),
    EQUIVALENT_MIN_YEARS when neither names any."""
    asked = max(info.years_required or 0.0, years_on_line(alternative) or 0.0)
    return asked or EQUIVALENT_MIN_YEARS


def alternative_met(resume: Profile, info: PostingInfo) -> str | None:
    """What on the resume meets what the posting accepts in place of its degree, in words
    ("9.5 years", "bachelor and 13.5 years", "a bootcamp"); None when nothing does. Experience
    counts when the dated work reaches the years asked (alternative_years); research
    experience when the time in research does (see match.research_years); "BS with
    equivalent experience" needs the BS too; a bootcamp alternative, a bootcamp."""
    alternative, needed = info.degree_alternative, info.degree_with_alternative
    if alternative is None:
        return None
    held = resume.education.highest
    if needed is not None and (held is None or DEGREE_ORDER[held] < DEGREE_ORDER[needed]):
        return None
    kind = alternative_kind(alternative)
    if kind == "bootcamp":
        return "a bootcamp" if shows_bootcamp(resume) else None
    research = kind == "research"
    years = research_years(resume) if research else compared_experience(resume, info).years
    if years is None or years < alternative_years(info, alternative):
        return None
    shown = f"{years:g} years of research" if research else f"{years:g} years"
    return f"{held} and {shown}" if needed else shown


def studies_past(education: Education, asked: DegreeLevel) -> DegreeLevel | None:
    """The degree in progress whose program shows the one asked held, else None: a student
    of any degree holds the secondary diploma ("High school diploma or GED"). A master's
    student who names no bachelor's is not taken to hold one."""
    pending = education.in_progress_above()
    above = pending is not None and DEGREE_ORDER[pending] > DEGREE_ORDER[asked]
    return pending if above and asked == "secondary" else None


# A degree the posting only prefers weighs this share of the education weight
PREFERRED_DEGREE_SHARE = 0.5


def _education_component(weight: float, resume: Profile, info: PostingInfo) -> Component | None:
    """The resume's degree against the one the posting asks for or, at half the weight, the
    one it only prefers (so that moving the degree to "nice to have" keeps it counted)."""
    if info.degree_required is not None:
        asked, verb = info.degree_required, "asks for"
    elif info.degree_preferred is not None:
        asked, verb, weight = info.degree_preferred, "prefers", weight * PREFERRED_DEGREE_SHARE
    else:
        return None
    if (finished := not_enrolled(resume.education, info)) is not None:
        detail = f"{verb} a current student ({asked}); {finished}"
        return Component(name=EDUCATION, weight=weight, value=0.0, points=0.0, detail=detail)
    have = resume.education.highest
    short = have is None or DEGREE_ORDER[have] < DEGREE_ORDER[asked]
    if short and (met := alternative_met(resume, info)) is not None:
        detail = f"{verb} {asked} or {info.degree_alternative}; resume shows {met}"
        return Component(name=EDUCATION, weight=weight, value=1.0, points=0.0, detail=detail)
    if short and (studied := studies_past(resume.education, asked)) is not None:
        detail = f"{verb} {asked}; resume shows {studied} in progress, which follows it"
        return Component(name=EDUCATION, weight=weight, value=1.0, points=0.0, detail=detail)
    wanted = f"{verb} {_asked_words(asked, info)}"
    pending = resume.education.in_progress_above()
    if have is None:
        value = NO_DEGREE
        shown = (
            f", resume shows {pending} in progress"
            if pending
            else "; no degree found on the resume"
        )
        detail = wanted + shown
    else:
        gap = DEGREE_ORDER[asked] - DEGREE_ORDER[have]
        # a lower degree is never worth less than none found: a bachelor's for a PhD
        value = 1.0 if gap <= 0 else 0.5 if gap == 1 else NO_DEGREE
        detail = f"{wanted}, resume shows {have}" + (f" ({pending} in progress)" if pending else "")
    if pending and DEGREE_ORDER[pending] >= DEGREE_ORDER[asked]:
        value = max(value, studying_credit(info))
    return Component(name=EDUCATION, weight=weight, value=value, points=0.0, detail=detail)


def _asked_words(asked: DegreeLevel, info: PostingInfo) -> str:
    """The degree asked, as a current student's when the posting is for students, or with
    the posting's words when it takes the degree about to be held ("phd (or near
    completion)")."""
    if info.enrollment_required is not None:
        return f"a current student ({asked})"
    return f"{asked} ({info.degree_expected})" if info.degree_expected else asked


def studying_credit(info: PostingInfo) -> float:
    """The credit of the asked degree still being studied for: in full for a job for
    students or one that takes the degree about to be held ("or expect to obtain"); half for
    any other job."""
    return 1.0 if for_students(info) or info.degree_expected else 0.5


def for_students(info: PostingInfo) -> bool:
    """An internship, or a posting that asks for a current student (a working student's)."""
    return info.level == "intern" or info.enrollment_required is not None


def in_progress(education: Education) -> DegreeLevel | None:
    """The highest degree the resume shows still studied for, held degrees aside."""
    levels = [d.level for d in education.degrees if d.in_progress]
    return max(levels, key=DEGREE_ORDER.__getitem__, default=None)


def finished_year(education: Education) -> int | None:
    """The latest year written with a finished degree of the highest level held: when the
    resume's last one ended (an undated M.S. did not end with the B.S. dated below it)."""
    held = [d for d in education.degrees if not d.in_progress and d.level == education.highest]
    years = [int(y) for d in held for y in YEAR.findall(d.text)]
    return max(years, default=None)


# For a posting that asks for a current student, a resume showing only finished degrees gets
# no education credit: the posting's whole education weight (15 of 100 points by default)
# parts it from a student of the same skills, who earns all of it (studying_credit). A resume
# with no degree found keeps NO_DEGREE: its studies may just not have been read.
def not_enrolled(education: Education, info: PostingInfo) -> str | None:
    """Why a resume does not meet a posting's "currently enrolled", in words, when it shows a
    finished degree beyond school and none in progress; None otherwise."""
    held = education.highest
    if info.enrollment_required is None or held in (None, "secondary") or in_progress(education):
        return None
    year = finished_year(education)
    when = f" was finished in {year}" if year else " is finished"
    return f"the resume's last degree ({held}){when} and none is in progress"


class Compared(NamedTuple):
    """The resume's side of the experience a posting asks for."""

    years: float
    level: LevelId | None
    shown: str  # the years in words: "0.8 in technical roles (8.8 in all)"


def compared_experience(resume: Profile, info: PostingInfo) -> Compared:
    """The years and level a posting's are compared with: those of the resume's technical
    jobs for a technical posting (a chemistry teacher's eight years are no ML experience),
    of all its dated work for any other, or when jobs could not be told apart."""
    exp = resume.experience
    relevant = exp.relevant_years
    if relevant is None or not info.technical:
        found = Compared(exp.years, exp.all_work_level or exp.level, f"{exp.years:g}")
    else:
        shown = f"{relevant:g} in technical roles ({exp.years:g} in all)"
        found = Compared(relevant, exp.level, f"{relevant:g}" if relevant == exp.years else shown)
    return _with_phd(found, resume, info.phd_years_counted) if info.phd_counts else found


def _with_phd(found: Compared, resume: Profile, most: float | None) -> Compared:
    """The years with those of the resume's dated PhD spent outside its dated work, for a
    posting that counts them ("3+ years of research experience (a PhD counts)"), up to the
    `most` it counts ("a PhD counts as 2 years")."""
    degrees = resume.education.degrees
    phd = [d.dates for d in degrees if d.level == "phd" and d.dates]
    # the ranges found are all the resume's: its studies' are no work, though a job's line
    # may read as a degree ("PhD Researcher, State University")
    studied = {d.line for d in degrees}
    work = [
        dated
        for dated in resume.experience.ranges
        if dated.section == "experience" or dated.line not in studied
    ]
    months = merged_months([*work, *phd]) - merged_months(work) if phd else 0
    if not months:
        return found
    years = round(months / 12, 1)
    years = years if most is None else min(years, most)
    return Compared(found.years + years, found.level, f"{found.shown} + {years:g} of PhD")


# The credit when the resume names jobs but writes no date or length of time for any of them
# (as resumes scraped from job sites come): its years are unknown, not none. Half credit, so
# that leaving the dates out never beats showing half the years asked.
UNDATED_CREDIT = 0.5
UNDATED = "no dates found in the resume's work history"


def _experience_component(weight: float, resume: Profile, info: PostingInfo) -> Component | None:
    """The experience component as measured, raised to UNDATED_CREDIT for a resume whose
    jobs carry no dates (whose level is unknown, against a posting that asks only one)."""
    found = _measured_experience(weight, resume, info)
    if not resume.experience.undated or (found is not None and found.value >= UNDATED_CREDIT):
        return found
    if found is not None:  # "asks for 3+ years", "posting is mid level (title: ...)"
        asked = found.detail.split(", resume ")[0]
    elif info.level:
        source = f" ({info.level_source})" if info.level_source else ""
        asked = f"posting is {info.level} level{source}"
    else:
        return None
    detail = f"{asked}; {UNDATED}, so its years are unknown (half credit)"
    return Component(
        name=EXPERIENCE, weight=weight, value=UNDATED_CREDIT, points=0.0, detail=detail
    )


# Overqualification. A posting whose title or "Level:" field names it intern or entry level is
# written for people early in their career; a resume that reads OVERQUALIFIED_GAP or more
# levels above it (a mid or senior resume for an internship, a senior one for an entry-level
# job) is far past it, and seldom shortlisted. One level above (a mid resume for an entry
# job, a senior one for a mid job) is an ordinary application and keeps full credit, and so
# does a posting whose level is only inferred from the years it asks ("1+ years"), which is
# a floor, not a level.
EARLY_CAREER: frozenset[LevelId] = frozenset({"intern", "entry"})
OVERQUALIFIED_GAP = 2
# The experience credit left to the overqualified: half. Not none: some people step down on
# purpose (a new field, a return after a break), and their skills fit the work. Above the 0.2
# of a resume two levels short, since the overqualified can do the work; below the 0.6 of one
# level short, since a posting far below is the worse fit; and no more than UNDATED_CREDIT, so
# that leaving the dates out (hiding the level) never beats showing them. With the default
# weights it costs 10 of 100 points, all in the experience line the report prints, so a
# `check --fail-under` reader sees where they went.
OVERQUALIFIED_CREDIT = 0.5
OVERQUALIFIED = "overqualified"  # the report's experience.level_fit


def levels_over(resume: Profile, info: PostingInfo) -> int:
    """How many levels the resume reads above an early-career posting that names its level,
    when that is OVERQUALIFIED_GAP or more; 0 otherwise. A resume with no dates (its level
    unknown) is never overqualified, nor a student for a posting for students: an
    internship is for them, whatever career came before."""
    level = compared_experience(resume, info).level
    if not names_early_level(info) or level is None or resume.experience.undated:
        return 0
    if for_students(info) and in_progress(resume.education) is not None:
        return 0
    gap = LEVEL_ORDER[level] - LEVEL_ORDER[info.level or level]
    return gap if gap >= OVERQUALIFIED_GAP else 0


def overqualified_share() -> str:
    """OVERQUALIFIED_CREDIT in words, as reports and checks say it: "half"."""
    return "half" if OVERQUALIFIED_CREDIT == 0.5 else f"{OVERQUALIFIED_CREDIT:g}x"


def names_early_level(info: PostingInfo) -> bool:
    """Whether the posting names itself intern or entry level (not by the years it asks)."""
    return info.level in EARLY_CAREER and not level_from_years(info.level_source)


def _overqualified(found: Component, resume: Profile, info: PostingInfo) -> Component:
    """The experience component, at most OVERQUALIFIED_CREDIT for an overqualified resume,
    its detail saying why."""
    if not (over := levels_over(resume, info)):
        return found
    if not found.detail.startswith("posting is"):  # the years were compared: name the levels
        source = f" ({info.level_source})" if info.level_source else ""
        level = compared_experience(resume, info).level
        found.detail += f"; posting is {info.level} level{source}, resume reads as {level}"
    found.value = min(found.value, OVERQUALIFIED_CREDIT)
    found.detail += f", {over} levels above it ({OVERQUALIFIED}: {overqualified_share()} credit)"
    return found


def _measured_experience(weight: float, resume: Profile, info: PostingInfo) -> Component | None:
    """The experience component: the years shown against those asked, else level against
    level; None when the posting asks neither. An overqualified resume keeps part of it."""
    years, level, shown = compared_experience(resume, info)
    if info.years_required:
        value = min(1.0, years / info.years_required)
        detail = f"asks for {info.years_required:g}+ years, resume shows {shown}"
        found = Component(name=EXPERIENCE, weight=weight, value=value, points=0.0, detail=detail)
        return _overqualified(found, resume, info)
    if info.level and level:
        gap = LEVEL_ORDER[info.level] - LEVEL_ORDER[level]
        value = 1.0 if gap <= 0 else 0.6 if gap == 1 else 0.2
        source = f" ({info.level_source})" if info.level_source else ""
        detail = f"posting is {info.level} level{source}, resume reads as {level}"
        found = Component(name=EXPERIENCE, weight=weight, value=value, points=0.0, detail=detail)
        return _overqualified(found, resume, info)
    return None


def units(importances: Iterable[str], factor: dict[str, float]) -> float:
    """How many requirements of a kind there are, a mentioned skill counting half."""
    return sum(factor.get(importance, 0.0) for importance in importances)


def _cap_preferred(
    required: Component | None,
    preferred: Component | None,
    matches: list[SkillMatch],
    title: str | None = None,
) -> None:
    """A preferred skill never weighs more than a required one: with sixteen required skills
    and one preferred, the preferred one gets a sixteenth of the required weight, and the
    rest of its share goes to the required skills. Weights that value preferred skills at
    least as much as required ones are left as they are."""
    if required is None or preferred is None:
        return
    required.weight, preferred.weight = capped_weights(
        required.weight,
        preferred.weight,
        _required_units(matches, title),
        units((m.importance for m in matches), PREFERRED_FACTOR),
    )


def _required_units(matches: list[SkillMatch], title: str | None) -> float:
    """How many required skills there are, one the title names counting TITLE_WEIGHT."""
    required = [m for m in matches if m.importance in REQUIRED_FACTOR]
    return sum(_title_factor(m, REQUIRED_FACTOR, title) for m in required)


def capped_weights(
    required: float, preferred: float, required_units: float, preferred_units: float
) -> tuple[float, float]:
    """The required and preferred weights once no preferred unit weighs more than a required
    one (see _cap_preferred); both parts must be present."""
    if preferred >= required:
        return required, preferred
    capped = min(preferred, required / required_units * preferred_units)
    return required + preferred - capped, capped


def score_components(
    matches: list[SkillMatch], resume: Profile, info: PostingInfo, weights: Weights
) -> list[Component]:
    """Components with data; their weights are scaled so the points add up to the score."""
    title = info.title
    parts = [
        _skills_component(REQUIRED_SKILLS, weights.required, matches, REQUIRED_FACTOR, title),
        _skills_component(PREFERRED_SKILLS, weights.preferred, matches, PREFERRED_FACTOR),
        _education_component(weights.education, resume, info),
        _experience_component(weights.experience, resume, info),
    ]
    _cap_preferred(parts[0], parts[1], matches, title)
    present = [p for p in parts if p is not None and p.weight > 0]
    total_weight = sum(p.weight for p in present)
    for part in present:
        part.weight = round(100 * part.weight / total_weight, 2)
    if present:  # rounding leaves a cent or two: the largest part takes it, so they add to 100
        largest = max(present, key=lambda p: p.weight)
        largest.weight = round(100 - sum(p.weight for p in present if p is not largest), 2)
    for part in present:
        part.points = round(part.weight * part.value, 2)
        part.value = round(part.value, 3)
    return present


def total_score(components: list[Component]) -> float:
    return round(min(100.0, max(0.0, sum(c.weight * c.value for c in components))), 1)


def band_for(score: float) -> str:
    return next(name for floor, name in BANDS if score >= floor)
