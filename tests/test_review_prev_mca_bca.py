""" "MCA" and "BCA" that name no degree: a Microsoft certification ("Microsoft MCA
certification"), Singapore's Building and Construction Authority ("BCA Green Mark",
"BCA-registered contractor") and the UK's Mental Capacity Act ("MCA (Mental Capacity Act)").
India's "MCA", "BCA" and "MCA (Master of Computer Applications)" are still degrees."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, listed, posting_info


@pytest.mark.parametrize(
    "item",
    [
        "Microsoft MCA certification is a plus",
        "Knowledge of BCA Green Mark requirements",
        "BCA-registered contractor experience",
        "Familiarity with the MCA (Mental Capacity Act) 2005",
        "BCA certified site supervisor",
    ],
)
def test_review_prev_mca_and_bca_that_name_no_degree(profile_of: ProfileOf, item: str) -> None:
    info = posting_info(profile_of, listed("Python", item))
    assert (info.degree_required, info.degree_preferred) == (None, None)


@pytest.mark.parametrize(
    ("item", "level"),
    [
        ("MCA or BCA graduates", "bachelor"),
        ("MCA (Master of Computer Applications)", "master"),
        ("BCA (Bachelor of Computer Applications) or B.Tech", "bachelor"),
        ("MCA in Computer Applications", "master"),
        ("MCA from a recognised university", "master"),
    ],
)
def test_review_prev_indian_mca_and_bca_are_degrees(
    profile_of: ProfileOf, item: str, level: str
) -> None:
    assert posting_info(profile_of, listed("Python", item)).degree_required == level
