"""Relevant experience: the level reads the years of technical jobs; all dated work stays in
`experience.years`. Every text here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

TEACHER = """Experience
Junior Data Analyst — Larkspur Freight
Mar 2026 - Present
- Built weekly demand reports in Python and SQL.

Chemistry Teacher — Oakvale Secondary School
Sep 2017 - Jun 2025
- Taught chemistry to grades 10-12 and ran the science fair.
- Kept grades in Microsoft Excel.

Education
Data Science Bootcamp, Northgate Academy, Jul 2025 - Jan 2026
BSc Chemistry, 2013 - 2017
"""
SUPPORT_LEAD = """Experience
Customer Support Lead, Harbor Telecom
Jan 2020 - Present
- Managed a team of 6 agents answering 400 tickets a week.

Customer Support Agent, Harbor Telecom
Jan 2018 - Dec 2019
- Answered billing questions by phone and email.

Education
BA History, 2017
"""
POSTDOC = """Experience
Postdoctoral Researcher, Centre for Learning Systems
Jan 2025 - Present
- Trained graph neural networks in PyTorch for protein property prediction.

Teaching Assistant, Department of Physics
Oct 2018 - Sep 2023
- Led weekly tutorials on classical mechanics.

Education
PhD Physics, 2018 - 2024
"""
STUDENT = """Education
MSc Computer Science, Rhine Technical University, expected 2028
BSc Computer Science, Rhine Technical University, 2021 - 2025

Experience
Research Assistant, Chair of Data Analytics
Oct 2025 - Present
- Fine-tuned transformer models in PyTorch for text classification.

Teaching Assistant, Introduction to Programming
Apr 2024 - Sep 2025
- Graded Python exercises.

Machine Learning Intern, Voltwerk
Jun 2024 - Sep 2024
- Built anomaly detection models with scikit-learn.
"""
WORKING_STUDENT = """Experience
Working Student Data Engineering
Nordlicht Retail SE, Hamburg
Oct 2025 - Present (part-time, 20 h/week)
- Built Airflow pipelines in Python and SQL.

Education
BSc Computer Science, 2021 - 2024
"""


def test_a_career_changers_level_reads_the_technical_years(profile_of: ProfileOf) -> None:
    experience = profile_of(TEACHER, doc_type="resume").experience
    assert experience.years == 8.6  # all dated work, as before; the bootcamp is no work
    assert experience.relevant_years == 0.8
    assert experience.level == "entry"
    assert experience.level_evidence[0] == "8.6 years of work, 0.8 in technical roles"
    [analyst, teacher] = experience.jobs
    assert (analyst.technical, teacher.technical, teacher.why) == (True, False, "teaching")


def test_a_lead_outside_technical_work_is_no_senior(profile_of: ProfileOf) -> None:
    experience = profile_of(SUPPORT_LEAD, doc_type="resume").experience
    assert experience.years == 8.9
    assert experience.relevant_years == 0.0
    assert experience.level == "entry"  # not "senior" for "Lead" and "managed a team"
    assert not any(e.startswith(("title", "scope")) for e in experience.level_evidence)


def test_teaching_during_a_phd_does_not_count_toward_the_level(profile_of: ProfileOf) -> None:
    experience = profile_of(POSTDOC, doc_type="resume").experience
    # five years as a teaching assistant, a student's post, count at half their time
    assert (experience.years, experience.relevant_years) == (4.4, 1.9)
    assert experience.level == "entry"
    longer = POSTDOC.replace("Jan 2025 - Present", "Jan 2024 - Present")
    assert profile_of(longer, doc_type="resume").experience.level == "mid"


def test_a_student_with_only_student_jobs_reads_as_intern(profile_of: ProfileOf) -> None:
    experience = profile_of(STUDENT, doc_type="resume").experience
    assert experience.level == "intern"
    assert experience.level_evidence[-1] == "master in progress, only student jobs"
    graduate = STUDENT.replace("expected 2028", "2025 - 2026")
    assert profile_of(graduate, doc_type="resume").experience.level != "intern"


def test_working_student_is_a_title_and_work_terms_are_none(profile_of: ProfileOf) -> None:
    experience = profile_of(WORKING_STUDENT, doc_type="resume").experience
    assert experience.titles == ["Working Student Data Engineering"]
    assert experience.level == "intern"
    assert "title: Working Student Data Engineering" in experience.level_evidence


@pytest.mark.parametrize(
    "text",
    [
        # no title that names a role: the job cannot be judged
        "Experience\nAcme GmbH, Berlin  2016 – 2024\n- Ran the Berlin office\n",
        # jobs run together on one line, as a flattened PDF gives them
        "Experience\nCashier 2010 - 2015  Store Clerk 2015 - 2019\n",
    ],
)
def test_jobs_not_told_apart_count_all_dated_work(profile_of: ProfileOf, text: str) -> None:
    experience = profile_of(text, doc_type="resume").experience
    assert experience.relevant_years is None
    assert experience.level == "senior"
    assert experience.level_evidence[0].endswith("years of work in dated roles")


ML_POSTING = """Title: Machine Learning Engineer

Requirements
- 3+ years of experience
- Python and SQL
"""
DISPATCH_POSTING = """Title: Dispatch Supervisor

Requirements
- 3+ years of experience
- Scheduling and customer service
"""


def _experience_detail(resume: Profile, posting: Profile, options: Options) -> str:
    report = compare(resume, posting, options)
    return next(c.detail for c in report.components if c.name == "experience")


def test_a_technical_posting_asks_its_years_of_technical_jobs(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(TEACHER, doc_type="resume", name="r.txt")
    ml = profile_of(ML_POSTING, doc_type="posting", name="ml.txt")
    other = profile_of(DISPATCH_POSTING, doc_type="posting", name="other.txt")
    assert (ml.posting and ml.posting.technical, other.posting and other.posting.technical) == (
        True,
        False,
    )
    shown = "asks for 3+ years, resume shows 0.8 in technical roles (8.6 in all)"
    assert _experience_detail(resume, ml, options) == shown
    assert _experience_detail(resume, other, options) == "asks for 3+ years, resume shows 8.6"


BARISTA = """Experience
Freelance Web Developer
Jan 2024 - Present
- Built shops for small businesses with React and PostgreSQL.

Barista, Corner Coffee
Mar 2019 - Dec 2023
- Opened the café and trained new staff.

Education
BA Philosophy, 2018
"""
PROMOTED = """Experience
Nordbank AB
Jan 2012 - Present
Machine Learning Engineer, Jan 2021 - Present
- Deployed fraud models with PyTorch.
Bank Teller, Jan 2012 - Dec 2020
- Cash handling and customer service.
"""


@pytest.mark.parametrize(
    ("text", "relevant", "untold"),
    [
        # a title the role words do not know, among jobs that are judged
        (BARISTA, 2.9, "Barista, Corner Coffee"),
        # a company's name and its dates above the roles held in it
        (PROMOTED, 5.9, "Nordbank AB"),
    ],
)
def test_a_job_with_no_technical_sign_does_not_count_beside_judged_jobs(
    profile_of: ProfileOf, text: str, relevant: float, untold: str
) -> None:
    experience = profile_of(text, doc_type="resume").experience
    assert experience.relevant_years == relevant
    job = next(job for job in experience.jobs if job.title == untold)
    assert (job.technical, job.why) == (False, "no technical title or skill")


CIVIL = """Experience
Civil Engineer, Stonebridge Infrastructure
Jun 2013 - Present
- Designed drainage systems in AutoCAD and led site inspections.
"""


def test_a_design_or_site_engineer_of_machines_is_judged_by_its_lines(
    profile_of: ProfileOf,
) -> None:
    text = CIVIL.replace("Civil Engineer,", "Mechanical Design Engineer,")
    assert profile_of(text, doc_type="resume").experience.relevant_years == 0.0


def test_engineering_of_machines_and_buildings_is_judged_by_its_lines(
    profile_of: ProfileOf,
) -> None:
    experience = profile_of(CIVIL, doc_type="resume").experience
    assert (experience.relevant_years, experience.level) == (0.0, "entry")
    coding = CIVIL.replace("in AutoCAD", "in Python")
    assert profile_of(coding, doc_type="resume").experience.relevant_years == 13.5


@pytest.mark.parametrize(
    ("title", "technical"),
    [
        ("Senior Mechanical Engineer", False),
        ("Electrical Engineering Intern", False),
        ("IT Support Specialist", False),
        ("Data Entry Clerk", False),
        ("Locomotive Engineer", False),
        ("Civil Site Engineer", False),
        ("Mechanical Design Engineer", False),
        ("Electrical Project Engineers", False),
        ("Data Engineer", True),
        ("Mechanical Software Engineer", True),
        ("Technical Support Engineer", True),
        ("Research Scientist, Immunology", False),
        ("Applied Scientist", True),
        ("ML Scientist", True),
        # a field of machine learning names the work as "ML" does
        ("Research Intern - Computer Vision", True),
        ("NLP Researcher", True),
        ("Deep Learning Research Intern", True),
        ("Artificial Intelligence Researcher", True),
        ("Research Intern, Oncology", False),
        ("Speech Therapist", False),
    ],
)
def test_a_postings_title_says_whether_it_is_technical_work(
    profile_of: ProfileOf, title: str, technical: bool
) -> None:
    text = f"Title: {title}\n\nRequirements\n- 3+ years of experience\n"
    posting = profile_of(text, doc_type="posting", name="p.txt").posting
    assert posting is not None and posting.technical is technical


DATES_FIRST = """Experience
Jan 2021 - Present
Data Scientist
Kestrel Analytics, Berlin
- Built churn models in Python.

Mar 2017 - Dec 2020
Sales Associate
Kaufhaus Mitte, Berlin
- Sold electronics.
"""
COMPANY_FIRST = """Experience
Brightwave Systems, Boston                     Jan 2021 - Present
Senior Data Scientist
- Built pricing models.

Harbor Shipping, Boston                        Jun 2015 - Dec 2020
Led a team of five dispatchers
"""


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (DATES_FIRST, ["Data Scientist", "Sales Associate"]),
        # a company beside the dates and the title under them; a line of prose is no title
        (COMPANY_FIRST, ["Senior Data Scientist", "Harbor Shipping, Boston"]),
    ],
)
def test_a_title_under_the_dates_names_the_job(
    profile_of: ProfileOf, text: str, titles: list[str]
) -> None:
    experience = profile_of(text, doc_type="resume").experience
    assert [job.title for job in experience.jobs] == titles
    assert experience.relevant_years == 5.9


def test_teaching_that_shows_hands_on_work_is_technical(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\nGraduate Teaching Assistant, Huron Tech\nSep 2023 - Aug 2025\n"
        "- Wrote autograded Python assignments for an introductory ML course\n",
        doc_type="resume",
    )
    [assistant] = resume.experience.jobs
    assert assistant.technical and assistant.why.startswith("teaching with")


WET_LAB = """Experience
Research Scientist, Immunology — Alder Biologics
Jan 2019 - Dec 2024
- Ran flow cytometry panels and ELISA assays on patient samples.

Data Analyst — Alder Biologics
Jan 2025 - Present
- Built dashboards in SQL.
"""


def test_a_scientist_is_technical_work_by_a_computing_word_or_its_lines(
    profile_of: ProfileOf,
) -> None:
    lab = profile_of(WET_LAB, doc_type="resume").experience
    assert [job.technical for job in lab.jobs] == [False, True]
    coding = WET_LAB.replace("Ran flow cytometry panels", "Trained models in PyTorch")
    assert profile_of(coding, doc_type="resume").experience.jobs[0].technical is True
    applied = WET_LAB.replace("Research Scientist, Immunology", "Applied Scientist")
    assert profile_of(applied, doc_type="resume").experience.jobs[0].technical is True
