"""Years asked in a role named as "the position of ...", "the role of ..." or "a ... role":
the role is the requirement ("Experience as Data Scientist"), as in "3 years as a data
scientist", not a term "Data Scientist"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile


def _asked(profile_of: Callable[..., Profile], line: str) -> dict[str, float | None]:
    posting = profile_of(f"Data Scientist\n\nRequirements:\n- SQL\n- {line}\n", "posting")
    return {r.name: r.years for r in posting.requirements if r.name != "SQL"}


@pytest.mark.parametrize(
    "line",
    [
        "3 years as a data scientist",
        "Experience of 2+ years as a Data Scientist",
        "2 years in the position of Data Scientist",
        "At least 2 years in the role of Data Scientist",
        "2 years of experience in a Data Scientist role",
        "2+ years of experience in a Data Scientist position",
    ],
)
def test_years_in_a_named_role_ask_the_role(profile_of: Callable[..., Profile], line: str) -> None:
    [(name, years)] = _asked(profile_of, line).items()
    assert name.lower() == "experience as data scientist"
    assert years in (2.0, 3.0)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("3 years of experience in a Python-heavy role", "Python"),
        ("2 years in a production role with Spark", "Apache Spark"),
    ],
)
def test_a_role_described_not_named_asks_its_skills(
    profile_of: Callable[..., Profile], line: str, name: str
) -> None:
    asked = _asked(profile_of, line)
    assert name in asked
    assert not any(n.startswith("Experience as") for n in asked)


def test_a_long_line_of_role_words_is_read_fast() -> None:
    from timeit import repeat

    from mlcareer.extract.roles import role_asked

    hostile = "years in a " + "Data Data " * 400 + "role position capacity"
    plain = "x" * len(hostile)
    slow = min(repeat(lambda: role_asked(hostile), number=20, repeat=3))
    fast = min(repeat(lambda: role_asked(plain), number=20, repeat=3))
    assert slow < max(fast * 50, 0.05)
