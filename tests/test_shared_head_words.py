"""Two names sharing their last word: "prompt and context engineering" names prompt engineering
and context engineering, "supervised and unsupervised learning" both kinds of learning. The
first word counts only where it names nothing on its own ("Sales and account management" is
sales and account management) and is a whole word ("semi-supervised")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


def _resume(bullet: str) -> str:
    return f"Experience\nML Engineer, Acme, Jan 2021 - Mar 2024\n- {bullet}\n"


@pytest.mark.parametrize(
    ("bullet", "both"),
    [
        ("Owned prompt and context engineering for the assistant.",
         {"prompt-engineering", "context-engineering"}),
        ("Applied supervised and unsupervised learning to churn.",
         {"supervised-learning", "unsupervised-learning"}),
        ("Built batch and stream processing jobs in Spark.",
         {"batch-processing", "stream-processing"}),
        ("Led the data and ML engineering teams.", {"data-engineering", "machine-learning"}),
        ("Ran product and project management for the platform.",
         {"product-management", "project-management"}),
    ],
)  # fmt: skip
def test_both_names_are_read(profile_of: ProfileOf, bullet: str, both: set[str]) -> None:
    found = _ids(profile_of(_resume(bullet), "resume"))
    assert both <= found, both - found


def test_a_posting_asks_for_both(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements\n- Experience with supervised and unsupervised learning\n",
        "posting",
    )
    asked = {req.id for req in posting.requirements}
    assert {"supervised-learning", "unsupervised-learning"} <= asked


@pytest.mark.parametrize(
    ("bullet", "absent"),
    [
        ("Grew sales and account management revenue by 20%.", "sales-management"),
        ("Used semi-supervised and unsupervised learning.", "supervised-learning"),
        ("Wrote Python and machine learning code.", "deep-learning"),
    ],
)
def test_a_first_word_that_names_a_thing_stays_itself(
    profile_of: ProfileOf, bullet: str, absent: str
) -> None:
    assert absent not in _ids(profile_of(_resume(bullet), "resume")), bullet
