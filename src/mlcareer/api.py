"""The one place that knows the order of the stages: read -> extract -> match -> score -> report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .authorization import authorization_fit
from .career import profile_subject, ranked_fits, role_fit, taxonomy_posting, title_signals
from .documents import Limits, read_document
from .extract import DocType, extract_profile
from .extract.foreign import in_another_language
from .extract.several_roles import named_role
from .extract.signals import find_signals
from .match import match_requirements, shown_profile
from .misspellings import Misspelling, find_misspellings
from .models import (
    NOTHING_TO_SCORE,
    SAME_DOCUMENT,
    Education,
    Experience,
    LevelId,
    PostingInfo,
    PostingRole,
    PostingRoles,
    Profile,
    Report,
    RoleRanking,
    RoleScore,
    Signals,
    SkillHit,
    SkillMatch,
    Suggestion,
    TaxonomyInfo,
    WorkAuthorizationFit,
    swapped_in_one,
)
from .salaries import salary_context
from .scoring import (
    OVERQUALIFIED,
    Weights,
    band_for,
    finished_year,
    in_progress,
    levels_over,
    score_components,
    total_score,
)
from .suggest import MAX_SUGGESTIONS, Forms, Misspelt, suggestions
from .taxonomy import Taxonomy, load_taxonomy


def month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


@dataclass
class Options:
    """Everything that changes a result; two runs with equal options give equal reports."""

    taxonomy_path: Path | None = None
    weights: Weights = field(default_factory=Weights)
    limits: Limits = field(default_factory=Limits)
    as_of: int = field(default_factory=lambda: month_index(dt.date.today()))
    _taxonomy: Taxonomy | None = field(default=None, repr=False)

    @property
    def taxonomy(self) -> Taxonomy:
        if self._taxonomy is None:
            self._taxonomy = load_taxonomy(self.taxonomy_path)
        return self._taxonomy


def extract(path: Path, options: Options | None = None, doc_type: DocType = "auto") -> Profile:
    """Read one file and extract its profile."""
    options = options or Options()
    document = read_document(path, options.limits)
    return extract_profile(document, options.taxonomy, options.as_of, doc_type)


def resume_signals(resume: Profile) -> Signals:
    """ML evidence beyond skills, as extracted (once per resume) or found now."""
    if resume.signals is not None:
        return resume.signals
    return find_signals(resume.text, resume.sections, resume.education.degrees)


def compare(
    resume: Profile,
    posting: Profile,
    options: Options,
    role: str | None = None,
    advice: bool = True,
) -> Report:
    """Score an extracted resume against an extracted posting. Of a posting that advertises
    several roles, the role whose title holds the words `role` names (case-blind), else the
    one the resume fits best (a tie goes to the first); the report names it. Without
    `advice` the report's suggestions are left empty (a batch row shows none): the score and
    every other field are the same."""
    named = role_named(posting, role) if role is not None else None
    if not posting.roles:
        return _compare_role(resume, posting, options, advice)
    titles = [item.title for item in posting.roles]
    reports = [
        _compare_role(resume, _role_profile(item), options, advice) for item in posting.roles
    ]
    chosen = _best_fit(reports) if named is None else named
    roles = PostingRoles(
        scored=titles[chosen],
        chosen_by="best fit" if role is None else "--role",
        roles=[RoleScore(title=t, score=r.score) for t, r in zip(titles, reports, strict=True)],
    )
    return reports[chosen].model_copy(update={"posting_roles": roles})


def role_named(posting: Profile, role: str) -> int | None:
    """The place among the posting's several roles of the one whose title holds the words
    `role` (None for a posting of one role, whose title must hold them); a UsageError that
    lists the roles when none does, or more than one."""
    if posting.roles:
        return named_role([item.title for item in posting.roles], role)
    title = posting.posting.title if posting.posting else None
    named_role([title] if title else [], role)
    return None


def _best_fit(reports: list[Report]) -> int:
    """The index of the best score; max keeps the first of equal ones."""
    return max(range(len(reports)), key=lambda index: reports[index].score)


def _role_profile(role: PostingRole) -> Profile:
    if role.profile is None:  # set whenever a posting's roles are read (extract_profile)
        raise ValueError(f"the role {role.title!r} was listed without its profile")
    return role.profile


def _compare_role(resume: Profile, posting: Profile, options: Options, advice: bool) -> Report:
    """Score an extracted resume against one role's extracted posting (see compare)."""
    taxonomy = options.taxonomy
    resume = shown_profile(resume)
    info = posting.posting or PostingInfo()
    if info.years_by_degree:  # "BS with 5 years, or MS with 3": the years for this resume
        held = resume.education.highest
        info = info.model_copy(update={"years_required": info.years_for_degree(held)})
    matches = match_requirements(resume, posting.requirements, taxonomy)
    components = score_components(matches, resume, info, options.weights)
    score = total_score(components)
    asked = {req.id for req in posting.requirements}  # alternatives the report leaves out too
    authorization = authorization_fit(posting.work_authorization, resume.work_authorization)
    advised = _advice(matches, resume, posting, taxonomy, authorization) if advice else []
    technical = info.technical and resume.experience.relevant_years is not None
    level, evidence = _compared_level(resume.experience, technical)
    return Report(
        tool_version=__version__,
        taxonomy=TaxonomyInfo(
            version=taxonomy.version, sha256=taxonomy.sha256, skills=len(taxonomy.skills)
        ),
        resume=resume.path,
        jd=posting.path,
        score=score,
        band=band_for(score),
        components=components,
        # Implied and related skills earn partial credit but are not named on the resume, so
        # they are reported missing too (a reader or a keyword scan looks for the name).
        matched=[m for m in matches if m.status == "matched"],
        missing=[m for m in matches if m.status != "matched"],
        extra=[h.name for h in resume.skills if h.id not in asked],
        resume_skills=[h.id for h in resume.skills],
        education=_education_facts(resume.education, info),
        experience={
            "resume_years": resume.experience.years,
            # the years and level the experience component compared (all work for a
            # posting outside technical work: a nurse's years are not "0 in technical roles")
            "resume_technical_years": resume.experience.relevant_years if technical else None,
            "resume_level": level,
            "required_years": info.years_required,
            "preferred_years": info.years_preferred,
            "posting_level": info.level,
            # where it comes from: "title: Sr. Data Scientist", "Level: Junior", "5+ years asked"
            "posting_level_source": info.level_source,
            "posting_title": info.title,
            # "overqualified": the resume reads far above an intern or entry-level posting
            "level_fit": OVERQUALIFIED if levels_over(resume, info) else None,
        },
        suggestions=advised[:MAX_SUGGESTIONS],
        suggestions_left_out=max(0, len(advised) - MAX_SUGGESTIONS),
        warnings=swapped_in_one(
            ([SAME_DOCUMENT] if _same_text(resume, posting) else [])
            + [f"resume: {w}" for w in resume.warnings]
            + [f"posting: {w}" for w in posting.warnings]
            + ([] if components else [NOTHING_TO_SCORE])
        ),
        level_evidence=evidence,
        signals=resume_signals(resume),
        salary=salary_context(info.role, posting.text),
        work_authorization=authorization,
    )


def _same_text(resume: Profile, posting: Profile) -> bool:
    """The one document given as both (the same file twice, or a copy of it): the same words,
    whatever line breaks reading it as a posting joined."""
    if len(resume.text) != len(posting.text) or not resume.text.strip():
        return False  # a posting's joined lines keep the length: a newline becomes a space
    return resume.text.split() == posting.text.split()


def _advice(
    matches: list[SkillMatch],
    resume: Profile,
    posting: Profile,
    taxonomy: Taxonomy,
    authorization: WorkAuthorizationFit | None,
) -> list[Suggestion]:
    """The report's suggestions, a conflict over work authorization first: a fact to check
    before anything else, left out of the score."""
    info = posting.posting or PostingInfo()
    categories = {m.id: taxonomy.skills[m.id].category for m in matches if m.id in taxonomy.skills}
    # an English resume is not told to take up the words of a posting written in French
    translated = in_another_language(posting.text) and not in_another_language(resume.text)
    misspelt = _misspelt(resume, matches, taxonomy)
    forms = _forms(resume, matches, taxonomy)
    # a level or a role given instead of a posting: advice names it ("the senior level")
    subject = profile_subject(taxonomy, info) if posting.format == "taxonomy" else None
    advice = suggestions(matches, resume, info, categories, misspelt, translated, forms, subject)
    if authorization and authorization.conflict:
        advice.insert(0, Suggestion(kind="work-authorization", message=authorization.conflict))
    return advice


def _forms(resume: Profile, matches: list[SkillMatch], taxonomy: Taxonomy) -> Forms:
    """Skill id of each matched skill -> the resume's skills that imply it directly (PySpark
    for Spark): shown at work, they show it at work."""
    matched = {m.id for m in matches if m.status == "matched"}
    forms: dict[str, list[SkillHit]] = {}
    for hit in resume.skills:
        skill = taxonomy.skills.get(hit.id)
        for implied in matched.intersection(skill.implies if skill else ()):
            forms.setdefault(implied, []).append(hit)
    return forms


def _misspelt(resume: Profile, matches: list[SkillMatch], taxonomy: Taxonomy) -> Misspelt:
    """Skill id -> the first place the resume misspells the name of a skill the posting asks
    for and the resume does not name; looked for only when some such skill is not named."""
    asked = {
        skill_id
        for m in matches
        if m.unnamed and m.importance != "mentioned"
        for skill_id in (m.id, *m.one_of)
    }
    found: dict[str, Misspelling] = {}
    for slip in find_misspellings(resume, taxonomy, asked) if asked else []:
        found.setdefault(slip.skill_id, slip)
    return found


def _education_facts(education: Education, info: PostingInfo) -> dict[str, str | None]:
    """The report's education side by side: the degree asked and the one shown."""
    finished = finished_year(education)
    return {
        "resume": education.highest,
        "resume_field": education.field,
        "required": info.degree_required,
        "preferred": info.degree_preferred,
        "alternative": info.degree_alternative,  # "or equivalent practical experience"
        # "Currently enrolled in a Bachelor's program": the posting's words, and what of it
        # the resume shows (the degree still studied for, the year the last one ended)
        "enrollment_required": info.enrollment_required,
        "degree_expected": info.degree_expected,  # "or near completion": a student may apply
        "resume_in_progress": in_progress(education),
        "resume_finished": str(finished) if finished else None,
    }


def _compared_level(exp: Experience, technical: bool) -> tuple[LevelId | None, list[str]]:
    """The resume's level and its evidence as a posting reads them: from the technical jobs
    for a technical posting, from all dated work for any other."""
    if technical or exp.all_work_level is None:
        return exp.level, exp.level_evidence
    return exp.all_work_level, exp.all_work_evidence or exp.level_evidence


def analyze(
    resume_path: Path, jd_path: Path, options: Options | None = None, role: str | None = None
) -> Report:
    """Compare one resume file with one job-description file (with one of its roles, when it
    advertises several: see compare)."""
    options = options or Options()
    resume = extract(resume_path, options, "resume")
    posting = extract(jd_path, options, "posting")
    return compare(resume, posting, options, role)


def analyze_profile(
    resume_path: Path, level: str | None, role: str | None, options: Options | None = None
) -> Report:
    """Compare one resume file with the taxonomy's profile of a level and/or a role."""
    options = options or Options()
    posting = taxonomy_posting(options.taxonomy, level, role)
    return compare(extract(resume_path, options, "resume"), posting, options)


def rank_roles(resume_path: Path, options: Options | None = None) -> RoleRanking:
    """Every role profile of the taxonomy scored against one resume, best fit first."""
    options = options or Options()
    resume = extract(resume_path, options, "resume")
    titles = title_signals(resume, options.taxonomy)
    fits = [
        role_fit(
            role,
            compare(resume, taxonomy_posting(options.taxonomy, None, role.id), options),
            titles.get(role.id),
        )
        for role in options.taxonomy.roles.values()
    ]
    return RoleRanking(
        resume=resume.path,
        level=resume.experience.level,
        level_evidence=resume.experience.level_evidence,
        roles=ranked_fits(fits),
        signals=resume_signals(resume),
        warnings=[f"resume: {w}" for w in resume.warnings],
    )
