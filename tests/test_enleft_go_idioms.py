"""Go among other programming languages is the language ("Knowledge of Go or Scala"); the
idioms "go-to person", "go/no-go", "go live" and "on the go" ask for nothing, not even a term
the posting's words name."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile


def _asked(profile_of: Callable[..., Profile], line: str) -> set[str]:
    posting = profile_of(f"Data Scientist\n\nRequirements:\n- SQL\n- {line}\n", "posting")
    return {r.name for r in posting.requirements} - {"SQL"}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Knowledge of Go or Scala", {"Go", "Scala"}),
        ("Knowledge of Scala or Go", {"Go", "Scala"}),
        ("Java, Go, or Rust in production", {"Java", "Go", "Rust"}),
        ("Experience with Go and Kotlin", {"Go", "Kotlin"}),
    ],
)
def test_go_listed_with_another_language_is_asked(
    profile_of: Callable[..., Profile], line: str, names: set[str]
) -> None:
    assert _asked(profile_of, line) == names


@pytest.mark.parametrize(
    "line",
    [
        "You are the Go-to person on the team",
        "Be the Go-To expert on ranking",
        "Make Go/No-Go calls on releases",
        "You make go or no-go decisions on launches",
        "Go live with our first pricing model",
        "Comfortable working on the go",
    ],
)
def test_go_idioms_ask_for_nothing(profile_of: Callable[..., Profile], line: str) -> None:
    assert _asked(profile_of, line) == set()


def test_a_go_to_market_strategy_is_still_asked(profile_of: Callable[..., Profile]) -> None:
    assert _asked(profile_of, "Go-to-market strategy experience") == {"Go-to-market strategy"}
