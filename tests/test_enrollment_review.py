"""Review of the rules for postings for current students: lines that only look like one
(a nurse's registration, a CPA being pursued, a tuition benefit, a degree "or currently
pursuing"), and student resumes whose degree dates run past --as-of with months."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.enrollment import enrollment_asked
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "line",
    [
        # no studies named: a registration, a license, sales leads, a payer's program
        "Currently registered with the Nursing and Midwifery Council",
        "Must be currently registered as a Professional Engineer",
        "Currently pursuing a CPA license",
        "Actively pursuing leads and closing deals",
        "Provider must be currently enrolled in Medicare",
        "You are studying the latest research and applying it",
        # a degree, or studies towards it: graduates are taken too
        "Bachelor's degree or currently pursuing one",
        "Bachelor's degree in Computer Science (or currently pursuing)",
        "Must hold or be currently pursuing a Master's degree",
        "Degree in Statistics, completed or currently pursuing",
        "Enrolled in a degree program or have equivalent experience",
        # a benefit or a welcome, not a requirement
        "Employees currently pursuing a graduate degree are eligible for tuition support",
        "We reimburse tuition for team members currently enrolled in a degree program",
        "Students currently enrolled in a PhD program may also apply",
    ],
)
def test_a_line_that_only_looks_like_asking_for_a_student(line: str) -> None:
    assert enrollment_asked(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Currently pursuing a Bachelor's or Master's degree in Computer Science",
        "Must be currently enrolled in a Master's program in CS",
        "Currently registered as a student at a German university",
        "Students currently enrolled in an accredited nursing program",
    ],
)
def test_a_line_that_asks_for_a_student_with_its_studies_named(line: str) -> None:
    assert enrollment_asked(line) is not None


RESUME = """Sam Lee

Experience
Data Analyst Intern, Beta Inc, Jun 2025 - Aug 2025
- Built models in Python and SQL

Education
{degree}
"""


@pytest.mark.parametrize(
    ("degree", "in_progress"),
    [
        ("B.S. in Statistics, State University, Aug 2023 - May 2027", True),
        ("B.S. in Statistics, State University, Sep 2022 – Dec 2026", True),  # as of Nov 2026
        ("B.S. in Statistics, State University, Sep 2022 – Jun 2026", False),
        ("B.S. in Statistics, State University, Dec 2026", True),
        ("B.S. in Statistics, State University, May 2026", False),
        ("M.S. in Data Science, Tech Institute (currently pursuing, part-time)", True),
    ],
)
def test_a_degree_whose_dates_with_months_run_past_as_of_is_in_progress(
    profile_of: ProfileOf, degree: str, in_progress: bool
) -> None:
    resume = profile_of(RESUME.format(degree=degree), doc_type="resume")
    assert [d.in_progress for d in resume.education.degrees] == [in_progress]


POSTING = """Machine Learning Intern

Requirements
- Currently enrolled in a Master's program in Computer Science
- Python and SQL
"""


def test_the_finished_year_is_the_last_degrees_own(profile_of: ProfileOf, options: Options) -> None:
    degrees = "M.S. in Data Science, Tech Institute\nB.S. in Physics, State University, 2019"
    report = compare(
        profile_of(RESUME.format(degree=degrees), doc_type="resume", name="resume.txt"),
        profile_of(POSTING, doc_type="posting", name="jd.txt"),
        options,
    )
    detail = next(c.detail for c in report.components if c.name == "education")
    assert "(master) is finished" in detail and "2019" not in detail
