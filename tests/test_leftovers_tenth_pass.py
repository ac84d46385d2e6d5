"""Misreadings left by earlier passes: a posting's "You will:" duties, ..."""

from __future__ import annotations

import pytest

from mlcareer.documents.sections import heading_name

from .posting_helpers import ProfileOf
from .posting_helpers import asked as _asked

# 2. "You will:" over a posting's duties opens them, as "What you will do" does


@pytest.mark.parametrize("heading", ["You will:", "You'll:", "YOU WILL", "You will be:"])
def test_you_will_opens_the_duties(heading: str) -> None:
    assert heading_name(heading) == "responsibilities"


def test_the_duties_under_you_will_are_asked(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer at Acme\n\nAbout us\nAcme builds logistics software.\n\n"
        "You will:\n- Build pipelines in Airflow\n- Run our Kafka cluster\n\n"
        "Requirements\n- 3+ years of Python\n"
    )
    sections = {req.id: req.section for req in _asked(profile_of, text).values()}
    assert sections.get("airflow") == "responsibilities"
    assert sections.get("kafka") == "responsibilities"


@pytest.mark.parametrize(
    "line",
    ["You will work with Airflow.", "You will be part of a small team.", "You will: lead"],
)
def test_a_sentence_on_you_will_is_no_heading(line: str) -> None:
    assert heading_name(line) is None
