"""Which jobs are technical work, as a reader of an ML resume judges them: by the title, and by
the technical skills the job's own lines name."""

from __future__ import annotations

import re

from .. import regex_cache
from ..models import SkillHit
from .titles import INTERN_RANK, in_english_order, in_english_words

# Skills that show hands-on technical, ML or data work. Office and design tools, business,
# domain knowledge and school subjects (mathematics) are named in any job.
TECHNICAL_CATEGORIES = frozenset(
    {
        *("programming-languages", "ml-methods", "ml-frameworks", "ml-libraries"),
        *("deep-learning", "nlp", "computer-vision", "speech-audio", "time-series"),
        *("recommender-systems", "reinforcement-learning", "robotics", "signal-processing"),
        *("data-engineering", "data-processing", "databases", "big-data", "statistics"),
        *("cloud", "mlops", "devops", "software-engineering", "web-development", "security"),
        "visualization",
    }
)
# ... but not these, which any office job names: spreadsheets, ways of working, "security",
# "controlled experiments", "SaaS products", design
NOT_HANDS_ON = frozenset(
    {
        *("excel", "google-sheets", "google-analytics", "google-tag-manager"),
        *("agile", "scrum", "kanban", "software-development-lifecycle"),
        *("technical-documentation", "saas", "cybersecurity", "experimentation"),
        *("ux-design", "ui-design", "wireframing"),
        # finance's, sales' and planners' forecasts as much as a model's ("quarterly
        # forecasting models in Excel"): the tools or the title tell technical work
        "forecasting",
    }
)
# Fields a teacher teaches ("Taught Algebra II, Statistics and AP Calculus", "coached the
# robotics club"): named in a teaching job they show no hands-on work, as tools do.
SUBJECT_CATEGORIES = frozenset(
    {
        *("statistics", "ml-methods", "deep-learning", "nlp", "computer-vision"),
        *("speech-audio", "time-series", "recommender-systems", "reinforcement-learning"),
        *("robotics", "signal-processing"),
    }
)
# Teaching a subject is not doing its work ("Math Tutor"), unless the job's own lines show
# hands-on work (see judge_job); a teaching hospital is an employer ("Data Scientist, Leeds
# Teaching Hospitals NHS Trust"), not a kind of work
_TEACHING = regex_cache.compile(
    r"\b(?:teach(?:er|ers|ing)(?![ \t]+hospitals?\b)|tutors?|lehrer(?:in)?)\b", re.I
)
# A title that names technical work: "Data Analyst", "Software Engineers", "ML Researcher",
# "Research Intern - Computer Vision", "IT Auditor", "Network Administrator", "Release Manager"
_TECHNICAL_TITLE = regex_cache.compile(
    r"\b(?:engineer(?:ing|s)?|developers?|programmers?"
    r"|statisticians?|data|machine\s+learning|ml|ai|artificial\s+intelligence|analytics"
    r"|computer\s+vision|nlp|natural\s+language\s+processing|deep\s+learning|llms?|genai"
    r"|software|devops|sre|mlops|quant(?:itative)?|computational|bioinformaticians?|cloud"
    r"|databases?|dba|blockchain|cyber\w*|business\s+intelligence|firmware|embedded"
    r"|information\s+(?:systems|technology)|(?-i:IT|ITS|BI|QA|ETL|SAP|SQL)"
    r"|(?:systems?|network|security|solutions?|web|mobile|application)\s+"
    r"(?:analysts?|architects?|administrators?|admin|specialists?)"
    r"|release\s+(?:managers?|engineers?|coordinators?)|product\s+analysts?"
    r"|technical\s+(?:project|program|product|delivery)\s+managers?)\b",
    re.I,
)
# ... in words that name other work: the engineering of machines, buildings and plants
# ("Civil Engineer", "Mechanical Engineering Intern", "Locomotive Engineer", "Civil Site
# Engineer", "Mechanical Design Engineer"), keying data in, answering a help desk. Such a job
# is technical when its own lines name technical skills.
_OTHER_WORK = regex_cache.compile(
    r"\b(?:(?:mechanical|civil|structural|electrical|electronics|chemical|process"
    r"|manufacturing|industrial|materials|biomedical|aerospace|automotive|petroleum|mining"
    r"|environmental|geotechnical|nuclear|marine|hvac|maintenance|field\s+service|sales"
    r"|locomotive|stationary)\s+(?:(?:design|site|project|field|plant|product|test|quality"
    r"|construction|piping|building|commissioning)\s+)?engineer(?:ing|s)?|data\s+entry"
    r"|(?:IT|technical|desktop|customer)\s+support|help\s*desk)\b",
    re.I,
)
# A scientist works in a lab as often as at a computer ("Research Scientist, Immunology"): the
# title is technical with a word of computing beside it ("Applied Scientist", "Research
# Scientist, NLP"; "Data Scientist" and "ML Scientist" name data and ML already).
_SCIENTIST = regex_cache.compile(r"\bscientists?\b", re.I)
_COMPUTING = regex_cache.compile(
    r"\b(?:applied|computer|computing|algorithms?|nlp|natural\s+language|computer\s+vision"
    r"|perception|robotics|deep\s+learning|llms?|genai|decision|optimi[sz]ation|speech"
    r"|modell?ing)\b",
    re.I,
)
# A student's job: what a student whose degree is still to come does beside studying (an
# intern's rank words, titles.INTERN_RANK, and a student's posts).
STUDENT_ROLE = regex_cache.compile(
    rf"\b(?:{INTERN_RANK}|student\s+(?:assistant|researcher|worker|employee|developer"
    # ... not a faculty post ("Research Assistant Professor")
    r"|instructor)|(?:graduate\s+)?(?:research|teaching)\s+assistant(?!\s+professor)|tutor|hiwi"
    # a course's helpers: "Instructional Aide (TA)", "Head TA", "Course Assistant"; not a
    # talent acquisition post ("TA Specialist", "TA Business Partner")
    r"|(?:instructional|teaching)\s+aide|course\s+assistant"
    r"|(?-i:TA)(?!\s+(?:specialist|partner|business|manager|lead|coordinator|director"
    r"|recruiter|consultant|advisor|analyst)\b)"
    r"|(?:ph\.?\s?d\.?|doctoral)\s+(?:student|candidate|researcher|fellow)"
    # a university's posts for its students: "Undergraduate Researcher", "Graduate Assistant"
    # (not a graduate scheme's full post: "Graduate Assistant Engineer", "... Manager")
    r"|(?:under)?graduate\s+(?:researcher|assistant(?!\s+(?:engineer|manager|director|buyer"
    r"|accountant|producer|editor|surveyor|planner|merchandiser)))"
    # a co-op term: "Backend Developer (Co-op)", "Software Developer Co-op", a field's "Data
    # Science Co-op"; not a cooperative's name ("Riverside Food Co-op")
    r"|(?:developer|engineer|analyst|scientist|designer|researcher|programmer|science"
    r"|engineering|analytics|learning|development|software|marketing|finance|accounting"
    r"|operations)\s+co-?op"
    r"|co-?op\s+(?:student|term))\b|\(\s*co-?op(?:\s+(?:student|term))?\s*\)",
    re.I,
)
# A researcher's or teacher's title at a university or lab: technical work when the resume's
# doctorate is in computing ("Postdoctoral Researcher" after a Ph.D. in Computer Science), as
# an academic CV lists its positions without bullets.
_RESEARCH_TITLE = regex_cache.compile(
    r"\b(?:researchers?|scientists?|post-?doc\w*|professors?|lecturers?"
    r"|research\s+(?:fellow|associate|assistant|intern)s?)\b",
    re.I,
)
# A posting's title for research or study in any field: "Scientist", a researcher's post, a
# doctorate's ("PhD Studentship", "Doctoral Candidate", "Research Fellowship")
_OPEN_TITLE = regex_cache.compile(
    rf"{_RESEARCH_TITLE.pattern}|\b(?:ph\.?\s?d|dphil|doctoral|doctorate|studentships?"
    r"|fellowships?)\b",
    re.I,
)
COMPUTING_FIELD = regex_cache.compile(
    r"comput|informatics|artificial intelligence|machine learning|data science|statist"
    r"|electrical|robotics",
    re.I,
)
MAX_NAMED = 3  # skills quoted as the reason a job is technical
POSTING_SKILLS = 3  # hands-on technical skills asked that make a posting technical work


def hands_on(hit: SkillHit) -> bool:
    """A skill that shows technical, ML or data work when a job's lines name it."""
    return is_hands_on(hit.id, hit.category)


def is_hands_on(skill_id: str, category: str) -> bool:
    return category in TECHNICAL_CATEGORIES and skill_id not in NOT_HANDS_ON


def technical_title(title: str) -> bool:
    """A title that names technical, ML or data work, not teaching it; in English words when
    written in another language ("机器学习工程师", "Científico de Datos", "Datový analytik")."""
    title = in_english_words(title)
    if _technical_words(title):
        return True
    english = in_english_order(title.lower())
    return english != title.lower() and _technical_words(english)


def _technical_words(title: str) -> bool:
    if _TEACHING.search(title):
        return False
    title = _OTHER_WORK.sub(" ", title)
    if _TECHNICAL_TITLE.search(title):
        return True
    return bool(_SCIENTIST.search(title) and _COMPUTING.search(title))


def technical_posting(title: str | None, asked: list[SkillHit]) -> bool:
    """Whether a posting is for technical work: its title says ("Data Analyst", not
    "Surveying Technician"); a posting without a title, or titled only as research or study
    that may be done at a bench or at a computer ("Scientist", "PhD Studentship: Graph Models
    for Molecular Design", "Research Fellow"), by a few hands-on skills asked."""
    if title and (technical_title(title) or not _OPEN_TITLE.search(title)):
        return technical_title(title)
    return sum(map(hands_on, asked)) >= POSTING_SKILLS


def technical_lines(skills: list[SkillHit]) -> dict[int, list[str]]:
    """Line -> the technical skills named on it (not negated), in the order found."""
    found: dict[int, list[str]] = {}
    for hit in skills:
        if not hands_on(hit):
            continue
        for mention in hit.mentions:
            named = found.setdefault(mention.line, [])
            if not mention.negated and hit.name not in named:
                named.append(hit.name)
    return found


def subject_names(skills: list[SkillHit]) -> frozenset[str]:
    """The names of the found skills that are fields a teacher may teach (Statistics)."""
    return frozenset(hit.name for hit in skills if hit.category in SUBJECT_CATEGORIES)


Verdict = tuple[bool | None, str]  # whether a job is technical work, and why in words
ROLE_NOT_TOLD: Verdict = (None, "role not told")
NOT_TOLD_APART: Verdict = (None, "job not told apart")
_NO_TECHNICAL_WORK: Verdict = (False, "no technical title or skill")


def judge_job(
    title: str | None,
    names_role: bool,
    skills: list[str],
    subjects: frozenset[str],
    doctorate: str | None = None,
    taught: bool = False,
) -> Verdict:
    """Whether a job is technical work, and why; None when it cannot be told (no title that
    names a role, no technical skill named). A teacher's `subjects` show no hands-on work;
    `doctorate` is the field of the resume's doctorate in computing, if any; `taught`: the
    entry is a course taught (its title the course's name)."""
    if taught or (title and _TEACHING.search(title)):
        tools = [skill for skill in skills if skill not in subjects]
        if tools:  # "Wrote autograded Python assignments"
            return True, "teaching with " + ", ".join(tools[:MAX_NAMED])
        return False, "teaching"
    if title and technical_title(title):
        return True, "technical title"
    if skills:
        return True, "names " + ", ".join(skills[:MAX_NAMED])
    if title and doctorate and _RESEARCH_TITLE.search(title):
        return True, f"research title, doctorate in {doctorate}"
    if title and _RESEARCH_TITLE.search(title) and COMPUTING_FIELD.search(title):
        return True, "research title in computing"  # "Professor of Computer Science"
    if title and names_role:
        return _NO_TECHNICAL_WORK
    return ROLE_NOT_TOLD


def settle(verdicts: list[Verdict]) -> list[Verdict]:
    """A job whose role was not told is no technical work when other jobs could be judged:
    the resume tells its jobs apart, and this one's title and lines name none ("Barista",
    "Neurologist", a company's name above the roles held in it). When no job could be
    judged, each counts as technical work would, as before jobs were told apart."""
    if all(technical is None for technical, _ in verdicts):
        return verdicts
    return [_NO_TECHNICAL_WORK if v == ROLE_NOT_TOLD else v for v in verdicts]
