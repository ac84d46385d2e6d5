"""Contractors' and agencies' documents: a contractor's headings over the contracts and the
permanent roles, and an agency's notice at the foot of the candidate's spec sheet."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract.employers import agency_notice_spans
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


SPEC_SHEET = """\
CANDIDATE PROFILE
Candidate Ref: 4471
Role: Senior Machine Learning Engineer
Location: London (hybrid) | Notice: 1 month | Rate: £550/day

Key Skills:
- Python, PyTorch, Kubernetes

Career History
Lead ML Engineer, Insurtech (Series B), London            Feb 2023 - Present
- Fine-tuned LLMs for claims triage.

Education
MEng Computer Science, Imperial College London, 2019

{notice}
Nexus Talent Ltd | 20 Fleet Street, London | Java | .NET | SAP recruitment specialists
"""


@pytest.mark.parametrize(
    "notice",
    [
        "This profile is presented by Nexus Talent Ltd, acting as an employment agency.",
        "Confidential: please do not contact the candidate directly.",
        "This CV has been submitted by Nexus Talent Ltd on behalf of the candidate.",
    ],
)
def test_changers_an_agencys_notice_names_none_of_the_candidates_skills(
    profile_of: ProfileOf, notice: str
) -> None:
    profile = profile_of(SPEC_SHEET.format(notice=notice), "resume")
    names = {hit.name for hit in profile.skills}
    assert not {"Java", ".NET", "SAP", "Recruiting"} & names
    assert {"Python", "PyTorch", "Kubernetes"} <= names
    assert profile.education.highest == "master"


def test_changers_a_recruiters_own_lines_keep_their_skills(profile_of: ProfileOf) -> None:
    # near miss: the writer's own work with an agency, and a paragraph with no notice
    profile = profile_of(
        SPEC_SHEET.format(
            notice="Acted as the agency's point of contact for contract candidates; "
            "screened candidates directly."
        ),
        "resume",
    )
    assert {"Java", ".NET"} <= {hit.name for hit in profile.skills}


def test_changers_a_long_line_of_near_notices_is_read_as_fast_as_plain_words() -> None:
    def seconds(text: str) -> float:
        started = time.process_time()
        agency_notice_spans(text)
        return time.process_time() - started

    hostile = "this cv has been acting as an employment do not contact the " * 800
    # (a word of a notice in it too, so that both are searched: see _NOTICE_WORDS)
    plain = "this is the line of a resume that names no candidate at all " * 800
    seconds(plain)  # warm up
    # the best of three runs each, so that a busy machine's pause is no failure
    assert min(seconds(hostile) for _ in range(3)) < 3 * min(seconds(plain) for _ in range(3))
