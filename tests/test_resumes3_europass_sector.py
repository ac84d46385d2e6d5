"""A Europass CV's "Business or sector" line under each job names the employer's industry
("Information and communication"), not a skill of the writer's."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract.employers import sector_line_spans
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

JOB = (
    "WORK EXPERIENCE\n01/09/2021 – Present\nMachine Learning Engineer\n"
    "Datavise, Kraków (Poland)\n▪ Built forecasting models with Python\n"
)


def _skills(profile: Profile) -> set[str]:
    return {hit.name for hit in profile.skills}


@pytest.mark.parametrize(
    "sector",
    [
        "Business or sector Information and communication",
        "Business or sector: Information and communication",
        "BUSINESS OR SECTOR Information and communication",
    ],
)
def test_resumes3_a_europass_sector_line_names_no_skill(profile_of: ProfileOf, sector: str) -> None:
    skills = _skills(profile_of(JOB + sector + "\n", "resume"))
    assert "Communication" not in skills
    assert "Python" in skills


def test_resumes3_a_skill_claimed_elsewhere_stays_beside_a_sector_line(
    profile_of: ProfileOf,
) -> None:
    text = (
        JOB
        + "Business or sector Information and communication\n"
        + "▪ Presented to clients; strong communication\n"
    )
    assert "Communication" in _skills(profile_of(text, "resume"))


def test_resumes3_a_bullet_about_a_business_sector_keeps_its_skills(
    profile_of: ProfileOf,
) -> None:
    text = JOB + "▪ Led communication with the business or sector leads\n"
    assert "Communication" in _skills(profile_of(text, "resume"))


def _best_of_three(text: str) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()
        sector_line_spans(text)
        times.append(time.process_time() - start)
    return min(times)


def test_resumes3_a_long_hostile_sector_line_is_read_as_fast_as_a_plain_one() -> None:
    hostile = (" \t" * 500 + "business or sector " * 50 + "\n") * 40
    plain = ("Worked in the energy sector on forecasting models " * 30 + "\n") * 40
    plain = plain[: len(hostile)]
    assert _best_of_three(hostile) / _best_of_three(plain) < 5
