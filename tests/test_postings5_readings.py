"""postings5: posting readings left wrong before (how big a plus is, tables whose cells grade
their row's skill, leftover terms, titles, eligibility conditions). Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "item",
    [
        "A real plus if you have used Tableau",
        "A huge plus if you have shipped Kafka consumers",
        "Hands-on Tableau work would be a definite plus for this team",
    ],
)
def test_postings5_a_sized_plus_before_its_skill_prefers_it(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    wished = [key for key in ("tableau", "kafka") if key in found]
    assert wished, sorted(found)
    assert found[wished[0]].importance == "preferred"
    assert found["python"].importance == "required"
