"""Match a posting's requirements against a resume profile, with evidence for every verdict."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from . import regex_cache
from .documents.labels import FLATTENED_LINE
from .documents.sections import ITEM_MARK, section_at, section_index
from .extract.answered import answered_years
from .extract.education import YEAR, degree_mentions
from .extract.experience import merged_months, title_above, title_below
from .extract.language_grades import (
    CEFR,
    GRID_ROWS_BELOW,
    SHORT_OF,
    Grade,
    grade_beside,
    grid_grade,
    shortfall,
)
from .extract.lines import LineIndex, plain
from .extract.relevance import is_hands_on
from .extract.requirements import years_for
from .extract.roles import field_spellings, role_alternatives, title_spellings
from .extract.senses import own_sense_words
from .extract.service import ServiceLine, asks_service, service_lines
from .extract.signals import VENUES, names_venue
from .extract.skill_matrix import matrix_years
from .extract.skill_rows import row_years
from .extract.skills import in_excluded_phrase, in_org_name
from .extract.wording import is_occupation
from .literal_match import (
    Line,
    LiteralHit,
    ResumeText,
    find_as_quality,
    find_exact,
    find_expansion,
    find_inexact,
    find_reworded,
    resume_text,
    spellings,
    without_kind,
    without_lead_kind,
    without_newness,
    without_title,
    without_vendor,
)
from .models import (
    IMPORTANCE_ORDER,
    TITLE_SECTION,
    DateRange,
    Evidence,
    MatchStatus,
    Mention,
    Profile,
    Requirement,
    Signal,
    SkillHit,
    SkillMatch,
)
from .read_once import once_per_profile
from .taxonomy import Guard, Taxonomy

CREDIT_IMPLIED = 0.7  # the resume shows a skill that implies this one (PyTorch -> deep learning)
CREDIT_IMPLIED_FAR = 0.5  # ... through a chain of implications (PyTorch -> machine learning)
CREDIT_RELATED = 0.4  # the resume shows a close alternative (TensorFlow for PyTorch)
CREDIT_LEARNING = 0.4  # the resume is still learning it ("currently learning Go")
CREDIT_FUZZY = 0.8  # a literal term found with small spelling differences
CREDIT_REWORDED = 0.8  # a skill's words on one resume line in another form ("managed time")
MAX_EVIDENCE = 3


@lru_cache(maxsize=512)
def line_index(text: str) -> LineIndex:
    return LineIndex(text)


def _evidence(resume: Profile, lines: LineIndex, skill_id: str) -> list[Evidence]:
    hit = next((h for h in resume.skills if h.id == skill_id), None)
    if hit is None:
        return []
    seen: dict[int, Evidence] = {}
    # Lines in experience or projects show use; a skills list only names the skill.
    ranked = sorted(
        hit.mentions, key=lambda m: (m.section not in ("experience", "projects"), m.start)
    )
    for mention in ranked:
        if mention.line not in seen:
            seen[mention.line] = _mention_evidence(lines, mention)
    return list(seen.values())[:MAX_EVIDENCE]


def _mention_evidence(lines: LineIndex, mention: Mention) -> Evidence:
    """The mention's line, with the column where the mention stands in it."""
    raw = lines.line_text(mention.line)
    column = mention.start - lines.line_start(mention.line) - (len(raw) - len(raw.lstrip()))
    return Evidence(
        text=raw.strip(), line=mention.line, column=max(0, column), section=mention.section
    )


PUBLICATIONS = "publications"  # the skill a resume shows with a Publications section


def _publications_section(resume: Profile, lines: LineIndex) -> Evidence | None:
    """The heading of the resume's list of publications, when it lists any."""
    for section in resume.sections:
        body = resume.text[section.start : section.end].partition("\n")[2]
        if section.name == "publications" and body.strip():
            line = lines.line_of(section.start)
            return Evidence(text=section.heading, line=line, section="publications")
    return None


# A paper of the writer's: "paper published at ACL", "First-author papers at CVPR"; not a white
# paper, nor papers reviewed.
_OWN_PAPER = regex_cache.compile(r"\b(?:papers?|published|first[- ]author|co-?authored)\b", re.I)
_OTHERS_PAPERS = regex_cache.compile(r"\b(?:white[- ]?papers?|review(?:ed|ers?|ing))\b", re.I)
_CLAUSE = regex_cache.compile(r"[;|]|\.\s")


def _paper_at_venue(resume: Profile, lines: LineIndex) -> Evidence | None:
    """A line outside a Publications section naming a paper of the writer's at a known venue,
    in one clause ("Named-entity recognition; paper published at EMNLP 2021")."""
    venues = resume.signals.of("publication-venue") if resume.signals else []
    for venue in venues:
        if any(_own_paper_at_venue(clause) for clause in _CLAUSE.split(venue.text)):
            section = lines.section_of(lines.line_start(venue.line), resume.sections)
            return Evidence(text=venue.text, line=venue.line, section=section)
    return None


def _own_paper_at_venue(clause: str) -> bool:
    return (
        names_venue(clause)
        and _OWN_PAPER.search(clause) is not None
        and _OTHERS_PAPERS.search(clause) is None
    )


def _verdict(
    req: Requirement,
    status: MatchStatus,
    credit: float,
    evidence: list[Evidence] | None = None,
    via: str | None = None,
) -> SkillMatch:
    return SkillMatch(
        id=req.id,
        name=req.name,
        importance=req.importance,
        jd_text=req.jd_text,
        known=req.known,
        status=status,
        credit=credit,
        via=via,
        evidence=evidence or [],
        asked_in=TITLE_SECTION if req.section == TITLE_SECTION else None,
    )


def _reworded(
    req: Requirement, resume: Profile, text: ResumeText, taxonomy: Taxonomy
) -> SkillMatch | None:
    """The acronym the posting defined for a skill ("Master Data Management (MDM)"), or the
    posting's words for it or its name reworded on one resume line."""
    wording, *acronym = spellings(req.jd_text)
    if acronym and _read_as_another_skill(taxonomy, resume, req.id, acronym[0]):
        acronym = []
    hit = _outside_excluded(taxonomy, acronym[0], find_exact(acronym[0], text)) if acronym else None
    if hit is not None:
        verdict = _verdict(req, "matched", 1.0, _line_evidence(hit, acronym[0]))
        verdict.detail = f"as {acronym[0]}"
        return verdict
    for phrase in dict.fromkeys((wording, req.name)):
        if _read_as_another_skill(taxonomy, resume, req.id, phrase):
            continue
        if (hit := find_reworded(phrase, text)) is not None:
            verdict = _verdict(req, "matched", CREDIT_REWORDED, _line_evidence(hit, phrase))
            verdict.detail = "reworded"
            return verdict
    return None


def _outside_excluded(
    taxonomy: Taxonomy, acronym: str, hit: LiteralHit | None
) -> LiteralHit | None:
    """The hit's lines that use the acronym outside the phrases its skill's guard excludes:
    "MPC meeting" is the rate setters', no multi-party computation a posting defines."""
    guarded = _guarded_owner(taxonomy, acronym)
    guard = guarded[1] if guarded is not None else None
    if hit is None or guard is None or not guard.exclude or not guard.applies_to(acronym):
        return hit
    kept = [
        line
        for line in hit.lines
        if any(
            not in_excluded_phrase(line.text, at.start(), at.end(), guard.exclude)
            for at in _whole_word(acronym).finditer(line.text)
        )
    ]
    return LiteralHit(hit.exact, kept) if kept else None


@lru_cache(maxsize=256)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)


def _guarded_owner(taxonomy: Taxonomy, spelling: str) -> tuple[str, Guard] | None:
    """The skill the taxonomy gives a spelling to, with its guard, when it has one."""
    owner = taxonomy.by_spelling.get(spelling.lower())
    guard = taxonomy.skills[owner].guard if owner is not None else None
    return (owner, guard) if owner is not None and guard is not None else None


def _sharing_owner(taxonomy: Taxonomy, skill_id: str, phrase: str) -> tuple[str, Guard] | None:
    """The skill whose spelling the posting's words for this one are, with its guard, when
    that guard lists this skill among the other senses of the spelling (`senses`,
    extract/senses.py)."""
    guarded = _guarded_owner(taxonomy, phrase)
    if guarded is None or guarded[0] == skill_id or skill_id not in guarded[1].senses:
        return None
    return guarded


def _owners_mentions(resume: Profile, owner: str, phrase: str) -> list[Mention]:
    hit = next((h for h in resume.skills if h.id == owner), None)
    return [m for m in hit.mentions if m.text.lower() == phrase.lower()] if hit else []


def _read_as_another_skill(taxonomy: Taxonomy, resume: Profile, skill_id: str, phrase: str) -> bool:
    """The posting's words for the skill are another skill's spelling, which may name this
    one in another sense (a guard's `senses`, extract/senses.py), and the resume reads them in
    that other sense: "Radar" beside "Emblem" asks for WTW's pricing tool, not the sensor of
    "radar and LiDAR"; "multi-party computation (MPC)" is not a resume's MPC controller."""
    shared = _sharing_owner(taxonomy, skill_id, phrase)
    return shared is not None and bool(_owners_mentions(resume, shared[0], phrase))


_LINE_WORD = regex_cache.compile(r"[\w&+#-]+")


def _read_in_no_sense(
    req: Requirement, resume: Profile, lines: LineIndex, taxonomy: Taxonomy
) -> SkillMatch | None:
    """The posting's words for the skill are a spelling shared with another skill (see
    _read_as_another_skill), and the resume writes them on a line with no word of that other
    skill's sense: the word the posting asks, which the resume gave its owner only for want of
    a sense ("Python, SQL, Radar, Excel" in a pricing analyst's skills)."""
    for phrase in dict.fromkeys(spellings(req.jd_text)):
        shared = _sharing_owner(taxonomy, req.id, phrase)
        if shared is None:
            continue
        owner, guard = shared
        own_words = {word.lower() for word in own_sense_words(guard, owner)}
        mentions = _owners_mentions(resume, owner, phrase)
        senseless = {
            line
            for line in {m.line for m in mentions}
            if own_words.isdisjoint(_LINE_WORD.findall(lines.line_text(line).lower()))
        }
        shown = next((m for m in mentions if m.line in senseless), None)
        if shown is not None:
            verdict = _verdict(req, "matched", 1.0, [_mention_evidence(lines, shown)])
            verdict.detail = f"as {shown.text}"
            return verdict
    return None


MIN_NAMED_CHARS = 3


def _named_inside(
    req: Requirement, resume: Profile, lines: LineIndex, taxonomy: Taxonomy
) -> SkillMatch | None:
    """The skill's name written inside a longer one ("SQL" in "SQL Server", which the matcher
    reads as the longer skill). Only for unguarded skills (a guarded name needs its context),
    and never inside an organisation's name ("Department of Bioinformatics") nor where
    extraction turned the name down as no claim of the writer's: a job's employer ("Data
    Engineer, Databricks"), a client's feedback or product ("for a Kubernetes startup")."""
    skill = taxonomy.skills.get(req.id)
    if skill is None:
        return None
    text = resume_text(resume.text)
    for phrase in dict.fromkeys((spellings(req.jd_text)[0], req.name)):
        if len(phrase) < MIN_NAMED_CHARS or (skill.guard and skill.guard.applies_to(phrase)):
            continue
        if _read_as_another_skill(taxonomy, resume, skill.id, phrase):
            continue
        hit = find_exact(phrase, text)
        found = [line for line in hit.lines if not _in_org(line.text, phrase)] if hit else []
        found = [line for line in found if not _not_claimed_only(resume, lines, line, phrase)]
        if found:
            return _verdict(req, "matched", 1.0, _line_evidence(LiteralHit(True, found), phrase))
    return None


def _not_claimed_only(resume: Profile, lines: LineIndex, line: Line, phrase: str) -> bool:
    """Every mention of the phrase on the line stands where extraction found no claim."""
    if not resume.not_claimed:
        return False
    start, size = lines.line_start(line.number), len(phrase)
    raw = lines.line_text(line.number)
    found = [m.start() + start for m in re.finditer(re.escape(phrase), raw, re.I)]
    return bool(found) and all(
        any(s <= at and at + size <= e for s, e in resume.not_claimed) for at in found
    )


def _in_org(line: str, phrase: str) -> bool:
    at = line.lower().find(phrase.lower())
    return at != -1 and in_org_name(line, at, at + len(phrase))


def _line_evidence(hit: LiteralHit, *phrases: str) -> list[Evidence]:
    """The first MAX_EVIDENCE lines of a literal hit, each with the column where the phrase
    (or its first word) stands, so a long line's snippet shows it."""
    return [
        Evidence(text=line.text, line=line.number, column=_column_of(line.text, phrases))
        for line in hit.lines[:MAX_EVIDENCE]
    ]


def _column_of(text: str, phrases: tuple[str, ...]) -> int:
    lowered = text.lower()
    for wanted in (*phrases, *(p.split()[0] for p in phrases if p.split())):
        at = lowered.find(wanted.lower())
        if at != -1:
            return at
    return 0


# Skills not learnt on the job: "3 years as a Japanese speaker" asks a speaker, not a career;
# a clearance or a licence is held, whatever the years it has been held.
UNTIMED_CATEGORIES = frozenset({"spoken-languages", "clearances", "licenses"})


def _known_match(
    req: Requirement,
    resume: Profile,
    lines: LineIndex,
    taxonomy: Taxonomy,
    implied: dict[str, tuple[str, int]],
    titled: Titled,
) -> SkillMatch:
    hit = next((h for h in resume.skills if h.id == req.id), None)
    if hit is not None and being_learnt(hit):
        return _learning_match(req, resume, lines)
    if hit is not None:
        evidence = _evidence(resume, lines, req.id)
        if req.years and taxonomy.skills[req.id].category not in UNTIMED_CATEGORIES:
            shown = _shown_at_work(resume, taxonomy, {req.id})
            return _time_check(req, resume, evidence, 1.0, shown)
        if req.grade and (shown_grade := _best_grade(lines, hit)):
            return _grade_check(req, evidence, shown_grade)
        return _verdict(req, "matched", 1.0, evidence)
    named = _named_inside(req, resume, lines, taxonomy) or _read_in_no_sense(
        req, resume, lines, taxonomy
    )
    text = resume_text(resume.text)
    if named is not None:
        return named
    reworded = _reworded(req, resume, text, taxonomy)
    if reworded is not None:
        return reworded
    if req.id == PUBLICATIONS and (
        listed := _publications_section(resume, lines) or _paper_at_venue(resume, lines)
    ):
        return _verdict(req, "matched", 1.0, [listed])
    if req.id in titled:
        return _titled_match(req, resume, lines, *titled[req.id])
    if req.id in implied:
        return _implied_match(req, resume, lines, taxonomy, *implied[req.id])
    return _related_match(req, resume, lines, taxonomy)


def _learning_match(req: Requirement, resume: Profile, lines: LineIndex) -> SkillMatch:
    """A skill still being learnt ("currently learning Go"): met in part, whatever is asked."""
    verdict = _verdict(req, "related", CREDIT_LEARNING, _evidence(resume, lines, req.id))
    verdict.detail = "still being learnt"
    return verdict


def _related_match(
    req: Requirement, resume: Profile, lines: LineIndex, taxonomy: Taxonomy
) -> SkillMatch:
    """A close alternative shown (TensorFlow for PyTorch), else missing."""
    related = set(taxonomy.skills[req.id].related) if req.id in taxonomy.skills else set()
    for hit in resume.skills:
        # the cheap test first: being_learnt reads every mention, for each ask a resume misses
        if hit.id not in related and req.id not in taxonomy.skills[hit.id].related:
            continue
        if not being_learnt(hit):
            return _verdict(
                req, "related", CREDIT_RELATED, _evidence(resume, lines, hit.id), via=hit.name
            )
    return _verdict(req, "missing", 0.0)


# A language shown a grade below the one asked loses this much credit a CEFR step: B1 for C1
# earns half. Any grade shown keeps some: the language is spoken, only less well.
CREDIT_PER_GRADE = 0.25
CREDIT_GRADE_FLOOR = 0.25


def _best_grade(lines: LineIndex, hit: SkillHit) -> Grade | None:
    """The highest grade a resume gives a language's mentions, in a Europass grid ("English C1
    C1 B2 B2 B2") or beside the name ("German (B1)"); None when every mention is ungraded."""
    grades = []
    for mention in hit.mentions:
        line = lines.line_text(mention.line)
        offset = lines.line_start(mention.line)
        start, end = mention.start - offset, mention.end - offset
        rows = range(mention.line + 1, len(lines) + 1)[:GRID_ROWS_BELOW]
        below = [lines.line_text(n) for n in rows]
        if grade := grid_grade(line[end:], below) or grade_beside(line, (start, end)):
            grades.append(grade)
    return max(grades, key=lambda g: g.rank, default=None)


def _grade_check(req: Requirement, evidence: list[Evidence], shown: Grade) -> SkillMatch:
    """A language asked at a grade ("Fluent German (C1 or above)") and shown below it
    ("German (Limited Working)"): partial credit, as a skill shown for fewer years than asked
    is, and listed with the missing skills for the same reason: the ask is not met."""
    assert req.grade is not None
    short = CEFR.index(req.grade) - shown.rank
    if short <= 0:
        return _verdict(req, "matched", 1.0, evidence)
    credit = max(CREDIT_GRADE_FLOOR, 1.0 - CREDIT_PER_GRADE * short)
    verdict = _verdict(req, "related", credit, evidence)
    verdict.detail = shortfall(shown, req.grade)
    return verdict


def _implied_match(
    req: Requirement,
    resume: Profile,
    lines: LineIndex,
    taxonomy: Taxonomy,
    source: str,
    distance: int,
) -> SkillMatch:
    """A skill shown through one that implies it (pandas for data analysis). Its years are
    checked as a named skill's would be, on the work lines of what implies it, so naming the
    skill never earns less than leaving it implied."""
    evidence = _evidence(resume, lines, source)
    if distance == 1 and _named_within_its_source(req, resume, source):
        credit = 1.0
        verdict = _verdict(req, "matched", credit, evidence)
    else:
        credit = CREDIT_IMPLIED if distance == 1 else CREDIT_IMPLIED_FAR
        verdict = _verdict(req, "implied", credit, evidence, via=taxonomy.skills[source].name)
    if req.years:
        timed = _time_check(
            req, resume, evidence, credit, _shown_at_work(resume, taxonomy, {req.id})
        )
        verdict.credit, verdict.detail = timed.credit, timed.detail
    return verdict


def _named_within_its_source(req: Requirement, resume: Profile, source: str) -> bool:
    """The implied skill's name written inside a mention of the skill that implies it, which
    a reader sees as plainly as the name alone: "speaking" in "public speaking", "Java" in
    "Java EE"."""
    hit = next((h for h in resume.skills if h.id == source), None)
    names = [n for n in {req.name, spellings(req.jd_text)[0]} if len(n) >= MIN_NAMED_CHARS]
    if hit is None or not names:
        return False
    shown = [m.text for m in hit.mentions if not m.negated and not m.learning]
    return any(_whole_word(name).search(text) for name in names for text in shown)


@lru_cache(maxsize=512)
def _work_text(text: str, education: tuple[tuple[int, int], ...], degrees: frozenset[int]) -> str:
    """The resume with its education section and degree lines blanked (line numbers kept): a
    degree in "Marine Resources Management" is not time as a Marine Resources Manager."""
    lines = text.split("\n")
    offset = 0
    for number, line in enumerate(lines):
        if len(line) > FLATTENED_LINE:
            lines[number] = _degrees_blanked(line)  # the whole resume: its roles stay
        elif number + 1 in degrees or any(start <= offset < end for start, end in education):
            lines[number] = ""
        offset += len(line) + 1
    return "\n".join(lines)


_DEGREE_WORDS = 45  # "Diploma in Hotel Management IHM Goa"


def _degrees_blanked(line: str) -> str:
    """A flattened line with each degree's own words blanked (up to a year or a few words):
    its job titles, written between the degrees and the skills, still count as roles."""
    chars = list(line)
    for _, start, end in degree_mentions(line):
        year = YEAR.search(line, end, start + _DEGREE_WORDS)
        stop = year.start() if year else max(end, start + _DEGREE_WORDS)
        chars[start:stop] = " " * (min(stop, len(line)) - start)
    return "".join(chars)


def _role_text(resume: Profile) -> ResumeText:
    education = tuple((s.start, s.end) for s in resume.sections if s.name == "education")
    degrees = frozenset(d.line for d in resume.education.degrees)
    return resume_text(_work_text(resume.text, education, degrees))


@lru_cache(maxsize=4096)  # a posting's terms are spelled out again for each of its resumes
def _term_forms(jd_text: str, role: bool) -> tuple[str, ...]:
    """The spellings a resume may show a term or a role by, the posting's wording first."""
    forms = spellings(jd_text)
    forms += without_vendor(forms[0]) + without_title(forms[0])
    forms += role_alternatives(jd_text) if role else []
    forms += [spelled for form in forms for spelled in title_spellings(form)] if role else []
    forms += [spelled for form in forms for spelled in field_spellings(form)] if role else []
    return tuple(forms)


def _literal_hit(
    req: Requirement, resume: Profile, soft: frozenset[str]
) -> tuple[LiteralHit, list[str]] | None:
    """Where the resume shows a term or role the taxonomy does not know, and its spellings."""
    role = req.id.startswith("role:")
    text = _role_text(resume) if role else resume_text(resume.text)
    # An exact hit on any spelling (the acronym too) beats a reworded or fuzzy one. A role's
    # title is a common noun whatever its capitals ("Editors, 2018 - 2021").
    forms = list(_term_forms(req.jd_text, role))
    hit = (
        next(filter(None, (find_exact(s, text, role) for s in forms)), None)
        or next(filter(None, (find_expansion(s, text) for s in forms)), None)
        or next(filter(None, (find_inexact(s, text) for s in forms)), None)
        or (None if role else find_as_quality(req.jd_text, text))
    )
    if hit is None and not role:
        hit, forms = _without_its_kind(forms[0], text, soft)
    return None if hit is None else (hit, forms)


def _without_its_kind(
    wording: str, text: ResumeText, soft: frozenset[str]
) -> tuple[LiteralHit | None, list[str]]:
    """ "telematics data" shown by "telematics", "principles of architecture" by
    "architecture", "modern portfolio theory" by "portfolio theory": a partial match, the kind
    or newness word not written; not a soft skill's word, which a kind word after it turns into
    another thing ("communication protocols")."""
    forms = without_kind(wording) + without_lead_kind(wording) + without_newness(wording)
    forms = [f for f in forms if f.strip().lower() not in soft]
    hit = next(filter(None, (find_exact(s, text) for s in forms)), None)
    return (None, []) if hit is None else (LiteralHit(False, hit.lines), forms)


def _literal_match(req: Requirement, resume: Profile, soft: frozenset[str]) -> SkillMatch:
    venue = VENUES.get(req.jd_text.strip())
    if venue is not None:
        return _venue_match(req, resume, venue)
    if asks_service(req.jd_text) and (served := service_lines(resume.text)):
        return _service_match(req, resume, served)
    found = _literal_hit(req, resume, soft)
    if found is None:
        return _verdict(req, "missing", 0.0)
    hit, forms = found
    evidence = _line_evidence(hit, *forms)
    credit = 1.0 if hit.exact else CREDIT_FUZZY
    if req.years:
        return _time_check(req, resume, evidence, credit, _literal_shown(req, resume, *found))
    return _verdict(req, "matched", credit, evidence)


def _service_match(req: Requirement, resume: Profile, served: list[ServiceLine]) -> SkillMatch:
    """Military service asked ("Prior military service", "Veterans preferred"), which a resume
    shows by its role in a branch ("Intelligence Analyst, U.S. Army"), "USMC" or "Navy
    veteran"; timed by the roles of those lines when years are asked."""
    evidence = [
        Evidence(text=line.text, line=line.number, column=line.column)
        for line in served[:MAX_EVIDENCE]
    ]
    if req.years:
        shown = Shown(_dated_roles(resume, [line.number for line in served]))
        return _time_check(req, resume, evidence, 1.0, shown)
    return _verdict(req, "matched", 1.0, evidence)


def _venue_match(req: Requirement, resume: Profile, venue: str) -> SkillMatch:
    """A publication venue asked ("papers at NeurIPS"): met by the resume's papers there, in
    part by papers at another known venue. A venue named for reviewing or chairing ("Reviewer:
    NeurIPS 2023") shows no paper: the signals hold a venue only in a list of publications or
    on a line about a paper."""
    papers = resume.signals.of("publication-venue") if resume.signals else []
    there = [paper for paper in papers if paper.value == venue]
    if there:
        return _verdict(req, "matched", 1.0, _venue_evidence(there))
    if papers:
        via = f"a paper at {papers[0].value}"
        return _verdict(req, "related", CREDIT_RELATED, _venue_evidence(papers), via=via)
    return _verdict(req, "missing", 0.0)


def _venue_evidence(papers: list[Signal]) -> list[Evidence]:
    return [Evidence(text=paper.text.strip(), line=paper.line) for paper in papers[:MAX_EVIDENCE]]


def _literal_shown(req: Requirement, resume: Profile, hit: LiteralHit, forms: list[str]) -> Shown:
    """A role's time is that of the dated roles its quoted lines belong to; a term's is timed
    as a skill's."""
    if req.id.startswith("role:"):
        return Shown(_dated_roles(resume, [line.number for line in hit.lines[:MAX_EVIDENCE]]))
    return _term_shown(resume, hit, forms)


def _term_shown(resume: Profile, hit: LiteralHit, forms: list[str]) -> Shown:
    """Where a resume shows a term the taxonomy does not know, timed as a skill is (see
    _shown_at_work): the dated roles of its work lines, the years written beside it
    ("Zorblex (4 yrs)"), else the whole dated career for a term listed undated."""
    lines = line_index(resume.text)
    beside = {line.number: _years_beside_term(line.text, forms) for line in hit.lines}
    work = [n for n in beside if _section_name(resume, lines, n) in ("experience", None)]
    by_line = [_dates_of(n, resume) for n in work]
    undated = any(n not in work and not years for n, years in beside.items())
    dated = [found for ranges in by_line for found in ranges]
    stated = max(beside.values(), default=0.0)
    return Shown(dated, undated or not all(by_line), stated, _career_for(resume, False))


def _section_name(resume: Profile, lines: LineIndex, line: int) -> str | None:
    return section_at(resume.sections, lines.line_start(line))


def _years_beside_term(text: str, forms: list[str]) -> float:
    """Years written beside the first form of a term found on a resume line: "Zorblex (4
    yrs)", "4 years of Zorblex"."""
    lowered = text.lower()
    for form in forms:
        at = lowered.find(form.lower())
        if at != -1:
            return years_for(text, (at, at + len(form))) or 0.0
    return 0.0


# A list item's mark and a blank after it: not "**Role:**", "*Jan 2025*" or "03.2025"
_BULLET = regex_cache.compile(rf"^\s*(?!\*\*){ITEM_MARK}\s")
_WORD = regex_cache.compile(r"[A-Za-z]{2,}")
_LIST_LABEL = regex_cache.compile(
    r"\W*(?:tools|technologies|tech stack|stack|skills|environment|languages|frameworks)\b[^:]*:",
    re.I,
)
HEADER_LINES = 2  # "Data Analyst" / "Acme Corp, Berlin" / "Jan 2020 - Present"
DATES_LINE_WORDS = 5  # "Acme Inc, San Francisco, CA | Jan 2016 - Dec 2023" holds no title


def _only_dates(text: str, ranges: list[DateRange]) -> bool:
    """A line that holds little but its dates: "Jan 2020 - Present | Remote"; not a title
    ("ML Engineer, Acme — Jan 2025 - Present")."""
    for found in ranges:
        text = text.replace(found.text, " ")
    words = _WORD.findall(text)
    return len(words) <= DATES_LINE_WORDS and not any(is_occupation(word) for word in words)


def _section_at(resume: Profile, lines: LineIndex, line: int) -> int:
    """Which section a line stands in (-1 outside any)."""
    return section_index(resume.sections, lines.line_start(line))


def _dates_of(line: int, resume: Profile) -> list[DateRange]:
    """The date ranges of the role a line belongs to: those on it; for a role's heading, those
    on its dates line below it (see _heading_dates); for a bullet, those of the nearest dated
    line above it in the same section, unless that line is itself a list item (roles listed
    as items). A job's last bullet never takes the next job's dates."""
    dated: dict[int, list[DateRange]] = {}
    for found in resume.experience.ranges:
        dated.setdefault(found.line, []).append(found)
    if line in dated:
        return dated[line]
    lines = line_index(resume.text)
    text = lines.line_text(line)
    heading = _heading_dates(line, resume, lines, dated)
    if heading is not None:
        return heading
    above = max((n for n in dated if n < line), default=None)
    if above is None or _section_at(resume, lines, above) != _section_at(resume, lines, line):
        return []
    if _BULLET.match(lines.line_text(above)) and _indent(lines.line_text(above)) >= _indent(text):
        return []  # "- Analyst, Acme (2017 - 2018)" / "- Speaker, Beta": roles as list items
    return dated[above]


def _heading_dates(
    line: int, resume: Profile, lines: LineIndex, dated: dict[int, list[DateRange]]
) -> list[DateRange] | None:
    """The dates of a role's heading: on the next line that holds no title, or the one after
    ("Data Analyst" / "Acme Corp" / "Jan 2020 - Present") when the heading opens a block or
    names an occupation the line between does not; blank lines between are skipped
    (Markdown). A body line above the next role's title ("Built reports" / "Analyst Intern,
    Beta" / dates) is no heading, and dates followed by a title are that title's."""
    text = lines.line_text(line)
    if _BULLET.match(text) or text.rstrip().endswith(".") or _LIST_LABEL.match(text):
        return None  # a bullet, a sentence, or a list of tools ("Tools: Python, SQL")
    following = _next_lines(lines, line, HEADER_LINES + 1)
    above = lines.line_text(line - 1).strip() if line > 1 else ""
    opens = not above or any(lines.line_of(s.start) == line - 1 for s in resume.sections)
    between = lines.line_text(following[0]) if following else ""
    titled = _names_occupation(text) and not _names_occupation(between)
    section = _section_at(resume, lines, line)
    for below in following[: HEADER_LINES if titled or opens else 1]:
        below_text = lines.line_text(below)
        if _section_at(resume, lines, below) != section or _BULLET.match(below_text):
            return None
        if below in dated:
            if not _only_dates(below_text, dated[below]) or _dates_a_title_below(lines, below):
                return None
            return dated[below]
    return None


def _next_lines(lines: LineIndex, line: int, count: int) -> list[int]:
    """The next `count` lines that are not blank, within three lines of blanks."""
    found: list[int] = []
    for number in range(line + 1, min(line + count + 3, len(lines)) + 1):
        if lines.line_text(number).strip():
            found.append(number)
    return found[:count]


def _dates_a_title_below(lines: LineIndex, dates: int) -> bool:
    """Dates standing above a title ("Jun 2017 - Dec 2017" / "Marketing Intern, Beta") are
    that title's, not the heading's above them."""
    after = _next_lines(lines, dates, 1)
    if not after:
        return False
    text = lines.line_text(after[0])
    sentence = text.rstrip().endswith(".")
    return not _BULLET.match(text) and not sentence and _names_occupation(text)


def _names_occupation(text: str) -> bool:
    return any(is_occupation(word) for word in _WORD.findall(text))


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


WHOLE_CAREER = "in its whole career"  # a skill's time shown: all the resume's dated years


class Shown(NamedTuple):
    """Where a resume shows a skill, for the years it is asked for."""

    dated: list[DateRange]  # the date ranges of the roles its work lines belong to
    undated: bool = False  # also shown undated: a skills list, a bullet of no dated role
    stated: float = 0.0  # years written beside it: "Python (5 yrs)", "Linux for 10 years"
    career: float = 0.0  # the longest an undated skill may have been used (see _career_for)
    since: int | None = None  # the year the skill appeared, when it cut the time shown


def _time_check(
    req: Requirement, resume: Profile, evidence: list[Evidence], credit: float, shown: Shown
) -> SkillMatch:
    """ "3 years as a Data Analyst", "5 years of Linux": the time the resume shows, that of the
    dated roles its work lines belong to, or the years written beside it. A skill also shown
    undated may have been used as long as the resume's whole career, so that counts when it is
    longer: a dated bullet added never lowers the credit. Nothing dated cannot be timed."""
    assert req.years is not None
    dated = shown.dated
    years = max(merged_months(dated) / 12 if dated else 0.0, shown.stated)
    career = shown.career
    if (not years and not shown.undated) or (shown.undated and resume.experience.years <= 0):
        return _verdict(req, "matched", credit, evidence)  # nothing dated: it cannot be timed
    if shown.undated and (career > years + 1 / 12 or not (dated or shown.stated)):
        whole = career >= resume.experience.years
        years, source = career, WHOLE_CAREER if whole else "in technical roles"
    else:
        source = "as written" if shown.stated >= years else "in " + _range_texts(dated)
    if years + 1 / 12 >= req.years:
        return _verdict(req, "matched", credit, evidence)
    if shown.since is not None and source != "as written":
        source += f", counted from {shown.since} when it appeared"
    verdict = _verdict(req, "related", credit * years / req.years, evidence)
    unit = "year" if req.years == 1 else "years"  # "shows 0.2 of 1 year"
    verdict.detail = f"shows {years:.1f} of {req.years:g} {unit} {source}"
    return verdict


def _from_first_year(shown: Shown, since: int | None, resume: Profile) -> Shown:
    """A young skill's time counts from the year it appeared: a role held since 2012 that
    builds MCP servers (2024) shows them from 2024, and a career listing LangChain undated
    shows it from 2022. A role wholly before that year keeps a month: the resume names the
    skill there. A range still to come stays as it is (it adds no time)."""
    if since is None:
        return shown
    first = since * 12
    dated = [
        found
        if found.start > found.end or found.start >= first
        else found.model_copy(update={"start": min(first, found.end)})
        for found in shown.dated
    ]
    latest = max((found.end for found in resume.experience.ranges), default=first)
    career = min(shown.career, max(0, latest - first + 1) / 12)
    if dated == shown.dated and career == shown.career:
        return shown
    return shown._replace(dated=dated, career=career, since=since)


def _range_texts(dated: list[DateRange], most: int = 2) -> str:
    """The date ranges that set a skill's years: "Jan 2023 - Dec 2024 and 2019 - 2020"."""
    texts = list(dict.fromkeys(found.text for found in dated))
    if len(texts) > most:
        return ", ".join(texts[:most]) + " and more"
    return " and ".join(texts)


@once_per_profile  # read once per resume in a batch
def shown_profile(resume: Profile) -> Profile:
    """The resume without negated mentions: "no Java experience" does not show Java."""
    if not any(mention.negated for hit in resume.skills for mention in hit.mentions):
        return resume  # as extracted (copied, it was copied again for each pair of a batch)
    skills = []
    for hit in resume.skills:
        kept = [m for m in hit.mentions if not m.negated]
        if kept:
            skills.append(hit.model_copy(update={"mentions": kept}))
    return resume.model_copy(update={"skills": skills})


def being_learnt(hit: SkillHit) -> bool:
    """Every mention of the skill is of one still being learnt: "currently learning Go"."""
    return all(m.learning for m in hit.mentions)


@once_per_profile  # read once per resume in a batch
def implied_skills(resume: Profile, taxonomy: Taxonomy) -> dict[str, tuple[str, int]]:
    """Skill id -> (the resume skill that implies it, distance); the closest source wins,
    then the first in resume order. A skill still being learnt implies nothing yet."""
    implied: dict[str, tuple[str, int]] = {}
    for hit in resume.skills:
        if being_learnt(hit):
            continue
        for target, distance in sorted(taxonomy.implied_by(hit.id).items()):
            if target not in implied or distance < implied[target][1]:
                implied[target] = (hit.id, distance)
    return implied


# A job title names the work it does: a Data Analyst analyses data, a Research Scientist does
# research. Only titles whose work is unmistakable: a "Network Analyst" does no graph theory.
TITLE_WORK = {
    "data analyst": "data analysis",
    "business analyst": "business analysis",
    "financial analyst": "financial analysis",
    "systems analyst": "systems analysis",
    "data scientist": "data science",
    "data engineer": "data engineering",
    "machine learning engineer": "machine learning",
    "ml engineer": "machine learning",
    "software engineer": "software development",
    "software developer": "software development",
    "web developer": "web development",
    "frontend developer": "frontend development",
    "front-end developer": "frontend development",
    "research scientist": "scientific research",
    "research engineer": "scientific research",
    "research assistant": "scientific research",
    "research fellow": "scientific research",
    "postdoctoral researcher": "scientific research",
    "postdoctoral fellow": "scientific research",
    "doctoral researcher": "scientific research",
    "researcher": "scientific research",
    "research": "scientific research",  # "Research Intern" once the rank is set aside
    "research associate": "scientific research",  # strict: an "Equity Research Associate"
    "postdoctoral research associate": "scientific research",
    "research scholar": "scientific research",
    "phd researcher": "scientific research",
    "phd candidate": "scientific research",
    "phd student": "scientific research",
    "doctoral candidate": "scientific research",
    "doctoral student": "scientific research",
    "postdoc": "scientific research",
    "postdoctoral scholar": "scientific research",
    "quantitative researcher": "scientific research",
    "quant researcher": "scientific research",
    "project manager": "project management",
    "program manager": "program management",
    "product manager": "product management",
    "developer advocate": "developer relations",
    "developer evangelist": "developer relations",
    "database administrator": "database administration",
    "system administrator": "system administration",
    "systems administrator": "system administration",
    "data architect": "data architecture",
    "cloud architect": "cloud architecture",
    "site reliability engineer": "site reliability engineering",
    "qa engineer": "software testing",
    "test engineer": "software testing",
    "software tester": "software testing",
    "accountant": "accounting",
    "recruiter": "recruiting",
}
# Words around a title that do not change its work: "Senior Data Analyst II", "Lead ... Intern"
_RANK_WORDS = frozenset(
    "senior sr sr. junior jr jr. lead principal staff chief head associate assistant intern"
    " i ii iii iv trainee graduate".split()
)
_STRICT_TITLES = frozenset({"test engineer", "qa engineer", "research associate"})
_TITLE_WORD = regex_cache.compile(r"[A-Za-z][A-Za-z+#&.\-]*")


def job_title_lines(resume: Profile) -> set[int]:
    """The resume's lines that hold a job's title."""
    return set(_title_lines(resume, line_index(resume.text)))


def _title_lines(resume: Profile, lines: LineIndex) -> list[int]:
    """Lines that hold a job's title: a dated line of work, or the heading above a line that
    holds only dates (or a title just below it, under an address)."""
    found: list[int] = []
    for dated in resume.experience.ranges:
        if dated.section not in ("experience", None):
            continue
        found.append(dated.line)
        if not _only_dates(lines.line_text(dated.line), [dated]):
            continue
        below = title_below(lines, dated.line)
        above = below if below is not None else title_above(lines, dated.line)
        if above is not None:
            found.append(above)
    return [n for n in dict.fromkeys(found) if not _BULLET.match(lines.line_text(n))]


def _title_work(words: list[str]) -> str | None:
    """The work a title names (TITLE_WORK): "Marketing Data Analyst" -> data analysis; a
    one-word title or a test title only with nothing but rank before it ("Market Researcher"
    is no scientist, a "Hardware Test Engineer" tests no software)."""
    lowered = [w.lower() for w in words]
    while lowered and lowered[-1] in _RANK_WORDS - {"associate", "assistant"}:
        lowered.pop()  # "Data Analyst Intern", "Software Engineer II"
    for size in (3, 2, 1):
        title = " ".join(lowered[-size:])
        if len(lowered) < size or title not in TITLE_WORK:
            continue
        strict = size == 1 or title in _STRICT_TITLES
        if strict and any(word not in _RANK_WORDS for word in lowered[:-size]):
            return None  # "Hardware Test Engineer", "Market Researcher": other work
        return TITLE_WORK[title]
    return None


# "Data Analyst, Acme — 2022 - Present", "Data Analyst\tAcme" (a table's cells)
_TITLE_PARTS = regex_cache.compile(r"[,|—–(@\t]|\s-\s|\sat\s")
Titled = dict[str, tuple[str, int]]  # skill id -> the title that names it and its line


@once_per_profile  # read once per resume in a batch
def titled_skills(resume: Profile, taxonomy: Taxonomy) -> Titled:
    """The skills the resume's job titles name as work."""
    found: Titled = {}
    for work, part, number in _titles_work(resume):
        skill_id = taxonomy.by_spelling.get(work)
        if skill_id is not None:
            found.setdefault(skill_id, (plain(part), number))
    return found


def titles_work(resume: Profile) -> set[str]:
    """The work the resume's job titles name, as TITLE_WORK spells it: "Senior Product
    Manager, Etsy" -> "product management"."""
    return {work for work, _, _ in _titles_work(resume)}


def _titles_work(resume: Profile) -> Iterator[tuple[str, str, int]]:
    """The work each job title names, the title's part that names it, and its line."""
    lines = line_index(resume.text)
    for number in _title_lines(resume, lines):
        for part in _TITLE_PARTS.split(_undated(resume, lines, number)):
            if work := _title_work(_TITLE_WORD.findall(part)):
                yield work, part, number


def _undated(resume: Profile, lines: LineIndex, number: int) -> str:
    """A line without the date ranges written on it: "since 03/2022 Data Scientist" ->
    " Data Scientist"."""
    text = lines.line_text(number)
    for dated in resume.experience.ranges:
        if dated.line == number:
            text = text.replace(dated.text, " ")
    return text


RESEARCH = "scientific research"  # the work of a research title (TITLE_WORK)
RESEARCH_SKILLS = frozenset({"scientific-research", PUBLICATIONS})


def _research_titles(resume: Profile, lines: LineIndex) -> list[int]:
    """The lines of job titles whose work is research ("Research Assistant, Quux Lab")."""
    return [
        number
        for number in _title_lines(resume, lines)
        if any(
            _title_work(_TITLE_WORD.findall(part)) == RESEARCH
            for part in _TITLE_PARTS.split(lines.line_text(number))
        )
    ]


def _shows_papers(resume: Profile) -> bool:
    """Publications listed, or a paper at a venue or an arXiv or Scholar link."""
    signals = resume.signals
    if signals is None:
        return False
    links = signals.of("publication-venue") + signals.of("arxiv") + signals.of("scholar")
    return signals.publications > 0 or bool(links)


def research_years(resume: Profile) -> float | None:
    """The years a resume shows research: the time of the dated roles titled for it or naming
    it ("Research Assistant", "published research on ranking"); all its dated years when only
    undated evidence shows it (a skills list, publications, an arXiv link); None when nothing
    shows research."""
    lines = line_index(resume.text)
    shown = _research_titles(resume, lines)
    shown += [m.line for hit in resume.skills if hit.id in RESEARCH_SKILLS for m in hit.mentions]
    dated = [found for line in shown for found in _dates_of(line, resume)]
    if dated:
        return round(merged_months(dated) / 12, 1)
    return resume.experience.years if shown or _shows_papers(resume) else None


def _titled_match(
    req: Requirement, resume: Profile, lines: LineIndex, title: str, line: int
) -> SkillMatch:
    """A skill the resume shows only through a job title ("Data Analyst" for data analysis):
    implied, so the report still asks to name it; time in the role counts toward its years."""
    evidence = [Evidence(text=lines.line_text(line).strip(), line=line, section="experience")]
    verdict = _verdict(req, "implied", CREDIT_IMPLIED, evidence, via=f'the title "{title}"')
    if req.years:
        timed = _time_check(
            req, resume, evidence, CREDIT_IMPLIED, Shown(_dated_roles(resume, [line]))
        )
        verdict.credit, verdict.detail = timed.credit, timed.detail
    return verdict


def match_requirements(
    resume: Profile, requirements: list[Requirement], taxonomy: Taxonomy
) -> list[SkillMatch]:
    lines = line_index(resume.text)
    implied = implied_skills(resume, taxonomy)
    titled = titled_skills(resume, taxonomy)
    verdicts = [
        _known_match(req, resume, lines, taxonomy, implied, titled)
        if req.known
        else _literal_match(req, resume, taxonomy.soft_spellings)
        for req in requirements
    ]
    _locate(verdicts, resume, lines)
    return _one_per_choice(requirements, verdicts, resume, taxonomy)


def _locate(verdicts: list[SkillMatch], resume: Profile, lines: LineIndex) -> None:
    """Each piece of evidence found by reading lines (a term, a rewording) gets the section
    its line stands in, as a skill's mentions have theirs."""
    for evidence in (e for verdict in verdicts for e in verdict.evidence):
        if evidence.section is None and 1 <= evidence.line <= len(lines):
            evidence.section = section_at(resume.sections, lines.line_start(evidence.line))


def _shown_at_work(resume: Profile, taxonomy: Taxonomy, ids: set[str]) -> Shown:
    """Where the resume shows the skills, or what implies one of them (Django for Python), from
    the year the skills asked appeared."""
    asked = ids
    ids = ids | {h.id for h in resume.skills if not ids.isdisjoint(taxonomy.skills[h.id].implies)}
    mentions = [m for h in resume.skills if h.id in ids for m in h.mentions]
    lines = line_index(resume.text)
    beside = {id(m): _years_beside(lines, m, resume) for m in mentions}
    stated = max(beside.values(), default=0.0)
    work = sorted({m.line for m in mentions if m.section in ("experience", None)})
    # a skill listed with its years ("Kubernetes (4 yrs)") is timed by them, not the career
    elsewhere = any(m.line not in work and not beside[id(m)] for m in mentions)
    by_line = [_dates_of(line, resume) for line in work]
    undated = elsewhere or not all(by_line)
    skills = [taxonomy.skills[i] for i in ids if i in taxonomy.skills]
    technical = any(is_hands_on(skill.id, skill.category) for skill in skills)
    dated = [found for ranges in by_line for found in ranges]
    shown = Shown(dated, undated, stated, _career_for(resume, technical))
    return _from_first_year(shown, _first_year(taxonomy, asked), resume)


def _first_year(taxonomy: Taxonomy, ids: set[str]) -> int | None:
    """The earliest year any of the skills appeared; None when one of them has no such year."""
    years = [taxonomy.skills[i].since if i in taxonomy.skills else None for i in ids]
    return None if not years or None in years else min(y for y in years if y is not None)


def _dated_roles(resume: Profile, lines: list[int]) -> list[DateRange]:
    """The date ranges of the roles the lines belong to."""
    return [found for line in lines for found in _dates_of(line, resume)]


def _career_for(resume: Profile, technical: bool) -> float:
    """How long a skill shown undated may have been used: one of hands-on technical work, the
    years in technical jobs when jobs were judged (not a barista's decade for a listed
    Python); any other (customer service, Excel), the whole dated career."""
    relevant = resume.experience.relevant_years
    return relevant if technical and relevant is not None else resume.experience.years


def _years_beside(lines: LineIndex, mention: Mention, resume: Profile) -> float:
    """Years the resume writes beside a skill, read as a posting's would be: "Python (5 yrs)",
    "7 years of SQL", "Linux engineer for 10 years"; the years of use a row of a skills
    table gives it ("Python | 2012 - 2024"), or a skills matrix ("Python | 8 | Expert")."""
    start = lines.line_start(mention.line)
    span = (mention.start - start, mention.end - start)
    text = lines.line_text(mention.line)
    if stated := years_for(text, span) or matrix_years(lines, mention.line, span):
        return stated
    asked = text.endswith("?") or "? " in text  # "How many years ... with Go?" over "2"
    if asked and (answered := answered_years(lines.text, start)):
        return answered
    ranges = [r for r in resume.experience.ranges if r.line == mention.line]
    return row_years(text, span, ranges) if ranges else 0.0


def _in_work(verdict: SkillMatch) -> bool:
    return any(e.section not in ("skills", None, "summary") for e in verdict.evidence)


def _time_of_choice(
    members: list[tuple[Requirement, SkillMatch]], resume: Profile, taxonomy: Taxonomy
) -> SkillMatch | None:
    """A choice asked for some time ("5+ years of recommender systems or search ranking") is
    met by the time its members show together, when each alone falls short."""
    timed = [
        req
        for req, verdict in members
        if req.years and verdict.via is None and verdict.status in ("matched", "related")
    ]
    if len(timed) < 2:
        return None
    known = {req.id for req in timed if req.known}
    parts = [_shown_at_work(resume, taxonomy, known)] if known else []
    for req in timed:
        if not req.known and (found := _literal_hit(req, resume, taxonomy.soft_spellings)):
            parts.append(_literal_shown(req, resume, *found))
    evidence = [e for req, verdict in members if req in timed for e in verdict.evidence]
    asked = max(timed, key=lambda req: req.years or 0)
    return _time_check(asked, resume, evidence, 1.0, _pooled(parts))


def _pooled(parts: list[Shown]) -> Shown:
    """The time several skills show together."""
    return Shown(
        [found for part in parts for found in part.dated],
        any(part.undated for part in parts),
        max((part.stated for part in parts), default=0.0),
        max((part.career for part in parts), default=0.0),
    )


def _one_per_choice(
    requirements: list[Requirement],
    verdicts: list[SkillMatch],
    resume: Profile,
    taxonomy: Taxonomy,
) -> list[SkillMatch]:
    """Alternatives ("Tableau or Power BI") are one requirement: the best-met member stands
    for the group, quoted with the group's names, and the others are not asked."""
    kept: list[SkillMatch] = []
    for group in choice_groups(requirements):
        req = requirements[group[0]]
        if len(group) == 1:
            kept.append(verdicts[group[0]])
            continue
        members = sorted(
            ((requirements[i], verdicts[i]) for i in group),
            key=lambda m: _place_in(req.choice, m[0]),
        )
        # ties: one shown in work, then a skill the taxonomy knows ("Power BI" over the
        # literal "BI" inside it), then the first named; a copy, as a member of two choices
        # stands for both
        best = max(
            members, key=lambda member: (member[1].credit, _in_work(member[1]), member[0].known)
        )[1]
        if best.status == "related" and best.via is None:  # each member short of the time
            best = _time_of_choice(members, resume, taxonomy) or best
        best = best.model_copy(deep=True)
        names = [member[0].name for member in members]
        best.one_of = names
        best.jd_text = req.choice or " or ".join(member[0].jd_text for member in members)
        best.importance = max(
            (member[0].importance for member in members), key=lambda i: IMPORTANCE_ORDER[i]
        )
        if best.status != "matched":  # not shown: the gap is the choice, not one member
            if best.detail and SHORT_OF in best.detail and len(names) > 1:
                best.detail = f"{best.name} {best.detail}"  # "German shows B1, asks C1"
            best.name = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
        else:
            one_of = f"one of: {', '.join(names)}"
            best.detail = f"{best.detail}; {one_of}" if best.detail else one_of
        kept.append(best)
    return kept


def choice_groups(requirements: list[Requirement]) -> list[list[int]]:
    """The requirements as a score counts them, by index: a choice ("Tableau or Power BI") is
    one group, every other requirement a group of its own. Two choices may share a member
    ("Python or R", "Python, Go or Java"): it belongs to its first, and the other's members
    name it; each group opens with a member whose own choice it is."""
    index = {req.id: n for n, req in enumerate(requirements)}
    groups: list[list[int]] = []
    seen: set[frozenset[int]] = set()
    for n, req in enumerate(requirements):
        members = frozenset({n, *(index[i] for i in req.alternatives if i in index)})
        if members not in seen:
            seen.add(members)
            groups.append([n, *sorted(members - {n})])
    return groups


def _place_in(choice: str | None, req: Requirement) -> int:
    """Where a member stands in the posting's wording of the choice (unknown: last)."""
    lowered = (choice or "").lower()
    found = [lowered.find(w.lower()) for w in (req.jd_text, req.name)]
    return min((at for at in found if at != -1), default=len(lowered))
