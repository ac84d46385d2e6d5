"""Review of the sixth pass of leftovers: near misses of its rules, each pinned by small texts
written here, beside the reading the rule was made for."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]


def _asked(profile_of: ProfileOf, line: str) -> dict[str, Requirement]:
    text = f"ML Engineer\n\nRequirements\n- {line}\n- Git\n"
    return {req.id: req for req in profile_of(text, "posting").requirements}


# 1. Only a product's own parts (its services, libraries, packages, APIs) leave it asked; a
# kind of tool written as an acronym is met by one of its examples, as before


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("CI/CD tools such as Jenkins or GitHub Actions", "ci-cd"),
        ("ETL tools such as Airflow or dbt", "etl"),
        ("MLOps tools such as MLflow or Kubeflow", "mlops"),
        ("SQL engines such as Presto or Trino", "sql"),
    ],
)
def test_a_kind_of_tool_is_met_by_an_example(profile_of: ProfileOf, line: str, kind: str) -> None:
    asked = _asked(profile_of, line)
    assert kind not in asked
    assert len([req for req in asked.values() if req.choice]) == 2


@pytest.mark.parametrize(
    ("line", "product"),
    [
        ("AWS services such as S3 and Lambda", "aws"),
        ("Azure services (e.g. Azure ML, Synapse)", "azure"),
        ("Python libraries such as pandas and NumPy", "python"),
    ],
)
def test_a_products_parts_still_leave_it_asked(
    profile_of: ProfileOf, line: str, product: str
) -> None:
    asked = _asked(profile_of, line)
    assert product in asked
    assert not asked[product].alternatives


# 2. A posting holds no dated work, so a resume guessed to be a posting loses its jobs: a job's
# dates with the closing month named ("Jan 2019 - Dec 2023") read as a resume's, as years alone
# ("2019 - 2023") did


def test_month_named_job_dates_keep_a_resume_a_resume(profile_of: ProfileOf) -> None:
    text = (
        "Priya Shah\nHR Data Analyst\n\nWork History\nHR Analyst, Foo Corp, Jan 2019 - Dec 2023\n"
        "- Modelled salary bands and benefits uptake for our team\n"
        "- Forecast applicants per requisition with Python\n\n"
        "Junior Analyst, Bar Inc, Mar 2016 - Dec 2018\n- Reporting in Excel\n"
    )
    profile = profile_of(text)
    assert profile.doc_type == "resume"
    assert len(profile.experience.ranges) == 2


def test_an_application_window_still_reads_as_a_posting(profile_of: ProfileOf) -> None:
    # near miss: one dated range among a posting's words
    text = (
        "Data Analyst\n\nApplications open Jan 2025 - Mar 2025.\n\nRequirements\n- Python\n"
        "- SQL is a plus\n\nWhat we offer\n- Salary and benefits\n"
    )
    profile = profile_of(text)
    assert profile.doc_type == "posting"
    assert not profile.experience.ranges
