"""Skill words that, in their sentence, name something other than the skill: software that
communicates with software, a mentor the hire is given, the posting's mailbox, the company's
own teams, hiring and culture. Each case keeps a sentence where the same word is the skill."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def mentions(found: Profile, skill: str) -> list[str]:
    """The written mentions of a skill, in order."""
    return [m.text for hit in found.skills if hit.id == skill for m in hit.mentions]


def posting(duties: str, asks: str = "- 3+ years of Python") -> str:
    return f"Software Engineer\n\nWhat you will do\n{duties}\n\nRequirements\n{asks}\n"


@pytest.mark.parametrize(
    "duty",
    [
        "- Build a React front end communicating with our backend services.",
        "- Our services communicate over gRPC with each other.",
        "- Design the communication between microservices.",
        "- Own inter-service communication and message queues.",
        "- Write firmware that communicates with sensors via SPI.",
        "- Maintain the mobile app, which communicates with the API through GraphQL.",
        "- Implement communication protocols and the communication layer.",
    ],
)
def test_software_that_communicates_is_not_the_soft_skill(profile_of: ProfileOf, duty: str) -> None:
    found = profile_of(posting(duty, "- Strong communication skills"), "posting")
    assert mentions(found, "communication") == ["communication skills"], duty


@pytest.mark.parametrize(
    "duty",
    [
        "- Communicate with the backend team about API changes.",
        "- Communicating with customers via email and phone.",
        "- Communicate results to stakeholders and product managers.",
        "- Excellent communication with engineering teams.",
        "- You will communicate our roadmap to the sales team.",
        "- Communicate with the backend and frontend teams.",
    ],
)
def test_people_who_communicate_keep_the_soft_skill(profile_of: ProfileOf, duty: str) -> None:
    assert mentions(profile_of(posting(duty), "posting"), "communication"), duty


def test_a_resumes_software_that_communicates_is_no_evidence(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nBackend Engineer, Acme, 2020 - 2024\n"
        "- Built a Go service communicating with Kafka and PostgreSQL.\n"
        "- Communicated design trade-offs to product managers.\n"
    )
    assert mentions(profile_of(text, "resume"), "communication") == ["Communicated"]
