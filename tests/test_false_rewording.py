"""A posting's activity or term is not shown by a word that only looks like its verb or doer:
"Received an award" shows no "Reception", "the scheduler" (a program) no "Scheduling", and a
soft skill left when a kind word is dropped ("communication" of "Communication protocols")
shows no protocols."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.literal_match import find_inexact, find_reworded, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]
MissingOf = Callable[[str, str], list[str]]


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Reception", "- Received the Employee of the Month award"),
        ("Perception", "- Improved perceived page speed by a third"),
        ("Provisioning", "- Provided on-call support for the billing team"),
        ("Inclusion", "- Handled tickets, including refunds and disputes"),
        ("Customization", "- Resolved customer tickets within a day"),
        ("Processing", "- Maintained the ticket processor"),
        ("Orchestration", "- Ran a container orchestrator on bare metal"),
        ("Scheduling", "- Kept the scheduler running overnight"),
    ],
)
def test_a_look_alike_verb_or_thing_shows_no_activity(term: str, line: str) -> None:
    assert find_inexact(term, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    ("phrase", "line"),
    [
        ("application development", "- Developed and applied forecasting models"),
        ("web application development", "- Applied for a patent and developed the web frontend"),
    ],
)
def test_applying_something_is_no_application(phrase: str, line: str) -> None:
    assert find_reworded(phrase, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Scheduling", "- Worked as a scheduler for two depots"),
        ("Expansion", "- Expanded the depot network to five towns"),
        ("Troubleshooting", "- Skilled troubleshooter of pumps"),
    ],
)
def test_a_doer_or_verb_in_a_self_description_still_shows_the_activity(
    term: str, line: str
) -> None:
    assert find_inexact(term, resume_text(line + "\n")) is not None


def test_a_soft_skill_left_by_a_kind_word_shows_no_protocols(missing_of: MissingOf) -> None:
    asked = "- Communication protocols\n- Disaster recovery protocols\n"
    shown = "- Strong communication with stakeholders\n- Ran disaster recovery drills\n"
    assert missing_of(asked, shown) == ["Communication protocols"]
