"""Postings outside tech (warehouse, retail, nursing, admin, driving): what they ask and what
their labels, physical demands and schedules do not ask.

Each text here is a small case written for the project, pinning one behaviour."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _posting(profile_of: ProfileOf, body: str) -> Profile:
    return profile_of(f"Store Associate\n\n{body}", doc_type="posting")


def _names(profile: Profile) -> set[str]:
    return {r.jd_text.lower() for r in profile.requirements}


@pytest.mark.parametrize(
    "item",
    [
        "Lift up to 50 pounds repeatedly",
        "Stand and walk for an entire 8-hour shift",
        "Able to work overtime as needed",
        "Driven, target oriented and coachable",
        "Independent and reliable",
        "Excellent subject knowledge",
        "3-5 years of site experience",
        "Track record of meeting or exceeding quota",
        "Able to work weekends, including some Saturdays",
    ],
)
def test_demands_and_traits_are_no_literal_terms(profile_of: ProfileOf, item: str) -> None:
    profile = _posting(profile_of, f"Requirements:\n- {item}\n")
    assert not {r.jd_text for r in profile.requirements if not r.known}


def test_a_track_record_asks_for_what_follows(profile_of: ProfileOf) -> None:
    profile = _posting(profile_of, "Requirements:\n- Proven track record in Zorblex sales\n")
    assert "zorblex" in _names(profile)


@pytest.mark.parametrize(
    "line",
    [
        "Substitution: Additional relevant experience may substitute for the degree.",
        "Classification: Office Assistant II",
        "Salary: Rs. 2.5 - 3.5 LPA",
        "CTC: 4 LPA",
        "Exempt status: Exempt",
        "FLSA status: Non-exempt",
    ],
)
def test_grade_and_pay_labels_ask_nothing(profile_of: ProfileOf, line: str) -> None:
    profile = _posting(profile_of, f"Requirements\n- Two years of retail experience\n\n{line}\n")
    assert not profile.requirements, [r.jd_text for r in profile.requirements]


def test_years_of_a_clean_record_are_no_experience(profile_of: ProfileOf) -> None:
    body = (
        "Requirements:\n- Minimum 1 year verifiable tractor-trailer experience\n"
        "- Clean MVR, no more than 2 moving violations in 3 years\n"
    )
    assert _posting(profile_of, body).posting.years_required == 1.0


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        ("Associate degree in Nursing required; BSN preferred", "associate", "bachelor"),
        ("ADN from an accredited program; MSN preferred", "associate", "master"),
        ("University degree (Master or PhD) in Computer Science", "master", None),
        ("Master or PhD in Physics", "master", None),
        # the examples after a degree of no level name the level asked
        ("Relevant university degree, e.g. MSc or MEng", "master", None),
        ("A degree, such as an MSc or a PhD, in statistics", "master", None),
        ("University degree, for example a BSc or MSc", "bachelor", None),
        # a degree wished for beside it is no example of the level asked
        ("Degree in computer science, ideally a Master's", "bachelor", "master"),
        # examples of fields leave the degree a bachelor's
        ("Degree in a quantitative field, e.g. physics or statistics", "bachelor", None),
    ],
)
def test_degrees_named_by_acronym_or_in_brackets(
    profile_of: ProfileOf, item: str, required: str, preferred: str | None
) -> None:
    posting = _posting(profile_of, f"Requirements\n- {item}\n").posting
    assert (posting.degree_required, posting.degree_preferred) == (required, preferred)
