"""Postings selected and copied from a job board's page: the posting with the page's own text
around it (menus, buttons, the board's skill pills, application forms, survey text, footers).
The page asks nothing and names no title. Each text is written here, in the layouts' manner."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

POSTING = (
    "About the job\nWe build picking robots.\n\n"
    "Requirements\n- 5+ years of Python\n- Experience with PyTorch\n\n"
    "Nice to have\n- Experience with ONNX\n"
)


def _asked(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


def _posting_kept(asked: dict[str, str]) -> None:
    assert asked["Python"] == asked["PyTorch"] == "required"
    assert asked["ONNX"] == "preferred"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a social network's menu and the company's card before the title
        (
            "Home\nMy Network\nJobs\nMessaging\nNotifications\n\nNorthvale Robotics logo\n"
            "Northvale Robotics\nShare\nSenior Machine Learning Engineer, Perception\n"
            "San Jose, CA · 3 days ago · Over 100 applicants\n",
            "Senior Machine Learning Engineer, Perception",
        ),
        # a careers site's company name above the title
        ("Tidewater Labs\nMLOps Engineer\nSan Francisco, CA\nFull-time /\n", "MLOps Engineer"),
        # a cookie banner, its buttons and a breadcrumb trail
        (
            "We use cookies to improve your visit. Accept all cookies\nReject all\n"
            "Careers Home > Search Results > Lead Data Scientist\nLead Data Scientist\n",
            "Lead Data Scientist",
        ),
        # a review site's menu and the company's rating
        (
            "Glassdoor\nCommunity\nJobs\nCompanies\nSalaries\nPinecrest Analytics\n4.2 ★\n"
            "Data Engineer II\nAustin, TX\n",
            "Data Engineer II",
        ),
    ],
)
def test_the_title_stands_past_the_pages_header(
    profile_of: ProfileOf, header: str, title: str
) -> None:
    profile = profile_of(header + "\n" + POSTING, doc_type="posting")
    assert profile.posting.title == title


def test_a_first_line_naming_no_job_stays_the_title_when_none_follows(
    profile_of: ProfileOf,
) -> None:
    text = "Quant Research, Rates\nNew York\n\n" + POSTING
    assert profile_of(text, doc_type="posting").posting.title == "Quant Research, Rates"


def test_a_title_naming_a_job_is_not_passed_over(profile_of: ProfileOf) -> None:
    text = "Data Scientist, Growth\nFernhill Payments\nStaff Engineer referral bonus\n\n" + POSTING
    assert profile_of(text, doc_type="posting").posting.title == "Data Scientist, Growth"
