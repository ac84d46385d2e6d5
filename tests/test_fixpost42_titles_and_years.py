"""Review fixes: sales or marketing as the field of a builder's title still asks its tool,
and "of which N" after a count of other things is no part of the years."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]

_BODY = "\n\nAbout the role\nYou will work on our platform.\n\nRequirements\n- 3+ years of work\n"


def _asked(profile_of: ProfileOf, posting: str) -> dict[str, Requirement]:
    return {r.name: r for r in profile_of(posting, doc_type="posting").requirements}


@pytest.mark.parametrize(
    ("title", "tool"),
    [
        ("Marketing Analytics Engineer - dbt", "dbt"),
        ("Salesforce Marketing Cloud Developer", "Salesforce"),
        ("Salesforce Sales Cloud Developer", "Salesforce"),
        ("Sales Data Engineer – Spark (Remote)", "Apache Spark"),
        ("Sales Operations Analyst (SQL)", "SQL"),
        ("Marketing Automation Engineer (Python)", "Python"),
        ("Recruiting Systems Engineer - Workday", "Workday"),
        ("Business Development Data Analyst - Excel", "Microsoft Excel"),
    ],
)
def test_a_builders_title_in_sales_or_marketing_requires_its_tool(
    profile_of: ProfileOf, title: str, tool: str
) -> None:
    assert _asked(profile_of, title + _BODY)[tool].importance == "required"


@pytest.mark.parametrize(
    ("title", "tool"),
    [
        ("Account Executive, Salesforce", "Salesforce"),
        ("Sales Development Representative (Salesforce)", "Salesforce"),
        ("Head of Sales - Salesforce", "Salesforce"),
        ("Pre-Sales Solutions Architect - AWS", "Amazon Web Services"),
        ("Talent Acquisition Partner - Java", "Java"),
        ("Recruiting Coordinator (Java)", "Java"),
    ],
)
def test_a_sellers_or_hirers_title_still_only_mentions_its_product(
    profile_of: ProfileOf, title: str, tool: str
) -> None:
    assert _asked(profile_of, title + _BODY)[tool].importance == "mentioned"


@pytest.mark.parametrize(
    ("item", "tool", "years"),
    [
        (
            "8+ years of experience managing teams of 20 engineers, of which 5 with "
            "Kubernetes expertise",
            "Kubernetes",
            8.0,
        ),
        (
            "6+ years of experience running a portfolio of 12 products, of which 3 in Salesforce",
            "Salesforce",
            6.0,
        ),
        ("7 years of work leading two squads, at least 2 of them on Kafka", "Apache Kafka", 7.0),
    ],
)
def test_of_which_after_a_count_of_other_things_is_no_part_of_the_years(
    profile_of: ProfileOf, item: str, tool: str, years: float
) -> None:
    posting = f"Engineering Lead\n\nRequirements\n- {item}\n"
    assert _asked(profile_of, posting)[tool].years == years


def test_each_part_of_the_years_keeps_its_own_count(profile_of: ProfileOf) -> None:
    item = "5 years of data engineering, of which at least 2 with Kafka and 1 with Airflow"
    asked = _asked(profile_of, f"Data Engineer\n\nRequirements\n- {item}\n")
    assert (asked["Apache Kafka"].years, asked["Apache Airflow"].years) == (2.0, 1.0)
