"""A master's named as a depth of work, as "PhD-level problems" is: "MBA-level thinking",
"Master's-level rigour" ask no degree; "Master's level degree", "Masters level in Data
Science" and "MBA-level study" still do."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, listed, posting_info


@pytest.mark.parametrize(
    "item",
    [
        "MBA-level thinking about pricing",
        "Master's-level rigour in experiment design",
        "MBA level business acumen",
    ],
)
def test_review_prev_a_masters_depth_of_work_asks_no_degree(
    profile_of: ProfileOf, item: str
) -> None:
    info = posting_info(profile_of, listed("Python", item))
    assert info.degree_required is None


@pytest.mark.parametrize(
    "item",
    [
        "Master's level degree in Statistics",
        "Masters level in Data Science",
        "MBA-level study in finance",
        "Master's level qualification",
    ],
)
def test_review_prev_a_masters_level_of_study_still_asks_it(
    profile_of: ProfileOf, item: str
) -> None:
    assert posting_info(profile_of, listed("Python", item)).degree_required == "master"
