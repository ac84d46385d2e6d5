"""Dated jobs below a "Projects" heading on a CV with no experience heading (structure26): a
careful reader sees the employer lines with titles as jobs; projects stay projects."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_JOBS = (
    "Data Analyst, Brightline Logistics, Chicago\nJan 2020 - Dec 2023\n"
    "- Built SQL reports for the operations team.\n\n"
    "Junior Analyst at Harbor Bank\nJun 2017 - Dec 2019\n- Reconciled accounts in Excel.\n\n"
)
_EDUCATION = "Education\nB.S. Statistics, University of Illinois, 2017\n"


@pytest.mark.parametrize("heading", ["Capstone Project", "Projects"])
def test_structure26_jobs_after_projects_heading_count(profile_of: ProfileOf, heading: str) -> None:
    text = (
        "Maya Okafor\nmaya.okafor@example.com\n\nSummary\nData analyst moving into ML.\n\n"
        f"{heading}\nChurn prediction for a telecom dataset using Python and pandas.\n\n"
        f"{_JOBS}{_EDUCATION}"
    )
    experience = profile_of(text, "resume").experience
    assert experience.titles == [
        "Data Analyst, Brightline Logistics, Chicago",
        "Junior Analyst at Harbor Bank",
    ]
    assert experience.years == pytest.approx(6.5, abs=0.2)


def test_structure26_dated_projects_stay_projects(profile_of: ProfileOf) -> None:
    # near miss: dated projects, one for a named client, name no occupation or are projects
    text = (
        "Maya Okafor\n\nProjects\nSales Dashboard, Acme Retail\nJan 2021 - Mar 2021\n"
        "- Tableau dashboard for store sales.\n\n"
        "Analyst Toolkit Project, Open Source\n2020 - 2022\n- A Python package.\n\n"
        f"{_EDUCATION}"
    )
    experience = profile_of(text, "resume").experience
    assert experience.titles == []
    assert experience.years == 0.0


def test_structure26_projects_under_an_experience_heading_cv_stay_projects(
    profile_of: ProfileOf,
) -> None:
    # near miss: the CV heads its jobs, so a role named under Projects is a project's
    text = (
        "Maya Okafor\n\nExperience\nData Analyst, Brightline Logistics\nJan 2020 - Dec 2023\n"
        "- Built SQL reports.\n\nProjects\nData Engineer, Open Data Club\n2018 - 2019\n"
        "- Volunteer pipelines.\n\n"
        f"{_EDUCATION}"
    )
    experience = profile_of(text, "resume").experience
    assert experience.titles == ["Data Analyst, Brightline Logistics"]
