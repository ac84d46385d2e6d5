"""Postings3: Quebec's province code "QC" after a town, with the way of working in brackets
after it, as a Montreal posting's header line sets it; the code is no quality control."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "place",
    [
        "Banque Laurentienne du Nord — Montréal, QC (hybride, 3 jours au bureau)",
        "Laurentian North Bank — Montreal, QC (hybrid, 3 days in office)",
        "Location: Laval, QC (Remote friendly)",
        "Quebec City, QC - Hybrid",
    ],
)
def test_province_code_before_a_way_of_working_is_no_skill(
    place: str, profile_of: ProfileOf
) -> None:
    text = f"Senior Data Scientist\n{place}\n\nRequirements\n- Python and SQL for data quality\n"
    profile = profile_of(text, doc_type="posting")
    assert "quality-control" not in {r.id for r in profile.requirements}


@pytest.mark.parametrize(
    "line",
    [
        "- Production, QC (hybrid assays) and packaging data",
        "- Run QC (remote sensing imagery) on lab samples",
    ],
)
def test_qc_before_a_bracket_outside_a_place_stays_quality_control(
    line: str, profile_of: ProfileOf
) -> None:
    text = f"Lab Data Analyst\n\nRequirements\n{line}\n"
    profile = profile_of(text, doc_type="posting")
    assert "quality-control" in {r.id for r in profile.requirements}
