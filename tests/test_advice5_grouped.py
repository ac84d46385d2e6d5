"""Advice read as a job seeker reads it: the same advice for several skills is said once,
naming them all, and the JSON holds the lines the terminal shows."""

from __future__ import annotations

import json
from pathlib import Path

from mlcareer.suggest import listed

from .conftest import invoke

CARER = """Morgan Ellis
morgan.ellis@example.com

Summary
Care worker with five years on a hospital ward.

Experience
Care Worker, Riverside Hospital, Mar 2020 - Present
- Looked after 14 patients a shift on a surgical ward
- Trained 5 new starters on the ward's routines

Education
BSc Health Studies, Riverside University, 2019

Skills
Patient care, first aid, rota planning
"""

ML_POSTING = """Machine Learning Engineer

Requirements
- Python
- SQL
- Docker
- Kubernetes
- Mentoring
- Communication

Nice to have
- Apache Spark
- Terraform
"""


def _report(tmp_path: Path, resume: str, posting: str, *more: str) -> dict:
    (tmp_path / "resume.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(posting, encoding="utf-8")
    result = invoke(
        "match", tmp_path / "resume.txt", tmp_path / "jd.txt", "--format", "json", *more
    )
    assert result.exit_code == 0, result.stderr
    report: dict = json.loads(result.stdout)
    return report


def _messages(report: dict) -> list[str]:
    return [s["message"] for s in report["suggestions"]]


def test_listed_reads_as_a_sentence() -> None:
    assert listed(["Python"]) == "Python"
    assert listed(["Python", "SQL"]) == "Python and SQL"
    assert listed(["Python", "SQL", "Docker"]) == "Python, SQL and Docker"


def test_tools_an_off_field_resume_misses_are_named_in_one_line(tmp_path: Path) -> None:
    advice = _messages(_report(tmp_path, CARER, ML_POSTING))
    required = [m for m in advice if m.startswith("The posting requires")]
    tools = "The posting requires Python, SQL, Docker and Kubernetes, which your resume"
    assert sum(m.startswith(tools) for m in required) == 1, advice
    soft = [m for m in required if "Mentoring" in m]
    assert soft == [
        "The posting requires Mentoring and Communication: show each that fits you by an "
        "example in an experience bullet, what you did and what came of it."
    ]
    nice = [m for m in advice if m.startswith("Nice to have")]
    assert nice == [
        "Nice to have: Apache Spark and Terraform. Mention any of them you have exposure to."
    ]


def test_one_missing_tool_keeps_its_own_words(tmp_path: Path) -> None:
    posting = "Data Engineer\n\nRequirements\n- Kubernetes\n- Patient care\n"
    advice = _messages(_report(tmp_path, CARER, posting))
    assert (
        "The posting requires Kubernetes. If your experience includes it, add it to an "
        "experience bullet that says what you did with it."
    ) in advice, advice


def test_skills_only_listed_are_named_in_one_line(tmp_path: Path) -> None:
    resume = CARER.replace("rota planning", "rota planning, Python, SQL")
    posting = "Data Analyst\n\nRequirements\n- Python\n- SQL\n"
    advice = _messages(_report(tmp_path, resume, posting))
    shown = [m for m in advice if "only in your skills" in m]
    assert shown == [
        "Python and SQL appear only in your skills or summary: show each in an experience "
        "bullet with a result."
    ]


def test_skills_short_of_their_years_share_the_advice_to_name_them(tmp_path: Path) -> None:
    resume = CARER.replace(
        "Education\n",
        "Analyst, Riverside Hospital, Jan 2019 - Feb 2020\n"
        "- Built 3 reports in Python and SQL for ward managers\n\nEducation\n",
    )
    posting = "Data Analyst\n\nRequirements\n- 5+ years of Python\n- 5+ years of SQL\n"
    advice = _messages(_report(tmp_path, resume, posting))
    years = [m for m in advice if "more time with" in m]
    assert len(years) == 1, advice
    assert years[0].startswith("The posting asks for more time with Python (")
    assert years[0].endswith("name each in every role where you used it."), years
    assert ") and SQL (" in years[0], years


def test_terminal_and_json_give_the_same_advice(tmp_path: Path) -> None:
    advice = _messages(_report(tmp_path, CARER, ML_POSTING))
    result = invoke(
        "match", tmp_path / "resume.txt", tmp_path / "jd.txt", "--no-color", "-f", "markdown"
    )
    assert result.exit_code == 0, result.stderr
    for message in advice:
        assert message in result.stdout, message
