"""Resumes and postings that look like the informal posts of test_informal_postings.py but
are not read so: a job seeker's own words, a manager's bullet, a resume below a letter's
sign-off, and a posting's asks below its recruiter's "Best," (small texts written here)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import signature_start
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "cv",
    [
        # a seeker's summary and a freelancer's rate, all the resume says in a few lines
        "Looking for a role in data science.\nSkills: Python, SQL, Tableau\n"
        "Freelance data analyst, 2019 - Present. Rate: $80-100/hr\n",
        "Looking for a new position as an ML engineer.\nPython, PyTorch\n"
        "ML Engineer at Acme, 2020 - Present\n",
        # a manager's bullets
        "Sam Carter\nExperience\nData Lead at Beta, 2021 - Present\n"
        "- Hiring a team of 5 engineers; we use dbt and our stack is Snowflake\n"
        "- Wrote onboarding docs, DM me on LinkedIn for samples\n",
    ],
)
def test_a_resume_in_a_seekers_words_stays_a_resume(profile_of: ProfileOf, cv: str) -> None:
    assert profile_of(cv).doc_type == "resume"


RESUME_BELOW_A_LETTER = """Hello Dana,

Thanks for reaching out about the data role. If you're interested, here is a short summary.

Best,
Sam Carter
Data Scientist, Acme Corp, 2020 - Present: churn models in Python and XGBoost
Analyst, Beta Ltd, 2017 - 2020: SQL reporting and Tableau dashboards
MSc Statistics, 2015 - 2017
sam@example.com
"""


def test_a_work_history_below_a_sign_off_is_no_signature(profile_of: ProfileOf) -> None:
    assert signature_start(RESUME_BELOW_A_LETTER) is None
    assert profile_of(RESUME_BELOW_A_LETTER).doc_type == "resume"


def test_bulleted_asks_below_a_sign_off_are_no_signature(profile_of: ProfileOf) -> None:
    text = (
        "Senior ML Engineer\n\nRequirements\n- 5+ years of Python\n\nBest,\nJordan Blake\n"
        "- Must have Kubernetes in production\n- Experience with Spark required\n"
    )
    asks = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asks.get("kubernetes") == "required" and asks.get("apache-spark") == "required"


def test_a_recruiters_signature_is_still_one() -> None:
    mail = "Hi Robin,\n\nMy client needs a Data Scientist.\n\nBest,\nCasey Moore\nRecruiter\n"
    assert signature_start(mail) == mail.index("Best,")


@pytest.mark.parametrize(
    "post",
    [
        "Hiring a data engineer, Python + Spark, 2 yrs contract, Berlin. DM me",
        "Looking for a ML engineer for a 2 yrs project, PyTorch, remote",
        "Need a data analyst, SQL + Tableau, a 3 yrs old team, NYC",
    ],
)
def test_a_posts_term_in_years_is_no_years_asked(profile_of: ProfileOf, post: str) -> None:
    posting = profile_of(post + "\n", "posting").posting
    assert posting is not None and posting.years_required is None
