"""Misreadings earlier sessions left alone, third pass: each pinned by small texts written
here, with a near miss that must keep its reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _posting(body: str) -> str:
    return f"Machine Learning Engineer\n\nRequirements\n- 3+ years of Python\n{body}"


def _resume(bullet: str) -> str:
    return f"Dana Grey\n\nExperience\nData Scientist, Acme Health, 2019 - 2023\n- {bullet}\n"


# 1. "MS" the disease is not a master's degree


@pytest.mark.parametrize(
    ("line", "required", "preferred"),
    [
        ("- Experience with patients with MS is a plus\n", None, None),
        ("- Work with people living with MS, a plus\n", None, None),
        ("- Research with adults diagnosed with MS preferred\n", None, None),
        # near misses: a degree still
        ("- Candidates with MS preferred\n", None, "master"),
        ("- Applicants with an MS in Statistics preferred\n", None, "master"),
    ],
)
def test_ms_the_disease_is_no_degree_a_posting_asks(
    profile_of: ProfileOf, line: str, required: str | None, preferred: str | None
) -> None:
    posting = profile_of(_posting(line), "posting").posting
    assert posting is not None
    assert (posting.degree_required, posting.degree_preferred) == (required, preferred)


@pytest.mark.parametrize(
    ("bullet", "highest"),
    [
        ("Built models predicting relapse in patients with MS, 2019 - 2023", None),
        ("Analysed MRI of people with MS (n=300)", None),
        # near miss: a degree held
        ("Joined after finishing an MS in Statistics, 2019", "master"),
    ],
)
def test_ms_the_disease_is_no_degree_a_resume_holds(
    profile_of: ProfileOf, bullet: str, highest: str | None
) -> None:
    assert profile_of(_resume(bullet), "resume").education.highest == highest


# 2. "Design" before a known skill is what to do with it, not a term asked


def _ids(profile: Profile) -> set[str]:
    return {req.id for req in profile.requirements}


@pytest.mark.parametrize(
    "line",
    [
        "- Design Kafka pipelines for streaming events\n",
        "- Design and build Airflow DAGs\n",
        "- Design RAG systems for support search\n",
        "Design Kafka pipelines.\n",
    ],
)
def test_design_before_a_known_skill_is_no_term(profile_of: ProfileOf, line: str) -> None:
    ids = _ids(profile_of(_posting(line), "posting"))
    assert "term:design" not in ids
    assert ids & {"kafka", "airflow", "retrieval-augmented-generation"}


@pytest.mark.parametrize(
    "line",
    [
        "- Design\n",  # the thing asked, alone
        "- Design and prototyping\n",
        "- Design, prototyping and user research\n",
    ],
)
def test_design_named_as_the_thing_asked_stays(profile_of: ProfileOf, line: str) -> None:
    assert "term:design" in _ids(profile_of(_posting(line), "posting"))


# 3. Testing, CI and code review are software-engineering practice, in part


ENGINEER = """Dana Grey

Experience
Machine Learning Engineer, Acme, Jan 2018 - Present
- Built Python services for model serving
- {practice}
"""
SOFTWARE_POSTING = _posting("- 3+ years of software engineering experience\n")


@pytest.mark.parametrize(
    ("practice", "status"),
    [
        ("Wrote unit tests for every service", "related"),
        ("Set up CI/CD for the model services", "related"),
        ("Ran code review for the team", "related"),
        ("Followed software engineering best practices", "matched"),
        # near miss: nothing of the practice shown
        ("Trained gradient-boosted models on sales data", "missing"),
    ],
)
def test_software_practice_partly_meets_software_engineering(
    profile_of: ProfileOf, options: Options, practice: str, status: str
) -> None:
    report = compare(
        profile_of(ENGINEER.format(practice=practice), "resume"),
        profile_of(SOFTWARE_POSTING, "posting"),
        options,
    )
    verdicts = {m.id: m.status for m in report.matched + report.missing}
    assert verdicts["software-engineering-fundamentals"] == status
