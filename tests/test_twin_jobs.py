"""A resume that lists its jobs twice (a Markdown table of roles above a heading for each)
reports each job once; jobs that only share dates, or only a title, stay apart."""

from __future__ import annotations

import time
from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

TABLE = """# Dana Kim

## Experience at a glance

| Role | Company | Dates |
|---|---|---|
| Senior Data Scientist | Acme Corp | Jan 2021 - Dec 2024 |
| Data Analyst | Beta Labs | Jan 2018 - Dec 2020 |

## Experience

### Senior Data Scientist, Acme Corp
Jan 2021 - Dec 2024
- Built churn models in Python and scikit-learn.

### Data Analyst at Beta Labs
Jan 2018 - Dec 2020
- Wrote SQL reports in Tableau.

## Education
M.S. Statistics, 2017
"""


def test_a_job_in_a_table_and_under_a_heading_is_listed_once(profile_of: ProfileOf) -> None:
    experience = profile_of(TABLE, doc_type="resume", name="resume.md").experience
    assert experience.years == 7.0
    assert len(experience.jobs) == 2
    assert [job.years for job in experience.jobs] == [4.0, 3.0]
    assert len(experience.titles) == 2
    titles = [e for e in experience.level_evidence if e.startswith("title:")]
    assert len(titles) == 1  # "Senior Data Scientist" once


def test_jobs_sharing_only_dates_or_only_a_title_stay_apart(profile_of: ProfileOf) -> None:
    text = (
        "Lee Park\n\nExperience\n"
        "Teaching Assistant, Physics Department\nSep 2020 - Jun 2022\n- Graded labs.\n\n"
        "Research Assistant, Physics Department\nSep 2020 - Jun 2022\n- Wrote Python code.\n\n"
        "Data Analyst, Beta Labs\nJan 2018 - Dec 2019\n- Wrote SQL reports.\n\n"
        "Data Analyst, Beta Labs\nJan 2015 - Dec 2016\n- Wrote Excel reports.\n"
    )
    experience = profile_of(text, doc_type="resume").experience
    assert len(experience.jobs) == 4


def test_many_jobs_on_the_same_dates_are_compared_in_linear_time(profile_of: ProfileOf) -> None:
    # each job's title words are read once, not again for every pair of jobs (quadratic: a
    # second on 40 KB of jobs sharing their dates)
    jobs = "".join(f"Data Analyst {i} | Acme Services | Jan 2020 - Dec 2021\n" for i in range(900))
    started = time.process_time()
    experience = profile_of(f"Jane Doe\n\nExperience\n{jobs}", doc_type="resume").experience
    assert time.process_time() - started < 1.5
    assert len(experience.jobs) == 900
