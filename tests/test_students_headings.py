"""Students' work under its own headings: a co-op student's "Co-op Experience" or "Work
Terms", a German student's "Praktische Erfahrung" or "Praktika"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "heading",
    [
        "Co-op Experience",
        "CO-OP WORK EXPERIENCE",
        "Co-op Work Terms",
        "Work Terms",
        "Internship and Co-op Experience",
        "Praktische Erfahrung",
        "Praktische Erfahrungen",
        "Praktika",
        "Berufserfahrung und Praktika",
    ],
)
def test_a_students_work_heading_opens_the_experience_section(heading: str) -> None:
    assert heading_name(heading) == "experience"


CO_OP_RESUME = """Jordan Tremblay
jordan@example.ca

Education
University of Waterloo - Bachelor of Applied Science, Systems Design Engineering
Sep 2023 - Apr 2028 (expected)

Co-op Experience
Machine Learning Developer (Co-op), Maple AI, Toronto, ON       Jan 2025 - Apr 2025
- Fine-tuned BERT models in PyTorch for document classification
Data Analyst (Co-op), Northern Insurance, Kitchener, ON       Sep 2025 - Dec 2025
- Wrote SQL queries for claims data

Technical Skills
Python, SQL, PyTorch
"""


def test_co_op_terms_under_their_heading_count_as_work(profile_of: ProfileOf) -> None:
    resume = profile_of(CO_OP_RESUME, "resume")
    assert [job.title.split(",")[0] for job in resume.experience.jobs] == [
        "Machine Learning Developer (Co-op)",
        "Data Analyst (Co-op)",
    ]
    assert resume.experience.years > 0


GERMAN_STUDENT = """Lukas Becker
lukas.becker@example.de

Bildungsweg
10/2022 - heute   B.Sc. Informatik, Technische Universität München
2013 - 2022       Gymnasium Augsburg, Abitur (Note 1,4)

Praktische Erfahrung
04/2024 - 09/2024   Werkstudent Data Science, Siemens AG, München
- Prognosemodelle mit Python und scikit-learn

Kenntnisse
Python, SQL
"""


def test_a_german_students_practical_experience_counts_as_work(profile_of: ProfileOf) -> None:
    resume = profile_of(GERMAN_STUDENT, "resume")
    assert resume.experience.years > 0  # a working student's post, counted as part-time
    assert [job.title.split(",")[0] for job in resume.experience.jobs] == [
        "Werkstudent Data Science"
    ]
