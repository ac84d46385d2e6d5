"""A British posting's "A/L" is annual leave ("28 days A/L plus bank holidays", "A/L
entitlement: 25 days"), not Sri Lanka's G.C.E. Advanced Level: it asks no school certificate."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, posting_info


@pytest.mark.parametrize(
    "text",
    [
        "Care Assistant\n\nRequirements\n- Care experience\n\nBenefits\n"
        "- 28 days A/L plus bank holidays\n",
        "Support Worker\n\nRequirements\n- Full UK driving licence\n"
        "- A/L entitlement: 25 days rising with service\n",
        "Staff Nurse\nSalary £30,000, 27 days A/L, NHS pension\nRequirements: RGN registration\n",
        "Support Worker\n\nRequirements\n- Full UK driving licence\n- A/L: 25 days\n",
    ],
)
def test_review_prev_annual_leave_asks_no_school(profile_of: ProfileOf, text: str) -> None:
    info = posting_info(profile_of, text)
    assert info.degree_required is None
    assert not profile_of(text, "posting").education.degrees


@pytest.mark.parametrize(
    "item",
    ["G.C.E. A/L with 3 passes", "A/L or O/L results required", "A/L: Physical Science stream"],
)
def test_review_prev_advanced_level_still_asks_school(profile_of: ProfileOf, item: str) -> None:
    text = f"Junior Developer\n\nRequirements\n- {item}\n- Python\n"
    assert posting_info(profile_of, text).degree_required == "secondary"


def test_review_prev_a_resumes_advanced_level_is_school(profile_of: ProfileOf) -> None:
    text = (
        "Nimal Perera\nColombo\n\nEducation\nA/L 2017, Royal College, 3 A passes\n\n"
        "Experience\nIntern, WSO2, Jul 2021 - Dec 2021\n"
    )
    degrees = profile_of(text, "resume").education.degrees
    assert [degree.level for degree in degrees] == ["secondary"]
