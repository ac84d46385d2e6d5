"""Postings and resumes of kinds of work far from ML (kitchens, hangars, bank branches): what
they ask is read as written, and a resume of the posting's kind meets it. Every text here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.roles import role_alternatives
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> set[str]:
    return {r.jd_text for r in profile.requirements}


def test_attention_to_a_thing_asks_for_the_thing(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Strong troubleshooting skills and attention to aviation safety.\n",
        doc_type="posting",
    )
    assert "aviation safety" in _asked(posting)
    assert "attention" not in _asked(posting)


def test_a_kitchen_chef_is_not_the_devops_tool(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Sous Chef\n\nResponsibilities\n- Assist the Executive Chef in menu planning and"
        " kitchen management.\n\nRequirements\n- 2 years as Sous Chef or chef de partie.\n",
        doc_type="posting",
    )
    assert "chef" not in {r.id for r in posting.requirements}
    resume = profile_of(
        "Skills\nConfiguration management with Chef and Ansible on Linux servers.\n",
        doc_type="resume",
    )
    assert "chef" in {s.id for s in resume.skills}


def test_a_role_offered_beside_its_acronym_splits() -> None:
    assert role_alternatives("Sous Chef or CDP") == ["Sous Chef", "CDP"]
    assert role_alternatives("Registered Nurse / LPN") == ["Registered Nurse", "LPN"]


@pytest.mark.parametrize(
    "title", ["Data Scientist / ML", "Software Engineer / AI", "Analyst or BI"]
)
def test_a_fields_acronym_is_no_title_of_its_own(title: str) -> None:
    # "ML" on a resume ("Deployed ML models") shows no time as a data scientist
    assert role_alternatives(title) == []


FLATTENED_COOK = (
    "Skills * Menu Planning * Food Costing Education Details 2008 to 2011 Diploma in Hotel "
    "Management Lakeview Institute Sous Chef Sous Chef - Harbour Hotel Skill Details Menu "
    "Planning- Exprience - 72 months Company Details company - Harbour Hotel description - "
    "Supervising a brigade of twelve cooks in the banquet kitchen."
)


def test_a_flattened_resume_shows_its_title_as_a_role(
    profile_of: ProfileOf, options: Options
) -> None:
    """A flattened resume holds its degree and its job title on one line: the degree's words
    are no role, the title after them still is."""
    posting = profile_of(
        "Sous Chef\n\nRequirements\n- 2 years of experience as Sous Chef.\n", doc_type="posting"
    )
    resume = profile_of(FLATTENED_COOK, doc_type="resume")
    report = compare(resume, posting, options)
    roles = [m for m in report.matched if m.id.startswith("role:")]
    assert roles and roles[0].status == "matched"


@pytest.mark.parametrize(
    "line",
    ["B.Com / MBA Finance", "Graduate / MBA", "Any Graduate / Post Graduate", "BSc / MSc"],
)
def test_degrees_offered_across_a_spaced_slash_ask_the_lowest(
    profile_of: ProfileOf, line: str
) -> None:
    info = profile_of(f"Eligibility\n- {line}; 2-6 years in sales.\n", doc_type="posting").posting
    assert info is not None and info.degree_required == "bachelor"


def test_a_graduate_role_is_no_degree(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\nGraduate Research Assistant, Lakeside University (2019 - 2021)\n",
        doc_type="resume",
    )
    assert resume.education.highest is None


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("HR Manager, Acme Steel: manpower planning and appraisals.", "human-resources"),
        ("API testing with Postman.", "api-testing"),
    ],
)
def test_a_trades_plain_name_is_its_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    resume = profile_of(f"Experience\n{line}\n", doc_type="resume")
    assert skill in {s.id for s in resume.skills}


def test_testing_an_api_is_not_designing_one(profile_of: ProfileOf) -> None:
    posting = profile_of("Requirements\n- Experience with API testing (Postman).\n")
    assert "api-design" not in {r.id for r in posting.requirements}


def test_contacting_hr_asks_for_no_hr_skill(profile_of: ProfileOf) -> None:
    posting = profile_of(
        "Requirements\n- Python\n\nQuestions about the application? Contact HR at the address"
        " below.\n",
        doc_type="posting",
    )
    assert "human-resources" not in {r.id for r in posting.requirements}
