"""Misreadings left by earlier passes: years of "education or experience", a lone
"Equivalent practical experience." line, gerunds counted in years before what they act on,
and a "You'll be:" heading over a posting's duties."""

from __future__ import annotations

import pytest

from mlcareer.documents.sections import heading_name

from .posting_helpers import ProfileOf, listed, posting_info
from .posting_helpers import asked as _asked

# 1. "2 years of education or work experience" asks years of work that education may stand
# in for, as "2 years of experience or education" already did: the order of the two words
# changes nothing. Years of study alone, or with a degree as the other path, stay study.


@pytest.mark.parametrize(
    "item",
    [
        "2 years of education or work experience in analytics",
        "2 years of education or experience",
        "2 years of relevant education or experience",
        "2 years of college education or relevant work experience",
        "2 years of education, training or experience in analytics",
        "2 years of work experience or education in analytics",
    ],
)
def test_education_or_experience_asks_the_years(profile_of: ProfileOf, item: str) -> None:
    assert posting_info(profile_of, listed(item, "SQL")).years_required == 2.0, item


@pytest.mark.parametrize(
    "item",
    [
        "3 years of progressively higher level graduate education or Ph.D.",
        "2 years of full-time graduate study in statistics",
    ],
)
def test_years_of_study_alone_ask_no_years_of_work(profile_of: ProfileOf, item: str) -> None:
    assert posting_info(profile_of, listed(item, "SQL")).years_required is None, item


# 2. "Equivalent practical experience." on a line of its own, under the degree's line as
# big-tech postings write it, names no term


_DEGREE_LINES = (
    "Software Engineer\n\nMinimum qualifications:\n"
    "Bachelor's degree in Computer Science or a related field.\n{line}\n"
    "2 years of experience with Python.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Equivalent practical experience.",
        "- Relevant practical experience",
        "Comparable practical experience.",
        "Practical experience.",
    ],
)
def test_practical_experience_alone_is_no_term(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _DEGREE_LINES.format(line=line))
    assert not [key for key in asked if key.startswith("term:")], line
    assert "python" in asked


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("- Practical experience with Zorblex tooling", "term:zorblex"),
        ("- Equivalent practical training in Zorblex", "term:zorblex"),
    ],
)
def test_a_named_thing_beside_practical_is_still_asked(
    profile_of: ProfileOf, line: str, term: str
) -> None:
    assert term in _asked(profile_of, _DEGREE_LINES.format(line=line)), line


# 3. A gerund counted in years before what it acts on asks the thing, not the gerund as a
# soft skill (the siblings of "3+ years writing SQL")


@pytest.mark.parametrize(
    ("item", "wanted", "not_wanted"),
    [
        ("2 years speaking Spanish", "lang-spanish", "speaking"),
        ("3 years teaching Python", "python", "instructing"),
        ("5 years managing teams", "team-management", "management"),
    ],
)
def test_a_gerund_counted_in_years_asks_its_object(
    profile_of: ProfileOf, item: str, wanted: str, not_wanted: str
) -> None:
    asked = _asked(profile_of, listed(item))
    assert wanted in asked and not_wanted not in asked, item
    assert asked[wanted].years is not None


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
