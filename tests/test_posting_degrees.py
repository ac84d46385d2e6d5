"""The degree a posting asks, read over its lines: several degrees required on lines of their
own, degrees offered as a choice, and the words for a university degree of other countries."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degrees(profile_of: ProfileOf, body: str) -> tuple[str | None, str | None]:
    info = profile_of(f"Junior Analyst\n\nRequirements\n{body}", doc_type="posting").posting
    assert info is not None
    return info.degree_required, info.degree_preferred


@pytest.mark.parametrize(
    "body",
    [
        # a UK graduate scheme asks both the degree and the school grades
        "- A 2:1 degree in a STEM subject\n- AAB at A-level\n- Strong Excel skills\n",
        # a US posting lists the diploma below the degree
        "- Bachelor's degree in Computer Science\n- High school diploma or GED\n- SQL\n",
        "- High school diploma\n- Bachelor's degree in Economics\n",
    ],
)
def test_the_higher_of_two_degrees_required_together_is_asked(
    profile_of: ProfileOf, body: str
) -> None:
    assert _degrees(profile_of, body) == ("bachelor", None)


@pytest.mark.parametrize(
    ("body", "asked"),
    [
        # a choice on one line asks the lower
        ("- High school diploma or Bachelor's degree\n- SQL\n", ("secondary", None)),
        # the higher only preferred
        (
            "- High school diploma required\n- Bachelor's degree preferred\n",
            ("secondary", "bachelor"),
        ),
        # a degree with its years on each line: ways in, of which the lowest is asked
        (
            "- Bachelor's degree and 5+ years of experience\n"
            "- Master's degree and 3+ years of experience\n",
            ("bachelor", None),
        ),
        # lines joined by "or"
        ("- Master's degree in Statistics, or\n- Bachelor's degree in Mathematics\n", None),
        ("- Master's degree in Statistics\n- OR\n- Bachelor's degree in Mathematics\n", None),
        ("- Master's degree in Statistics\n- or a Bachelor's degree in Mathematics\n", None),
        # a lower degree that may stand in for the higher
        (
            "- Master's degree in Statistics\n"
            "- A Bachelor's degree in Mathematics will also be considered\n",
            None,
        ),
        (
            "- Master's degree in Statistics\n"
            "- Bachelor's degree in Mathematics accepted in lieu\n",
            None,
        ),
    ],
)
def test_degrees_offered_as_a_choice_ask_the_lowest(
    profile_of: ProfileOf, body: str, asked: tuple[str | None, str | None] | None
) -> None:
    assert _degrees(profile_of, body) == (asked or ("bachelor", None))


def test_a_higher_degree_keeps_its_own_alternative(profile_of: ProfileOf) -> None:
    text = (
        "Data Technician\n\nRequirements\n"
        "- Bachelor's degree in Computer Science or equivalent experience\n"
        "- High school diploma or equivalent\n"
    )
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    assert (info.degree_required, info.degree_alternative) == ("bachelor", "equivalent experience")
