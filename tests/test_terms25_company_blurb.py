"""terms25: a company describing itself as a team building something ("a tiny team building an
AI copilot") asks nothing of that thing; the hire's own lines still do. Small texts written
here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, best_of_three

STREAM = "# Founding ML Engineer\n\n{blurb}\n\nYou have shipped models with Python.\n"


@pytest.mark.parametrize(
    "blurb",
    [
        "We are Pebblewise, a tiny team building an AI copilot for accounting firms.",
        "We're a small team building an AI assistant for clinics.",
        "We are a tiny team building AI tools for farmers.",
        "Pebblewise is a five-person startup building an AI copilot for lawyers.",
    ],
)
def test_terms25_team_building_an_ai_product_asks_no_ai(profile_of: ProfileOf, blurb: str) -> None:
    found = asked(profile_of, STREAM.format(blurb=blurb))
    assert "artificial-intelligence" not in found
    assert found["python"].importance == "required"


@pytest.mark.parametrize(
    "line",
    [
        "You will join a tiny team building an AI copilot; experience with AI is required.",
        "You have been on a team building AI products.",
    ],
)
def test_terms25_the_hires_own_ai_stays_asked(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, STREAM.format(blurb="We help accountants.") + line + "\n")
    assert "artificial-intelligence" in found


def test_terms25_a_long_line_of_teams_building_stays_fast(profile_of: ProfileOf) -> None:
    hostile = "We are a tiny team building " * 60 + "AI tools with Python.\n"
    plain = "Our lab has a big roof above " * 60 + "AI tools with Python.\n"
    slow = best_of_three(profile_of, STREAM.format(blurb=hostile))
    usual = best_of_three(profile_of, STREAM.format(blurb=plain[: len(hostile)]))
    assert slow < 3 * usual + 0.05
