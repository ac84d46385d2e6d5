"""Misreadings left by earlier passes: a gerund counted in years before what it acts on, a
field's word ending an employer's name on a job's heading line, and a field named as the
kind of model trained."""

from __future__ import annotations

from functools import partial

import pytest

from .posting_helpers import ProfileOf, listed
from .posting_helpers import asked as _asked

_listed = partial(listed, title="Data Engineer")


# 1. "3+ years writing SQL": the years are of SQL; "writing" is the verb, not the soft skill


@pytest.mark.parametrize(
    "line",
    [
        "3+ years writing SQL",
        "3+ years of writing SQL queries",
        "5 years writing production Python",
        "2+ years writing clean, tested code",
        "4 years speaking Spanish with customers",
        "Experience with writing production Python",
    ],
)
def test_a_gerund_before_its_object_is_the_verb(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _listed(line))
    assert "writing" not in asked and "speaking" not in asked, line


@pytest.mark.parametrize(
    "line",
    [
        "3+ years writing",
        "3+ years of writing",
        "3+ years of writing experience",
        "3+ years writing for a newspaper",
        "5 years of writing and editing",
        "Strong writing skills",
        "Experience with writing and editing",
        "Excellent writing",
    ],
)
def test_writing_counted_in_years_is_still_asked(profile_of: ProfileOf, line: str) -> None:
    assert "writing" in _asked(profile_of, _listed(line)), line


def test_the_object_of_the_gerund_keeps_the_years(profile_of: ProfileOf) -> None:
    assert _asked(profile_of, _listed("3+ years writing SQL"))["sql"].years == 3.0


# 2. A field's word ending an employer's name on a job's title line: where, not what


def _resume(heading: str, bullet: str = "Built reports in Excel") -> str:
    return f"Jo Quux\njo@example.com\n\nExperience\n{heading}\nJan 2020 - Present\n- {bullet}\n"


def _resume_skills(profile_of: ProfileOf, text: str) -> set[str]:
    return {hit.id for hit in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Data Analyst II, Cascade Logistics", "logistics"),
        ("Senior Data Engineer at Lumen Robotics", "robotics"),
        ("Cascade Logistics | Operations Analyst", "logistics"),
        ("ML Engineer | Northwind Statistics | Seattle, WA", "statistics"),
        ("Data Analyst, Cascade Logistics  Jan 2019 - Dec 2019", "logistics"),
    ],
)
def test_a_field_ending_an_employers_name_is_no_skill(
    profile_of: ProfileOf, heading: str, field: str
) -> None:
    skills = _resume_skills(profile_of, _resume(heading))
    assert field not in skills and "excel" in skills, heading


def test_the_field_named_elsewhere_is_kept(profile_of: ProfileOf) -> None:
    text = _resume("Data Analyst II, Cascade Logistics", "Planned logistics for 40 stores")
    assert "logistics" in _resume_skills(profile_of, text)


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Research Engineer, Robotics", "robotics"),
        ("Research Scientist, Applied Robotics", "robotics"),
        ("Research Scientist, Statistical Robotics", "robotics"),
        ("Analyst, Fraud Analytics, Acme Bank", "fraud-detection"),
        ("Logistics Analyst, Acme Bank", "logistics"),
        ("Cascade Logistics", "logistics"),
    ],
)
def test_a_jobs_own_field_stays_a_skill(profile_of: ProfileOf, heading: str, field: str) -> None:
    assert field in _resume_skills(profile_of, _resume(heading)), heading
