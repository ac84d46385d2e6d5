"""postings5: posting readings left wrong before (how big a plus is, tables whose cells grade
their row's skill, leftover terms, titles, eligibility conditions). Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "item",
    [
        "A real plus if you have used Tableau",
        "A huge plus if you have shipped Kafka consumers",
        "Hands-on Tableau work would be a definite plus for this team",
    ],
)
def test_postings5_a_sized_plus_before_its_skill_prefers_it(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    wished = [key for key in ("tableau", "kafka") if key in found]
    assert wished, sorted(found)
    assert found[wished[0]].importance == "preferred"
    assert found["python"].importance == "required"


LEVEL_TABLE = """Data Analyst

Requirements

| Skill | {header} | Years |
|-------|-------|-------|
| SQL | Advanced | 3+ |
| Spanish | {grade} | - |
| Looker | Nice to have | - |
"""


@pytest.mark.parametrize("header", ["Proficiency", "Required level", "Expertise"])
def test_postings5_a_level_column_marks_its_rows(profile_of: ProfileOf, header: str) -> None:
    found = asked(profile_of, LEVEL_TABLE.format(header=header, grade="C1"))
    assert found["looker"].importance == "preferred"
    assert found["sql"].importance == "required"
    assert found["sql"].years == 3
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(("grade", "cefr"), [("C1", "C1"), ("Fluent", "C1"), ("B2", "B2")])
def test_postings5_a_languages_grade_in_the_next_cell(
    profile_of: ProfileOf, grade: str, cefr: str
) -> None:
    found = asked(profile_of, LEVEL_TABLE.format(header="Level", grade=grade))
    assert found["lang-spanish"].grade == cefr


def test_postings5_a_languages_grade_in_the_next_tab_cell(profile_of: ProfileOf) -> None:
    text = "Data Analyst\n\nRequirements\nLanguage\tLevel\nSpanish\tB2\nSQL\tAdvanced\n"
    assert asked(profile_of, text)["lang-spanish"].grade == "B2"


def test_postings5_a_longer_next_cell_is_no_grade(profile_of: ProfileOf) -> None:
    text = LEVEL_TABLE.format(header="Notes", grade="Used with fluent clients daily")
    assert asked(profile_of, text)["lang-spanish"].grade is None
