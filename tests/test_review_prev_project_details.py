"""An Indian resume's "Project details:" under each job's dates is a part of that job, not
the projects section the bare heading "Project details" opens: the later jobs and their
years had been lost to it."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

_JOBS = (
    "Ravi Kumar\nBengaluru | ravi@example.com\n\nProfessional Experience\n"
    "Senior Software Engineer, Infosys  Jan 2021 - Present\n{label}\n"
    "- Built payment APIs in Java and Spring Boot\n"
    "Software Engineer, TCS  Jun 2017 - Dec 2020\n{label}\n- Migrated reports to Power BI\n\n"
    "Education\nB.Tech in Computer Science, VIT 2013 - 2017\n"
)


@pytest.mark.parametrize("label", ["Project details:", "Project Details:", "Project details"])
def test_review_prev_project_details_under_each_job_keep_the_jobs(
    profile_of: ProfileOf, label: str
) -> None:
    profile = profile_of(_JOBS.format(label=label), "resume")
    titles = [job.title for job in profile.experience.jobs]
    assert titles == ["Senior Software Engineer, Infosys", "Software Engineer, TCS"]
    java = next(hit for hit in profile.skills if hit.id == "java")
    assert java.mentions[0].section == "experience"


def test_review_prev_a_project_details_section_stays_projects(profile_of: ProfileOf) -> None:
    text = (
        "Ayesha Khan\nLahore\n\nExperience\nSoftware Engineer, Arbisoft  Sep 2023 - Present\n"
        "- Built services in Python\n\nProject details\nLibrary management system in Java\n"
    )
    profile = profile_of(text, "resume")
    assert [section.name for section in profile.sections][-1] == "projects"
    java = next(hit for hit in profile.skills if hit.id == "java")
    assert java.mentions[0].section == "projects"
