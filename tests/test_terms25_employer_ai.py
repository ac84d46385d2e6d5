"""terms25: a company named "<Name> AI" on a job's heading ("Acme AI | Boston, MA") is where
someone worked, not the skill AI; a field ending in AI on the heading, and AI in a bullet,
still count. Small resumes written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

AI = "artificial-intelligence"


def _skills(
    profile_of: ProfileOf, heading: str, bullet: str = "Built churn models in Python"
) -> set[str]:
    text = f"Jane Roe\njane@example.com\n\nExperience\n{heading}\n- {bullet}\n"
    return {hit.id for hit in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "heading",
    [
        "Data Scientist\nAcme AI | Boston, MA\nJan 2020 - Dec 2023",
        "Acme AI | Boston, MA\nData Scientist, Jan 2020 - Dec 2023",
        "Data Scientist, Northwind AI, 2020 - 2023",
    ],
)
def test_terms25_a_firm_named_ai_is_no_skill(profile_of: ProfileOf, heading: str) -> None:
    found = _skills(profile_of, heading)
    assert AI not in found
    assert "python" in found


@pytest.mark.parametrize(
    "heading",
    [
        "Research Scientist, Clinical AI, Acme Corp, 2020 - 2023",
        "ML Engineer, Applied AI | Boston, MA | 2020 - 2023",
    ],
)
def test_terms25_a_field_named_ai_on_a_heading_stays(profile_of: ProfileOf, heading: str) -> None:
    assert AI in _skills(profile_of, heading)


def test_terms25_ai_in_a_bullet_under_a_firm_named_ai_stays(profile_of: ProfileOf) -> None:
    heading = "Data Scientist\nAcme AI | Boston, MA\nJan 2020 - Dec 2023"
    assert AI in _skills(profile_of, heading, "Shipped AI features for clinics")
