"""The years a line asks (requirements.years_on_line, _years_level): bounds and the largest of
several counts. Each test fails when its rule is bent by one step."""

from __future__ import annotations

import pytest

from mlcareer.extract.requirements import (
    YEARS_ASKED,
    YEARS_PREFERRED,
    level_from_years,
    years_for,
    years_on_line,
)


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("30 years of experience in power systems", 30.0),  # the most read as an ask
        ("31 years of experience in power systems", None),  # more is no ask: a firm's age
        ("2+ years of SQL and 5+ years of Python", 5.0),  # the largest count
        ("5+ years of Python and 2+ years of SQL", 5.0),
        ("Python and SQL", None),
    ],
)
def test_audit4_years_on_a_line(line: str, years: float | None) -> None:
    assert years_on_line(line) == years


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("- Python (30 years)", 30.0),
        ("- Python (35 years)", None),  # past 30 a count is no ask of a skill's years
        ("- Python (5+ years), SQL", 5.0),
    ],
)
def test_audit4_years_for_a_skill_stop_at_thirty(line: str, years: float | None) -> None:
    start = line.index("Python")
    assert years_for(line, (start, start + len("Python"))) == years


@pytest.mark.parametrize(
    ("line", "skill", "years"),
    [
        # a count beside the skill is its own, before a broader one earlier in the sentence
        ("At least 6 years in data engineering with Spark (2+ years)", "Spark", 2.0),
        ("6+ years of backend work including Kafka (2 years)", "Kafka", 2.0),
        # a count past a semicolon with its own object is another clause's
        ("Python and mentor two engineers; you need 6 years of SQL", "Python", None),
    ],
)
def test_audit4_the_count_beside_a_skill_wins(line: str, skill: str, years: float | None) -> None:
    start = line.index(skill)
    assert years_for(line, (start, start + len(skill))) == years


@pytest.mark.parametrize(
    ("source", "inferred"),
    [
        (f"3{YEARS_ASKED}", True),
        (f"3{YEARS_PREFERRED}", True),  # "3+ years preferred" sets no level by name either
        ("title: Junior Data Analyst", False),
        (None, False),
    ],
)
def test_audit4_a_level_read_from_years_is_no_named_level(
    source: str | None, inferred: bool
) -> None:
    assert level_from_years(source) is inferred
