"""What the employer will teach is not asked: "We will teach you Kubernetes", "You are
encouraged to learn Kubernetes on the job", "Kubernetes can be learned on the job", as "You
will learn Kubernetes on the job" already read; nor what a candidate may never have used
("Even if you have never used Kubernetes, you are encouraged to apply"). Asking the candidate
to teach still asks."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "line",
    [
        "We will teach you Kubernetes",
        "We'll teach you Kubernetes in your first month",
        "You are encouraged to learn Kubernetes on the job",
        "You're encouraged to learn Kubernetes",
        "Kubernetes can be learned on the job",
        "Kubernetes can be learnt on the job",
        "Kubernetes will be taught on the job",
    ],
)
def test_what_the_employer_teaches_is_not_asked(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert "python" in found
    assert "kubernetes" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Ability to teach Kubernetes to other engineers",
        "You will teach Kubernetes workshops for the data team",
        "Kubernetes experience required; you will learn our data models on the job",
        "Hands-on Kubernetes, learned in production",
    ],
)
def test_teaching_asked_of_the_candidate_still_asks(profile_of: ProfileOf, line: str) -> None:
    assert "kubernetes" in asked(profile_of, listed("Python and SQL", line))


def test_what_a_candidate_may_never_have_used_is_not_asked(profile_of: ProfileOf) -> None:
    line = "Even if you have never used Kubernetes, you are encouraged to apply"
    assert "kubernetes" not in asked(profile_of, listed("Python and SQL", line))
    other_clause = "Even if you have never led a team; Kubernetes experience is required"
    found = asked(profile_of, listed("Python and SQL", other_clause))
    assert found["kubernetes"].importance == "required"
