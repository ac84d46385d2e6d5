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


PHD_CANDIDATE = """Education
Ph.D. in Computer Science, Carnegie Mellon University, 2021 - Present (expected May 2027)
B.Tech. in Electrical Engineering, IIT Madras, 2017 - 2021

Research Experience
{title}, Carnegie Mellon University
Aug 2021 - Present
- Built distributed training pipelines in PyTorch and JAX.

Research Intern, Google DeepMind
May 2024 - Aug 2024
- Trained vision transformers on TPU pods.

{early}, IIT Madras
Jan 2019 - May 2021
- Implemented graph neural networks in TensorFlow.
"""


@pytest.mark.parametrize(
    ("title", "early"),
    [
        ("Graduate Research Assistant", "Undergraduate Researcher"),
        ("Graduate Researcher", "Undergraduate Research Assistant"),
        ("Graduate Assistant", "Undergraduate Researcher"),
    ],
)
def test_a_phd_candidates_research_posts_are_a_students_jobs(
    profile_of: ProfileOf, title: str, early: str
) -> None:
    experience = profile_of(PHD_CANDIDATE.format(title=title, early=early)).experience
    assert experience.level == "intern"  # not "senior" for seven years as a student
    assert experience.level_evidence[-1] == "phd in progress, only student jobs"


def test_co_op_terms_are_a_students_jobs(profile_of: ProfileOf) -> None:
    text = """Work Experience
Backend Developer (Co-op), Shopify
Jan 2025 - Apr 2025
- Wrote Go services for rate limiting.

Software Developer Co-op, Wealthsimple
May 2024 - Aug 2024
- Built React features.

Education
University of Waterloo, B.A.Sc. Software Engineering, Sep 2022 - Apr 2027
"""
    experience = profile_of(text, doc_type="resume").experience
    assert experience.level == "intern"
    assert experience.level_evidence[-1] == "bachelor in progress, only student jobs"


def test_a_cooperatives_staff_hold_no_students_job(profile_of: ProfileOf) -> None:
    text = """Experience
Store Manager, Riverside Food Co-op
Jan 2020 - Present
- Managed a team of 12 and the store's inventory in Excel.

Education
B.A. Business, Sep 2024 - May 2027
"""
    assert profile_of(text, doc_type="resume").experience.level != "intern"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("M.S. Data Science student | mei@example.edu", "master"),
        ("PhD Computer Science candidate, Acme University", "phd"),
        ("Candidate for Bachelor of Applied Science, Honours Software Engineering", "bachelor"),
        ("University of Waterloo, Candidate for BASc in Software Engineering", "bachelor"),
    ],
)
def test_a_degree_studied_for_in_a_students_words(
    profile_of: ProfileOf, line: str, level: str
) -> None:
    assert _only_degree(profile_of(f"{line}\n", doc_type="resume")) == (level, True)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("BASc Software Engineering, University of Waterloo, 2019", "bachelor"),
        ("MASc Electrical Engineering, University of Toronto, 2021", "master"),
    ],
)
def test_applied_science_degrees_by_their_acronyms(
    profile_of: ProfileOf, line: str, level: str
) -> None:
    profile = profile_of(f"Education\n{line}\n", doc_type="resume")
    assert _only_degree(profile) == (level, False)


@pytest.mark.parametrize(
    "line",
    [
        "Bachelor of Arts in Economics, 2019 | Economics Student Association (president)",
        "B.S. Computer Science, 2018; student government representative",
    ],
)
def test_a_held_degree_beside_a_students_club_is_held(profile_of: ProfileOf, line: str) -> None:
    assert _only_degree(profile_of(f"Education\n{line}\n", doc_type="resume"))[1] is False


DS_INTERNSHIP = """Data Science Intern

Qualifications
{line}
- Familiarity with SQL and Python (pandas).
"""


@pytest.mark.parametrize(
    "line",
    [
        "- Pursuing a bachelor's degree in Statistics, Economics, or similar.",
        "* Pursuing a Bachelor's degree in Computer Science",
        "- Open to students graduating between December 2026 and June 2028.",
        "- You are graduating with a Bachelor's or Master's degree in Computer Science or a"
        " related field between December 2026 and June 2027.",
    ],
)
def test_a_bulleted_line_asking_for_a_current_student(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(DS_INTERNSHIP.format(line=line), doc_type="posting").posting
    assert posting is not None
    quoted = posting.enrollment_required
    assert quoted is not None and line.lstrip("-* ").startswith(quoted)  # cut at MAX_WORDS


@pytest.mark.parametrize(
    "line",
    [
        "- Recent graduates who finished between 2024 and 2026 are welcome.",
        "- Pursuing a career in data science",
    ],
)
def test_a_bulleted_line_asking_for_no_current_student(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(DS_INTERNSHIP.format(line=line), doc_type="posting").posting
    assert posting is not None
    assert posting.enrollment_required is None


@pytest.mark.parametrize(
    "line",
    [
        "- Currently enrolled in a PhD program in Computer Science, Electrical Engineering, or"
        " a related field.",
        "- Enrolled in a Master's degree programme in Statistics, Electrical Engineering or"
        " similar.",
    ],
)
def test_the_fields_of_a_degree_program_are_no_skills_asked(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Research Intern - Computer Vision\n\nRequirements\n{line}\n- Python and PyTorch\n"
    asked = {req.id for req in profile_of(text, doc_type="posting").requirements}
    assert asked == {"python", "pytorch", "computer-vision"}


@pytest.mark.parametrize(
    "thesis",
    [
        'Master\'s thesis: "Efficient Retrieval with Sparse Codes" (advisor: Prof. R. Moon)',
        "M.S. Thesis: Efficient Retrieval with Sparse Codes",
        "Masters dissertation - Efficient Retrieval with Sparse Codes",
    ],
)
def test_a_thesis_of_a_degree_named_elsewhere_is_no_degree_of_its_own(
    profile_of: ProfileOf, thesis: str
) -> None:
    text = f"""Education
M.S. Computer Science, State University, expected May 2027
B.S. Computer Science, State University, 2024

Thesis
{thesis}
"""
    education = profile_of(text, doc_type="resume").education
    assert [(d.level, d.in_progress) for d in education.degrees] == [
        ("master", True),
        ("bachelor", False),
    ]
    assert education.highest == "bachelor"


def test_a_thesis_alone_still_names_its_degree(profile_of: ProfileOf) -> None:
    text = "Education\nTU Berlin, Informatik, 2015 - 2021\nMaster Thesis: Robust Speech Models\n"
    assert profile_of(text, doc_type="resume").education.highest == "master"


def test_neural_rendering_is_known_by_its_methods(profile_of: ProfileOf) -> None:
    text = (
        "Research Intern\n\nRequirements\n- Python\n\nNice to have\n"
        "- Familiarity with NeRF or Gaussian splatting.\n"
    )
    asked = {req.id: req.jd_text for req in profile_of(text, doc_type="posting").requirements}
    assert asked == {"python": "Python", "nerf": "NeRF", "neural-rendering": "Gaussian splatting"}
    resume = "Projects\n- Trained neural radiance fields for indoor scenes in PyTorch.\n"
    assert "neural-rendering" in {s.id for s in profile_of(resume, doc_type="resume").skills}


@pytest.mark.parametrize(
    "line", ["Hobbies: nerf battles with my nephews", "The patch nerfed the healer class."]
)
def test_a_toy_or_a_games_nerf_is_no_skill(profile_of: ProfileOf, line: str) -> None:
    skills = {s.id for s in profile_of(f"Interests\n{line}\n", doc_type="resume").skills}
    assert not skills & {"nerf", "neural-rendering"}


@pytest.mark.parametrize(
    "line",
    [
        "Teaching Assistant, 10-701 Introduction to Machine Learning (PhD), CMU   Fall 2022",
        "Graduate Teaching Assistant - Advanced Statistical Learning (Master's level), 2023",
        "Course Assistant, CS 229 Machine Learning (MS), Stanford, 2022",
    ],
)
def test_the_level_of_a_course_taught_is_no_degree_of_the_writer(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Education\nB.S. Computer Science, 2020\n\nTeaching\n{line}\n"
    degrees = profile_of(text, doc_type="resume").education.degrees
    assert [d.level for d in degrees] == ["bachelor"]
