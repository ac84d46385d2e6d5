"""A company's stack ends where its sentence turns to the hire: "The team uses dbt; you will
own our dbt models" asks dbt, as "We have no DevOps team, so you will own Docker" asks Docker.
The stack alone ("We currently run Airflow", "We use Kafka, Spark and Airflow") asks nothing."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "item",
    [
        "The team uses dbt; you will own our dbt models",
        "We currently run dbt, and you will maintain our dbt models",
        "Our analysts live in dbt, so you'll write dbt tests every day",
    ],
)
def test_review_prev_a_stack_that_turns_to_the_hire_asks(profile_of: ProfileOf, item: str) -> None:
    assert "dbt" in asked(profile_of, listed("Python", item))


@pytest.mark.parametrize(
    "item",
    [
        "We currently run dbt",
        "We use dbt, Snowflake and Airflow",
        "The team uses dbt and Looker, which you'll love",
        "We use dbt; you will join a friendly team",
    ],
)
def test_review_prev_a_stack_alone_still_asks_nothing(profile_of: ProfileOf, item: str) -> None:
    assert "dbt" not in asked(profile_of, listed("Python", item))
