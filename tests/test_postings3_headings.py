"""Postings3: headings and cue words of kinds of posting not probed before: a staffing agency's
"Must:" / "Nice:" lists, a Gulf or UK job description's "Job purpose" and "Key
accountabilities", a startup's "is a big plus" after an aside. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    return {r.id: r.importance for r in profile.requirements}


def test_agency_nice_label_lists_what_is_preferred(profile_of: ProfileOf) -> None:
    text = (
        "Job Title: Machine Learning Engineer (Contract)\n"
        "Duration: 6 months with possible extension\n"
        "Rate: $70/hr on W2\n\n"
        "Must:\n"
        "- Python, PySpark\n"
        "- Experience with MLflow\n\n"
        "Nice:\n"
        "- Kubeflow\n"
        "- Snowflake\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["python"] == "required"
    assert asked["mlflow"] == "required"
    assert asked["kubeflow"] == "preferred"
    assert asked["snowflake"] == "preferred"


@pytest.mark.parametrize("line", ["Nice", "Location: Nice", "Nice, France"])
def test_nice_without_its_colon_opens_no_list(line: str, profile_of: ProfileOf) -> None:
    # the city of Nice on its own line, or a field's value, is no heading
    text = f"Data Engineer\n\nRequirements\n- Python\n\n{line}\n- Kafka\n"
    assert _asked(profile_of(text, doc_type="posting"))["kafka"] == "required"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Key accountabilities", "responsibilities"),
        ("Key Accountabilities:", "responsibilities"),
        ("Accountabilities", "responsibilities"),
        ("Main accountabilities", "responsibilities"),
        ("Principal accountabilities", "responsibilities"),
        ("Job purpose", "about"),
        ("Role purpose", "about"),
        ("Purpose of the role", "about"),
        ("Job overview", "about"),
    ],
)
def test_job_description_purpose_and_accountabilities_headings(heading: str, name: str) -> None:
    assert heading_name(heading) == name


def test_key_accountabilities_name_the_work_after_a_company_overview(
    profile_of: ProfileOf,
) -> None:
    text = (
        "AI Engineer\n"
        "Emirates Smart Logistics | Dubai, UAE\n\n"
        "Company overview\n"
        "Emirates Smart Logistics runs port automation for the free zone.\n\n"
        "Job purpose\n"
        "Design and deliver computer vision solutions that track containers.\n\n"
        "Key accountabilities\n"
        "- Train object detection models with PyTorch\n"
        "- Coordinate with operations teams\n\n"
        "Qualifications and experience\n"
        "- Bachelor's degree in Computer Engineering\n"
        "- Proficient in Python\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["object-detection"] == "mentioned"
    assert asked["computer-vision"] == "mentioned"
    assert asked["python"] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Experience with RAG and vector databases (we use pgvector) is a big plus.",
        "Experience with RAG and vector databases (pgvector) is a huge plus.",
        "Experience with RAG and vector databases (e.g. pgvector) would be a major plus.",
    ],
)
def test_big_plus_after_an_aside_is_a_wish(line: str, profile_of: ProfileOf) -> None:
    text = f"ML Engineer\n\nRequirements\n- Python\n- {line}\n"
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["retrieval-augmented-generation"] == "preferred"
    assert asked["vector-search"] == "preferred"
    assert asked["python"] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Experience with RAG and vector databases (we use pgvector) is a big part of the job.",
        "Experience with RAG and vector databases (pgvector), big data a plus.",
    ],
)
def test_big_without_its_plus_after_an_aside_asks(line: str, profile_of: ProfileOf) -> None:
    text = f"ML Engineer\n\nRequirements\n- Python\n- {line}\n"
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["retrieval-augmented-generation"] == "required"


_CIVIL_SERVICE = (
    "Senior Data Scientist\n"
    "Grade: Senior Executive Officer (SEO)\n\n"
    "Essential criteria\n"
    "- Strong programming skills in Python\n\n"
    "Behaviours\n"
    "We'll assess you against these behaviours during the selection process:\n"
    "- Working Together\n\n"
    "Technical skills\n"
    "- Data Science Technical Skills\n\n"
    "{success}"
    "Benefits\n"
    "- Civil Service Pension\n"
)


@pytest.mark.parametrize(
    "success",
    [
        "Success Profiles\n"
        "This role uses Success Profiles. You will be assessed on Experience, Behaviours and"
        " Technical skills.\n\n",
        "This role uses Success Profiles. You will be assessed on Experience, Behaviours and"
        " Technical skills.\n\n",
    ],
)
def test_civil_service_success_profiles_note_asks_nothing(
    success: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(_CIVIL_SERVICE.format(success=success), doc_type="posting")
    terms = {r.jd_text for r in profile.requirements if not r.known}
    assert "Success Profiles" not in terms
    assert "Behaviours" not in terms
    assert _asked(profile)["python"] == "required"


def test_success_profiles_heading_is_a_notice() -> None:
    assert heading_name("Success Profiles") == "benefits"


_NOTION = (
    "# Data Engineer (Founding Team) 🌱\n\n"
    "Hey! 👋 We're Loomleaf. We help independent bookshops forecast demand.\n\n"
    "## 🛠 What you'll do\n\n"
    "- Build and run our dbt models in BigQuery\n\n"
    "## 🙌 You might be a fit if\n\n"
    "- SQL is your first language and Python a close second\n\n"
    "{wish}\n\n"
    "- You've worked with Terraform\n\n"
    "{not_you}\n\n"
    "- You want a big team with lots of process\n"
    "- You need to use Java every day\n\n"
    "## 🎁 Perks\n\n"
    "- 4-day work week in August\n"
)


@pytest.mark.parametrize(
    ("wish", "not_you"),
    [
        ("## ✨ Extra love if", "## 🚫 Not for you if"),
        ("## Extra points if you", "## This role is not for you if"),
        ("Brownie points if:", "You might not be a good fit if:"),
        ("## ✨ Extra love if", "Please don't apply if:"),
    ],
)
def test_startup_wish_and_not_for_you_headings(
    wish: str, not_you: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(_NOTION.format(wish=wish, not_you=not_you), doc_type="posting")
    asked = _asked(profile)
    assert asked["sql"] == "required"
    assert asked["terraform"] == "preferred"
    assert "java" not in asked  # who the job is not for asks nothing


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("## You might be a fit if", "requirements"),
        ("You'd be a great fit if:", "requirements"),
        ("Who should apply:", "requirements"),
        ("Nice to have:", "preferred"),
    ],
)
def test_fit_headings_without_a_denial_keep_their_section(heading: str, name: str) -> None:
    from mlcareer.documents.sections import posting_heading

    assert posting_heading(heading, "responsibilities", True) == name
