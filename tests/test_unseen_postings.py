"""Posting styles the bundled postings do not show: UK academic and public-sector criteria,
European "Your tasks", agency and internship wording. Each text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _importance(profile: Profile) -> dict[str, str]:
    return {r.jd_text: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Essential criteria", "requirements"),
        ("Essential Criteria:", "requirements"),
        ("Selection criteria", "requirements"),
        ("Person specification", "requirements"),
        ("Who can apply", "requirements"),
        ("Desirable criteria", "preferred"),
        ("Your tasks", "responsibilities"),
        ("Your tasks and responsibilities", "responsibilities"),
        ("Tasks", "responsibilities"),
    ],
)
def test_criteria_and_tasks_headings(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def test_essential_and_desirable_criteria_split_required_from_preferred(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Research Associate in Computer Vision\n\n"
        "The successful candidate will build models for satellite imagery.\n\n"
        "Essential criteria\n"
        "- Strong programming skills in Python\n"
        "- Experience with Docker\n\n"
        "Desirable criteria\n"
        "- Experience with Kubernetes\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"
    assert asked["Docker"] == "required"
    assert asked["Kubernetes"] == "preferred"
