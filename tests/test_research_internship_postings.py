"""A PhD research internship: "returning to your degree program" and "Intent to return to
degree program after the internship" ask for a current student, and "Intent" is no term.
Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

INTERNSHIP = """Research Scientist Intern, Generative Models

Minimum qualifications
- PhD student in Computer Science or a related field
- {ask}
- Experience with PyTorch
"""

PHD_STUDENT = """Education
PhD in Computer Science (ABD), Fenwick University, Sep 2021 - present
Expected graduation: May 2027

Research Experience
Graduate Research Assistant, Fenwick NLP Lab, Sep 2021 - Present
- Trained diffusion models in PyTorch.
"""


@pytest.mark.parametrize(
    "ask",
    [
        "Must be returning to your degree program after the internship",
        "Intent to return to degree program after completion of the internship",
        "Intention to return to your PhD program after the internship",
    ],
)
def test_returning_to_a_degree_program_asks_a_current_student(
    profile_of: ProfileOf, options: Options, ask: str
) -> None:
    posting = profile_of(INTERNSHIP.format(ask=ask), doc_type="posting")
    assert posting.posting is not None
    assert posting.posting.enrollment_required == ask
    assert {req.jd_text for req in posting.requirements if not req.known} == set()
    report = compare(profile_of(PHD_STUDENT, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert education.value == 1.0


@pytest.mark.parametrize(
    ("ask", "term"),
    [
        ("Intent to learn Zorblex", "Zorblex"),
        ("Returning to the program office after lunch", None),
    ],
)
def test_an_intent_or_a_return_asking_no_studies(
    profile_of: ProfileOf, ask: str, term: str | None
) -> None:
    posting = profile_of(INTERNSHIP.format(ask=ask), doc_type="posting")
    assert posting.posting is not None and posting.posting.enrollment_required is None
    terms = {req.jd_text for req in posting.requirements if not req.known}
    assert "Intent" not in terms
    assert term is None or term in terms


def test_intent_recognition_is_a_skill_of_its_own(profile_of: ProfileOf) -> None:
    posting = profile_of(INTERNSHIP.format(ask="Experience with Intent Recognition"), "posting")
    assert "text-classification" in {req.id for req in posting.requirements}
