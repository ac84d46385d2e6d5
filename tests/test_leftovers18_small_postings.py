"""Small firms' and recruiters' postings read wrongly before: "You'll need" and "It would be
great if you had" as headings, "DM me" as a term, "now and then" leaving "then", and "C++ is
not required but helps" dropping C++."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed

_SMALL_FIRM = """Junior Data Analyst

The job
You'll build weekly dashboards for the ops team.

You'll need
- Good Excel
- Some SQL

It would be great if you had
- Tableau
- Any Python at all
"""


def test_leftovers18_a_small_firms_plain_headings_open_their_lists(profile_of: ProfileOf) -> None:
    found = asked(profile_of, _SMALL_FIRM)
    importance = {key: found[key].importance for key in ("excel", "sql", "tableau", "python")}
    assert importance == {
        "excel": "required",
        "sql": "required",
        "tableau": "preferred",
        "python": "preferred",
    }


@pytest.mark.parametrize(
    "line",
    [
        "It would be great if you had a dog and we did too, but we work in an office.",
        "You'll need to bring your own laptop to the interview day in person.",
    ],
)
def test_leftovers18_a_sentence_of_many_words_opens_no_section(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Data Analyst\n\nRequirements\n- Python\n{line}\n- SQL\n"
    assert asked(profile_of, text)["sql"].importance == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Bonus if you know dbt. DM me or email jobs@example.com",
        "Know dbt? Send me a DM!",
        "DMs open. dbt a plus",
    ],
)
def test_leftovers18_a_recruiters_dm_names_no_term(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, f"Data Scientist\n\nRequirements\n- Python\n\n{line}\n")
    assert "term:dm" not in found, sorted(found)
    assert "dbt" in found


def test_leftovers18_dm_as_an_ask_stays(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "Experience with DM and BI tools"))
    assert "term:dm" in found, sorted(found)


def test_leftovers18_now_and_then_names_no_term(profile_of: ProfileOf) -> None:
    text = listed("SQL", "A driving licence would help, as you'll visit our depots now and then")
    found = asked(profile_of, text)
    assert "term:then" not in found, sorted(found)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Strong Python; C++ is not required but helps", "cpp"),
        ("Experience with dbt helps.", "dbt"),
    ],
)
def test_leftovers18_what_helps_is_a_wish(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = asked(profile_of, listed("SQL", line))
    assert found[skill].importance == "preferred"


def test_leftovers18_a_tool_that_helps_someone_is_no_wish(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("SQL", "Build Python tooling that helps analysts ship"))
    assert found["python"].importance == "required"
