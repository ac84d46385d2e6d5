"""A posting's activity or term is not shown by a word that only looks like its verb or doer:
"Received an award" shows no "Reception", "the scheduler" (a program) no "Scheduling", and a
soft skill left when a kind word is dropped ("communication" of "Communication protocols")
shows no protocols."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.literal_match import find_inexact, find_reworded, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


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


def _missing(profile_of: ProfileOf, options: Options, asked: str, shown: str) -> list[str]:
    posting = profile_of(f"Requirements\n{asked}", doc_type="posting", name="jd.txt")
    resume = profile_of(f"Experience\n{shown}", doc_type="resume", name="r.txt")
    return [m.jd_text for m in compare(resume, posting, options).missing]


def test_a_soft_skill_left_by_a_kind_word_shows_no_protocols(
    profile_of: ProfileOf, options: Options
) -> None:
    asked = "- Communication protocols\n- Disaster recovery protocols\n"
    shown = "- Strong communication with stakeholders\n- Ran disaster recovery drills\n"
    assert _missing(profile_of, options, asked, shown) == ["Communication protocols"]
