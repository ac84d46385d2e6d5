"""Indian resumes as people write them: headings such as "Career" or "Technical
Qualification", a diploma beside an unfinished degree, ranges such as "Oct 2011 – till 2016"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("CAREER", "experience"),
        ("Career Graph", "experience"),
        ("Employment Details", "experience"),
        ("Employment Record:", "experience"),
        ("Organisational Experience", "experience"),
        ("Experience Details", "experience"),
        ("Technical Qualification:", "education"),
        ("Educational Qualification", "education"),
        ("Education Qualifications", "education"),
        ("Academic Profile", "education"),
        ("Scholastic Profile", "education"),
        ("Professional Qualifications", "education"),
    ],
)
def test_headings_of_indian_resumes_open_their_sections(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def test_jobs_under_a_career_heading_after_the_degrees_count_as_work(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Priya Raman\n\nACADEMICS\nM.Pharm, Manipal College of Pharmacy, 2012\n\n"
        "CAREER\nRegulatory Associate, Medisys Pharma, 01/2015 - 12/2018\n",
        "resume",
    )
    assert resume.experience.years == 4.0


def test_a_diploma_under_a_technical_qualification_heading_outranks_school(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Sunil Yadav\n\nTechnical Qualification:\nDiploma in Electrical Engineering, "
        "Govt. Polytechnic, 2008\n\nAcademic Qualification:\nIntermediate (U.P. Board) 2005\n",
        "resume",
    )
    assert resume.education.highest == "associate"


@pytest.mark.parametrize(
    "unfinished",
    [
        "Bachelor of Engineering (pursuing), Anna University (part-time), 2nd year",
        "B.E. Civil (pursuing, 3rd year, part time) - Pune University",
        "B.Tech Mechanical (final year), JNTU",
    ],
)
def test_a_diploma_held_outranks_a_degree_still_studied_for(
    profile_of: Callable[..., Profile], unfinished: str
) -> None:
    """The year of study closing the line above is not said of the diploma below it."""
    resume = profile_of(
        f"Ravi Kumar\n\nEducation\n{unfinished}\n"
        "Diploma in Mechanical Engineering, Govt. Polytechnic, 2014\nSSLC, 2011\n",
        "resume",
    )
    assert resume.education.highest == "associate"


@pytest.mark.parametrize("written", ["Oct 2011 – till 2016", "Oct 2011 - upto 2016"])
def test_a_dash_then_till_joins_a_range(profile_of: Callable[..., Profile], written: str) -> None:
    resume = profile_of(f"Experience\nSupervisor, Om Infra Projects, {written}\n", "resume")
    assert [r.text for r in resume.experience.ranges] == [written]
    assert resume.experience.years > 4
