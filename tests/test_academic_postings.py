"""Academic postings and CVs: a funded PhD studentship, a UK postdoc's person specification,
a faculty call, and the CVs that answer them. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


STUDENTSHIP = """Funded PhD Studentship: Graph Learning for Power Grids

We offer a fully funded PhD studentship in the School of Engineering, starting in October.

Eligibility
Applicants should hold, or expect to obtain, {ask}
(or the international equivalent) in Electrical Engineering or Computer Science.
A Master's degree is desirable.
- Programming experience in Python
"""


@pytest.mark.parametrize(
    "ask",
    [
        "a first or upper second class degree",
        "a first-class or 2:1 honours degree",
        "a good honours degree",
    ],
)
def test_a_phd_studentship_asks_for_a_first_degree(profile_of: ProfileOf, ask: str) -> None:
    posting = profile_of(STUDENTSHIP.format(ask=ask), doc_type="posting").posting
    assert posting is not None
    assert (posting.degree_required, posting.degree_preferred) == ("bachelor", "master")


@pytest.mark.parametrize(
    "line",
    [
        "Fully funded PhD studentship in probabilistic machine learning",
        "The PhD scholarship covers fees and a stipend for 3.5 years.",
        "Two PhD positions in robot learning are available.",
    ],
)
def test_the_phd_on_offer_is_not_a_degree_asked(profile_of: ProfileOf, line: str) -> None:
    text = f"{line}\n\nRequirements\n- Strong mathematics\n- Python\n"
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.degree_required is None


def test_a_phd_asked_beside_a_fellowship_is_still_asked(profile_of: ProfileOf) -> None:
    text = (
        "Research Fellowship in Machine Learning\n\nEssential criteria\n"
        "- A PhD in Computer Science or a related field\n- Python\n"
    )
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.degree_required == "phd"
