"""Students' and academics' documents: a degree still studied for, a student's jobs, a posting
for students. Texts written for these tests (as of November 2026, conftest.AS_OF)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _only_degree(profile: Profile) -> tuple[str, bool]:
    [degree] = profile.education.degrees
    return degree.level, degree.in_progress


# The school and its dates on one line, the degree on the next: a common US layout.
SCHOOL_FIRST = """Education
University of Michigan, Ann Arbor                      {dates}
B.S.E. in Computer Science, Minor in Mathematics
GPA: 3.87/4.00
"""


@pytest.mark.parametrize("dates", ["Expected May 2027", "Aug 2023 - May 2027", "2023 - Present"])
def test_a_degree_below_its_schools_line_of_dates_to_come_is_in_progress(
    profile_of: ProfileOf, dates: str
) -> None:
    profile = profile_of(SCHOOL_FIRST.format(dates=dates), doc_type="resume")
    assert _only_degree(profile) == ("bachelor", True)
    assert profile.education.highest is None


def test_a_degree_below_its_schools_finished_dates_is_held(profile_of: ProfileOf) -> None:
    profile = profile_of(SCHOOL_FIRST.format(dates="Aug 2015 - May 2019"), doc_type="resume")
    assert _only_degree(profile) == ("bachelor", False)


def test_the_line_below_another_degree_is_that_degrees(profile_of: ProfileOf) -> None:
    text = """Education
M.S. Computer Science
Stanford University, expected June 2027
B.S. Computer Science
Ohio State University
"""
    degrees = profile_of(text, doc_type="resume").education.degrees
    assert [(d.level, d.in_progress) for d in degrees] == [("master", True), ("bachelor", False)]


@pytest.mark.parametrize(
    "line",
    [
        "Master of Science in Data Science, Columbia University   Sep 2025 - Dec 2026 (expected)",
        "Master of Science in Data Science, Columbia University   Sep 2025 - Dec 2026, expected",
    ],
)
def test_an_expected_range_ends_in_its_own_month(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Education\n{line}\n", doc_type="resume")
    assert _only_degree(profile) == ("master", True)
