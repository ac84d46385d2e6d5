"""Headings over the courses a CV lists beside its degrees (a Kenyan or a Nigerian CV's
"Professional Courses", a British CV's "Short Courses"): certificates, not degrees."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile


@pytest.mark.parametrize(
    "heading", ["Professional Courses", "PROFESSIONAL COURSES", "Short Courses", "Online Courses"]
)
def test_resumes3_course_headings_open_the_certifications(heading: str) -> None:
    assert heading_name(heading) == "certifications"


def test_resumes3_a_course_line_in_prose_is_no_heading() -> None:
    assert heading_name("Taught short courses on SQL to new analysts") is None


def test_resumes3_courses_after_the_degrees_leave_the_education_section(
    profile_of: Callable[..., Profile],
) -> None:
    text = (
        "ACADEMIC QUALIFICATIONS\n2015 – 2019   Bachelor of Science in Actuarial Science, "
        "University of Nairobi\n\nPROFESSIONAL COURSES\n"
        "2022   Google Data Analytics Professional Certificate\n"
    )
    sections = [s.name for s in profile_of(text, "resume").sections]
    assert sections == ["education", "certifications"]
