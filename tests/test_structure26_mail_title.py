"""A mail's header lines are never the posting's title (structure26): a "From:" line naming the
sender's own job ("Senior Technical Recruiter") once became the title and its level."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_BODY = (
    "\nHi there,\n\nWe have an opening on our platform team.\n\n"
    "Requirements\n- 3+ years of Python\n"
)


@pytest.mark.parametrize(
    "header",
    [
        "From: Daniel Brooks, Senior Technical Recruiter at Nimbus Labs\nSubject: Quick question\n",
        "From: Daniel Brooks <dan@nimbus.example>\nTo: Lead Engineer Hiring <jobs@example.com>\n"
        "Sent: Monday, November 2, 2026\nSubject: Following up\n",
    ],
)
def test_structure26_mail_sender_is_no_title(profile_of: ProfileOf, header: str) -> None:
    posting = profile_of(header + _BODY, "posting").posting
    assert posting is not None
    assert posting.title is None
    assert posting.level == "mid"  # from the years asked, not the sender's "Senior"


def test_structure26_mail_subject_naming_a_role_is_the_title(profile_of: ProfileOf) -> None:
    # near miss: a subject naming the job stays the title
    header = "From: Daniel Brooks, Senior Technical Recruiter\nSubject: Data Engineer - Remote\n"
    posting = profile_of(header + _BODY, "posting").posting
    assert posting is not None and posting.title == "Data Engineer"


def test_structure26_title_below_a_mail_header(profile_of: ProfileOf) -> None:
    # near miss: the job's own title line below the header is still read
    header = (
        "From: Daniel Brooks, Recruiter\nSubject: An opportunity\n\nMachine Learning Engineer\n"
    )
    posting = profile_of(header + _BODY, "posting").posting
    assert posting is not None and posting.title == "Machine Learning Engineer"
