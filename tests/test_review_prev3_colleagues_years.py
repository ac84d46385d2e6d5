"""Years of the people the hire works beside, told in a relative clause ("engineers who have
8+ years", "a founder who has 15 years"), are theirs, not asked; the people a posting hires
("looking to hire engineers with 5+ years") are asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _years(profile_of: ProfileOf, heading: str, sentence: str) -> float | None:
    text = (
        f"Machine Learning Engineer\n\n{heading}\nWe build recommender systems. {sentence}\n\n"
        "Responsibilities\n- Build ranking models in Python\n"
    )
    return profile_of(text, "posting").posting.years_required


@pytest.mark.parametrize(
    "sentence",
    [
        "You will work alongside engineers who have 8+ years of experience in search.",
        "You will partner with a founder who has 15 years of experience in retail.",
        "You will learn from mentors who bring 12+ years of ML experience.",
    ],
)
def test_review_prev3_colleagues_years_in_a_relative_clause_are_not_asked(
    profile_of: ProfileOf, sentence: str
) -> None:
    assert _years(profile_of, "Overview", sentence) is None


@pytest.mark.parametrize(
    ("heading", "sentence", "years"),
    [
        ("Requirements", "We are looking to hire engineers with 5+ years of Python.", 5.0),
        ("Requirements", "We want to hire someone who has 4+ years of Python.", 4.0),
        ("Overview", "You bring 5+ years of ML engineering experience and strong Python.", 5.0),
    ],
)
def test_review_prev3_the_people_hired_have_their_years_asked(
    profile_of: ProfileOf, heading: str, sentence: str, years: float
) -> None:
    assert _years(profile_of, heading, sentence) == years
