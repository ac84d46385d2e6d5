"""Headings that close a resume's sections, headings in capitals with a note in brackets, and
a "Background" heading over jobs and degrees."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

WORK = (
    "WORK EXPERIENCE\n01/03/2020 – Present\nAnalyst\nHarbour Freight Lines, Porto\n"
    "- Weekly reports in Excel and SQL\n"
)


@pytest.mark.parametrize(
    "heading", ["ADDITIONAL INFORMATION", "Other information", "ANNEXES", "Annexes:"]
)
def test_closing_europass_headings_end_the_work_section(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    cv = profile_of(f"{WORK}\n{heading}\nVolunteer translator, Porto Food Bank, 2012 - 2016\n")
    assert [job.title for job in cv.experience.jobs] == ["Analyst"]
    assert cv.experience.ranges[-1].section == "interests"


def test_additional_information_in_a_posting_asks_as_before(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- 3+ years of Python\n\nAdditional Information\n"
        "- Airflow is required\n",
        "posting",
    )
    assert {req.id: req.importance for req in posting.requirements}["airflow"] == "required"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("PUBLICATIONS (SELECTED)", "publications"),
        ("EXPERIENCE (MOST RECENT FIRST)", "experience"),
        ("SKILLS (TOOLS I USE DAILY)", "skills"),
        ("SKILLS (PYTHON, SQL)", None),  # a list of names in the brackets
    ],
)
def test_a_capitals_heading_with_a_note_in_brackets(heading: str, name: str | None) -> None:
    from mlcareer.documents.sections import heading_name

    assert heading_name(heading) == name


@pytest.mark.parametrize("heading", ["Background", "BACKGROUND", "Background:"])
def test_a_background_heading_over_jobs_and_degrees(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    cv = profile_of(
        f"Lena Hart\n\n{heading}\n"
        "2021 – present   Research Engineer, Kestrel Robotics, Leeds. Planning in C++.\n"
        "2017 – 2021      PhD in Robotics, University of Leeds.\n"
        "2015 – 2017      Software Engineer, Millbrook Systems, York. Python services.\n"
        "2011 – 2015      MEng Computer Science, University of York.\n\n"
        "Skills\nPython, C++\n",
        "resume",
    )
    assert [job.line for job in cv.experience.jobs] == [4, 6]
    assert cv.education.highest == "phd"
