"""Misreadings earlier sessions left alone, second pass: each pinned by small texts written
here, with a near miss that must keep its reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _posting(body: str) -> str:
    return f"Machine Learning Engineer\n\nRequirements\n- 3+ years of Python\n{body}"


def _choices(profile: Profile) -> dict[str, str | None]:
    """Requirement id -> the wording of the choice it belongs to."""
    return {req.id: req.choice for req in profile.requirements}


# 2. Spoken languages listed before a final "or" are one choice


@pytest.mark.parametrize(
    "line",
    [
        "- Fluent in English, French or German\n",
        "- Business-level Spanish, Portuguese or Italian\n",
    ],
)
def test_languages_listed_before_a_final_or_are_one_choice(
    profile_of: ProfileOf, line: str
) -> None:
    choices = _choices(profile_of(_posting(line), "posting"))
    languages = {k: v for k, v in choices.items() if k.startswith("lang-")}
    assert len(languages) == 3
    assert len(set(languages.values())) == 1
    assert None not in languages.values()


def test_a_language_joined_by_and_stays_asked_on_its_own(profile_of: ProfileOf) -> None:
    choices = _choices(
        profile_of(_posting("- Fluent in English and French or German\n"), "posting")
    )
    assert choices["lang-english"] is None
    assert choices["lang-french"] == choices["lang-german"] == "French or German"


def test_a_tool_listed_before_languages_of_another_kind_stays_apart(
    profile_of: ProfileOf,
) -> None:
    # only close items join a choice written without a comma before its "or"
    choices = _choices(profile_of(_posting("- Excel, English or German\n"), "posting"))
    assert choices["excel"] is None
    assert choices["lang-english"] == choices["lang-german"] == "English or German"
