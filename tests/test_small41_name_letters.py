"""A degree's letters after the writer's name ("Wei Zhang, PhD") are no second degree when
another line names that degree; alone, they still tell it. Small texts written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degrees(profile: Profile) -> list[tuple[str, str]]:
    return [(degree.level, degree.text) for degree in profile.education.degrees]


@pytest.mark.parametrize(
    ("header", "entry"),
    [
        ("Wei Zhang, PhD", "PhD in Statistics, Stanford, 2019"),
        ("Wei Zhang, Ph.D., PMP", "Ph.D., Statistics, Stanford University, 2019"),
        ("Wei Zhang PhD", "PhD in Statistics, Stanford, 2019"),
    ],
)
def test_the_education_entry_tells_the_degree(
    profile_of: ProfileOf, header: str, entry: str
) -> None:
    text = f"{header}\nwei@example.com\n\nEDUCATION\n{entry}\nBSc Mathematics, Lakeside, 2014\n"
    profile = profile_of(text, "resume")
    assert _degrees(profile) == [("phd", entry), ("bachelor", "BSc Mathematics, Lakeside, 2014")]
    assert profile.education.highest == "phd"


def test_letters_alone_still_tell_the_degree(profile_of: ProfileOf) -> None:
    text = "Wei Zhang, PhD\nwei@example.com\n\nEXPERIENCE\nData Scientist, Acme, 2019 - 2024\n"
    profile = profile_of(text, "resume")
    assert _degrees(profile) == [("phd", "Wei Zhang, PhD")]
    assert profile.education.highest == "phd"


def test_letters_of_another_degree_stay(profile_of: ProfileOf) -> None:
    text = "Ana Ruiz, MSc\n\nEDUCATION\nPhD in Physics, Lakeside University, 2020\n"
    levels = [level for level, _ in _degrees(profile_of(text, "resume"))]
    assert levels == ["master", "phd"]
