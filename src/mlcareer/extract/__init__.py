"""Extraction: a Document becomes a Profile (skills, education, experience, requirements)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Literal, get_args

from .. import regex_cache
from ..documents.cleaning import Edit, swap_characters
from ..documents.labels import flattened_sections, posting_label_breaks
from ..documents.posting_headings import ASKED_IN_POSTINGS as FOREIGN_ASKED_IN_POSTINGS
from ..documents.seasia_headings import ASKED_IN_POSTINGS as SEASIA_ASKED_IN_POSTINGS
from ..documents.sections import (
    ITEM_MARK,
    POSTING_SECTIONS,
    find_sections,
    heading_key,
    signature_start,
)
from ..models import (
    MISREAD,
    DateRange,
    Document,
    Education,
    Experience,
    PostingRole,
    Profile,
    Requirement,
    Section,
    SkillHit,
)
from ..taxonomy import Taxonomy

# lean_spacy imports spaCy without its command line, before any module below imports it.
# posting_requirements imports literal when called (literal imports requirements): importing
# it with the package compiles its patterns before `batch` forks its workers, where they
# would be compiled again in each worker and never stored (see regex_cache).
from . import lean_spacy, literal  # noqa: F401
from .company_talk import without_company_talk
from .education import names_a_school, open_on_letter, resume_education, resume_sections
from .employers import (
    agency_notice_spans,
    not_a_referees,
    referees_spans,
    sector_line_spans,
    without_clients,
    without_employers,
    without_endorsements,
    without_referees,
)
from .experience import Found, dated_rows, dated_work, names_a_job, search_range
from .feedback import without_clients_products, without_feedback
from .flat_resume import flat_resume_breaks
from .importance import lowered_alike
from .kind_cues import addressed_votes, job_parts, outside, work_spans
from .level import resume_experience
from .lines import LineIndex, mailbox_starts, matches_from, starts_of
from .nlp import skill_matcher
from .person_spec import person_spec_rows, with_row_labels
from .relevance import technical_posting
from .requirements import degree_not_denied, posting_info, posting_requirements
from .senses import in_their_senses
from .several_roles import role_names, role_parts, several_roles_warning
from .signals import find_signals
from .skill_rows import without_skill_rows
from .skills import find_skills
from .tables import Columns, column_section, table_columns
from .tags import tag_lines, tags_apart
from .targets import without_targets
from .thai_dates import common_era
from .titles import held_title_roles, ml_by_its_asks, title_role
from .wishes import wished_and_learning
from .work_authorization import posting_stance, resume_need
from .work_headings import as_work, job_entry
from .wraps import (
    capital_breaks,
    certificate_breaks,
    joined_wraps,
    open_ended_breaks,
    wrap_breaks,
)

DocType = Literal["auto", "resume", "posting"]


# A posting's cue words, each alternative opening on its letter (a group of openings written
# out: "are looking for|is looking for"), so that _CUES_PAST_THE_START can skip to them
_POSTING_CUE_WORDS = (
    r"you will|you'll|you have|we are|we're|we offer|our team|join us|join our"
    r"|the candidate|the ideal candidate|candidates|applicants?|apply|job description|job type"
    r"|what you|who you are|benefits|salary|are looking for|is looking for|are hiring"
    r"|is hiring|now hiring"
    r"|the job (?:is|involves|requires|includes)|equal opportunity|nice to have|is a plus"
    r"|preferred|bonus(?: points)?|must[- ]haves?|a must"
    # a UN or EU vacancy's: "Duty station: Geneva", "Knowledge of French is desirable"
    r"|duty station|is desirable|are desirable|is advantageous|are advantageous"
    # German: "wir bieten", "bringst du mit", "von Vorteil", "bewirb dich"
    r"|wir (?:bieten|suchen)|bringst du mit|bringen sie mit|von vorteil|wünschenswert"
    r"|bewirb dich|bewerben sie sich"
    # French, Spanish, Italian, Portuguese: "nous recherchons", "ofrecemos", "se valorará"
    r"|nous (?:recherchons|cherchons|offrons|proposons)|vous (?:rejoindrez|intégrerez)"
    r"|serait un (?:vrai )?plus|est un (?:vrai )?plus|rejoignez-nous|postulez"
    r"|buscamos|te ofrecemos|ofrecemos|se valorar[áa]|valorable|únete|incorporación inmediata"
    r"|cerchiamo|ricerchiamo|offriamo|si offre|titolo preferenziale"
    r"|procuramos|oferecemos|valorizamos"
    # Dutch, Swedish, Danish, Norwegian, Polish: "wij bieden", "een pré", "meriterande",
    # "vi tilbyder", "mile widziane"
    r"|wij (?:bieden|zoeken)|we (?:bieden|zoeken)|wat bieden (?:wij|we)|is een pré|een pré"
    r"|pluspunt|solliciteer"
    r"|vi (?:erbjuder|söker|tilbyder|tilbyr|søger|søker|ser etter)|meriterande"
    r"|er en fordel|är en fordel|oferujemy|mile widziane|poszukujemy|szukamy|aplikuj"
    # a post on a social network or chat, and a recruiter's message (informal postings)
    # (a manager's "hiring a team of five" is no posting's)
    r"|hiring an?(?! team)|dm me|ping me|message me|dms? (?:are )?open|my client|your profile"
    r"|reaching out|if you(?:'re| are) interested|exciting opportunity|the jd|a jd"
    r"|share(?: us| me)?(?: your)? (?:cv|resume|rates?|portfolio)"
    r"|send(?: us| me)?(?: your)? (?:cv|resume|rates?|portfolio)"
    # a freelance gig's: "Ideal freelancer: ...", "a startup looking for a contractor"
    r"|ideal (?:freelancer|contractor|applicant|hire)|looking for an? (?:freelancer|contractor)"
    r"|urgent opening|job opening|our stack|we use|no recruiters"
    r"|open to an? (?:quick |short |brief )?(?:call|chat)"
    r"|up for an? (?:quick |short |brief )?(?:call|chat)"
)
# The genders a European posting's title invites: "(m/w/d)", "(w/m/d)", "(m/f/d)", a French
# one's "(H/F)", "(F/H)", a Dutch one's "(m/v)", "(m/v/x)", a Polish one's "(k/m)", "(k/m/n)";
# and hiring tags
_POSTING_CUE_MARKS = (
    r"\((?:[mwfdx]\s*/\s*){2,3}[mwfdx]\)|\((?:h\s*/\s*f|f\s*/\s*h)\)"
    r"|\((?:m\s*/\s*v|k\s*/\s*m)(?:\s*/\s*[xdn])?\)"
    r"|#(?:now)?hiring\b|\[hiring\]"
)
# How a post opens: a greeting, whom it seeks, the title line of a gig or a notice
_POSTING_CUE_OPENINGS = (
    r"\A\s*(?:hi|hello|hey) [a-z]+[,!]"
    # whom a post seeks at its start ("Looking for a BI analyst"), not what a seeker seeks
    r"|\A\W*(?:looking for|need) (?:an?|someone)\b(?! (?:new )?(?:role|position|job|opportunit))"
    # "Freelance NLP engineer needed", "Wanted: Data Analyst"; not what a resume's header
    # says it needs not ("No visa sponsorship needed")
    r"|\A\W*(?:(?!\b(?:no|not|never|without)\b)[^\n]){0,80}?\b(?:needed|wanted)\b"
)
# A pay range after its currency sign: "$150k-180k", "€70-90k", "$80-100/hr"
_PAY_RANGE = r"\d{2,3}k?\s?[-–]\s?[$€£]?\d{2,3}(?:k\b|/h)"
POSTING_WORDS = regex_cache.compile(
    rf"\b(?:{_POSTING_CUE_WORDS})\b|{_POSTING_CUE_MARKS}|{_POSTING_CUE_OPENINGS}"
    rf"|[$€£]{_PAY_RANGE}",
    re.I,
)
# The month a job's dates close in, before its year: "Dec 2023", "Sept. 2023", "12/2023"
_CLOSING_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*|\d\d?/"
RESUME_WORDS = regex_cache.compile(
    r"\b(?:curriculum vitae|resume|present|linkedin\.com/in|github\.com"
    # a cover letter's greeting and opening, which the applicant writes
    r"|dear (?:hiring|recruiting|search|selection) (?:manager|team|committee)s?"
    r"|(?:i am|i'm) (?:writing|excited|pleased) to apply|i am|i have|my)\b"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+\.\w+"
    # a job's dates: "2019 - 2023", "Jan 2019 - Dec 2023", "2019 - 12/2023", "2019 - Present"
    rf"|\b(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:{_CLOSING_MONTH})?"
    r"(?:(?:19|20)\d\d|present|current|date)\b",
    re.I,
)


RESUME_SECTIONS = frozenset({"experience", "education", "projects"})
# The cue words searched in lower-cased text without re.I, a third faster, where that finds
# the same (importance.lowered_alike).
_LOWERED_POSTING_WORDS = regex_cache.compile(POSTING_WORDS.pattern)
# _LOWERED_POSTING_WORDS past a text's first character, where its openings (\A) cannot match:
# every alternative opens on a character the search skips to (a word's letter, with the word
# boundary looked at behind it), where _LOWERED_POSTING_WORDS tries each at every character
# (about three times as long over a 600-word resume). Where two alternatives open on one
# character they keep their order; on different characters they never match at one place.
_CUES_PAST_THE_START = regex_cache.compile(
    open_on_letter(_POSTING_CUE_WORDS, after=r"\b")
    + f"|{_POSTING_CUE_MARKS}"
    + "".join(f"|{re.escape(sign)}{_PAY_RANGE}" for sign in "$€£")
)
_LOWERED_RESUME_WORDS = regex_cache.compile(RESUME_WORDS.pattern)
# What each match of _LOWERED_RESUME_WORDS opens with, but for an e-mail address: one of its
# words, or a year ("19", "20").
_RESUME_WORD_OPENINGS = (
    *("curriculum vitae", "resume", "present", "linkedin.com/in", "github.com", "i am"),
    *("i have", "my", "19", "20", "dear", "i'm"),
)


def guess_doc_type(text: str, sections: list[Section]) -> Literal["resume", "posting"]:
    """Posting or resume, from headings and from the words each kind of document uses."""
    return _kind_of(_kind_votes(text, sections))


def _kind_of(votes: tuple[int, int]) -> Literal["resume", "posting"]:
    """The kind that won the (posting, resume) votes; a tie is a resume's."""
    posting_like, resume_like = votes
    return "posting" if posting_like > resume_like else "resume"


def _kind_votes(text: str, sections: list[Section]) -> tuple[int, int]:
    """How much a document reads as a posting, and as a resume."""
    if text.lstrip().lower().startswith(("title:", "job title")):
        return 1, 0
    # Distinct headings and cue words, so that forty "Responsibilities:" lines in a CV (one
    # under each job) do not outvote it; "About Us" and "The Role" still count twice. A
    # posting's heading right below a job's dates is that job's part, no posting's section.
    parts = {id(part) for part in job_parts(text, sections)}
    posting_like = 2 * len(
        {
            heading_key(s.heading)
            for s in sections
            if s.name in POSTING_SECTIONS and id(s) not in parts
        }
    )
    resume_like = 2 * len({heading_key(s.heading) for s in sections if s.name in RESUME_SECTIONS})
    # What a resume's jobs say was done (hiring candidates, writing job postings) is no
    # posting's voice: its posting words are read outside them
    own_voice = outside(text, work_spans(text, sections))
    posting_words = _posting_cues(own_voice)
    signed = signature_start(text)
    # a recruiter's address and profile link below "Best," in a message are no resume's
    resume_words = _resume_cues(text if signed is None else text[:signed])
    posting_like += len(posting_words) + addressed_votes(own_voice)
    return posting_like, resume_like + len(resume_words)


def _cue_words(text: str) -> tuple[set[str], set[str]]:
    """The distinct posting and resume cue words of a text, lower-cased."""
    return _posting_cues(text), _resume_cues(text)


def _posting_cues(text: str) -> set[str]:
    """The distinct posting cue words of a text, lower-cased."""
    lowered = lowered_alike(text)
    if lowered is not None:
        return _lowered_posting_cues(lowered)
    return {w.lower() for w in POSTING_WORDS.findall(text)}


def _lowered_posting_cues(lowered: str) -> set[str]:
    """_LOWERED_POSTING_WORDS.findall(lowered) as a set: the match at the first character, if
    any, then the rest of findall's scan from where it ends."""
    first = _LOWERED_POSTING_WORDS.match(lowered)
    past = _CUES_PAST_THE_START.findall(lowered, first.end() if first else 1)
    return {first.group(), *past} if first else set(past)


def _resume_cues(text: str) -> set[str]:
    """The distinct resume cue words of a text, lower-cased."""
    lowered = lowered_alike(text)
    if lowered is not None:
        starts = _resume_word_starts(lowered)
        return {m.group() for m in matches_from(_LOWERED_RESUME_WORDS, lowered, starts)}
    return {w.lower() for w in RESUME_WORDS.findall(text)}


def _resume_word_starts(lowered: str) -> set[int]:
    """Every place where _LOWERED_RESUME_WORDS may match: where one of its openings stands,
    and where the run of an address's characters ([\\w.+-]) before an "@" starts (\\w is
    what str.isalnum tells, and "_"). Its whole-text search tried the e-mail address at every
    character, which costs several times this."""
    return starts_of(lowered, _RESUME_WORD_OPENINGS) | mailbox_starts(lowered)


# A posting's "Skills", "Experience" or "Education" heading states what it asks for; its
# "Tools", "Training" or "Employment" heading may as well describe the job.
ASKED_IN_POSTINGS = frozenset(
    {
        *("skills", "technical skills", "core skills", "key skills", "skill set", "skillset"),
        *("competencies", "core competencies", "soft skills", "skills and abilities"),
        *("professional skills", "experience", "work experience", "professional experience"),
        *("relevant experience", "industry experience", "education", "educational background"),
        *("research experience", "relevant work experience", "technical experience"),
        *("education and training", "degrees", "certifications", "certificates"),
        *("licenses and certifications", "languages", "language skills", "expertise"),
        *("areas of expertise", "it skills", "key strengths", "strengths"),
        *("computer literacy", "computer proficiency", "computer knowledge"),
        # an agency's "Top 3 Skills:", "Top Skills"
        "top skills",
        # a European posting's "Missions" then "Profile", as it writes its "Profil" in English
        "profile",
        # a federal vacancy's KSAs
        *("knowledge, skills and abilities", "knowledge, skills, and abilities", "ksas"),
        "knowledge skills and abilities",
        *FOREIGN_ASKED_IN_POSTINGS,
        *SEASIA_ASKED_IN_POSTINGS,
    }
)
# A heading's note in brackets at its end ("Knowledge, Skills and Abilities (KSAs)") and a
# count among its words ("Top 3 Skills"): the heading's words are the others
_NOTE_AT_END = regex_cache.compile(r"\s*\([^()]*\)\s*$|(?<= )\d{1,2} ")


def _resume_sections(sections: list[Section], lines: LineIndex) -> list[Section]:
    """A resume's sections, where a posting's headings mean something else: duties and
    descriptions ("Key Responsibilities:", "Description:" under a job) stay in the job's
    section; "Qualifications" lists skills, and "Experience and Qualifications" holds the
    jobs. "Leadership" or "Research" holds work when its entries are jobs."""
    kept: list[Section] = []
    read = [as_work(section, lines) for section in sections]
    for index, section in enumerate(read):
        within = section.name in ("responsibilities", "benefits", "about", "company", "closing")
        in_jobs = kept and kept[-1].name == "experience"
        goes_on = _under_a_job(section, lines) or _jobs_go_on(section, lines)
        goes_on = goes_on or _a_jobs_part(section, lines) or _parts_of_a_job(read[index:], lines)
        if in_jobs and not goes_on:
            goes_on = _the_last_jobs_part(section, kept[-1].heading, lines)
        if within or (in_jobs and goes_on):
            if kept:
                kept[-1] = kept[-1].model_copy(update={"end": section.end})
            continue
        if section.name in ("requirements", "preferred"):
            worked = "experience" in heading_key(section.heading)
            section = section.model_copy(update={"name": "experience" if worked else "skills"})
        kept.append(section)
    return kept


# Headings a CV also writes right below a job's dates, over that job's bullets ("Key
# Achievements:" under "Analyst, Infosys, Jan 2018 - Present"), where they open no section
_JOB_PARTS = frozenset({"achievements", "key achievements"})
# ... and one that is a job's part only as a label: "Project details:" right below each job's
# dates, as Indian resumes write it ("Project details" alone heads the projects)
_LABELLED_JOB_PARTS = frozenset({"project details"})


def _under_a_job(section: Section, lines: LineIndex) -> bool:
    """The section's heading is one of a job's parts and stands right below a dated line."""
    key = heading_key(section.heading)
    labelled = key in _LABELLED_JOB_PARTS and section.heading.rstrip().endswith(":")
    if key not in _JOB_PARTS and not labelled:
        return False
    above = lines.line_of(section.start) - 1
    return above >= 1 and search_range(lines.line_text(above), 0) is not None


# A job's parts that a CV heads among the job's bullets ("Accomplishments:" after some,
# "Tech stack:" over the tools), which also head a resume's own sections
_SUB_HEADINGS = _JOB_PARTS | _LABELLED_JOB_PARTS
_SUB_HEADINGS |= {"accomplishments", "key projects", "tech stack", "technologies"}
# a builder's sidebar heading ("Details" over contact lines) that a job's bullets also take
# as a label, with a later job below it
_SUB_HEADINGS |= {"details"}


def _a_jobs_part(section: Section, lines: LineIndex) -> bool:
    """A job's part among a resume's jobs ("Key achievements:" over some of a job's bullets),
    with a later job below it, dated and named by its role: not the awards, projects or
    skills that end the jobs. A heading in capitals ("KEY PROJECTS") opens its section."""
    if heading_key(section.heading) not in _SUB_HEADINGS or section.heading.isupper():
        return False
    first = lines.line_of(section.start) + 1
    last = lines.line_of(max(section.start, section.end - 1))
    return any(
        _job_dates(lines.line_text(n)) and names_a_job(job_entry(lines, n, first))
        for n in range(first, last + 1)
    )


def _parts_of_a_job(run: list[Section], lines: LineIndex) -> bool:
    """A job's part over bullets only, followed right away by the job's next part, that has a
    later job below it ("Accomplishments:" right under the job's dates, then "Key projects:"
    over some bullets and the next job): the job's, as that next part is."""
    for section, below in pairwise(run):
        heading = section.heading
        if heading_key(heading) not in _SUB_HEADINGS or heading.isupper():
            return False
        first = lines.line_of(section.start) + 1
        last = lines.line_of(max(section.start, section.end - 1))
        texts = [lines.line_text(n) for n in range(first, last + 1)]
        if not any(texts) or not all(_ITEM.match(text) for text in texts if text.strip()):
            return False
        if _a_jobs_part(below, lines):
            return True
    return False


def _the_last_jobs_part(section: Section, work_heading: str, lines: LineIndex) -> bool:
    """A job's part labelled with a colon right under a job's bullet, over bullets only, in a
    resume whose work heading has none ("Key achievements:" under the last job): the job's.
    Written as the headings are ("Achievements:" under "Experience:"), it opens a section."""
    heading = section.heading
    if heading_key(heading) not in _SUB_HEADINGS or heading.isupper():
        return False
    if not heading.endswith(":") or work_heading.endswith(":"):
        return False
    first = lines.line_of(section.start)
    last = lines.line_of(max(section.start, section.end - 1))
    if first < 2 or not _ITEM.match(lines.line_text(first - 1)):
        return False
    below = [lines.line_text(n) for n in range(first + 1, last + 1)]
    return any(below) and all(_ITEM.match(text) for text in below if text.strip())


def _jobs_go_on(section: Section, lines: LineIndex) -> bool:
    """A posting's heading written as a job's part, among a resume's jobs ("Requirements:"
    right under a consultant's bullets, in the case of a line), with a later job's dates below
    it: not a list of skills that ends the jobs. A heading set apart by a blank line or in
    capitals ("QUALIFICATIONS" over a certificate's dates) still opens its section."""
    heading = lines.line_of(section.start)
    if section.name not in ("requirements", "preferred") or section.heading.isupper():
        return False
    if heading < 2 or not lines.line_text(heading - 1).strip():
        return False
    last = lines.line_of(max(section.start, section.end - 1))
    return any(_job_dates(lines.line_text(n)) for n in range(heading + 1, last + 1))


# A list item's mark: a certificate's or a course's dates stand in one, a job's own do not
_ITEM = regex_cache.compile(rf"\s*{ITEM_MARK}\s")


def _job_dates(line: str) -> bool:
    """A line that holds a job's dates: a date range not in a list item."""
    return not _ITEM.match(line) and search_range(line, 0) is not None


def _labels_apart(text: str, edits: list[Edit]) -> tuple[str, list[Edit]]:
    """A posting's flattened lines broken around their heading labels, each break in place of
    a space; the edits with the spaces replaced, so offsets still map to the file."""
    return swap_characters(text, edits, posting_label_breaks(text), "\n", " ")


def _as_posting_section(section: Section) -> Section:
    """A resume's heading in a posting heads what it asks ("Skills"); not once found wished
    (a federal vacancy's rated "Competencies:")."""
    key = heading_key(section.heading)
    if section.name == "preferred":
        return section
    if key in ASKED_IN_POSTINGS or _NOTE_AT_END.sub("", key) in ASKED_IN_POSTINGS:
        return section.model_copy(update={"name": "requirements"})
    return section


def _sections_by_column(skills: list[SkillHit], lines: LineIndex, columns: Columns) -> None:
    """A mention in a "Must-have | Nice-to-have" table takes its column's section."""
    for hit in skills:
        for mention in hit.mentions:
            at = mention.start - lines.line_start(mention.line)
            mention.section = column_section(columns, mention.line, at) or mention.section


def _posting_role(
    taxonomy: Taxonomy, title: str | None, requirements: list[Requirement]
) -> str | None:
    """The role profile a posting's title names, by a role's name or else by one of its
    aliases as a resume's title would ("Applied Scientist, Ads"), or an algorithm engineer's
    that its required skills make an ML engineer."""
    roles = {role.id: role.name for role in taxonomy.roles.values()}
    if named := title_role(title, roles):
        return named
    names = {role.id: (role.name, role.id, *role.aliases) for role in taxonomy.roles.values()}
    if len(aliased := held_title_roles(title, names)) == 1:  # not "ML/AI Engineer"
        return aliased[0]
    required = [
        taxonomy.skills[req.id].category
        for req in requirements
        if req.importance == "required" and req.id in taxonomy.skills
    ]
    return ml_by_its_asks(title, required)


# A guess between two kinds that each had real evidence and won by a vote at most: the reader
# should know, and may settle it ("extract --as posting")
_CLOSE_MARGIN, _REAL_EVIDENCE = 1, 3


def _close_call(votes: tuple[int, int]) -> list[str]:
    """A warning when the guessed kind won a close vote (the guess's own votes)."""
    posting_like, resume_like = votes
    if min(posting_like, resume_like) < _REAL_EVIDENCE:
        return []
    if abs(posting_like - resume_like) > _CLOSE_MARGIN:
        return []
    kind, other = ("posting", "resume") if posting_like > resume_like else ("resume", "posting")
    won, lost = max(posting_like, resume_like), min(posting_like, resume_like)
    return [
        f"read as a {kind} on a close call ({won} cues to {lost}); "
        f"give --as {other} if it is a {'job posting' if other == 'posting' else other}"
    ]


def _kind_read(
    text: str, plain: list[Section], doc_type: DocType
) -> tuple[Literal["resume", "posting"], list[str]]:
    """The kind given, or guessed with a warning if the guess was a close call: from the
    guess's own votes, on the text as read (a posting's wraps are joined after the guess)."""
    if doc_type != "auto":
        return doc_type, []
    votes = _kind_votes(text, plain)
    return _kind_of(votes), _close_call(votes)


def _misread(text: str, plain: list[Section], doc_type: DocType) -> list[str]:
    """A warning when a document given as one kind reads more as the other (a tie, as a
    few lines without headings give, is no evidence)."""
    if doc_type == "auto":
        return []
    posting_like, resume_like = _kind_votes(
        text, plain if doc_type == "resume" else find_sections(text)
    )
    other = posting_like > resume_like if doc_type == "resume" else resume_like > posting_like
    return [MISREAD[doc_type]] if other else []


def _posting_text(text: str, edits: list[Edit]) -> tuple[str, list[Edit], list[int], list[Section]]:
    """A posting's text with its labels set apart and its wrapped sentences joined (a
    sentence broken over lines reads as one line: "or equivalent" / "practical experience"
    offers an alternative to the degree it follows), the edits, the breaks joined and the
    sections of that text (the same text has the same sections: found again only if a break
    was joined)."""
    text, edits = _labels_apart(text, edits)
    sections = find_sections(text, posting=True)
    wraps = sorted([*wrap_breaks(text, sections), *open_ended_breaks(text, sections)])
    joined, edits = joined_wraps(text, edits, wraps)
    if joined != text:
        text, sections = joined, find_sections(joined, posting=True)
    return text, edits, wraps, sections


def _text_as_read(
    kind: Literal["resume", "posting"], text: str, edits: list[Edit], plain: list[Section]
) -> tuple[str, list[Edit], list[Section], list[int], list[Section]]:
    """A posting's text as _posting_text reads it (and its wraps and sections), or a
    resume's as _resume_text does (and its sections); the edits either way."""
    if kind == "posting":
        text, edits, wraps, sections = _posting_text(text, edits)
        return text, edits, plain, wraps, sections
    text, edits, plain = _resume_text(text, edits, plain)
    return text, edits, plain, [], []


def _resume_text(
    text: str, edits: list[Edit], plain: list[Section]
) -> tuple[str, list[Edit], list[Section]]:
    """A flattened resume's text with its line breaks put back (flat_resume), each in place
    of a space so offsets still map to the file; the edits and the text's sections."""
    breaks = flat_resume_breaks(text)
    if not breaks:
        return text, edits, plain
    text, edits = swap_characters(text, edits, breaks, "\n", " ")
    return text, edits, find_sections(text)


def _kind_settled(document: Document, doc_type: DocType) -> DocType:
    """The kind asked for, else the one the file's own format settles (a JSON Resume, a
    JobPosting's data), else "auto"; an unknown kind, which only a caller of the Python API
    can give, is a ValueError."""
    if doc_type not in get_args(DocType):
        kinds = ", ".join(get_args(DocType))
        raise ValueError(f"doc_type must be one of {kinds}, not {doc_type!r}")
    return document.kind if doc_type == "auto" and document.kind else doc_type


def extract_profile(
    document: Document,
    taxonomy: Taxonomy,
    as_of: int,
    doc_type: DocType = "auto",
    role_title: str | None = None,
) -> Profile:
    """The document's profile; a posting's `role_title`: the title of the one role of several
    that the document's text holds (several_roles)."""
    text, edits = document.text, document.edits
    settled = _kind_settled(document, doc_type)
    plain = find_sections(text) if settled != "posting" else []
    kind, close_call = _kind_read(text, plain, settled)
    text, edits, plain, wraps, posting_sections = _text_as_read(kind, text, edits, plain)
    # a Thai or Persian CV's dates as the date readers take them
    lines = LineIndex(common_era(text), written=text)
    matcher = skill_matcher(taxonomy)
    tags = tag_lines(text)
    tokenized = tags_apart(text, tags) if tags else text
    doc = matcher.tokenize(tokenized)
    sections = _resume_sections(plain, lines) if kind == "resume" else posting_sections
    if kind == "resume" and not sections:
        sections = flattened_sections(text)
    if kind == "resume":  # a resume keeps its lines; only a name may run over a wrap
        wraps = wrap_breaks(text, [*plain, *sections])
    # a sentence going on in capitals keeps its lines too ("with Machine" / "Learning")
    wraps = sorted({*wraps, *capital_breaks(text, [*plain, *sections])})
    if kind == "resume":  # a certificate's name wrapped in a narrow column
        wraps = sorted({*wraps, *certificate_breaks(text, [*plain, *sections])})
    if kind == "posting":
        sections = [_as_posting_section(section) for section in sections]
    found = in_their_senses(taxonomy, doc, tokenized, matcher.find(doc, tokenized, wraps))
    skills = find_skills(taxonomy, doc, found, lines, sections, kind == "posting", tags)
    dated = dated_work(lines, resume_sections(lines, sections), as_of) if kind == "resume" else None
    refereed = (
        [*referees_spans(sections), *agency_notice_spans(text), *sector_line_spans(text)]
        if kind == "resume"
        else []
    )
    not_claimed: list[tuple[int, int]] = []
    if dated is not None:
        skills, dated, not_claimed = _own_claims(skills, lines, text, dated, refereed)
    columns = (
        with_row_labels(table_columns(lines), person_spec_rows(lines)) if kind == "posting" else {}
    )
    if columns:
        _sections_by_column(skills, lines, columns)
    if kind == "posting":  # its blurb, a board's role field: what the company says of itself
        skills = without_company_talk(skills, lines, sections)
    counts = degree_not_denied if kind == "posting" else None
    education = resume_education(
        lines, sections, as_of, not_a_referees(refereed) if refereed else counts
    )
    _date_degrees(education, dated, lines)
    # A posting holds no work of its own: its dates are the application window's, its years
    # are asked of the hire (posting_info reads them)
    experience = (
        resume_experience(lines, sections, as_of, skills, education, dated)
        if kind == "resume"
        else Experience()
    )
    profile = Profile(
        path=document.path,
        format=document.format,
        text_chars=len(text),
        doc_type=kind,
        skills=skills,
        education=education,
        experience=experience,
        sections=sections,
        warnings=[*document.warnings, *close_call, *_misread(text, plain, doc_type)],
        text=text,
        edits=edits,
        not_claimed=not_claimed,
    )
    if kind == "posting":
        profile.requirements = posting_requirements(taxonomy, skills, lines, sections, columns)
        profile.posting = posting_info(lines, sections, role_title, columns)
        profile.posting.role = profile.posting.role or _posting_role(
            taxonomy, profile.posting.title, profile.requirements
        )
        asked = {req.id for req in profile.requirements}
        profile.posting.technical = technical_posting(
            profile.posting.title, [hit for hit in skills if hit.id in asked]
        )
        profile.work_authorization = posting_stance(text)
        if role_title is None:
            _read_each_role(profile, document, taxonomy, as_of)
    else:
        profile.signals = find_signals(text, sections, profile.education.degrees)
        profile.work_authorization = resume_need(text)
    return profile


def _own_claims(
    skills: list[SkillHit],
    lines: LineIndex,
    text: str,
    dated: tuple[list[Found], list[Found]],
    refereed: list[tuple[int, int]],
) -> tuple[list[SkillHit], tuple[list[Found], list[Found]], list[tuple[int, int]]]:
    """A resume's skills less those it names without claiming them (_resume_skills, a
    referee's), its dated work less its skills' rows, and where the names turned down stand."""
    before = [hit.mentions for hit in skills]  # the filters set new lists, never edit these
    dated = (dated[0], without_skill_rows(dated[1], lines, skills))
    skills, employers = _resume_skills(skills, lines, text, dated[1])
    if refereed:
        skills = without_referees(skills, refereed)
    if sum(map(len, before)) == sum(len(hit.mentions) for hit in skills):  # none turned down
        return skills, dated, employers
    kept = _mention_spans(skills)
    dropped = {(m.start, m.end) for mentions in before for m in mentions} - kept
    return skills, dated, sorted({*employers, *dropped})


def _mention_spans(skills: list[SkillHit]) -> set[tuple[int, int]]:
    return {(mention.start, mention.end) for hit in skills for mention in hit.mentions}


def _resume_skills(
    skills: list[SkillHit], lines: LineIndex, text: str, jobs: list[Found]
) -> tuple[list[SkillHit], list[tuple[int, int]]]:
    """A resume's own skills, without those of its employers' names, its targets, its
    endorsements, its clients (and what they sell) and its clients' feedback, wishes negated;
    and where its employers' names stand."""
    skills, employers = without_employers(skills, lines, jobs)
    skills = without_endorsements(without_targets(skills, lines), lines)
    skills = without_clients(skills, lines)
    skills = without_clients_products(without_feedback(skills, lines), text)
    wished_and_learning(skills, text)
    return skills, employers


def _date_degrees(
    education: Education, dated: tuple[list[Found], list[Found]] | None, lines: LineIndex
) -> None:
    """Each degree's dates: the first date range on its line ("PhD, State University    Sep
    2019 - Jun 2024"), else a form's "Dates:" row above it in the same entry (dated_rows), of
    the ranges `dated` holds first (a resume's; None for a posting)."""
    if dated is None or not education.degrees:
        return
    on_line: dict[int, DateRange] = {}
    for found in dated[0]:
        on_line.setdefault(found.range.line, found.range)
    below_a_row = dated_rows(dated[0], lines)
    degree_lines = {degree.line for degree in education.degrees}
    # dates set above each entry, as above the first degree, are no dates of the one above
    dated_above = min(degree_lines) - 1 in on_line
    for degree in education.degrees:
        degree.dates = (
            on_line.get(degree.line)
            or below_a_row.get(degree.line)
            or (None if dated_above else _dates_below(degree.line, on_line, degree_lines, lines))
        )


_ENTRY_BELOW = 2  # lines below a degree where its school's line and dates may stand


def _a_jobs_title(line: str) -> bool:
    """A job's title that names no school: "Data Analyst, Acme Ltd" (not "Teaching Assistant,
    University of Leeds", where the degree was studied too)."""
    return names_a_job(line) and not names_a_school(line)


def _dates_below(
    line: int, on_line: dict[int, DateRange], degree_lines: set[int], lines: LineIndex
) -> DateRange | None:
    """The dates on the school's line below an undated degree, or on the line below that
    ("MSc Data Science", "University of Leeds", "2019 - 2020"); none past a blank line or the
    next degree, and none of a job's (a range read outside education and unheaded text, or
    beside or under a job's title: "Data Analyst, Acme Ltd" between the degree and its
    dates, or on their line)."""
    for below in range(line + 1, line + 1 + _ENTRY_BELOW):
        if below in degree_lines or below > len(lines.starts) or not lines.line_text(below).strip():
            return None
        if below > line + 1 and _a_jobs_title(lines.line_text(below - 1)):
            return None
        if below in on_line:
            found = on_line[below]
            own = found.section in (None, "education")
            return found if own and not _a_jobs_title(lines.line_text(below)) else None
    return None


def _read_each_role(profile: Profile, document: Document, taxonomy: Taxonomy, as_of: int) -> None:
    """A posting that advertises several roles: each role's profile, read from its own part
    and the text all roles share, and a warning that names them."""
    parts = role_parts(document.text)
    if not parts:
        return
    names = role_names([part.title for part in parts])
    profile.roles = [
        PostingRole(
            title=name,
            line=part.line,
            # offsets into the role's text are not printed: no edits map them to the file
            profile=extract_profile(
                document.model_copy(update={"text": part.text, "edits": []}),
                taxonomy,
                as_of,
                doc_type="posting",
                role_title=part.title,
            ),
        )
        for part, name in zip(parts, names, strict=True)
    ]
    profile.warnings.append(several_roles_warning(names))
