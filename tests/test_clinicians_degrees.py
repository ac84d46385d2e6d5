"""A master's offered beside a clinician's degree in capitals ("MS or MD degree", "MS or PA
degree in ...") is asked, as "MS or PhD degree" is; two state codes ("Offices in MS or MD")
name no degree. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _degree_required(profile_of: ProfileOf, item: str) -> str | None:
    text = f"Clinical Data Scientist\n\nRequirements\n- {item}\n- Python\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    return posting.degree_required


@pytest.mark.parametrize(
    "item",
    [
        "MS or MD degree in a quantitative field",
        "MS or PA degree in a quantitative field",
        "MS or MPH in epidemiology",
    ],
)
def test_a_masters_beside_a_clinicians_degree_is_asked(profile_of: ProfileOf, item: str) -> None:
    assert _degree_required(profile_of, item) == "master"


def test_state_codes_name_no_degree(profile_of: ProfileOf) -> None:
    assert _degree_required(profile_of, "Travel to our offices in MS or MD") is None
