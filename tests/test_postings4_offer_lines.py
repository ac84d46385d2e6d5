"""Postings4: the lines about the offer that close a posting's last list without a heading of
their own (pay, visas, the way of working, relocation, a clearance to be obtained) ask for
nothing a resume shows; the skills around them still do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _after_the_wishes(line: str) -> str:
    """A posting whose offer line follows its "Nice to have" list, as saved pages set it."""
    return f"Data Scientist\n\nRequirements:\n- Python\n\nNice to have:\n- SQL\n{line}\n"


def _terms(profile: Profile) -> list[str]:
    return [req.jd_text for req in profile.requirements if not req.known]


@pytest.mark.parametrize(
    "line",
    [
        "Base pay range $150,000/yr - $185,000/yr.",
        "Pay: $65/hr - $80/hr on W2",
        "£60,000 - £75,000 pro rata",
        "We sponsor H-1B transfers.",
        "H-1B sponsorship available for this role",
        "Visa sponsorship: yes (H-1B, TN)",
        "Remote-first; core hours 10:00-15:00 CET",
        "EU work permit required; we sponsor Blue Card applications.",
        "Candidates holding an EU Blue Card are welcome",
        "Relocation support to Berlin provided",
        "- Ability to obtain a security clearance",
        "- Eligible to obtain and maintain a security clearance",
        "Applicants must be able to obtain a government security clearance.",
    ],
)
def test_postings4_an_offer_line_after_the_wishes_asks_nothing(
    line: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(_after_the_wishes(line), "posting")
    assert _terms(profile) == []
    assert {req.id for req in profile.requirements} == {"python", "sql"}


@pytest.mark.parametrize(
    ("line", "term"),
    [
        # a clearance held, not one to be obtained, is still asked
        ("Active security clearance", "Active security clearance"),
        # a hyphenated product name is no way of working
        ("Experience with Tabletop-first", "Tabletop-first"),
        # names that look like a visa's code or a perk, and are things to know
        ("Experience with TNT", "TNT"),
        # a card that is no permit, on a line that speaks of none
        ("Experience with Blue Card", "Blue Card"),
        ("Experience with the OPTIMADE API", "OPTIMADE API"),
        ("Experience with Remote-Sensing imagery", "Remote-Sensing"),
        ("Relocation experience (moving data centres)", "Relocation"),
    ],
)
def test_postings4_asks_beside_offer_words_stay_terms(
    line: str, term: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(_after_the_wishes(f"- {line}"), "posting")
    assert term in _terms(profile)


def test_postings4_a_visa_code_in_a_resume_line_is_still_read_as_the_need(
    profile_of: ProfileOf,
) -> None:
    """The resume's own stance is read apart from the terms: "F-1 OPT" stays its need."""
    resume = (
        "Dana Quill\n\nExperience\nData Analyst, Quuxcorp, 2022 - 2025\n- Built SQL reports\n\n"
        "Work authorization: F-1 OPT (STEM extension)\n"
    )
    profile = profile_of(resume, "resume")
    assert profile.work_authorization is not None
    assert "OPT" in (profile.work_authorization.detail or profile.work_authorization.text)
