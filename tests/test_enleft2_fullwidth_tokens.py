"""Full-width brackets and arrows break words in an English CV as their ASCII kin do:
"AWS（SageMaker）", "GKE「Kubernetes」", "Airflow→BigQuery" name SageMaker, Kubernetes,
Airflow and BigQuery."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _skills(profile_of: ProfileOf, line: str) -> set[str]:
    text = f"Jane Doe\n\nSkills\n{line}\n\nExperience\nData Engineer, Acme, 2019 - 2021\n"
    return {skill.id for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    ("line", "ids"),
    [
        ("AWS（SageMaker）, Linux", {"aws", "sagemaker"}),
        ("GKE「Kubernetes」, Linux", {"kubernetes"}),
        ("Airflow→BigQuery pipelines", {"airflow", "bigquery"}),
        ("Kafka⇒Spark streaming", {"kafka", "apache-spark"}),
        ("Postgres←Airflow jobs", {"airflow"}),
        ("Docker『Kubernetes』", {"docker", "kubernetes"}),
        ("Python【pandas】", {"python", "pandas"}),
        ("熟悉PyTorch（必须）", {"pytorch"}),
    ],
)
def test_enleft2_full_width_brackets_and_arrows_break_words(
    profile_of: ProfileOf, line: str, ids: set[str]
) -> None:
    assert ids <= _skills(profile_of, line)


@pytest.mark.parametrize(
    ("line", "ids"),
    [
        # ASCII brackets and Japanese labels read as before
        ("AWS (SageMaker), Linux", {"aws", "sagemaker"}),
        ("【使用技術】Python, Docker", {"python", "docker"}),
    ],
)
def test_enleft2_ascii_brackets_and_east_asian_labels_read_as_before(
    profile_of: ProfileOf, line: str, ids: set[str]
) -> None:
    assert ids <= _skills(profile_of, line)


@pytest.mark.parametrize(
    ("line", "ids"),
    [
        ("AWS(SageMaker), Linux", {"aws", "sagemaker"}),
        ("Airflow->BigQuery pipelines", {"airflow", "bigquery"}),
        ("C++(STL), Python(3.11)", {"cpp", "python"}),
    ],
)
def test_enleft2_a_bracket_or_arrow_glued_to_a_word_breaks_it(
    profile_of: ProfileOf, line: str, ids: set[str]
) -> None:
    assert ids <= _skills(profile_of, line)
