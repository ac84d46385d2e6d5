"""Look-alikes of today's rules for Finnish and Czech documents and of the leftovers they fixed:
an English "Mgr." (a manager), "NYT" after a year, a row's label that names a person, a
school's "MD" under a job's title."""

from __future__ import annotations

from functools import partial

import pytest

from mlcareer.extract.education import degree_in_line

from .posting_helpers import ProfileOf, listed
from .posting_helpers import asked as _asked

# 1. "Mgr." after a role's word is a manager, not the Czech master's title


@pytest.mark.parametrize(
    "line",
    [
        "Sr. Mgr., Data Science, Acme Corp",
        "Program Mgr., Google",
        "Office Mgr. at Foo Ltd",
        "Reports to the Sr. Mgr. of Engineering",
    ],
)
def test_an_english_managers_abbreviation_is_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Mgr., Matematika, Univerzita Karlova",
        "Univerzita Karlova, Mgr. Informatika",
        "Ing. Mgr. Jan Novák",
        "VŠ vzdělání (Ing. nebo Mgr.)",
        "získaný titul Mgr.",
    ],
)
def test_the_czech_title_still_names_a_master(line: str) -> None:
    assert degree_in_line(line) == "master"


def test_a_resumes_manager_rows_hold_no_degree(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Jane Roe\njane@example.com\n\nExperience\nProgram Mgr., Google\n2018 - 2022\n"
        "Office Mgr. at Foo Ltd\n2015 - 2018\n",
        "resume",
    )
    assert resume.education.degrees == []


# 2. "NYT" (a newspaper) after a year is no Finnish "nyt" (now)


def test_a_newspapers_initials_after_a_year_end_no_range_today(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Jane Roe\n\nExperience\nGraphics Intern, Summer 2019 - NYT, New York\n",
        "resume",
    )
    assert not [found for found in resume.experience.ranges if found.ongoing]


@pytest.mark.parametrize("end", ["nyt", "Nyt"])
def test_the_finnish_now_still_ends_a_range_today(profile_of: ProfileOf, end: str) -> None:
    cv = f"Työkokemus\nData Scientist, Acme\n2019 – {end}\n- Python\n"
    [found] = profile_of(cv, doc_type="resume").experience.ranges
    assert found.ongoing


# 3. A row's label naming a person, a time or a note vouches for no guarded name


_listed = partial(listed, title="Backend Engineer")


@pytest.mark.parametrize(
    ("row", "skill"),
    [
        ("Recruiter: Julia", "julia"),
        ("Contact: Julia", "julia"),
        ("Interviewer: Julia", "julia"),
    ],
)
def test_a_label_naming_no_kind_vouches_for_no_name(
    profile_of: ProfileOf, row: str, skill: str
) -> None:
    asked = _asked(profile_of, _listed(row, "3+ years of Java"))
    assert skill not in asked, asked


@pytest.mark.parametrize(
    ("row", "skill"),
    [
        ("Compute: Spark", "apache-spark"),
        ("Language: Julia", "julia"),
        ("Framework: Spring", "spring"),
    ],
)
def test_a_label_naming_a_kind_still_vouches(profile_of: ProfileOf, row: str, skill: str) -> None:
    asked = _asked(profile_of, _listed(row, "3+ years of Java"))
    assert skill in asked, asked


# 4. A university's "MD" under a job's title is the employer's state


def test_a_universitys_md_under_a_jobs_title_is_the_state(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Jordan Lee\njordan@example.com\n\nExperience\nTeaching Assistant\n"
        "Johns Hopkins University, MD\n2010 - 2012\nData Scientist, Acme Health\n2016 - 2024\n",
        "resume",
    )
    assert resume.education.highest is None
