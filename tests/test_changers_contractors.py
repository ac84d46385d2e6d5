"""Contractors' and agencies' documents: a contractor's headings over the contracts and the
permanent roles, and an agency's notice at the foot of the candidate's spec sheet."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

CONTRACTOR = """\
JAMES WHITFIELD
Contract ML Engineer | Outside IR35 | Day rate: £650

KEY SKILLS
Python, PyTorch, MLflow, Kubernetes

{contracts}
ML Engineer (Contract via Hays) - Sainsbury's, London           Apr 2026 - Present
- Built demand-forecasting pipelines on Vertex AI.
MLOps Consultant (Contract) - Barclays, Manchester               Sep 2025 - Mar 2026
- Migrated 30 models to MLflow and Kubernetes.

{permanent}
Data Scientist, Auto Trader UK, Manchester                      2019 - 2024
- Recommendation models for car listings; A/B testing.

EDUCATION
BSc Computer Science, University of Manchester, 2018
"""


@pytest.mark.parametrize(
    ("contracts", "permanent"),
    [
        ("CONTRACT HISTORY", "PERMANENT ROLES"),
        ("Recent Contracts", "Permanent Employment"),
        ("Contract Experience:", "Previous Permanent Roles:"),
    ],
)
def test_changers_contract_and_permanent_headings_hold_work(
    profile_of: ProfileOf, contracts: str, permanent: str
) -> None:
    profile = profile_of(CONTRACTOR.format(contracts=contracts, permanent=permanent), "resume")
    assert [s.name for s in profile.sections].count("experience") == 2
    assert profile.experience.years > 6
    assert profile.experience.level != "intern"


def test_changers_a_contract_heading_in_a_posting_asks_as_before(
    profile_of: ProfileOf,
) -> None:
    # a posting's "Contract roles" line opens no section of the resume's kind
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- 3+ years of Python\n\nContract Roles\n"
        "- Kafka experience is a plus\n",
        "posting",
    )
    asked = {req.name: req.importance for req in posting.requirements}
    assert asked["Python"] == "required"
    assert asked["Apache Kafka"] == "preferred"
