"""A job ad's figures of speech name nothing to know, in any case ("Go The Extra Mile",
"hit the ground running"); a name beside one is still read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked_terms(profile_of: ProfileOf, item: str) -> set[str]:
    posting = f"Office Manager\n\nRequirements\n- {item}\n- 2+ years in office administration\n"
    profile = profile_of(posting, doc_type="posting")
    return {r.name.lower() for r in profile.requirements if not r.known}


@pytest.mark.parametrize(
    "item",
    [
        "Willing To Go The Extra Mile",
        "You Go Above and Beyond for Clients",
        "Hit The Ground Running",
        "hit the ground running",
        "Wear Many Hats",
        "Roll Up Your Sleeves",
        "Think outside the box",
    ],
)
def test_a_figure_of_speech_is_no_term(profile_of: ProfileOf, item: str) -> None:
    assert _asked_terms(profile_of, item) == set()


def test_a_name_beside_a_figure_of_speech_is_still_a_term(profile_of: ProfileOf) -> None:
    item = "Go the extra mile with Zorblex Ledger"
    assert "zorblex ledger" in _asked_terms(profile_of, item)
