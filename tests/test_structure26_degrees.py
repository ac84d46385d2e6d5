"""A postgraduate diploma is one degree, not a master's and an associate degree (structure26);
a diploma of its own stays an associate degree."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "diploma",
    [
        "Post Graduate Diploma in Data Science",
        "Postgraduate Diploma in Data Science",
        "Post-Graduate Diploma in Data Science",
        "PG Diploma in Data Science",
        "P.G. Diploma in Data Science",
    ],
)
def test_structure26_postgraduate_diploma_is_one_degree(
    profile_of: ProfileOf, diploma: str
) -> None:
    text = (
        f"Ravi Kumar\n\nEducation\n{diploma}, IIIT Bangalore, 2022\n"
        "B.Tech Mechanical Engineering, VIT, 2019\n\nExperience\nData Scientist, Flipkart\n"
        "2022 - Present\n- Python, SQL\n"
    )
    levels = [degree.level for degree in profile_of(text, "resume").education.degrees]
    assert levels == ["master", "bachelor"]


@pytest.mark.parametrize(
    "diploma",
    ["Diploma in Computer Engineering, Government Polytechnic", "Diploma in Nursing"],
)
def test_structure26_other_diplomas_stay_associate(profile_of: ProfileOf, diploma: str) -> None:
    # near miss: no "post" or "PG" before the diploma
    text = f"Ravi Kumar\n\nEducation\n{diploma}, 2014\n"
    levels = [degree.level for degree in profile_of(text, "resume").education.degrees]
    assert "associate" in levels
