"""'Account for' a share of something is its other sense: "Accounted for 30% of revenue" shows
no Accounting, while the bookkeeping sense stays ("Accounted for fixed assets under IFRS")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.literal_match import find_literal, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Accounting", "- Accounted for 30% of regional revenue in 2022."),
        ("Accounting", "- Leases accounted for half of the portfolio."),
        ("Accounting", "- Accounting for roughly a third of sales, the APAC desk grew fastest."),
        ("Revenue accounting", "- My region accounts for 30 percent of revenue."),
        ("Revenue accounting", "- The team accounts for the majority of new revenue."),
        ("Accounting", "- Enterprise deals accounted for the largest share of bookings."),
    ],
)
def test_a_share_accounted_for_shows_no_accounting(term: str, line: str) -> None:
    assert find_literal(term, resume_text(f"Experience\n{line}\n")) is None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        # the bookkeeping sense: what is recorded in the books
        ("Fixed asset accounting", "- Accounted for fixed assets under IFRS."),
        ("Lease accounting", "- Accounting for leases under ASC 842."),
        ("Accounting", "- Accounted for 40 capital leases and their disposals."),
        # the noun: accounts served, not a share
        ("Account management", "- Managed accounts for 40 clients across two regions."),
    ],
)
def test_the_bookkeeping_sense_and_the_noun_stay(term: str, line: str) -> None:
    assert find_literal(term, resume_text(f"Experience\n{line}\n")) is not None


def test_a_sales_resume_with_a_share_does_not_meet_an_accounting_ask(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Sam Lee\n\nExperience\nSales Lead, Acme Corp, Jan 2019 - Dec 2023\n"
        "- Accounted for 30% of regional revenue in 2022.\n"
        "- Marketed the new product line to retailers.\n",
        "resume",
    )
    posting = profile_of(
        "Financial Analyst\n\nRequirements\n- Accounting experience\n- Marketing\n", "posting"
    )
    report = compare(resume, posting, options)
    assert {m.id for m in report.missing} >= {"accounting"}
    assert "marketing" in {m.id for m in report.matched}  # "Marketed" is the activity itself


def test_the_taxonomy_skill_is_not_read_from_a_share(profile_of: ProfileOf) -> None:
    def accounting(line: str) -> bool:
        profile = profile_of(f"Experience\n- {line}\n", doc_type="resume")
        return "accounting" in {hit.id for hit in profile.skills}

    assert not accounting("Accounting for 30% of financial services revenue, APAC grew fastest.")
    assert accounting("Accounting for leases and tax reconciliations under ASC 842.")
