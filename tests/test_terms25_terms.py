"""terms25: literal terms a careful reader would not list: a phrase a skill's guard turns down
("Normalizing flows of cash"), the employer's own thing after a duty's verb ("Own the
roadmap"); and Go named by an application form's question of years. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


def _terms(profile_of: ProfileOf, *items: str) -> set[str]:
    return {key for key in asked(profile_of, listed("Python", *items)) if key.startswith("term:")}


@pytest.mark.parametrize(
    "item", ["Normalizing flows of cash across accounts", "Normalizing flows of funds daily"]
)
def test_terms25_a_phrase_turned_down_leaves_no_term(profile_of: ProfileOf, item: str) -> None:
    assert not _terms(profile_of, item)


def test_terms25_a_name_turned_down_stays_a_term(profile_of: ProfileOf) -> None:
    assert "term:cms" in _terms(profile_of, "Knowledge of CMS guidelines")


@pytest.mark.parametrize(
    "item",
    [
        "Own the roadmap for search",
        "Drive the roadmap for ads quality",
        "Own the strategy for search",
    ],
)
def test_terms25_the_employers_own_thing_is_no_term(profile_of: ProfileOf, item: str) -> None:
    assert not _terms(profile_of, item)


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Own the Zorblex integration", "term:zorblex"),
        ("Build the Quarkle SDK", "term:quarkle-sdk"),
    ],
)
def test_terms25_a_name_after_the_stays_a_term(profile_of: ProfileOf, item: str, term: str) -> None:
    assert term in _terms(profile_of, item)


QUESTIONS = "Backend Engineer\n\nEasy Apply questions\n{questions}\n"


@pytest.mark.parametrize(
    "question",
    [
        "How many years of work experience do you have with Go?",
        "How many years of experience do you have using Go?",
    ],
)
def test_terms25_go_in_a_forms_question_is_asked(profile_of: ProfileOf, question: str) -> None:
    assert "go" in asked(profile_of, QUESTIONS.format(questions=question))


@pytest.mark.parametrize(
    "question",
    ["How many years until you go?", "How many years have you lived in Go Vap district?"],
)
def test_terms25_go_in_other_questions_is_not_asked(profile_of: ProfileOf, question: str) -> None:
    assert "go" not in asked(profile_of, QUESTIONS.format(questions=question))
