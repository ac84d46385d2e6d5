"""Postings and resumes of unusual structure (leftovers23): a plain-text "Must have | Nice to
have" table under a rule of dashes and pluses, one long paragraph, and near misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_PLAIN_TABLE = (
    "Data Scientist (Marketing Analytics)\nLocation: Austin, TX | Hybrid\n\n"
    "Must have                          | Nice to have\n"
    "{rule}\n"
    "3+ years in analytics or DS        | Experience with causal inference\n"
    "Python (pandas, scikit-learn)      | dbt\n"
    "SQL                                | Looker or Tableau\n"
    "Bachelor's degree in a quant field | Master's degree\n\n"
    "Responsibilities\n- Build forecasting models for the marketing team.\n"
)


@pytest.mark.parametrize(
    "rule",
    [
        "-----------------------------------+--------------------------------",
        "-----------------------------------|--------------------------------",
        "===================================+================================",
    ],
)
def test_leftovers23_plain_text_must_nice_table(profile_of: ProfileOf, rule: str) -> None:
    posting = profile_of(_PLAIN_TABLE.format(rule=rule), "posting")
    asked = {r.name: r.importance for r in posting.requirements}
    assert asked["Python"] == asked["SQL"] == asked["pandas"] == "required"
    assert asked["dbt"] == asked["Tableau"] == asked["Causal inference"] == "preferred"
    info = posting.posting
    # each cell asks apart: the bachelor's is required, the master's only wished for
    assert (info.degree_required, info.degree_preferred) == ("bachelor", "master")
    assert info.years_required == 3.0


def test_leftovers23_rule_line_outside_a_table(profile_of: ProfileOf) -> None:
    # near miss: a rule of dashes under an ordinary line ends nothing and asks nothing
    text = (
        "Data Analyst\n-----------+-----------\n\nRequirements\n- 2+ years of SQL\n"
        "- Master's degree preferred\n"
    )
    info = profile_of(text, "posting").posting
    assert (info.degree_required, info.degree_preferred, info.years_required) == (
        None,
        "master",
        2.0,
    )


# Years after a skill, in another clause past a semicolon, are not the skill's


def test_leftovers23_years_stop_at_a_semicolon(profile_of: ProfileOf) -> None:
    text = (
        "Senior Data Engineer\n\nRequirements\n- You will own our Kafka pipelines and mentor "
        "two engineers; you need at least 6 years of experience with Python.\n"
    )
    years = {r.name: r.years for r in profile_of(text, "posting").requirements}
    assert years["Apache Kafka"] is None
    assert years["Python"] == 6.0


@pytest.mark.parametrize(
    "item",
    [
        # near misses: the count beside the skill, or in its own clause
        "Kafka: 6+ years; Python a plus",
        "Kafka (6+ years); Python a plus",
        "Kafka, with at least 6 years of hands-on use; Python a plus",
    ],
)
def test_leftovers23_years_in_the_skills_clause(profile_of: ProfileOf, item: str) -> None:
    text = f"Senior Data Engineer\n\nRequirements\n- {item}\n"
    years = {r.name: r.years for r in profile_of(text, "posting").requirements}
    assert years["Apache Kafka"] == 6.0
