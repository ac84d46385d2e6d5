"""Misreadings left by earlier passes: a gerund counted in years before what it acts on, a
field's word ending an employer's name on a job's heading line, and a field named as the
kind of model trained."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf
from .posting_helpers import asked as _asked


def _listed(*items: str, title: str = "Data Engineer") -> str:
    return f"{title}\n\nRequirements\n" + "".join(f"- {item}\n" for item in items)


# 1. "3+ years writing SQL": the years are of SQL; "writing" is the verb, not the soft skill


@pytest.mark.parametrize(
    "line",
    [
        "3+ years writing SQL",
        "3+ years of writing SQL queries",
        "5 years writing production Python",
        "2+ years writing clean, tested code",
        "4 years speaking Spanish with customers",
        "Experience with writing production Python",
    ],
)
def test_a_gerund_before_its_object_is_the_verb(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _listed(line))
    assert "writing" not in asked and "speaking" not in asked, line


@pytest.mark.parametrize(
    "line",
    [
        "3+ years writing",
        "3+ years of writing",
        "3+ years of writing experience",
        "3+ years writing for a newspaper",
        "5 years of writing and editing",
        "Strong writing skills",
        "Experience with writing and editing",
        "Excellent writing",
    ],
)
def test_writing_counted_in_years_is_still_asked(profile_of: ProfileOf, line: str) -> None:
    assert "writing" in _asked(profile_of, _listed(line)), line


def test_the_object_of_the_gerund_keeps_the_years(profile_of: ProfileOf) -> None:
    assert _asked(profile_of, _listed("3+ years writing SQL"))["sql"].years == 3.0
