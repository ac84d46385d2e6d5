"""Postings written to make the day's reading rules misfire: a closing paragraph that still
asks, a label that opens a sentence, a title that names skills. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, SkillMatch
from mlcareer.scoring import REQUIRED_FACTOR, _skills_component, named_in_title

ProfileOf = Callable[..., Profile]


def _importance(profile: Profile) -> dict[str, str]:
    return {r.jd_text: r.importance for r in profile.requirements}


def test_a_list_opened_by_if_this_sounds_like_you_is_read(profile_of: ProfileOf) -> None:
    text = (
        "Machine Learning Engineer\n\n"
        "Requirements\n- Python\n- SQL\n\n"
        "If this sounds like you, you'll also need:\n- Kubernetes\n- Terraform\n\n"
        "Please apply via our careers page.\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["Kubernetes"] == "required"
    assert asked["Terraform"] == "required"


@pytest.mark.parametrize(
    ("closing", "skill", "importance"),
    [
        ("Please apply only if you have 3+ years of experience with Spark.", "Spark", "required"),
        ("Interested? You should have strong experience with Snowflake.", "Snowflake", "required"),
        ("We look forward to hearing from you. Kafka is a plus.", "Kafka", "preferred"),
    ],
)
def test_a_closing_paragraph_that_asks_still_asks(
    profile_of: ProfileOf, closing: str, skill: str, importance: str
) -> None:
    text = f"Data Scientist\n\nRequirements\n- Python\n\n{closing}\n"
    profile = profile_of(text, doc_type="posting")
    asked = _importance(profile)
    assert asked["Python"] == "required"
    assert asked[skill] == importance


def test_years_asked_in_a_closing_paragraph_are_the_postings(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\n\nRequirements\n- Python\n\n"
        "Please apply only if you have at least 4 years of experience with Spark.\n"
    )
    assert profile_of(text, doc_type="posting").posting.years_required == 4.0


@pytest.mark.parametrize(
    "heading", ["Our hiring process", "Interview process:", "HIRING PROCESS", "Next steps"]
)
def test_the_steps_of_hiring_ask_for_nothing(profile_of: ProfileOf, heading: str) -> None:
    text = (
        "ML Engineer\n\nRequirements\n- Python\n- Docker\n\n"
        f"{heading}\n"
        "1. Intro call with our recruiter\n"
        "2. Take-home task with Pandas and SQL\n"
        "3. System design interview with the CTO\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked == {"Python": "required", "Docker": "required"}


def _required(name: str) -> SkillMatch:
    return SkillMatch(
        id=name.lower(),
        name=name,
        importance="required",
        jd_text=name,
        status="missing",
        credit=0.0,
    )


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Python Software Foundation", False),  # a company's name on the first line
        ("Python", False),
        ("Senior Python Developer", True),
        ("Python Tech Lead", True),
    ],
)
def test_only_a_title_that_names_a_role_weighs_its_skills(title: str, named: bool) -> None:
    assert named_in_title(_required("Python"), title) is named


def test_skills_in_the_title_count_in_the_plural() -> None:
    matches = [_required("Python"), _required("Docker"), _required("SQL")]
    part = _skills_component(
        "required skills", 1.0, matches, REQUIRED_FACTOR, "Python/Docker Developer"
    )
    assert part is not None
    assert part.detail.endswith("Python, Docker in the title count 2x")
