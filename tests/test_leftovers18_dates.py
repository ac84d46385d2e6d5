"""An English article "a" after a bare year is no Romance "to" before a month's date ("In 2019 a
10/2020 deadline was set"), and the Spanish "la fecha de inicio" (the start date) is no
"hasta la fecha" (to date): neither opens a range of work."""

from __future__ import annotations

import pytest

from .conftest import one_range
from .posting_helpers import ProfileOf


def _resume(bullet: str) -> str:
    return (
        "Jane Roe\n\nExperience\nData Analyst, Acme, 03/2021 - 06/2023\n"
        f"- {bullet}\n- Built Python dashboards\n"
    )


@pytest.mark.parametrize(
    "bullet",
    [
        "In 2019 a 10/2020 deadline was set for the migration, which I later led.",
        "Since the 2018 - la fecha de inicio del proyecto - rollout, I owned the reports.",
        "By 2017 a 3/2018 launch was planned.",
    ],
)
def test_leftovers18_an_article_or_a_start_date_opens_no_range(
    profile_of: ProfileOf, bullet: str
) -> None:
    profile = profile_of(_resume(bullet), "resume")
    assert one_range(profile, (2021, 3), (2023, 6), False)


@pytest.mark.parametrize(
    ("line", "start", "end", "ongoing"),
    [
        ("Analista de datos, Acme, 03/2015 a 10/2020", (2015, 3), (2020, 10), False),
        ("Analista de datos, Acme, 2015 a 2018", (2015, 1), None, False),
        ("Analista de datos, Acme, marzo 2019 - la fecha", (2019, 3), None, True),
        ("Analista de datos, Acme, 2019 - hasta la fecha", (2019, 1), None, True),
    ],
)
def test_leftovers18_romance_ranges_still_read(
    profile_of: ProfileOf,
    line: str,
    start: tuple[int, int],
    end: tuple[int, int] | None,
    ongoing: bool,
) -> None:
    profile = profile_of(f"Ana Ruiz\n\nExperiencia\n{line}\n- Python y SQL\n", "resume")
    [found] = profile.experience.ranges
    assert (found.start // 12, found.start % 12 + 1) == start
    if end is not None:
        assert (found.end // 12, found.end % 12 + 1) == end
    assert found.ongoing is ongoing
