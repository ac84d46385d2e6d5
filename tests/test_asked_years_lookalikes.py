"""Look-alikes of the posting-years rules: a count that opens a sentence is asked when what
follows addresses the candidate, words of time past ask nothing, a posting for students
takes no level from the years it only prefers, the employer's own legal duty beside an
equal-opportunity statement asks nothing, and a PhD counted toward the years is counted once,
up to the years the posting grants it, and not where the posting excludes it."""

from __future__ import annotations

from functools import partial

import pytest

from mlcareer.api import Options, compare

from .posting_helpers import ProfileOf, listed
from .posting_helpers import posting_info as _posting

_listed = partial(listed, title="Data Scientist")


# A sentence opening with a count, then naming "we" or "our ...": the candidate's years when
# the rest speaks to the candidate or marks the count as a minimum
OPENING_ASKS = [
    ("With at least 4 years of Python, we expect you to own pipelines", 4.0),
    ("With 7+ years in ML, our ideal candidate leads projects", 7.0),
    ("With 5 years of experience, the team lead role is yours", 5.0),
    ("Mit 5 Jahren Erfahrung in Python, wir erwarten Eigenständigkeit", 5.0),
    ("Con 3 años de experiencia en Python, nuestro equipo te espera", 3.0),
    ("Avec 5 ans d'expérience en Python, notre équipe compte sur vous", 5.0),
]


@pytest.mark.parametrize(("item", "years"), OPENING_ASKS)
def test_an_opening_count_that_addresses_the_candidate_is_asked(
    profile_of: ProfileOf, item: str, years: float
) -> None:
    assert _posting(profile_of, _listed(item, "SQL")).years_required == years


# Time gone by: no count asked, no level hinted
TIME_PAST = [
    "Python. A couple years back we started using Spark, experience welcome",
    "Python, SQL. Five years back we moved to Spark, experience welcome",
    "Python. Several years ago we moved to the cloud",
    "Python. Many years later we still use SQL",
]


@pytest.mark.parametrize("item", TIME_PAST)
def test_time_gone_by_asks_no_years(profile_of: ProfileOf, item: str) -> None:
    posting = _posting(profile_of, _listed(item))
    assert (posting.years_required, posting.level) == (None, None)


def test_back_end_years_are_still_asked(profile_of: ProfileOf) -> None:
    assert _posting(profile_of, _listed("5 years back-end development in Go")).years_required == 5


STUDENT_POSTINGS = [
    _listed("Currently enrolled in a Bachelor's or Master's program", "Python")
    + "\nNice to have\n- 2-3 years of experience preferred\n",
    _listed("Currently pursuing a degree in statistics", "Several years of Python experience"),
]


@pytest.mark.parametrize("text", STUDENT_POSTINGS)
def test_a_posting_for_students_takes_no_level_from_wished_years(
    profile_of: ProfileOf, text: str
) -> None:
    assert _posting(profile_of, text).level is None


def test_preferred_years_still_set_the_level_of_other_postings(profile_of: ProfileOf) -> None:
    text = _listed("Python") + "\nNice to have\n- 2-3 years of experience preferred\n"
    assert _posting(profile_of, text).level == "mid"


def test_the_employers_legal_duty_beside_boilerplate_asks_nothing(profile_of: ProfileOf) -> None:
    text = _listed("Python") + (
        "\nAcme is an equal opportunity employer; we must comply with the VEVRAA and Section "
        "503 of the Rehabilitation Act; applicants with disabilities should contact HR.\n"
    )
    assert [req.id for req in profile_of(text, "posting").requirements] == ["python"]


PHD_NOT_COUNTED = [
    "5+ years of experience, not including your PhD",
    "3+ years of industry experience (PhD does not count)",
    "3+ years of industry experience; PhD years cannot count",
    "5+ years of experience, excluding PhD",
]


@pytest.mark.parametrize("item", PHD_NOT_COUNTED)
def test_a_phd_excluded_from_the_years_is_neither_counted_nor_asked(
    profile_of: ProfileOf, item: str
) -> None:
    posting = _posting(profile_of, _listed(item, "Python"))
    assert posting.years_required is not None and not posting.phd_counts
    assert posting.degree_required is None


def _resume(experience: str, phd: str = "Sep 2019 - Jun 2024") -> str:
    return (
        "Dana Roe\ndana@example.com\n\nExperience\n" + experience + "Machine Learning Engineer, "
        "Acme Corp    Nov 2025 - Nov 2026\n- Built ranking models in Python\n\nEducation\n"
        f"PhD in Computer Science, State University    {phd}\n\nSkills\nPython\n"
    )


def _experience(profile_of: ProfileOf, options: Options, resume: str, item: str) -> str:
    report = compare(profile_of(resume, "resume"), profile_of(_listed(item), "posting"), options)
    return next(c for c in report.components if c.name == "experience").detail


def test_a_phd_also_listed_as_a_job_is_counted_once(
    profile_of: ProfileOf, options: Options
) -> None:
    job = "PhD Researcher, State University    Sep 2019 - Jun 2024\n- Python research\n"
    detail = _experience(
        profile_of, options, _resume(job), "5+ years of research experience (a PhD counts)"
    )
    assert "of PhD" not in detail


def test_a_phd_counts_up_to_the_years_the_posting_grants(
    profile_of: ProfileOf, options: Options
) -> None:
    detail = _experience(
        profile_of, options, _resume(""), "5+ years of experience; a PhD counts as 2 years"
    )
    assert "1.1 + 2 of PhD" in detail
