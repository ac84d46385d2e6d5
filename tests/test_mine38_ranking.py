"""Ranking and recommendation problems name their skills ("2+ years on ranking or
recommendation problems"), and a two-tower or DLRM model implies embeddings, which it learns
for users and items. Small texts written here."""

from __future__ import annotations

from mlcareer.api import Options, compare

from .posting_helpers import ProfileOf, asked, listed


def test_ranking_or_recommendation_problems_are_a_choice_of_two(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("2+ years on ranking or recommendation problems", "SQL"))
    assert found["learning-to-rank"].alternatives == ["recommender-systems"]
    assert found["recommender-systems"].years == 2.0
    assert not [key for key in found if key.startswith("term:")]


def test_ranking_of_candidates_names_no_skill(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Top ranking in your graduating class", "SQL"))
    assert "learning-to-rank" not in found


def test_a_two_tower_model_implies_embeddings(profile_of: ProfileOf, options: Options) -> None:
    posting = profile_of(listed("Embeddings", "Python"), "posting")
    resume = profile_of(
        "Experience\nML Engineer, Acme, 2020 - 2024\n- Built a two-tower retrieval model in "
        "Python\n",
        "resume",
    )
    [embeddings] = [m for m in compare(resume, posting, options).missing if m.id == "embeddings"]
    assert embeddings.credit > 0  # part credit through the model that learns them
