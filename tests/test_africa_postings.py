"""Readings of ML and data postings as Nigeria, Kenya, Ghana and South Africa write them,
found by probing documents of those kinds."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed, posting_info

NIGERIAN_POSTING = """Data Scientist - Lagos

Our client, a leading fintech company in Lagos, is recruiting suitably qualified candidates to
fill the position below.

Qualifications
- A minimum of a Bachelor's degree in Computer Science or Statistics
- Minimum of 3 years' experience in a data science role

Requirements
- Must have strong knowledge of Python and SQL
- Knowledge of Hadoop will be an added advantage

Remuneration
Salary: Negotiable

Method of Application
Interested and qualified candidates should send their CV to careers@example.com using the
Job Title as the subject of the mail.
Closing date: 30th November, 2024
"""


def test_a_nigerian_postings_pay_and_application_headings_ask_nothing(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(NIGERIAN_POSTING, "posting")
    names = [section.name for section in profile.sections]
    assert names == ["requirements", "requirements", "benefits", "benefits"]
    importance = {req.name: req.importance for req in profile.requirements}
    assert {"Recruiting", "Remuneration", "Application"}.isdisjoint(importance)
    assert importance["Apache Hadoop"] == "preferred"
    assert [req.name for req in profile.requirements if not req.known] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our client, a leading fintech company in Lagos, is recruiting suitably qualified"
        " candidates to fill the position below.",
        "Our client is currently recruiting for the position below.",
    ],
)
def test_the_client_recruiting_asks_no_recruiting(profile_of: ProfileOf, sentence: str) -> None:
    posting = f"Data Analyst\n\n{sentence}\n\nRequirements\n- Python\n- SQL\n"
    assert "recruiting" not in asked(profile_of, posting)


def test_a_recruiters_duty_is_still_recruiting(profile_of: ProfileOf) -> None:
    requirements = asked(
        profile_of,
        listed("Experience recruiting, screening and onboarding engineers", title="Recruiter"),
    )
    assert "recruiting" in requirements


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("A minimum of Second Class Upper in Computer Science", "computer-science-fundamentals"),
        ("First Class or Second Class (Upper Division) in Statistics", "statistics"),
        ("Discharge certificate or exemption letter is required", None),
        ("KCSE mean grade of C+ and above", None),
        ("Own transport and a valid Code 8 driver's licence", "driving-licence"),
    ],
)
def test_african_postings_paperwork_and_degree_classes_name_no_term(
    profile_of: ProfileOf, item: str, kept: str | None
) -> None:
    requirements = asked(profile_of, listed(item, "Python"))
    terms = [key for key, req in requirements.items() if not req.known]
    assert terms == []
    assert kept is None or kept in requirements


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Zorblex and first-class documentation habits",
        "Experience with C and C++ on embedded targets",
    ],
)
def test_terms_beside_a_class_or_a_grade_like_letter_stay(profile_of: ProfileOf, item: str) -> None:
    requirements = asked(profile_of, listed(item, "Python"))
    assert requirements  # still read as before: "Zorblex" stays a term, C and C++ skills
    if "Zorblex" in item:
        assert "term:zorblex" in requirements
    else:
        assert {"c", "cpp"} <= set(requirements)


@pytest.mark.parametrize(
    "school",
    ["KCSE mean grade of C+ and above", "Minimum of five credits in WAEC/NECO including English"],
)
def test_a_school_certificate_below_a_diploma_offered_asks_the_diploma(
    profile_of: ProfileOf, school: str
) -> None:
    info = posting_info(
        profile_of,
        listed(
            "Bachelor's degree in Statistics, Economics or a related field",
            "Diploma holders with relevant experience will be considered",
            "Proficiency in SQL and Excel",
            school,
            title="Data Analyst",
        ),
    )
    assert info.degree_required == "associate"


def test_a_school_certificate_offered_by_or_is_the_lowest_asked(profile_of: ProfileOf) -> None:
    info = posting_info(
        profile_of,
        listed("Diploma in Information Technology, or", "KCSE certificate", title="Data Clerk"),
    )
    assert info.degree_required == "secondary"


def test_the_nysc_stays_asked_but_not_its_papers(profile_of: ProfileOf) -> None:
    # a resume shows the service ("NYSC, Ministry of Finance, 2019 - 2020"), as it does
    # military service; the letter that proves it is no term
    requirements = asked(
        profile_of, listed("NYSC discharge certificate or exemption letter is required", "Python")
    )
    assert "nysc" in requirements  # the taxonomy's, held as a licence is
    assert not [key for key, req in requirements.items() if not req.known]
