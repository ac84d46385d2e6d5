"""Postings of genres that read differently from a tech company's: a federal vacancy's grades,
form fields and notices, a cleared contractor's certifications and degree substitutes."""

from __future__ import annotations

from collections.abc import Callable

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
    assert asked == ["PostgreSQL", "Python", "SQL", "data pipelines", "databases"]
    assert profile.posting is not None and profile.posting.years_required == 1.0


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
