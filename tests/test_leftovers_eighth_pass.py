"""Misreadings left by earlier passes: Jira's epics beside user stories, a row's label before a
guarded name, a cloud vendor's tools, a medical school's line ending with "MD", a joined
"Projects & Publications" heading."""

from __future__ import annotations

import pytest

from mlcareer.documents.sections import heading_name

from .posting_helpers import ProfileOf


def _listed(*items: str, title: str = "Product Analyst") -> str:
    return f"{title}\n\nRequirements\n" + "".join(f"- {item}\n" for item in items)


def _skill_ids(profile_of: ProfileOf, text: str, doc_type: str) -> set[str]:
    return {hit.id for hit in profile_of(text, doc_type).skills}


# 6. A joined heading of projects and papers


@pytest.mark.parametrize(
    "heading", ["Projects & Publications", "PROJECTS AND PUBLICATIONS", "Publications & Projects"]
)
def test_projects_and_publications_open_the_projects(heading: str) -> None:
    assert heading_name(heading) == "projects"


def test_a_projects_and_publications_entrys_dates_are_no_job(profile_of: ProfileOf) -> None:
    text = (
        "Jordan Lee\njordan@example.com\n\n"
        "Experience\nData Scientist, Acme, 2018 - 2022\n- Built models in Python.\n\n"
        "Projects & Publications\nChurn model, 2012 - 2016\n- Python, SQL.\n\n"
        "Education\nBSc Computer Science, MIT, 2018\n"
    )
    resume = profile_of(text, "resume")
    assert [s.name for s in resume.sections] == ["experience", "projects", "education"]
    assert resume.experience.years is not None and resume.experience.years < 5
