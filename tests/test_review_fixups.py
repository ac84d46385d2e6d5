"""Regressions a review found in rules merged this session: the length of an internship or a
contract read as years asked, skills rows read as employers, "Present value" read as a duty,
a wish cue over a next line, and a cover letter's greeting in other languages."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf
from .posting_helpers import posting_info as _posting

_CONTACT = "Jane Doe\njane@example.com\n\n"


# -- a length of a placement asks no years ("1 an" counts one year: c432156) ------------------


@pytest.mark.parametrize(
    "line",
    [
        "Stage de 6 mois à 1 an en Data Science, Python",
        "Stage de 6 mois à 2 ans, Python",
        "Internship: 6 months to 1 year, Python",
        "Prácticas de 6 meses a 1 año con Python",
        "Stage de 1 an en Data Science, Python",
        "Prácticas de 1 año con Python",
        "Internship of 1 year, Python",
        "Contrat d'1 an, Python",
        "Durée : 1 an, Python",
        "CDD 1 an, Python",
    ],
)
def test_the_length_of_a_placement_asks_no_years(profile_of: ProfileOf, line: str) -> None:
    info = _posting(profile_of, f"Data Scientist\n\nProfil recherché\n- {line}\n- SQL\n")
    assert (info.years_required, info.level) == (None, None)


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("1 an d'expérience en Python", 1.0),
        ("6 mois à 1 an d'expérience en Python", 1.0),
        ("6 months to 2 years of experience with Python", 2.0),
        ("Stage : 1 an d'expérience en Python", 1.0),
    ],
)
def test_a_length_of_experience_is_still_asked(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    info = _posting(profile_of, f"Data Scientist\n\nProfil recherché\n- {line}\n- SQL\n")
    assert info.years_required == years


def test_a_range_up_from_months_with_no_placement_is_still_asked(profile_of: ProfileOf) -> None:
    info = _posting(
        profile_of, "Data Scientist\n\nRequirements\n- 6 months to 2 years in a data role\n"
    )
    assert info.years_required == 2.0
