"""Resumes from India, Pakistan, Bangladesh, Sri Lanka and Nepal: school certificates that are
no degrees (Sri Lanka's "G.C.E. A/L" and "O/L", Nepal's "+2 Science" and "School Leaving
Certificate", Cambridge "A-Levels"), degrees written as one acronym ("BSCS", "MCA") with their
field, a degree whose final exams are being sat ("Appearing"), and a student's headings
("Final Year Project", "Summer Internship", "Trainings")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile


@pytest.mark.parametrize(
    "line",
    [
        "G.C.E. Advanced Level (A/L) - 2019 | Physical Science Stream",
        "GCE A/L 2019, Royal College, Colombo",
        "G.C.E. O/L 2016 - 9 A passes",
        "A/L - 2019, Visakha Vidyalaya",
        "+2 Science, St. Xavier's College, 2015",
        "+2 Management, Kathmandu Model College, 2016",
        "School Leaving Certificate (SLC), Budhanilkantha School, 2013",
        "A-Levels: Maths A*, Physics A, Lahore Grammar School, 2016",
        "Cambridge O Levels, Beaconhouse, 2014",
    ],
)
def test_south_asian_school_certificates_are_school(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Nimali Perera\n\nEducation\n{line}\n", "resume")
    assert [d.level for d in resume.education.degrees] == ["secondary"]


@pytest.mark.parametrize(
    "line",
    [
        "Science fair judge: 2+2 science fair, 2019",
        "Data Analyst, N/A/L Logistics, 2019 - 2021",
        "Won the NEBULA award, 2020",
    ],
)
def test_lookalikes_of_school_certificates_are_no_degree(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Nimali Perera\n\nAwards\n{line}\n", "resume")
    assert resume.education.degrees == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("BSCS, COMSATS University Islamabad, 2020", "bachelor"),
        ("BSSE, UET Taxila, 2021", "bachelor"),
        ("MSCS, LUMS, 2023", "master"),
        ("MCA, Savitribai Phule Pune University, 2019", "master"),
        ("BCA, IGNOU, 2016", "bachelor"),
    ],
)
def test_a_computing_degree_in_one_acronym_names_its_field(
    profile_of: Callable[..., Profile], line: str, level: str
) -> None:
    resume = profile_of(f"Ayesha Khan\n\nEducation\n{line}\n", "resume")
    assert (resume.education.highest, resume.education.field) == (level, "computer science")


@pytest.mark.parametrize(
    "line",
    ["B.Tech in CSE, Amity University - Appearing", "B.Tech CSE (Appearing), Amity University"],
)
def test_a_degree_whose_final_exams_are_being_sat_is_not_held(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Rohit Verma\n\nEducation\n{line}\n12th (CBSE), 2022\n", "resume")
    [degree] = [d for d in resume.education.degrees if d.level == "bachelor"]
    assert degree.in_progress
    assert resume.education.highest == "secondary"


def test_appearing_for_an_exam_is_no_degree_status(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Rohit Verma\n\nEducation\nB.Tech in CSE, Amity University, 2024\n"
        "Appearing for GATE 2027\n",
        "resume",
    )
    assert resume.education.highest == "bachelor"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Final Year Project", "projects"),
        ("Mini Projects", "projects"),
        ("Summer Internship", "experience"),
        ("Internship", "experience"),
        ("Trainings", "certifications"),
        ("Workshops Attended", "certifications"),
        ("Technical Proficiency", "skills"),
        ("Linguistic Proficiency", "languages"),
        ("Reference", "interests"),
    ],
)
def test_a_south_asian_students_heading_names_its_section(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def test_an_internship_under_its_own_heading_is_dated_work(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Ayesha Khan\n\nEducation\nBSCS, FAST-NU, 2024\n\nSummer Internship\n"
        "Data Science Intern, Systems Limited, Lahore\nJune 2023 - August 2023\n"
        "- Built churn models in Python.\n",
        "resume",
    )
    assert [r.section for r in resume.experience.ranges] == ["experience"]


def test_a_project_done_for_a_degree_named_above_is_no_degree_of_its_own(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Ananya K\n\nEducation\nB.Tech (IT), Vellore Institute of Technology, 2019\n\n"
        "Academic Projects\nFinal Year Project: Crop disease detection using CNN (B.Tech)\n"
        "Mini Project (B.E.): Sentiment analysis of Hindi tweets\n"
        "B.Tech Project - Traffic sign recognition with OpenCV\n",
        "resume",
    )
    assert [d.text for d in resume.education.degrees] == [
        "B.Tech (IT), Vellore Institute of Technology, 2019"
    ]


def test_a_degree_whose_line_names_a_project_later_stays_a_degree(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Ananya K\n\nEducation\nB.Sc. Computer Science, 2019\n"
        "M.Sc Data Science - Project: churn model, 2021\n",
        "resume",
    )
    assert resume.education.highest == "master"


def test_an_internee_is_a_student_post(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Usman Tariq\n\nExperience\nInternee\nNETSOL Technologies, Lahore\n"
        "June 2019 - August 2019\n- Built dashboards in Power BI.\n\n"
        "Data Analyst, Daraz, Karachi, Jan 2020 - Jun 2022\n- Wrote SQL reports.\n",
        "resume",
    )
    assert "Internee" in resume.experience.titles
    assert "student post, counted at half its time: Internee" in resume.experience.level_evidence


@pytest.mark.parametrize(
    "title", ["Graduate Engineer Trainee", "Management Trainee", "Post Graduate Engineer Trainee"]
)
def test_a_trainee_hired_after_the_degree_works_full_time(
    profile_of: Callable[..., Profile], title: str
) -> None:
    resume = profile_of(
        f"Experience\n{title}, Larsen & Toubro, Mumbai, Jul 2019 - Jun 2021\n"
        "- Built Python tools for plant data.\n",
        "resume",
    )
    assert resume.experience.years == 2.0
    assert not any("student post" in line for line in resume.experience.level_evidence)


def test_a_trainee_analyst_is_still_a_student_post(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Experience\nTrainee Data Analyst, Daraz, Karachi, Jul 2019 - Jun 2021\n- Wrote SQL.\n",
        "resume",
    )
    assert any("student post" in line for line in resume.experience.level_evidence)


def test_a_graduate_engineer_trainee_posting_asks_an_entry_level(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Graduate Engineer Trainee - Data Science\n\nEligibility Criteria\n"
        "- B.E/B.Tech 2026 passouts only.\n- Knowledge of Python.\n",
        "posting",
    )
    assert posting.posting is not None and posting.posting.level == "entry"


@pytest.mark.parametrize(
    "line",
    [
        "BSc in CSE, Bangladesh University of Engineering and Technology (BUET), 2022",
        "BSc, NED University of Engineering & Technology, Karachi, 2018",
        "Intermediate (MPC) | Sri Chaitanya Junior College | 2017 | 95.6%",
        "Intermediate - MPC, Narayana Junior College, 2016",
    ],
)
def test_a_universitys_name_and_an_intermediate_group_name_no_skill(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Sai Kiran\n\nEducation\n{line}\n", "resume")
    assert resume.skills == []


def test_model_predictive_control_is_still_a_skill(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Experience\nRobotics Engineer, Acme, 2019 - 2021\n"
        "- Designed MPC controllers for drones.\n",
        "resume",
    )
    assert "control-systems" in {skill.id for skill in resume.skills}
