"""Postings3: an Indian product company's header fields ("Experience: 0-2 yrs", "CTC: 8-14
LPA", "Notice period: ...") set below its blurb: the years asked are the job's, not the
company's own. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_POSTING = (
    "Software Engineer - Machine Learning (SDE-1)\n"
    "Kiranastack Technologies Pvt. Ltd. | Bengaluru | Work from office\n\n"
    "About Kiranastack\n"
    "We build inventory software for 40,000 neighbourhood stores across India.\n\n"
    "{field}\n"
    "CTC: 8-14 LPA\n"
    "Notice period: Immediate joiners to 30 days preferred\n\n"
    "What we're looking for\n"
    "- Good knowledge of Python and SQL\n"
)


@pytest.mark.parametrize(
    ("field", "years", "level"),
    [
        ("Experience: 0-2 yrs", 0, "entry"),
        ("Experience: 3-5 years", 3, "mid"),
        ("Exp: 1-3 yrs", 1, "entry"),
        ("Experience Required: 5+ Years", 5, "senior"),
        ("Work experience: 2-4 years", 2, "mid"),
    ],
)
def test_experience_field_below_the_company_blurb_asks_its_years(
    field: str, years: int, level: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(_POSTING.format(field=field), doc_type="posting")
    assert profile.posting is not None
    assert profile.posting.years_required == years
    assert profile.posting.level == level


@pytest.mark.parametrize(
    "blurb",
    [
        "We have 20 years of experience serving retailers.",
        "Our founders bring 15+ years of experience in retail technology.",
        "Experience our 10 years of growth: 40,000 stores and counting.",
    ],
)
def test_company_years_in_its_blurb_ask_nothing(blurb: str, profile_of: ProfileOf) -> None:
    text = _POSTING.format(field=blurb).replace("CTC: 8-14 LPA\n", "")
    profile = profile_of(text, doc_type="posting")
    assert profile.posting is not None
    assert profile.posting.years_required is None
