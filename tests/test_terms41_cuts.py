"""terms41: where an unknown requirement term is cut. A verb of doing, a preposition, an
article, a size or a newness word before the thing is no part of its name, nor is a noun for a
field's ways after it ("principles", "practices"). Small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.literal import head_phrase

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("bullet", "head"),
    [
        ("- Experience launching responsive websites", "responsive websites"),
        ("- Experience releasing Quarkle firmware images", "Quarkle firmware images"),
        ("- Experience deploying over the grid", "grid"),
        ("- Experience managing multi-million dollar Zorblex rollouts", "Zorblex rollouts"),
        ("- Experience running large-scale Quarkle clusters", "Quarkle clusters"),
        ("- Knowledge of modern mobile design principles", "modern mobile design"),
        ("- Understanding of cutting-edge data governance practices", "data governance"),
        ("- Lead comprehensive testing procedures", "testing procedures"),
        ("- Support thorough onboarding checklists", "onboarding checklists"),
        ("- Migrate toward event-driven architectures", "event-driven architectures"),
        ("- Deliver against goals", None),  # nothing left once "against" is gone
    ],
)
def test_terms41_head_past_doing_sizes_and_a_fields_ways(bullet: str, head: str | None) -> None:
    found = head_phrase(bullet)
    assert (found[0] if found else None) == head


@pytest.mark.parametrize(
    ("bullet", "head"),
    [
        ("- Lead generation and prospecting", "Lead generation"),  # a name opening on a verb
        ("- Knowledge of Agile principles", "Agile principles"),  # one word before the ways
        ("- Ability to troubleshoot electrical problems", "troubleshoot electrical problems"),
        ("- Knowledge of statistical methods", "statistical methods"),
        ("- Experience with learning management systems", "learning management systems"),
        ("- Knowledge of building codes", "building codes"),
        ("- Own the roadmap for search", None),
        ("- Experience with academic projects", None),  # a kind of project, not a field
        ("- Experience managing construction projects", None),  # fixterms41: a kind, too
        (
            "- Experience leading cross-team projects",
            None,
        ),  # the employer's own thing, after its "the"
        ("- Familiarity with the Zorblex toolkit", "Zorblex toolkit"),
    ],
)
def test_terms41_heads_left_whole(bullet: str, head: str | None) -> None:
    found = head_phrase(bullet)
    assert (found[0] if found else None) == head


def test_terms41_a_size_alone_is_no_term(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Experience running large-scale A/B experiments"))
    assert "ab-testing" in found, sorted(found)
    assert not [key for key in found if key.startswith("term:")], sorted(found)


_POSTING = "Web Developer\n\nRequirements\n- Experience launching responsive websites\n- HTML\n"


@pytest.mark.parametrize(
    ("cv", "status"),
    [
        ("Built responsive websites for shops with HTML and CSS.", "matched"),
        ("Wrote HTML emails and landing copy.", "missing"),
    ],
)
def test_terms41_the_thing_done_is_matched_not_the_verb(
    profile_of: ProfileOf, options: Options, cv: str, status: str
) -> None:
    resume = profile_of("Sam Ortiz\nsam@example.com\n\n" + cv, "resume")
    report = compare(resume, profile_of(_POSTING, "posting"), options)
    [term] = [m for m in report.matched + report.missing if m.id.startswith("term:")]
    assert (term.name, term.status) == ("responsive websites", status)
