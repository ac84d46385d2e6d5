"""A wish told after the item ("..., that's a bonus", "..., even better") holds for a bulleted
item too: the condition "If you know dbt" stood behind a bullet's mark, which hid it, and
"that's" was left as a term (found by a review). Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("If you know dbt, that's a bonus", "dbt"),
        ("If you have used Kafka, even better", "kafka"),
        ("Experience with dbt, that's a bonus", "dbt"),
        ("Zorblex experience, that’s a plus", "term:zorblex"),
    ],
)
def test_a_wish_after_the_item_makes_it_preferred(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert found[skill].importance == "preferred"
    assert "term:that-s" not in found


@pytest.mark.parametrize("item", ["If you know dbt, great", "Python, that's required"])
def test_no_wish_no_preference(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("SQL", item))
    assert all(req.importance == "required" for req in found.values()), found
