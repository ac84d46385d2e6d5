"""A posting's title names the tool of the job: "Senior Python Developer" asks Python when
its body does not ask it, and the body's reading wins when it does."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.requirements import names_a_tool
from mlcareer.formats import REPORT_FORMATS
from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]

_BODY = "\n\nAbout the role\nYou will build services for our billing team.\n\nRequirements\n"


def _asked(profile: Profile) -> dict[str, Requirement]:
    return {r.name: r for r in profile.requirements}


@pytest.mark.parametrize(
    ("title", "tool"),
    [
        ("Senior Python Developer", "Python"),
        ("Salesforce Administrator", "Salesforce"),
        ("Lead Go Engineer", "Go"),
        ("Power BI Developer", "Power BI"),
    ],
)
def test_a_tool_only_the_title_names_is_required(
    profile_of: ProfileOf, title: str, tool: str
) -> None:
    posting = f"{title}{_BODY}- 4+ years of backend work\n- Experience with Docker\n"
    asked = _asked(profile_of(posting, doc_type="posting"))
    assert asked[tool].importance == "required"
    assert asked[tool].section == "title"
    assert asked[tool].wording == f"title: {asked[tool].jd_text}"


def test_the_bodys_reading_wins_over_the_title(profile_of: ProfileOf) -> None:
    posting = f"Senior Python Developer{_BODY}- Experience with Docker\n\nNice to have\n- Python\n"
    python = _asked(profile_of(posting, doc_type="posting"))["Python"]
    assert python.importance == "preferred"
    assert python.section != "title"


def test_a_tool_the_company_blurb_names_is_still_the_titles_ask(profile_of: ProfileOf) -> None:
    posting = (
        "Python Developer\n\nAbout us\nOur platform is written in Python.\n\n"
        "Requirements\n- Experience with Docker\n"
    )
    assert _asked(profile_of(posting, doc_type="posting"))["Python"].importance == "required"


@pytest.mark.parametrize(
    ("title", "field"),
    [
        ("Machine Learning Engineer", "Machine learning"),  # a field: the body asks its methods
        ("DevOps Engineer", "DevOps"),  # a practice
        ("ETL Developer", "ETL"),  # a practice among the tools' kinds
        ("Cloud Computing Specialist", "Cloud computing"),  # written as a phrase
        ("Data Engineering Manager", "Data engineering"),
        ("Supply Chain Consultant", "Supply chain management"),
        ("Data Science Manager", "Data science"),
    ],
)
def test_a_field_the_title_names_asks_nothing(
    profile_of: ProfileOf, title: str, field: str
) -> None:
    posting = f"{title}{_BODY}- Experience with Docker\n"
    asked = _asked(profile_of(posting, doc_type="posting"))
    assert "Docker" in asked
    assert field not in asked


def test_another_jobs_title_in_the_body_asks_nothing(profile_of: ProfileOf) -> None:
    posting = (
        "Backend Engineer\n\nAbout the role\nYou will report to the Head of Java Platform.\n\n"
        "Requirements\n- Experience with PostgreSQL\n"
    )
    assert "Java" not in _asked(profile_of(posting, doc_type="posting"))


def test_a_title_written_as_a_sentence_asks_the_tool_of_the_job_it_seeks(
    profile_of: ProfileOf,
) -> None:
    posting = "We are hiring a Python Developer. Join us!\n\nRequirements\n- Docker\n"
    assert "Python" in _asked(profile_of(posting, doc_type="posting"))


def test_a_resumes_job_title_reads_as_before(profile_of: ProfileOf) -> None:
    resume = "Dana Ray\n\nExperience\nPython Developer, Acme, 2019 - 2023\n- Built Docker tools\n"
    skills = {hit.name for hit in profile_of(resume, doc_type="resume").skills}
    assert "Python" in skills and "Docker" in skills


@pytest.mark.parametrize(
    ("skill_id", "name", "category", "tool"),
    [
        ("python", "Python", "programming-languages", True),
        ("apache-spark", "Apache Spark", "big-data", True),
        ("data-engineering", "Data engineering", "data-engineering", False),
        ("devops", "DevOps", "devops", False),
        ("machine-learning", "Machine learning", "ml-methods", False),
        ("communication", "Communication", "soft-skills", False),
    ],
)
def test_names_a_tool(skill_id: str, name: str, category: str, tool: bool) -> None:
    assert names_a_tool(skill_id, name, category) is tool


@pytest.mark.parametrize("form", ["terminal", "markdown", "html"])
def test_match_shows_the_title_as_where_it_was_asked(
    profile_of: ProfileOf, options: Options, form: str
) -> None:
    resume = profile_of("Skills\nPython, Docker\n", doc_type="resume", name="r.txt")
    posting = profile_of(
        f"Senior Python Developer{_BODY}- Experience with Docker\n", doc_type="posting"
    )
    report = compare(resume, posting, options)
    python = next(m for m in report.matched if m.name == "Python")
    assert python.importance == "required" and python.asked_in == "title"
    docker = next(m for m in report.matched if m.name == "Docker")
    assert docker.asked_in is None
    out = REPORT_FORMATS[form](report, False)
    assert "title: Python" in out


def test_a_missing_title_tool_shows_the_title_as_its_wording(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of("Skills\nJava, Docker\n", doc_type="resume", name="r.txt")
    posting = profile_of(
        f"Senior Python Developer{_BODY}- Experience with Docker\n", doc_type="posting"
    )
    report = compare(resume, posting, options)
    python = next(m for m in report.missing if m.name == "Python")
    assert python.importance == "required" and python.wording == "title: Python"
    assert "title: Python" in REPORT_FORMATS["markdown"](report, False)
