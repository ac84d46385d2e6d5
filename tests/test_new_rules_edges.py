"""Edges of the rules added for hard wraps, Europass grids, part-time jobs and military
service, found by an adversarial review: what they must not cost on long input, and what they
must not read into the wrong words."""

from __future__ import annotations

import time
from collections.abc import Callable

from mlcareer.documents.limits import Limits
from mlcareer.extract.lines import LineIndex
from mlcareer.match import _best_grade
from mlcareer.models import Mention, Profile, SkillHit

ProfileOf = Callable[..., Profile]

# --- a posting's wraps join into lines no longer than the reader lets a line be ---------------


def test_joined_wraps_keep_a_postings_lines_within_the_line_limit(profile_of: ProfileOf) -> None:
    """Lower-case lines wrapped without a sentence's end (or one long line that cleaning cut)
    joined into one line would cost (mentions on the line) x (its length) further on."""
    wrapped = "\n".join(["build data pipelines in python and sql for the team"] * 300)
    one_line = "design etl jobs in python and sql " * 200
    for body in (wrapped, one_line):
        text = f"Data Engineer\n\nRequirements\n{body}\n"
        lines = profile_of(text, "posting").text.split("\n")
        assert max(map(len, lines)) <= Limits().max_line_chars
    # short wraps still join
    short = "Data Engineer\n\nRequirements\nstrong python\nand sql skills\n"
    assert "strong python and sql skills" in profile_of(short, "posting").text


def test_a_name_still_reads_over_a_wrap_left_unjoined(profile_of: ProfileOf) -> None:
    long_line = "we ship data pipelines every week for our users " * 20 + "and they run on machine"
    assert len(long_line) + len("\nlearning models for them all") > Limits().max_line_chars
    text = f"Data Engineer\n\nRequirements\n{long_line}\nlearning models for them all\n"
    profile = profile_of(text, "posting")
    assert "machine\nlearning" in profile.text  # the break past the limit stays ...
    assert "machine-learning" in {hit.id for hit in profile.skills}  # ... and is read over


# --- a language's grid is read from the two lines below each mention, not the rest -----------


def test_grid_grade_reads_two_lines_below_each_mention_only() -> None:
    count = 4000
    lines = LineIndex("Languages\n" + "German\n" * count + "German\nB2 B2 C1\nC1 C1\n")
    mentions = [
        Mention(start=lines.line_start(n), end=lines.line_start(n) + 6, text="German", line=n)
        for n in range(2, count + 3)
    ]
    hit = SkillHit(id="lang-german", name="German", kind="soft", category="x", mentions=mentions)
    started = time.monotonic()
    grade = _best_grade(lines, hit)
    assert time.monotonic() - started < 0.5
    assert grade is not None and grade.cefr == "C1"
