"""Misreadings left by earlier passes: a "You'll be:" heading over a posting's duties."""

from __future__ import annotations

import pytest

from mlcareer.documents.sections import heading_name

from .posting_helpers import ProfileOf
from .posting_helpers import asked as _asked

# 4. "You'll be:" and "In this role you'll:" over a posting's duties open them


@pytest.mark.parametrize(
    "heading",
    ["You'll be:", "You’ll be:", "YOU'LL BE", "In this role you'll:", "In this role, you'll:"],
)
def test_youll_be_opens_the_duties(heading: str) -> None:
    assert heading_name(heading) == "responsibilities"


def test_the_duties_under_youll_be_are_no_requirements(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer at Acme\n\nRequirements\n- 3+ years of Python\n\n"
        "You'll be:\n- Building pipelines in Airflow\n- Running our Kafka cluster\n"
    )
    sections = {req.id: req.section for req in _asked(profile_of, text).values()}
    assert sections.get("airflow") == "responsibilities"
    assert sections.get("kafka") == "responsibilities"
    assert sections.get("python") == "requirements"


@pytest.mark.parametrize("line", ["You'll be part of a small team.", "You'll be: leading"])
def test_a_sentence_on_youll_be_is_no_heading(line: str) -> None:
    assert heading_name(line) is None
