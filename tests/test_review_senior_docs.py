"""Review of the session's rules for senior people, freelancers and returners: a real job at
a family care clinic is work, a client named before what was built for it keeps that work's
skills, a 'Level:' field naming a trainee's or assistant's post is not senior."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


# --- time at home among jobs ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Registered Nurse, Family Care Clinic",
        "Family Care Physician, Lakeside Health",
        "Nurse Practitioner, Northside Family Care",
        "Family Care Worker, County Social Services",
    ],
)
def test_a_job_at_a_family_care_practice_is_work(profile_of: ProfileOf, title: str) -> None:
    resume = profile_of(f"EXPERIENCE\n{title}                 Jan 2020 - Dec 2022\n", "resume")
    assert resume.experience.years == pytest.approx(3.0, abs=0.1)


@pytest.mark.parametrize(
    "away", ["Family caregiver", "Family care", "Full-time family caregiver for my father"]
)
def test_a_family_caregiver_at_home_is_not_work(profile_of: ProfileOf, away: str) -> None:
    resume = profile_of(
        "EXPERIENCE\n"
        "Data Analyst, Harbor Bank                Mar 2023 - Present\n"
        f"{away}                                  Jan 2020 - Feb 2023\n",
        "resume",
    )
    assert resume.experience.years == pytest.approx(3.75, abs=0.1)  # Mar 2023 - Nov 2026


# --- clients ---------------------------------------------------------------------------------


def test_a_client_named_before_the_work_done_for_it_keeps_that_works_skills(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        "EXPERIENCE\nFreelance ML Engineer                Jan 2020 - Dec 2022\n"
        "- Client: Acme Bank, built fraud models with XGBoost and SQL\n",
        "resume",
    )
    names = {hit.name for hit in resume.skills}
    assert {"XGBoost", "SQL"} <= names


def test_a_list_of_clients_still_names_no_skills(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "EXPERIENCE\nFreelance Data Engineer                Jan 2020 - Dec 2022\n"
        "- Clients: Databricks, Snowflake, and Tableau\n- Built pipelines in Airflow\n",
        "resume",
    )
    names = {hit.name for hit in resume.skills}
    assert "Apache Airflow" in names
    assert not names & {"Databricks", "Snowflake", "Tableau"}


# --- a 'Level:' field -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "level",
    [
        "Level: Postdoctoral Fellow",
        "Level: Graduate Fellow",
        "Level: Assistant Manager",
        "Level: Junior Staff",
    ],
)
def test_a_level_field_naming_a_trainee_or_assistant_post_is_not_senior(
    profile_of: ProfileOf, level: str
) -> None:
    posting = profile_of(
        f"Research Scientist\n{level}\n\nRequirements\n- Python\n", "posting", "jd.txt"
    )
    assert posting.posting.level != "senior"


@pytest.mark.parametrize("level", ["Level: Fellow", "Level: Distinguished", "Level: Manager"])
def test_a_level_field_naming_a_rung_above_senior_is_still_senior(
    profile_of: ProfileOf, level: str
) -> None:
    posting = profile_of(
        f"Research Scientist\n{level}\n\nRequirements\n- Python\n", "posting", "jd.txt"
    )
    assert posting.posting.level == "senior"


# --- team management --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bullet",
    ["- Managed the team's Kubernetes clusters", "- Managed the team’s on-call rota in PagerDuty"],
)
def test_what_belongs_to_a_team_is_no_team_management(profile_of: ProfileOf, bullet: str) -> None:
    resume = profile_of(
        f"EXPERIENCE\nSite Reliability Engineer, Acme      Jan 2020 - Dec 2022\n{bullet}\n",
        "resume",
    )
    assert "Team management" not in {hit.name for hit in resume.skills}


@pytest.mark.parametrize(
    "bullet", ["- Managed the team of 6 SREs", "- Managed a team of four engineers"]
)
def test_managing_the_team_itself_is_team_management(profile_of: ProfileOf, bullet: str) -> None:
    resume = profile_of(
        f"EXPERIENCE\nEngineering Manager, Acme      Jan 2020 - Dec 2022\n{bullet}\n", "resume"
    )
    assert "Team management" in {hit.name for hit in resume.skills}
