"""Misreadings found by reading whole reports for specialist pairs: a contract NLP role, a
hospital's clinical AI role, a speech role and a recommendations role, each against a resume
of its kind (functional, freelance, clinical, speech, recommender systems)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

Extract = Callable[..., Profile]


def _asked(posting: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in posting.requirements}


@pytest.mark.parametrize(
    "heading", ["Contract details", "Contract terms", "Working conditions", "Work environment"]
)
def test_terms_of_the_engagement_close_the_preferred_list(
    profile_of: Extract, heading: str
) -> None:
    posting = profile_of(
        "NLP Engineer\n\nEssential\n* Strong Python\n\nDesirable\n* Knowledge of LangChain\n\n"
        f"{heading}\nThis role sits outside IR35. For US-based applicants we engage on a C2C "
        "basis. Occasional travel between Quuxton Campus sites.\n",
        "posting",
    )
    asked = _asked(posting)
    assert asked["langchain"] == "preferred"
    assert not [key for key in asked if key.startswith("term:")]


def test_a_sentence_under_working_conditions_that_asks_still_asks(profile_of: Extract) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- Python\n\nWorking conditions\n"
        "Hybrid, two days a week in the office. You must know Docker well.\n",
        "posting",
    )
    assert _asked(posting)["docker"] == "required"


@pytest.mark.parametrize(
    ("item", "shared"),
    [
        ("Experience working with financial or regulated data", "term:data"),
        ("Familiarity with sensitive or personal information", "term:information"),
        ("Experience in the public or private sector", "term:sector"),
    ],
)
def test_a_noun_shared_by_two_describing_words_is_no_ask_alone(
    profile_of: Extract, item: str, shared: str
) -> None:
    posting = profile_of(f"Data Scientist\n\nRequirements\n- Python\n- {item}\n", "posting")
    assert shared not in _asked(posting)


def test_describing_words_before_a_longer_shared_name_are_still_skipped(
    profile_of: Extract,
) -> None:
    posting = profile_of(
        "Planner\n\nRequirements\n- Knowledge of local and regional zoning codes\n", "posting"
    )
    assert "term:zoning-codes" in _asked(posting)


@pytest.mark.parametrize(
    "item",
    [
        "Strong PyTorch; comfortable reading and writing CUDA kernels",
        "Comfort working with messy data",
        "Confident presenting to executives",
    ],
)
def test_being_comfortable_doing_something_names_no_term(profile_of: Extract, item: str) -> None:
    posting = profile_of(f"ML Engineer\n\nYou have\n- Python\n- {item}\n", "posting")
    terms = [key for key in _asked(posting) if key.startswith("term:")]
    assert not [t for t in terms if t.split(":")[1].startswith(("comfort", "confident"))]


def test_what_one_is_comfortable_doing_is_still_the_ask(profile_of: Extract) -> None:
    posting = profile_of(
        "Analyst\n\nYou have\n- Comfortable building Zorblex dashboards\n"
        "- Comfortable with Quuxdb\n",
        "posting",
    )
    asked = _asked(posting)
    assert "term:zorblex" in asked and "term:quuxdb" in asked
