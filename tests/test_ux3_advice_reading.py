"""What to change, read line by line on realistic pairs: each line true, in plain English, and
said once (a student against a senior or a research posting, a analyst against a posting for
another role)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

STUDENT = """Priya Raman
priya.raman@example.edu | 617-555-0199

EDUCATION
B.S. Computer Science, Northeastern University, Boston, MA
Expected May 2028. GPA 3.7

PROJECTS
Movie recommender (class project, Fall 2025)
- Built a collaborative filtering recommender in Python with pandas; reached 0.86 RMSE.

EXPERIENCE
Teaching Assistant, Intro to Programming - Northeastern University
September 2025 - Present
- Held weekly office hours for 40 students learning Python.

SKILLS
Python, pandas, NumPy, scikit-learn, machine learning, Git
"""

SENIOR_POSTING = """Senior Machine Learning Engineer

Requirements
- 6+ years of experience building production machine learning systems
- Strong Python and SQL
- Bachelor's degree in Computer Science

Nice to have
- Publications at NeurIPS, KDD or RecSys
- Experience with Kafka
"""

RESEARCH_POSTING = """Research Scientist, NLP

Minimum qualifications
- PhD in Computer Science or a related field
- Experience with PyTorch
"""

PAPER_AT_RECSYS = """Dana Okafor
dana.okafor@example.com

EXPERIENCE
Machine Learning Engineer - ShopStream, Chicago, IL
March 2019 - Present
- Trained retrieval models in PyTorch that lifted revenue per visit by 7%.

EDUCATION
M.S. Computer Science, University of Illinois Chicago, 2018

PUBLICATIONS
- Okafor D., et al. "Session-aware retrieval for retail recommendations." RecSys 2022.
"""

VENUE_POSTING = """Applied Scientist

Requirements
- PyTorch
- Publications at NeurIPS or ICML
"""

ANALYST = """Sam Whitfield
sam.whitfield@example.com

EXPERIENCE
Operations Associate - Summit Logistics, Golden, CO
June 2020 - Present
- Kept Excel trackers for 200 weekly shipments and cut late deliveries by 12%.

EDUCATION
B.A. Economics, Colorado State University, 2020
"""

ANALYST_POSTING = """Data Analyst

Requirements
- 2+ years of experience as a data analyst
- Advanced SQL and Excel
"""


def _advice(tmp_path: Path, resume: str, posting: str) -> list[str]:
    (tmp_path / "cv.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(posting, encoding="utf-8")
    args = ["match", str(tmp_path / "cv.txt"), str(tmp_path / "jd.txt"), "-f", "json"]
    result = CliRunner().invoke(app, [*args, "--as-of", "2026-11"])
    assert result.exit_code == 0, result.output
    return [s["message"] for s in json.loads(result.stdout)["suggestions"]]


def test_ux3_years_short_are_said_once_with_their_unit(tmp_path: Path) -> None:
    """The posting's 6 years of ML work are its years: the years line says the resume's
    0.6 years, and no second line tells to name machine learning in every role, which would
    add no time to a career shorter than the ask."""
    advice = _advice(tmp_path, STUDENT, SENIOR_POSTING)
    assert any("the resume's dated roles add up to 0.6 years." in a for a in advice), advice
    assert not any("name it in every role" in a for a in advice), advice


def test_ux3_a_skill_shown_in_one_of_two_roles_is_still_to_be_named_in_more(
    tmp_path: Path,
) -> None:
    """Lookalike: a skill's years short in a career long enough: naming it in the other role
    where it was used may show them, so that advice stays."""
    resume = PAPER_AT_RECSYS.replace(
        "EDUCATION",
        "Data Analyst - Harbor Bank, Oakland, CA\nJune 2014 - February 2019\n"
        "- Wrote reports for the risk team that cut review time by 20%.\n\nEDUCATION",
    ).replace("retrieval models in PyTorch", "retrieval models in PyTorch and Python")
    posting = "Machine Learning Engineer\n\nRequirements\n- 10+ years of Python\n- PyTorch\n"
    advice = [a for a in _advice(tmp_path, resume, posting) if "Python" in a]
    assert any("name it in every role where you used it" in a for a in advice), advice


def test_ux3_a_degree_in_progress_is_not_told_to_add_an_education_section(
    tmp_path: Path,
) -> None:
    [degree] = [a for a in _advice(tmp_path, STUDENT, RESEARCH_POSTING) if "degree" in a]
    assert degree.startswith(
        "The posting asks for a PhD and the resume shows a bachelor's degree in progress:"
    ), degree
    assert "Education section" not in degree
    assert "if you hold a PhD, add it" in degree


def test_ux3_degrees_are_named_in_plain_english(tmp_path: Path) -> None:
    [degree] = [a for a in _advice(tmp_path, PAPER_AT_RECSYS, RESEARCH_POSTING) if "PhD" in a]
    assert "asks for a PhD and the resume shows a master's degree" in degree
    assert "phd degree" not in degree


def test_ux3_venues_asked_with_papers_are_one_line(tmp_path: Path) -> None:
    advice = _advice(tmp_path, STUDENT, SENIOR_POSTING)
    papers = [a for a in advice if "NeurIPS" in a or "Publications" in a]
    assert papers == [
        "Nice to have: Publications at NeurIPS, KDD or RecSys. If you have any, list them in a "
        "Publications section (title, venue, year)."
    ], papers


def test_ux3_a_paper_at_another_venue_is_not_told_to_name_a_venue(tmp_path: Path) -> None:
    advice = _advice(tmp_path, PAPER_AT_RECSYS, VENUE_POSTING)
    [venue] = [a for a in advice if "NeurIPS" in a]
    assert "a paper at RecSys" in venue
    assert "If you have papers at those venues, list them" in venue
    assert "If your experience includes" not in venue


def test_ux3_a_role_asked_is_work_done_not_a_bullet_to_add(tmp_path: Path) -> None:
    advice = _advice(tmp_path, ANALYST, ANALYST_POSTING)
    [role] = [a for a in advice if "data analyst" in a]
    assert role.startswith("The posting requires experience as a data analyst:"), role
    assert "under another job title" in role


def test_ux3_a_resume_levels_below_the_posting_is_told_which_postings_fit(
    tmp_path: Path,
) -> None:
    [years] = [a for a in _advice(tmp_path, STUDENT, SENIOR_POSTING) if "6+ years" in a]
    assert "the posting is senior level and your resume reads as intern" in years, years
    assert "at the intern or entry level" in years
    assert "Give any role left undated" not in years


def test_ux3_one_level_below_keeps_the_plain_years_advice(tmp_path: Path) -> None:
    """Lookalike: a year and a half against a posting asking three is one level short, no
    advice to look elsewhere by level."""
    resume = STUDENT.replace("September 2025 - Present", "March 2025 - Present").replace(
        "Teaching Assistant, Intro to Programming", "Junior Data Analyst"
    )
    posting = "Data Analyst\n\nRequirements\n- 3+ years of experience\n- SQL\n"
    [years] = [a for a in _advice(tmp_path, resume, posting) if "3+ years" in a]
    assert "reads as" not in years, years
