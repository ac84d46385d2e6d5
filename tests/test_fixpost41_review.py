"""Review faults in the posting rules: the company's own voice drops only what the company
says of itself, never what it asks of the hire."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def required(found: Profile) -> dict[str, str]:
    """The posting's requirements by id, with their importance."""
    return {req.id: req.importance for req in found.requirements}


@pytest.mark.parametrize(
    ("prose", "skill"),
    [
        ("We are after a strong NLP engineer.", "natural-language-processing"),
        ("We look for solid statistics skills.", "statistics"),
        ("Our team demands rigorous A/B testing.", "ab-testing"),
        ("We count on strong communication skills.", "communication"),
        ("We are excited to meet engineers strong in computer vision.", "computer-vision"),
        ("We rate patience and problem-solving as key skills.", "problem-solving"),
        ("Our engineers are strong in information retrieval.", "information-retrieval"),
        ("We're a crew that lives and breathes statistics.", "statistics"),
        # a job's title is no firm
        ("The Data Scientist works on NLP models for search.", "natural-language-processing"),
    ],
)
def test_a_company_sentence_about_the_hire_keeps_its_skill(
    profile_of: ProfileOf, prose: str, skill: str
) -> None:
    found = profile_of(f"Data Scientist\n\n{prose}\n", "posting")
    assert skill in required(found), prose


def test_unheaded_prose_of_the_team_and_its_people_asks(profile_of: ProfileOf) -> None:
    text = (
        "Machine Learning Engineer\n\n"
        "Our team builds ranking models with deep learning, and we are after people who "
        "have shipped them.\n"
    )
    assert "deep-learning" in required(profile_of(text, "posting"))


def test_the_company_describing_itself_still_names_no_skill(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nOur lab has worked on speech recognition since 2019.\n\n"
    text += "Requirements\n- Python\n"
    assert "speech-recognition" not in required(profile_of(text, "posting"))
