"""Resumes of people outside the salaried track: a freelance platform's profile pasted as a
resume (ratings, earnings, clients' feedback), a career changer's and a competitor's
headings, and a gig's client described by what it sells."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def _platform_profile(feedback: str) -> str:
    return (
        "Top Rated Plus\nJob Success 97%\n$80.00/hr\nTotal earnings $90K+\n\n"
        "Skills\nPython  PyTorch  Docker\n\n"
        "Work history\n"
        "Receipt reader with OCR\nMar 2024 - May 2024\n5.0 stars\n"
        f"{feedback}\n"
        "Fixed-price $3,000\n"
    )


@pytest.mark.parametrize(
    "feedback",
    [
        '"Great to work with and fast. Would hire again for Excel or Tableau work!"',
        "“Knows Tableau and Excel inside out, highly recommended.”",
        '"Delivered early; our Tableau reports finally make sense." - Operations lead',
        "'Superb Excel and Tableau skills, and a pleasure to work with.'",
    ],
)
def test_a_clients_quoted_feedback_names_no_skill_of_the_writer(
    profile_of: ProfileOf, feedback: str
) -> None:
    resume = profile_of(_platform_profile(feedback), "resume")
    assert _skill_ids(resume) & {"excel", "tableau"} == set()
    assert {"python", "pytorch", "docker", "ocr"} <= _skill_ids(resume)


@pytest.mark.parametrize(
    "line",
    [
        '- Wrote "Tableau for Teachers", a guide used in 40 schools',
        'Built the "Excel to SQL" migration kit for the finance team',
        '"Tableau"',
    ],
)
def test_a_quoted_title_inside_the_writers_own_line_still_counts(
    profile_of: ProfileOf, line: str
) -> None:
    resume = profile_of(f"EXPERIENCE\nData Analyst, Pinecrest, 2020 - 2023\n{line}\n", "resume")
    assert _skill_ids(resume) & {"excel", "tableau"}


@pytest.mark.parametrize(
    ("line", "product"),
    [
        ("Image classifier for a Kubernetes monitoring startup", "kubernetes"),
        ("- Churn model for an AWS consultancy, in Python", "aws"),
    ],
)
def test_a_client_named_by_what_it_sells_is_no_tool_used(
    profile_of: ProfileOf, line: str, product: str
) -> None:
    resume = profile_of(f"Work history\n{line}\nJan 2024 - Mar 2024\n", "resume")
    assert product not in _skill_ids(resume)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Moved services to Kubernetes for a retail startup", "kubernetes"),
        ("- Built a Kubernetes operator for a logistics company", "kubernetes"),
        ("Image models for a computer vision startup", "computer-vision"),
        ("- Set up Docker for a team of five", "docker"),
    ],
)
def test_a_tool_used_for_a_client_or_a_field_named_still_counts(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    resume = profile_of(f"Work history\n{line}\nJan 2024 - Mar 2024\n", "resume")
    assert skill in _skill_ids(resume)
