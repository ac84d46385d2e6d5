"""A title's rank words that name whom the hire serves ("Executive Assistant to the VP",
"Director's Assistant", "Scheduler for the Head of Surgery") give no rank: the post's own
words do ("Senior Advisor to the CEO")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.experience import title_level
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

POSTING = "{title}\n\nAbout the role\nYou will keep the calendar.\n\nRequirements\n- Excel\n"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Executive Assistant to the VP of Sales", None),
        ("Assistant to the Director", None),
        ("Director's Assistant", None),
        ("Scheduler for the Head of Surgery", None),
        ("Office Manager (reports to the Director)", None),
        ("Recruiter for Senior Engineering Roles", None),
        ("Senior Advisor to the CEO", "senior"),
        ("Technical Lead for the Payments Team", "senior"),
        ("Head of Data", "senior"),
    ],
)
def test_a_posting_titles_rank_is_its_own(profile_of: ProfileOf, title: str, level: str) -> None:
    posting = profile_of(POSTING.format(title=title), doc_type="posting")
    assert posting.posting is not None and posting.posting.level == level


def test_a_resume_titles_rank_is_its_own() -> None:
    assert title_level("Executive Assistant to the VP of Operations") is None
    assert title_level("Senior Executive Assistant to the CEO") == "senior"
