"""A resume bulleted with ">" keeps its bullets: "> Leadership" in a skills list stays one of
the skills, not a heading. A quoted message (a run of quoted lines holding a heading's colon,
an empty quoted line or a quote inside a quote) still reads as its own text. Texts written
for these tests."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_CV = """Nina Patel

Experience
Data Engineer, Acme Corp
Jan 2020 - Present
> Built ETL pipelines in Airflow and Spark
> Migrated the warehouse to Snowflake

Skills
> Python
> SQL
> Leadership
> Teaching
"""


def test_review_prev2_arrow_bullets_keep_a_skills_list_whole(profile_of: ProfileOf) -> None:
    profile = profile_of(_CV, "resume")
    assert {"leadership", "python", "sql"} <= {hit.id for hit in profile.skills}
    assert [s.name for s in profile.sections] == ["experience", "skills"]


def test_review_prev2_a_quoted_posting_still_opens_its_sections(profile_of: ProfileOf) -> None:
    text = (
        "Hi all, forwarding this.\n\n> We are hiring a Data Engineer.\n> Requirements:\n"
        "> - Airflow\n> Nice to have:\n> - Kafka\n"
    )
    asks = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asks["kafka"] == "preferred" and asks["airflow"] == "required"
