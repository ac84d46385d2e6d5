"""An academic CV's teaching: a course listed under a teaching heading with no role named
("CS 229 Machine Learning, 2017 - 2020") was taught beside a doctorate or within a faculty
post, and counts as a teaching assistant's post does: at half its time, as teaching, not as
technical work. A role named (a lecturer's) stays a job. Texts written for these tests."""

from __future__ import annotations

import pytest

from .conftest import new_doctor_cv
from .posting_helpers import ProfileOf


@pytest.mark.parametrize(
    ("heading", "entry", "years"),
    [
        ("Teaching", "CS 229 Machine Learning, University of Kelso, 2017 - 2020", 6.5),
        (
            "Teaching Experience",
            "Introduction to Statistics (STAT 101), Fall 2017 - Spring 2020",
            6.2,
        ),
    ],
)
def test_a_course_taught_with_no_role_named_counts_as_an_assistantship(
    profile_of: ProfileOf, heading: str, entry: str, years: float
) -> None:
    text = new_doctor_cv(heading, entry)
    experience = profile_of(text, doc_type="resume").experience
    assert (experience.years, experience.relevant_years) == (years, 4.9)
    assert experience.level == "mid"  # not senior for three years of a course
    assert [(job.technical, job.why) for job in experience.jobs][-1] == (False, "teaching")


def test_a_teaching_assistants_course_reads_as_the_course_alone(profile_of: ProfileOf) -> None:
    entry = "Teaching Assistant, Machine Learning, University of Kelso, 2017 - 2020"
    assisted = profile_of(new_doctor_cv("Teaching", entry), "resume")
    course = "Machine Learning, University of Kelso, 2017 - 2020"
    taught = profile_of(new_doctor_cv("Teaching", course), "resume")
    assert assisted.experience.years == taught.experience.years == 6.5


@pytest.mark.parametrize(
    "entry",
    [
        "Lecturer in Machine Learning, University of Kelso, 2017 - 2020",
        "Adjunct Instructor, CS 229 Machine Learning, 2017 - 2020",
    ],
)
def test_a_teaching_post_with_its_role_named_stays_a_job(profile_of: ProfileOf, entry: str) -> None:
    text = new_doctor_cv("Teaching", entry)
    assert profile_of(text, doc_type="resume").experience.years == 8.0


FACULTY = """Appointments
Assistant Professor, Department of Computer Science, Tallowmere University, Aug 2016 - Present
Postdoctoral Fellow, Brackley University, Sep 2014 - Jul 2016

Teaching
CS 4780 Machine Learning, Fall 2017 - Fall 2024
CS 6785 Probabilistic Graphical Models, Spring 2018 - Spring 2023

Education
PhD in Machine Learning, Brackley University, 2014
"""


def test_a_professors_courses_add_nothing_to_the_post_they_fall_within(
    profile_of: ProfileOf,
) -> None:
    experience = profile_of(FACULTY, doc_type="resume").experience
    assert experience.years == 12.2  # Sep 2014 - Nov 2026
    assert experience.relevant_years == 12.2


def test_a_professor_of_computing_with_no_degree_listed_does_technical_work(
    profile_of: ProfileOf,
) -> None:
    text = FACULTY.split("\nEducation")[0]
    experience = profile_of(text, doc_type="resume").experience
    assert (experience.years, experience.relevant_years) == (12.2, 10.3)
    assert experience.level == "senior"
    assert experience.jobs[0].why == "research title in computing"


def test_a_professor_of_another_field_does_no_technical_work(profile_of: ProfileOf) -> None:
    text = "Appointments\nAssistant Professor of History, Tallowmere University, 2016 - 2026\n"
    [job] = profile_of(text, doc_type="resume").experience.jobs
    assert job.technical is False
