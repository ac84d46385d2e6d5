"""Resume and posting wording from domains the bundled data covers little (pharma, energy,
legal, logistics, insurance, public sector, games). Each text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _importance(profile: Profile) -> dict[str, str]:
    return {r.jd_text: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    ("heading", "name"), [("Essential", "requirements"), ("Essentials:", "requirements")]
)
def test_bare_essential_heading_opens_requirements(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def test_essential_and_desirable_headings_split_required_from_preferred(
    profile_of: ProfileOf,
) -> None:
    text = (
        "ML Engineer, Parcel Routing\n\n"
        "Essential\n"
        "- Python and PostgreSQL\n"
        "- Experience with Kafka\n\n"
        "Desirable\n"
        "- Terraform\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"
    assert asked["Kafka"] == "required"
    assert asked["Terraform"] == "preferred"

