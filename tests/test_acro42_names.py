"""Tool names that are also first names ("Bert", "Ray", "Julia", "Ruby", "Dash"): a first name
and a surname after words of working with someone are a colleague; "Bert" written so is the
model only among its own words. Each text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile
from tests.posting_helpers import skill_ids_in_posting_line as in_posting
from tests.resume_helpers import skill_ids_in_resume_line as in_resume

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Worked with Julia Stone on numerical simulations in Python.", "julia"),
        ("Trained with Ray Chen on distributed training jobs.", "ray"),
        ("Collaborated with Dash Kumar on the analytics dashboards.", "plotly-dash"),
        ("Mentored by Ruby Lee on backend code reviews.", "ruby"),
        ("Worked with Bert Jansen on NLP models.", "bert"),
        ("Thanks to Bert Jansen for the tokenizer review.", "bert"),
        ("Collaborating with Dash Kumar and Ruby Lee on Python ETL jobs.", "ruby"),
        ("Worked with Ann Lee, Julia Stone and Ray Park on Python models.", "julia"),
    ],
)
def test_a_colleagues_first_name_is_no_tool(profile_of: ProfileOf, line: str, absent: str) -> None:
    assert absent not in in_resume(profile_of, line)
    assert absent not in in_posting(profile_of, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        # the tool's own words after the cue: no surname follows
        ("Worked with Ray Serve and Ray Tune on distributed training.", "ray-serve"),
        ("Worked with Julia and Python on numerical simulations.", "julia"),
        ("Collaborated with Ray on distributed training clusters.", "ray"),
    ],
)
def test_a_tool_after_working_with_stays(profile_of: ProfileOf, line: str, present: str) -> None:
    assert present in in_resume(profile_of, line)


@pytest.mark.parametrize(
    "line",
    [
        "Experience fine-tuning Bert for text classification.",
        "Fine-tuned a Bert model on legal text.",
        "Built Bert embeddings for semantic search.",
        "Bert-based classifiers for support tickets.",
        "Familiarity with Bert, GPT and T5 models.",
        # a claim of the skill, as "Comfortable with Julia." is the language
        "Comfortable with Bert.",
    ],
)
def test_bert_in_title_case_among_its_words_is_the_model(profile_of: ProfileOf, line: str) -> None:
    assert "bert" in in_resume(profile_of, line)
    assert "bert" in in_posting(profile_of, line)


@pytest.mark.parametrize(
    "line",
    [
        "References: Bert Jansen, Team Lead, Acme Corp",
        "Worked with Bert and Ernie on the quarterly sales report.",
        "Thanks to Bert for the review of the sales report.",
        "Supervised by Dr. Bert Hofmann in the NLP lab.",
        "Our founders Ruby Singh and Bert Jansen started the lab in 2015.",
    ],
)
def test_bert_the_person_is_no_model(profile_of: ProfileOf, line: str) -> None:
    assert "bert" not in in_resume(profile_of, line)


def test_bert_in_capitals_needs_no_words_around_it(profile_of: ProfileOf) -> None:
    assert "bert" in in_resume(profile_of, "Shipped BERT to production for the sales team.")
