"""Ranking many resumes for one posting: resumes of the posting's kind of work score above
others, whatever their layout. Every text here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile, Report, SkillMatch
from mlcareer.scoring import named_in_title

ProfileOf = Callable[..., Profile]

# The flattened layout of resumes scraped from job sites: one long line, skills with the months
# of use beside them, companies without dates
FLATTENED_WELDER = (
    "Skills * MIG welding * TIG welding * Blueprint reading Education Details January 2009 to "
    "January 2011 Diploma Welding Technology Lakeside Polytechnic Welder Welder - Ironbridge "
    "Fabrication Skill Details MIG welding- Exprience - 54 months TIG welding- Exprience - "
    "30 months Company Details company - Ironbridge Fabrication description - Welded steel "
    "frames for trailers and repaired farm equipment."
)


def test_a_flattened_resume_states_its_years_beside_its_skills(profile_of: ProfileOf) -> None:
    experience = profile_of(FLATTENED_WELDER, doc_type="resume").experience
    assert experience.years == 4.5  # the longest: 54 months of MIG welding
    assert experience.level == "mid"
    assert experience.level_evidence[0] == (
        "4.5 years of work as the resume states them (no dated roles)"
    )


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Summary\nTotal experience: 6 years in retail banking.\n", 6.0),
        ("Skills\nExcel - Experience - 18 months\nSAP - Experience - 999 months\n", 1.5),
        ("Skills\nPayroll- Exprience - Less than 1 year months\n", 0.0),
    ],
)
def test_stated_durations_stand_for_undated_work(
    profile_of: ProfileOf, text: str, years: float
) -> None:
    assert profile_of(text, doc_type="resume").experience.years == years


@pytest.mark.parametrize(
    ("summary", "years"),
    [
        ("Registered nurse with six years in acute care.", 6.0),
        ("Electrician with 7 years in commercial wiring.", 7.0),
        ("Over ten years of experience in logistics.", 10.0),
        ("Two and a half years of experience in payroll.", 2.5),
        ("Fourteen years' experience as a chef.", 14.0),
        ("Analyst with five-plus years of experience in retail data.", 5.0),
        ("Lived ten years in Lisbon before moving here.", 0.0),  # no lead-in: no work said
    ],
)
def test_stated_years_in_words_count_as_digits(
    profile_of: ProfileOf, summary: str, years: float
) -> None:
    text = (
        f"Summary\n{summary}\n\nExperience\nStaff Nurse - Lakeside Clinic\n- Cared for patients.\n"
    )
    assert profile_of(text, doc_type="resume").experience.years == years


def test_dated_work_wins_over_stated_durations(profile_of: ProfileOf) -> None:
    text = (
        "Experience\nStore Manager, Brightmart\nJan 2020 - Dec 2021\n"
        "Skills\nInventory - Exprience - 120 months\n"
    )
    assert profile_of(text, doc_type="resume").experience.years == 2.0


JAVA_POSTING = """Java Developer

Requirements
- Java
- SQL
- REST APIs
- Git
"""
JAVA_RESUME = """Experience
Backend Developer, Larkfield Bank
Jan 2019 - Dec 2023
- Wrote account services in Java with SQL stored procedures.
"""
PYTHON_RESUME = """Experience
Backend Developer, Larkfield Bank
Jan 2019 - Dec 2023
- Wrote REST APIs in Python over SQL tables.
"""


def _score(resume: str, posting: str, profile_of: ProfileOf, options: Options) -> Report:
    return compare(
        profile_of(resume, doc_type="resume", name="r.txt"),
        profile_of(posting, doc_type="posting", name="j.txt"),
        options,
    )


def test_the_skill_the_title_names_ranks_its_resumes_first(
    profile_of: ProfileOf, options: Options
) -> None:
    """Two of four required skills each; only one resume shows Java, the job's core."""
    java = _score(JAVA_RESUME, JAVA_POSTING, profile_of, options)
    python = _score(PYTHON_RESUME, JAVA_POSTING, profile_of, options)
    assert java.score > python.score
    required = next(c for c in java.components if c.name == "required skills")
    assert required.detail.endswith("(3.0 of 5.0 credit); Java in the title counts 2x")


def test_a_title_naming_no_required_skill_changes_nothing(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = JAVA_POSTING.replace("Java Developer", "Backend Developer")
    java = _score(JAVA_RESUME, posting, profile_of, options)
    python = _score(PYTHON_RESUME, posting, profile_of, options)
    assert java.score == python.score


def _required(name: str, jd_text: str | None = None) -> SkillMatch:
    return SkillMatch(
        id=name.lower(),
        name=name,
        importance="required",
        jd_text=jd_text or name,
        status="missing",
        credit=0.0,
    )


@pytest.mark.parametrize(
    ("skill", "title", "named"),
    [
        (_required("Java"), "Senior Java Developer (Payments)", True),
        (_required("DevOps"), "devops engineer", True),
        (_required("Human resources", "HR"), "HR Generalist", True),
        (_required("Human resources", "HR"), "Shr Analyst", False),
        (_required("Go"), "Go-to-Market Manager", False),
        (_required("Go"), "go Developer", False),  # a short name in its own case only
        (_required("R"), "R Programmer", False),
        (_required("Java"), "JavaScript Developer", False),
        (_required("Java"), None, False),
    ],
)
def test_a_title_names_a_skill_in_whole_words(skill: SkillMatch, title: str, named: bool) -> None:
    assert named_in_title(skill, title) is named
