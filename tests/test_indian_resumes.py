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


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("BE-Mechanical, Pune University, 2010", "bachelor"),
        ("ME–Civil Engineering, 2012", "master"),
    ],
)
def test_an_acronym_hyphenated_to_its_field_is_a_degree(
    profile_of: Callable[..., Profile], line: str, level: str
) -> None:
    resume = profile_of(f"Education\n{line}\n", "resume")
    assert resume.education.highest == level


@pytest.mark.parametrize(
    "status", ["(thesis submitted)", "(thesis submitted in 2024, awaiting award)", "- viva pending"]
)
def test_a_phd_whose_thesis_is_only_submitted_is_not_held(
    profile_of: Callable[..., Profile], status: str
) -> None:
    resume = profile_of(
        f"Education\nPh.D. {status}, Indian Institute of Science\nM.Tech, IIT Madras, 2007\n",
        "resume",
    )
    assert resume.education.highest == "master"


@pytest.mark.parametrize(
    "written", ["Mar 2016 to still", "Mar 2016 - still working", "Mar 2016 to continue"]
)
def test_still_and_continue_leave_a_range_open(
    profile_of: Callable[..., Profile], written: str
) -> None:
    resume = profile_of(f"Experience\nAccountant, Shree Textiles\n{written}\n", "resume")
    [found] = resume.experience.ranges
    assert (found.text, found.ongoing) == (written, True)
