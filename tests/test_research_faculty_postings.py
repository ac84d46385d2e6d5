"""A tenure-track faculty call: an unfinished doctorate it takes ("ABD candidates will be
considered"), the aim a lead-in opens on ("Commitment to excellence in teaching") and the
statements an application holds ask no term. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

TENURE_CALL = """Assistant Professor, Tenure-Track, Computer Science

Qualifications
- PhD in Computer Science or a closely related field. {abd}
- A strong research record in machine learning.
- {aim}
- Python

Application materials
Applicants should submit a cover letter, a CV and three letters of reference.
"""

ABD_STUDENT = """Education
PhD in Computer Science (ABD), Fenwick University, Sep 2021 - present
MS in Computer Science, Fenwick University, 2019 - 2021

Research Experience
Graduate Research Assistant, Fenwick NLP Lab, Sep 2021 - Present
- Built machine learning models in Python; research on model compression.
"""


def _terms(posting: Profile) -> set[str]:
    return {req.jd_text for req in posting.requirements if not req.known}


@pytest.mark.parametrize(
    ("abd", "expected"),
    [
        ("ABD candidates will be considered.", "ABD"),
        ("ABD candidates are welcome.", "ABD"),
        ("(ABD considered)", "ABD"),
        ("All but dissertation candidates may apply.", "All but dissertation"),
    ],
)
def test_an_abd_candidate_considered_is_a_doctorate_about_to_be_held(
    profile_of: ProfileOf, options: Options, abd: str, expected: str
) -> None:
    text = TENURE_CALL.format(abd=abd, aim="Teaching experience")
    posting = profile_of(text, doc_type="posting")
    assert posting.posting is not None
    assert posting.posting.degree_required == "phd"
    assert posting.posting.degree_expected == expected
    assert not {term for term in _terms(posting) if "ABD" in term or "dissertation" in term}
    report = compare(profile_of(ABD_STUDENT, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert education.value == 1.0


@pytest.mark.parametrize(
    "abd",
    [
        "ABD candidates will not be considered.",
        "No ABD applicants.",
        "ABD candidates aren't eligible.",
        "",
    ],
)
def test_a_call_that_turns_abd_candidates_away_asks_a_doctorate_held(
    profile_of: ProfileOf, options: Options, abd: str
) -> None:
    posting = profile_of(TENURE_CALL.format(abd=abd, aim="Teaching experience"), "posting")
    assert posting.posting is not None and posting.posting.degree_expected is None
    assert "ABD" not in _terms(posting)
    report = compare(profile_of(ABD_STUDENT, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert education.value == 0.5


def test_a_word_that_only_opens_with_abd_stays_a_term(profile_of: ProfileOf) -> None:
    posting = profile_of(TENURE_CALL.format(abd="", aim="Experience with ABDK tools"), "posting")
    assert "ABDK" in _terms(posting)


@pytest.mark.parametrize(
    "aim",
    [
        "Commitment to excellence in undergraduate and graduate teaching.",
        "A passion for excellence in teaching.",
    ],
)
def test_the_excellence_a_candidate_is_committed_to_is_no_term(
    profile_of: ProfileOf, aim: str
) -> None:
    posting = profile_of(TENURE_CALL.format(abd="", aim=aim), doc_type="posting")
    assert "excellence" not in {term.lower() for term in _terms(posting)}


@pytest.mark.parametrize(
    ("aim", "term"),
    [
        ("Commitment to excellence in Zorblex.", "Zorblex"),
        ("Knowledge of Zorblex.", "Zorblex"),
    ],
)
def test_the_thing_after_excellence_in_is_still_asked(
    profile_of: ProfileOf, aim: str, term: str
) -> None:
    posting = profile_of(TENURE_CALL.format(abd="", aim=aim), doc_type="posting")
    assert term in _terms(posting)


def test_quality_of_service_keeps_its_first_word(profile_of: ProfileOf) -> None:
    aim = "Knowledge of quality of service"
    posting = profile_of(TENURE_CALL.format(abd="", aim=aim), doc_type="posting")
    assert "qos" in {req.id for req in posting.requirements}


@pytest.mark.parametrize(
    "papers",
    [
        "A research statement, a teaching statement and a diversity statement.",
        "Statement of teaching philosophy and statement of research interests.",
    ],
)
def test_an_applications_statements_are_no_terms(profile_of: ProfileOf, papers: str) -> None:
    posting = profile_of(TENURE_CALL.format(abd="", aim=papers), doc_type="posting")
    assert _terms(posting) == set()


def test_writing_statements_as_work_stays_asked(profile_of: ProfileOf) -> None:
    aim = "Experience drafting Zorblex impact statements"
    posting = profile_of(TENURE_CALL.format(abd="", aim=aim), doc_type="posting")
    assert _terms(posting)


@pytest.mark.parametrize(
    ("ask", "expected"),
    [
        ("PhD in Computer Science at the time of appointment", "at the time of appointment"),
        ("PhD in Computer Science must be completed by August 2027", "by August 2027"),
        ("PhD in Computer Science; ABDs will be considered", "ABDs"),
    ],
)
def test_a_doctorate_held_by_a_date_to_come_is_about_to_be_held(
    profile_of: ProfileOf, options: Options, ask: str, expected: str
) -> None:
    text = TENURE_CALL.replace("PhD in Computer Science or a closely related field.", ask)
    posting = profile_of(text.format(abd="", aim="Teaching experience"), doc_type="posting")
    assert posting.posting is not None and posting.posting.degree_expected == expected
    assert _terms(posting) == set()
    report = compare(profile_of(ABD_STUDENT, doc_type="resume"), posting, options)
    [education] = [c for c in report.components if c.name == "education"]
    assert education.value == 1.0


def test_years_by_a_date_are_no_doctorate_about_to_be_held(profile_of: ProfileOf) -> None:
    ask = "PhD in Computer Science and 3 years of experience by 2027"
    text = TENURE_CALL.replace("PhD in Computer Science or a closely related field.", ask)
    posting = profile_of(text.format(abd="", aim="Teaching experience"), doc_type="posting")
    assert posting.posting is not None and posting.posting.degree_expected is None
