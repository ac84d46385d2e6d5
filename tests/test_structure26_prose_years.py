"""Years a posting's prose tells the reader they bring, of a tool rather than of "experience"
(structure26): "Overview: ... You bring 5+ years of Python." asks five years."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "text",
    [
        "Data Engineer\n\nOverview: We are a small team building data pipelines for hospitals. "
        "You bring 5+ years of Python and solid SQL.\n\nRequirements\n- Airflow\n- dbt\n",
        "Data Engineer\n\nWe are a small team building data pipelines for hospitals. "
        "You have at least 5 years with Spark and solid SQL.\n",
        "Data Engineer\n\nAbout the role\nYou bring 5+ years of Python.\n\nRequirements\n- dbt\n",
    ],
)
def test_structure26_readers_years_of_a_tool_are_asked(profile_of: ProfileOf, text: str) -> None:
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.years_required == 5.0


@pytest.mark.parametrize(
    "sentence",
    [
        "You have 2 years to finish the onboarding course.",
        "You will join engineers with 15 years of Python.",
        "You bring 5 years of ideas to the table, we bring the rest.",
    ],
)
def test_structure26_other_years_in_prose_ask_nothing(profile_of: ProfileOf, sentence: str) -> None:
    # near misses: a deadline, colleagues' years, years of nothing named
    text = f"Data Engineer\n\nWe are a small team. {sentence}\n\nRequirements\n- SQL\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.years_required is None
