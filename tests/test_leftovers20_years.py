"""A posting that sends freshers to another programme keeps the years it asks. Small texts
written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, listed, posting_info


def _posting(closing: str) -> str:
    return listed("3+ years of Python", "Experience with PyTorch", title="ML Engineer") + (
        "\n" + closing + "\n"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "Freshers can apply for our trainee program separately.",
        "New graduates may apply to the Graduate Scheme instead.",
        "Freshers can apply separately through the campus portal.",
    ],
)
def test_freshers_sent_elsewhere_keep_the_years(profile_of: ProfileOf, closing: str) -> None:
    assert posting_info(profile_of, _posting(closing)).years_required == 3.0


@pytest.mark.parametrize(
    "closing",
    ["Freshers can apply.", "Freshers can apply for this role too.", "New graduates welcome."],
)
def test_freshers_invited_here_clear_the_years(profile_of: ProfileOf, closing: str) -> None:
    assert posting_info(profile_of, _posting(closing)).years_required is None
