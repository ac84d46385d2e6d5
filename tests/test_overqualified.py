"""Overqualification: a posting that names itself intern or entry level against a resume that
reads two or more levels above it keeps part of its experience credit, says why, and is told."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Component, Profile, Report

ProfileOf = Callable[..., Profile]

SENIOR = """Robin Vale

Experience
Senior Machine Learning Engineer, Larkspur Data, Feb 2019 - Present
- Led a team of four engineers shipping PyTorch ranking models in Python and SQL
- Tuned scikit-learn baselines and reported statistics to product teams

Machine Learning Engineer, Quillworks, Mar 2016 - Jan 2019
- Built feature pipelines in Python and SQL

Education
M.S. in Computer Science, Hillcrest University, 2015
"""

MID = """Jo Park

Experience
Machine Learning Engineer, Quillworks, Mar 2023 - Present
- Built PyTorch and scikit-learn models in Python and SQL, with statistics for product teams

Education
B.S. in Computer Science, Hillcrest University, 2023
"""

STUDENT = """Ari Moss

Experience
Machine Learning Intern, Quillworks, Jun 2026 - Aug 2026
- Built PyTorch and scikit-learn models in Python and SQL, with statistics for product teams

Education
B.S. in Computer Science, Hillcrest University, expected May 2028
"""

# a senior who went back to school: a master's in progress
SENIOR_STUDYING = SENIOR.replace(
    "Education\n", "Education\nM.S. in Statistics, Hillcrest University, expected May 2028\n"
)

POSTING = """{title}

Requirements
- Bachelor's degree in Computer Science
{years}- Python, SQL and scikit-learn
- Statistics

Nice to have
- PyTorch
"""
INTERNSHIP = POSTING.format(title="Machine Learning Intern", years="")
JUNIOR = POSTING.format(
    title="Junior Machine Learning Engineer", years="- 1+ years of experience with Python\n"
)
# entry level only by the years it asks: no title or "Level:" field names the level
UNNAMED = POSTING.format(title="Machine Learning Engineer", years="- 1+ years of experience\n")
MID_POSTING = POSTING.format(title="Machine Learning Engineer II", years="")


def _report(profile_of: ProfileOf, options: Options, resume: str, posting: str) -> Report:
    return compare(
        profile_of(resume, doc_type="resume", name="resume.txt"),
        profile_of(posting, doc_type="posting", name="jd.txt"),
        options,
    )


def _experience(report: Report) -> Component:
    return next(c for c in report.components if c.name == "experience")


@pytest.mark.parametrize(
    ("resume", "posting", "levels"),
    [(SENIOR, INTERNSHIP, 3), (MID, INTERNSHIP, 2), (SENIOR, JUNIOR, 2)],
    ids=["senior-for-intern", "mid-for-intern", "senior-for-junior"],
)
def test_a_resume_far_above_an_early_career_posting_keeps_part_of_the_credit(
    profile_of: ProfileOf, options: Options, resume: str, posting: str, levels: int
) -> None:
    report = _report(profile_of, options, resume, posting)
    experience = _experience(report)
    assert 0 < experience.value < 1  # partial: some step down on purpose
    assert f"{levels} levels above" in experience.detail
    assert "overqualified" in experience.detail
    assert report.experience["level_fit"] == "overqualified"
    # the score stays the weighted sum the report prints
    assert report.score == pytest.approx(sum(c.points for c in report.components), abs=0.1)


def test_the_overqualified_are_told_the_posting_is_below_their_level(
    profile_of: ProfileOf, options: Options
) -> None:
    report = _report(profile_of, options, SENIOR, INTERNSHIP)
    [advice] = [s.message for s in report.suggestions if s.kind == "level"]
    assert "intern level" in advice and "senior" in advice


@pytest.mark.parametrize(
    ("resume", "posting"),
    [(MID, JUNIOR), (SENIOR, MID_POSTING), (SENIOR, UNNAMED), (STUDENT, INTERNSHIP)],
    ids=["mid-for-junior", "senior-for-mid", "level-only-from-years", "student-for-intern"],
)
def test_an_ordinary_step_keeps_full_credit(
    profile_of: ProfileOf, options: Options, resume: str, posting: str
) -> None:
    report = _report(profile_of, options, resume, posting)
    assert _experience(report).value == 1.0
    assert "overqualified" not in _experience(report).detail
    assert report.experience["level_fit"] is None
    assert not [s for s in report.suggestions if s.kind == "level"]


def test_a_senior_back_at_school_is_no_stranger_to_an_internship(
    profile_of: ProfileOf, options: Options
) -> None:
    """An internship is for students: one with a career behind them is who it is for."""
    internship = INTERNSHIP.replace(
        "- Bachelor's degree in Computer Science", "- Currently enrolled in a degree program"
    )
    report = _report(profile_of, options, SENIOR_STUDYING, internship)
    assert _experience(report).value == 1.0
    assert report.experience["level_fit"] is None


def test_a_student_with_the_same_skills_ranks_above_a_senior_for_an_internship(
    profile_of: ProfileOf, options: Options
) -> None:
    student = _report(profile_of, options, STUDENT, INTERNSHIP)
    senior = _report(profile_of, options, SENIOR, INTERNSHIP)
    assert student.score > senior.score


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_the_level_row_says_overqualified_and_where_the_posting_level_comes_from(
    profile_of: ProfileOf, options: Options, fmt: str
) -> None:
    """The side-by-side level row is where a reader compares levels: it names the posting's
    source and that the resume is far above it, as the experience line does."""
    from mlcareer.formats import REPORT_FORMATS

    report = _report(profile_of, options, SENIOR, INTERNSHIP)
    out = REPORT_FORMATS[fmt](report, False).replace("\\", "")  # Markdown's escapes
    assert "intern (title: Machine Learning" in out  # the terminal wraps "Intern)"
    assert "senior (overqualified)" in out
    ordinary = REPORT_FORMATS[fmt](_report(profile_of, options, MID, JUNIOR), False)
    assert "(overqualified)" not in ordinary


def test_the_json_report_names_the_posting_levels_source(
    profile_of: ProfileOf, options: Options
) -> None:
    report = _report(profile_of, options, SENIOR, INTERNSHIP)
    assert report.experience["posting_level_source"] == "title: Machine Learning Intern"


def test_the_level_row_prints_the_postings_title_as_text_not_markup(
    profile_of: ProfileOf, options: Options
) -> None:
    from mlcareer.formats.terminal import render_report

    posting = POSTING.format(title="[blink]Machine Learning[/blink] Intern", years="")
    out = render_report(_report(profile_of, options, SENIOR, posting), False)
    assert "intern (title: [blink]Machine" in out  # the level row; the terminal wraps the rest


@pytest.mark.parametrize(("credit", "share"), [(0.5, "half"), (0.4, "0.4x")])
def test_the_credit_kept_is_worded_from_the_one_setting(
    profile_of: ProfileOf,
    options: Options,
    monkeypatch: pytest.MonkeyPatch,
    credit: float,
    share: str,
) -> None:
    """The score's detail and `check`'s reasons say the share OVERQUALIFIED_CREDIT keeps."""
    from mlcareer import scoring
    from mlcareer.checks import held_down

    monkeypatch.setattr(scoring, "OVERQUALIFIED_CREDIT", credit)
    report = _report(profile_of, options, SENIOR, INTERNSHIP)
    assert _experience(report).value == pytest.approx(credit)
    assert f"({scoring.OVERQUALIFIED}: {share} credit)" in _experience(report).detail
    assert held_down(report) == [f"overqualified ({share} the experience credit)"]
