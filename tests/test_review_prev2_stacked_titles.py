"""A careers site's profile sets a job's title under its label ("Job Title", then "Data
Analyst") among the job's fields above its dates; a "Title" label inside the job before it,
over a project's name and that job's bullets, titles no later job. Texts written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_CV = """Priya Nair
priya@example.com

Experience
Senior Data Scientist, Acme Corp
Jan 2020 - Present
- Built churn models in Python
Title
Customer Lifetime Value Modeling
- Feature store with Feast
Data Analyst, Beta Group
Jun 2017 - Dec 2019
- Tableau dashboards
"""


def test_review_prev2_a_projects_title_label_titles_no_later_job(profile_of: ProfileOf) -> None:
    titles = [job.title for job in profile_of(_CV, "resume").experience.jobs]
    assert "Customer Lifetime Value Modeling" not in titles
    assert "Data Analyst, Beta Group" in titles


def test_review_prev2_a_profiles_job_title_label_still_titles(profile_of: ProfileOf) -> None:
    text = (
        "My Experience\n\nWork Experience 1\nJob Title\nData Analyst\nCompany\nAcme\n"
        "Location\nLeeds\nFrom\n06/2019\nTo\n05/2022\n"
    )
    titles = [job.title for job in profile_of(text, "resume").experience.jobs]
    assert titles == ["Data Analyst"]
