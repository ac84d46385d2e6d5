"""What a resume says it is applying for is no skill it shows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

WORK = (
    "WORK EXPERIENCE\n01/03/2020 – Present\nAnalyst\nHarbour Freight Lines, Porto\n"
    "- Weekly reports in Excel and SQL\n"
)


def _skill_ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


@pytest.mark.parametrize(
    "target",
    [
        "JOB APPLIED FOR\nMachine Learning Engineer\n",
        "POSITION  Machine Learning Engineer\n",
        "PREFERRED JOB: Machine Learning Engineer\n",
        "STUDIES APPLIED FOR\tMSc Machine Learning\n",
        "Desired position: Machine Learning Engineer\n",
    ],
)
def test_the_job_applied_for_is_no_skill(profile_of: Callable[..., Profile], target: str) -> None:
    cv = profile_of(f"PERSONAL INFORMATION\nRui Costa\n\n{target}\n{WORK}", "resume")
    assert "machine-learning" not in _skill_ids(cv)
    assert {"excel", "sql"} <= _skill_ids(cv)


def test_a_position_held_inside_a_job_still_counts(profile_of: Callable[..., Profile]) -> None:
    cv = profile_of(
        "Experience\nCompany: Harbour Freight Lines\nPosition: Machine Learning Engineer\n"
        "Duration: Jan 2020 - Present\n- Forecasting models in Python\n",
        "resume",
    )
    assert "machine-learning" in _skill_ids(cv)


@pytest.mark.parametrize(
    "objective",
    [
        "Objective: Seeking a Machine Learning Engineer role where I can apply Python.\n",
        "Looking for an entry-level machine learning position; I bring Python.\n",
    ],
)
def test_the_role_an_objective_seeks_is_no_skill(
    profile_of: Callable[..., Profile], objective: str
) -> None:
    cv = profile_of(f"Rui Costa\n\n{objective}\n{WORK}", "resume")
    assert "machine-learning" not in _skill_ids(cv)
    assert {"python", "excel"} <= _skill_ids(cv)


@pytest.mark.parametrize(
    "objective",
    [
        "Analyst keen to move into a machine learning engineering role; I bring Python.\n",
        "Aiming to transition into a machine learning position. Strong in Python.\n",
        "Personal profile: hoping to step into a machine learning role, using Python daily.\n",
    ],
)
def test_the_role_a_profile_hopes_to_move_into_is_no_skill(
    profile_of: Callable[..., Profile], objective: str
) -> None:
    cv = profile_of(f"Rui Costa\n\n{objective}\n{WORK}", "resume")
    assert "machine-learning" not in _skill_ids(cv)
    assert {"python", "excel"} <= _skill_ids(cv)


def test_a_move_made_into_a_role_is_a_claim(profile_of: Callable[..., Profile]) -> None:
    cv = profile_of(
        f"Rui Costa\n\nMoved into a machine learning role in 2021; I bring Python.\n\n{WORK}",
        "resume",
    )
    assert "machine-learning" in _skill_ids(cv)


@pytest.mark.parametrize(
    ("summary", "skill"),
    [
        # the move as a noun, made by the writer: what it moved to is a claim
        ("Data engineer who drove the move to an Airflow job scheduler.", "airflow"),
        ("Led the switch to a Spark post-processing pipeline.", "apache-spark"),
    ],
)
def test_a_move_led_to_a_tool_is_a_claim(
    profile_of: Callable[..., Profile], summary: str, skill: str
) -> None:
    cv = profile_of(f"Rui Costa\n\n{summary}\n\n{WORK}", "resume")
    assert skill in _skill_ids(cv)
