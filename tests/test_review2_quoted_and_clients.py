"""Look-alikes of the freelance rules (review2): the writer's own quoted lines (a talk's or a
paper's title under a job, a summary set in quotes) are no client's feedback, and a client
that runs on a tool (a Magento store) or a word that merely starts like a kind of business
("firm-wide") names no client's product."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_JOB = "EXPERIENCE\nData Scientist, Pinecrest, 2020 - 2023\n"


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


@pytest.mark.parametrize(
    "text",
    [
        # a talk's or a paper's title under a job, set in title case
        _JOB + '"Scaling PyTorch Training on Kubernetes Clusters" - talk at PyCon 2023\n',
        _JOB + '- "Serving PyTorch Models with Kubernetes" — invited talk, 2021\n',
        # a summary the writer set in quotes, under its heading or under the name
        'SUMMARY\n"Engineer who ships PyTorch models on Kubernetes every week."\n\n' + _JOB,
        'Jane Roe\n"Engineer who ships PyTorch models on Kubernetes every week."\n\n' + _JOB,
        # a project described in a quoted sentence
        'PROJECTS\n"A chess engine trained in PyTorch and served on Kubernetes"\n\n' + _JOB,
    ],
)
def test_the_writers_own_quoted_line_still_counts(profile_of: ProfileOf, text: str) -> None:
    assert {"pytorch", "kubernetes"} <= _skill_ids(profile_of(text, "resume"))


def test_a_clients_feedback_under_a_gig_still_names_no_skill(profile_of: ProfileOf) -> None:
    text = _JOB + '"Knows PyTorch and Kubernetes inside out, would hire again."\n'
    assert not {"pytorch", "kubernetes"} & _skill_ids(profile_of(text, "resume"))


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # a shop, a retailer or a brand sells goods; the tool named is what it runs on
        ("- Checkout fixes for a Magento store", "magento"),
        ("- Sales forecasts for a Magento retailer", "magento"),
        ("- Landing pages for a WordPress brand", "wordpress"),
        # "firm-wide", "company-wide" say how far the work went, not who the client was
        ("- Wrote Terraform for a Kubernetes cluster firm-wide", "kubernetes"),
        ("- Set up alerts for a Kafka rollout company-wide", "kafka"),
    ],
)
def test_a_tool_a_client_runs_on_still_counts(profile_of: ProfileOf, line: str, skill: str) -> None:
    resume = profile_of(f"Work history\n{line}\nJan 2024 - Mar 2024\n", "resume")
    assert skill in _skill_ids(resume)


@pytest.mark.parametrize(
    "item",
    [
        # a federal vacancy's two paths: years of study above high school, or of work
        "4 years of education above high school or 3 years of general experience",
        "4 years of education above high school, or 3 years of general experience in IT",
    ],
)
def test_years_of_education_above_high_school_are_study(profile_of: ProfileOf, item: str) -> None:
    text = f"Data Analyst\n\nRequirements\n- {item}\n- SQL\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.years_required == 3.0
