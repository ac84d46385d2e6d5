"""A job set out dates first, as hh.ru and some European CVs do: the dates, the job's length,
the employer (maybe with its town and web site) and then the title, over the bullets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile


def _dates_first(between: str, title: str = "Senior Data Scientist") -> str:
    return (
        "Alex Morgan\nalex@example.com\n\nWork experience\n\nMarch 2019 — present\n"
        f"3 years 6 months\n{between}{title}\n- Built ranking models in PyTorch\n"
        "- Mentored two junior analysts\n\n"
        "June 2016 — February 2019\n2 years 9 months\nNorthwind Bank\nData Analyst\n"
        "- SQL reporting in Tableau\n\n"
        "Education\nMSc Applied Mathematics, University of Leeds, 2016\n"
    )


@pytest.mark.parametrize(
    "between",
    [
        "Acme Analytics\n",
        "\nAcme Analytics\n",  # a blank line after the job's length
        "Acme Analytics\nLondon, acmeanalytics.co.uk\n",  # the employer's town and site
    ],
)
def test_a_title_below_the_dates_length_and_employer(
    profile_of: Callable[..., Profile], between: str
) -> None:
    resume = profile_of(_dates_first(between), "resume")
    assert [job.title for job in resume.experience.jobs] == [
        "Senior Data Scientist",
        "Data Analyst",
    ]


@pytest.mark.parametrize("title", ["Head of Analytics", "Team Lead"])
def test_a_rank_below_the_dates_and_employer_is_the_title(
    profile_of: Callable[..., Profile], title: str
) -> None:
    resume = profile_of(_dates_first("Acme Analytics\n", title), "resume")
    assert resume.experience.jobs[0].title == title


def test_an_employer_named_for_a_product_below_the_dates_is_no_skill(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(_dates_first("\nDatabricks\n"), "resume")
    assert "Databricks" not in {hit.name for hit in resume.skills}
    assert resume.experience.jobs[0].title == "Senior Data Scientist"


@pytest.mark.parametrize(
    "text",
    [
        # title above the employer, dates below
        "Jo Park\n\nExperience\nSenior Data Scientist\nAcme Analytics\nMarch 2019 - Present\n"
        "- Built models in PyTorch\n",
        # "Title, Employer" then the dates
        "Jo Park\n\nExperience\nSenior Data Scientist, Acme Analytics\nMarch 2019 - Present\n"
        "- Built models in PyTorch\n",
        # one line
        "Jo Park\n\nExperience\nAcme Analytics | Senior Data Scientist | March 2019 - Present\n"
        "- Built models in PyTorch\n",
        # the employer above the dates, the title below
        "Jo Park\n\nExperience\nAcme Analytics\nMarch 2019 - Present\nSenior Data Scientist\n"
        "- Built models in PyTorch\n",
    ],
)
def test_common_job_layouts_keep_their_titles(
    profile_of: Callable[..., Profile], text: str
) -> None:
    resume = profile_of(text, "resume")
    [job] = resume.experience.jobs
    assert job.title is not None and "Senior Data Scientist" in job.title


def test_a_blank_line_after_the_dates_alone_still_ends_the_entry(
    profile_of: Callable[..., Profile],
) -> None:
    # no job's length between: the paragraph after the blank line is no title line
    resume = profile_of(
        "Jo Park\n\nExperience\nAcme Analytics, March 2019 - Present\n\nSenior Data Scientist\n"
        "- Built models in PyTorch\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Acme Analytics"]
