"""Resumes of genres that read differently from a tech CV: a federal resume's labelled dates,
a teacher whose workplace is a high school."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


FEDERAL_FORM = """\
Rosa Delgado

WORK EXPERIENCE

Internal Revenue Service
Albuquerque, NM 87110 United States
From: 11/03/2019 To: Present
Hours per week: 40
Data Scientist (Series 1560)
Builds audit selection models in Python.

Sandia National Laboratories
Albuquerque, NM
Start Date: 06/15/2015 End Date: 10/31/2019
Hours per week: 40
Statistician
Designed experiments and wrote R code for reliability analysis.

EDUCATION
University of New Mexico, Master's Degree 05/2015, Major: Statistics
"""


def test_a_federal_resumes_labelled_dates_are_ranges(profile_of: ProfileOf) -> None:
    ranges = profile_of(FEDERAL_FORM).experience.ranges
    assert [(r.text, r.start % 12 + 1, r.start // 12, r.ongoing) for r in ranges] == [
        ("11/03/2019 To: Present", 11, 2019, True),
        ("06/15/2015 End Date: 10/31/2019", 6, 2015, False),
    ]
    assert ranges[1].end == 2019 * 12 + 9


def test_from_and_to_labels_with_colons_bound_a_past_job(profile_of: ProfileOf) -> None:
    text = "Experience\nAnalyst, Acme\nFrom: 02/2012 To: 08/2014\n- Built SQL reports.\n"
    [found] = profile_of(text).experience.ranges
    assert (found.start, found.end, found.ongoing) == (2012 * 12 + 1, 2014 * 12 + 7, False)


TEACHER = """\
Jane Cole

EXPERIENCE

Data Analyst
Acme Corp, Columbus, OH | Mar 2024 - Present
- Built SQL reports.

Mathematics Teacher
Whetstone High School, Columbus, OH | Aug 2015 - Jun 2023
- Taught Algebra I and AP Statistics.

EDUCATION
Bachelor of Science in Education, The Ohio State University, 2015
"""


def test_a_high_school_under_a_teachers_title_is_a_workplace(profile_of: ProfileOf) -> None:
    profile = profile_of(TEACHER)
    assert [d.level for d in profile.education.degrees] == ["bachelor"]
    jobs = profile.experience.jobs
    assert [j.title for j in jobs] == ["Data Analyst", "Mathematics Teacher"]
    assert profile.experience.years == 10.7  # Aug 2015 - Jun 2023 and Mar 2024 - Nov 2026


def test_a_high_school_above_a_teachers_title_is_a_workplace(profile_of: ProfileOf) -> None:
    text = TEACHER.replace(
        "Mathematics Teacher\nWhetstone High School, Columbus, OH | Aug 2015 - Jun 2023",
        "Whetstone High School, Columbus, OH | Aug 2015 - Jun 2023\nMathematics Teacher",
    )
    profile = profile_of(text)
    assert [d.level for d in profile.education.degrees] == ["bachelor"]
    assert profile.experience.years == 10.7


def test_a_high_school_diploma_stays_education(profile_of: ProfileOf) -> None:
    text = TEACHER + "Lincoln High School, Columbus, OH, 2007 - 2011\nHigh School Diploma\n"
    profile = profile_of(text)
    assert [d.level for d in profile.education.degrees][-1] == "secondary"


def test_a_degree_restated_by_its_acronym_in_brackets_is_one_degree(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Priya N\n\nEDUCATION\nData Science Bootcamp, Flatiron School, Certificate, 2024\n"
        "Bachelor of Science in Nursing (BSN), University of South Florida, 2015\n"
    )
    degrees = profile_of(text).education.degrees
    assert [(d.level, d.field) for d in degrees] == [("bachelor", "Nursing")]
