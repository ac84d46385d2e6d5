"""Metamorphic checks of the score: edits a user would expect to help, or to change nothing,
never lower it, and the report's lists stay consistent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import SWAPPED, Profile, Report

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
    assert (
        implied.status == "implied"
        and implied.note == "shows 0.2 of 3 years in Jun 2023 - Aug 2023"
    )
    assert credit_of(after, "data-analysis") >= implied.credit


def test_an_implied_skill_used_in_undated_work_keeps_its_credit(
    profile_of: ProfileOf, options: Options
) -> None:
    undated = ANALYST_RESUME.replace("Jun 2023 - Aug 2023\n", "")
    report = report_of(profile_of, options, undated, ANALYST_POSTING)
    implied = next(m for m in report.missing if m.id == "data-analysis")
    assert implied.status == "implied" and implied.credit == 0.7 and not implied.detail


LAYOUT_POSTING = """Title: Data Scientist

Requirements
- 3+ years of experience in data science
- Python and SQL
- Master's degree in Statistics or Computer Science

Nice to have
- Docker is a plus
- Strong background in linear algebra, probability and optimization
"""

LAYOUT_RESUME = """Sam O'Neil

Skills
Python, SQL, Docker, scikit-learn

Experience
Senior Data Scientist - Northwind Grid, Austin, TX
2019 - 2024
- Built "demand" forecasts in Python – cut error by 20%

Education
M.S. in Statistics, Lakeside University
2024 - 2027 (expected)
B.S. in Computer Science, Lakeside University
2014 - 2018
Coursework: Deep Learning, Computer Vision, Optimization
"""

HEADINGS = ("Skills", "Experience", "Education")


def _cased_headings(text: str, case: Callable[[str], str]) -> str:
    return "\n".join(case(line) if line in HEADINGS else line for line in text.split("\n"))


def _education_first(text: str) -> str:
    """The education section moved up, under the name."""
    head, education = text.split("\nEducation\n")
    name, rest = head.split("\n\n", 1)
    return f"{name}\n\nEducation\n{education}\n{rest}"


LAYOUTS: dict[str, Callable[[str], str]] = {
    "double-spaced": lambda text: "\n\n".join(text.split("\n")),
    "blank lines at the end": lambda text: text + "\n\n\n",
    "indented bullets": lambda text: text.replace("\n- ", "\n    - "),
    "tab after bullets": lambda text: text.replace("\n- ", "\n-\t"),
    "trailing spaces": lambda text: text.replace("\n", "  \n"),
    "smart quotes and dashes": lambda text: (
        text.replace("'", "\u2019")
        .replace('"demand"', "\u201cdemand\u201d")
        .replace(" - ", " \u2014 ")
    ),
    "upper-case headings": lambda text: _cased_headings(text, str.upper),
    "lower-case headings": lambda text: _cased_headings(text, str.lower),
    "education first": lambda text: _education_first(text),
    "no-break spaces": lambda text: text.replace(", ", ",\u00a0").replace(
        "in Python", "in\u00a0Python"
    ),
    "CRLF line ends": lambda text: text.replace("\n", "\r\n"),
    "byte-order mark": lambda text: "\ufeff" + text,
}


def _summary(report: Report) -> tuple[float, dict[str, tuple[str, float]], list[float]]:
    verdicts = {m.id: (m.status, round(m.credit, 3)) for m in report.matched + report.missing}
    return report.score, verdicts, [c.value for c in report.components]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_layout_leaves_the_report_as_it_is(
    layout: str, profile_of: ProfileOf, options: Options
) -> None:
    """Blank lines, indents, tabs, typographic quotes, heading case and section order change
    nothing: not the degree studied for, not the work a title names, not the score."""
    plain = report_of(profile_of, options, LAYOUT_RESUME, LAYOUT_POSTING)
    laid_out = report_of(profile_of, options, LAYOUTS[layout](LAYOUT_RESUME), LAYOUT_POSTING)
    assert _summary(laid_out) == _summary(plain)


def test_a_posting_given_as_the_resume_is_flagged(profile_of: ProfileOf, options: Options) -> None:
    """A posting pasted in as the resume meets itself in full, its "3+ years" and "Master's
    preferred" read as the writer's: the report says the resume reads as a posting."""
    report = report_of(profile_of, options, LAYOUT_POSTING, LAYOUT_POSTING)
    assert "resume: this reads like a job posting, not a resume; check which file is which" in (
        report.warnings
    )


def test_swapped_files_are_flagged_and_the_right_order_is_not(
    profile_of: ProfileOf, options: Options
) -> None:
    swapped = report_of(profile_of, options, LAYOUT_POSTING, LAYOUT_RESUME)
    assert swapped.warnings == [SWAPPED]  # both misread: said once, as files swapped
    assert report_of(profile_of, options, LAYOUT_RESUME, LAYOUT_POSTING).warnings == []
    terse = report_of(profile_of, options, LAYOUT_RESUME, "Python and SQL; Docker is nice\n")
    assert terse.warnings == []  # a few words without headings are no evidence either way


PYTHON_POSTING = """Title: Data Engineer

Requirements
- 5+ years of experience with Python
- SQL
"""

LISTED_RESUME = """Jo Rivera

Skills
Python, SQL

Experience
Data Analyst, Acme Corp (Jan 2023 - Dec 2024)
- Built dashboards with SQL
"""


def python_of(report: Report) -> tuple[str, float, str | None]:
    found = next(m for m in report.matched + report.missing if m.id == "python")
    return found.status, round(found.credit, 2), found.note or None


def test_showing_a_listed_skill_in_a_dated_bullet_never_lowers_its_credit(
    profile_of: ProfileOf, options: Options
) -> None:
    """A skill only listed may have been used as long as the whole career, and no longer; a
    dated bullet naming it adds to that, so following the advice to show it at work is safe."""
    listed = report_of(profile_of, options, LISTED_RESUME, PYTHON_POSTING)
    assert python_of(listed) == ("related", 0.4, "shows 2.0 of 5 years in its whole career")
    shown = LISTED_RESUME.replace("with SQL", "with SQL and Python")
    at_work = report_of(profile_of, options, shown, PYTHON_POSTING)
    assert at_work.score >= listed.score
    assert python_of(at_work)[1] >= python_of(listed)[1]
    # an earlier role without Python lengthens the career the listed skill may span
    longer = shown.replace(
        "- Built dashboards", "Data Engineer, Beta Inc (Jan 2016 - Dec 2022)\n- Ran SQL\n- Built"
    )
    assert python_of(report_of(profile_of, options, longer, PYTHON_POSTING)) == (
        "matched",
        1.0,
        None,
    )


def test_a_listed_technical_skill_spans_the_technical_jobs_not_other_work(
    profile_of: ProfileOf, options: Options
) -> None:
    """A decade as a barista is no time with a listed Python; a soft skill listed may span it."""
    barista = "Barista, Blue Bottle Coffee (Jan 2012 - Dec 2022)\n- Served customers\n\n"
    resume = LISTED_RESUME.replace("Data Analyst", barista + "Data Analyst")
    assert python_of(report_of(profile_of, options, resume, PYTHON_POSTING)) == (
        "related",
        0.4,
        "shows 2.0 of 5 years in technical roles",
    )
    posting = PYTHON_POSTING.replace("Python", "customer service")
    listed = resume.replace("Python, SQL", "Python, SQL, customer service")
    report = report_of(profile_of, options, listed, posting)
    assert next(m.credit for m in report.matched if m.name == "Customer service") == 1.0


@pytest.mark.parametrize("skills_line", ["Python (6 yrs), SQL", "Python: 6 years, SQL"])
def test_years_written_beside_a_skill_count(
    profile_of: ProfileOf, options: Options, skills_line: str
) -> None:
    resume = LISTED_RESUME.replace("Python, SQL", skills_line)
    assert python_of(report_of(profile_of, options, resume, PYTHON_POSTING)) == (
        "matched",
        1.0,
        None,
    )


@pytest.mark.parametrize(
    "bullet",
    [
        "Analyzed 20 years of sales data with Python",  # an amount of data
        "Analyzed 20 years of sales data and built dashboards in Python",
        "Wrote Python scripts that forecast 10 years of demand",
        "Used SQL (8 yrs) and Python daily",  # SQL's years, not Python's
    ],
)
def test_years_that_are_not_time_with_a_skill_do_not_count(
    profile_of: ProfileOf, options: Options, bullet: str
) -> None:
    resume = LISTED_RESUME.replace("Python, SQL", "SQL")
    resume = resume.replace("- Built dashboards with SQL", f"- {bullet}")
    status, _, note = python_of(report_of(profile_of, options, resume, PYTHON_POSTING))
    assert (status, note) == ("related", "shows 2.0 of 5 years in Jan 2023 - Dec 2024")


def test_a_spoken_language_asked_for_years_is_not_timed_by_the_career(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = "Title: Analyst\n\nRequirements\n- 3 years of experience as a Japanese speaker\n"
    resume = LISTED_RESUME.replace("Python, SQL", "Python, SQL, Japanese")
    report = report_of(profile_of, options, resume, posting)
    assert next(m for m in report.matched if m.name == "Japanese").credit == 1.0


def test_years_written_beside_a_skill_are_named_as_the_source_when_short(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = LISTED_RESUME.replace("Python, SQL", "Python (3 yrs), SQL")
    assert python_of(report_of(profile_of, options, resume, PYTHON_POSTING)) == (
        "related",
        0.6,
        "shows 3.0 of 5 years as written",
    )


def test_a_listed_skill_with_no_technical_job_earns_no_years(
    profile_of: ProfileOf, options: Options
) -> None:
    """A decade as a barista is no time with Python, however long the career."""
    barista = (
        "Jo\n\nSkills\nPython, SQL\n\nExperience\nBarista, Corner Coffee (Jan 2015 - Dec 2024)\n"
    )
    report = report_of(profile_of, options, barista, PYTHON_POSTING)
    assert python_of(report) == ("related", 0.0, "shows 0.0 of 5 years in technical roles")
    # with no dated work at all the years cannot be told, and the listed skill counts
    student = "Jo\n\nSkills\nPython, SQL\n\nEducation\nBSc Computer Science\n"
    assert python_of(report_of(profile_of, options, student, PYTHON_POSTING))[0] == "matched"
