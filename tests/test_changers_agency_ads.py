"""Agency job ads and graduate schemes: the client's investors, the school grades asked and a
returnship's time away."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _asked(profile: Profile) -> dict[str, str]:
    return {req.name: req.importance for req in profile.requirements}


AD = """\
Machine Learning Engineer - Fintech - London

Our client, a leading fintech scale-up {backed}, is looking for a Machine Learning Engineer.

Key Skills:
- 3+ years of commercial experience in machine learning
- Strong Python and SQL
{line}
"""


@pytest.mark.parametrize(
    "backed", ["backed by top-tier VCs", "funded by leading VCs and angels", "with two VCs"]
)
def test_changers_venture_capitalists_are_no_version_control(
    profile_of: ProfileOf, backed: str
) -> None:
    asked = _asked(profile_of(AD.format(backed=backed, line=""), "posting"))
    assert "Version control" not in asked
    assert asked["Python"] == "required"


@pytest.mark.parametrize(
    "line",
    ["- Experience with a VCS such as Git or SVN", "- Version control (VCS)", "- vcs, git, jira"],
)
def test_changers_a_version_control_system_is_still_asked(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of(AD.format(backed="backed by VCs", line=line), "posting"))
    assert asked["Version control"] == "required"


SCHEME = """\
Graduate Data Scientist - 2027 Graduate Programme

Requirements
- A 2:1 degree in a numerate subject such as Maths, Physics or Economics
- Some experience of coding in Python or R
{line}
"""


@pytest.mark.parametrize(
    "line", ["- Minimum 120 UCAS points", "- 128 UCAS tariff points or equivalent", "- UCAS: 112"]
)
def test_changers_ucas_points_are_a_grade_not_a_term(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of(SCHEME.format(line=line), "posting"))
    assert not any("UCAS" in name for name in asked)
    assert asked["Python"] == "required"


RETURNSHIP = """\
Returnship: Data Scientist

What we're looking for
- A career break of at least 18 months at the time of applying
- 3+ years of prior experience in {field} before your break
- Python and SQL
"""


@pytest.mark.parametrize(
    ("field", "term"),
    [("Zorblex", "Zorblex"), ("data science or analytics", "analytics")],
)
def test_changers_the_time_of_a_returnships_years_is_no_part_of_the_term(
    profile_of: ProfileOf, field: str, term: str
) -> None:
    posting = profile_of(RETURNSHIP.format(field=field), "posting")
    asked = {req.name: req for req in posting.requirements}
    assert asked[term].years == 3.0
    assert not any("break" in name for name in asked)


CONTRACT_AD = """\
Senior Data Scientist - Contract - Inside IR35

Rate: £500 - £550 per day via umbrella
Job Ref: JS-88213

Key Requirements:
- Strong experience in Python and SQL
- Pricing experience with GLMs and GBMs

{notice}
"""


@pytest.mark.parametrize(
    "notice",
    [
        "Harvey Nash is an equal opportunities employer. Harvey Nash acts as an employment agency\n"
        "for permanent roles and an employment business for contract roles. Visit our website for\n"
        "Java, SAP and Salesforce contract opportunities.",
        "Quuxstaff act as an employment business for this vacancy. We also place Java and SAP\n"
        "contractors.",
    ],
)
def test_changers_an_agency_that_acts_as_one_asks_nothing_after(
    profile_of: ProfileOf, notice: str
) -> None:
    asked = _asked(profile_of(CONTRACT_AD.format(notice=notice), "posting"))
    assert not {"Java", "SAP", "Salesforce"} & set(asked)
    assert asked["Python"] == "required"
    assert asked["Gradient boosting"] == "required"  # "GBMs", as "GBM"
    assert "GBMs" not in asked


def test_changers_a_paragraph_after_the_list_still_asks_without_the_agencys_words(
    profile_of: ProfileOf,
) -> None:
    # near miss: a paragraph that names no agency still asks what it says is required
    notice = "The team acts as the bridge to underwriting.\n- Java is required."
    asked = _asked(profile_of(CONTRACT_AD.format(notice=notice), "posting"))
    assert asked["Java"] == "required"


INTERNSHIP = """\
Software Engineering Intern, Machine Learning

Requirements
{line}
- Python
"""


@pytest.mark.parametrize(
    "line",
    [
        "- Final-year undergraduate or recent graduate (graduated within the last 12 months)",
        "- Final year students welcome",
        "- Penultimate-year undergraduates in Computer Science",
    ],
)
def test_changers_a_students_year_is_no_term(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of(INTERNSHIP.format(line=line), "posting"))
    assert not any("year" in name.lower() for name in asked)
    assert asked["Python"] == "required"


@pytest.mark.parametrize(
    "line",
    [
        "- Must be in your final year of a Bachelor's degree in Computer Science",
        "- You are in the penultimate year of a BSc in Mathematics",
    ],
)
def test_changers_a_final_year_of_a_degree_asks_a_current_student(
    profile_of: ProfileOf, line: str
) -> None:
    posting = profile_of(INTERNSHIP.format(line=line), "posting").posting
    assert posting is not None and posting.enrollment_required


@pytest.mark.parametrize(
    "line",
    [
        "- In your final year of a degree or a recent graduate",
        "- Led the final year of a three-year data migration programme",
    ],
)
def test_changers_a_final_year_with_graduates_or_no_studies_asks_no_student(
    profile_of: ProfileOf, line: str
) -> None:
    posting = profile_of(INTERNSHIP.format(line=line), "posting").posting
    assert posting is not None and not posting.enrollment_required


HAYS = """\
Data Engineer

Your new company
This leading retailer is recruiting a Data Engineer to join its growing team.

Your new role
You will build pipelines in Azure Data Factory and Databricks.

What you'll need to succeed
You will have 3+ years of experience with Python and SQL.

{offer}
Salary of £60,000 - £70,000, 25 days holiday, pension and hybrid working.

What you need to do now
If you're interested in this role, click 'apply now' to forward an up-to-date copy of your CV.
"""


@pytest.mark.parametrize("offer", ["What you'll get in return", "What you will get in return"])
def test_changers_an_agencys_own_headings_ask_nothing(profile_of: ProfileOf, offer: str) -> None:
    posting = profile_of(HAYS.format(offer=offer), "posting")
    asked = _asked(posting)
    assert not any("get" in name.lower() for name in asked)
    assert "Recruiting" not in asked
    assert asked["Python"] == "required"
    assert asked["Databricks"] == "mentioned"
    names = [section.name for section in posting.sections]
    assert names == ["company", "about", "requirements", "benefits", "benefits"]


def test_changers_recruiting_work_is_still_asked(profile_of: ProfileOf) -> None:
    # near miss: the work itself, not the company's own hiring
    posting = profile_of(
        "Talent Partner\n\nRequirements\n- 3+ years of technical recruiting\n", "posting"
    )
    assert _asked(posting)["Recruiting"] == "required"
