"""Postings of genres that read differently from a tech company's: a federal vacancy's grades,
form fields and notices, a cleared contractor's certifications and degree substitutes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

SPECIALIZED = (
    "Specialized Experience: For the GS-12 level, you must have one year of specialized"
    " experience equivalent to the GS-11 level in the Federal service. Specialized experience"
    " is defined as experience: 1) developing data pipelines using Python or SQL; 2)"
    " administering PostgreSQL databases."
)
FEDERAL = f"""\
IT Specialist (Data Management)
Series/Grade: GS-2210-12

Duties
- Builds and maintains data pipelines for program analysts.

Qualifications
{SPECIALIZED}
Time-in-grade: Current federal employees must have served 52 weeks at the GS-11 level.

Conditions of Employment
- U.S. Citizenship is required.
- Must be able to obtain and maintain a Public Trust background investigation.
- Selective Service registration is required for males born after 12/31/1959.

How You Will Be Evaluated
You will be evaluated on your competency in Data Management and Oral Communication.
"""


def test_a_federal_postings_grades_fields_and_notices_ask_nothing(profile_of: ProfileOf) -> None:
    profile = profile_of(FEDERAL, "posting")
    asked = sorted(req.jd_text for req in profile.requirements)
    # the competencies it rates applicants on are wished for (test_federal_evaluation.py)
    assert asked == [
        "Oral Communication",
        "PostgreSQL",
        "Python",
        "SQL",
        "data pipelines",
        "databases",
    ]
    # a year at GS-11 is no career of one year: the grade tells the level (GS-9 to GS-12: mid)
    assert profile.posting is not None and profile.posting.years_required is None
    assert (profile.posting.level, profile.posting.level_source) == ("mid", "grade: GS-12")


def test_experience_as_described_above_names_no_role(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\n\nQualifications\nCombination of education and experience: a"
        " combination of specialized experience and graduate education as described above.\n"
        "- Experience with R.\n"
    )
    assert [req.jd_text for req in profile_of(text, "posting").requirements] == ["R"]


def test_a_federal_notice_heading_opens_no_list_of_asks(profile_of: ProfileOf) -> None:
    names = [s.heading for s in profile_of(FEDERAL, "posting").sections]
    assert "Conditions of Employment" in names
    assert "How You Will Be Evaluated" in names


IN_LIEU = (
    "- Bachelor's degree in Computer Science or a related field, or 4 additional years of"
    " relevant experience in lieu of a degree."
)
CLEARED = f"""\
Data Engineer II

Required qualifications
{IN_LIEU}
- DoD 8570 IAT Level II certification (e.g., Security+ CE) within 6 months of hire.
- Strong Python and SQL skills.
"""


def test_additional_years_in_lieu_of_a_degree_stand_in_for_it(profile_of: ProfileOf) -> None:
    posting = profile_of(CLEARED, "posting").posting
    assert posting is not None and posting.degree_required == "bachelor"
    assert posting.degree_alternative == (
        "4 additional years of relevant experience in lieu of a degree"
    )


def test_a_certifications_continuing_education_mark_is_no_term(profile_of: ProfileOf) -> None:
    asked = {req.jd_text: req.name for req in profile_of(CLEARED, "posting").requirements}
    assert asked["Security+ CE"] == "CompTIA Security+"
    assert "CE" not in asked


CLEARANCE_ASKED = """\
Data Engineer

Required qualifications
- Active TS/SCI clearance with polygraph (required at start).
- Strong Python skills.
"""


@pytest.mark.parametrize(
    "held",
    ["Top Secret/SCI clearance, active", "Clearance: TS/SCI (active)", "Active TS-SCI w/ CI poly"],
)
def test_a_clearance_is_met_however_it_is_spelled(
    profile_of: ProfileOf, options: Options, held: str
) -> None:
    resume = profile_of(
        f"Jo Doe\n{held}\n\nEXPERIENCE\nData Engineer, Acme, 2019 - Present\n- Python ETL.\n",
        "resume",
    )
    report = compare(resume, profile_of(CLEARANCE_ASKED, "posting"), options)
    assert [m.name for m in report.missing] == []
    [clearance] = [m for m in report.matched if m.id == "ts-sci-clearance"]
    assert clearance.status == "matched" and clearance.importance == "required"
    advice = " ".join(s.message for s in report.suggestions)
    assert "TS/SCI clearance appears only" not in advice  # held, not shown with a result


def test_a_lower_clearance_is_met_in_part_by_a_higher_one(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = CLEARANCE_ASKED.replace("Active TS/SCI clearance", "Active Secret clearance")
    resume = profile_of("Jo Doe\nActive TS/SCI\n\nEXPERIENCE\nAnalyst, Acme, 2019 - 2021\n")
    report = compare(resume, profile_of(posting, "posting"), options)
    found = {m.id: m.status for m in report.matched + report.missing}
    assert found["secret-clearance"] == "implied"


def test_top_secret_in_prose_is_no_clearance(profile_of: ProfileOf) -> None:
    text = "Jo Doe\n\nEXPERIENCE\nChef, Bistro, 2019 - 2021\n- Kept the house sauce top secret.\n"
    assert not any("clearance" in hit.id for hit in profile_of(text, "resume").skills)


VENUES_ASKED = """\
Research Scientist

Minimum qualifications
- First-author publications at top-tier venues such as NeurIPS, ICML or ICLR.
- Experience with PyTorch.
"""


def _venue_verdict(profile_of: ProfileOf, options: Options, cv: str) -> tuple[str, str]:
    resume = profile_of("Lee Wu\n\n" + cv, "resume")
    report = compare(resume, profile_of(VENUES_ASKED, "posting"), options)
    [venue] = [m for m in report.matched + report.missing if m.id.startswith("term:")]
    return venue.status, " ".join(e.text for e in venue.evidence)


def test_a_paper_at_a_listed_venue_meets_the_ask(profile_of: ProfileOf, options: Options) -> None:
    cv = "PUBLICATIONS\nL. Wu. Sparse adapters. In Proceedings of ICML 2024.\n"
    assert _venue_verdict(profile_of, options, cv)[0] == "matched"


def test_reviewing_for_a_venue_is_no_paper_there(profile_of: ProfileOf, options: Options) -> None:
    cv = (
        "EXPERIENCE\nML Engineer, Acme, 2019 - Present\n- PyTorch.\n\n"
        "SERVICE\nReviewer: NeurIPS 2023, ICML 2024\n"
    )
    assert _venue_verdict(profile_of, options, cv) == ("missing", "")


def test_a_paper_at_another_top_venue_meets_the_ask_in_part(
    profile_of: ProfileOf, options: Options
) -> None:
    cv = (
        "PUBLICATIONS\nL. Wu. Low-rank adapters for vision transformers. CVPR 2024.\n\n"
        "SERVICE\nReviewer: NeurIPS 2023, ICML 2024\n"
    )
    status, evidence = _venue_verdict(profile_of, options, cv)
    assert status == "related"
    assert "CVPR 2024" in evidence and "Reviewer" not in evidence
