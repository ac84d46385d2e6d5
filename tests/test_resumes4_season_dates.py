"""A winter written with the two years it straddles ("Winter 2016/17", "Winter 2018/2019",
"Winter 2019–20") is one season, December to February, not the academic year "2016/17";
"2016/17" alone stays a year's range, and so does another season's split year ("Summer
2016/17" is an Australian summer or a northern academic year's)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _months(profile: Profile) -> list[tuple[str, str]]:
    return [
        (f"{r.start // 12}-{r.start % 12 + 1:02d}", f"{r.end // 12}-{r.end % 12 + 1:02d}")
        for r in profile.experience.ranges
    ]


def _resume(dates: str) -> str:
    return (
        "Amara Boateng\n\nEXPERIENCE\n"
        f"Freelance Fact-checker | {dates}\n- Verified claims with Excel.\n\n"
        "EDUCATION\nBA English, University of Ghana, 2015\n"
    )


@pytest.mark.parametrize(
    ("dates", "months"),
    [
        ("Winter 2016/17", ("2016-12", "2017-02")),
        ("Winter 2016/2017", ("2016-12", "2017-02")),
        ("Winter 2019–20", ("2019-12", "2020-02")),
        ("Spring 2016 – Winter 2016/17", ("2016-03", "2016-12")),
        ("Winter 2016/17 – Summer 2018", ("2016-12", "2018-06")),
    ],
)
def test_resumes4_a_winter_over_two_years_is_one_season(
    shared_profile_of: ProfileOf, dates: str, months: tuple[str, str]
) -> None:
    profile = shared_profile_of(_resume(dates), "resume")
    assert _months(profile) == [months]


@pytest.mark.parametrize(
    ("dates", "months"),
    [
        ("2016/17", ("2016-01", "2017-01")),
        ("Winter 2017", ("2017-12", "2018-02")),
        ("Summer 2016/17", ("2016-01", "2017-01")),
    ],
)
def test_resumes4_a_split_year_without_winter_reads_as_before(
    shared_profile_of: ProfileOf, dates: str, months: tuple[str, str]
) -> None:
    profile = shared_profile_of(_resume(dates), "resume")
    assert _months(profile) == [months]


@pytest.mark.parametrize(
    ("dates", "months"),
    [
        ("Spring–Summer 2022", ("2022-03", "2022-06")),
        ("Spring - Fall 2021", ("2021-03", "2021-09")),
        ("Winter–Spring 2020", ("2019-12", "2020-03")),
    ],
)
def test_resumes4_two_seasons_of_one_year(
    shared_profile_of: ProfileOf, dates: str, months: tuple[str, str]
) -> None:
    """Two seasons before one year, as two months are ("Jun–Aug 2019"): the first season is
    that year's, or the year before's when it would come after the second (a winter)."""
    assert _months(shared_profile_of(_resume(dates), "resume")) == [months]


@pytest.mark.parametrize(
    ("dates", "months"),
    [
        ("2Q 2024 – 4Q 2024", ("2024-04", "2024-12")),
        ("3Q21 – 1Q23", ("2021-07", "2023-03")),
        ("2Q 2022 - present", ("2022-04", "2026-11")),
    ],
)
def test_resumes4_a_quarter_written_number_first(
    shared_profile_of: ProfileOf, dates: str, months: tuple[str, str]
) -> None:
    """A quarter written as finance writes it, its number first ("3Q21"), is Q3 2021."""
    assert _months(shared_profile_of(_resume(dates), "resume")) == [months]


def test_resumes4_quarters_and_seasons_in_prose_date_nothing(shared_profile_of: ProfileOf) -> None:
    text = (
        "A B\n\nEXPERIENCE\nData Analyst, Acme | 2019 - 2021\n"
        "- Grew 3Q revenue 12% vs 2Q; read 1Q84 - twice.\n"
        "- Planned the spring - summer roadmap.\n"
        "- Spring - Summer campaigns for the 2022 launch.\n"
    )
    assert _months(shared_profile_of(text, "resume")) == [("2019-01", "2021-01")]
