"""A quality shown by its adjective only when the writer says it of themself: "I was patient
with every caller", "Was always patient"; not "an elderly patient", "asked callers to be
patient", a name ("Confluent") nor a thing ("services that are highly resilient")."""

from __future__ import annotations

import pytest

from mlcareer.literal_match import find_reworded, resume_text


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Patience", "- Cared for an elderly patient with dementia."),
        ("Patience", "- Transferred the only patient in ICU to the step-down unit."),
        ("Patience", "- Asked callers to be patient while the system was restored."),
        ("Patience", "- Trained new agents to be patient with callers."),
        ("Patience", "- Provided a very patient and family centred approach to care."),
        ("Patience", "- Not very patient, but thorough."),
        ("Confluence", "- Ran Kafka clusters, mostly Confluent."),
        ("Confluence", "- Streaming stack is Confluent and Flink."),
        ("Confluence", "- Very Confluent and fast."),  # a capitalised word is a name
        ("Compliance", "- Made the REST API fully compliant with OpenAPI 3."),
        ("Compliance", "- Always compliant with the data retention policy."),  # a thing's quality
        ("Independence", "- The audit function is independent and reports to the board."),
        ("Independence", "- Worked as an independent contractor."),
        ("Confidence", "- Left stakeholders fully confident in the roadmap."),
        ("Resilience", "- Designed payment services that are highly resilient."),
        ("Tolerance", "- Ensured services remain tolerant under heavy load."),
    ],
)
def test_an_adjective_not_said_of_the_writer_shows_no_quality(term: str, line: str) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    ("term", "line"),
    [
        ("Patience", "- I was patient with every caller."),
        ("Patience", "- Was always patient with customers."),
        ("Patience", "- Extremely patient with first-time customers."),
        ("Resilience", "- I remain resilient under pressure."),
        ("Persistence", "- I have been persistent in chasing overdue invoices."),
        ("Patience", "- I'm very patient with callers."),
    ],
)
def test_an_adjective_the_writer_says_of_themself_shows_the_quality(term: str, line: str) -> None:
    assert find_reworded(term, resume_text(line + "\n")) is not None
