"""An acronym written capitalised after a claim ("Proficient with Rest"): in a list, every
other item is a technical name in its own case; alone, the skill's guard asks no context
words (the taxonomy's word or name: "Clip", "Carla") and the resume is technical."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_STACK = "- Shipped services in Python, Docker and Kubernetes."


def _resume(job: str, bullet: str, other: str) -> str:
    return (
        f"Dana Holt\n\nEXPERIENCE\n\n{job}, Northwind, 2018 - 2022\n{bullet}\n{other}\n\n"
        "EDUCATION\nBSc Geology, Ridge College, 2014\n"
    )


def _skills(profile: Profile) -> set[str]:
    return {s.id for s in profile.skills}


@pytest.mark.parametrize(
    ("bullet", "skill"),
    [
        ("- Experience with Carla, Sam and the platform team.", "carla"),
        ("- Familiar with Lime, Doors", "lime"),
        ("- Comfortable with Clip.", "clip"),
        ("- Familiar with Rest and Sap", "rest-api"),
        ("- Experienced with Rest, Flask and the ops crew", "rest-api"),
        ("- Proficient with Rest and Sleep", "rest-api"),
    ],
)
def test_fixacro41_a_claim_beside_no_named_skills_reads_no_acronym(
    shared_profile_of: ProfileOf, bullet: str, skill: str
) -> None:
    text = _resume("Backend Developer", bullet, _STACK)
    assert skill not in _skills(shared_profile_of(text, "resume"))


def test_fixacro41_a_care_resume_reads_no_rest_beside_a_capitalised_sap(
    shared_profile_of: ProfileOf,
) -> None:
    text = _resume(
        "Care Assistant", "- Familiar with Rest and Sap", "- Helped residents wash and dress."
    )
    assert "rest-api" not in _skills(shared_profile_of(text, "resume"))


@pytest.mark.parametrize(
    "bullet",
    [
        "- Familiar with Rest, GraphQL and SOAP.",
        "- Experienced with Rest (4 years)",
        "- Knowledge of Rest; built two gateways",
    ],
)
def test_fixacro41_a_claim_beside_named_skills_or_a_note_still_reads_rest(
    shared_profile_of: ProfileOf, bullet: str
) -> None:
    text = _resume("Backend Developer", bullet, _STACK)
    assert "rest-api" in _skills(shared_profile_of(text, "resume"))
