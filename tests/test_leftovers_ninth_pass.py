"""Misreadings left by earlier passes: Jira's epics beside user stories, a row's label before a
guarded name, a cloud vendor's tools, a medical school's line ending with "MD", a joined
"Projects & Publications" heading."""

from __future__ import annotations

from functools import partial

import pytest

from mlcareer.documents.sections import heading_name

from .posting_helpers import ProfileOf, listed
from .posting_helpers import asked as _asked

_listed = partial(listed, title="Product Analyst")


def _skill_ids(profile_of: ProfileOf, text: str, doc_type: str) -> set[str]:
    return {hit.id for hit in profile_of(text, doc_type).skills}


# 1. "Epic" as Jira's work item: the stories it holds stand beside it


@pytest.mark.parametrize(
    "line",
    [
        "Write user stories per Epic for our clinical app",
        "Break each Epic into stories for the patient portal team",
        "Groom the backlog: Epic, story and task hierarchy for our hospital clients",
    ],
)
def test_an_epic_of_stories_is_no_health_record(profile_of: ProfileOf, line: str) -> None:
    for doc_type in ("posting", "resume"):
        text = _listed(line) if doc_type == "posting" else f"Experience\n- {line}\n"
        assert "epic-ehr" not in _skill_ids(profile_of, text, doc_type), (doc_type, line)


@pytest.mark.parametrize(
    "line",
    [
        # near misses: the record's build, its reports and a story told about it
        "Write user stories for Epic build work with clinicians",
        "Gather requirements from clinicians and write stories; build Epic reports",
        "Experience with Epic and Cerner in a hospital setting",
        "User stories for the clinical team; Epic certification required",
    ],
)
def test_the_health_record_beside_stories_stays(profile_of: ProfileOf, line: str) -> None:
    assert "epic-ehr" in _skill_ids(profile_of, _listed(line), "posting"), line


# 2. A row's label before a guarded name that the row itself vouches for


@pytest.mark.parametrize(
    ("row", "skill"),
    [("Compute: Spark", "apache-spark"), ("Languages: Go", "go")],
)
def test_a_rows_label_before_a_guarded_name_is_no_term(
    profile_of: ProfileOf, row: str, skill: str
) -> None:
    asked = _asked(profile_of, _listed(row, "3+ years of Java", title="Backend Engineer"))
    assert not [key for key in asked if key.startswith("term:")], asked
    assert skill in asked, asked


@pytest.mark.parametrize(
    "row",
    [
        "Note: Spark plugs are replaced weekly",
        "Start: Spring 2025",
        "Compute: Zorblex",
    ],
)
def test_a_label_before_no_name_alone_reads_as_before(profile_of: ProfileOf, row: str) -> None:
    asked = _asked(profile_of, _listed(row, "3+ years of Java", title="Backend Engineer"))
    assert not {"apache-spark", "spring"} & set(asked), asked


# 3. A cloud vendor's tools named by example: the vendor stays asked


@pytest.mark.parametrize(
    ("line", "vendor", "tool"),
    [
        ("Experience with Azure tools like Synapse", "azure", "azure-synapse"),
        ("Azure tools such as Data Factory", "azure", "azure-data-factory"),
        ("Hands-on with AWS tools like Redshift", "aws", "redshift"),
    ],
)
def test_a_vendors_tools_keep_the_vendor_asked(
    profile_of: ProfileOf, line: str, vendor: str, tool: str
) -> None:
    asked = _asked(profile_of, _listed(line, "Python", title="Data Engineer"))
    assert {vendor, tool} <= set(asked), asked


def test_a_practices_tools_are_still_a_choice(profile_of: ProfileOf) -> None:
    # near miss: CI/CD is a practice, any of its tools meets it
    asked = _asked(profile_of, _listed("CI/CD tools such as Jenkins or GitHub Actions"))
    assert "ci-cd" not in asked or asked["ci-cd"].alternatives, asked


# 4. A school's line ending with "MD": the degree, or the state its neighbours write


def _education(profile_of: ProfileOf, education: str) -> list[str]:
    text = (
        "Jordan Lee\njordan@example.com\n\n"
        "Experience\nPhysician Scientist, Acme Health, 2016 - 2024\n- Built models in Python.\n\n"
        f"Education\n{education}\n"
    )
    return [degree.level for degree in profile_of(text, "resume").education.degrees]


@pytest.mark.parametrize(
    "education",
    [
        "Johns Hopkins University, MD\n2008 - 2012",
        "Johns Hopkins University School of Medicine, MD\n2012",
        "- Johns Hopkins University, MD\nMay 2012",
    ],
)
def test_a_schools_md_ending_its_line_above_its_years(
    profile_of: ProfileOf, education: str
) -> None:
    assert _education(profile_of, education) == ["phd"], education


@pytest.mark.parametrize(
    "education",
    [
        # other places written with their states beside it
        "Johns Hopkins University, MD\n2008 - 2012\nStanford University, CA\n2004 - 2008",
        "Rice University, TX\n2004 - 2008\nJohns Hopkins University, MD\n2008 - 2012",
        # a town, an employer, no year, a degree of no school below
        "Baltimore, MD\n2008 - 2012",
        "Research Assistant, Johns Hopkins University, MD\n2008 - 2012",
        "Johns Hopkins University, MD",
        "Johns Hopkins University, MD\nBS Biology, 2012",
        "Johns Hopkins University, MD\n2008 - 2012\nBS Biology",
    ],
)
def test_md_ending_a_line_stays_the_state(profile_of: ProfileOf, education: str) -> None:
    assert "phd" not in _education(profile_of, education), education


def test_a_postings_employer_in_maryland_asks_no_doctorate(profile_of: ProfileOf) -> None:
    text = "Data Scientist\nJohns Hopkins University, MD\n2024\n\nRequirements\n- Python\n"
    info = profile_of(text, "posting").posting
    assert info is not None and info.degree_required is None


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
