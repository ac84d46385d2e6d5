"""Who may apply, as Singapore and Australian postings write it: work passes and permanent
residents are no skills asked. Small texts written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.work_authorization import posting_stance
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile_of: ProfileOf, item: str) -> list[str]:
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- 3 years of Python\n- {item}\n",
        doc_type="posting",
        name="jd.txt",
    )
    return [r.id for r in posting.requirements]


@pytest.mark.parametrize(
    "item",
    [
        "EP/S Pass holders welcome to apply",
        "Employment Pass holders are welcome",
        "S Pass holders welcome",
        "Dependant's Pass/LOC holders may apply",
        "Australian PR or citizen only",
        "Singaporeans and PRs only",
        "Singapore Citizens/PRs preferred",
        # already kept out: the right to work, as Australia, the UK and Canada write it
        "Must have full working rights in Australia",
        "You must have the right to work in the UK",
        "Must be eligible to work in Canada",
    ],
)
def test_who_may_apply_is_no_ask(profile_of: ProfileOf, item: str) -> None:
    assert _asked(profile_of, item) == ["python"]


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Experience with AWS Glue and its pass-through jobs", "AWS Glue"),
        ("Knowledge of Ansible playbooks", "Ansible"),
    ],
)
def test_near_misses_still_ask(profile_of: ProfileOf, item: str, term: str) -> None:
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- {item}\n", doc_type="posting", name="jd.txt"
    )
    assert term in [r.name for r in posting.requirements]


@pytest.mark.parametrize(
    "line",
    [
        "Singaporeans and PRs only",
        "Singapore Citizens/PRs only.",
        "Open to Australian PR or citizen only",
    ],
)
def test_citizens_or_prs_only_is_a_stance(line: str) -> None:
    stance = posting_stance(f"Data Scientist\n\nAbout the job\n{line}\n")
    assert stance is not None and stance.status == "citizens-or-residents"


@pytest.mark.parametrize(
    "line",
    [
        "Singapore Citizens/PRs preferred",  # a wish, not a bar
        "EP/S Pass holders welcome to apply",  # open to pass holders: no stance on sponsoring
        "Work with PR and comms teams only when needed",
    ],
)
def test_no_stance(line: str) -> None:
    assert posting_stance(f"Data Scientist\n\nAbout the job\n{line}\n") is None


@pytest.mark.parametrize(
    "item",
    [
        "Completed military obligations (for male candidates)",
        "Military obligations fulfilled or exempted (for male applicants)",
    ],
)
def test_a_military_obligation_is_eligibility(profile_of: ProfileOf, item: str) -> None:
    assert _asked(profile_of, item) == ["python"]


def test_prior_military_service_is_still_asked(profile_of: ProfileOf) -> None:
    assert len(_asked(profile_of, "Prior military service")) == 2
