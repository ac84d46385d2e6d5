"""An academic CV's supervision and mentoring: the students' dates, and the writer's own
("Supervised 3 undergraduate projects, 2018 - 2021"), fall within a post or a degree named
elsewhere and measure no job. Texts written for these tests."""

from __future__ import annotations

import pytest

from .conftest import new_doctor_cv
from .posting_helpers import ProfileOf

NAME_LINE = "Dr Ines Falkenrath\n\n"


@pytest.mark.parametrize(
    "heading",
    ["Supervision", "Student Supervision", "Students Supervised", "Research Mentoring", "Mentees"],
)
@pytest.mark.parametrize(
    "entry",
    [
        "Supervised 3 undergraduate research projects, 2018 - 2021",
        "MSc students: Priya Osei (2018 - 2020), Lin Huang (2019 - 2021)",
    ],
)
def test_students_supervised_during_a_phd_are_no_job(
    profile_of: ProfileOf, heading: str, entry: str
) -> None:
    experience = profile_of(NAME_LINE + new_doctor_cv(heading, entry), "resume").experience
    assert experience.years == 4.9
    assert [job.title for job in experience.jobs] == ["Research Scientist, Quillon Labs"]


def test_a_teaching_assistantship_under_teaching_and_supervision_is_a_students_post(
    profile_of: ProfileOf,
) -> None:
    entry = "Teaching Assistant, Machine Learning, University of Kelso, 2017 - 2020"
    text = NAME_LINE + new_doctor_cv("Teaching and Supervision", entry)
    experience = profile_of(text, doc_type="resume").experience
    assert experience.years == 6.5  # the assistantship's 3.1 years at half
    assert "Teaching Assistant, Machine Learning, University of Kelso" in {
        job.title for job in experience.jobs
    }


MENTORING_INSIDE_A_JOB = """Experience
Senior ML Engineer, Acme, Jan 2020 - Present
- Built ranking models in PyTorch.
Mentoring
- Mentored four junior engineers.
Data Scientist, Quuxware, Jan 2015 - Dec 2019
- Built churn models in Python.
"""


def test_a_mentoring_line_between_a_jobs_bullets_cuts_off_no_job(profile_of: ProfileOf) -> None:
    experience = profile_of(MENTORING_INSIDE_A_JOB, doc_type="resume").experience
    assert [r.section for r in experience.ranges] == ["experience", "experience"]
    assert experience.years == 11.9


@pytest.mark.parametrize(
    "text",
    [
        "Experience\nML Engineer, Acme, Jan 2020 - Present\n- Built models in PyTorch.\n\n"
        "Skills\nPython\nMentoring\nCommunication\n",
        "Experience\nML Engineer, Acme, Jan 2020 - Present\nMentoring\n- Mentored 3 interns.\n"
        "Data Analyst, Foo, Jan 2016 - Dec 2019\n- Wrote SQL reports.\n",
    ],
)
def test_a_bare_mentoring_line_stays_a_skill_of_a_list_or_a_job(
    profile_of: ProfileOf, text: str
) -> None:
    resume = profile_of(text, doc_type="resume")
    assert "mentoring" in {hit.id for hit in resume.skills}
    assert [s.name for s in resume.sections if s.name == "interests"] == []
