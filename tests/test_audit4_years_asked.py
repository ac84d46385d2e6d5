"""The years a line asks (requirements.years_on_line, _years_level): bounds and the largest of
several counts. Each test fails when its rule is bent by one step."""

from __future__ import annotations

import pytest

from mlcareer.extract.requirements import years_for, years_on_line


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
