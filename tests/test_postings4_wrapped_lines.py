"""Postings4: a sentence a PDF wraps after a word it cannot end on ("... onsite in" / "Austin.")
goes on in the next line, though that opens with a capital: the place is part of the sentence,
not an item of the list above."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_WISHES = "Data Scientist\n\nPreferred Qualifications:\n- Experience with prompt engineering\n"


def _terms(profile: Profile) -> list[str]:
    return [req.jd_text for req in profile.requirements if not req.known]


@pytest.mark.parametrize(
    "wrapped",
    [
        "The base salary range is $165,000 - $215,000. Hybrid: 2 days per week onsite in\nAustin.",
        "You will be expected to work three days a week from our offices in\nRotterdam.",
        "Our team is spread across several offices, with most people near\nLeeds.",
    ],
)
def test_postings4_a_place_wrapped_after_a_preposition_is_no_item(
    wrapped: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(f"{_WISHES}{wrapped}\n", "posting")
    assert _terms(profile) == []


def test_postings4_a_skill_wrapped_after_and_still_counts(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nRequirements\n"
        "You have built batch pipelines with Airflow and\nKafka in production.\n"
    )
    asked = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asked.get("kafka") == "required"


@pytest.mark.parametrize(
    "text",
    [
        # a short title line ending in "of" stays the title
        "Head of\nData Science\n\nRequirements\n- Python\n- Quuxlang\n",
        # a line ending in "in" before a heading stays apart from it
        "Data Scientist\n\nWe are a team of data scientists based in\nRequirements\n- Quuxlang\n",
    ],
)
def test_postings4_an_open_ending_before_a_title_or_a_heading_joins_nothing(
    text: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(text, "posting")
    assert "Quuxlang" in _terms(profile)


@pytest.mark.parametrize("gap", ["\t", "    ", " | "])
def test_postings4_a_tables_header_ending_in_by_joins_no_row(
    gap: str, profile_of: ProfileOf
) -> None:
    text = (
        "Research Fellow\n\nPerson Specification\n\n"
        f"Criteria{gap}Essential or Desirable{gap}Assessed by\n"
        f"Zorblex modelling{gap}Essential{gap}Interview\nPython{gap}Essential{gap}Application\n"
    )
    terms = _terms(profile_of(text, "posting"))
    assert "Criteria" not in " ".join(terms)
