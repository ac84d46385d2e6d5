"""What a posting's sentence asks of a name that needs context (Rust, Go, Julia, Airflow):
the words nearest it that require or wish for it are its context. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked

_TITLE = "Store Clerk\n\n"


@pytest.mark.parametrize(
    ("line", "skill", "importance"),
    [
        ("Bonus points for Rust.", "rust", "preferred"),
        ("Rust is a bonus.", "rust", "preferred"),
        ("Go experience is a plus.", "go", "preferred"),
        ("Julia is nice to have.", "julia", "preferred"),
        ("Nice to have: Rust", "rust", "preferred"),
        ("You must know Rust.", "rust", "required"),
        ("Rust is a must.", "rust", "required"),
        ("Required: Rust", "rust", "required"),
    ],
)
def test_a_cue_beside_a_guarded_name_asks_it(
    profile_of: ProfileOf, line: str, skill: str, importance: str
) -> None:
    found = asked(profile_of, f"{_TITLE}{line}\n")
    assert skill in found, sorted(found)
    assert found[skill].importance == importance


def test_a_one_line_post_wishing_for_airflow_asks_it(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "It's a huge plus if you know Airflow.\n")
    assert found["airflow"].importance == "preferred"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # the first word of a sentence, capitalized anyway, before no skill's noun
        ("Go to market experience is a plus.", "go"),
        # a rule about files, not a skill
        ("Attached files must be in PDF or Word format.", "microsoft-word"),
        # denied
        ("Rust is not required.", "rust"),
    ],
)
def test_a_cue_that_asks_no_skill_leaves_the_name(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in asked(profile_of, f"{_TITLE}{line}\n")
