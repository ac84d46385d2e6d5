"""Postings3: a staffing agency's contract posting: what the recruiter needs to submit a
candidate ("Submission requirements: full legal name, last 4 SSN, DOB ...") asks no skill."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_AGENCY = (
    "Title: Sr. Data Engineer\n"
    "Duration: 12+ months\n"
    "Pay rate: $65/hr W2 | $78/hr C2C\n\n"
    "Top 3 Must Have Skills:\n"
    "1. Snowflake\n"
    "2. dbt\n\n"
    "Nice To Have Skills:\n"
    "1. Looker\n\n"
    "{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Submission requirements: full legal name, last 4 SSN, DOB (MM/DD), current location,"
        " LinkedIn URL.",
        "Submission details: full legal name, DOB (MM/DD), LinkedIn URL",
        "Required for submission: last 4 SSN, DOB (MM/DD), LinkedIn URL",
    ],
)
def test_submission_paperwork_is_no_skill(line: str, profile_of: ProfileOf) -> None:
    profile = profile_of(_AGENCY.format(line=line), doc_type="posting")
    asked = {r.jd_text: r.importance for r in profile.requirements}
    assert set(asked) == {"Snowflake", "dbt", "Looker"}
    assert asked["Looker"] == "preferred"


def test_submission_label_with_know_how_still_asks(profile_of: ProfileOf) -> None:
    line = "Submission requirements: must have 3+ years with Fivetran"
    profile = profile_of(_AGENCY.format(line=line), doc_type="posting")
    assert "fivetran" in {r.id for r in profile.requirements}
