"""The resume-or-posting guess on documents that borrow the other kind's words: the resumes of
people who hire (full of "candidates", "job postings", "benefits"), a cover letter, and
postings that hold someone's dated career or address no one by name. Small texts written
here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract import MISREAD
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

# An agency recruiter: the jobs' bullets say what a posting says, but they are the work done
AGENCY_RECRUITER = """Robin Achebe
Recruitment Consultant, Data
robin.achebe@example.com

Profile
Recruiter reaching out to passive candidates about an exciting opportunity; I handle
applicants through to offer and negotiate salary, bonus and benefits.

Career

Senior Recruitment Consultant, Talentwell
Apr 2020 - Present
- Placed 31 candidates with my client base in insurance
- Wrote each job description and screened applicants against the must-have skills

Recruitment Consultant, Peoplebridge
Sep 2017 - Mar 2020
- Ran "we are hiring" campaigns for two clients

Education
BSc Economics, University of Leeds, 2017
"""

# An HR generalist whose every job has its "Key Responsibilities:" right below its dates
HR_GENERALIST = """Noor Haddad
HR Generalist, Tucson

Qualifications
Six years in HR; strong in benefits administration, recruiting and onboarding.

Career History

HR Generalist, Saguaro Clinics
2020 - 2024
Key Responsibilities:
- Posted job openings and screened applicants
- Ran benefits enrollment for 900 employees

HR Assistant, Mesa Castings
2017 - 2020
Key Responsibilities:
- Booked interviews with candidates

Education
BA Business, University of Arizona, 2017
"""

# A posting whose hiring manager's career is set out as a resume would set it out
MANAGER_BIO_POSTING = """Staff Machine Learning Engineer
Quillon Media, New York

Your hiring manager
Dana Ruiz, Director of ML
Experience
Director of ML, Quillon Media - 2021 - present
Principal Engineer, Streamly - 2016 - 2021
Senior Engineer, Vidcast - 2012 - 2016
Education
PhD Computer Science, Cornell University, 2012

The role
You will lead the design of our recommender and mentor a team of six.

What you need
- 8+ years of software engineering, 4+ in ML systems
"""

FREELANCE_GIG = """Freelance NLP engineer needed for a 6 week contract

A small legal-tech startup looking for a freelancer to fine-tune a clause classifier.
Fixed budget, fully remote.

Ideal freelancer: has shipped NLP work before and knows PyTorch.
Send your rate and two past projects.
"""

COVER_LETTER = """Mira Santos
mira.santos@example.com

Dear Hiring Manager,

I am writing to apply for the Data Scientist opening. The posting asks for candidates who
know Python and experimentation, and that is the work I have done for four years.

Your benefits and your mentoring culture drew me to apply.

Sincerely,
Mira Santos
"""


@pytest.mark.parametrize("text", [AGENCY_RECRUITER, HR_GENERALIST, COVER_LETTER])
def test_a_resume_with_a_postings_words_reads_as_a_resume(
    shared_profile_of: ProfileOf, text: str
) -> None:
    assert shared_profile_of(text).doc_type == "resume"


def test_a_hiring_resume_keeps_its_jobs_and_years(shared_profile_of: ProfileOf) -> None:
    profile = shared_profile_of(AGENCY_RECRUITER)
    assert len(profile.experience.ranges) == 2
    assert profile.experience.years > 5


@pytest.mark.parametrize("text", [MANAGER_BIO_POSTING, FREELANCE_GIG])
def test_a_posting_that_looks_like_a_resume_reads_as_a_posting(
    profile_of: ProfileOf, text: str
) -> None:
    assert profile_of(text).doc_type == "posting"


@pytest.mark.parametrize("text", [AGENCY_RECRUITER, HR_GENERALIST, COVER_LETTER])
def test_a_hiring_resume_given_as_a_posting_is_warned_of(profile_of: ProfileOf, text: str) -> None:
    assert MISREAD["posting"] in profile_of(text, "posting").warnings
    assert MISREAD["resume"] not in profile_of(text, "resume").warnings


@pytest.mark.parametrize("text", [MANAGER_BIO_POSTING, FREELANCE_GIG])
def test_a_resume_like_posting_given_as_a_resume_is_warned_of(
    profile_of: ProfileOf, text: str
) -> None:
    assert MISREAD["resume"] in profile_of(text, "resume").warnings
    assert MISREAD["posting"] not in profile_of(text, "posting").warnings


def test_responsibilities_under_a_postings_own_heading_still_count(profile_of: ProfileOf) -> None:
    # no dated job above it: the posting's own section
    posting = "Data Analyst\n\nResponsibilities\n- Build reports in SQL\n\nBenefits\n- Remote\n"
    assert profile_of(posting).doc_type == "posting"


# The company's dates stand right above the posting's own heading: no job of a resume's
TIMELINE_POSTING = """ML Engineer, Vision
Ferrous Robotics

Our story
2015 - 2018: founded in a university lab
2018 - present: Series A; robots in 40 warehouses

The job
You will train detection models for our robots.
You have 3+ years of PyTorch. We offer equity and health cover.
"""


def test_a_postings_heading_below_its_companys_dates_still_counts(profile_of: ProfileOf) -> None:
    assert profile_of(TIMELINE_POSTING).doc_type == "posting"


# A guess on a close vote says so, and how to settle it; a clear guess, or one with little
# evidence either way (a few lines), says nothing.


@pytest.mark.parametrize(
    ("text", "kind", "other"),
    [(AGENCY_RECRUITER, "resume", "posting"), (MANAGER_BIO_POSTING, "posting", "resume")],
)
def test_a_close_guess_is_warned_of(
    profile_of: ProfileOf, text: str, kind: str, other: str
) -> None:
    profile = profile_of(text)
    assert profile.doc_type == kind
    [warning] = [w for w in profile.warnings if "close" in w]
    assert kind in warning and f"--as {other}" in warning


@pytest.mark.parametrize("text", [FREELANCE_GIG, "Jane Doe\nPython, SQL\n"])
def test_a_clear_or_thin_guess_is_not_warned_of(profile_of: ProfileOf, text: str) -> None:
    assert not [w for w in profile_of(text).warnings if "close" in w]


def test_a_kind_given_is_never_a_close_call(profile_of: ProfileOf) -> None:
    assert not [w for w in profile_of(AGENCY_RECRUITER, "resume").warnings if "close" in w]


# -- near misses: a resume that speaks to its reader, a header that needs no sponsorship ----

# A summary in the second person that speaks of its writer ("you'll find me"), on two lines
SECOND_PERSON_SUMMARY = """Ana Ruiz
ana.ruiz@example.com

Summary
You will find me in SQL and Tableau all day.
You'll love my dashboards; my managers say you can hand me anything.

Skills
Python, SQL, Tableau
"""

# A one-line profile under a header that needs no sponsorship: no gig's title line
NO_SPONSORSHIP_HEADER = "Ana Ruiz | Data Analyst | No visa sponsorship needed\nSQL, Tableau\n"


@pytest.mark.parametrize("text", [SECOND_PERSON_SUMMARY, NO_SPONSORSHIP_HEADER])
def test_a_resume_that_addresses_its_reader_reads_as_a_resume(
    profile_of: ProfileOf, text: str
) -> None:
    assert profile_of(text).doc_type == "resume"


def test_a_gigs_title_line_still_reads_as_a_posting(profile_of: ProfileOf) -> None:
    assert profile_of("Wanted: data analyst for a 3 month contract\nSQL, Tableau\n").doc_type == (
        "posting"
    )


# A posting won by a vote, whose "you will" sentence wraps over two lines (a posting's wraps
# are joined before it is read): the warning names the kind it was read as
WRAPPED_CLOSE_POSTING = """Data Scientist

Experience
Three years of forecasting work.

Education
Any degree.

The role
You will build forecasting models for our retail clients and
you will present them to the leadership team each quarter.
We offer equity.
"""


def test_a_close_calls_warning_names_the_kind_read(profile_of: ProfileOf) -> None:
    profile = profile_of(WRAPPED_CLOSE_POSTING)
    [warning] = [w for w in profile.warnings if "close" in w]
    assert profile.doc_type == "posting"
    assert "read as a posting" in warning and "--as resume" in warning
