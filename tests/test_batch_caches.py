"""What the batch path remembers per resume: each answer is the one worked out afresh, and a
resume's answers are never another resume's."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.literal_match import ResumeText, find_reworded, resume_text
from mlcareer.match import shown_profile
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _line_of(hit: object) -> str | None:
    return hit.lines[0].text if hit is not None else None  # type: ignore[attr-defined]


def test_a_reworded_term_is_found_in_each_resume_on_its_own() -> None:
    shown = resume_text("Experience\n- Managed time across three projects\n")
    other = resume_text("Experience\n- Saved time by automating reports\n")
    for _ in range(2):  # asked again, each gives its own answer
        assert _line_of(find_reworded("time management", shown)) == (
            "- Managed time across three projects"
        )
        assert find_reworded("time management", other) is None
    # a resume text built anew (another text, or the first evicted) starts with no answers
    fresh = ResumeText(shown.lines, shown.normal)
    assert fresh.reworded == {}
    assert _line_of(find_reworded("time management", fresh)) == (
        "- Managed time across three projects"
    )
    assert fresh == shown  # what is remembered is no part of the text's identity


def test_the_shown_resume_leaves_out_negated_mentions(profile_of: ProfileOf) -> None:
    negated = profile_of("Skills\nPython, SQL\nNo experience with Java yet.\n", "resume")
    assert "java" in {hit.id for hit in negated.skills}
    assert "java" not in {hit.id for hit in shown_profile(negated).skills}
    plain = profile_of("Skills\nPython, SQL, Java\n", "resume")
    assert shown_profile(plain) == plain  # nothing negated: shown as extracted
