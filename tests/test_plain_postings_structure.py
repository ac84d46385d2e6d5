"""Plain, well-formed postings whose wording brushes against the cues for a job board's page
and a company's blurb: their own lists must still be asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


def test_an_unbulleted_ability_to_relocate_item_ends_no_list(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\nLumen Freight\n\nRequirements\nPython\nSQL\nAbility to relocate\n"
        "Spark\nKafka\n\nResponsibilities\nRun the nightly loads.\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Apache Spark"] == asked["Apache Kafka"] == "required"


def test_a_boards_commute_field_with_its_colon_still_asks_nothing(profile_of: ProfileOf) -> None:
    text = "Requirements\n- Python\n\nAbility to Relocate:\nDenver, CO 80202 (Required)\nSpark\n"
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"
    assert "Apache Spark" not in asked


@pytest.mark.parametrize(
    "paragraph",
    [
        # the company's equal-opportunity words, which close no list
        "Vantage Health provides equal employment opportunities to all employees and applicants.",
        # what the role is within the company, not what the company is
        "The ML Engineer is a key member of our applied research organization and works "
        "closely with product.",
        "The Data Scientist serves as the main partner to our merchandising and pricing teams.",
    ],
)
def test_a_paragraph_that_is_no_companys_blurb_ends_no_list(
    profile_of: ProfileOf, paragraph: str
) -> None:
    text = (
        "Machine Learning Engineer\n\nRequirements\n- 3+ years of Python\n"
        f"- Experience with PyTorch\n\n{paragraph}\n\n- Experience with Kubernetes\n"
        "- Experience with MLflow\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Kubernetes"] == asked["MLflow"] == "required"


def test_a_companys_blurb_after_the_last_list_still_asks_nothing(profile_of: ProfileOf) -> None:
    text = (
        "Backend Developer\n\nRequirements\n- 3+ years of Python\n\n"  # a title naming Java asks it
        "Apex Talent is a staffing firm that places Java and SAP developers with banks.\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Python"] == "required"
    assert "Java" not in asked and "SAP" not in asked


@pytest.mark.parametrize("about", ["About Pinecrest Foods", "About us"])
@pytest.mark.parametrize(
    "opener",
    ["We are looking for a data scientist with:", "We're seeking someone who has:"],
)
def test_a_list_opened_by_whom_the_company_seeks_is_asked(
    profile_of: ProfileOf, about: str, opener: str
) -> None:
    text = (
        f"Data Scientist\n\n{about}\nPinecrest Foods runs 200 grocery stores across Ohio.\n\n"
        f"{opener}\n- 3+ years of Python\n- Experience with demand forecasting\n- SQL\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert asked["Python"] == asked["SQL"] == "required"


def test_a_paragraph_telling_the_reader_their_work_is_no_blurb(profile_of: ProfileOf) -> None:
    text = (
        "ML Engineer\n\nWhat you will do\n- Train ranking models\n\n"
        "DataCo delivers analytics to hospitals; you will work with Spark, Scala and Kafka "
        "every day on our pipelines.\n"
    )
    asked = _asked(profile_of(text, doc_type="posting"))
    assert {"Apache Spark", "Scala", "Apache Kafka"} <= set(asked)


@pytest.mark.parametrize(
    "opener", ["This role may also have the opportunity to:", "The role may also have you:"]
)
def test_what_the_role_may_also_have_opens_no_pluses(profile_of: ProfileOf, opener: str) -> None:
    text = (
        "Machine Learning Engineer\n\nResponsibilities\n- Train ranking models in PyTorch\n\n"
        f"{opener}\n- Mentor interns\n- Build dashboards in Tableau\n"
    )
    profile = profile_of(text, doc_type="posting")
    assert "preferred" not in {s.name for s in profile.sections}
    assert _asked(profile)["Tableau"] == "mentioned"
