"""A choice whose aside prefers one member ("Python or R (R preferred)") keeps the aside in its
wording: either member meets it, and the report quotes the preference. Small texts written
here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.models import Profile

from .conftest import invoke
from .posting_helpers import asked, listed

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("item", "choice"),
    [
        ("Python or R (R preferred)", "Python or R (R preferred)"),
        ("AWS or GCP (preferably GCP)", "AWS or GCP (preferably GCP)"),
        ("Python or R (Python is a plus)", "Python or R (Python is a plus)"),
        # an aside about something else is not the choice's
        ("Python or R (3 years)", "Python or R"),
        ("Python or R (SQL preferred)", "Python or R"),
    ],
)
def test_a_preference_aside_stays_in_the_choice(
    profile_of: ProfileOf, item: str, choice: str
) -> None:
    found = asked(profile_of, listed(item))
    first, second = (req for req in found.values() if req.alternatives)
    assert first.choice == second.choice == choice
    assert first.importance == second.importance == "required"


def test_the_report_quotes_the_preference(write: Callable[[str, str], Path]) -> None:
    posting = write("p.txt", listed("Python or R (R preferred)", "SQL"))
    resume = write("r.txt", "Ann Lee\n\nSKILLS\nJava, SQL\n")
    result = invoke("match", resume, posting, "--format", "json")
    assert '"jd_text": "Python or R (R preferred)"' in result.output
