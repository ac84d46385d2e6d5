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
