"""A recruiter's own resume saying what they recruit ("I am currently recruiting data
engineers", "Now recruiting for 12 client teams") shows Recruiting; a posting's employer
hiring ("We are currently recruiting a Data Engineer") still asks none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "bullet",
    [
        "- I am currently recruiting data engineers for AI startups",
        "- Now recruiting for 12 client teams across London",
    ],
)
def test_review_prev3_a_recruiters_own_recruiting_is_a_skill(
    profile_of: ProfileOf, bullet: str
) -> None:
    resume = f"Kim Lee\n\nExperience\nTechnical Recruiter, Hays\n2020 - Present\n{bullet}\n"
    assert "recruiting" in {hit.id for hit in profile_of(resume, "resume").skills}


@pytest.mark.parametrize(
    "sentence",
    [
        "We are currently recruiting a Data Engineer to join our team.",
        "We're currently recruiting a Data Engineer to join our team.",
        "Acme is now recruiting a Data Engineer to join its team.",
        "We're recruiting a Data Engineer to join our team.",
        "Now recruiting: Data Engineer.",
    ],
)
def test_review_prev3_an_employer_hiring_asks_no_recruiting(
    profile_of: ProfileOf, sentence: str
) -> None:
    posting = f"Data Engineer\n\n{sentence}\n\nRequirements\n- 3+ years of Python\n"
    assert "recruiting" not in {req.id for req in profile_of(posting, "posting").requirements}
