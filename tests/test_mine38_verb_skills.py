"""An item that opens with what to do names a skill the taxonomy knows: "Train models with SFT"
asks model training, "Design experiments and analyze results" experimental design; neither
leaves a term of its verb. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Train models with SFT", "model-training"),
        ("Train ML models on GPUs", "model-training"),
        ("Design experiments and analyze results", "experimental-design"),
    ],
)
def test_an_item_opening_on_its_verb_names_the_skill(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    found = asked(profile_of, listed(item, "SQL"))
    assert skill in found
    assert not [key for key in found if key.startswith(("term:train", "term:design"))]


def test_designed_experiments_in_a_resume(profile_of: ProfileOf) -> None:
    text = "Experience\nData Scientist, Acme, 2020 - 2024\n- Designed experiments for pricing\n"
    assert "Experimental design" in {s.name for s in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "item", ["Fine-tune pre-trained models", "Train station announcements", "Design reviews"]
)
def test_lookalikes_name_no_training_or_design(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "SQL"))
    assert "model-training" not in found
    assert "experimental-design" not in found
