"""Ranking many resumes for one posting: resumes of the posting's kind of work score above
others, whatever their layout. Every text here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

# The flattened layout of resumes scraped from job sites: one long line, skills with the months
# of use beside them, companies without dates
FLATTENED_WELDER = (
    "Skills * MIG welding * TIG welding * Blueprint reading Education Details January 2009 to "
    "January 2011 Diploma Welding Technology Lakeside Polytechnic Welder Welder - Ironbridge "
    "Fabrication Skill Details MIG welding- Exprience - 54 months TIG welding- Exprience - "
    "30 months Company Details company - Ironbridge Fabrication description - Welded steel "
    "frames for trailers and repaired farm equipment."
)


def test_a_flattened_resume_states_its_years_beside_its_skills(profile_of: ProfileOf) -> None:
    experience = profile_of(FLATTENED_WELDER, doc_type="resume").experience
    assert experience.years == 4.5  # the longest: 54 months of MIG welding
    assert experience.level == "mid"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Summary\nTotal experience: 6 years in retail banking.\n", 6.0),
        ("Skills\nExcel - Experience - 18 months\nSAP - Experience - 999 months\n", 1.5),
        ("Skills\nPayroll- Exprience - Less than 1 year months\n", 0.0),
    ],
)
def test_stated_durations_stand_for_undated_work(
    profile_of: ProfileOf, text: str, years: float
) -> None:
    assert profile_of(text, doc_type="resume").experience.years == years


def test_dated_work_wins_over_stated_durations(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nStore Manager, Brightmart\nJan 2020 - Dec 2021\n"
        "Skills\nInventory - Exprience - 120 months\n"
    )
    assert profile_of(text, doc_type="resume").experience.years == 2.0
