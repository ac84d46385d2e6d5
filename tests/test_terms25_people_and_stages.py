"""terms25: credentials naming the people the hire works with ("MD and PA clinicians") and a
release stage ("shipping features to GA") ask for no term; the same letters naming a thing
still do. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


def _terms(profile_of: ProfileOf, item: str) -> set[str]:
    return {key for key in asked(profile_of, listed("Python", item)) if key.startswith("term:")}


@pytest.mark.parametrize(
    "item",
    [
        "Experience working with MD and PA clinicians",
        "Comfortable partnering with RN, NP and PA providers",
        "Collaborate with MD/DO physicians on labeling",
    ],
)
def test_terms25_credentials_of_clinicians_ask_no_term(profile_of: ProfileOf, item: str) -> None:
    assert not _terms(profile_of, item) & {"term:md", "term:pa", "term:rn", "term:np", "term:do"}


def test_terms25_letters_before_tool_users_stay_terms(profile_of: ProfileOf) -> None:
    assert "term:zql" in _terms(profile_of, "Support ZQL and KRX users across sites")


@pytest.mark.parametrize(
    "item",
    [
        "Shipping features to GA is a plus",
        "Taken a product from beta to GA",
        "Drove two launches through GA",
        "Owned the GA release of a model API",
    ],
)
def test_terms25_general_availability_asks_no_term(profile_of: ProfileOf, item: str) -> None:
    assert "term:ga" not in _terms(profile_of, item)


@pytest.mark.parametrize("item", ["Experience with GA and GTM", "GA or Mixpanel for web analytics"])
def test_terms25_ga_as_a_tool_stays_a_term(profile_of: ProfileOf, item: str) -> None:
    assert "term:ga" in _terms(profile_of, item)
