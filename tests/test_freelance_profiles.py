"""Resumes of people outside the salaried track: a freelance platform's profile pasted as a
resume (ratings, earnings, clients' feedback), a career changer's and a competitor's
headings, and a gig's client described by what it sells."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def _platform_profile(feedback: str) -> str:
    return (
        "Top Rated Plus\nJob Success 97%\n$80.00/hr\nTotal earnings $90K+\n\n"
        "Skills\nPython  PyTorch  Docker\n\n"
        "Work history\n"
        "Receipt reader with OCR\nMar 2024 - May 2024\n5.0 stars\n"
        f"{feedback}\n"
        "Fixed-price $3,000\n"
    )


@pytest.mark.parametrize(
    "feedback",
    [
        '"Great to work with and fast. Would hire again for Excel or Tableau work!"',
        "“Knows Tableau and Excel inside out, highly recommended.”",
        '"Delivered early; our Tableau reports finally make sense." - Operations lead',
        "'Superb Excel and Tableau skills, and a pleasure to work with.'",
    ],
)
def test_a_clients_quoted_feedback_names_no_skill_of_the_writer(
    profile_of: ProfileOf, feedback: str
) -> None:
    resume = profile_of(_platform_profile(feedback), "resume")
    assert _skill_ids(resume) & {"excel", "tableau"} == set()
    assert {"python", "pytorch", "docker", "ocr"} <= _skill_ids(resume)


@pytest.mark.parametrize(
    "line",
    [
        '- Wrote "Tableau for Teachers", a guide used in 40 schools',
        'Built the "Excel to SQL" migration kit for the finance team',
        '"Tableau"',
    ],
)
def test_a_quoted_title_inside_the_writers_own_line_still_counts(
    profile_of: ProfileOf, line: str
) -> None:
    resume = profile_of(f"EXPERIENCE\nData Analyst, Pinecrest, 2020 - 2023\n{line}\n", "resume")
    assert _skill_ids(resume) & {"excel", "tableau"}


@pytest.mark.parametrize(
    ("line", "product"),
    [
        ("Image classifier for a Kubernetes monitoring startup", "kubernetes"),
        ("- Churn model for an AWS consultancy, in Python", "aws"),
    ],
)
def test_a_client_named_by_what_it_sells_is_no_tool_used(
    profile_of: ProfileOf, line: str, product: str
) -> None:
    resume = profile_of(f"Work history\n{line}\nJan 2024 - Mar 2024\n", "resume")
    assert product not in _skill_ids(resume)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Moved services to Kubernetes for a retail startup", "kubernetes"),
        ("- Built a Kubernetes operator for a logistics company", "kubernetes"),
        ("Image models for a computer vision startup", "computer-vision"),
        ("- Set up Docker for a team of five", "docker"),
        # a partner's customer runs on the platform the writer worked in
        ("- Migrated pipelines to Glue for an AWS customer", "aws"),
        ("- Built dashboards for a Tableau client in retail", "tableau"),
        ("- Wrote ETL jobs for a Python shop", "python"),
    ],
)
def test_a_tool_used_for_a_client_or_a_field_named_still_counts(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    resume = profile_of(f"Work history\n{line}\nJan 2024 - Mar 2024\n", "resume")
    assert skill in _skill_ids(resume)


def _section_of(profile: Profile, skill_id: str) -> str | None:
    [hit] = [hit for hit in profile.skills if hit.id == skill_id]
    return hit.mentions[0].section


@pytest.mark.parametrize(
    ("heading", "line", "skill", "section"),
    [
        ("RELEVANT PROJECTS", "Crime Dashboard | Tableau, PostgreSQL", "tableau", "projects"),
        ("Transferable Skills", "- Communication: ran parent meetings", "communication", "skills"),
        ("KAGGLE & COMPETITIONS", "- Silver medal: ensembles in LightGBM", "lightgbm", "projects"),
        ("Kaggle Competitions", "- Top 3%: ResNet models in PyTorch", "pytorch", "projects"),
    ],
)
def test_a_changers_and_a_competitors_headings_open_their_sections(
    profile_of: ProfileOf, heading: str, line: str, skill: str, section: str
) -> None:
    resume = profile_of(
        "SUMMARY\nFormer teacher, now a data analyst.\n\n"
        f"{heading}\n{line}\n\n"
        "EXPERIENCE\nMath Teacher, Jefferson High School    Aug 2014 - Dec 2022\n- Taught maths\n",
        "resume",
    )
    assert _section_of(resume, skill) == section


def test_a_skill_shown_in_a_relevant_project_is_not_only_listed(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "TECHNICAL SKILLS\nSQL, Python\n\n"
        "RELEVANT PROJECTS\nCrime Dashboard | Tableau\n- Built a dashboard of open city data\n\n"
        "EXPERIENCE\nMath Teacher, Jefferson High School    Aug 2014 - Dec 2022\n",
        "resume",
    )
    posting = profile_of("Data Analyst\n\nRequirements\n- Tableau\n- SQL\n", "posting", "jd.txt")
    advice = [s.message for s in compare(resume, posting, options).suggestions]
    assert not any(message.startswith("Tableau appears only") for message in advice)
    assert any(message.startswith("SQL appears only") for message in advice)


def test_a_name_turned_down_in_extraction_is_not_matched_in_the_resumes_text(
    profile_of: ProfileOf, options: Options
) -> None:
    """The matcher's fallback, a skill's name found anywhere in the resume's text, skips the
    places extraction turned down: a client's praise and a client's product are no claim."""
    resume = profile_of(
        _platform_profile('"Great to work with and fast. Would hire again for any Tableau work!"')
        + "\nImage classifier for a Kubernetes monitoring startup\nJun 2024 - Sep 2024\n"
        + "- Trained image models in PyTorch and served them with Docker\n",
        "resume",
    )
    posting = profile_of(
        "Data Analyst\n\nRequirements\n- Python\n- Tableau\n- Kubernetes\n", "posting", "jd.txt"
    )
    report = compare(resume, posting, options)
    assert {m.id for m in report.missing} >= {"tableau", "kubernetes"}
    assert "python" in {m.id for m in report.matched}
