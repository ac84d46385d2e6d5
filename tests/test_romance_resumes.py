"""Resumes written wholly in Spanish, Portuguese, Italian or French, on small texts written
here: the dates, degrees, fields, headings and words of CVs in those languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .conftest import one_range

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        # "a" (and the Italian "ad") joins two dates as "to" does
        ("da marzo 2020 a oggi", (2020, 3), (2026, 11), True),
        ("dal 2019 ad oggi", (2019, 1), (2026, 11), True),
        ("da settembre 2017 a febbraio 2020", (2017, 9), (2020, 2), False),
        ("jul. 2016 a dez. 2017", (2016, 7), (2017, 12), False),
        ("de 2015 a 2018", (2015, 1), (2018, 1), False),
        # "de" (or "del") between a month and its year
        ("março de 2020 - atualmente", (2020, 3), (2026, 11), True),
        ("julho de 2016 a dezembro de 2017", (2016, 7), (2017, 12), False),
        ("desde marzo de 2019", (2019, 3), (2026, 11), True),
        ("enero del 2018 - junio del 2019", (2018, 1), (2019, 6), False),
        # more words for a range still running
        ("2018 – em curso", (2018, 1), (2026, 11), True),
        ("2018 - en curso", (2018, 1), (2026, 11), True),
        ("mar. 2020 – o momento", (2020, 3), (2026, 11), True),
        ("jan. 2021 até o momento", (2021, 1), (2026, 11), True),
        ("marzo 2019 hasta la fecha", (2019, 3), (2026, 11), True),
        ("giugno 2021 - attualmente", (2021, 6), (2026, 11), True),
    ],
)
def test_romance_date_ranges(
    profile_of: ProfileOf,
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    profile = profile_of(f"Experiencia\nIngeniero de datos, Acme\n{written}\n", doc_type="resume")
    found = one_range(profile, start, end, ongoing)
    assert written.endswith(found)


@pytest.mark.parametrize(
    "line",
    [
        "- Led a team of 5 since 2019 a 2020 roadmap was set",
        "- Shipped 2019 a model that halved latency",
        "- Ran the 2020 a/b tests for the checkout flow",
    ],
)
def test_an_english_a_after_a_year_joins_no_range(profile_of: ProfileOf, line: str) -> None:
    text = f"Experience\nData Scientist, Acme, 2018 - 2021\n{line}\n"
    profile = profile_of(text, doc_type="resume")
    assert [found.text for found in profile.experience.ranges] == ["2018 - 2021"]
