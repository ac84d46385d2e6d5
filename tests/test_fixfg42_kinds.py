"""A term ending in "languages" or "repositories" is met in part only by two words or an
acronym before them: "programming" alone also names TV schedules and linear programming."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.literal_match import without_kind
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "term",
    [
        "Scandinavian languages",
        "Modelling languages",
        "Scripting languages",
        "Programming languages",
        "Requirements repositories",
        "Container repositories",
        "Specification languages",
    ],
)
def test_one_word_before_languages_or_repositories_is_not_left_alone(term: str) -> None:
    assert without_kind(term) == []


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("Scandinavian languages", "Cabin crew, Scandinavian Airlines"),
        ("Programming languages", "Scheduled TV programming for a regional network."),
        ("Container repositories", "Loaded container ships at the port."),
    ],
)
def test_a_resume_naming_the_word_elsewhere_misses_the_term(
    profile_of: ProfileOf, options: Options, asked: str, shown: str
) -> None:
    posting = profile_of(f"Requirements\n- {asked}\n", doc_type="posting", name="jd.txt")
    resume = profile_of(f"Experience\n- {shown}\n", doc_type="resume", name="r.txt")
    assert [m.jd_text for m in compare(resume, posting, options).missing] == [asked]
