"""A new graduate whose only jobs were internships: the degree is held, so the resume reads as
entry level (what "Freshers" and "new grad" postings ask), not as an intern's; a student still
studying for a degree stays an intern."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

INTERNSHIP = (
    "INTERNSHIP\nMachine Learning Intern, Tata Consultancy Services, Pune   May 2025 - Jul 2025\n"
    "- Built a text classification model for customer complaints using BERT\n\n"
)


@pytest.mark.parametrize(
    "degree",
    [
        "B.Tech (CSE), Vellore Institute of Technology        2021 - 2025        CGPA: 8.7/10",
        "B.S. Computer Science, University of Texas at Austin, May 2025",
        "M.Sc. Data Science, University of Edinburgh, 2025",
    ],
)
def test_resumes3_a_graduate_of_internships_reads_as_entry_level(
    profile_of: ProfileOf, degree: str
) -> None:
    text = f"Ankit Sharma\n\nEDUCATION\n{degree}\n\n{INTERNSHIP}"
    experience = profile_of(text, "resume").experience
    assert experience.level == "entry"
    assert any("degree held" in note for note in experience.level_evidence)


@pytest.mark.parametrize(
    "degree",
    [
        "B.Tech (CSE), Vellore Institute of Technology        2023 - 2027        CGPA: 8.7/10",
        "B.S. Computer Science, University of Texas at Austin, expected May 2027",
        # a bachelor's held, a master's under way: still a student
        "M.S. Computer Science, Stanford University, 2025 - present\n"
        "B.S. Computer Science, University of Texas at Austin, 2025",
        # no year to say the degree is finished
        "B.S. Computer Science, University of Texas at Austin",
        # finishing this year: maybe still studied for
        "B.Tech (CSE), Vellore Institute of Technology        2022 - 2026        CGPA: 8.7/10",
    ],
)
def test_resumes3_a_student_of_internships_stays_an_intern(
    profile_of: ProfileOf, degree: str
) -> None:
    text = f"Ankit Sharma\n\nEDUCATION\n{degree}\n\n{INTERNSHIP}"
    assert profile_of(text, "resume").experience.level == "intern"


def test_resumes3_a_graduate_in_a_student_job_still_held_stays_an_intern(
    profile_of: ProfileOf,
) -> None:
    text = (
        "EXPERIENCE\nWorking Student Data Engineering, Nordlicht Retail SE\n"
        "Oct 2025 - Present\n- Built Airflow pipelines in Python and SQL.\n\n"
        "EDUCATION\nBSc Computer Science, 2021 - 2024\n"
    )
    assert profile_of(text, "resume").experience.level == "intern"
