"""Follow-ups to the review of federal, military, academic and career-change documents:
titles that end in a bracket, volunteering named anywhere in a role's heading, part-time
jobs, GS grades, military service, certifications named in brackets and the board game Go."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlcareer.api import Options, compare
from mlcareer.extract.experience import merged_months, weighted_months
from mlcareer.extract.hours import work_share
from mlcareer.models import DateRange, Profile

from .conftest import service_term_status

ProfileOf = Callable[..., Profile]


def _resume(*entries: str) -> str:
    return "Ann Lee\nann@example.com\n\nEXPERIENCE\n" + "\n\n".join(entries) + "\n"


# --- a title that ends in its own bracket keeps it --------------------------------------------


def test_a_title_keeps_its_closing_bracket(profile_of: ProfileOf) -> None:
    text = _resume(
        "Research Intern, Meta AI (FAIR)   Jun 2022 - Aug 2022\n- Trained PyTorch models.",
        "Acme Corp\tData Analyst (NLP)\tJan 2019 - Dec 2020\n- Wrote SQL reports.",
    )
    titles = profile_of(text, "resume").experience.titles
    assert titles == ["Research Intern, Meta AI (FAIR)", "Data Analyst (NLP)"]


def test_brackets_around_the_dates_are_still_cut(profile_of: ProfileOf) -> None:
    text = _resume("Data Scientist, Acme (Jan 2021 - Present)\n- Built churn models.")
    assert profile_of(text, "resume").experience.titles == ["Data Scientist, Acme"]


# --- volunteering is unpaid wherever the role's heading says so -------------------------------

_PAID = "Data Analyst, Acme Corp\nJan 2018 - Dec 2020\n- Wrote Python reports."


def test_volunteering_named_in_the_title_is_no_work_in_any_layout(profile_of: ProfileOf) -> None:
    layouts = [
        "Data Analyst, Code for Good\nVolunteer, Jan 2021 - Present",  # on the dates' line
        "Data Analyst (Volunteer), Code for Good\nJan 2021 - Present",  # the line above
        "Data Analyst (Volunteer)\nCode for Good\nJan 2021 - Present",  # above the employer
        "Jan 2021 - Present\nData Analyst (Volunteer), Code for Good",  # below the dates
    ]
    for layout in layouts:
        experience = profile_of(_resume(layout + "\n- Built dashboards.", _PAID)).experience
        assert experience.years == 3.0, layout


def test_a_paid_job_leading_volunteers_is_work(profile_of: ProfileOf) -> None:
    text = _resume("Volunteer Coordinator\nCode for Good\nJan 2021 - Dec 2022", _PAID)
    assert profile_of(text).experience.years == 5.0


# --- the board game Go is no programming language ---------------------------------------------


def _skill_names(profile: Profile) -> set[str]:
    return {hit.name for hit in profile.skills}


def test_the_board_game_go_is_not_the_language(profile_of: ProfileOf) -> None:
    for written in ("Go (board game)", "Go (Weiqi)", "Go (baduk)", "the game of Go"):
        text = f"Ann Lee\n\nSKILLS\nPython, SQL, chess, {written}, hiking\n"
        assert "Go" not in _skill_names(profile_of(text, "resume")), written


def test_go_the_language_is_still_read(profile_of: ProfileOf) -> None:
    for written in ("Go (Golang)", "Go", "Go (gRPC services)"):
        text = f"Ann Lee\n\nSKILLS\nPython, SQL, {written}, Rust\n"
        assert "Go" in _skill_names(profile_of(text, "resume")), written


# --- a certification named in brackets after its vendor ---------------------------------------

_CERTIFIED = "Data Engineer\n\nRequirements\n- 3+ years of Python.\n- {} is required.\n"


def test_a_certification_named_in_brackets_is_the_certification(profile_of: ProfileOf) -> None:
    posting = profile_of(_CERTIFIED.format("AWS certification (Data Engineer)"), "posting")
    asked = {req.id: req.importance for req in posting.requirements}
    assert asked.get("aws-data-certification") == "required"
    assert not [name for name in asked if name.startswith("term:")]
    resume = profile_of(
        "Ann Lee\n\nCERTIFICATIONS\nAWS Certification (Machine Learning Specialty)\n"
    )
    assert "AWS Certified Machine Learning" in _skill_names(resume)


def test_each_certification_may_be_named_in_brackets(
    profile_of: ProfileOf,
) -> None:
    posting = profile_of(_CERTIFIED.format("AWS certification (Solutions Architect)"), "posting")
    asked = {req.id for req in posting.requirements}
    assert "aws-solutions-architect" in asked


# --- years in a service branch show the military service a posting prefers --------------------


def test_years_in_a_service_branch_show_military_service(
    profile_of: ProfileOf, options: Options
) -> None:
    served = [
        "EXPERIENCE\nIntelligence Analyst, U.S. Army\nJun 2012 - May 2018\n- Python and SQL.\n",
        "EXPERIENCE\nSergeant, United States Marine Corps, 2010 - 2014\n- Led a squad.\n",
        "EXPERIENCE\nAvionics Technician, USAF, 2009 - 2013\n",
        "SUMMARY\nNavy veteran moving into data analysis.\n",
        "EXPERIENCE\nBoatswain's Mate, US Coast Guard (active duty), 2011 - 2015\n",
    ]
    for cv in served:
        assert (
            service_term_status(profile_of, options, cv, "Prior military service") == "matched"
        ), cv
    army = served[0]
    assert (
        service_term_status(profile_of, options, army, "Experience in the armed forces")
        == "matched"
    )


def test_working_for_a_veterans_agency_or_a_charity_is_no_service(
    profile_of: ProfileOf, options: Options
) -> None:
    civilian = [
        "EXPERIENCE\nData Analyst, Department of Veterans Affairs, 2016 - 2020\n",
        "EXPERIENCE\nVolunteer Driver, The Salvation Army, 2016 - 2020\n",
        "EXPERIENCE\nTeller, Navy Federal Credit Union, 2016 - 2020\n",
        "EXPERIENCE\nBackend engineer, an army of bots, 2016 - 2020\n",
        "EXPERIENCE\nSoftware Engineer, Acme, 2016 - 2020\n- An industry veteran in ETL.\n",
    ]
    for cv in civilian:
        assert (
            service_term_status(profile_of, options, cv, "Prior military service") == "missing"
        ), cv


def test_years_of_service_asked_are_timed_by_the_branch_role(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Sam Ortiz\n\nEXPERIENCE\nIntelligence Analyst, U.S. Army\nJun 2012 - May 2018\n", "resume"
    )
    posting = "Analyst\n\nRequirements\n- 8+ years of prior military service.\n"
    report = compare(resume, profile_of(posting, "posting"), options)
    [service] = [m for m in report.matched + report.missing if m.id.startswith("term:")]
    assert (
        service.status == "related"
        and service.detail == "shows 6.0 of 8 years in Jun 2012 - May 2018"
    )


# --- a federal pay grade names the level ------------------------------------------------------

_GRADED = """\
{title}
Department of Example Affairs

Qualifications
- {qualification}
- Experience with Python and SQL.
"""


def _level(profile_of: ProfileOf, title: str, qualification: str) -> tuple[str | None, str | None]:
    posting = profile_of(_GRADED.format(title=title, qualification=qualification), "posting")
    assert posting.posting is not None
    return posting.posting.level, posting.posting.level_source


def test_a_gs_grade_sets_the_postings_level(profile_of: ProfileOf) -> None:
    a_year = "One year of specialized experience equivalent to GS-12."
    assert _level(profile_of, "Data Scientist", a_year) == ("mid", "grade: GS-12")
    assert _level(profile_of, "Data Scientist, GS-1560-13", a_year)[0] == "senior"
    assert _level(profile_of, "IT Specialist, GS-2210-7", "A bachelor's degree.")[0] == "entry"
    assert _level(profile_of, "Statistician, GS-1530-11/12", a_year)[0] == "mid"


def test_words_of_level_outrank_the_grade(profile_of: ProfileOf) -> None:
    a_year = "One year of specialized experience equivalent to GS-12."
    assert _level(profile_of, "Senior Data Scientist", a_year)[0] == "senior"
    assert _level(profile_of, "Data Scientist", "1+ years of experience.") == (
        "entry",
        "1+ years asked",
    )


# --- a part-time job counts by its hours ------------------------------------------------------

_FULL_TIME = "Data Engineer, Acme Corp\nJan 2021 - Dec 2022\n- Built Spark jobs."


def test_part_time_work_counts_by_its_hours(profile_of: ProfileOf) -> None:
    part_time = [
        "Data Analyst (part-time), Beta Labs\nJan 2017 - Dec 2020",
        "Data Analyst, Beta Labs\nJan 2017 - Dec 2020 (20 h/week)",
        "Data Analyst\nBeta Labs\nJan 2017 - Dec 2020\nHours per week: 20\nSalary: 30,000 USD",
        "Data Analyst, Beta Labs, 0.5 FTE\nJan 2017 - Dec 2020",
    ]
    for layout in part_time:
        experience = profile_of(_resume(_FULL_TIME, layout + "\n- Cleaned data.")).experience
        assert experience.years == 4.0, layout  # two full years, and four at half time
        assert any("part-time" in line for line in experience.level_evidence), layout
        assert [job.years for job in experience.jobs] == [2.0, 2.0], layout


def test_full_time_hours_and_overlaps_count_once(profile_of: ProfileOf) -> None:
    full = "Data Analyst\nBeta Labs\nJan 2017 - Dec 2020\nHours per week: 40"
    assert profile_of(_resume(_FULL_TIME, full)).experience.years == 6.0
    # two half-time jobs at once fill the week; a half-time one beside a full-time one adds none
    both = "Tutor (part-time), Gamma School\nJan 2017 - Dec 2018"
    other = "Data Analyst (part-time), Beta Labs\nJan 2017 - Dec 2018"
    assert profile_of(_resume(_FULL_TIME, both, other)).experience.years == 4.0
    beside = "Tutor (part-time), Gamma School\nJan 2021 - Dec 2022"
    assert profile_of(_resume(_FULL_TIME, beside)).experience.years == 2.0


@given(st.lists(st.tuples(st.integers(0, 120), st.integers(0, 120)), max_size=6))
def test_full_time_ranges_count_as_merged(bounds: list[tuple[int, int]]) -> None:
    ranges = [DateRange(text="x", start=start, end=end, line=1) for start, end in bounds]
    assert weighted_months([(found, 1.0) for found in ranges]) == merged_months(ranges)


@pytest.mark.parametrize(
    ("heading", "share"),
    [("0.5 FTE", 0.5), ("FTE: 0.6", 0.6), ("50% FTE", 0.5), ("FTE: 50%", 0.5), ("FTE 80 %", 0.8)],
)
def test_each_way_of_writing_fte(heading: str, share: float) -> None:
    assert work_share(f"Data Analyst, Beta Labs, {heading}") == pytest.approx(share)


def test_a_number_ending_the_line_above_is_no_hours() -> None:
    # "GS-1530-12" ends its line; "Hours per week: 40" below it is a full week, not 12 hours
    heading = "Statistician\nJan 2024 - Jun 2025\nSeries/Grade: GS-1530-12\nHours per week: 40"
    assert work_share(heading) == 1.0
    assert work_share("Tutor\n2021 - 2022\n12 hours per week") == pytest.approx(0.3)
