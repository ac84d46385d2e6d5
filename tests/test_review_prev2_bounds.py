"""A least said with a negated comparison ("No less than 3 years", "Not less than 5 years of
experience in Python") asks those years and the skill: it is no most a posting allows ("no
more than 3 years of postdoctoral experience") nor a negation. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_POSTING = "Data Engineer\n\nRequirements\n- {line}\n- Airflow\n"


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("No less than 3 years of experience with SQL", 3.0),
        ("Not less than 5 years of experience in SQL", 5.0),
        ("Not fewer than 4 years of SQL", 4.0),
        ("no less than 2 years SQL experience", 2.0),
    ],
)
def test_review_prev2_no_less_than_asks_its_years_and_skill(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    posting = profile_of(_POSTING.format(line=line), doc_type="posting")
    assert posting.posting is not None and posting.posting.years_required == years
    [sql] = [r for r in posting.requirements if r.id == "sql"]
    assert sql.importance == "required" and sql.years == years
    assert not any(m.negated for s in posting.skills if s.id == "sql" for m in s.mentions)
    assert not [r for r in posting.requirements if r.id.startswith("term:")]


@pytest.mark.parametrize(
    "line",
    [
        "Less than 2 years of experience with SQL",
        "No more than 3 years of experience with SQL",
        "Fewer than 4 years of SQL",
    ],
)
def test_review_prev2_a_most_still_asks_no_years(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(_POSTING.format(line=line), doc_type="posting")
    assert posting.posting is not None and posting.posting.years_required is None


def test_review_prev2_no_sql_is_still_negated(profile_of: ProfileOf) -> None:
    posting = profile_of(_POSTING.format(line="No SQL needed, less than a day of setup"), "posting")
    [sql] = [s for s in posting.skills if s.id == "sql"]
    assert all(m.negated for m in sql.mentions)


_CALL = "Research Scientist\n\nRequirements\n- {line}\n- Python\n"


@pytest.mark.parametrize(
    "line",
    [
        "PhD in Machine Learning with 3+ papers published by 2024",
        "PhD in Statistics and papers accepted at NeurIPS by June 2025",
        "PhD in Computer Science with work presented at ICML by 2023",
    ],
)
def test_review_prev2_papers_by_a_year_are_no_doctorate_about_to_be_held(
    profile_of: ProfileOf, line: str
) -> None:
    posting = profile_of(_CALL.format(line=line), doc_type="posting")
    assert posting.posting is not None and posting.posting.degree_expected is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("PhD in Computer Science by August 2027", "by August 2027"),
        ("PhD in Computer Science completed by 2027", "by 2027"),
    ],
)
def test_review_prev2_a_doctorate_by_a_year_is_still_about_to_be_held(
    profile_of: ProfileOf, line: str, expected: str
) -> None:
    posting = profile_of(_CALL.format(line=line), doc_type="posting")
    assert posting.posting is not None and posting.posting.degree_expected == expected
