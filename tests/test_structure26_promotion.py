"""A promotion told in a job's bullet names the later title at the same employer (structure26):
"- Promoted to Senior Data Scientist (2022 - Present)" reads "Senior Data Scientist"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "bullet",
    [
        "• Promoted to Senior Data Scientist (2022 - Present)",
        "- Promoted to Senior Data Scientist, Mar 2022 - Present",
        "- Promotion to Senior Data Scientist: 2022 - Present",
    ],
)
def test_structure26_promotion_bullet_names_the_later_title(
    profile_of: ProfileOf, bullet: str
) -> None:
    text = (
        "Sara Lind\n\nExperience\nAcme Analytics — Data Scientist\nJan 2019 - Present\n"
        f"- Built churn models in Python.\n{bullet}\n\nEducation\nM.Sc. Statistics, 2018\n"
    )
    experience = profile_of(text, "resume").experience
    # newest first: the promotion's title is the newer of the two ending now (dates41)
    assert experience.titles == ["Senior Data Scientist", "Acme Analytics — Data Scientist"]
    assert experience.years == pytest.approx(7.9, abs=0.1)  # one employer's time, once


def test_structure26_promoted_word_inside_a_title_stays(profile_of: ProfileOf) -> None:
    # near miss: a title that merely holds the word keeps it
    text = (
        "Sara Lind\n\nExperience\nPromotions Analyst, Acme Retail\nJan 2019 - Present\n"
        "- Priced promoted products in SQL.\n"
    )
    assert profile_of(text, "resume").experience.titles == ["Promotions Analyst, Acme Retail"]
