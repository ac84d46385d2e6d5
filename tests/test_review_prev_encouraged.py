"""The firm's own wording of an encouragement to apply: "We encourage applicants with
Kubernetes experience to apply" is a wish, as "Applicants with Kubernetes experience are
encouraged to apply" is; an ask beside an encouragement of a group stays an ask."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, listed


def _importance(profile_of: ProfileOf, item: str) -> dict[str, str]:
    profile = profile_of(listed("Python and SQL", item), doc_type="posting")
    return {r.id: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    "item",
    [
        "We encourage applicants with Kubernetes experience to apply",
        "We strongly encourage candidates who know Kubernetes to apply",
        "We encourage you to apply if you have worked with Kubernetes",
    ],
)
def test_a_skill_the_firm_encourages_to_apply_is_a_wish(profile_of: ProfileOf, item: str) -> None:
    asked = _importance(profile_of, item)
    assert asked["kubernetes"] == "preferred", asked
    assert asked["python"] == "required"


@pytest.mark.parametrize(
    "item",
    [
        "Kubernetes experience required; we encourage women to apply",
        "Kubernetes in production; we encourage everyone to apply",
        "Encourage the team to adopt Kubernetes",  # a duty, no encouragement to apply
    ],
)
def test_an_ask_beside_an_encouraged_group_stays_asked(profile_of: ProfileOf, item: str) -> None:
    assert _importance(profile_of, item)["kubernetes"] == "required"
