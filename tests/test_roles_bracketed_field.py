"""`mlcareer roles`: a field in brackets after a plain occupation names the role ("Software
Engineer (Machine Learning)"), but not after a trade of its own ("Sales Engineer (AI)",
"Solutions Engineer (ML)"), as a field after a dash already did not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, rank_roles
from mlcareer.models import RoleRanking


@pytest.fixture
def titled_roles(options: Options, write: Callable[[str, str], Path]) -> Callable[[str], set[str]]:
    def _titled(title: str) -> set[str]:
        text = f"Sam Lee\n\nExperience\n{title}, Someco, 2018 - present\n- Python and SQL.\n"
        ranking: RoleRanking = rank_roles(write("resume.txt", text), options)
        return {fit.id for fit in ranking.roles if fit.titles}

    return _titled


@pytest.mark.parametrize(
    "title",
    ["Sales Engineer (AI)", "Solutions Engineer (ML)", "Support Engineer (Machine Learning)"],
)
def test_a_trade_with_a_bracketed_field_names_no_role(
    titled_roles: Callable[[str], set[str]], title: str
) -> None:
    assert titled_roles(title) == set()


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Software Engineer (Machine Learning)", "ml-engineer"),
        ("Senior Engineer (AI)", "ai-engineer"),
        ("Research Engineer (NLP)", "nlp-engineer"),
        ("Engineer II (Computer Vision)", "computer-vision-engineer"),
    ],
)
def test_a_plain_occupation_with_a_bracketed_field_names_its_role(
    titled_roles: Callable[[str], set[str]], title: str, role: str
) -> None:
    assert titled_roles(title) == {role}
