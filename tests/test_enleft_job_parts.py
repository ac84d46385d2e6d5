"""A sub-heading inside a job ("Key achievements:", "Accomplishments:", "Key projects:",
"Tech stack:") over some of its bullets, with another dated job after it: the job goes on,
and the next job is not lost to an awards, projects or skills section."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.models import Profile

from .pdf_rows import dejavu, rows_pdf

_TWO_JOBS = (
    "Jane Doe\nData Scientist\n\nEXPERIENCE\n\nSenior Data Scientist\nAcme Analytics, London\n"
    "March 2021 - Present\n- Built churn models in Python\n{heading}\n"
    "- Cut forecast error by 20% with LightGBM\n\nData Analyst\nBeta Retail, Manchester\n"
    "June 2017 - February 2021\n- Wrote SQL reports in Tableau\n\n"
    "EDUCATION\nMSc Data Science, University of Leeds, 2017\n\n"
    "ACHIEVEMENTS\n- Kaggle competition silver medal, 2019\n- Won a hackathon with PyTorch\n"
)


def _sections(profile: Profile) -> dict[str, set[str | None]]:
    return {hit.name: {m.section for m in hit.mentions} for hit in profile.skills}


@pytest.mark.parametrize(
    "heading",
    [
        *("Key achievements:", "Achievements:", "Accomplishments:", "Key Achievements"),
        *("Key projects:", "Tech stack:", "Highlights:"),
    ],
)
def test_a_sub_heading_inside_a_job_keeps_the_next_job(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    resume = profile_of(_TWO_JOBS.format(heading=heading), "resume")
    assert [job.title for job in resume.experience.jobs] == [
        "Senior Data Scientist",
        "Data Analyst",
    ]
    sections = _sections(resume)
    assert sections["LightGBM"] == {"experience"}
    assert sections["Tableau"] == {"experience"}
    # the real section at the end still opens
    assert sections["PyTorch"] == {"awards"}


def test_a_capitals_achievements_heading_after_the_jobs_opens_its_section(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(_TWO_JOBS.format(heading="- Led a team of four"), "resume")
    assert _sections(resume)["PyTorch"] == {"awards"}
    assert [job.title for job in resume.experience.jobs][-1] == "Data Analyst"


def test_an_awards_section_of_dated_scholarships_stays_awards(
    profile_of: Callable[..., Profile],
) -> None:
    # a scholarship's years are no job: the awards heading after the jobs still opens there
    resume = profile_of(
        "Jane Doe\n\nExperience\nData Analyst\nBeta Retail\nJune 2017 - February 2021\n"
        "- Wrote SQL reports in Tableau\nAchievements:\n- Merit scholarship with PyTorch work\n"
        "Merit Scholarship, University of Leeds\n2013 - 2016\n",
        "resume",
    )
    assert _sections(resume)["PyTorch"] == {"awards"}
    assert [job.title for job in resume.experience.jobs] == ["Data Analyst"]


def test_a_capitals_sub_heading_among_jobs_opens_its_section(
    profile_of: Callable[..., Profile],
) -> None:
    # set out as the section headings are, "KEY PROJECTS" heads a section of its own
    resume = profile_of(
        "Jane Doe\n\nEXPERIENCE\nData Analyst\nBeta Retail\nJune 2017 - February 2021\n"
        "- Wrote SQL reports\n\nKEY PROJECTS\nChurn model in PyTorch\nJan 2020 - Mar 2020\n",
        "resume",
    )
    assert _sections(resume)["PyTorch"] == {"projects"}


def test_a_pdfs_achievements_sub_heading_keeps_the_next_job(tmp_path: Path) -> None:
    # a PDF's text has no blank lines, and the dates stand flush right of each job's line
    from mlcareer.api import Options, extract

    rows = [
        ("Dana Whitfield", ""),
        ("EXPERIENCE", ""),
        ("Lead Data Scientist, Quarry Health", "Feb 2020 - Present"),
        ("- Clinical NLP models with spaCy", ""),
        ("Key achievements:", ""),
        ("- Cut triage time by 30% with a BERT classifier", ""),
        ("Data Scientist, Fernway Travel", "Sep 2016 - Jan 2020"),
        ("- Pricing models in scikit-learn", ""),
        ("EDUCATION", ""),
        ("MSc Statistics, University of Glasgow", "2015 - 2016"),
        ("AWARDS", ""),
        ("- Best poster with PyTorch, ML4H workshop, 2021", ""),
    ]
    path = rows_pdf(tmp_path, rows, dejavu(), 10, 6)
    resume = extract(path, Options(as_of=2022 * 12 + 8), "resume")
    assert [job.title for job in resume.experience.jobs] == [
        "Lead Data Scientist, Quarry Health",
        "Data Scientist, Fernway Travel",
    ]
    sections = _sections(resume)
    assert sections["scikit-learn"] == {"experience"}
    assert sections["PyTorch"] == {"awards"}


def test_the_last_jobs_achievements_stay_in_the_job(profile_of: Callable[..., Profile]) -> None:
    # a label with a colon right under the last job's bullets, over bullets only: the job's
    resume = profile_of(
        "Jane Doe\n\nEXPERIENCE\nData Analyst\nBeta Retail\nJune 2017 - February 2021\n"
        "- Wrote SQL reports\nKey achievements:\n- Cut churn 5% with LightGBM\n\n"
        "EDUCATION\nMSc Data Science, University of Leeds, 2017\n",
        "resume",
    )
    assert _sections(resume)["LightGBM"] == {"experience"}


@pytest.mark.parametrize(
    ("experience", "heading"),
    [
        ("Experience:", "Achievements:"),  # every heading set with a colon
        ("EXPERIENCE", "Achievements"),  # no colon: the heading may be the page's
    ],
)
def test_an_achievements_section_after_the_last_job_opens(
    profile_of: Callable[..., Profile], experience: str, heading: str
) -> None:
    resume = profile_of(
        f"Jane Doe\n\n{experience}\nData Analyst\nBeta Retail\nJune 2017 - February 2021\n"
        f"- Wrote SQL reports\n{heading}\n- Won a hackathon with LightGBM\n",
        "resume",
    )
    assert _sections(resume)["LightGBM"] == {"awards"}
