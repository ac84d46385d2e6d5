"""Postings3: a startup's posting written as one friendly stream: the company's "tiny team
building an AI copilot" is a team that builds, not team building (managing people)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "sentence",
    [
        "We're Pebblewise, a tiny team building an AI copilot for accounting firms.",
        "We are a small team building the data platform for independent bookshops.",
        "Join a remote team building tools for rural clinics.",
    ],
)
def test_a_team_building_something_is_no_team_management(
    sentence: str, profile_of: ProfileOf
) -> None:
    text = f"# Founding ML Engineer\n\n{sentence}\n\nYou've shipped models with Python.\n"
    profile = profile_of(text, doc_type="posting")
    assert "team-management" not in {r.id for r in profile.requirements}


@pytest.mark.parametrize(
    "line",
    [
        "- Strong team building and coaching skills",
        "- Team building, hiring and performance reviews",
    ],
)
def test_team_building_as_a_skill_stays_team_management(line: str, profile_of: ProfileOf) -> None:
    text = f"Engineering Manager\n\nRequirements\n{line}\n- Python\n"
    profile = profile_of(text, doc_type="posting")
    assert "team-management" in {r.id for r in profile.requirements}
