"""A Philippine posting's willingness to work in a place asks no term ("Willing to work in
Taguig City"); years a resume states in Indonesian or Vietnamese prose count as the English
ones do ("pengalaman 4 tahun", "4 năm kinh nghiệm"). Texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked


def qualifications(*items: str) -> str:
    lines = "".join(f"- {item}\n" for item in items)
    return f"Data Analyst\n\nQualifications\n- At least 2 years of experience with SQL\n{lines}"


@pytest.mark.parametrize(
    "line",
    [
        "Willing to work in Taguig City",
        "Must be willing to work in Cebu City",
        "Willing to be assigned in Makati City",
        "Willing to work in Ortigas, Pasig",
    ],
)
def test_seasia_willing_to_work_in_a_place_asks_no_term(profile_of: ProfileOf, line: str) -> None:
    assert set(asked(profile_of, qualifications(line))) == {"sql"}


@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Able to work in Zorblex pipelines", "term:zorblex"),  # a tool, not a place
        ("Willing to work in Python and Airflow", "python"),
    ],
)
def test_seasia_work_in_a_tool_stays_asked(profile_of: ProfileOf, line: str, term: str) -> None:
    assert term in asked(profile_of, qualifications(line))


def stated_years(profile_of: ProfileOf, summary: str) -> float:
    text = f"Budi Santoso\nData Scientist\n\nSummary\n{summary}\n\nSkills\nPython, SQL\n"
    return profile_of(text, "resume").experience.years


@pytest.mark.parametrize(
    ("summary", "years"),
    [
        ("Data scientist with 4 years of experience in machine learning.", 4.0),
        ("Data scientist dengan pengalaman 4 tahun di bidang machine learning.", 4.0),
        ("Berpengalaman 5 tahun sebagai data engineer.", 5.0),
        ("Memiliki 3 tahun pengalaman dengan Python.", 3.0),
        ("Data scientist với 4 năm kinh nghiệm trong lĩnh vực machine learning.", 4.0),
        ("Có kinh nghiệm 6 năm làm việc với dữ liệu.", 6.0),
        # a course's or a degree's years are no work
        ("Lulus kuliah 4 tahun di Universitas Indonesia.", 0.0),
        ("Học đại học 4 năm tại Hà Nội.", 0.0),
    ],
)
def test_seasia_years_stated_in_prose(profile_of: ProfileOf, summary: str, years: float) -> None:
    assert stated_years(profile_of, summary) == years
