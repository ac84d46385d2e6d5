"""Posting styles the bundled postings do not show: UK academic and public-sector criteria,
European "Your tasks", agency and internship wording. Each text is a small case written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _importance(profile: Profile) -> dict[str, str]:
    return {r.jd_text: r.importance for r in profile.requirements}


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Essential criteria", "requirements"),
        ("Essential Criteria:", "requirements"),
        ("Selection criteria", "requirements"),
        ("Person specification", "requirements"),
        ("Who can apply", "requirements"),
        ("Desirable criteria", "preferred"),
        ("Your tasks", "responsibilities"),
        ("Your tasks and responsibilities", "responsibilities"),
        ("Tasks", "responsibilities"),
    ],
)
def test_criteria_and_tasks_headings(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def test_essential_and_desirable_criteria_split_required_from_preferred(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Research Associate in Computer Vision\n\n"
        "The successful candidate will build models for satellite imagery.\n\n"
        "Essential criteria\n"
        "- Strong programming skills in Python\n"
        "- Experience with Docker\n\n"
        "Desirable criteria\n"
        "- Experience with Kubernetes\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"
    assert asked["Docker"] == "required"
    assert asked["Kubernetes"] == "preferred"


@pytest.mark.parametrize(
    "closing",
    [
        "If this sounds like you, please apply with your CV or reach out to Dana at Brightwell"
        " Recruitment for a confidential chat.",
        "Informal enquiries may be made to Dr Alma Reyes, Head of the Vision Lab.",
        "Interested? Then we look forward to your application via Karriere Portal.",
        "Brightwell Recruitment is acting as an Employment Agency in relation to this vacancy.",
    ],
)
def test_a_closing_paragraph_after_the_last_list_asks_for_nothing(
    profile_of: ProfileOf, closing: str
) -> None:
    text = (
        "Data Engineer - 6 Month Contract\n\n"
        "Must haves:\n- Strong Python\n- Terraform\n\n"
        "Nice to haves:\n- Experience with Snowflake\n\n"
        f"{closing}\n"
    )
    profile = profile_of(text, doc_type="posting")
    asked = _importance(profile)
    assert asked["Python"] == "required"
    assert asked["Snowflake"] == "preferred"
    assert {r.jd_text for r in profile.requirements} == {"Python", "Terraform", "Snowflake"}


def test_an_invitation_to_apply_before_any_list_ends_nothing(profile_of: ProfileOf) -> None:
    text = (
        "We are hiring! If this sounds like you, read on.\n\n"
        "Requirements\n- Ability to apply statistics to messy data\n\n"
        "Ability to apply Python to real problems is a must.\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "- Must be authorized to work in the United States",
        "- You must be legally eligible to work in New Zealand",
        "- Right to work in the United Kingdom",
        "- Expected graduation between December 2027 and June 2028",
        "- Graduating in Spring 2028",
    ],
)
def test_eligibility_lines_name_no_skill(profile_of: ProfileOf, line: str) -> None:
    text = f"Requirements\n- Strong Python\n{line}\n"
    profile = profile_of(text, doc_type="posting")
    assert {r.jd_text for r in profile.requirements} == {"Python"}


@pytest.mark.parametrize(
    "line",
    [
        "- Completed study of computer science, mathematics or physics",
        "- Successfully completed studies in computer science or mathematics",
        "- Completed university studies in computer science",
    ],
)
def test_completed_studies_ask_for_a_degree_not_for_skills(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Your profile\n{line}\n- Very good knowledge of Python\n"
    profile = profile_of(text, doc_type="posting")
    assert profile.posting is not None and profile.posting.degree_required == "bachelor"
    assert {r.jd_text for r in profile.requirements} == {"Python"}


def test_first_experience_is_a_soft_ask_and_names_nothing(profile_of: ProfileOf) -> None:
    text = (
        "Your profile\n- Very good knowledge of Python\n"
        "- First experiences with Docker are an advantage\n"
        "- First experience in Kubernetes\n"
        "- First aid certification\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked.get("First") is None
    assert asked["Docker"] == "preferred"
    assert asked["Kubernetes"] == "preferred"
    assert asked["Python"] == "required"
    assert "First aid certification" in asked


@pytest.mark.parametrize("label", ["Position Title", "Job Title", "Position title"])
def test_a_labelled_title_under_a_banner_is_the_title(profile_of: ProfileOf, label: str) -> None:
    text = (
        "JOB VACANCY ANNOUNCEMENT\n\n"
        f"{label}: Research Data Analyst II\n"
        "Department: Office of Statistics\n\n"
        "Minimum Qualifications\n- Two years of experience with SQL\n"
    )
    posting = profile_of(text, doc_type="posting").posting
    assert posting is not None
    assert posting.title == "Research Data Analyst II"
    assert posting.level == "mid"


@pytest.mark.parametrize(
    "text",
    [
        "Requirements\n- Python\n- Experience with Kafka will help you ramp up quickly\n",
        "You should know Python. Knowing Kafka would help you a lot.\n",
        "You should know Python. We run Kafka, so experience with it will help you hit the"
        " ground running, though it is not a must.\n",
    ],
)
def test_what_will_help_you_is_preferred(profile_of: ProfileOf, text: str) -> None:
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"
    assert asked["Kafka"] == "preferred"


def test_a_verb_with_its_particle_names_nothing(profile_of: ProfileOf) -> None:
    text = "Qualifications\n- Advanced Excel skills\n- Ability to lift up to 50 lbs\n"
    assert {r.jd_text for r in profile_of(text, doc_type="posting").requirements} == {
        "Advanced Excel"
    }


def test_a_desired_candidate_profile_lists_what_is_required(profile_of: ProfileOf) -> None:
    # the job boards of India head their must-haves so; "desired" here does not mean optional
    text = (
        "Field Sales Executive\n\n"
        "Job Description\n"
        "- Visit distributors and retailers in the assigned territory\n\n"
        "Desired Candidate Profile\n"
        "- 1-4 years of field sales experience\n"
        "- Working knowledge of Salesforce\n"
    )
    profile = profile_of(text, doc_type="posting")
    assert _importance(profile)["Salesforce"] == "required"
    assert heading_name("Desired Candidate Profile") == "requirements"
