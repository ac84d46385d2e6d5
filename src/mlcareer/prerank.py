"""Pre-ranking at scale: an approximate score for every resume x posting as one sparse product,
so that only the best K candidates of each group go through the exact (slower) pair scoring.

- R, resume x feature: the credit each taxonomy skill would earn in match.py (1 shown, 0.7 or
  0.5 implied, 0.7 named by a job title, 0.4 related) and the hashed word stems of the text
  (for literal terms).
- W, feature x posting: each requirement's share of the score by its importance, with
  scoring.py's component weights (preferred skills capped as it caps them); a literal term's
  share is spread over its stems.
- A choice ("Tableau or Power BI") is one requirement: R @ M (M, feature x member) gives each
  member's credit, the best member of each choice counts, times the choice's points.
- approx = R @ W plus the choices, plus the experience and education components, vectorised.

It is meant to stay at or above the exact score (to its 0.1 rounding), so that the cut does
not drop a pair it underrated, but it misses matches by wording (a skill reworded or written
inside a longer name, an acronym the posting defines, fuzzy literal matches: see
docs/scaling.md), and needs a term's stems anywhere in the resume rather than on one line:
it only chooses whom to score exactly. Needs numpy and scipy (mlcareer[dask]).
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse

from .api import Options
from .literal_match import normalise, stems
from .match import (
    CREDIT_IMPLIED,
    CREDIT_IMPLIED_FAR,
    CREDIT_RELATED,
    choice_groups,
    research_years,
    shown_profile,
    titled_skills,
)
from .models import (
    DEGREE_ORDER,
    IMPORTANCE_ORDER,
    DegreeLevel,
    Education,
    Failure,
    PostingInfo,
    Profile,
    Requirement,
    SkillMatch,
)
from .scoring import (
    LEVEL_ORDER,
    NO_DEGREE,
    OVERQUALIFIED_CREDIT,
    OVERQUALIFIED_GAP,
    PREFERRED_DEGREE_SHARE,
    PREFERRED_FACTOR,
    REQUIRED_FACTOR,
    TITLE_WEIGHT,
    UNDATED_CREDIT,
    alternative_kind,
    alternative_years,
    capped_weights,
    compared_experience,
    for_students,
    in_progress,
    named_in_title,
    names_early_level,
    shows_bootcamp,
    studying_credit,
)
from .taxonomy import Taxonomy

STEM_BUCKETS = 1 << 20  # hashed stem columns; a rare collision only blurs the estimate
BLOCK = 2048  # resumes scored per dense block (BLOCK x postings floats)
Extracted = Profile | Failure
Features = dict[int, float]


@dataclass(frozen=True)
class Prerank:
    """Keep the best `k` candidates of each group: resumes per posting (by="jd") or
    postings per resume (by="resume")."""

    k: int
    by: str = "jd"

    def select_local(
        self,
        pairs: Sequence[tuple[Path, Path]],
        profiles: Mapping[tuple[str, str], Extracted],
        options: Options,
    ) -> list[int]:
        """Indices of the pairs to score exactly, in input order."""
        resumes, postings = distinct(pairs)
        matrix = posting_matrix([profiles[(p, "posting")] for p in postings], options)
        parts = [
            block_candidates(
                start,
                [profiles[(r, "resume")] for r in resumes[start : start + BLOCK]],
                matrix,
                options,
                self,
            )
            for start in range(0, len(resumes), BLOCK)
        ]
        failed = {task for task, p in profiles.items() if isinstance(p, Failure)}
        return kept_pairs(pairs, merge(parts, self.k), self, failed)


@dataclass
class PostingMatrix:
    weights: sparse.csc_matrix  # feature x posting: points a full feature earns
    # A choice earns its best member's credit x its points, as the exact score counts it: a
    # maximum the linear part cannot express.
    members: sparse.csc_matrix  # feature x member: a member's features, as W's cells
    choice_of: np.ndarray  # member -> its choice
    choices: sparse.csc_matrix  # choice x posting: the choice's points
    years: np.ndarray  # years asked (0: none)
    level: np.ndarray  # level asked (-1: none)
    technical: np.ndarray  # the job is technical work (scoring.compared_experience)
    degree: np.ndarray  # degree asked (-1: none)
    experience: np.ndarray  # points of the experience component at value 1
    education: np.ndarray
    ok: np.ndarray  # False: the posting failed to extract
    early: np.ndarray  # names itself intern or entry level (scoring.names_early_level)
    students: np.ndarray  # for students (scoring.for_students)
    studying: np.ndarray  # the credit of the degree asked still studied for (studying_credit)
    enrolled: np.ndarray  # asks for a current student (scoring.not_enrolled)
    # What the posting accepts in place of its degree (scoring.alternative_met)
    alternative: np.ndarray  # ALTERNATIVES index of its kind (0: none)
    alternative_years: np.ndarray  # the years an experience or research alternative asks
    alternative_degree: np.ndarray  # the degree it needs besides ("BS with experience"; -1)
    # The first column of each posting: a posting that advertises several roles has a column
    # per role, and its estimate is the best of them, as the exact score takes the best role.
    # None: a column per posting.
    starts: np.ndarray | None = None


ALTERNATIVES = ("", "experience", "research", "bootcamp")


@dataclass
class Candidates:
    group: np.ndarray  # posting index (by jd) or resume index (by resume)
    member: np.ndarray  # the other index
    score: np.ndarray


def distinct(pairs: Sequence[tuple[Path, Path]]) -> tuple[list[str], list[str]]:
    """The resumes and the postings of the pairs, in first-seen order: the matrix indices."""
    resumes = list(dict.fromkeys(str(r) for r, _ in pairs))
    return resumes, list(dict.fromkeys(str(j) for _, j in pairs))


@lru_cache(maxsize=8)
def _skill_columns(taxonomy: Taxonomy) -> dict[str, int]:
    return {skill: n for n, skill in enumerate(sorted(taxonomy.skills))}


@lru_cache(maxsize=8)
def _related(taxonomy: Taxonomy) -> dict[str, set[str]]:
    """Skill -> its related skills, both ways (as match.py checks them)."""
    table: dict[str, set[str]] = {}
    for skill in taxonomy.skills.values():
        for other in skill.related:
            table.setdefault(skill.id, set()).add(other)
            table.setdefault(other, set()).add(skill.id)
    return table


def _stem_column(stem: str, offset: int) -> int:
    return offset + zlib.crc32(stem.encode()) % STEM_BUCKETS


def _word_columns(text: str, offset: int) -> dict[int, float]:
    """The hashed stem columns of a text (literal terms), each an equal part of 1."""
    columns = {_stem_column(stem, offset) for stem in stems(normalise(text))}
    return dict.fromkeys(columns, 1.0 / len(columns)) if columns else {}


def resume_features(profile: Profile, taxonomy: Taxonomy) -> Features:
    columns, related = _skill_columns(taxonomy), _related(taxonomy)
    credit: dict[str, float] = {}

    def give(skill: str, value: float) -> None:
        credit[skill] = max(credit.get(skill, 0.0), value)

    for skill in titled_skills(profile, taxonomy):  # "Data Analyst" shows data analysis
        give(skill, CREDIT_IMPLIED)
    for hit in shown_profile(profile).skills:
        give(hit.id, 1.0)
        for target, distance in taxonomy.implied_by(hit.id).items():
            give(target, CREDIT_IMPLIED if distance == 1 else CREDIT_IMPLIED_FAR)
        for other in related.get(hit.id, ()):
            give(other, CREDIT_RELATED)
    features = {columns[s]: value for s, value in credit.items() if s in columns}
    features.update(dict.fromkeys(_word_columns(profile.text, len(columns)), 1.0))
    return features


def _shares(info: PostingInfo, units: dict[str, float], options: Options) -> dict[str, float]:
    """Each component's points out of 100, as scoring.py caps and scales the weights present."""
    w = options.weights
    required = w.required if units["required"] else 0.0
    preferred = w.preferred if units["preferred"] else 0.0
    if required and preferred:
        required, preferred = capped_weights(
            required, preferred, units["required"], units["preferred"]
        )
    weights = {
        "required": required,
        "preferred": preferred,
        "education": _education_weight(info, w.education),
        "experience": w.experience if info.years_required or info.level is not None else 0.0,
    }
    total = sum(weights.values())
    return {k: 100 * weight / total if total else 0.0 for k, weight in weights.items()}


def _education_weight(info: PostingInfo, weight: float) -> float:
    """The education weight as scoring._education_component gives it: in full for a degree
    asked, PREFERRED_DEGREE_SHARE of it for one only preferred, none without either."""
    if info.degree_required is not None:
        return weight
    return weight * PREFERRED_DEGREE_SHARE if info.degree_preferred is not None else 0.0


@dataclass
class PostingColumn:
    """One posting's part of W: points per feature for requirements standing alone, and for
    each choice ("Tableau or Power BI") its members' features and its points."""

    single: Features
    choices: list[tuple[list[Features], float]]
    shares: dict[str, float]


def posting_features(profile: Profile, options: Options) -> PostingColumn:
    columns = _skill_columns(options.taxonomy)
    info, reqs = profile.posting or PostingInfo(), profile.requirements
    # A choice counts once, at its strongest member's importance, as the exact score counts it.
    groups = [[reqs[i] for i in group] for group in choice_groups(reqs)]
    importance = [max((r.importance for r in g), key=IMPORTANCE_ORDER.__getitem__) for g in groups]
    weighs = [_group_factor(g, i, info.title) for g, i in zip(groups, importance, strict=True)]
    totals = {
        part: sum(w for w, asked in zip(weighs, importance, strict=True) if asked in kind)
        for part, kind in (("required", REQUIRED_FACTOR), ("preferred", PREFERRED_FACTOR))
    }
    shares = _shares(info, totals, options)
    result = PostingColumn({}, [], shares)
    for group, asked, weight in zip(groups, importance, weighs, strict=True):
        part = "required" if asked == "required" else "preferred"
        points = shares[part] * weight / totals[part]
        if len(group) == 1:
            for cell, fraction in _requirement_cells(group[0], columns).items():
                result.single[cell] = result.single.get(cell, 0.0) + points * fraction
            continue
        result.choices.append(([_requirement_cells(req, columns) for req in group], points))
    return result


def _group_factor(group: list[Requirement], asked: str, title: str | None) -> float:
    """A requirement's (or choice's) weight as scoring._title_factor gives it: TITLE_WEIGHT
    for a required skill the title names. A choice is named when the title names any of its
    members or its wording (the exact score names the member that is met)."""
    factor = {**REQUIRED_FACTOR, **PREFERRED_FACTOR}.get(asked, 0.0)
    if asked not in REQUIRED_FACTOR:
        return factor
    wordings = [(r.name, r.jd_text) for r in group]
    if len(group) > 1:
        choice = group[0].choice or " or ".join(r.jd_text for r in group)
        wordings.append((" or ".join(r.name for r in group), choice))
    named = any(named_in_title(_asked_as(group[0], name, text), title) for name, text in wordings)
    return factor * (TITLE_WEIGHT if named else 1.0)


def _asked_as(req: Requirement, name: str, jd_text: str) -> SkillMatch:
    """A requirement as named_in_title reads a match of it."""
    return SkillMatch(
        id=req.id, name=name, importance=req.importance, jd_text=jd_text, status="missing", credit=0
    )


def _requirement_cells(req: Requirement, columns: dict[str, int]) -> dict[int, float]:
    """The columns a requirement's points go to: its skill, or a literal term's stems."""
    if req.known:
        return {columns[req.id]: 1.0} if req.id in columns else {}
    return _word_columns(req.jd_text, len(columns))


def _sparse(entries: list[tuple[int, int, float]], shape: tuple[int, int]) -> sparse.csc_matrix:
    rows, cols, vals = zip(*entries, strict=True) if entries else ((), (), ())
    return sparse.csc_matrix((vals, (rows, cols)), shape=shape)


def _role_columns(postings: Sequence[Extracted]) -> tuple[list[Extracted], np.ndarray | None]:
    """The postings as scored: each role of one that advertises several (see api.compare),
    and where each posting's columns start (None when every posting has one)."""
    columns: list[Extracted] = []
    starts = []
    for posting in postings:
        starts.append(len(columns))
        roles = posting.roles if isinstance(posting, Profile) else []
        columns.extend([role.profile for role in roles if role.profile] or [posting])
    several = len(columns) > len(postings)
    return columns, np.array(starts, dtype=np.int64) if several else None


def posting_matrix(postings: Sequence[Extracted], options: Options) -> PostingMatrix:
    postings, starts = _role_columns(postings)
    size = len(_skill_columns(options.taxonomy)) + STEM_BUCKETS
    cells: list[tuple[int, int, float]] = []  # feature, posting, points
    members: list[tuple[int, int, float]] = []  # feature, member, fraction of the member
    choice_of: list[int] = []
    choices: list[tuple[int, int, float]] = []  # choice, posting, points
    n = len(postings)
    years, level, degree = np.zeros(n), np.full(n, -1), np.full(n, -1)
    technical = np.ones(n, dtype=bool)
    experience, education, ok = np.zeros(n), np.zeros(n), np.zeros(n, dtype=bool)
    early, students, enrolled = (np.zeros(n, dtype=bool) for _ in range(3))
    studying = np.full(n, 0.5)
    alternative, alternative_degree = np.zeros(n, dtype=int), np.full(n, -1)
    alternative_needs = np.zeros(n)
    for j, posting in enumerate(postings):
        if not isinstance(posting, Profile):
            continue
        column = posting_features(posting, options)
        cells.extend((cell, j, value) for cell, value in column.single.items())
        for group, points in column.choices:
            for features in group:
                members.extend((cell, len(choice_of), value) for cell, value in features.items())
                choice_of.append(len(choices))
            choices.append((len(choices), j, points))
        info = posting.posting or PostingInfo()
        years[j] = info.years_required or 0.0
        level[j] = LEVEL_ORDER[info.level] if info.level else -1
        technical[j] = info.technical
        degree[j] = _degree_order(info.degree_required or info.degree_preferred)
        experience[j], education[j] = column.shares["experience"], column.shares["education"]
        ok[j] = True
        early[j], students[j] = names_early_level(info), for_students(info)
        studying[j] = studying_credit(info)
        enrolled[j] = info.enrollment_required is not None
        if info.degree_alternative is not None:
            alternative[j] = ALTERNATIVES.index(alternative_kind(info.degree_alternative))
            alternative_needs[j] = alternative_years(info, info.degree_alternative)
            alternative_degree[j] = _degree_order(info.degree_with_alternative)
    return PostingMatrix(
        _sparse(cells, (size, n)),
        _sparse(members, (size, len(choice_of))),
        np.array(choice_of, dtype=np.int64),
        _sparse(choices, (len(choices), n)),
        years,
        level,
        technical,
        degree,
        experience,
        education,
        ok,
        early,
        students,
        studying,
        enrolled,
        alternative,
        alternative_needs,
        alternative_degree,
        starts,
    )


def _compared(profiles: list[Profile | None], technical: bool) -> tuple[np.ndarray, np.ndarray]:
    """Each resume's years and level order (column vectors) as a technical posting, or any
    other, compares them (scoring.compared_experience); a failed resume has 0 and -1."""
    info = PostingInfo(technical=technical)
    sides = [compared_experience(p, info) if p else None for p in profiles]
    years = np.array([side.years if side else 0.0 for side in sides])[:, None]
    level = np.array([LEVEL_ORDER.get(side.level or "", -1) if side else -1 for side in sides])
    return years, level[:, None]


def _overqualified(
    profiles: list[Profile | None], level: np.ndarray, m: PostingMatrix
) -> np.ndarray:
    """Resume x posting: the resume reads far above an early-career posting (scoring's
    levels_over), given each resume's level order as the posting compares it."""
    undated = np.array([p.experience.undated if p else True for p in profiles])
    studying = np.array([p is not None and in_progress(p.education) is not None for p in profiles])
    far = level - m.level[None, :] >= OVERQUALIFIED_GAP
    exempt = undated[:, None] | (studying[:, None] & m.students[None, :])
    return np.asarray(far & m.early[None, :] & ~exempt)


def _side_terms(resumes: Sequence[Extracted], m: PostingMatrix) -> tuple[np.ndarray, np.ndarray]:
    """Experience and education points, resume x posting (scoring.py's rules, vectorised),
    and where the resume's level is unknown to a posting that asks only a level: there the
    exact score has no experience component and scales the others up."""
    profiles = [r if isinstance(r, Profile) else None for r in resumes]
    technical_years, technical_level = _compared(profiles, True)
    all_years, all_level = _compared(profiles, False)
    years = np.where(m.technical[None, :], technical_years, all_years)
    level = np.where(m.technical[None, :], technical_level, all_level)
    by_years = np.minimum(1.0, years / np.where(m.years > 0, m.years, 1.0))
    gap = m.level[None, :] - level
    by_level = np.where(gap <= 0, 1.0, np.where(gap == 1, 0.6, 0.2))
    experience = np.where(m.years > 0, by_years, np.where(m.level >= 0, by_level, 0.0))
    experience = np.where(
        _overqualified(profiles, level, m), np.minimum(experience, OVERQUALIFIED_CREDIT), experience
    )
    undated = np.array([p.experience.undated if p else False for p in profiles])[:, None]
    experience = np.where(undated, np.maximum(experience, UNDATED_CREDIT), experience)
    # an undated resume's unknown level still earns UNDATED_CREDIT there (scoring.py)
    absent = (m.years[None, :] <= 0) & (m.level[None, :] >= 0) & (level < 0) & ~undated
    points = experience * m.experience + _education(profiles, years, m) * m.education
    return np.asarray(np.where(absent, 0.0, points)), np.asarray(absent)


def _without_experience(scores: np.ndarray, absent: np.ndarray, m: PostingMatrix) -> np.ndarray:
    """The scores where the experience component is absent, the others scaled to 100."""
    rest = 100.0 - m.experience
    scale = np.divide(100.0, rest, out=np.zeros_like(rest), where=rest > 0)
    return np.where(absent, scores * scale[None, :], scores)


def _degree_order(level: DegreeLevel | None) -> int:
    return DEGREE_ORDER[level] if level else -1


def _education(profiles: list[Profile | None], years: np.ndarray, m: PostingMatrix) -> np.ndarray:
    """The education component's value, resume x posting (scoring._education_component):
    the degree held against the one asked (or preferred); what the posting accepts in its
    place in full; a degree in progress at or above it, as scoring.studying_credit says (in
    full for a posting for students or one that takes the degree about to be held, else
    half), and in full above a secondary diploma asked; nothing for a graduate when the
    posting asks for current students (scoring.not_enrolled)."""
    educations = [p.education if p else Education() for p in profiles]
    held = np.array([_degree_order(e.highest) for e in educations])[:, None]
    pending = np.array([_degree_order(e.in_progress_above()) for e in educations])[:, None]
    studying = np.array([in_progress(e) is not None for e in educations])[:, None]
    asked = m.degree[None, :]
    gap = asked - held
    value = np.where(
        held < 0, NO_DEGREE, np.where(gap <= 0, 1.0, np.where(gap == 1, 0.5, NO_DEGREE))
    )
    value = np.where(_alternative_met(profiles, held, years, m), 1.0, value)
    credit = m.studying[None, :]
    value = np.where((pending >= 0) & (pending >= asked), np.maximum(value, credit), value)
    past_school = (asked == DEGREE_ORDER["secondary"]) & (pending > asked)  # studies_past
    value = np.where(past_school, 1.0, value)
    graduate = (held > DEGREE_ORDER["secondary"]) & ~studying
    return np.asarray(np.where(graduate & m.enrolled[None, :], 0.0, value))


def _alternative_met(
    profiles: list[Profile | None], held: np.ndarray, years: np.ndarray, m: PostingMatrix
) -> np.ndarray:
    """Resume x posting: the resume meets what the posting accepts in place of its degree
    (scoring.alternative_met): the years asked of dated work or of research, or a bootcamp,
    with the degree the alternative needs besides."""
    kind = m.alternative[None, :]
    met = (kind == ALTERNATIVES.index("experience")) & (years >= m.alternative_years[None, :])
    if (kind == ALTERNATIVES.index("research")).any():
        found = [research_years(p) if p else None for p in profiles]
        research = np.array([-1.0 if y is None else y for y in found])[:, None]
        met |= (kind == ALTERNATIVES.index("research")) & (research >= m.alternative_years)
    if (kind == ALTERNATIVES.index("bootcamp")).any():
        bootcamp = np.array([p is not None and shows_bootcamp(p) for p in profiles])[:, None]
        met |= (kind == ALTERNATIVES.index("bootcamp")) & bootcamp
    return np.asarray(met & (held >= m.alternative_degree[None, :]))


def block_scores(resumes: Sequence[Extracted], m: PostingMatrix, options: Options) -> np.ndarray:
    """Approximate scores of a block of resumes against every posting; -inf where a document
    failed. Rounded so that ties break the same way on any machine."""
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for i, resume in enumerate(resumes):
        if isinstance(resume, Profile):
            features = resume_features(resume, options.taxonomy)
            rows.extend([i] * len(features))
            cols.extend(features)
            vals.extend(features.values())
    r = sparse.csr_matrix((vals, (rows, cols)), shape=(len(resumes), m.weights.shape[0]))
    chosen = _best_members(r @ m.members, m.choice_of, m.choices.shape[0])
    side, absent = _side_terms(resumes, m)
    scores = _without_experience((r @ m.weights + chosen @ m.choices).toarray() + side, absent, m)
    failed = np.array([not isinstance(x, Profile) for x in resumes])
    scores[failed, :] = -np.inf
    scores[:, ~m.ok] = -np.inf
    if m.starts is not None:  # a posting's best role
        scores = np.maximum.reduceat(scores, m.starts, axis=1)
    return np.round(scores, 6)


def _best_members(
    credit: sparse.spmatrix, choice_of: np.ndarray, choices: int
) -> sparse.csr_matrix:
    """Resume x choice: the best credit among each choice's members (from resume x member)."""
    found = sparse.coo_matrix(credit)
    if not found.nnz:
        return sparse.csr_matrix((credit.shape[0], choices))
    choice = choice_of[found.col]
    order = np.lexsort((found.data, choice, found.row))  # each run ends on its best member
    row, choice, value = found.row[order], choice[order], found.data[order]
    last = np.ones(len(row), dtype=bool)
    last[:-1] = (row[1:] != row[:-1]) | (choice[1:] != choice[:-1])
    return sparse.csr_matrix(
        (value[last], (row[last], choice[last])), shape=(credit.shape[0], choices)
    )


def _top_k(c: Candidates, k: int) -> Candidates:
    """The best k of each group: highest score first, then the lowest index."""
    order = np.lexsort((c.member, -c.score, c.group))
    group, member, score = c.group[order], c.member[order], c.score[order]
    if not len(group):
        return Candidates(group, member, score)
    starts = np.r_[0, np.flatnonzero(np.diff(group)) + 1]
    rank = np.arange(len(group)) - np.repeat(starts, np.diff(np.r_[starts, len(group)]))
    keep = rank < k
    return Candidates(group[keep], member[keep], score[keep])


def block_candidates(
    start: int, resumes: Sequence[Extracted], m: PostingMatrix, options: Options, spec: Prerank
) -> Candidates:
    """The best k of each group within one block of resumes (numbered from `start`)."""
    scores = block_scores(resumes, m, options)
    grid = scores.T if spec.by == "jd" else scores  # group x member
    width = grid.shape[1]
    mask = np.isfinite(grid)
    if width > spec.k:  # a cheap cut before the exact sort; ties at the cut all stay
        kth = np.partition(grid, width - spec.k, axis=1)[:, width - spec.k][:, None]
        mask &= grid >= kth
    group, member = np.nonzero(mask)
    score = grid[group, member]
    offset = (0, start) if spec.by == "jd" else (start, 0)
    return _top_k(Candidates(group + offset[0], member + offset[1], score), spec.k)


def merge(parts: Sequence[Candidates], k: int) -> Candidates:
    joined = Candidates(
        np.concatenate([p.group for p in parts] or [np.zeros(0, int)]),
        np.concatenate([p.member for p in parts] or [np.zeros(0, int)]),
        np.concatenate([p.score for p in parts] or [np.zeros(0)]),
    )
    return _top_k(joined, k)


def kept_pairs(
    pairs: Sequence[tuple[Path, Path]],
    chosen: Candidates,
    spec: Prerank,
    failed: set[tuple[str, str]],
) -> list[int]:
    """The candidates' pair indices, plus every pair with a failed document (an error row)."""
    resumes, postings = distinct(pairs)
    r_index = {p: n for n, p in enumerate(resumes)}
    p_index = {p: n for n, p in enumerate(postings)}
    groups, members = chosen.group.tolist(), chosen.member.tolist()
    if spec.by == "jd":
        groups, members = members, groups
    cells = set(zip(groups, members, strict=True))  # (resume, posting)
    return [
        i
        for i, (r, j) in enumerate(pairs)
        if (r_index[str(r)], p_index[str(j)]) in cells
        or (str(r), "resume") in failed
        or (str(j), "posting") in failed
    ]
