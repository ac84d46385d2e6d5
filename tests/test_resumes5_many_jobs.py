"""A resume with thousands of jobs on the same dates: each job is compared for a twin listing
only with the jobs that may share its title, so the work grows with the jobs, not with their
square (8,000 jobs once took 13 s, nearly all of it comparing titles pairwise)."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract import level
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _many_jobs(count: int) -> str:
    jobs = (
        f"Data Engineer, Northgate Freight {number}\nJan 2019 - Dec 2020\n- Loaded files.\n"
        for number in range(count)
    )
    return "Sam Okafor\n\nEXPERIENCE\n\n" + "\n".join(jobs)


def test_resumes5_same_dated_jobs_are_not_compared_pairwise(
    profile_of: ProfileOf, monkeypatch: pytest.MonkeyPatch
) -> None:
    comparisons = 0
    compare = level._same_title

    def counted(words: frozenset[str], others: frozenset[str]) -> bool:
        nonlocal comparisons
        comparisons += 1
        return compare(words, others)

    monkeypatch.setattr(level, "_same_title", counted)
    profile = profile_of(_many_jobs(1500), "resume")
    assert len(profile.experience.jobs) == 1500
    assert comparisons < 5 * 1500  # pairwise: over a million


def test_resumes5_thousands_of_jobs_sort_their_twins_quickly(
    profile_of: ProfileOf, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The twin check alone, timed inside a real extraction; pairwise it took about 8 s for
    4,000 jobs, now some milliseconds: the bound leaves room for a loaded machine."""
    spent = 0.0
    sort_twins = level._without_twins

    def timed(held: list[level._Held]) -> list[level._Held]:
        nonlocal spent
        started = time.process_time()
        kept = sort_twins(held)
        spent += time.process_time() - started
        return kept

    monkeypatch.setattr(level, "_without_twins", timed)
    profile = profile_of(_many_jobs(4000), "resume")
    assert len(profile.experience.jobs) == 4000
    assert spent < 2.0


def test_resumes5_twins_are_still_found_among_many(profile_of: ProfileOf) -> None:
    """The same job listed twice (its title's words within the other's) is one job, and a
    title that is a subset of an earlier one's is found as well as a superset."""
    others = "\n".join(
        f"Analyst {number}, Brightline\nMar 2020 - May 2021\n- Wrote reports.\n"
        for number in range(30)
    )
    text = (
        "Sam Okafor\n\nEXPERIENCE\n\n"
        "Data Engineer at Northgate Freight\nJan 2019 - Dec 2020\n- Loaded files.\n\n"
        f"{others}\n"
        "Data Engineer | Northgate Freight | Hamburg\nJan 2019 - Dec 2020\n- Loaded files.\n\n"
        "Lead Analyst 7, Brightline\nMar 2020 - May 2021\n- Wrote reports.\n"
    )
    titles = [job.title for job in profile_of(text, "resume").experience.jobs]
    assert titles.count("Data Engineer at Northgate Freight") == 1
    assert not any("Hamburg" in title for title in titles)
    assert len(titles) == 1 + 30  # "Lead Analyst 7" holds "Analyst 7": a twin, not a job
