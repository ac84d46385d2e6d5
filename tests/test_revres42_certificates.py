"""A certificate's name wrapped over two lines under a certifications heading, as a sidebar's
narrow column breaks it (revres42): "AWS Certified" / "Solutions Architect" is one name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _resume(certificates: str) -> str:
    return (
        "Priya Shah\npriya@example.com\n\n"
        f"CERTIFICATIONS\n{certificates}\n\n"
        "EXPERIENCE\nCloud Engineer, Nimbus Systems  Jan 2020 - Present\n"
        "- Migrated services to Kubernetes\n\n"
        "EDUCATION\nBSc Computer Science, Riverside University  2015 - 2019\n"
    )


def _names(profile: Profile) -> set[str]:
    return {skill.name for skill in profile.skills}


@pytest.mark.parametrize(
    ("certificates", "name"),
    [
        ("AWS Certified\nSolutions Architect", "AWS Certified Solutions Architect"),
        ("Scrum Master\nAWS Certified\nSolutions Architect", "AWS Certified Solutions Architect"),
        (
            "Google Professional\nData Engineer\nTableau Desktop Specialist",
            "Google Cloud Professional Data Engineer",
        ),
    ],
)
def test_revres42_a_wrapped_certificate_is_one_name(
    profile_of: ProfileOf, certificates: str, name: str
) -> None:
    assert name in _names(profile_of(_resume(certificates), "resume"))


@pytest.mark.parametrize(
    "certificates",
    [
        "AWS Certified, 2021\nSolutions Architect workshop",  # a dated item ends there
        "AWS Certified Cloud Practitioner (2021)\nSolutions Architect bootcamp notes",
    ],
)
def test_revres42_a_closed_certificate_joins_no_next_line(
    profile_of: ProfileOf, certificates: str
) -> None:
    assert "AWS Certified Solutions Architect" not in _names(
        profile_of(_resume(certificates), "resume")
    )
