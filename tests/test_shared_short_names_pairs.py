"""Pairs where the posting and the resume share a spelling two skills own ("Radar", "MPC"):
a resume's use in a phrase the guard excludes meets nothing, a use with no word of either
sense meets the posting's sense, a use in the other sense does not. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _met(profile_of: ProfileOf, options: Options, resume: str, posting: str) -> set[str]:
    report = compare(profile_of(resume), profile_of(posting, doc_type="posting"), options)
    return {m.jd_text for m in report.matched if m.credit > 0}


def test_a_meetings_mpc_does_not_meet_a_cryptographic_ask(
    profile_of: ProfileOf, options: Options
) -> None:
    """The resume's MPC stands in a phrase its guard excludes (the rate setters' meeting)."""
    resume = (
        "Sam Lee\n\nExperience\nEconomist, Acme Bank, 2018 - 2024\n"
        "- Briefed the board before each MPC meeting, with Python forecasts\n"
    )
    posting = "Cryptographer\n\nRequirements\n- Secure multi-party computation (MPC)\n- Python\n"
    met = _met(profile_of, options, resume, posting)
    assert "Python" in met
    assert not any("MPC" in ask for ask in met)


_PRICING_POSTING = "Pricing Analyst\n\nRequirements\n- Experience with Emblem and Radar\n- SQL\n"


def test_a_radar_of_no_sense_meets_a_pricing_ask(profile_of: ProfileOf, options: Options) -> None:
    """A long skills list names Radar with no word of either sense near it: the same word the
    posting asks, which the resume does not read as the sensor."""
    resume = (
        "Sam Lee\n\nSkills\nPython, SQL, Radar, Excel, Tableau, Power BI, VBA, Git, Jira,"
        " Confluence, Snowflake, dbt, Airflow, Docker\n\nExperience\n"
        "Pricing Analyst, Acme Insurance, 2018 - 2024\n- Built GLM pricing models for motor"
        " insurance\n"
    )
    met = _met(profile_of, options, resume, _PRICING_POSTING)
    assert "Radar" in met


def test_a_sensor_radar_still_does_not_meet_a_pricing_ask(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = (
        "Sam Lee\n\nSkills\nPython, SQL, Radar, LiDAR, camera calibration\n\nExperience\n"
        "Engineer, Acme Robotics, 2018 - 2024\n- Fused radar and camera detections\n"
    )
    met = _met(profile_of, options, resume, _PRICING_POSTING)
    assert "SQL" in met
    assert "Radar" not in met
