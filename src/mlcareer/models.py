"""The typed data that flows through the pipeline: read -> extract -> match -> score -> report."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SkipValidation
from pydantic.json_schema import SkipJsonSchema

SCHEMA_VERSION = "1.0"

Kind = Literal["technical", "soft"]
DegreeLevel = Literal["secondary", "associate", "bachelor", "master", "phd"]
Importance = Literal["required", "preferred", "mentioned"]
LevelId = Literal["intern", "entry", "mid", "senior"]
MatchStatus = Literal["matched", "implied", "related", "missing"]
SignalKind = Literal[
    "publication-venue",
    "arxiv",
    "scholar",
    "github-repo",
    "github-profile",
    "kaggle",
    "open-source",
    "degree-field",
]

DEGREE_ORDER: dict[str, int] = {
    "secondary": 0,
    "associate": 1,
    "bachelor": 2,
    "master": 3,
    "phd": 4,
}
IMPORTANCE_ORDER: dict[str, int] = {"mentioned": 0, "preferred": 1, "required": 2}


# The repairs made to a text file's text (documents/cleaning.py): (offset in the text, what was
# there, characters put in). Internal: extract's JSON uses them to give offsets into the file.
Edits = Annotated[list[tuple[int, str, int]], SkipValidation, SkipJsonSchema()]


class Document(BaseModel):
    """Text taken out of one file, with what was noticed on the way."""

    path: str
    format: str
    text: str
    pages: int = 1
    warnings: list[str] = Field(default_factory=list)
    edits: Edits = Field(default_factory=list, exclude=True, repr=False)
    # the kind the file's own format settles: a JSON Resume, a JobPosting's data
    kind: Literal["resume", "posting"] | None = Field(default=None, exclude=True, repr=False)


class Section(BaseModel):
    """A titled part of a document, by character offsets into the text."""

    name: str
    heading: str
    start: int
    end: int


class Mention(BaseModel):
    """Where a skill appears: offsets into the document text, its line and section."""

    start: int
    end: int
    text: str
    line: int
    section: str | None = None
    negated: bool = False  # "no experience with Java", "eager to learn Go": named, not shown
    learning: bool = False  # "currently learning Go": being learnt, so shown in part


class SkillHit(BaseModel):
    """One taxonomy skill found in a document, with every place it appears."""

    id: str
    name: str
    kind: Kind
    category: str
    mentions: list[Mention]


class DateRange(BaseModel):
    """A period of work (or study) as written, with its parsed bounds (year*12 + month - 1)."""

    text: str
    start: int = Field(
        description="The first month worked, as year*12 + month - 1 (not a character offset)"
    )
    end: int = Field(description="The last month worked, included, as year*12 + month - 1")
    ongoing: bool = False
    line: int
    section: str | None = None


class Degree(BaseModel):
    level: DegreeLevel
    text: str
    field: str | None = None
    line: int
    in_progress: bool = False  # still studied for: not counted in Education.highest
    # when it was studied, as dated on its line ("Sep 2019 - Jun 2024"): a posting may count
    # a PhD's years toward those it asks
    dates: DateRange | None = None


class Education(BaseModel):
    highest: DegreeLevel | None = None
    field: str | None = None
    degrees: list[Degree] = Field(default_factory=list)

    def in_progress_above(self) -> DegreeLevel | None:
        """The highest degree still studied for, when it is above the highest held."""
        held = DEGREE_ORDER[self.highest] if self.highest else -1
        pending = [d.level for d in self.degrees if d.in_progress and DEGREE_ORDER[d.level] > held]
        return max(pending, key=DEGREE_ORDER.__getitem__, default=None)


class Job(BaseModel):
    """A dated job and whether it is technical work (see extract/relevance.py)."""

    title: str | None = None
    line: int  # the line of its first date range
    years: float
    technical: bool | None = None  # None: not told (no title naming a role, no skill)
    why: str = ""  # "technical title", "names Python, SQL", "teaching", ...


# A document given as one kind that reads as the other: swapped arguments, or a posting pasted
# in as a resume (whose "3+ years" and "PhD preferred" would read as the writer's own).
MISREAD = {
    "resume": "this reads like a job posting, not a resume; check which file is which",
    "posting": "this reads like a resume, not a job posting; check which file is which",
}
NOTHING_TO_SCORE = (
    "posting: no skills, degree or years found in it, so the score of 0 measures nothing;"
    " check that the file is the job description"
)
SAME_DOCUMENT = (
    "the resume and the job description are the same text, so the score compares it with"
    " itself; give the job description as the second file"
)
# Both documents misread the same way: the files were given the wrong way round
SWAPPED = (
    "the files look swapped: the resume reads like a job posting and the posting like a"
    " resume; give the resume first, then the job description"
)
# Warnings that the score measures little or nothing: reports show them right below it.
HEADLINE_WARNINGS = frozenset(
    {
        NOTHING_TO_SCORE,
        SAME_DOCUMENT,
        SWAPPED,
        *(f"{kind}: {said}" for kind, said in MISREAD.items()),
    }
)


def swapped_in_one(warnings: list[str]) -> list[str]:
    """A pair's warnings with the two misread documents' said once, as files given the wrong
    way round."""
    misread = {f"{kind}: {said}" for kind, said in MISREAD.items()}
    if not misread <= set(warnings):
        return warnings
    first = min(warnings.index(w) for w in misread)
    kept = [w for w in warnings if w not in misread]
    return [*kept[:first], SWAPPED, *kept[first:]]


# The level evidence of a resume whose jobs carry no dates (Experience.undated); the reports
# then say its years are not stated, not 0
UNDATED_EVIDENCE = "jobs named without dates: years unknown"


class Experience(BaseModel):
    years: float = 0.0  # all dated work, overlaps merged
    # Dated work in technical jobs (and jobs that cannot be told apart); None when no job
    # could be judged, and then `years` stands for it.
    relevant_years: float | None = None
    ranges: list[DateRange] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    jobs: list[Job] = Field(default_factory=list)
    level: LevelId | None = None  # from the years in technical jobs
    level_evidence: list[str] = Field(default_factory=list)
    # The level all dated work reads as, for a posting outside technical work
    all_work_level: LevelId | None = None
    all_work_evidence: list[str] = Field(default_factory=list)
    # The work section names jobs, but no date or length of time is written anywhere outside
    # education: the years cannot be measured (0 stands for them, not for no experience).
    undated: bool = False


# A requirement's section when the posting's title asks it ("Senior Python Developer" whose
# body never names Python)
TITLE_SECTION = "title"


def asked_wording(jd_text: str, where: str | None) -> str:
    """The posting's wording, and where it stands when that is its title."""
    return f"title: {jd_text}" if where == TITLE_SECTION else jd_text


class Requirement(BaseModel):
    """Something a posting asks for: a taxonomy skill, or a literal term it does not know."""

    id: str
    name: str
    importance: Importance
    jd_text: str
    line: int
    section: str | None = None
    known: bool = True
    years: float | None = None
    grade: str | None = None  # a spoken language's lowest CEFR grade asked: "C1" for "Fluent"
    # Ids of the requirements offered as alternatives to this one ("Tableau or Power BI"):
    # showing any one of them meets them all.
    alternatives: list[str] = Field(default_factory=list)
    choice: str | None = None  # the posting's wording of the alternatives, "AWS, GCP, or Azure"

    @property
    def wording(self) -> str:
        return asked_wording(self.jd_text, self.section)


class PostingInfo(BaseModel):
    """What a job description asks for beyond single skills."""

    title: str | None = None
    level: LevelId | None = None
    level_source: str | None = Field(
        default=None,
        description="Where the level comes from: 'title: Sr. Data Scientist', 'Level: Junior' "
        "or '5+ years asked'",
    )
    role: str | None = None
    years_required: float | None = None
    phd_counts: bool = Field(
        default=False,
        description="The posting counts the time of a PhD toward the years it asks ('3+ years "
        "of research experience (a PhD counts)')",
    )
    phd_years_counted: float | None = Field(
        default=None,
        description="The most years of a PhD the posting counts, when it says ('a PhD counts "
        "as 2 years')",
    )
    years_preferred: float | None = Field(
        default=None,
        description="The most years the posting prefers without requiring them ('5-7 years "
        "preferred'): they set its level when it requires none",
    )
    # Whether the job is technical work (its title, or hands-on technical skills asked): its
    # years and level are compared with the resume's technical jobs; otherwise with all work.
    technical: bool = True
    degree_required: DegreeLevel | None = None
    degree_preferred: DegreeLevel | None = None
    # What the posting accepts in place of its degree, in its words ("equivalent practical
    # experience", "BS with equivalent experience", "a coding bootcamp plus a portfolio"), and
    # the degree that alternative still asks for ("BS with ...": bachelor).
    degree_alternative: str | None = None
    degree_with_alternative: DegreeLevel | None = None
    # Years that depend on the degree held: "BS with 5 years, or MS with 3" -> bachelor 5,
    # master 3. A candidate meets the alternative of the highest degree they hold or below.
    years_by_degree: dict[DegreeLevel, float] = Field(default_factory=dict)
    enrollment_required: str | None = Field(
        default=None,
        description="The posting's words when it asks for a current student ('Currently "
        "enrolled in a Bachelor's or Master's program', 'immatrikuliert'): a graduate does not "
        "qualify",
    )
    degree_expected: str | None = Field(
        default=None,
        description="The posting's words when it takes its degree still being finished ('or "
        "expect to obtain', 'or near completion', 'by the start date'): a student about to "
        "finish meets it",
    )

    def years_for_degree(self, held: DegreeLevel | None) -> float | None:
        """The years asked of someone holding `held`: the posting's general figure, raised by
        the degree's own alternative (the lowest-degree one when no alternative fits)."""
        if not self.years_by_degree:
            return self.years_required
        rank = DEGREE_ORDER[held] if held else -1
        fitting = [y for level, y in self.years_by_degree.items() if DEGREE_ORDER[level] <= rank]
        lowest = min(self.years_by_degree, key=DEGREE_ORDER.__getitem__)
        conditional = min(fitting) if fitting else self.years_by_degree[lowest]
        return max((self.years_required or 0.0, conditional)) or None


class Signal(BaseModel):
    """One piece of ML evidence on a resume (a venue, a link, a ranking...) and its line."""

    kind: SignalKind
    value: str  # normalised: "NeurIPS", "github.com/owner/repo", "Kaggle Master", "top 2%"
    text: str  # the resume line as written
    line: int


class Signals(BaseModel):
    """Evidence of ML work beyond skills: publications, links, rankings, degree field."""

    publications: int = 0  # entries in a Publications section
    degree_fit: bool | None = None  # a degree field that suits ML roles; None: no field found
    items: list[Signal] = Field(default_factory=list)

    def of(self, kind: SignalKind) -> list[Signal]:
        return [s for s in self.items if s.kind == kind]


# What a document states about the right to work. A posting's stance, strictest first:
# citizens only, citizens or permanent residents, no sponsorship, sponsorship offered. A
# resume's need: sponsorship asked, a visa held, permanent residence, citizenship, or plain
# authorization.
WorkStatus = Literal[
    "citizens-only",
    "citizens-or-residents",
    "no-sponsorship",
    "sponsors",
    "needs-sponsorship",
    "visa",
    "permanent-resident",
    "citizen",
    "authorized",
]


class WorkAuthorization(BaseModel):
    """A posting's stance on visa sponsorship and citizenship, or a resume's need for it,
    as the document states it (extract/work_authorization.py); absent when not stated."""

    status: WorkStatus = Field(
        description="Posting: citizens-only, citizens-or-residents, no-sponsorship or "
        "sponsors; resume: needs-sponsorship, visa, permanent-resident, citizen or authorized"
    )
    detail: str | None = Field(
        default=None, description="The visa or the country named: 'H-1B', 'F-1 OPT', 'US'"
    )
    text: str = Field(description="The document's words, as the report quotes them")
    line: int


class WorkAuthorizationFit(BaseModel):
    """Both sides of work authorization in a match report, and their conflict if any: a
    fact to check before applying, left out of the score."""

    posting: WorkAuthorization | None = None
    resume: WorkAuthorization | None = None
    conflict: str | None = Field(
        default=None,
        description="Said when both sides are stated and cannot both hold: the posting "
        "sponsors no visas and the resume needs sponsorship or names a visa; the posting "
        "takes citizens (or permanent residents) only and the resume says otherwise",
    )


class Profile(BaseModel):
    """Everything extracted from one document."""

    path: str
    format: str
    text_chars: int
    doc_type: Literal["resume", "posting"]
    skills: list[SkillHit]
    education: Education
    experience: Experience
    sections: list[Section]
    requirements: list[Requirement] = Field(default_factory=list)
    posting: PostingInfo | None = None
    signals: Signals | None = None  # resumes only: ML evidence beyond skills
    # the posting's stance on sponsorship, the resume's need; None when not stated
    work_authorization: WorkAuthorization | None = None
    warnings: list[str] = Field(default_factory=list)
    text: str = Field(default="", exclude=True, repr=False)
    edits: Edits = Field(default_factory=list, exclude=True, repr=False)
    # resumes: where names stand that are not the writer's own claims (start, end): a job's
    # employer named by a product, a target, an endorsement, a client, a client's feedback or
    # product, a referee's employer
    not_claimed: list[tuple[int, int]] = Field(default_factory=list, exclude=True, repr=False)
    # a posting that advertises several roles: each one, read from its own part (JSON shows
    # the field only then)
    roles: list[PostingRole] = Field(
        default_factory=list,
        description="The roles of a posting that advertises two or more, in its order; "
        "absent for a posting of one role",
    )


class PostingRole(BaseModel):
    """One role of a posting that advertises several, and its profile (not printed)."""

    title: str
    line: int = Field(description="The line of the role's header, from 1")
    profile: SkipJsonSchema[Profile | None] = Field(default=None, exclude=True, repr=False)


class Evidence(BaseModel):
    """A resume line that shows a skill."""

    text: str
    line: int
    section: str | None = None
    column: int = 0  # where the skill starts within the line


class SkillMatch(BaseModel):
    """How one requirement of the posting is met by the resume."""

    id: str
    name: str
    importance: Importance
    jd_text: str
    status: MatchStatus
    credit: float
    known: bool = True
    via: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    detail: str | None = None  # e.g. "shows 1.5 of 3 years" for a role held too briefly
    one_of: list[str] = Field(default_factory=list)  # a choice's members ("Tableau or Power BI")
    asked_in: str | None = None  # "title": only the posting's title names it

    @property
    def wording(self) -> str:
        return asked_wording(self.jd_text, self.asked_in)

    @property
    def unnamed(self) -> bool:
        """The resume does not name the skill: it is missing, or credited only through another
        skill the resume names (pandas implies Python; TensorFlow is close to PyTorch)."""
        return self.status == "missing" or (
            self.status in ("implied", "related") and self.via is not None
        )

    @property
    def note(self) -> str:
        """Why a gap is partly covered, or that the term is not a taxonomy skill and so is
        looked for by its words: matched by them, or not found."""
        if self.detail:
            return self.detail
        if self.status == "implied":
            return f"implied by {self.via}"
        if self.status == "related":
            return f"you list {self.via}"
        if self.known:
            return ""
        return "matched by its words" if self.status == "matched" else "its words not found"


# The score's components, in the order reports list them
COMPONENT_NAMES = ("required skills", "preferred skills", "education", "experience")


class Component(BaseModel):
    """One named part of the score: its weight, how well it is met (0-1) and its points."""

    name: str
    weight: float
    value: float
    points: float
    detail: str


class Suggestion(BaseModel):
    kind: str = Field(
        description="What the advice is about, weightiest first: work-authorization (the "
        "posting's stance on sponsorship conflicts with the resume's need; a fact to check, "
        "not scored), level (the posting is far "
        "below the resume's level), experience, education (a degree, or a current student "
        "asked), add-required, years, grade (a language spoken below the grade asked), "
        "name-it, show-in-experience, use-their-term, add-preferred"
    )
    message: str


def _described(fields: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """A JSON Schema "properties" for a report's dict: key -> (JSON type, description)."""
    return {
        key: {"type": [kind, "null"], "description": text} for key, (kind, text) in fields.items()
    }


# The keys of Report.education and Report.experience, for `mlcareer schema report`
REPORT_EDUCATION = _described(
    {
        "resume": ("string", "The resume's highest degree held (secondary ... phd)"),
        "resume_field": ("string", "Its field of study"),
        "required": ("string", "The degree the posting requires"),
        "preferred": ("string", "The degree the posting prefers"),
        "alternative": ("string", "What the posting takes in place of its degree"),
        "enrollment_required": (
            "string",
            "The posting's words when it asks for a current student: a resume whose "
            "degrees are all finished gets no education credit",
        ),
        "degree_expected": (
            "string",
            "The posting's words when it takes its degree still being finished ('or near "
            "completion'): a degree in progress earns full education credit",
        ),
        "resume_in_progress": ("string", "The highest degree the resume shows still studied for"),
        "resume_finished": ("string", "The year the resume's last finished degree ended"),
    }
)
REPORT_EXPERIENCE = _described(
    {
        "resume_years": ("number", "Years of dated work, overlaps merged"),
        "resume_technical_years": (
            "number",
            "Of them, the years in technical jobs, when the posting is technical work",
        ),
        "resume_level": ("string", "The level the resume reads as (intern ... senior)"),
        "required_years": ("number", "The years the posting asks for"),
        "preferred_years": ("number", "The years the posting prefers, without asking for them"),
        "posting_level": ("string", "The posting's level (intern ... senior)"),
        "posting_level_source": (
            "string",
            "Where the posting's level comes from: 'title: ...', 'Level: ...', 'N+ years asked'",
        ),
        "posting_title": ("string", "The posting's title"),
        "level_fit": (
            "string",
            "'overqualified' when the resume reads two or more levels above a posting that "
            "names itself intern or entry level (half the experience credit)",
        ),
    }
)


class TaxonomyInfo(BaseModel):
    version: str
    sha256: str
    skills: int


class SalaryContext(BaseModel):
    """A reference salary figure for the role of a report (not a current offer)."""

    role: str
    role_name: str
    area: str
    currency: str
    average: int
    note: str


class Report(BaseModel):
    """The result of one resume vs posting comparison (CONTRACT.md fields first)."""

    schema_version: str = SCHEMA_VERSION
    tool_version: str
    taxonomy: TaxonomyInfo
    resume: str
    jd: str
    score: float
    band: str
    components: list[Component]
    matched: list[SkillMatch]
    missing: list[SkillMatch]
    extra: list[str]
    resume_skills: list[str]
    education: dict[str, str | None] = Field(json_schema_extra={"properties": REPORT_EDUCATION})
    experience: dict[str, float | str | None] = Field(
        json_schema_extra={"properties": REPORT_EXPERIENCE}
    )
    suggestions: list[Suggestion]
    suggestions_left_out: int = 0  # less weighty advice past the report's cap
    warnings: list[str] = Field(default_factory=list)
    level_evidence: list[str] = Field(default_factory=list)  # why resume_level was inferred
    signals: Signals = Field(default_factory=Signals)
    salary: SalaryContext | None = None
    # the posting's stance and the resume's need when either is stated, and their conflict
    work_authorization: WorkAuthorizationFit | None = None
    # a posting that advertises several roles: which one this report scored (JSON shows the
    # field only then)
    posting_roles: PostingRoles | None = None

    def warnings_where(self, headline: bool) -> list[str]:
        """The warnings every report shows right below the score (HEADLINE_WARNINGS: the
        score measures little), or the others, shown at its end."""
        return [w for w in self.warnings if (w in HEADLINE_WARNINGS) == headline]


class RoleScore(BaseModel):
    title: str
    score: float


class PostingRoles(BaseModel):
    """The roles of a posting that advertises several, and which one a report scored."""

    scored: str = Field(description="The title of the role the report scored")
    chosen_by: Literal["best fit", "--role"] = Field(
        description="'best fit': the role the resume fits best (a tie goes to the first); "
        "'--role': the role the --role option named"
    )
    roles: list[RoleScore] = Field(description="Every role, in the posting's order")


class RoleFit(BaseModel):
    """How well a resume fits one taxonomy role profile, with the core skills for and against.
    `score` is `skills_score` plus `title_points`, halved (and put below every role that shows
    its defining skills) when the resume shows none of the role's defining skills."""

    id: str
    name: str
    score: float
    for_: list[str] = Field(default_factory=list, serialization_alias="for")  # dump by_alias
    against: list[str] = Field(default_factory=list)
    salary: SalaryContext | None = None
    skills_score: float = 0.0  # the role's skills scored as a posting's would be
    # The resume's job titles that name the role, as "Title, Employer (dates as written)" or
    # "(undated)", "[leads the field: half weight]" after a leader's, and their share of all
    # titled work (0-1; the most recent job's years count double)
    titles: list[str] = Field(default_factory=list)
    title_share: float = 0.0
    title_points: float = 0.0  # the share of what the skills left to earn, at TITLE_WEIGHT
    # The role's defining skills, when the resume shows none of them (else empty)
    defining_missing: list[str] = Field(default_factory=list)


class RoleRanking(BaseModel):
    """Every role profile of the taxonomy, best fit first, for one resume."""

    resume: str
    level: LevelId | None
    level_evidence: list[str]
    roles: list[RoleFit]
    signals: Signals = Field(default_factory=Signals)
    warnings: list[str] = Field(default_factory=list)  # the resume's, as in a match report


class BundledPosting(BaseModel):
    """A job description shipped with mlcareer, usable by name in place of a file."""

    name: str
    title: str | None
    level: str | None
    role: str | None
    path: str


class CitySalary(BaseModel):
    city: str
    state: str
    average: int


class SalaryReference(BaseModel):
    """data/salaries.yaml: reference figures for one role in one country, as published."""

    model_config = ConfigDict(extra="forbid")
    role: str
    role_name: str
    country: str
    currency: str
    as_of: str
    note: str
    sources: list[str]
    national_average: int
    cities: list[CitySalary]


class Failure(BaseModel):
    """An input that could not be processed; batch and extract report it in place of a result."""

    path: str
    error: str
    hint: str = ""


class BatchGap(BaseModel):
    """A skill a batch row's posting asks for that its resume does not show."""

    id: str
    name: str
    importance: Importance
    jd_text: str
    known: bool


class BatchRow(BaseModel):
    """One row of `mlcareer batch --format json/jsonl`: a scored pair (score, band, components,
    matched, missing, warnings) or a pair that failed (error, hint). `rank` is absent when
    the rows are streamed, null for an error row."""

    rank: int | None = None
    resume: str
    jd: str
    score: float | None = Field(default=None, ge=0, le=100)
    band: str | None = None
    components: dict[str, float] | None = None  # points per component
    matched: list[str] | None = None  # skill ids
    missing: list[BatchGap] | None = None
    warnings: list[str] | None = None
    error: str | None = None
    hint: str | None = None
    level_fit: Literal["overqualified"] | None = Field(
        default=None,
        description="'overqualified': the resume reads two or more levels above a posting "
        "that names itself intern or entry level (the report's experience.level_fit)",
    )
    enrollment_required: str | None = Field(
        default=None,
        description="The posting's words when it asks for a current student (the report's "
        "education.enrollment_required); a resume with only finished degrees gets no "
        "education credit",
    )
    resume_in_progress: DegreeLevel | None = Field(
        default=None, description="The highest degree the resume shows still studied for"
    )
    work_authorization_conflict: str | None = Field(
        default=None,
        description="The report's work_authorization.conflict: the posting's stance on visa "
        "sponsorship or citizenship conflicts with the resume's stated need (not scored)",
    )
    role: str | None = Field(
        default=None,
        description="For a posting that advertises several roles, the title of the role "
        "scored: the one the resume fits best; absent for a posting of one role",
    )
