"""Level evidence after review (fixres42): a course taught, counted at half its time, is
told as a course, without the level its brackets name."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

CV = (
    "Dr Lina Sorel\n\nAcademic Appointments\n"
    "Assistant Professor, Dept. of CS, State University, 2020 - Present\n\n"
    "Teaching\nCS 589 Machine Learning (graduate), Fall 2022\n"
    "CS 189 Intro to AI (undergraduate), Spring 2023\n"
)


def test_fixres42_a_course_taught_is_no_graduates_student_post(profile_of: ProfileOf) -> None:
    evidence = profile_of(CV, "resume").experience.level_evidence
    assert not [note for note in evidence if "graduate" in note or "student post" in note]
    assert "course taught, counted at half its time: CS 589 Machine Learning" in evidence
