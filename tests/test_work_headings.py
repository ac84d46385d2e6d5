"""Resume headings that may hold jobs or not ("Leadership", "Research", "Other Experience"):
jobs under them count as work; clubs, volunteering and citations do not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.sections import find_sections
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

ML_JOB = "Experience\nMachine Learning Engineer, Northwind Analytics\nJul 2024 - Present\n"
EDUCATION = "Education\nM.S. Computer Science, Lakeview University, 2016\n"


def _work_ranges(profile: Profile) -> list[str]:
    return [r.text for r in profile.experience.ranges if r.section in ("experience", None)]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Research", "Graduate Research Assistant, Lakeview University Vision Lab"),
        ("RESEARCH", "Research Engineer, Halden Robotics Institute"),
        ("Leadership", "Engineering Manager, Copperleaf Systems"),
        ("Leadership Experience", "Director of Analytics, Tidewater Logistics"),
        ("Leadership & Activities", "Analytics Manager, Tidewater Logistics"),
        ("Other Experience", "Software Engineer, Lattice Payments"),
        ("Additional Experience", "Software Engineer, Lattice Payments"),
        ("Consulting", "Independent Data Consultant"),
    ],
)
def test_a_job_under_a_heading_that_may_hold_jobs_counts_as_work(
    profile_of: Callable[..., Profile], heading: str, title: str
) -> None:
    resume = profile_of(
        f"{ML_JOB}- Deployed models with Docker\n{EDUCATION}"
        f"{heading}\n{title}\nMar 2016 - Jun 2021\n- Trained PyTorch models in Python\n",
        "resume",
    )
    assert _work_ranges(resume) == ["Jul 2024 - Present", "Mar 2016 - Jun 2021"]
    assert title in resume.experience.titles


@pytest.mark.parametrize(
    ("heading", "entries"),
    [
        # a student's clubs and societies, however their offices are named
        ("Leadership", "President, Hillcrest Data Science Club\nSep 2019 - May 2021\n"),
        ("Leadership Experience", "Team Lead, Bayside Robotics Club\nSep 2018 - May 2021\n"),
        ("Leadership", "Treasurer, Hillcrest ACM\n2019 - 2021\n"),
        ("Leadership", "Team Lead, RoboHawks\n2019 - 2021\n- Led eight students\n"),
        ("Leadership", "Mentor, Girls Who Code\n2019 - 2021\n"),
        ("Leadership", "President, Hillcrest Data Science Association\nSep 2018 - May 2020\n"),
        ("Leadership", "Events Manager, Finance Committee, Hillcrest\n2019 - 2021\n"),
        ("Leadership Experience", "Team Lead, Hillcrest Hyperloop Team\n2019 - 2021\n"),
        # volunteering is no professional work, named as experience or not
        ("Volunteer Experience", "Volunteer Lead, City Food Bank\nJan 2010 - Present\n"),
        ("Leadership", "Volunteer Coordinator, City Food Bank\nJan 2010 - Present\n"),
        # a citation's years are no job's
        ("Research", "Tanaka, A. Robust speech models. Proceedings of Interspeech, 2019 - 2020.\n"),
        # a job beside a club: the section is not all jobs, it stays as it was
        (
            "Leadership",
            "Analytics Manager, Tidewater Logistics\n2016 - 2018\n"
            "President, Alumni Chess Club\n2018 - 2020\n",
        ),
    ],
)
def test_clubs_volunteering_and_citations_stay_out_of_work(
    profile_of: Callable[..., Profile], heading: str, entries: str
) -> None:
    resume = profile_of(f"{ML_JOB}- Deployed models\n{heading}\n{entries}{EDUCATION}", "resume")
    assert _work_ranges(resume) == ["Jul 2024 - Present"]
    assert resume.experience.level != "senior"


def test_a_club_lead_under_leadership_experience_is_no_senior_title(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Experience\nData Analyst, Bayside Health\nJun 2023 - Present\n- Wrote SQL reports\n"
        "Leadership Experience\nTeam Lead, Bayside Robotics Club\nSep 2018 - May 2022\n"
        "- Led eight students building a rover in C++\n"
        "Education\nB.S. Computer Science, Bayside University, 2022\n",
        "resume",
    )
    assert resume.experience.titles == ["Data Analyst, Bayside Health"]
    assert resume.experience.level != "senior"


def test_a_research_section_of_jobs_keeps_no_publications_of_its_own(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        f"{ML_JOB}Research\nResearch Assistant, Vale University\n2018 - 2021\n"
        "- Built speech models in PyTorch\n"
        "Publications\nNg, K. Robust speech models. Proceedings of Interspeech, 2020.\n",
        "resume",
    )
    names = [(s.heading, s.name) for s in resume.sections]
    assert names == [
        ("Experience", "experience"),
        ("Research", "experience"),
        ("Publications", "publications"),
    ]


@pytest.mark.parametrize("heading", ["Leadership Experience", "Other Experience", "Consulting"])
def test_headings_only_a_resume_uses_name_no_section_in_a_posting(heading: str) -> None:
    posting = f"Requirements\n- Python\n{heading}\n- Lead a team of five\n"
    assert [s.name for s in find_sections(posting, posting=True)] == ["requirements"]


def test_a_docx_resume_with_a_job_under_leadership_experience(
    tmp_path: Path, options: Options
) -> None:
    document = docx.Document()
    for line in (
        *ML_JOB.splitlines(),
        *EDUCATION.splitlines(),
        "Leadership Experience",
        "Engineering Manager, Silverline Payments",
        "Jan 2016 - Feb 2021",
        "- Managed six data engineers building Spark pipelines",
    ):
        document.add_paragraph(line)
    path = tmp_path / "resume.docx"
    document.save(str(path))
    resume = extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")
    assert _work_ranges(resume) == ["Jul 2024 - Present", "Jan 2016 - Feb 2021"]
