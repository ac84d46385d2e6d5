"""Numeric dates whose day and month could swap ("01/09/2021 – Present"): the other dates of
the same document say which comes first, as a reader of a Europass CV sees at a glance."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

EUROPASS = (
    "WORK EXPERIENCE\n"
    "01/09/2021 – Present\n"
    "Machine Learning Engineer\n"
    "Datavise, Kraków (Poland)\n"
    "01/09/2019 – 31/08/2021\n"
    "Data Analyst\n"
    "Polbank, Warsaw (Poland)\n"
)


def _jobs(profile: Profile) -> dict[str, float]:
    return {job.title: job.years for job in profile.experience.jobs}


def _starts(profile: Profile) -> list[tuple[int, int]]:
    return [(r.start // 12, r.start % 12 + 1) for r in profile.experience.ranges]


def test_resumes3_an_ambiguous_europass_start_reads_day_first_like_its_neighbours(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(EUROPASS, "resume")
    assert _starts(profile) == [(2021, 9), (2019, 9)]
    assert _jobs(profile)["Machine Learning Engineer"] == 5.2


def test_resumes3_a_birth_date_day_first_decides_the_ranges_too(profile_of: ProfileOf) -> None:
    text = (
        "Date of birth 14/03/1992\n\nWORK EXPERIENCE\n"
        "01/09/2021 – 01/06/2024\nData Analyst, Polbank, Warsaw\n"
    )
    assert _starts(profile_of(text, "resume")) == [(2021, 9)]


def test_resumes3_month_first_dates_elsewhere_keep_ambiguous_ones_month_first(
    profile_of: ProfileOf,
) -> None:
    text = (
        "EXPERIENCE\n"
        "Data Scientist, Acme, Austin TX\n01/09/2021 – Present\n"
        "Data Analyst, Initech, Austin TX\n06/15/2019 – 12/31/2020\n"
    )
    assert _starts(profile_of(text, "resume")) == [(2021, 1), (2019, 6)]


def test_resumes3_no_telling_date_keeps_the_month_first_default(profile_of: ProfileOf) -> None:
    text = "EXPERIENCE\nData Scientist, Acme, Austin TX\n01/09/2021 – 03/04/2023\n"
    assert _starts(profile_of(text, "resume")) == [(2021, 1)]


def test_resumes3_dates_of_both_orders_decide_nothing_beyond_their_own_range(
    profile_of: ProfileOf,
) -> None:
    text = (
        "EXPERIENCE\n"
        "Data Scientist, Acme\n01/09/2021 – Present\n"
        "Data Analyst, Initech\n25/01/2019 – 06/15/2020\n"
        "Date of birth 14/03/1992\n"
    )
    assert _starts(profile_of(text, "resume"))[0] == (2021, 1)
