"""Under "Teaching Experience", an entry named by its school alone ("Springfield Community
College, Springfield, IL") is a post at that school, a job of its full time; a course named
first ("CS 229 Machine Learning, University of Kelso") stays a course taught, at half. Texts
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_CV = """Alex Rivera

Experience
Data Analyst, Acme Corp
Jan 2021 - Present
- SQL and Tableau dashboards

Teaching Experience
{entry}
Aug 2014 - Dec 2020
- Taught Intro to Statistics and Business Math, 5 sections a term
"""


@pytest.mark.parametrize(
    "entry",
    [
        "Springfield Community College, Springfield, IL",
        "Lakeside University | Chicago, IL",
        "Northfield High School - Northfield, MN",
    ],
)
def test_review_prev2_a_school_named_alone_under_teaching_is_a_post(
    profile_of: ProfileOf, entry: str
) -> None:
    experience = profile_of(_CV.format(entry=entry), "resume").experience
    assert experience.years > 11


def test_review_prev2_a_course_named_first_is_still_a_course(profile_of: ProfileOf) -> None:
    entry = "STAT 101 Introduction to Statistics, Springfield Community College"
    experience = profile_of(_CV.format(entry=entry), "resume").experience
    assert experience.years < 10


def test_review_prev2_a_high_school_under_teaching_is_a_workplace(profile_of: ProfileOf) -> None:
    text = (
        "Dana Brooks\n\nTeaching Experience\nLincoln High School, Denver, CO, Aug 2014 - Jun 2022\n"
        "- Taught AP Statistics and Algebra II\n\nExperience\nData Analyst, Acme Ltd, "
        "Jul 2022 - Present\n- SQL and Tableau reporting\n\nEducation\n"
        "BSc Mathematics, University of Denver, 2010 - 2014\n"
    )
    profile = profile_of(text, "resume")
    assert [d.level for d in profile.education.degrees] == ["bachelor"]
    assert profile.experience.years > 11


def test_review_prev2_a_high_school_under_education_stays_a_certificate(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Dana Brooks\n\nExperience\nData Analyst, Acme Ltd, Jul 2022 - Present\n- SQL\n\n"
        "Education\nLincoln High School, Denver, CO, 2006 - 2010\n"
    )
    assert [d.level for d in profile_of(text, "resume").education.degrees] == ["secondary"]
