"""Career changers' resumes: the old career's employer named like a kind of work."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

HOSPITAL = """\
Tom Baker
tom@example.com

Experience
{title}, {employer}              Jan 2020 - Present
- Built readmission risk models for the trust's surgical wards.
Staff Nurse, Sheffield Teaching Hospitals                       Sep 2012 - Dec 2019
- Ward nursing.

Education
MSc Health Data Science, University of Leeds, 2019
"""


@pytest.mark.parametrize(
    "employer",
    ["Leeds Teaching Hospitals NHS Trust", "Oxford University Hospitals (a teaching hospital)"],
)
def test_changers_a_data_scientist_at_a_teaching_hospital_does_technical_work(
    profile_of: ProfileOf, employer: str
) -> None:
    profile = profile_of(HOSPITAL.format(title="Data Scientist", employer=employer), "resume")
    jobs = profile.experience.jobs
    assert jobs[0].technical and jobs[0].why == "technical title"
    assert not jobs[1].technical  # the nurse's work stays no technical work
    assert (profile.experience.relevant_years or 0) > 6


@pytest.mark.parametrize(
    ("title", "employer"),
    [("Statistics Teacher", "Leeds Grammar School"), ("Teaching Fellow", "University of Leeds")],
)
def test_changers_a_teacher_still_teaches(profile_of: ProfileOf, title: str, employer: str) -> None:
    profile = profile_of(HOSPITAL.format(title=title, employer=employer), "resume")
    assert profile.experience.jobs[0].why == "teaching"


STUDENT = """\
Oliver Hughes

Work Experience
Data Science Placement Student, AstraZeneca, Macclesfield    Jul 2024 - Jun 2025
- {bullet}
"""


@pytest.mark.parametrize(
    "bullet",
    [
        "Built a survival-analysis pipeline in Python to forecast clinical trial recruitment.",
        "Modelled patient recruitment rates across 40 study sites.",
        "Dashboards of participant recruitment for three studies.",
    ],
)
def test_changers_a_trials_recruitment_is_no_hiring(profile_of: ProfileOf, bullet: str) -> None:
    profile = profile_of(STUDENT.format(bullet=bullet), "resume")
    assert "Recruiting" not in {hit.name for hit in profile.skills}


def test_changers_hiring_people_is_still_recruiting(profile_of: ProfileOf) -> None:
    profile = profile_of(
        STUDENT.format(bullet="Led recruitment of 12 engineers for the trial team."), "resume"
    )
    assert "Recruiting" in {hit.name for hit in profile.skills}


FINANCE = """\
Michael Torres

Experience
{title}, JPMorgan Chase, New York            Jun 2017 - Dec 2024
- {bullet}
"""


@pytest.mark.parametrize(
    ("title", "bullet"),
    [
        ("Senior Financial Analyst", "Built quarterly forecasting models in Excel for the CFO."),
        ("Sales Operations Manager", "Owned revenue forecasting and territory planning."),
    ],
)
def test_changers_a_finance_jobs_forecasts_are_no_technical_work(
    profile_of: ProfileOf, title: str, bullet: str
) -> None:
    [job] = profile_of(FINANCE.format(title=title, bullet=bullet), "resume").experience.jobs
    assert job.technical is False


@pytest.mark.parametrize(
    ("title", "bullet"),
    [
        ("Senior Financial Analyst", "Built quarterly forecasting models in Python."),
        ("Senior Financial Analyst", "Built time series forecasting models with Prophet."),
        ("Data Analyst", "Built quarterly forecasting models in Excel."),
    ],
)
def test_changers_forecasting_with_code_or_by_an_analyst_of_data_is_technical(
    profile_of: ProfileOf, title: str, bullet: str
) -> None:
    [job] = profile_of(FINANCE.format(title=title, bullet=bullet), "resume").experience.jobs
    assert job.technical is True


RETURNER = """\
Helen Marsh

Experience
Data Analyst, Acme    Apr 2023 - Present
- SQL and Python.
{entry}
- Completed the Coursera Machine Learning Specialization.
Data Scientist, Beta    2015 - 2019
- Python models.
"""


@pytest.mark.parametrize(
    "entry",
    [
        "Time out to care for family    2020 - 2023",
        "Time off to raise my children, 2020 - 2023",
        "Caring responsibilities    Jan 2020 - Mar 2023",
        "Break to care for a parent | 2020 - 2023",
    ],
)
def test_changers_time_out_to_care_is_no_work(profile_of: ProfileOf, entry: str) -> None:
    profile = profile_of(RETURNER.format(entry=entry), "resume")
    assert len(profile.experience.jobs) == 2
    assert profile.experience.years < 8.5


@pytest.mark.parametrize(
    "entry",
    ["Time Series Analyst, Gamma    2020 - 2023", "Family Support Worker, Leeds  2020 - 2023"],
)
def test_changers_a_job_named_with_those_words_is_work(profile_of: ProfileOf, entry: str) -> None:
    profile = profile_of(RETURNER.format(entry=entry), "resume")
    assert len(profile.experience.jobs) == 3


PROJECTS_FIRST = """\
Sam Lee
sam@example.com

{heading}
Churn model for a telco dataset - Python, XGBoost    Mar 2025 - Apr 2025
- Built features in pandas.

Experience
Store Manager, Target    2015 - 2024
- Managed a team of 30.
"""


@pytest.mark.parametrize(
    "heading",
    ["CAPSTONE PROJECT", "Portfolio Projects", "Independent Projects", "Side Projects",
     "Machine Learning Projects", "Technical Projects"],
)  # fmt: skip
def test_changers_a_changers_project_headings_hold_no_jobs(
    profile_of: ProfileOf, heading: str
) -> None:
    profile = profile_of(PROJECTS_FIRST.format(heading=heading), "resume")
    assert profile.sections[0].name == "projects"
    assert [job.title for job in profile.experience.jobs] == ["Store Manager, Target"]
    assert not profile.experience.relevant_years
    assert {"Python", "XGBoost", "pandas"} <= {hit.name for hit in profile.skills}
