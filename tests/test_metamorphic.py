"""Metamorphic checks of the score: edits a user would expect to help, or to change nothing,
never lower it, and the report's lists stay consistent."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.api import Options, compare
from mlcareer.models import Profile, Report

ProfileOf = Callable[..., Profile]

ANALYST_POSTING = """Title: Data Analyst

Requirements
- 3+ years of experience in data analysis
- SQL
"""

# pandas implies data analysis; it is named only in a three-month internship
ANALYST_RESUME = """Jo Rivera

Skills
SQL, pandas

Experience
Analytics Intern, Acme Corp
Jun 2023 - Aug 2023
- Cleaned sensor logs with pandas and SQL
"""


def report_of(profile_of: ProfileOf, options: Options, resume: str, posting: str) -> Report:
    return compare(
        profile_of(resume, doc_type="resume", name="resume.txt"),
        profile_of(posting, doc_type="posting", name="jd.txt"),
        options,
    )


def credit_of(report: Report, skill_id: str) -> float:
    return next(m.credit for m in report.matched + report.missing if m.id == skill_id)


def test_naming_an_implied_skill_never_lowers_the_score(
    profile_of: ProfileOf, options: Options
) -> None:
    """An implied skill asked for years is checked on the dated work of what implies it, as a
    named one is, so following the advice to name it cannot cost points."""
    before = report_of(profile_of, options, ANALYST_RESUME, ANALYST_POSTING)
    named = ANALYST_RESUME.replace("SQL, pandas", "SQL, pandas, data analysis")
    after = report_of(profile_of, options, named, ANALYST_POSTING)
    assert after.score >= before.score
    implied = next(m for m in before.missing if m.id == "data-analysis")
    assert implied.status == "implied" and implied.note == "shows 0.2 of 3 years"
    assert credit_of(after, "data-analysis") >= implied.credit


def test_an_implied_skill_used_in_undated_work_keeps_its_credit(
    profile_of: ProfileOf, options: Options
) -> None:
    undated = ANALYST_RESUME.replace("Jun 2023 - Aug 2023\n", "")
    report = report_of(profile_of, options, undated, ANALYST_POSTING)
    implied = next(m for m in report.missing if m.id == "data-analysis")
    assert implied.status == "implied" and implied.credit == 0.7 and not implied.detail
