"""Incident severities and support tiers written "S1/S2/S3" in an English posting are no
Indonesian degree levels; "S1/S2" beside a field, a school, Indonesian words or the line's
end still is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .posting_helpers import listed

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "item",
    [
        "Handle S1/S2/S3 incidents as on-call engineer",
        "Own S1/S2 escalations and post-mortems",
        "S2/S3 support tiers for Python services",
        "Resolve S1 / S2 tickets within the SLA",
    ],
)
def test_severity_levels_ask_no_degree(profile_of: ProfileOf, item: str) -> None:
    posting = profile_of(listed(item, "Python", title="Site Reliability Engineer"), "posting")
    assert posting.education.degrees == []


@pytest.mark.parametrize(
    ("item", "levels"),
    [
        ("Pendidikan S1/S2 Teknik Informatika", {"bachelor", "master"}),
        ("Lulusan S1/S2 dari universitas terkemuka", {"bachelor", "master"}),
        ("Pendidikan minimal S1/S2", {"bachelor", "master"}),
        ("S1/S2/S3 Ilmu Komputer", {"bachelor", "master", "phd"}),
        ("S2/S3 in Computer Science", {"master", "phd"}),
        ("Kualifikasi: S1 / S2 (Statistika)", {"bachelor", "master"}),
    ],
)
def test_indonesian_levels_side_by_side_still_ask(
    profile_of: ProfileOf, item: str, levels: set[str]
) -> None:
    posting = profile_of(listed(item, "Python"), "posting")
    assert {degree.level for degree in posting.education.degrees} == levels
