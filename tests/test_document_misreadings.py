"""Misreadings of documents a careful reader would not make: a job's sub-line taken for an
academic heading, a table of skills with their years taken for jobs, Word's merged cells and
even-page headers, Latin American degree titles, and a wish wrapped over two lines."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

# -- 1. a one-word academic heading as a line inside a job -----------------------------------


def _two_jobs(sub_line: str, heading: str = "EXPERIENCE") -> str:
    return (
        f"Dana Whitfield\ndana@example.com\n\n{heading}\n"
        "Senior Data Scientist, Northwind Analytics\nJan 2020 - Dec 2024\n"
        f"- Built churn models in Python\n{sub_line}\n- Ran monthly meetups for students\n"
        "Data Analyst, Contoso Retail\nMar 2016 - Dec 2019\n- Wrote SQL reports\n\n"
        "EDUCATION\nB.Sc. Computer Science, State University, 2015\n"
    )


@pytest.mark.parametrize("sub_line", ["Outreach", "Grants", "Service", "Teaching"])
@pytest.mark.parametrize("heading", ["EXPERIENCE", "Experience"])
def test_a_one_word_academic_heading_between_a_jobs_bullets_keeps_the_next_job(
    profile_of: Callable[..., Profile], sub_line: str, heading: str
) -> None:
    resume = profile_of(_two_jobs(sub_line, heading), "resume")
    assert [s.heading for s in resume.sections] == [heading, "EDUCATION"]
    assert [job.title for job in resume.experience.jobs] == [
        "Senior Data Scientist, Northwind Analytics",
        "Data Analyst, Contoso Retail",
    ]
    assert resume.experience.years == pytest.approx(8.8, abs=0.1)


def test_a_line_styled_unlike_the_capitalised_headings_is_a_jobs_sub_line(
    profile_of: Callable[..., Profile],
) -> None:
    text = _two_jobs("Outreach").replace("- Ran monthly", "Ran monthly")
    resume = profile_of(text, "resume")
    assert [s.heading for s in resume.sections] == ["EXPERIENCE", "EDUCATION"]


@pytest.mark.parametrize(
    "block",
    [
        # set apart by a blank line, or in capitals as the other headings are
        "\nOutreach\n- Taught Python at a girls' coding club\n",
        "OUTREACH\n- Taught Python at a girls' coding club\n",
    ],
)
def test_an_outreach_heading_after_the_jobs_still_opens_its_section(
    profile_of: Callable[..., Profile], block: str
) -> None:
    cv = profile_of(
        "EXPERIENCE\nData Scientist, Northwind Analytics\nJan 2020 - Dec 2024\n"
        f"- Built churn models in Python\n{block}\nEDUCATION\nPh.D. Statistics, 2019\n",
        "resume",
    )
    assert [s.name for s in cv.sections] == ["experience", "interests", "education"]


def test_an_outreach_heading_over_an_entry_in_a_cv_of_alike_headings_opens_its_section(
    profile_of: Callable[..., Profile],
) -> None:
    cv = profile_of(
        "Experience\nData Scientist, Northwind Analytics\nJan 2020 - Dec 2024\n"
        "- Built churn models in Python\nOutreach\nCoding club volunteer, 2019 - 2021\n"
        "Education\nPh.D. Statistics, 2019\n",
        "resume",
    )
    assert [s.name for s in cv.sections] == ["experience", "interests", "education"]
