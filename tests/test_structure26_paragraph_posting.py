"""A paragraph-only startup posting (structure26): the employer introducing itself by name
("We're Fernleaf, a twelve-person startup") asks no term."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_POSTING = (
    "{opening} helping small farms predict crop yields. We're looking for our first data "
    "scientist. You'll spend most days in Python and SQL. You should have at least three years "
    "of hands-on experience building and deploying models.\n"
)


@pytest.mark.parametrize(
    "opening",
    ["We're Fernleaf, a twelve-person startup", "We are Fernleaf - a small team"],
)
def test_structure26_employer_introducing_itself_asks_nothing(
    profile_of: ProfileOf, opening: str
) -> None:
    profile = profile_of(_POSTING.format(opening=opening), "posting")
    asks = {req.id for req in profile.requirements}
    assert "term:fernleaf" not in asks
    assert {"python", "sql"} <= asks
    assert profile.posting is not None and profile.posting.years_required == 3.0


def test_structure26_a_named_format_is_still_read(profile_of: ProfileOf) -> None:
    # near miss: the name is no self-introduction, so the ask stays
    text = (
        "Data Scientist\n\nRequirements\n- Python\n- You must know Fernleaf, a farm data format\n"
    )
    asks = {req.id for req in profile_of(text, "posting").requirements}
    assert "term:fernleaf" in asks


@pytest.mark.parametrize(
    "sentence",
    [
        "If you've worked with satellite imagery, even better.",
        "And if you know satellite imagery, a big plus.",
        "If you have handled satellite imagery, all the better!",
    ],
)
def test_structure26_condition_then_wish_prefers(profile_of: ProfileOf, sentence: str) -> None:
    text = f"Data Scientist\n\nYou must know Python and SQL for crop models. {sentence}\n"
    asks = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asks["remote-sensing"] == "preferred"
    assert asks["python"] == "required"
    assert not any(ask.startswith("term:") for ask in asks)


def test_structure26_condition_without_a_wish_still_asks(profile_of: ProfileOf) -> None:
    # near miss: a condition whose next part is no wish keeps the sentence's ask
    text = (
        "Data Scientist\n\nRequirements\n- If you join, you must know satellite imagery, "
        "Python and SQL\n"
    )
    asks = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asks["remote-sensing"] == "required"


def test_structure26_even_better_in_a_duty_is_no_wish(profile_of: ProfileOf) -> None:
    # near miss: "even better" as the duty's own words, not a wish closing a condition
    text = (
        "Data Scientist\n\nRequirements\n- Python and satellite imagery to make our yield "
        "forecasts even better\n"
    )
    asks = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asks["remote-sensing"] == "required"
