"""Plain variants of "Even if you have never used Kubernetes, apply": a candidate without the
skill is told to apply ("Even if you don't have Kubernetes experience", "Even if you haven't
used Kubernetes", "Even if you lack ...", "Don't worry if you have never used ..."), so the
skill is not asked."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "item",
    [
        "Even if you don't have Kubernetes experience, we encourage you to apply",
        "Even if you do not have Kubernetes experience, apply",
        "Even if you haven't used Kubernetes before, apply",
        "Even if you have no Kubernetes experience, apply",
        "Even if you lack Kubernetes experience, apply anyway",
        "Don't worry if you have never used Kubernetes",
    ],
)
def test_review_prev_a_skill_a_candidate_may_lack_is_not_asked(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python and SQL", item))
    assert "python" in found
    assert "kubernetes" not in found
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(
    "item",
    [
        "Even if you know Kubernetes well, Go is required",
        "If you don't have Kubernetes experience, this is not the role for you",
        "Even if you lack a degree; Kubernetes experience is required",
        "Don't worry about on-call; Kubernetes experience is required",
    ],
)
def test_review_prev_a_skill_asked_beside_even_if_still_asks(
    profile_of: ProfileOf, item: str
) -> None:
    assert "kubernetes" in asked(profile_of, listed("Python and SQL", item))
