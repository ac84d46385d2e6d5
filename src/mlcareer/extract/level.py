"""Seniority: a resume's level from the years of its technical jobs, their titles and scope."""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right
from typing import NamedTuple

from .. import regex_cache
from ..documents.sections import ITEM_MARK, heading_key
from ..models import (
    UNDATED_EVIDENCE,
    Degree,
    Education,
    Experience,
    Job,
    LevelId,
    Section,
    SkillHit,
)
from .education import TEACHING_HEADINGS, YEAR, names_a_school, resume_sections
from .experience import (
    Found,
    Titled,
    dated_work,
    fields_below,
    names_a_job,
    names_a_role,
    title_level,
    title_of,
    titles_near,
    titles_of,
    weighted_months,
    within_job_line,
)
from .hours import work_share
from .importance import lower_case_only, lowered_alike
from .lines import LineIndex
from .numbers import NUMBER_WORD, count_of
from .relevance import (
    COMPUTING_FIELD,
    NOT_TOLD_APART,
    STUDENT_ROLE,
    Verdict,
    judge_job,
    settle,
    subject_names,
    technical_lines,
)
from .titles import grade_level

# Supervising people, not "supervised learning", "semi-supervised" or "weakly supervised".
_SUPERVISED_PEOPLE = (
    r"(?<![\w-])supervis(?:ed|ing|es|e)\s+"
    r"(?:(?:an?|the|my|our|all|several|multiple|\d{1,3}|two|three|four|five|six|seven|eight"
    r"|nine|ten|a\s+team\s+of)\s+(?:[\w-]+\s+){0,2}|(?:junior|senior|new|graduate)\s+)?"
    r"(?:engineers?|analysts?|interns?|students?|scientists?|developers?|employees?|people"
    r"|staff|researchers?|members|reports|technicians?|workers|contractors|teams?|groups?"
    r"|crews?)\b"
)
# Someone else's guidance is no scope: "mentored by a senior engineer", "my team lead"
_OTHERS_LEAD = r"(?<!\bthe )(?<!\bmy )(?<!\bour )(?<!\bby )(?<!\bwith )"
_SUPERVISES = regex_cache.compile(
    r"\b(?:mentor(?:ed|ing)?(?!\s+by\b)|manag(?:ed|ing) a team"
    rf"|led a team|{_OTHERS_LEAD}team lead|led (?:a |the )?(?:group|squad|team))\b"
    rf"|{_SUPERVISED_PEOPLE}",
    re.I,
)
# Words that every match of _SUPERVISES holds, in lower case (each branch spells one, with
# plain spaces): nine resumes in ten have none and need no search
_SUPERVISES_WORDS = (
    *("mentor", "supervis", "team lead", "a team"),
    *("led a ", "led the ", "led group", "led squad", "led team"),
)
# A count of years in digits or words: "6", "six", "two and a half", "5+", "five-plus"
_YEARS_COUNT = (
    rf"\b(\d{{1,2}}|{NUMBER_WORD})(\s+and\s+a\s+half)?"
    r"(?:[ \t]{0,3}\+?[ \t]{0,3}|[ \t-]plus[ \t]+)(?:years?|yrs?)['’]?"
)
# "for the past", "over the last", "in the past": a span of time up to now
_LATELY = r"\b(?:for|over|in|during)\s+the\s+(?:past|last)\s+"
# the writer's own work through it: "I have worked", "I've been working", "I have been an
# analyst" (not "been a PhD student", "been a doctoral candidate")
_I_WORKED = (
    r"\bi(?:['’]ve|\s+have)\s+(?:worked|served|been\s+(?:working|employed)\b"
    r"|been\s+an?\s+(?!(?:[\w.-]+\s+){0,3}(?:student|candidate)s?\b))"
)
# "8 years of experience", "six years' hands-on experience", or a lead-in saying it is the
# person's time: "nurse with six years in acute care", "over ten years of logistics"
_STATED_YEARS = regex_cache.compile(
    rf"{_YEARS_COUNT}\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}experience"
    rf"|\b(?:with|over|than|nearly|almost)\s+{_YEARS_COUNT}\s+(?:of|in)\b"
    # a letter's own time at work: "For the past four years I have worked as ...", "I have
    # been a data engineer for the last 6 years" (not a PhD student's years, nor a team's)
    rf"|{_LATELY}{_YEARS_COUNT},?\s+{_I_WORKED}|{_I_WORKED}[^.;\n]{{0,60}}?{_LATELY}{_YEARS_COUNT}",
    re.I,
)
_LETTERS_FORMS = 2  # the first two forms count groups 1-4, the letter's forms those after
# A letter's time spent on a doctorate ("I have been working toward my PhD"), and what it has
# been ("an active member of ...", "a volunteer at ..."): a job's name or no work
_STUDY_WORK = regex_cache.compile(
    r"\bworking\s+(?:on|toward|towards)\s+(?:my|a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:ph\.?\s?d|doctora\w*|thesis|dissertation|degree|studies)\b",
    re.I,
)
_BEEN_A = regex_cache.compile(r"\bbeen\s+an?\s+", re.I)
_CLAUSE_END = regex_cache.compile(r"[.;\n]")
_CLAUSE_REACH = 80  # characters read past a letter's years for what its writer has been
# _STATED_YEARS for lower-cased text (lowered_alike), where it finds the same: matching letters
# as written is about two and a half times as fast as re.I (a posting's text is searched whole).
_LOWER_STATED_YEARS = (
    regex_cache.compile(_STATED_YEARS.pattern, _STATED_YEARS.flags & ~re.I)
    if lower_case_only(_STATED_YEARS.pattern)
    else None
)


class _Held(NamedTuple):
    """A job with its date ranges and the lines it spans (its title to the next job's)."""

    job: Job
    hits: list[Found]
    first: int
    last: int


Grade = tuple[LevelId, str]  # a federal pay grade's level, and the grade: ("mid", "GS-12")
Shares = dict[int, float]  # id() of a range's hit -> the share of a full week its job took


def _years(hits: list[Found], shares: Shares, students: frozenset[int] = frozenset()) -> float:
    """Years of work in the ranges, at their shares; `students`: the ids of a student's posts,
    which together fill at most STUDENT_POST_CREDIT of a month."""
    ranges = [(h.range, shares.get(id(h), 1.0)) for h in hits]
    pooled = frozenset(index for index, h in enumerate(hits) if id(h) in students)
    return round(weighted_months(ranges, pooled, STUDENT_POST_CREDIT) / 12, 1)


Headings = dict[int, str]  # id() of a range's hit -> its job's heading text


def _headings(work: list[Found], titled: Titled, lines: LineIndex) -> Headings:
    """Each range's job heading: the lines from its title to its dates and the form's fields
    below them ("Hours per week: 20", "Grade: GS-12"), as federal resumes set them out; read
    once for ranges on one line."""
    texts: dict[tuple[int, int], str] = {}
    found: Headings = {}
    for hit in work:
        line = hit.range.line
        title_line = title[1] if (title := titled[id(hit)]) else line
        first, last = min(title_line, line), max(title_line, line)
        if (first, last) not in texts:
            numbers = [*range(first, last + 1), *fields_below(lines, last)]
            texts[first, last] = "\n".join(lines.line_text(n) for n in numbers)
        found[id(hit)] = texts[first, last]
    return found


def _shares(work: list[Found], headings: Headings) -> Shares:
    """Each range's share of a full week, as its job's heading says (see hours.py)."""
    shares: Shares = {}
    for hit in work:
        share = work_share(headings[id(hit)])
        if share < 1:
            shares[id(hit)] = share
    return shares


# A student's post (relevance.STUDENT_ROLE: an internship, a co-op term, an apprenticeship, a
# working student's post, a teaching or research assistantship, a doctoral researcher's post)
# counts toward the years of work, and so the level, at half its time at most: it is held
# beside study or as training for the work, and hiring credits it in part. A part-time share
# below that stays (a working student's half week is not halved again); the job's own
# `years` still span its dates.
STUDENT_POST_CREDIT = 0.5


def _credited(
    work: list[Found], titled: Titled, shares: Shares, courses: set[int] | None = None
) -> tuple[Shares, frozenset[int]]:
    """Each range's share of a full week (shares), at most STUDENT_POST_CREDIT for the range
    of a student's post or of a course taught (`courses`, ids of their hits): what the years
    of work count of it; and the ids of those student ranges."""
    credited = dict(shares)
    students = set()
    for hit in work:
        title = titled[id(hit)]
        if (title is not None and STUDENT_ROLE.search(title[0])) or id(hit) in (courses or ()):
            credited[id(hit)] = min(shares.get(id(hit), 1.0), STUDENT_POST_CREDIT)
            students.add(id(hit))
    return credited, frozenset(students)


# A course's level in brackets after its name: "CS 589 Machine Learning (graduate)",
# "(undergraduate, 180 students)"; the course's, not a graduate's post
_COURSE_LEVEL = regex_cache.compile(r"[ \t]*\((?:under)?graduate\b[^)]*\)", re.I)


def _not_taught(hits: list[Found], courses: set[int]) -> list[Found]:
    """The ranges of jobs, not of courses taught: a course's name ("CS 589 Machine Learning
    (graduate)") is no title, and its "graduate" no rank."""
    return [hit for hit in hits if id(hit) not in courses]


def _courses_taught(
    work: list[Found], titled: Titled, lines: LineIndex, sections: list[Section]
) -> set[int]:
    """The ranges of courses listed under a teaching heading with no role nor school named
    first ("CS 229 Machine Learning, 2017 - 2020"): taught beside a doctorate, as an
    assistant's post, or within a faculty post they overlap; never a full-time job of their
    own."""
    teaching = [s for s in sections if heading_key(s.heading) in TEACHING_HEADINGS]
    if not teaching:
        return set()  # nearly every resume
    found = set()
    for hit in work:
        at = lines.line_start(hit.range.line)
        title = titled[id(hit)]
        named = _COURSE_LEVEL.sub("", title[0]) if title else ""
        if any(s.start <= at < s.end for s in teaching) and not (
            named and (names_a_role(named) or _a_schools_post(named))
        ):
            found.add(id(hit))
    return found


_TITLE_PART = regex_cache.compile(r"\s*[,|–—]\s*|\s+-\s+")
# ... and the schools below a college a teacher's post may be at ("Northfield High School")
_SCHOOL = regex_cache.compile(
    r"\b(?:High|Middle|Elementary|Primary|Secondary|Public|Grammar|Charter)\s+School\b", re.I
)


def _a_schools_post(title: str) -> bool:
    """A teaching entry named by its school first ("Springfield Community College,
    Springfield, IL"): a post there, not a course ("CS 229 Machine Learning, University of
    Kelso")."""
    first = _TITLE_PART.split(title, maxsplit=1)[0]
    return names_a_school(first) or _SCHOOL.search(first) is not None


MAX_PART_TIME_NOTES = 2


def _part_time_notes(work: list[Found], shares: Shares) -> list[str]:
    """Level evidence for the part-time jobs counted by their share of a week."""
    notes = [
        f"part-time ({shares[id(hit)]:.0%} of full time): {hit.range.text}"
        for hit in work
        if id(hit) in shares
    ]
    return notes[:MAX_PART_TIME_NOTES]


def _student_post_notes(
    held: list[_Held], shares: Shares, credited: Shares, courses: set[int]
) -> list[str]:
    """Level evidence for the student's posts and courses taught whose years count by half,
    where that is less than their share of a week (a part-time share has its own note); a
    course without its level in brackets ("CS 589 Machine Learning", not "... (graduate)")."""
    notes = [
        _halved_note(h, courses)
        for h in held
        if any(credited.get(id(hit), 1.0) < shares.get(id(hit), 1.0) for hit in h.hits)
    ]
    return notes[:MAX_PART_TIME_NOTES]


def _halved_note(held: _Held, courses: set[int]) -> str:
    """The note for a job or a course taught whose years count by half."""
    if held.job.title and any(id(hit) in courses for hit in held.hits):
        return f"course taught, counted at half its time: {_COURSE_LEVEL.sub('', held.job.title)}"
    return f"student post, counted at half its time: {held.job.title}"


def _section_end_line(
    lines: LineIndex, sections: list[Section], starts: list[int], position: int
) -> int:
    """The last line of the section holding `position`; outside any, the line before the
    next section. `sections` in order and apart, as found; `starts` their starts."""
    index = bisect_right(starts, position)
    if index and position < sections[index - 1].end:
        section = sections[index - 1]
        return lines.line_of(max(section.start, section.end - 1))
    return lines.line_of(sections[index].start) - 1 if index < len(sections) else len(lines)


def _by_job(work: list[Found], titled: Titled) -> list[tuple[int, str | None, list[Found]]]:
    """Work ranges grouped by the line where their job starts (its title's, or the range's),
    in document order, with the job's title."""
    groups: dict[int, tuple[str | None, list[Found]]] = {}
    for hit in work:
        found = titled[id(hit)]
        first = min(found[1], hit.range.line) if found else hit.range.line
        groups.setdefault(first, (found[0] if found else None, []))[1].append(hit)
    return [(first, title, hits) for first, (title, hits) in sorted(groups.items())]


MAX_TITLE_WORDS = 12  # a longer "title" is a run of text: lines lost in a PDF's extraction


def _told_apart(title: str | None, hits: list[Found]) -> bool:
    """Whether a job stands apart from the others: its title is short and its dates do not
    share a line (several jobs on one line, as a flattened PDF gives them; one season's
    years listed together, "Summers 2019 & 2020", are one job's)."""
    short = title is None or len(title.split()) <= MAX_TITLE_WORDS
    own = [hit for hit in hits if not hit.listed_on]
    return short and len({hit.range.line for hit in own}) == len(own)


def other_entries(hits: list[Found], work: list[Found], lines: LineIndex) -> list[int]:
    """The first lines of dated entries in a work section that are no paid work: a volunteer
    role, a bootcamp, a break ("Data Analyst (Volunteer), Food Bank  2024 - Present"). A
    range in a bullet ("- Took a course, Jan - Mar 2020") or on a deployment's line
    ("Deployment: Kandahar, 2014 - 2015") stays inside its job."""
    paid = {id(hit) for hit in work}
    firsts = []
    for hit in hits:
        if id(hit) in paid or hit.range.section not in ("experience", None, "summary"):
            continue
        text = lines.line_text(hit.range.line)
        if _ITEM.match(text) or within_job_line(text):
            continue
        title = title_of(hit, lines)
        firsts.append(min(title[1], hit.range.line) if title else hit.range.line)
    return sorted(set(firsts))


_ITEM = regex_cache.compile(rf"\s*{ITEM_MARK}\s")


def _job_end(first: int, following: int, entries: list[int]) -> int:
    """A job's last line: before the next job's, or before a dated entry that is no job
    (its lines tell of the volunteering or the bootcamp, not of this job)."""
    return min([following, *(entry - 1 for entry in entries if first < entry <= following)])


def held_jobs(
    work: list[Found],
    titled: Titled,
    lines: LineIndex,
    sections: list[Section],
    skills: list[SkillHit],
    doctorate: str | None = None,
    shares: Shares | None = None,
    entries: list[int] | None = None,
    courses: set[int] | None = None,
) -> list[_Held]:
    """Each dated job, judged technical or not by its title and its own lines' skills (and a
    researcher's by the resume's `doctorate` in computing, a course taught as teaching:
    `courses`, from _courses_taught); a job's lines end before the next job's or before one
    of the `entries`, dated entries that are no job (other_entries)."""
    groups = _by_job(work, titled)
    starts = [section.start for section in sections]
    named = technical_lines(skills)
    subjects = subject_names(skills)
    spans: list[tuple[int, int]] = []
    verdicts: list[Verdict] = []
    for index, (first, title, hits) in enumerate(groups):
        following = groups[index + 1][0] - 1 if index + 1 < len(groups) else len(lines)
        following = _job_end(first, following, entries or [])
        last = min(following, _section_end_line(lines, sections, starts, hits[0].start))
        shown = [name for line in range(first, last + 1) for name in named.get(line, [])]
        spans.append((first, last))
        verdicts.append(
            judge_job(
                title,
                names_a_role(title or ""),
                [*dict.fromkeys(shown)],
                subjects,
                doctorate,
                all(id(hit) in (courses or ()) for hit in hits),
            )
            if _told_apart(title, hits)
            else NOT_TOLD_APART
        )
    held: list[_Held] = []
    for (_, title, hits), (first, last), (technical, why) in zip(
        groups, spans, settle(verdicts), strict=True
    ):
        years = _years(hits, shares or {})
        job = Job(title=title, line=hits[0].range.line, years=years, technical=technical, why=why)
        held.append(_Held(job, hits, first, last))
    return held


# Words a job's two listings may spell differently: "Data Analyst at Beta Labs" in a heading,
# "Data Analyst | Beta Labs" in a table
_TITLE_WORD = regex_cache.compile(r"[a-z0-9+#]+")
_JOINING_WORDS = frozenset({"at"})
_VERDICT_ORDER = {True: 0, None: 1, False: 2}  # a twin judged technical stays


def _title_words(title: str | None) -> frozenset[str]:
    return frozenset(_TITLE_WORD.findall((title or "").lower())) - _JOINING_WORDS


def _same_title(words: frozenset[str], others: frozenset[str]) -> bool:
    """Every word of one title in the other's ("Senior Data Scientist, Acme Corp" and "Senior
    Data Scientist | Acme Corp")."""
    return bool(words and others) and (words <= others or others <= words)


class _TitleIndex:
    """The kept jobs of one set of dates, found by their title words without comparing a
    job with every other: a job whose words hold a new title's words has each of them, so it
    is among the jobs of the new title's rarest word; a job whose words lie within the new
    title's was filed under one of its own words (its rarest when kept), so it is among the
    jobs filed under the new title's words."""

    def __init__(self) -> None:
        self.having: dict[str, list[int]] = {}  # word -> places of the jobs that have it
        self.filed: dict[str, list[int]] = {}  # word -> places of the jobs filed under it

    def add(self, place: int, words: frozenset[str]) -> None:
        if not words:
            return
        rarest = min(sorted(words), key=lambda word: len(self.having.get(word, ())))
        self.filed.setdefault(rarest, []).append(place)
        for word in words:
            self.having.setdefault(word, []).append(place)

    def candidates(self, words: frozenset[str]) -> set[int]:
        """The places of every job that may share the title; more are harmless: each is
        compared as before."""
        if not words:
            return set()
        rarest = min(sorted(words), key=lambda word: len(self.having.get(word, ())))
        found = set(self.having.get(rarest, ()))
        for word in words:
            found.update(self.filed.get(word, ()))
        return found


def _without_twins(held: list[_Held]) -> list[_Held]:
    """Each job once where a resume lists it twice (the same dates, one title's words in the
    other's), as a Markdown resume may in a table of roles and under a heading for each (its
    years count once either way: overlaps merge); of two twins the one judged technical stays,
    then the one in a work section, then the first, in the first one's place. Jobs are
    compared only with those on their dates that may share its title (_TitleIndex), each
    job's title words read once: thousands of jobs on the same dates take linear time."""
    kept: list[_Held] = []
    words: list[frozenset[str]] = []  # each kept job's title words
    on_dates: dict[frozenset[tuple[int, int]], _TitleIndex] = {}
    for job in held:
        dates = frozenset((h.range.start, h.range.end) for h in job.hits)
        own = _title_words(job.job.title)
        index = on_dates.setdefault(dates, _TitleIndex())
        near = sorted(index.candidates(own))
        twin = next((at for at in near if _same_title(words[at], own)), None)
        if twin is None:
            index.add(len(kept), own)
            kept.append(job)
            words.append(own)
        elif _preferred(job, kept[twin]):
            kept[twin], words[twin] = job, own
            index.add(twin, own)
    return kept


def _preferred(job: _Held, twin: _Held) -> bool:
    """Whether `job` is listed rather than its earlier `twin`."""

    def rank(held: _Held) -> tuple[int, int]:
        in_work = any(hit.range.section == "experience" for hit in held.hits)
        return _VERDICT_ORDER[held.job.technical], 0 if in_work else 1

    return rank(job) < rank(twin)


def _counted(held: list[_Held]) -> list[_Held] | None:
    """The jobs whose time counts toward the level: all but those judged not technical; None
    when no job could be judged (no clear jobs: all dated work counts, as it always did)."""
    if all(h.job.technical is None for h in held):
        return None
    return [h for h in held if h.job.technical is not False]


def computing_doctorate(education: Education | None) -> str | None:
    """The field of the resume's doctorate, held or studied for, when it is in computing."""
    for degree in education.degrees if education else []:
        if degree.level == "phd" and COMPUTING_FIELD.search(f"{degree.field} {degree.text}"):
            return degree.field or "computing"
    return None


def _student(education: Education | None, held: list[_Held]) -> str | None:
    """The degree studied for, when the resume's every job is a student's (research or
    teaching assistant, intern, working student): an intern's profile."""
    pending = education.in_progress_above() if education else None
    titles = [h.job.title for h in held]
    if pending is None or not titles or not all(t and STUDENT_ROLE.search(t) for t in titles):
        return None
    return pending


def _past_intern(
    level: LevelId | None, evidence: list[str], education: Education | None, graduate: bool
) -> tuple[LevelId | None, list[str]]:
    """A doctorate held puts its holder past an intern's level, whatever jobs the resume dates
    (a new PhD's research internships): entry at least, as for a postdoc. So does a degree
    finished before this year by a `graduate` (see _graduated): one whose only jobs were
    internships ("B.Tech (CSE), 2021 - 2025") looks for a graduate's post, not an internship."""
    if level != "intern" or education is None:
        return level, evidence
    if education.highest == "phd":
        return "entry", [*evidence, "a doctorate held"]
    if graduate:
        return "entry", [*evidence, f"a {education.highest}'s degree held, none studied for"]
    return level, evidence


def _graduated(education: Education | None, as_of: int) -> bool:
    """A bachelor's or a master's held, finished in a year before the as-of month's, and no
    degree under way. This year's ("2022 - 2026" in November 2026) may still be studied for."""
    if education is None or education.highest not in ("bachelor", "master"):
        return False
    if education.in_progress_above():
        return False
    return any(
        degree.level == education.highest and not degree.in_progress
        for degree in education.degrees
        if _ended_before(degree, as_of)
    )


def _ended_before(degree: Degree, as_of: int) -> bool:
    """The degree's last year, from its dates or the years on its line, is before as_of's."""
    if degree.dates is not None:
        return degree.dates.end // 12 < as_of // 12
    years = [int(year) for year in YEAR.findall(degree.text)]
    return bool(years) and max(years) < as_of // 12


def _years_evidence(years: float, total: float | None) -> str:
    if total is None or total == years:
        return f"{_years_in_words(years)} of work in dated roles"
    return f"{_years_in_words(total)} of work, {years:g} in technical roles"


def _years_in_words(years: float) -> str:
    """Years in words: "1 year", "0.5 years", "7 years"."""
    return f"{years:g} {'year' if years == 1 else 'years'}"


def supervision(text: str) -> re.Match[str] | None:
    """_SUPERVISES.search(text), skipped where the text holds none of the words it needs (in
    lower case where that finds what re.I finds: lowered_alike)."""
    lowered = lowered_alike(text)
    if lowered is not None and not any(word in lowered for word in _SUPERVISES_WORDS):
        return None
    return _SUPERVISES.search(text)


def newest_grade(hits: list[Found], headings: Headings) -> Grade | None:
    """The federal pay grade the newest job's heading names ("Data Scientist, GS-13", or a
    "Grade: GS-12" field below its dates) and its level, as a posting's grade reads
    (grade_level: GS-5 and GS-7 entry, GS-9 to GS-12 mid, GS-13 up senior)."""
    newest = sorted(hits, key=lambda h: -h.range.end)[:1]
    return grade_level(headings[id(newest[0])]) if newest else None


def _graded_evidence(grade: Grade) -> str:
    return f"grade: {grade[1]} ({grade[0]}, read as the newest title's rank)"


_EVIDENCE_WIDTH = 100


def _title_evidence(title: str) -> str:
    """A title as level evidence, cut after a whole word when long ("..., Ann Arbor, MI" is
    not left as "Ann Arbor, M"); cut by characters where its words are too long for that (a
    Chinese or Japanese title, written without spaces), rather than left as "…"."""
    shortened = textwrap.shorten(title, width=_EVIDENCE_WIDTH, placeholder=" …")
    if len(shortened) < _EVIDENCE_WIDTH // 2 < len(title):
        shortened = " ".join(title.split())[: _EVIDENCE_WIDTH - 1].rstrip() + "…"
    return "title: " + shortened


def level_for(
    years: float,
    titles: list[str],
    text: str,
    total: float | None = None,
    worked: bool = False,
    grade: Grade | None = None,
) -> tuple[LevelId, list[str]]:
    """Level from years, the most recent title (titles come newest first) and scope; `total`
    is all dated work when `years` counts only technical jobs, and `worked` says there are
    jobs beyond `titles` (no intern, for want of years). The newest job's federal `grade`
    stands for its title's rank when the title names none: a senior grade is senior from 3
    years as "Senior" is, an entry grade keeps entry below 5 years as "Junior" does, and a
    grade of GS-9 or more, which takes a graduate degree or a year at the grade below, is
    never entry."""
    evidence = [_years_evidence(years, total)]
    # only the newest title's rank sets the level, so only it is evidence ("Graduate
    # Researcher" years ago says nothing of a Vision Engineer's level now)
    latest = title_level(titles[0]) if titles else None
    if latest is not None:
        evidence.append(_title_evidence(titles[0]))
    graded = latest is None and grade is not None
    if graded and grade is not None:
        latest = grade[0]
        evidence.append(_graded_evidence(grade))
    supervises = supervision(text)
    if supervises:
        evidence.append(f"scope: {supervises.group()}")
    if years >= 5 or (years >= 3 and (latest == "senior" or supervises)):
        return "senior", evidence
    if latest == "intern":
        return ("intern" if years < 2 else "entry"), evidence
    if graded and latest in ("mid", "senior"):
        return "mid", evidence
    if latest == "entry" or years < 2:
        return ("intern" if years < 1 and not titles and not worked else "entry"), evidence
    return "mid", evidence


# "Experience - 48 months", "Total experience: 6 years": the time written after the word, as
# resumes scraped from job sites list it beside each skill ("Java- Exprience - 60 months", the
# typo included) where their jobs carry no dates
_LABELLED_DURATION = regex_cache.compile(
    r"\bexpe?rien[cs]e[ \t]*[-:–][ \t]*(\d{1,3}(?:\.\d)?)[ \t]*\+?[ \t]*(months?|years?|yrs?)\b",
    re.I,
)
MAX_STATED_YEARS = 50.0  # more is no career: a typo or another number


def _stated_count(found: re.Match[str]) -> float:
    """The years of a stated duration, from whichever of its two forms matched."""
    groups = found.groups()  # a count and its "and a half", for each form in turn
    count, half = next(pair for pair in zip(groups[::2], groups[1::2], strict=True) if pair[0])
    return count_of(count) + (0.5 if half else 0.0)


def _no_work_of_the_writer(text: str, found: re.Match[str]) -> bool:
    """A letter's stated years that are no job's: years of study ("For the past four years I
    have been working toward my PhD") or of what names no job ("I have been an active member
    of a Kaggle team", "a volunteer at the food bank for the past 6 years")."""
    if not any(found.groups()[2 * _LETTERS_FORMS :]):
        return False  # "8 years of experience": no letter's sentence
    end = _CLAUSE_END.search(text, found.end(), found.end() + _CLAUSE_REACH)
    clause = text[found.start() : end.start() if end else found.end() + _CLAUSE_REACH]
    been = _BEEN_A.search(clause)
    return bool(_STUDY_WORK.search(clause)) or (
        been is not None and not names_a_job(clause[been.end() :])
    )


def _stated_years(text: str) -> float:
    """ "8 years of experience", "Experience - 48 months", when no work is dated: the longest
    time the resume says it worked (or used any one skill)."""
    lowered = lowered_alike(text) if _LOWER_STATED_YEARS else None
    counts = (
        _LOWER_STATED_YEARS.finditer(lowered)
        if _LOWER_STATED_YEARS and lowered is not None
        else _STATED_YEARS.finditer(text)
    )
    # count_of reads a count in any case
    stated = [_stated_count(m) for m in counts if not _no_work_of_the_writer(text, m)]
    for found in _LABELLED_DURATION.finditer(text):
        in_months = found.group(2).lower().startswith("month")
        stated.append(float(found.group(1)) / (12 if in_months else 1))
    if any(word in text for word in _SEASIA_YEAR_WORDS):
        stated += [float(next(filter(None, m.groups()))) for m in _SEASIA_STATED.finditer(text)]
    kept = [years for years in stated if years <= MAX_STATED_YEARS]
    return round(max(kept), 1) if kept else 0.0


# Years of experience stated in Indonesian, Malay, Vietnamese or Thai: "pengalaman 4 tahun",
# "4 tahun pengalaman", "4 năm kinh nghiệm", "kinh nghiệm 4 năm", "ประสบการณ์ 4 ปี"
_SEASIA_YEAR_WORDS = ("tahun", "năm", "ปี")
_SEASIA_STATED = regex_cache.compile(
    r"\b(?:ber)?pengalaman(?:[ \t]+(?:kerja|selama))?[ \t]+(\d{1,2})\+?[ \t]+tahun\b"
    r"|\b(\d{1,2})\+?[ \t]+tahun[ \t]+(?:ber)?pengalaman\b"
    r"|\b(\d{1,2})\+?[ \t]+năm[ \t]+kinh[ \t]+nghiệm\b"
    r"|\bkinh[ \t]+nghiệm(?:[ \t]+làm[ \t]+việc)?[ \t]+(\d{1,2})\+?[ \t]+năm\b"
    r"|ประสบการณ์(?:ทำงาน)?[ \t]*(\d{1,2})\+?[ \t]*ปี",
    re.I,
)


# Any date or length of time: a year ("2019", "'19"), a month and year in numbers ("03/19"), a
# count of years or months ("3 years", "six months", "4 yrs"). Broad on purpose: a resume that
# writes any of them outside its education is not "undated", read or not.
_TIME_WRITTEN = regex_cache.compile(
    r"(?<!\d)(?:19|20)\d\d(?!\d)|['’]\d\d\b|\b(?:0?[1-9]|1[0-2])[/.-]\d\d\b"
    r"|\b(?:years?|yrs?|months?|mos)\b",
    re.I,
)
# A job named in a work section: an employer's label ("company - Tata Motors", "Employer:"),
# as resumes scraped from job sites set them out, or a title (names_a_role)
_EMPLOYER_LABEL = regex_cache.compile(r"\b(?:company|employer|organi[sz]ation)\s*[-:–]", re.I)
# Dates there measure no job: a degree, a certificate, a paper, an award, a club or volunteering
_NOT_WORK_SECTIONS = frozenset(
    {"education", "certifications", "publications", "awards", "interests"}
)


def undated_work(text: str, sections: list[Section]) -> bool:
    """Whether the resume's work section names jobs but no date or length of time is written
    anywhere outside its education: then its years cannot be measured. A resume with no work
    section (a student's) is not undated: it shows no work."""
    work = [s for s in sections if s.name == "experience"]
    named = any(
        _EMPLOYER_LABEL.search(text, s.start, s.end) or names_a_role(text[s.start : s.end])
        for s in work
    )
    if not named:
        return False
    kept, position = [], 0
    for section in sorted(sections, key=lambda s: s.start):
        if section.name in _NOT_WORK_SECTIONS:
            kept.append(text[position : section.start])
            position = max(position, section.end)
    kept.append(text[position:])
    return not any(_TIME_WRITTEN.search(part) for part in kept)


def _undated_evidence(lines: LineIndex, sections: list[Section]) -> list[str]:
    """Level evidence for jobs named without dates: that their years are unknown, and the
    newest job's title when it names a rank ("Senior ML Platform Engineer, Finlytic")."""
    evidence = [UNDATED_EVIDENCE]
    for section in (s for s in sections if s.name == "experience"):
        last = lines.line_of(max(section.start, section.end - 1))
        for number in range(lines.line_of(section.start) + 1, last + 1):
            text = lines.line_text(number).strip()
            if text and names_a_role(text):
                if title_level(text) is not None:
                    evidence.append(_title_evidence(text))
                return evidence
    return evidence


def resume_experience(
    lines: LineIndex,
    sections: list[Section],
    as_of: int,
    skills: list[SkillHit] | None = None,
    education: Education | None = None,
    dated: tuple[list[Found], list[Found]] | None = None,
) -> Experience:
    """Dated work, its years in all and in technical jobs, and the level they read as;
    `dated` is what dated_work gives for these sections, when already found."""
    sections = resume_sections(lines, sections)
    hits, work = dated or dated_work(lines, sections, as_of)
    titled = titles_of(work, lines)
    headings = _headings(work, titled, lines)
    shares = _shares(work, headings)
    courses = _courses_taught(work, titled, lines, sections)
    credited, students = _credited(work, titled, shares, courses)
    years = _years(work, credited, students) if work else _stated_years(lines.text)
    undated = not work and not years and undated_work(lines.text, sections)
    doctorate = computing_doctorate(education)
    entries = other_entries(hits, work, lines)
    held = _without_twins(
        held_jobs(work, titled, lines, sections, skills or [], doctorate, shares, entries, courses)
    )
    listed = [hit for h in held for hit in h.hits]
    counted = _counted(held)
    titles = titles_near(_not_taught(listed, courses), titled)
    grade = newest_grade(work, headings)
    level: LevelId | None
    if counted is None:
        level, evidence = level_for(years, titles, lines.text, grade=grade)
        if not work and years:  # "Experience - 48 months", no job dated
            evidence[0] = (
                f"{_years_in_words(years)} of work as the resume states them (no dated roles)"
            )
        if undated:  # no years to read a level from: unknown, not an intern's
            level, evidence = None, _undated_evidence(lines, sections)
        relevant = None
    else:
        kept = [hit for h in counted for hit in h.hits]
        relevant = _years(kept, credited, students)
        scope = "\n".join(lines.line_text(n) for h in counted for n in range(h.first, h.last + 1))
        kept_grade = newest_grade(kept, headings)
        level, evidence = level_for(
            relevant,
            titles_near(_not_taught(kept, courses), titled),
            scope,
            years,
            True,
            kept_grade,
        )
    all_work, all_evidence = (
        (level, evidence) if counted is None else level_for(years, titles, lines.text, grade=grade)
    )
    halved = _student_post_notes(held, shares, credited, courses)
    part_time = _part_time_notes(listed, shares) + halved
    evidence, all_evidence = [*evidence, *part_time], [*all_evidence, *part_time]
    if (studied := _student(education, held)) is not None:
        student = f"{studied} in progress, only student jobs"
        level, evidence = "intern", [*evidence, student]
        all_work, all_evidence = "intern", [*all_evidence, student]
    graduate = not any(hit.range.ongoing for hit in work) and _graduated(education, as_of)
    level, evidence = _past_intern(level, evidence, education, graduate)
    all_work, all_evidence = _past_intern(all_work, all_evidence, education, graduate)
    return Experience(
        years=years,
        relevant_years=relevant,
        ranges=[hit.range for hit in hits],
        titles=titles,
        jobs=[h.job for h in held],
        level=level,
        level_evidence=evidence,
        all_work_level=all_work,
        all_work_evidence=all_evidence,
        undated=undated,
    )
