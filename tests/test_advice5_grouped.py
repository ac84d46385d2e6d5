"""Advice read as a job seeker reads it: the same advice for several skills is said once,
naming them all, and the JSON holds the lines the terminal shows."""

from __future__ import annotations

import json
from pathlib import Path

from mlcareer.suggest import MAX_SUGGESTIONS, listed

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


STUDENT = """Ravi Kumar
ravi.kumar@example.edu

Education
MSc Data Science, Lakeside University, expected Jun 2027
BSc Physics, Lakeside University, 2025

Experience
Data Intern, Orbit Labs, Jun 2025 - Aug 2025
- Built 2 forecasting models in Python that cut error by 9%

Skills
Python, SQL, pandas
"""


def _profile_advice(tmp_path: Path, resume: str, *given: str) -> list[str]:
    (tmp_path / "resume.txt").write_text(resume, encoding="utf-8")
    result = invoke("match", tmp_path / "resume.txt", *given, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return _messages(json.loads(result.stdout))


def test_a_level_given_instead_of_a_posting_is_named_in_the_advice(tmp_path: Path) -> None:
    advice = _profile_advice(tmp_path, STUDENT, "--level", "senior")
    assert advice, advice
    assert not any("posting" in m.replace("postings", "") for m in advice), advice
    years = next(m for m in advice if "years" in m)
    assert years.startswith("The senior level asks for 5+ years"), years
    assert "your resume reads as intern, below the senior level" in years, years
    assert any(m.startswith("The senior level requires ") for m in advice), advice


def test_a_level_given_is_named_as_a_profile_in_every_report(tmp_path: Path) -> None:
    (tmp_path / "resume.txt").write_text(STUDENT, encoding="utf-8")
    for form in ("terminal", "markdown", "html"):
        result = invoke("match", tmp_path / "resume.txt", "--level", "senior", "--format", form)
        assert result.exit_code == 0, result.stderr
        assert "profile asks" in result.stdout and "profile's wording" in result.stdout, form
        assert "posting asks" not in result.stdout and "taxonomy:" not in result.stdout, form


def test_a_role_given_is_named_with_its_level(tmp_path: Path) -> None:
    advice = _profile_advice(tmp_path, STUDENT, "--level", "mid", "--role", "ml-engineer")
    assert any(m.startswith("The mid-level machine learning engineer role ") for m in advice)
    assert not any("the posting" in m.lower() for m in advice), advice


def test_a_resume_far_above_the_level_given_is_told_so_without_a_posting(
    tmp_path: Path,
) -> None:
    senior = (
        "Lena Ortiz\nlena.ortiz@example.com\n\nExperience\n"
        "Principal Data Scientist, Orbit Labs, Jan 2012 - Present\n"
        "- Led 6 scientists building pricing models in Python that lifted margin by 3%\n\n"
        "Education\nMSc Statistics, Lakeside University, 2011\n"
    )
    advice = _profile_advice(tmp_path, senior, "--level", "intern")
    level = advice[0]
    assert level.startswith("Your resume reads as senior, "), advice
    assert "levels above the intern level: postings at that level are written" in level


def test_a_masters_student_holding_the_bachelors_asked_is_not_told_it_is_in_progress(
    tmp_path: Path,
) -> None:
    posting = "Data Scientist\n\nRequirements\n- Bachelor's degree in Statistics\n- Python\n"
    report = _report(tmp_path, STUDENT, posting)
    assert report["education"]["resume"] == "bachelor", report["education"]
    assert not [s for s in report["suggestions"] if s["kind"] == "education"], report


def test_a_robotics_venue_asked_is_papers_to_list_not_a_bullet(tmp_path: Path) -> None:
    posting = "Research Scientist\n\nRequirements\n- Python\n- Publications at CoRL, RSS or ICRA\n"
    advice = _messages(_report(tmp_path, STUDENT, posting))
    venues = [m for m in advice if "ICRA" in m]
    assert len(venues) == 1, advice
    assert "Publications section" in venues[0] and "experience bullet" not in venues[0], venues


def test_one_year_asked_is_said_in_the_singular(tmp_path: Path) -> None:
    posting = "Data Analyst\n\nRequirements\n- 1+ year of SQL\n"
    resume = STUDENT.replace("models in Python", "models in Python and SQL")
    report = _report(tmp_path, resume, posting)
    [sql] = [m for m in report["missing"] if m["name"] == "SQL"]
    assert " of 1 year in " in sql["detail"], sql


ONE_ROLE = """Noor Haddad
noor.haddad@example.com

Experience
Data Scientist, Keel Analytics, Jan 2022 - Dec 2024
- Built pricing models in Python that lifted margin by 4%

Education
MSc Statistics, Lakeside University, 2021
"""


def test_a_skill_in_every_dated_role_is_not_to_be_named_in_more(tmp_path: Path) -> None:
    """Three years in the one role held: naming Python in more roles adds no time."""
    posting = "Data Scientist\n\nRequirements\n- 6+ years of Python\n"
    advice = _messages(_report(tmp_path, ONE_ROLE, posting))
    assert not any("name it in every role" in m for m in advice), advice
    # the advice on the years asked says it: the career is shorter than the ask
    assert any(m.startswith("The posting asks for 6+ years;") for m in advice), advice


def test_match_help_describes_the_report_and_its_cap() -> None:
    result = invoke("match", "--help")
    assert result.exit_code == 0
    said = " ".join(result.stdout.split())
    assert f"at most {MAX_SUGGESTIONS} changes" in said, said
    assert "What to change" in said and '"suggestions"' in said, said


def test_soft_skills_asked_come_after_the_tools_asked_with_them(tmp_path: Path) -> None:
    posting = "ML Engineer\n\nRequirements\n- Mentoring\n- Communication\n- Python\n- Docker\n"
    advice = _messages(_report(tmp_path, CARER, posting))
    tools = next(i for i, m in enumerate(advice) if m.startswith("The posting requires Python"))
    soft = next(i for i, m in enumerate(advice) if m.startswith("The posting requires Mentoring"))
    assert tools < soft, advice
