"""Postings for public jobs (a US federal posting's fields and conditions): who may apply is a
citizenship stance, registration for Selective Service is a condition of hire, not a skill."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.work_authorization import posting_stance
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _stance(line: str) -> str | None:
    found = posting_stance(f"Data Scientist\n\nOverview\n{line}\n")
    return found.status if found else None


@pytest.mark.parametrize(
    "line",
    [
        "This job is open to: U.S. Citizens, Nationals or those who owe allegiance to the U.S.",
        "Who May Apply: US Citizens",
        "This position is open to United States citizens.",
    ],
)
def test_who_may_apply_is_citizens_only(line: str) -> None:
    assert _stance(line) == "citizens-only"


@pytest.mark.parametrize(
    "line",
    [
        "This role is open to US citizens as well as those who need sponsorship.",
        "This role is open to US citizens and visa holders alike.",
        "This role is open to US citizens and anyone authorized to work here.",
        # a list of who may apply
        "Who may apply: US citizens, green card holders and H-1B holders",
        "Our internship is open to US citizens and international students.",
        "Who may apply: Indian citizens or OCI card holders",
        "This role is open to US citizens and foreign nationals with a work permit.",
    ],
)
def test_citizens_beside_others_is_no_citizens_only_stance(line: str) -> None:
    assert _stance(line) != "citizens-only"


def test_selective_service_registration_asks_nothing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Scientist\n\nQualifications\n- Experience with Python and SQL.\n"
        "- Males born after December 31, 1959 must be registered for Selective Service.\n",
        "posting",
    )
    asked = {req.id for req in posting.requirements}
    assert {"python", "sql"} <= asked
    assert not any("selective" in ask_id for ask_id in asked), asked


def test_residents_of_the_country_may_apply_too() -> None:
    line = (
        "Who can apply: Persons residing in Canada and Canadian citizens and permanent "
        "residents abroad."
    )
    assert _stance(line) is None


def _asks(profile_of: ProfileOf, text: str) -> dict[str, str]:
    posting = profile_of(text, "posting")
    return {req.id: req.importance for req in posting.requirements}


def test_a_canadian_postings_assets_are_preferred(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist (EC-05)\n\nEssential qualifications\n"
        "- Experience programming in Python.\n- A degree in statistics.\n\n"
        "Asset qualifications\n- Experience with Apache Spark.\n"
        "- Master's degree in data science.\n"
        "- Reliability Status security clearance.\n"
    )
    posting = profile_of(text, "posting")
    asked = {req.id: req.importance for req in posting.requirements}
    assert asked["python"] == "required"
    assert asked["apache-spark"] == "preferred"
    assert asked["reliability-status-clearance"] == "preferred"
    assert not any(ask_id.startswith("term:asset") for ask_id in asked), asked
    assert posting.posting is not None and posting.posting.degree_preferred == "master"


def test_reliability_status_in_lower_case_is_no_clearance(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Summary\nSRE who tracked the reliability status of forty services.\n", "resume"
    )
    assert "reliability-status-clearance" not in {hit.id for hit in resume.skills}


UK_POSTING = """Senior Data Scientist
Grade: Senior Executive Officer (SEO)

Person specification
Essential criteria:
- Demonstrable experience of machine learning in Python.

Behaviours
We'll assess you against these behaviours during the selection process:
- Working Together
- Seeing the Big Picture
- Making Effective Decisions

Nationality requirements
This job is broadly open to UK nationals and nationals of the Republic of Ireland.

Civil Service Code
All civil servants are subject to the provisions of the Civil Service Code.
"""


def test_a_uk_civil_service_postings_behaviours_are_asked(profile_of: ProfileOf) -> None:
    asked = _asks(profile_of, UK_POSTING)
    for skill_id in ("python", "teamwork", "strategic-thinking", "decision-making"):
        assert asked.get(skill_id) == "required", (skill_id, asked)


def test_a_uk_civil_service_postings_notices_ask_nothing(profile_of: ProfileOf) -> None:
    asked = _asks(profile_of, UK_POSTING)
    assert not any(ask_id.startswith("term:") for ask_id in asked), asked


def test_working_together_in_prose_is_no_behaviour(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Data Scientist\n\nAbout us\nA network of researchers working together on health "
        "technology.\n\nRequirements\n- Python\n",
        "posting",
    )
    assert "teamwork" not in {hit.id for hit in posting.skills}


@pytest.mark.parametrize(
    "line",
    [
        # a product or a page of the same name, in a posting's title case
        "- Build a Reliability Status Dashboard in Grafana",
        "- Own the Reliability Status Page for our APIs",
    ],
)
def test_reliability_status_of_a_service_is_no_clearance(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(f"Site Reliability Engineer\n\nRequirements\n{line}\n", "posting")
    assert "reliability-status-clearance" not in {hit.id for hit in posting.skills}


@pytest.mark.parametrize(
    "text",
    [
        "Security requirements: Reliability Status\n",
        "Conditions of employment\n- Reliability Status security clearance\n",
        "Requirements\n- Ability to obtain and maintain Reliability Status\n",
    ],
)
def test_reliability_status_asked_as_screening_is_a_clearance(
    profile_of: ProfileOf, text: str
) -> None:
    posting = profile_of(f"Data Analyst\n\n{text}", "posting")
    assert "reliability-status-clearance" in {hit.id for hit in posting.skills}


def test_being_assessed_on_the_work_opens_no_list_of_requirements(profile_of: ProfileOf) -> None:
    # how the work is judged, not what applicants are assessed against
    posting = profile_of(
        "Data Engineer\n\nAbout the role\nYou will be assessed on delivery of Kafka pipelines:\n"
        "- Build Airflow DAGs\n",
        "posting",
    )
    asked = {req.id: req.importance for req in posting.requirements}
    assert "required" not in asked.values(), asked
