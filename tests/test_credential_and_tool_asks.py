"""A membership grade before its society ("Fellow of the CAS"), game AI, and a skill named
with the tool that realises it ("Version control with Git"). Each text is written here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, analyze
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

POSTING = "Analyst\n\nRequirements\n- {line}\n- Python and SQL\n"


def _asked(profile: Profile) -> dict[str, str]:
    return {req.id: req.jd_text for req in profile.requirements}


@pytest.mark.parametrize(
    ("line", "grade"),
    [
        ("Associate or Fellow of the CAS", "fellow"),
        ("Chartered Member of the CIPD", "member"),
        ("Fellow or Associate of the Quuxian Society", "associate"),
        ("Student Member of the Zorblex Guild", "member"),
    ],
)
def test_a_membership_grade_is_no_term(profile_of: ProfileOf, line: str, grade: str) -> None:
    asked = _asked(profile_of(POSTING.format(line=line), "posting"))
    assert not any(grade in key.lower() for key in asked), asked


def test_the_society_of_a_grade_stays_asked(profile_of: ProfileOf) -> None:
    """The Casualty Actuarial Society is asked: the taxonomy knows its exams."""
    asked = _asked(profile_of(POSTING.format(line="Associate or Fellow of the CAS"), "posting"))
    assert asked.get("cas-exams") == "CAS"


@pytest.mark.parametrize(
    "line", ["Experience with game AI", "AI for NPC behaviour", "Gameplay AI programming"]
)
def test_game_ai_is_not_artificial_intelligence(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of(POSTING.format(line=line), "posting"))
    assert "game-ai" in asked
    assert "artificial-intelligence" not in asked


def test_plain_ai_is_still_artificial_intelligence(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(POSTING.format(line="Experience with AI products"), "posting"))
    assert "artificial-intelligence" in asked


@pytest.mark.parametrize(
    ("line", "tool", "skill"),
    [
        ("Version control with Git", "git", "version-control"),
        ("Version control using Git", "git", "version-control"),
        ("Git for version control", "git", "version-control"),
    ],
)
def test_a_skill_named_with_its_tool_is_one_ask(
    profile_of: ProfileOf, line: str, tool: str, skill: str
) -> None:
    asked = _asked(profile_of(POSTING.format(line=line), "posting"))
    assert tool in asked
    assert skill not in asked


def test_a_skill_beside_an_unrelated_tool_stays_asked(profile_of: ProfileOf) -> None:
    asked = _asked(profile_of(POSTING.format(line="Version control and Docker"), "posting"))
    assert {"version-control", "docker"} <= set(asked)


def test_git_meets_version_control_with_git(
    options: Options, write: Callable[[str, str], Path]
) -> None:
    resume = write(
        "resume.txt",
        "Jo Quux\nExperience\nAnalyst, Quuxcorp, Jan 2019 - Present\n"
        "- Built Python services, tracked in Git; SQL reports.\n",
    )
    posting = write("jd.txt", POSTING.format(line="Version control with Git"))
    report = analyze(resume, posting, options)
    assert not [gap.id for gap in report.missing if gap.importance == "required"]
