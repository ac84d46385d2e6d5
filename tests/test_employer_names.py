"""A company named as a job's employer is where someone worked, not a product they used:
"Research Scientist, Larkspur AI" and "Data Engineer, Databricks" name the same kind of thing."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

BULLET = "- Built forecasting models in Python.\n"


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


@pytest.mark.parametrize(
    ("heading", "skill_id"),
    [
        ("Research Scientist, OpenAI  2021 – Present\n", "openai-api"),
        ("Senior Data Engineer, Databricks\nJan 2018 – Dec 2020\n", "databricks"),
        ("Data Analyst | Tableau | Seattle, WA | 2019 – 2022\n", "tableau"),
        ("Backend Engineer at MongoDB, New York\nMar 2017 – Jun 2019\n", "mongodb"),
        ("Oracle Corporation\nCloud Engineer   2016 – 2018\n", "oracle-database"),
        ("2016 – 2018   Werkstudent Data Analytics, SAP SE, Walldorf\n", "sap"),
        ("Software Engineer\nSalesforce, San Francisco\n2015 – 2017\n", "salesforce"),
    ],
)
def test_an_employer_on_a_jobs_heading_is_no_skill(
    profile_of: Callable[..., Profile], heading: str, skill_id: str
) -> None:
    resume = profile_of(f"Experience\n{heading}{BULLET}\nSkills\nPython, SQL\n", "resume")
    assert skill_id not in _skill_ids(resume)
    assert {"python", "sql"} <= _skill_ids(resume)


def test_the_employers_product_in_a_bullet_still_counts(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Experience\nSenior Data Engineer, Databricks  2018 – 2020\n"
        "- Tuned Spark jobs on Databricks for Python teams.\n",
        "resume",
    )
    [hit] = [hit for hit in resume.skills if hit.id == "databricks"]
    assert [m.line for m in hit.mentions] == [3]


def test_a_product_the_title_names_still_counts(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Experience\nSalesforce Developer, Acme Corp  2014 – 2016\n- Wrote Apex triggers.\n",
        "resume",
    )
    assert "salesforce" in _skill_ids(resume)


def test_a_list_of_tools_beside_a_job_is_no_employer(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Experience\nData Engineer, Acme Corp  2018 – 2020\n- Built pipelines.\n"
        "Databricks, Snowflake\nAnalyst, Globex  2016 – 2018\n- Wrote reports.\n",
        "resume",
    )
    assert {"databricks", "snowflake"} <= _skill_ids(resume)


def test_a_posting_naming_its_company_is_unchanged(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Senior Data Engineer, Databricks\n\nRequirements\n- 5+ years of Python\n"
        "- Experience with Databricks and Spark\n",
        "posting",
    )
    assert "databricks" in _skill_ids(posting)


def test_a_run_on_line_is_no_jobs_heading(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Experience\nData Engineer, Acme Corp  2018 – 2020  Built nightly pipelines for the"
        " finance and sales teams, Databricks, reviewed code and mentored two interns\n",
        "resume",
    )
    assert "databricks" in _skill_ids(resume)


@pytest.mark.parametrize(
    ("heading", "asked"),
    [
        ("Senior Data Engineer, Databricks\nJan 2018 – Dec 2020\n", "Databricks"),
        ("Backend Engineer at MongoDB, New York\nMar 2017 – Jun 2019\n", "MongoDB"),
    ],
)
def test_a_posting_asking_for_the_employers_product_finds_it_missing(
    profile_of: Callable[..., Profile], options: Options, heading: str, asked: str
) -> None:
    """The report agrees with the resume's skills: the employer's name is no evidence."""
    resume = profile_of(f"Experience\n{heading}{BULLET}\nSkills\nPython, SQL\n", "resume")
    posting = profile_of(f"Engineer\n\nRequirements\n- {asked}\n- Python\n", "posting")
    report = compare(resume, posting, options)
    assert [m.name for m in report.missing] == [asked]


@pytest.mark.parametrize(
    ("heading", "skill_id"),
    [
        ("Software Engineer, Android\nNorthwind Labs, Zurich\n2019 – 2022\n", "android"),
        ("iOS Developer | iOS | 2018 – 2020\n", "ios"),
        ("Software Engineer, Kubernetes  2020 – Present\n", "kubernetes"),
        ("Research Engineer, PyTorch\n2017 – 2019\n", "pytorch"),
    ],
)
def test_an_open_platform_after_a_title_is_the_jobs_field(
    profile_of: Callable[..., Profile], heading: str, skill_id: str
) -> None:
    resume = profile_of(f"Experience\n{heading}{BULLET}", "resume")
    assert skill_id in _skill_ids(resume)


def test_the_open_platforms_are_taxonomy_skills() -> None:
    from mlcareer.extract.employers import _PLATFORMS
    from mlcareer.taxonomy import load_taxonomy

    assert set(load_taxonomy().skills) >= _PLATFORMS


@pytest.mark.parametrize(
    ("heading", "skill_id"),
    [
        ("Data Analyst | Tata Consultancy Services, Chennai | Jul 2019 - Dec 2020\n", "consulting"),
        ("Senior Data Scientist\nZentro Logistics · Full-time\nJan 2019 - Present\n", "logistics"),
        ("Cloud Engineer, Oracle Financial Services Ltd  2016 – 2018\n", "oracle-database"),
    ],
)
def test_a_skill_inside_an_employers_name_is_no_skill(
    profile_of: Callable[..., Profile], heading: str, skill_id: str
) -> None:
    resume = profile_of(f"Experience\n{heading}{BULLET}\nSkills\nPython, SQL\n", "resume")
    assert skill_id not in _skill_ids(resume)
    assert {"python", "sql"} <= _skill_ids(resume)


@pytest.mark.parametrize(
    "heading",
    [
        "Machine Learning Engineer – Fraud Detection Team, Acme Bank  2019 – 2022\n",
        "Data Scientist, Fraud Detection, Globex Ltd  2019 – 2022\n",
        "Fraud Detection Analyst, Globex Services  2019 – 2022\n",
    ],
)
def test_a_skill_beside_an_employers_name_still_counts(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    resume = profile_of(f"Experience\n{heading}{BULLET}", "resume")
    assert "fraud-detection" in _skill_ids(resume)
