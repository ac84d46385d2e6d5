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
