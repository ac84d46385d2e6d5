"""Postings for public jobs (a US federal posting's fields and conditions): who may apply is a
citizenship stance, registration for Selective Service is a condition of hire, not a skill."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.work_authorization import posting_stance
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _stance(line: str) -> str | None:
    found = posting_stance(f"Data Scientist\n\nOverview\n{line}\n")
    return found.status if found else None


@pytest.mark.parametrize(
    "line",
    [
        "This job is open to: U.S. Citizens, Nationals or those who owe allegiance to the U.S.",
        "Who May Apply: US Citizens",
        "This position is open to United States citizens.",
    ],
)
def test_who_may_apply_is_citizens_only(line: str) -> None:
    assert _stance(line) == "citizens-only"


@pytest.mark.parametrize(
    "line",
    [
        "This role is open to US citizens as well as those who need sponsorship.",
        "This role is open to US citizens and visa holders alike.",
        "This role is open to US citizens and anyone authorized to work here.",
    ],
)
def test_citizens_beside_others_is_no_citizens_only_stance(line: str) -> None:
    assert _stance(line) != "citizens-only"


def test_selective_service_registration_asks_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Scientist\n\nQualifications\n- Experience with Python and SQL.\n"
        "- Males born after December 31, 1959 must be registered for Selective Service.\n",
        "posting",
    )
    asked = {req.id for req in posting.requirements}
    assert {"python", "sql"} <= asked
    assert not any("selective" in ask_id for ask_id in asked), asked
