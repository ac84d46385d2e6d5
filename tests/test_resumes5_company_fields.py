"""A company named for a field on a heading line of its own ("Northwind Robotics" over
"Software Engineer", "Helix Machine Learning, Berlin" over the title and dates) says where
someone worked, not what they did; the field as the job's title ("Robotics Engineer"), as a
team's line alone ("Robotics") or in a bullet still counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _lines_of(profile: Profile, skill: str) -> list[int]:
    return [m.line for s in profile.skills if s.id == skill for m in s.mentions]


def _resume(job: str) -> str:
    return f"Lena Fischer\n\nEXPERIENCE\n\n{job}\n\nEDUCATION\nBSc Physics, TU Berlin, 2012\n"


@pytest.mark.parametrize(
    ("job", "skill"),
    [
        (
            "Northwind Robotics\nSoftware Engineer\nJan 2021 - Present\n- Built REST APIs in Go.",
            "robotics",
        ),
        (
            "Helix Machine Learning, Berlin\nData Analyst, 2017 - 2019\n- Wrote SQL reports.",
            "machine-learning",
        ),
        (
            "Software Engineer\nBlue Harbor Robotics\n2015 - 2017\n- Wrote C++ drivers.",
            "robotics",
        ),
        (
            "Acme Computer Vision | Berlin\nBackend Developer | 2013 - 2014\n- Wrote Java APIs.",
            "computer-vision",
        ),
    ],
)
def test_resumes5_a_company_named_for_a_field_gives_no_skill(
    shared_profile_of: ProfileOf, job: str, skill: str
) -> None:
    assert _lines_of(shared_profile_of(_resume(job), "resume"), skill) == []


@pytest.mark.parametrize(
    ("job", "line"),
    [
        ("Northwind Robotics\nRobotics Engineer\nJan 2021 - Present\n- Wrote Go.", 6),
        ("Software Engineer\nRobotics\n2013 - 2015\n- Wrote C++ drivers.", 6),
        ("Software Engineer, Contoso\n2013 - 2015\n- Tuned robotics grasping code.", 7),
    ],
)
def test_resumes5_the_field_as_title_team_or_deed_still_counts(
    shared_profile_of: ProfileOf, job: str, line: int
) -> None:
    assert _lines_of(shared_profile_of(_resume(job), "resume"), "robotics") == [line]
