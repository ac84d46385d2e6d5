"""Concrete, specific changes to the resume, in the posting's own words."""

from __future__ import annotations

import re

from .models import DEGREE_ORDER, PostingInfo, Profile, SkillMatch, Suggestion
from .number import other_number

MAX_SUGGESTIONS = 12
PREFIX = 6  # words sharing their first six letters are one word inflected ("detect-or/-ion")


def _skill_suggestions(matches: list[SkillMatch], resume: Profile) -> list[Suggestion]:
    out: list[Suggestion] = []
    for m in matches:
        if m.status == "missing" and m.importance == "required":
            out.append(
                Suggestion(
                    kind="add-required",
                    message=(
                        f'The posting requires {m.name} ("{m.jd_text}"). If you have used it, '
                        "add it to an experience bullet that says what you did with it."
                    ),
                )
            )
    for m in matches:
        if m.status in ("implied", "related") and m.via is None:  # shown, for too short a time
            out.append(
                Suggestion(
                    kind="years",
                    message=(
                        f'The posting asks for more time with {m.name} ("{m.jd_text}") than '
                        f"your dated roles show ({m.detail}): name it in every role where you "
                        "used it."
                    ),
                )
            )
        elif m.status in ("implied", "related"):
            verb = "implies" if m.status == "implied" else "is close to"
            out.append(
                Suggestion(
                    kind="name-it",
                    message=(
                        f"Name {m.name} explicitly: your resume lists {m.via}, which {verb} it, "
                        f'but the posting asks for "{m.jd_text}".'
                    ),
                )
            )
    for m in matches:
        if m.status != "matched" or not m.known or not m.evidence:
            continue
        hit = next((h for h in resume.skills if h.id == m.id), None)
        if hit is None:
            continue
        used = {mention.text.lower() for mention in hit.mentions}
        worded = m.jd_text.lower() in used or _same_word(m.jd_text, used)
        if not worded and not m.one_of:  # a choice's wording ("Kubeflow or Airflow") is no term
            wording = sorted(used)[0]
            out.append(
                Suggestion(
                    kind="use-their-term",
                    message=(
                        f'Use the posting\'s term "{m.jd_text}" where your resume says "{wording}".'
                    ),
                )
            )
        if all(e.section in ("skills", None, "summary") for e in m.evidence) and any(
            s.name == "experience" for s in resume.sections
        ):
            out.append(
                Suggestion(
                    kind="show-in-experience",
                    message=(
                        f"{m.name} appears only in your skills or summary: show it in an "
                        "experience bullet with a result."
                    ),
                )
            )
    for m in matches:
        if m.status == "missing" and m.importance == "preferred":
            out.append(
                Suggestion(
                    kind="add-preferred",
                    message=(
                        f'Nice to have: {m.name} ("{m.jd_text}"). Mention it if you have any '
                        "exposure to it."
                    ),
                )
            )
    return out


def _same_word(term: str, used: set[str]) -> bool:
    """The same words but for inflection or a qualifier ("object detectors" and "object
    detection", "excellent communication" and "communication"): a reader and a keyword scan
    see them already, so there is nothing to change."""
    return any(_words_meet(term, other) for other in used)


def _words_meet(a: str, b: str) -> bool:
    short, long = sorted((re.findall(r"[a-z0-9+#]+", x.lower()) for x in (a, b)), key=len)
    return bool(short) and all(any(_one_word(w, v) for v in long) for w in short)


def _one_word(w: str, v: str) -> bool:
    """The same word inflected ("detector", "detection") or in the other number ("LLM",
    "LLMs"; "A/B test", "A/B tests")."""
    same_start = w[:PREFIX] == v[:PREFIX] and (len(w) >= PREFIX or w == v)
    return same_start or other_number(w) == v or other_number(v) == w


def _profile_suggestions(resume: Profile, info: PostingInfo) -> list[Suggestion]:
    out: list[Suggestion] = []
    years = resume.experience.years
    if info.years_required and years < info.years_required:
        out.append(
            Suggestion(
                kind="experience",
                message=(
                    f"The posting asks for {info.years_required:g}+ years; the resume's dated "
                    f"roles add up to {years:g}. Give every role a start and end date "
                    "(internships and research count when relevant)."
                ),
            )
        )
    have = resume.education.highest
    asked = info.degree_required
    if asked and (have is None or DEGREE_ORDER[have] < DEGREE_ORDER[asked]):
        shown: str = have or "no degree"
        if pending := resume.education.in_progress_above():
            shown += f" ({pending} in progress)"
        out.append(
            Suggestion(
                kind="education",
                message=(
                    f"The posting asks for a {asked} degree and the resume shows {shown}: "
                    "state your degree, field and school in an Education section."
                ),
            )
        )
    return out


def suggestions(matches: list[SkillMatch], resume: Profile, info: PostingInfo) -> list[Suggestion]:
    return (_skill_suggestions(matches, resume) + _profile_suggestions(resume, info))[
        :MAX_SUGGESTIONS
    ]
