"""A grade before a skill or a language ("Intermediate Rust", "Upper-intermediate English")
and a LinkedIn seniority pasted among the requirements ("Seniority: Mid-Senior") name no
term the resume must show."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Intermediate Rust", {"Rust"}),
        ("Intermediate English", {"English"}),
        ("Upper-intermediate English (B2)", {"English"}),
        ("Beginner Japanese is a plus", {"Japanese"}),
        ("Seniority: Mid-Senior", set()),
        ("Level: Mid-Senior level", set()),
        ("Fluent Rust and Business level English", {"Rust", "English"}),
        ("Rust, Working level Japanese", {"Rust", "Japanese"}),
        ("Native level German and Rust", {"German", "Rust"}),
    ],
)
def test_a_grade_names_no_term(profile_of: ProfileOf, line: str, named: set[str]) -> None:
    posting = profile_of(f"Data Engineer\n\nRequirements\n- {line}\n- Python\n", doc_type="posting")
    assert {req.name for req in posting.requirements} == named | {"Python"}
