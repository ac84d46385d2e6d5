"""Misreadings earlier sessions left: a date range told inside a bullet's sentence, a degree read
from a role's word or a school's town, a posting's values statement and journals asked as terms,
an employer's name in a dated row read as a skill, and a firm's Hungarian name read as a
language. Small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.models import Profile

from .posting_helpers import ProfileOf

# 1. A date range inside a bullet's sentence is an event in the job above it

_LOGGED = "- Fixed an outage logged as 2021-03-31 - 2021-04-02 in the incident tracker.\n"


def _resume(job_lines: str, bullets: str) -> str:
    return (
        "Jane Quux\n\nExperience\n" + job_lines + "\n" + bullets + "- Built monitoring with "
        "Prometheus and Python.\n\nEducation\nBSc Computer Science, University of Leeds, 2018\n"
    )


def _titles(profile: Profile) -> list[str]:
    return [job.title for job in profile.experience.jobs]


@pytest.mark.parametrize(
    "job_lines",
    [
        "Site Reliability Engineer\nAcme Corp\n2019 - 2022",
        "Acme Corp | Site Reliability Engineer | 2019 - 2022",
        "Site Reliability Engineer at Acme Corp (03/2019 - 12/2022)",
    ],
)
def test_a_range_told_in_a_bullets_sentence_is_no_job(
    profile_of: ProfileOf, job_lines: str
) -> None:
    with_event = profile_of(_resume(job_lines, _LOGGED))
    without = profile_of(_resume(job_lines, ""))
    assert len(with_event.experience.jobs) == 1
    assert not any("outage" in title for title in _titles(with_event))
    assert with_event.experience.years == without.experience.years


@pytest.mark.parametrize(
    "bullet",
    [
        "- Moved the billing data kept from 2012 - 2015 into the new warehouse.\n",
        "* Led the migration planned for Jan 2021 - Mar 2021 across three regions.\n",
    ],
)
def test_a_range_outside_the_jobs_dates_adds_no_years(profile_of: ProfileOf, bullet: str) -> None:
    job = "Data Engineer, Acme Corp, 2019 - 2022"
    profile = profile_of(_resume(job, bullet))
    assert _titles(profile) == ["Data Engineer, Acme Corp"]
    assert profile.experience.years == profile_of(_resume(job, "")).experience.years


@pytest.mark.parametrize(
    "lines",
    [
        # a bulleted list of jobs
        "- Data Analyst, Acme, 2019 - 2021\n- Junior Analyst, Quuxco, 2017 - 2019\n",
        # a job line with its dates in brackets, under another job
        "Data Engineer, Acme (2021 - 2023)\nData Analyst, Quuxco (2019 - 2021)\n",
    ],
)
def test_job_lines_keep_their_jobs(profile_of: ProfileOf, lines: str) -> None:
    profile = profile_of("Jane Quux\n\nExperience\n" + lines)
    assert len(profile.experience.jobs) == 2


def test_a_bullet_with_no_dated_job_above_keeps_its_range(profile_of: ProfileOf) -> None:
    # nothing dated above: the bullet's range may be the only trace of the work
    profile = profile_of(
        "Jane Quux\n\nExperience\n- Worked as a barista from 2015 - 2017 at a local cafe.\n"
    )
    assert profile.experience.years > 0


@pytest.mark.parametrize(
    "bullet",
    [
        # a project in a bullet, its dates in brackets
        "- Churn model (Jan 2016 - Mar 2016): built the features and the scoring job.\n",
        # a bullet telling of other paid work
        "- Worked as a barista from 2015 - 2017 at a local cafe.\n",
    ],
)
def test_bullets_dating_their_own_work_still_count(profile_of: ProfileOf, bullet: str) -> None:
    job = "Data Engineer, Acme Corp, 2019 - 2022"
    alone = profile_of(_resume(job, "")).experience.years
    assert profile_of(_resume(job, bullet)).experience.years > alone
