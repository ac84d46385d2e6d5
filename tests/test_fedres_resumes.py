"""Resumes of two genres that read differently from a tech worker's: a US federal resume in
the long form an agency's hiring site asks for (each job's pay plan, series, grade, hours and
supervisor as form fields), and a veteran's resume (ranks, units, deployments, awards)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


# --- a deployment dated inside a service job is no job of its own ------------------------

SERVICE = """\
EXPERIENCE
Sergeant First Class, Signals Intelligence Analyst
Military Intelligence Brigade, Fort Meade, MD
Aug 2012 - May 2018
{deployment}
- Wrote SQL queries in Oracle and automated reports with Python.

Staff Sergeant, Cryptologic Linguist
Sep 2004 - Jul 2012
- Translated intercepted radio traffic.
"""


@pytest.mark.parametrize(
    ("deployment", "dated"),
    [
        ("- Deployed to Bagram, Afghanistan (Mar 2013 - Dec 2013) supporting mission command.", 1),
        (
            "- Deployments: Bagram, Afghanistan (Mar 2013 - Dec 2013); Doha, Qatar (Jan 2016 -"
            " Sep 2016)",
            2,
        ),
        ("Deployment: Kandahar, Afghanistan, 2014 - 2015", 1),
        ("- Seconded to the allied headquarters in Brussels, 2016 - 2017.", 1),
    ],
)
def test_a_deployment_inside_a_jobs_dates_stays_in_that_job(
    profile_of: ProfileOf, deployment: str, dated: int
) -> None:
    experience = profile_of(SERVICE.format(deployment=deployment), "resume").experience
    assert experience.titles == [
        "Sergeant First Class, Signals Intelligence Analyst",
        "Staff Sergeant, Cryptologic Linguist",
    ]
    [analyst, linguist] = experience.jobs
    assert analyst.technical is True  # the SQL and Python bullet below the deployment is its own
    assert (analyst.years, linguist.technical) == (5.8, False)
    assert experience.relevant_years == 5.8
    # the deployment's dates are still read as written
    assert len(experience.ranges) == 2 + dated


def test_a_promotion_dated_in_a_bullet_is_still_a_job(profile_of: ProfileOf) -> None:
    text = (
        "EXPERIENCE\nAcme Corp, Austin, TX\n2015 - 2021\n"
        "- Data Analyst (2015 - 2018)\n- Senior Data Analyst (2018 - 2021)\n"
    )
    titles = profile_of(text, "resume").experience.titles
    assert "Senior Data Analyst" in titles


# --- an agency's name is no skill -------------------------------------------------------


@pytest.mark.parametrize(
    "agency",
    [
        "Department of Homeland Security",
        "National Security Agency",
        "Transportation Security Administration",
        "Homeland Security Investigations",
        "Defense Counterintelligence and Security Agency",
    ],
)
def test_a_security_agencys_name_is_no_cybersecurity(profile_of: ProfileOf, agency: str) -> None:
    text = (
        "Jo Doe\nTop Secret clearance\n\nEXPERIENCE\nData Analyst\n"
        f"{agency}, Washington, DC\n01/2020 - Present\n"
        "- Built dashboards with data from network sensors.\n"
    )
    assert "cybersecurity" not in {hit.id for hit in profile_of(text, "resume").skills}


def test_security_work_is_still_cybersecurity(profile_of: ProfileOf) -> None:
    text = "EXPERIENCE\nAnalyst, Acme, 2019 - 2021\n- Hardened network security with firewalls.\n"
    assert "cybersecurity" in {hit.id for hit in profile_of(text, "resume").skills}


# --- a federal job's form fields --------------------------------------------------------

FEDERAL_JOB = """\
Priya Raman
Arlington, VA 22201 | priya@example.com
{header}

Professional Experience

Management and Program Analyst (Data Analytics)
Department of Veterans Affairs, Washington, DC
Start Date: 05/2021   End Date: Present
Average hours per week: 40
Series: 0343   Pay Plan: GS   Grade: 12   Step: 3
Salary: $103,409 USD per year
Supervisor: Tomas Alvarez (202-555-0140); Okay to contact: Yes
- Built a Python and SQL pipeline that feeds a Power BI dashboard.

Education
Master of Science in Statistics, George Mason University, 2017
"""


def test_a_federal_pay_grade_is_no_school_grade(profile_of: ProfileOf) -> None:
    education = profile_of(FEDERAL_JOB.format(header=""), "resume").education
    assert [degree.level for degree in education.degrees] == ["master"]


@pytest.mark.parametrize(
    "line",
    ["Grade 12, Lincoln High School, 2012", "Grade: 12, Delhi Public School, 2012"],
)
def test_a_school_grade_is_still_read(profile_of: ProfileOf, line: str) -> None:
    text = f"Jo Doe\n\nEducation\n{line}\n"
    assert profile_of(text, "resume").education.highest == "secondary"


def test_a_veterans_preference_field_is_no_title(profile_of: ProfileOf) -> None:
    header = (
        "Veterans' Preference: N/A\n"
        "Highest Federal Civilian Grade Held: GS-0343-12 (05/2021 - Present)"
    )
    experience = profile_of(FEDERAL_JOB.format(header=header), "resume").experience
    assert "Veterans' Preference: N/A" not in experience.titles
    assert experience.titles == ["Management and Program Analyst (Data Analytics)"]


@pytest.mark.parametrize(
    "line",
    [
        "Country of citizenship: United States of America",
        "Country of Citizenship: USA",
    ],
)
def test_a_country_of_citizenship_field_states_citizenship(
    profile_of: ProfileOf, line: str
) -> None:
    status = profile_of(FEDERAL_JOB.format(header=line), "resume").work_authorization
    assert status is not None
    assert (status.status, status.detail) == ("citizen", "US")


def test_a_spark_pipeline_is_apache_spark(profile_of: ProfileOf) -> None:
    text = (
        "EXPERIENCE\nData Scientist, U.S. Census Bureau, 10/2019 - Present\n"
        "- Designed a Spark pipeline on AWS that processes survey records each month.\n"
    )
    assert "apache-spark" in {hit.id for hit in profile_of(text, "resume").skills}


def test_a_spark_of_an_idea_is_no_spark(profile_of: ProfileOf) -> None:
    text = "EXPERIENCE\nTeacher, Oak School, 2019 - 2021\n- Spark curiosity in the pipeline.\n"
    assert "apache-spark" not in {hit.id for hit in profile_of(text, "resume").skills}


# --- a veteran's education: the Air Force's college degree, not the service's courses -----


@pytest.mark.parametrize(
    "line",
    [
        "Associate in Applied Science, Information Systems Technology, Community College of"
        " the Air Force, 2016",
        "Community College of the Air Force - Associate in Applied Science, 2016",
        "Associate in Science, Valencia College, 2012",
        "Associate in Arts, Miami Dade College, 2010",
    ],
)
def test_an_associate_in_science_is_an_associate_degree(profile_of: ProfileOf, line: str) -> None:
    education = profile_of(f"Jo Doe\n\nEducation\n{line}\n", "resume").education
    assert education.highest == "associate"


@pytest.mark.parametrize(
    "line",
    [
        "Advanced Leader Course (ALC), 2019",
        "Master Resilience Trainer Course, 2017",
        "Master Gunner Course, Fort Benning, 2015",
        "Senior Leader Course (SLC), 2016",
    ],
)
def test_a_military_course_is_no_degree(profile_of: ProfileOf, line: str) -> None:
    education = profile_of(f"Jo Doe\n\nEducation\n{line}\n", "resume").education
    assert education.highest is None


def test_a_research_associate_in_science_is_a_job(profile_of: ProfileOf) -> None:
    text = (
        "Jo Doe\n\nExperience\nResearch Associate in Science Policy, Acme Labs, 2019 - 2021\n"
        "- Built models in Python.\n"
    )
    profile = profile_of(text, "resume")
    assert profile.education.highest is None
    assert profile.experience.titles == ["Research Associate in Science Policy, Acme Labs"]


# --- the newest federal job's grade, however the form sets it out -----------------------


@pytest.mark.parametrize(
    "grade",
    [
        "Series: 1560   Grade: GS-13",
        "Series: 1560   Pay Plan: GS   Grade: 13   Step: 1",
        "Pay Plan: GS, Grade: 13",
        "GS-1560-13",
    ],
)
def test_a_federal_jobs_grade_field_reads_as_its_rank(profile_of: ProfileOf, grade: str) -> None:
    text = (
        "Jo Doe\n\nWork Experience\nData Scientist\nU.S. Census Bureau, Suitland, MD\n"
        f"01/2023 - Present\nHours per week: 40\n{grade}\n- Built models in Python.\n"
    )
    experience = profile_of(text, "resume").experience
    assert experience.level == "senior"
    assert "grade: GS-13 (senior, read as the newest title's rank)" in experience.level_evidence


# --- a veterans' posting: who is invited to apply is no ask ------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Veterans are encouraged to apply.",
        "- Transitioning service members and veterans are encouraged to apply.",
        "- Military spouses and veterans are strongly encouraged to apply.",
        "- Recent veterans are invited to apply; SQL is a must.",
    ],
)
def test_people_invited_to_apply_are_no_terms(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(f"Data Analyst\n\nRequirements\n- Python\n{line}\n", "posting")
    assert not [req.jd_text for req in posting.requirements if req.id.startswith("term:")]


def test_a_credential_of_those_invited_is_still_asked(profile_of: ProfileOf) -> None:
    line = "- Candidates holding a CISSP are encouraged to apply."
    posting = profile_of(f"Data Analyst\n\nRequirements\n- Python\n{line}\n", "posting")
    assert "CISSP" in [req.jd_text for req in posting.requirements]
