"""Years counted before a semicolon stay in their clause: a paragraph of requirements that
wraps into one line ("4+ years building production React applications; expert-level
TypeScript; ...") asks the years of React only. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked

_PARAGRAPH = (
    "Senior Frontend Engineer\n\nRequirements: 4+ years building production React applications;"
    " expert-level TypeScript; proficiency with Tailwind CSS; familiarity with Vitest and"
    " Jest.\n"
)


def test_years_before_a_semicolon_stay_in_their_clause(profile_of: ProfileOf) -> None:
    found = asked(profile_of, _PARAGRAPH)
    assert found["react"].years == 4
    for later in ("typescript", "tailwind-css", "jest"):
        assert found[later].years is None, later


@pytest.mark.parametrize(
    ("item", "years"),
    [
        # a colon opens a list that the semicolons part: the years are each item's
        ("5+ years in: Python; SQL; Spark", {"python": 5, "sql": 5, "apache-spark": 5}),
        # the count after a semicolon, all of its clause, is the skill's before it
        ("Python; 5+ years", {"python": 5}),
        # bare names parted by semicolons, or a bracket's list: the years are each one's
        ("5+ years with Python; SQL; Spark", {"python": 5, "sql": 5, "apache-spark": 5}),
        (
            "5+ years in data engineering (Spark; Kafka; Airflow)",
            {"apache-spark": 5, "kafka": 5, "airflow": 5},
        ),
    ],
)
def test_years_and_semicolons_in_one_item(
    profile_of: ProfileOf, item: str, years: dict[str, int | None]
) -> None:
    found = asked(profile_of, f"Data Engineer\n\nRequirements\n- {item}\n")
    assert {key: found[key].years for key in years} == years
