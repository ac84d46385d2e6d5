"""Readings of resumes as Nigeria, Kenya, Ghana, South Africa and Egypt write them, found by
probing documents of those kinds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.api import extract_profile, read_document
from mlcareer.models import Profile
from mlcareer.taxonomy import load_taxonomy

from .conftest import AS_OF

ProfileOf = Callable[..., Profile]


def skill_names(profile: Profile) -> set[str]:
    return {hit.name for hit in profile.skills}


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ms Excel, Ms Word, Python", {"Microsoft Excel", "Microsoft Word", "Python"}),
        ("Proficient in Ms Excel and Ms Access", {"Microsoft Excel", "Microsoft Access"}),
        ("Ms-Excel, Ms-Word", {"Microsoft Excel", "Microsoft Word"}),
    ],
)
def test_ms_before_an_office_program_names_microsoft_not_a_woman(
    profile_of: ProfileOf, line: str, names: set[str]
) -> None:
    # "Ms" is how much of Africa (and India) shortens Microsoft: "Ms Excel", "Ms Word"
    resume = profile_of(f"THANDO NKOSI\n\nCOMPUTER SKILLS\n{line}\n", "resume")
    assert names <= skill_names(resume)


@pytest.mark.parametrize(
    "line",
    [
        "- Reported to Ms Julia Okoro, Head of Data",
        "- Worked closely with Ms Ruby Mensah on the reports",
    ],
)
def test_ms_before_a_name_no_microsoft_program_has_still_names_a_person(
    profile_of: ProfileOf, line: str
) -> None:
    resume = profile_of(f"Data Analyst\n\nEXPERIENCE\n{line}\n", "resume")
    assert not {"Julia", "Ruby"} & skill_names(resume)


def test_a_banks_name_opening_with_access_is_no_ms_access(profile_of: ProfileOf) -> None:
    # the SQL queries of the job above are near enough to vouch for "Access" as a database
    resume = profile_of(
        "WORK EXPERIENCE\nData Scientist, Paystack\n- Wrote SQL queries against PostgreSQL\n"
        "Data Analyst, Access Bank Plc, Lagos\nJan 2020 - Aug 2021\n"
        "- Built reporting databases in Microsoft Access\n",
        "resume",
    )
    [access] = [hit for hit in resume.skills if hit.id == "ms-access"]
    assert [m.line for m in access.mentions] == [6]


@pytest.mark.parametrize(
    "line",
    ["- Built reporting tools in Access and Excel", "- Maintained Access databases for HR"],
)
def test_access_beside_other_words_is_still_the_database(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(f"WORK EXPERIENCE\nData Analyst, Zenith Bank Plc\n{line}\n", "resume")
    assert "Microsoft Access" in skill_names(resume)


@pytest.mark.parametrize("grade", ["A-", "B-", "C-"])
def test_a_grade_with_a_minus_ending_a_line_joins_no_next_line(
    profile_of: ProfileOf, grade: str
) -> None:
    # a Kenyan school certificate's mean grade, "A-", ends its line: the next line is its own
    resume = profile_of(
        "EDUCATION\nBSc Computer Science, University of Nairobi, 2016 - 2020\n"
        "Kenya Certificate of Secondary Education (KCSE), Alliance Girls High School, 2015."
        f" Mean Grade: {grade}\n"
        "Kenya Certificate of Primary Education (KCPE), 2011\n",
        "resume",
    )
    texts = [degree.text for degree in resume.education.degrees]
    assert not any("Primary" in text for text in texts if grade in text)


def test_a_word_broken_after_one_letter_still_joins(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "EXPERIENCE\nData Analyst, Jumia, 2020 - 2022\n- Built churn models for the e-\n"
        "commerce platform in Python\n",
        "resume",
    )
    assert "E-commerce" in skill_names(resume)


@pytest.mark.parametrize(
    "title",
    [
        "Industrial Training (SIWES), Nigerian Communications Commission, Abuja",
        "SIWES Student, Shell Petroleum Development Company, Port Harcourt",
        "Industrial Attachment, Kenya Power, Nairobi",
        "ICT Attachee, Kenya Revenue Authority, Nairobi",
        "Data Science Learnership, Standard Bank, Johannesburg",
    ],
)
def test_a_students_term_at_work_counts_half_its_time(profile_of: ProfileOf, title: str) -> None:
    resume = profile_of(
        f"EXPERIENCE\n{title}\nJan 2019 - Dec 2020\n- Built reports in Python and SQL\n",
        "resume",
    )
    assert resume.experience.years == pytest.approx(1.0, abs=0.05)
    assert any("student post" in note for note in resume.experience.level_evidence)


@pytest.mark.parametrize(
    "title",
    [
        "National Youth Service Corps (NYSC), Ministry of Finance, Abuja",
        "National Service Personnel, Ghana Revenue Authority, Accra",
        "Training Manager, Industrial Training Fund, Lagos",
    ],
)
def test_national_service_and_a_trainers_post_count_in_full(
    profile_of: ProfileOf, title: str
) -> None:
    resume = profile_of(
        f"EXPERIENCE\n{title}\nJan 2019 - Dec 2020\n- Prepared reports in Excel\n", "resume"
    )
    assert resume.experience.years == pytest.approx(2.0, abs=0.05)


@pytest.mark.parametrize(
    "line",
    [
        "West African Senior School Certificate (WASSCE), Achimota School, 2013",
        "WAEC/SSCE, Kings College Lagos, 2010",
        "NECO, Federal Government College Enugu, 2010",
        "Kenya Certificate of Secondary Education (KCSE), 2013",
        "National Senior Certificate, Parktown Boys' High School, 2014",
        "General Secondary Education Certificate, Cairo, 2012",
    ],
)
def test_a_school_leaving_certificate_is_secondary(profile_of: ProfileOf, line: str) -> None:
    resume = profile_of(f"EDUCATION\n{line}\n\nSKILLS\nPython, SQL\n", "resume")
    assert resume.education.highest == "secondary"


def test_a_computer_literacy_heading_opens_the_skills(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "THANDO NKOSI\n\nEXPERIENCE\nData Analyst | Discovery Health | Feb 2022 - Present\n"
        "- Built churn reports\n\nCOMPUTER LITERACY\nMs Excel, MS Office, Python, SQL\n",
        "resume",
    )
    assert [section.name for section in resume.sections] == ["experience", "skills"]
    [python] = [hit for hit in resume.skills if hit.id == "python"]
    assert python.mentions[0].section == "skills"


def test_a_pdfs_grade_with_a_minus_ending_a_line_joins_no_next_line(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    lines = [
        "EDUCATION",
        "Kenya Certificate of Secondary Education (KCSE), Alliance High School, 2013. Grade: A-",
        "Kenya Certificate of Primary Education (KCPE), 2009",
    ]
    for line in lines:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    document = read_document(path)
    assert "Grade: A-\nKenya" in document.text
    resume = extract_profile(document, load_taxonomy(), AS_OF, "resume")
    assert all("Primary" not in degree.text for degree in resume.education.degrees)
