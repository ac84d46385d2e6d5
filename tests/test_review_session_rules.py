"""A hostile review of this session's reading rules: near misses they must leave alone, a
wording they missed, and inputs that made them slow."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, analyze
from mlcareer.extract.skills import NegationIndex
from mlcareer.literal_match import find_exact, find_reworded, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    return {req.id: req.importance for req in profile.requirements}


# --- literal matching inside denied lists: linear on a long line --------------------------


def test_denied_lists_on_a_long_line_are_looked_up_in_linear_time() -> None:
    NegationIndex("warm up: without a, b or c")  # the first call imports the extractors
    line = "- Shipped without SDLC, testing frameworks or CI; " * 600 + "\n"
    started = time.process_time()
    assert find_exact("testing frameworks", resume_text(line)) is None
    assert find_reworded("framework testing", resume_text(line)) is None
    short = "- Shipped without a, b or c; " * 1000 + "\n"  # every "b" denied: each looked at
    assert find_exact("b", resume_text(short)) is None
    assert time.process_time() - started < 0.2


def test_an_item_of_a_denied_list_is_still_denied_and_one_outside_kept() -> None:
    line = "- Worked without SDLC, testing frameworks or CI; later set up testing frameworks\n"
    assert find_exact("testing frameworks", resume_text(line)) is not None
    denied = "- Worked without SDLC, testing frameworks or CI\n"
    assert find_exact("testing frameworks", resume_text(denied)) is None


# --- "About <Name>" opens a company's blurb; "About Yourself" and the like do not ---------

_ABOUT_POSTING = """Data Scientist

The job
Build models.

{heading}
- Airflow
- Spark

Benefits
- Health cover
"""


@pytest.mark.parametrize(
    "heading", ["About Yourself", "About Role", "About Position", "About Candidate", "About Job"]
)
def test_an_about_heading_over_the_job_or_the_reader_is_no_company_blurb(
    profile_of: ProfileOf, heading: str
) -> None:
    profile = profile_of(_ABOUT_POSTING.format(heading=heading), "posting")
    assert "company" not in {section.name for section in profile.sections}
    assert "airflow" in _asked(profile)


def test_about_a_company_still_opens_its_blurb(profile_of: ProfileOf) -> None:
    profile = profile_of(_ABOUT_POSTING.format(heading="About Helix Staffing"), "posting")
    assert not {"airflow", "apache-spark"} & set(_asked(profile))


# --- "may also" opens pluses only when it is about what a candidate has --------------------

_MAY_ALSO = """Data Scientist

Requirements
- 3+ years of SQL

{heading}
- Airflow pipelines
- Spark jobs
"""


def test_what_the_role_may_also_involve_is_no_plus(profile_of: ProfileOf) -> None:
    text = _MAY_ALSO.format(heading="The role may also involve:")
    asked = _asked(profile_of(text, "posting"))
    assert asked.get("airflow") != "preferred"


def test_what_candidates_may_also_have_is_a_plus(profile_of: ProfileOf) -> None:
    asked = _asked(
        profile_of(_MAY_ALSO.format(heading="Strong candidates may also have:"), "posting")
    )
    assert asked["airflow"] == "preferred"


# --- "MS preferred": a degree after another degree or a lower-case word, a state after a town --


@pytest.mark.parametrize(
    ("line", "preferred"),
    [
        ("Candidates located in Jackson, MS preferred.", None),
        ("BS is fine, MS preferred.", "master"),
        ("Strong SQL skills, MS preferred.", "master"),
        ("Bachelor's in Economics, MS preferred.", "master"),
    ],
)
def test_ms_preferred_after_a_town_names_the_state(
    profile_of: ProfileOf, line: str, preferred: str | None
) -> None:
    text = f"Data Scientist\n\nRequirements\n- {line}\n- Python\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    assert posting.degree_preferred == preferred


# --- an endorsement's list of skills ------------------------------------------------------


def test_every_skill_an_endorsement_lists_is_kept(profile_of: ProfileOf) -> None:
    text = (
        "Jane Doe\n\nSkills\nEndorsed by 3 colleagues for Python, SQL and Spark\n"
        "Endorsed by Ann Lee, who works at Databricks, for Kubernetes\n"
    )
    found = {hit.id for hit in profile_of(text, "resume").skills}
    assert {"python", "sql", "apache-spark", "kubernetes"} <= found
    assert "databricks" not in found


# --- a job in the experience section ending years ahead ------------------------------------


def test_a_job_under_the_work_heading_ending_years_ahead_is_still_work(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Jane Doe\n\nWork History\nAcme Corp, Berlin   Jan 2020 - Dec 2028\n"
        "- Built Spark pipelines\n\nGlobex Ltd   2018 - 2019\n- Wrote SQL reports\n"
    )
    experience = profile_of(text, "resume").experience
    assert experience.years is not None and experience.years > 7


def test_a_passport_at_the_top_ending_years_ahead_is_still_no_work(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Jane Doe\nPassport valid 2020 - 2030\n\nExperience\n"
        "Data Analyst, Acme   Jan 2024 - Present\n- SQL reports\n"
    )
    assert profile_of(text, "resume").experience.years == 2.9


# --- shipping containers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "bullet",
    [
        "Coordinated the deployment of shipping containers across three terminals",
        "Tracked refrigerated containers and cloud-based freight bookings",
    ],
)
def test_shipping_containers_are_no_software_ones(profile_of: ProfileOf, bullet: str) -> None:
    text = f"Jane Doe\n\nExperience\nPort Supervisor, Acme   2020 - 2024\n- {bullet}\n"
    assert "containerization" not in {hit.id for hit in profile_of(text, "resume").skills}


# --- a clearance or a language the posting would like is stated too ------------------------


def test_a_preferred_clearance_is_to_be_stated_not_shown_by_exposure(
    options: Options, write: Callable[[str, str], Path]
) -> None:
    resume = write("cv.txt", "Ana Ruiz\n\nExperience\nData Analyst, Acme   2020 - 2024\n- SQL\n")
    posting = write(
        "jd.txt",
        "Data Analyst\n\nRequirements\n- SQL\n\nNice to have\n- Active Secret clearance\n",
    )
    messages = [s.message for s in analyze(resume, posting, options).suggestions]
    about = [message for message in messages if "Secret" in message]
    assert about and all("exposure" not in message for message in about)
    assert any("status (active or current)" in message for message in about)
