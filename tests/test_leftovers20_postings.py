"""Postings of kinds not probed before (a hospital's AI post, a bank's model validation):
what misread there. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "item",
    [
        "Understanding of UK GDPR and the Data Protection Act 2018",
        "Knowledge of the Data Protection Act",
    ],
)
def test_a_laws_act_asks_no_term(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item, title="Clinical AI Engineer"))
    assert not [key for key in found if key.startswith("term:act")], sorted(found)
    assert "python" in found


def test_an_unknown_tool_named_act_is_still_asked(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "Experience with Zorblex and ACT", title="x"))
    assert "term:act" in found, sorted(found)
