"""Plain variants of the previous session's posting rules: a skill "given priority" is a wish,
as one "given preference" is; training the employer provides in a skill asks nothing, as
"Kafka training provided" already read."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "item",
    [
        "Priority will be given to candidates with Kafka experience",
        "Those with Kafka experience will be given priority",
        "Candidates with Kafka knowledge shall get priority.",
    ],
)
def test_review_prev_a_skill_given_priority_is_preferred(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert {key: req.importance for key, req in found.items()} == {
        "python": "required",
        "kafka": "preferred",
    }


@pytest.mark.parametrize(
    "item",
    [
        "Kafka experience is a top priority for this role",
        "Prioritize Kafka consumer lag alerts over other pages",
        "Experience with Kafka; incidents are given priority by severity",
    ],
)
def test_review_prev_priority_of_work_still_asks(profile_of: ProfileOf, item: str) -> None:
    assert asked(profile_of, listed("Python", item))["kafka"].importance == "required"


@pytest.mark.parametrize(
    "item",
    [
        "Training in Kubernetes will be provided",
        "Full training on Kubernetes provided",
        "We provide training in Kubernetes for all new starters",
        "Kubernetes training will be provided",
    ],
)
def test_review_prev_training_provided_in_a_skill_asks_nothing(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python and SQL", item))
    assert "python" in found
    assert "kubernetes" not in found


@pytest.mark.parametrize(
    "item",
    [
        "You will provide training in Kubernetes to other teams",
        "Experience providing training on Kubernetes",
        "Kubernetes experience; training in our tools will be provided",
    ],
)
def test_review_prev_training_given_by_the_candidate_still_asks(
    profile_of: ProfileOf, item: str
) -> None:
    assert "kubernetes" in asked(profile_of, listed("Python and SQL", item))


@pytest.mark.parametrize(
    "line",
    [
        "Monthly team-building lunches",
        "Team building dinners and parties",
        "Annual team-building budget",
        "Team building socials every Friday",
    ],
)
def test_review_prev_more_team_building_perks_ask_nothing(profile_of: ProfileOf, line: str) -> None:
    assert set(asked(profile_of, listed("Python and SQL", line))) == {"python", "sql"}


def test_review_prev_team_building_with_a_party_of_skills_still_asked(
    profile_of: ProfileOf,
) -> None:
    found = asked(profile_of, listed("Python and SQL", "Team building, lunch-and-learn talks"))
    assert "team-management" in found
