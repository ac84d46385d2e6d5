"""A chat post's "We're hiring ..." names whom it hires only when its words name a job ("We're
hiring ML engineers!"); "We're hiring in Berlin: Data Engineer" is read as before the plural
call was read (titled by its line, a data engineer's post). Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "first",
    ["We're hiring in Berlin: Data Engineer", "We are hiring in London - Senior Data Engineer"],
)
def test_review_prev2_a_call_with_its_place_first_keeps_its_role(
    profile_of: ProfileOf, first: str
) -> None:
    posting = profile_of(f"{first}\n\nWe need Python and SQL skills.\n", doc_type="posting")
    assert posting.posting is not None and posting.posting.role == "data-engineer"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("We're hiring ML engineers!", "ML engineers"),
        ("We are hiring a Data Engineer", "Data Engineer"),
    ],
)
def test_review_prev2_a_call_naming_a_job_still_titles_it(
    profile_of: ProfileOf, first: str, title: str
) -> None:
    posting = profile_of(f"{first}\n\nWe need Python and SQL skills.\n", doc_type="posting")
    assert posting.posting is not None and posting.posting.title == title
