"""A bullet of a resume's skills list that names a heading's words ("- Leadership", "- Teaching",
"- Supervision") is one of the skills, not a heading that ends the list. Texts written for these
tests."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _skills_list(item: str) -> str:
    return (
        "Kari Johnson\n\nSkills\n- Analytical Skills\n- Project Management\n"
        f"{item}\n- Scheduling\n\nExperience\nEngineer, Acme; 2018 - 2020\n"
    )


@pytest.mark.parametrize(
    "item", ["- Leadership", "- Teaching", "- Supervision", "- Outreach", "- Volunteering"]
)
def test_a_skills_bullet_named_like_a_heading_stays_in_the_list(
    profile_of: ProfileOf, item: str
) -> None:
    profile = profile_of(_skills_list(item), "resume")
    assert [section.name for section in profile.sections] == ["skills", "experience"]
    assert "scheduling" in {skill.id for skill in profile.skills}


def test_leadership_listed_among_skills_is_a_skill(profile_of: ProfileOf) -> None:
    profile = profile_of(_skills_list("- Leadership"), "resume")
    assert "leadership" in {skill.id for skill in profile.skills}


@pytest.mark.parametrize(
    "heading",
    [
        "- Volunteering:",  # a colon makes it a heading
        "- VOLUNTEERING",  # as do capitals
        "\n- Volunteering",  # as does a blank line before it
    ],
)
def test_a_marked_or_set_apart_bullet_still_heads_its_section(
    profile_of: ProfileOf, heading: str
) -> None:
    profile = profile_of(_skills_list(heading), "resume")
    assert "skills" in [section.name for section in profile.sections]
    assert len(profile.sections) == 3
