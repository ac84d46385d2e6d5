"""Review of the rules on a contract's length, the employer's own years, sectionless years,
"MD" beside a school and verbs cut from terms: look-alikes those rules read wrongly."""

from __future__ import annotations

import time
from functools import partial

import pytest

from .posting_helpers import ProfileOf, listed
from .posting_helpers import asked as _asked
from .posting_helpers import posting_info as _posting

_listed = partial(listed, title="Data Engineer")


# A term's noun that opens a longer name of work, or work done on many of them, asks years
@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("3 years project engineering experience", 3.0),
        ("2 years contract administration experience", 2.0),
        ("Experience managing projects for 3 years", 3.0),
        ("Worked on consulting engagements for 4 years", 4.0),
    ],
)
def test_work_named_by_a_terms_noun_asks_its_years(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    assert _posting(profile_of, _listed(line, "Python")).years_required == years


# The length written before the contract's noun names no term, whatever the line asks besides
@pytest.mark.parametrize(
    "line",
    [
        "6 month contract",
        "12-month contract, 5+ years of Python required",
        "2-year fixed-term contract",
    ],
)
def test_a_contracts_length_before_it_is_no_term(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _listed(line, "SQL"))
    assert not [key for key in asked if key.startswith("term:")]


def test_a_contract_roles_length_asks_no_years(profile_of: ProfileOf) -> None:
    assert _posting(profile_of, _listed("2 year contract role", "Python")).years_required is None


def test_a_terms_length_reads_only_the_words_before_each_count() -> None:
    """Each count on a long line looks back a few words for a minimum, not to the line's start."""
    from mlcareer.extract import requirements

    line = "worked 3 years here and " * 2000
    counts = list(requirements.YEARS.finditer(line))
    began = time.process_time()
    assert not any(requirements._terms_length(line, count) for count in counts)
    assert time.process_time() - began < 0.5


# A chatty post's own years (the writer's, its people's) beside the years it asks
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("I've been at Acme for 5 years and we need someone with 2+ years of Python.", 2.0),
        ("I have worked here for 6 years. You must have 3+ years of Python.", 3.0),
        ("Our founder spent 10 years in banking and requires Python.", None),
    ],
)
def test_the_posters_own_years_are_not_asked(
    profile_of: ProfileOf, text: str, years: float | None
) -> None:
    assert _posting(profile_of, f"Data Engineer\n\n{text}\n").years_required == years


# "School, MD" is the state when the school's line holds a job's title before it, when the
# school names Maryland, or when a degree without a school of its own sits beside it
@pytest.mark.parametrize(
    "text",
    [
        "Experience\nResearch Assistant, Johns Hopkins University, MD, 2015 - 2019\n- SQL\n",
        "Education\nBS Biology\nUniversity of Maryland, MD, 2010\n",
        "Education\nTowson University, MD, 2006 - 2010\nBS Biology\n",
        "Education\nBS Biology\nTowson University, MD, 2010\n",
    ],
)
def test_maryland_after_a_schools_name_is_no_degree(profile_of: ProfileOf, text: str) -> None:
    degrees = profile_of(f"Sam Lee\nsam@example.com\n\n{text}", "resume").education.degrees
    assert [d.level for d in degrees if "MD" in d.text] == []


def test_an_md_after_its_school_beside_another_schools_degree_is_held(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Sam Lee\n\nEducation\nJohns Hopkins University, MPH in Epidemiology, 2016\n"
        "University of Ibadan, MD, 2012\n"
    )
    degrees = profile_of(text, "resume").education.degrees
    assert [d.level for d in degrees if "MD" in d.text] == ["phd"]


# A verb that opens a name of two words stays in the term: what is left would be one noun
@pytest.mark.parametrize("line", ["Build Systems", "Instrument calibration", "Monitor calibration"])
def test_a_verb_opening_a_short_name_stays(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _listed(line, "Python"))
    assert line in [r.jd_text for r in asked.values()]


def test_welcoming_others_after_new_graduates_leaves_the_years_asked(
    profile_of: ProfileOf,
) -> None:
    text = _listed("Mentor new graduates and welcome new hires", "5+ years of Python")
    assert _posting(profile_of, text).years_required == 5.0


@pytest.mark.parametrize("line", ["New graduates welcome", "Freshers also welcome"])
def test_newcomers_welcome_without_are_still_invites(profile_of: ProfileOf, line: str) -> None:
    assert _posting(profile_of, _listed(line, "3+ years of Python")).years_required is None


# A Markdown table row whose title names an office, not an occupation, after the company
@pytest.mark.parametrize(
    ("row", "title"),
    [
        ("| Acme Corp | Founder & CEO | 2019 - 2021 |", "Founder & CEO"),
        ("| Zorblex Labs | Co-founder | 2019 - 2021 |", "Co-founder"),
        ("| Senior Data Scientist \\| ML | Flipkart | 2020 - 2023 |", "Senior Data Scientist | ML"),
    ],
)
def test_a_table_rows_office_is_its_title(profile_of: ProfileOf, row: str, title: str) -> None:
    header = "| Company | Role | Dates |\n|---|---|---|"
    text = f"Sam Lee\nsam@example.com\n\nExperience\n\n{header}\n{row}\n"
    assert profile_of(text, "resume", "cv.md").experience.titles == [title]


def test_an_md_after_a_school_named_in_parts_is_held(profile_of: ProfileOf) -> None:
    text = "Sam Lee\n\nEducation\nCollege of Medicine, University of Lagos, MD, 2012\n"
    degrees = profile_of(text, "resume").education.degrees
    assert [d.level for d in degrees if "MD" in d.text] == ["phd"]
