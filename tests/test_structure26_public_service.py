"""Australian Public Service grades give a posting's level, and New Zealand's right to work
leaves no term (structure26)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("title", "level", "grade"),
    [
        ("Data Analyst - APS 6", "mid", "APS 6"),
        ("Data Analyst (APS4)", "entry", "APS 4"),
        ("Data Analyst - APS 5-6 / EL1", "mid", "APS 5"),
        ("Data Analyst - EL1", "senior", "EL1"),
        ("Data Analyst, Executive Level 2", "senior", "EL2"),
    ],
)
def test_structure26_aps_grade_gives_the_level(
    profile_of: ProfileOf, title: str, level: str, grade: str
) -> None:
    text = f"{title}\n\nDepartment of Finance, Canberra\n\nRequirements\n- SQL and Python\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    assert (posting.level, posting.level_source) == (level, f"grade: {grade}")


@pytest.mark.parametrize(
    "sentence",
    ["We presented at the APS March Meeting 2025.", "Our EL 3 model ranks leads."],
)
def test_structure26_aps_lookalikes_give_no_level(profile_of: ProfileOf, sentence: str) -> None:
    # near misses: the American Physical Society's meeting, a grade that does not exist
    text = f"Data Analyst\n\n{sentence}\n\nRequirements\n- SQL and Python\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.level is None


@pytest.mark.parametrize(
    "item",
    [
        "You must hold NZ residency or a valid work visa",
        "Must hold New Zealand residency or a valid work visa",
    ],
)
def test_structure26_nz_right_to_work_leaves_no_term(profile_of: ProfileOf, item: str) -> None:
    text = f"Data Analyst\n\nMPI, Wellington\n\nRequirements\n- SQL\n- {item}\n"
    asks = [req.id for req in profile_of(text, "posting").requirements]
    assert asks == ["sql"]


def test_structure26_skill_beside_a_work_visa_still_asked(profile_of: ProfileOf) -> None:
    # near miss: a skill on another item keeps its ask
    text = "Data Analyst\n\nRequirements\n- Tableau\n- A valid work visa\n"
    asks = [req.id for req in profile_of(text, "posting").requirements]
    assert asks == ["tableau"]
