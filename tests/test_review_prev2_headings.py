"""A posting's header field "Experience: 5" (years asked, as a board prints it) opens no
section as a careers site's numbered profile block ("Work Experience 1") does: the degree
asked after it stays asked. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize("field", ["Experience: 5", "Experience : 3", "Education: 2"])
def test_review_prev2_a_labelled_count_opens_no_numbered_block(
    profile_of: ProfileOf, field: str
) -> None:
    text = f"Data Engineer\n\nRequirements\n- Python\n{field}\n- BSc in Computer Science\n"
    posting = profile_of(text, doc_type="posting")
    assert [s.name for s in posting.sections] == ["requirements"]
    assert posting.posting is not None and posting.posting.degree_required == "bachelor"


def test_review_prev2_a_profiles_numbered_block_still_opens(profile_of: ProfileOf) -> None:
    text = (
        "My Experience\n\nWork Experience 1\nJob Title\nData Analyst\nCompany\nAcme\n"
        "From\n06/2019\nTo\n05/2022\n\nEducation 1\nBSc Mathematics\n2015 - 2018\n"
    )
    profile = profile_of(text, "resume")
    assert [s.name for s in profile.sections][-2:] == ["experience", "education"]
