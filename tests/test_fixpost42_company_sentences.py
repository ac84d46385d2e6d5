"""Review fix: under "About us", a company sentence that turns to the reader's own work
mentions its tools, in wordings close to "and you will too"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]


def _asked(profile_of: ProfileOf, sentence: str) -> dict[str, Requirement]:
    posting = f"Data Engineer\n\nAbout us\n{sentence}\n\nRequirements\n- 3+ years of work\n"
    return {r.name: r for r in profile_of(posting, doc_type="posting").requirements}


@pytest.mark.parametrize(
    ("sentence", "tool"),
    [
        (
            "We are a fast-growing fintech and you'll build Kafka pipelines from day one.",
            "Apache Kafka",
        ),
        ("We code in Rust and you will as well.", "Rust"),
        ("We replaced Hadoop with Spark and you'll own those pipelines.", "Apache Spark"),
    ],
)
def test_a_company_sentence_turning_to_the_readers_work_mentions_its_tool(
    profile_of: ProfileOf, sentence: str, tool: str
) -> None:
    assert _asked(profile_of, sentence)[tool].importance == "mentioned"


@pytest.mark.parametrize(
    "sentence",
    ["We run on Kafka and you'll love our culture.", "We use Kafka; you will join a great team."],
)
def test_a_company_sentence_turning_to_other_things_still_asks_nothing(
    profile_of: ProfileOf, sentence: str
) -> None:
    assert "Apache Kafka" not in _asked(profile_of, sentence)
