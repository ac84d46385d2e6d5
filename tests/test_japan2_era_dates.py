"""Japanese dates the first pass left unread: a fiscal year ("2020年度", "令和2年度": from
April to the next March) and an era abbreviated to its Latin initial ("H30.4" is April 2018,
"R2.4" April 2020, "S63.3" March 1988), on a rirekisho's one-date lines and in ranges."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile
from tests.conftest import one_range, rirekisho_job

ProfileOf = Callable[..., Profile]


def _months(profile: Profile) -> list[tuple[int, int, bool]]:
    return [(r.start, r.end, r.ongoing) for r in profile.experience.ranges]


def _assert_one_job(
    profile_of: ProfileOf,
    joining: str,
    leaving: str,
    first: tuple[int, int],
    last: tuple[int, int],
) -> None:
    """A rirekisho of one job, joined and left on the lines given, runs from first to last."""
    text = f"学歴・職歴\n{joining} 株式会社サンプル 入社\n{leaving}\n以上\n"
    start, end = first[0] * 12 + first[1] - 1, last[0] * 12 + last[1] - 1
    assert _months(profile_of(text, "resume")) == [(start, end, False)]


@pytest.mark.parametrize(
    ("joined", "left", "first", "last"),
    [
        ("H30.4", "R2.3", (2018, 4), (2020, 3)),
        ("H30年4月", "R2年3月", (2018, 4), (2020, 3)),
        ("S63.4", "H3.3", (1988, 4), (1991, 3)),
        ("H30.04", "R2.03", (2018, 4), (2020, 3)),
    ],
)
def test_a_rirekisho_dated_by_era_initials_pairs_its_lines(
    joined: str,
    left: str,
    first: tuple[int, int],
    last: tuple[int, int],
    profile_of: ProfileOf,
) -> None:
    _assert_one_job(profile_of, joined, f"{left} 一身上の都合により退社", first, last)


def test_a_rirekishos_studies_dated_by_era_initials_are_dated_degrees(
    profile_of: ProfileOf,
) -> None:
    text = (
        "学歴・職歴\nH26.4 東都大学大学院 情報理工学研究科 修士課程 入学\n"
        "H28.3 東都大学大学院 情報理工学研究科 修士課程 修了\n以上\n"
    )
    [degree] = profile_of(text, "resume").education.degrees
    assert degree.level == "master" and degree.dates is not None
    assert (degree.dates.start, degree.dates.end) == (2014 * 12 + 3, 2016 * 12 + 2)


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        ("H30.4 - R2.3", (2018, 4), (2020, 3), False),
        ("H30.4～現在", (2018, 4), (2026, 11), True),
        ("R2.4 - present", (2020, 4), (2026, 11), True),
        ("H30年4月 - R2年3月", (2018, 4), (2020, 3), False),
        ("H30.4.1 - R2.3.31", (2018, 4), (2020, 3), False),  # with the days
        # Heisei's first and second years are no halves of a year ("H1 2014")
        ("H1.4 - H2.9", (1989, 4), (1990, 9), False),
    ],
)
def test_era_initials_make_a_range_in_a_japanese_resume(
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        rirekisho_job(written),
        "resume",
    )
    assert one_range(resume, start, end, ongoing) == written.replace("～", "~")


@pytest.mark.parametrize(
    "line",
    [
        "Shipped releases R2.4 - R3.1 of the SDK",  # versions, in an English resume
        "Moved the H2.1 - H2.4 database upgrades forward",
        "Stored 30 TB in S3.4 - S3.5 tiers",
    ],
)
def test_era_initials_in_an_english_resume_date_nothing(line: str, profile_of: ProfileOf) -> None:
    resume = profile_of(f"Experience\nRelease Manager, Acme\n{line}\n", "resume")
    assert resume.experience.ranges == []


@pytest.mark.parametrize(
    "line",
    [
        "H45.1 - H50.3",  # Heisei ended in its 31st year
        "R2.13 - R3.14",  # no thirteenth month
    ],
)
def test_era_initials_that_are_no_month_date_nothing(line: str, profile_of: ProfileOf) -> None:
    resume = profile_of(f"佐藤 健二\n\n職歴\n{line}\n", "resume")
    assert [r.text for r in resume.experience.ranges] == []


@pytest.mark.parametrize(
    ("joined", "left", "first", "last"),
    [
        # joined with the fiscal year's April intake, left at its end (the next March)
        ("2020年度", "2023年度", (2020, 4), (2024, 3)),
        ("令和2年度", "令和5年度", (2020, 4), (2024, 3)),
        # a month beats the fiscal year
        ("2020年度", "2023年9月", (2020, 4), (2023, 9)),
    ],
)
def test_a_rirekishos_fiscal_years_run_from_april_to_march(
    joined: str,
    left: str,
    first: tuple[int, int],
    last: tuple[int, int],
    profile_of: ProfileOf,
) -> None:
    _assert_one_job(profile_of, joined, f"{left} 退社", first, last)


def test_a_fiscal_years_joining_closes_the_job_before_in_its_april(
    profile_of: ProfileOf,
) -> None:
    text = (
        "学歴・職歴\n2016年度 株式会社サンプル 入社\n2020年度 株式会社ミライ 入社\n"
        "2022年度 退社\n以上\n"
    )
    assert _months(profile_of(text, "resume")) == [
        (2016 * 12 + 3, 2020 * 12 + 3, False),
        (2020 * 12 + 3, 2023 * 12 + 2, False),
    ]


def test_a_graduation_in_a_fiscal_year_is_in_its_march(profile_of: ProfileOf) -> None:
    text = "学歴・職歴\n2016年度 東都大学 工学部 入学\n2019年度 東都大学 工学部 卒業\n以上\n"
    [degree] = profile_of(text, "resume").education.degrees
    assert degree.dates is not None
    assert (degree.dates.start, degree.dates.end) == (2016 * 12 + 3, 2020 * 12 + 2)


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        ("2018年度 - 2020年度", (2018, 4), (2021, 3), False),
        ("令和2年度～現在", (2020, 4), (2026, 11), True),
        ("平成30年度～令和元年度", (2018, 4), (2020, 3), False),
    ],
)
def test_fiscal_years_make_a_range_from_april_to_march(
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        rirekisho_job(written),
        "resume",
    )
    assert one_range(resume, start, end, ongoing) == written.replace("～", "~")


@pytest.mark.parametrize(
    "line",
    [
        "2020年度予算 - 3億円",  # the fiscal 2020 budget: three hundred million yen
        "2020年度の売上を前年比20%伸ばした",  # raised fiscal 2020's sales by 20%
    ],
)
def test_a_fiscal_year_named_without_a_range_dates_nothing(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"佐藤 健二\n\n職歴\nData Scientist, Example K.K.\n{line}\n", "resume")
    assert resume.experience.ranges == []


@pytest.mark.parametrize("opening", ["R5.4", "令和5年度", "2023年度"])
def test_a_degree_dated_from_an_era_initial_or_a_fiscal_year_until_now_is_under_way(
    opening: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"佐藤 健二\n\n学歴\n{opening} - 現在 東京大学 修士課程\n", "resume")
    assert [degree.in_progress for degree in resume.education.degrees] == [True]
