"""African postings read wrongly before: a diploma's own years beside a degree's, a company's
appositive blurb, and the languages of Southern, Eastern and Western Africa."""

from __future__ import annotations

import timeit

import pytest

from mlcareer.extract.importance import line_importance

from .posting_helpers import ProfileOf, asked, posting_info

_DIPLOMA_POSTING = """Data Analyst

Requirements
- Bachelor's degree in Statistics, Economics or a related field
- At least 2 years of experience in data analysis
- Diploma holders with at least 4 years' experience will be considered
- Strong SQL and Excel skills
"""


def test_a_diplomas_own_years_are_asked_of_the_diploma_alone(profile_of: ProfileOf) -> None:
    info = posting_info(profile_of, _DIPLOMA_POSTING)
    assert info.years_required == 2.0
    assert info.years_by_degree == {"associate": 4.0, "bachelor": 2.0}
    assert info.years_for_degree("bachelor") == 2.0
    assert info.years_for_degree("associate") == 4.0
    assert info.years_for_degree(None) == 4.0


def test_a_diplomas_years_above_the_degrees_line_count_too(profile_of: ProfileOf) -> None:
    posting = (
        "Data Analyst\n\nRequirements\n"
        "- HND holders with a minimum of 5 years' experience may also apply\n"
        "- B.Sc. in Computer Science\n- 3+ years of experience with SQL\n"
    )
    info = posting_info(profile_of, posting)
    assert info.years_required == 3.0
    assert info.years_by_degree == {"associate": 5.0, "bachelor": 3.0}


@pytest.mark.parametrize(
    "second",
    [
        # the same degree's years: the posting's own figure
        "- Degree holders with at least 4 years' experience will be considered",
        # no word offering the diploma in place of the degree: years of everyone
        "- At least 4 years of experience; a diploma in IT is an advantage",
    ],
)
def test_years_beside_no_lower_degree_offered_stay_the_postings(
    profile_of: ProfileOf, second: str
) -> None:
    posting = f"Data Analyst\n\nRequirements\n- Bachelor's degree in Statistics\n{second}\n"
    info = posting_info(profile_of, posting)
    assert info.years_required == 4.0
    assert info.years_by_degree == {}


@pytest.mark.parametrize(
    "blurb",
    [
        "Our client, a leading fintech company in Lagos, is hiring a Data Analyst.",
        "Acme, a leading fintech company, is hiring a Data Analyst.",
        "Acme Ltd, a fast-growing fintech start-up based in Nairobi, builds credit products.",
    ],
)
def test_a_companys_appositive_blurb_asks_nothing_of_its_business(
    profile_of: ProfileOf, blurb: str
) -> None:
    posting = f"Data Analyst\n\n{blurb}\n\nRequirements\n- Python\n- SQL\n"
    assert "fintech" not in asked(profile_of, posting)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a tool's appositive describes the tool: the tool and its words are still asked
        ("- Snowflake, a cloud data platform, is required", "cloud-computing"),
        # a candidate's past employer of that business is asked
        ("- Experience at a fintech company, a plus", "fintech"),
        ("- Fintech, a must", "fintech"),
    ],
)
def test_an_appositive_of_no_company_still_asks(
    profile_of: ProfileOf, line: str, kept: str
) -> None:
    posting = f"Data Analyst\n\nRequirements\n- Python\n{line}\n"
    assert kept in asked(profile_of, posting)


def test_a_long_line_of_names_and_asides_stays_fast() -> None:
    # the same line with semicolons in place of the asides' commas reads no aside
    hostile = "Acme Beta Gamma, a big new fintech " * 150 + "fintech"
    plain = hostile.replace(",", ";")

    def best(line: str) -> float:
        span = (len(line) - len("fintech"), len(line))
        return min(
            timeit.repeat(lambda: line_importance(line, None, True, span), number=3, repeat=3)
        )

    assert best(hostile) < 3 * best(plain)
