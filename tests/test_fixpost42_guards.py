"""Review fixes to two guards: "know your customer" as a clerk's advice is no KYC, even in a
bank, and "Bert" the person is no BERT though model words stand elsewhere in the sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def in_resume(profile_of: ProfileOf, line: str) -> set[str]:
    resume = f"Jane Doe\n\nExperience\nAnalyst, Acme Bank, 2019 - 2024\n- {line}\n"
    return {hit.id for hit in profile_of(resume, doc_type="resume").skills}


def in_posting(profile_of: ProfileOf, text: str) -> set[str]:
    posting = f"Bank Teller\n\nAbout the role\n{text}\n\nRequirements\n- 3+ years of work\n"
    return {hit.id for hit in profile_of(posting, doc_type="posting").skills}


@pytest.mark.parametrize(
    "line",
    [
        "- Get to know your customers and their banking needs",
        "- Always know your customer, and deliver exceptional service at the bank",
        "- Know your customer's business and offer our banking products",
        "- Know your customer: greet every client by name and check in on their financial goals",
    ],
)
def test_know_your_customer_as_advice_is_no_kyc(profile_of: ProfileOf, line: str) -> None:
    assert "kyc" not in in_posting(profile_of, line)


@pytest.mark.parametrize(
    "line",
    [
        "Know Your Customer (KYC) and AML procedures",
        "Performed know your customer checks and sanctions screening",
        "Know your customer procedures for new accounts",
    ],
)
def test_know_your_customer_as_the_checks_is_kyc(profile_of: ProfileOf, line: str) -> None:
    assert "kyc" in in_resume(profile_of, line)


@pytest.mark.parametrize(
    "line",
    [
        "Onboarded by Bert, who trained me on our NLP tools",
        "Bert and I built transformer-based search",
        "Bert trained the new hires on our NLP tools",
    ],
)
def test_bert_the_person_beside_model_words_is_no_model(profile_of: ProfileOf, line: str) -> None:
    assert "bert" not in in_resume(profile_of, line)


def test_bert_heading_a_team_in_a_posting_is_no_model(profile_of: ProfileOf) -> None:
    assert "bert" not in in_posting(profile_of, "Bert heads our NLP team of six, based in Ghent.")


@pytest.mark.parametrize(
    "line", ["Trained Bert-based classifiers", "Pretrained Bert on legal text", "A Bert tokenizer"]
)
def test_bert_right_beside_its_words_is_the_model(profile_of: ProfileOf, line: str) -> None:
    assert "bert" in in_resume(profile_of, line)
