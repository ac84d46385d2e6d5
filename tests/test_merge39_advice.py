"""Advice that fits the ask (found by a review): a record's word that only qualifies another
noun ("portfolio optimization", "patent law", "organizing conferences") gets no record's
advice, and the article before a role follows how it is said ("an MLOps engineer", "a user
researcher")."""

from __future__ import annotations

import pytest

from mlcareer.missing_kinds import missing_action
from mlcareer.suggest import _article


@pytest.mark.parametrize(
    "ask",
    [
        "Experience with portfolio optimization",
        "Product portfolio management",
        "Patent law knowledge",
        "Experience organizing conferences",
    ],
)
def test_a_records_word_that_qualifies_another_noun_is_no_record(ask: str) -> None:
    assert missing_action("term:x", ask, ask, None) is None


@pytest.mark.parametrize(
    ("ask", "advice"),
    [
        ("Publications at NeurIPS", "Publications section"),
        ("A portfolio of projects", "link at the top"),
        ("Experience presenting at conferences", "talks"),
        ("Contributions to open source projects", "link your contributions"),
        ("Open-source contributions", "link your contributions"),
        ("Patents in machine learning", "numbers"),
    ],
)
def test_records_asked_get_their_advice(ask: str, advice: str) -> None:
    action = missing_action("term:x", ask, ask, None)
    assert action is not None and advice in action


@pytest.mark.parametrize(
    ("noun", "article"),
    [
        ("MLOps engineer", "an"),
        ("user researcher", "a"),
        ("ML engineer", "an"),
        ("data engineer", "a"),
        ("analyst", "an"),
        ("SRE", "an"),
    ],
)
def test_the_article_follows_how_the_role_is_said(noun: str, article: str) -> None:
    assert _article(noun) == article
