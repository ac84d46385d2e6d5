"""Headings the previous session found opening no section (structure26): an employer's "What we
need from you (...)", a board form's "Additional Questions", a Nigerian CV's "NYSC" and a CV's
"Professional Development"; with near misses that keep their reading."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asks(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


def _sections(profile: Profile) -> list[tuple[str, str]]:
    return [(section.name, section.heading) for section in profile.sections]


@pytest.mark.parametrize(
    "heading",
    [
        "What we need from you (do not apply without these):",
        "What we need from you:",
        "What we expect from you",
    ],
)
def test_structure26_what_we_need_from_you_opens_requirements(
    profile_of: ProfileOf, heading: str
) -> None:
    text = (
        "Senior Data Engineer\n\nAbout us\nWe build logistics software.\n\n"
        f"{heading}\n- 5+ years of Python\n- Spark\n- Kafka\n\nNice to have\n- Scala\n"
    )
    profile = profile_of(text, "posting")
    asks = _asks(profile)
    assert asks["python"] == asks["apache-spark"] == asks["kafka"] == "required"
    assert asks["scala"] == "preferred"
    assert profile.posting is not None and profile.posting.years_required == 5.0


def test_structure26_what_we_need_from_you_in_a_sentence_is_no_heading(
    profile_of: ProfileOf,
) -> None:
    # near miss: the words inside a sentence of the blurb open nothing
    text = (
        "Data Engineer\n\nAbout us\nWhat we need from you is curiosity and care for our users.\n"
        "\nRequirements\n- SQL\n"
    )
    sections = _sections(profile_of(text, "posting"))
    assert [name for name, _ in sections] == ["company", "requirements"]


_QUESTIONS_POSTING = (
    "Data Analyst\n\nRequirements\n- 2+ years of SQL\n- Power BI\n\n{heading}\n"
    "Are you willing to relocate to Lagos?\n"
    "How many years of Tableau experience do you have?\n"
)


@pytest.mark.parametrize("heading", ["Additional Questions", "Screening Questions"])
def test_structure26_form_questions_ask_nothing(profile_of: ProfileOf, heading: str) -> None:
    asks = _asks(profile_of(_QUESTIONS_POSTING.format(heading=heading), "posting"))
    assert asks == {"sql": "required", "power-bi": "required"}


def test_structure26_questions_inside_requirements_still_ask(profile_of: ProfileOf) -> None:
    # near miss: a requirement line that merely ends in a question mark keeps its ask
    text = "Data Analyst\n\nRequirements\n- SQL\n- Do you know Tableau? You need it daily.\n"
    assert _asks(profile_of(text, "posting")).get("tableau") == "required"


_NIGERIAN_CV = (
    "Chinedu Eze\nchinedu@example.com\n\nExperience\nData Analyst, Lagos Fintech Ltd\n"
    "2021 - Present\n- Built dashboards in Power BI and SQL.\n\n{service}\n"
    "Data Officer, Ministry of Agriculture, Abuja\n2019 - 2020\n- Cleaned survey data in Excel.\n"
    "\nProfessional Development\nGoogle Data Analytics Certificate, 2021\n\n"
    "Education\nB.Sc. Computer Science, University of Nigeria, 2019\n"
)


@pytest.mark.parametrize("service", ["NYSC", "National Youth Service Corps"])
def test_structure26_nysc_and_professional_development_open_sections(
    profile_of: ProfileOf, service: str
) -> None:
    profile = profile_of(_NIGERIAN_CV.format(service=service), "resume")
    assert _sections(profile) == [
        ("experience", "Experience"),
        ("experience", service),
        ("certifications", "Professional Development"),
        ("education", "Education"),
    ]
    titles = profile.experience.titles
    assert "Data Officer, Ministry of Agriculture, Abuja" in titles
    assert not any("Certificate" in title for title in titles)


def test_structure26_professional_development_in_a_postings_benefits(
    profile_of: ProfileOf,
) -> None:
    # near miss: in a posting the words are a benefit, not a section of courses
    text = (
        "Data Engineer\n\nRequirements\n- 3+ years of Python\n- SQL\n\nBenefits\n"
        "Health insurance\nProfessional development\nKubernetes training paid by us\n"
        "Remote work\n"
    )
    profile = profile_of(text, "posting")
    assert [name for name, _ in _sections(profile)] == ["requirements", "benefits"]
    assert "kubernetes" not in _asks(profile)
