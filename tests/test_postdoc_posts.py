"""A posting for a postdoc's post asks a doctorate, however "postdoc" is spelled ("post
doctoral researcher", "Postdoctoral Fellow"), as only a doctor can hold one; years that may
include postdoctoral research ask none. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _degree_required(profile_of: ProfileOf, text: str) -> str | None:
    posting = profile_of(text, "posting").posting
    assert posting is not None
    return posting.degree_required


@pytest.mark.parametrize(
    "text",
    [
        "The lab invites applications for an appointment as post doctoral researcher within "
        "machine learning.\n\nResponsibilities and tasks\nResearch on sensor models in Python.\n",
        "Postdoctoral Fellow in Natural Language Processing\n\nRequirements\n- Python\n"
        "- Publications in NLP venues\n",
        "Two postdoc positions in robot learning\n\nRequirements\n- PyTorch\n",
    ],
)
def test_a_postdocs_post_asks_a_doctorate(profile_of: ProfileOf, text: str) -> None:
    assert _degree_required(profile_of, text) == "phd"


def test_years_that_may_include_postdoctoral_research_ask_none(profile_of: ProfileOf) -> None:
    text = (
        "Research Engineer\n\nRequirements\n- 5+ years of experience, including postdoctoral "
        "research or industry work\n- Python\n"
    )
    assert _degree_required(profile_of, text) is None
