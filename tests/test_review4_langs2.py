"""Review of the Lithuanian, Latvian, Czech, Romanian and English-test rules (branch langs2):
their near misses, on small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line
from mlcareer.extract.language_grades import grade_beside

from .posting_helpers import ProfileOf, asked


@pytest.mark.parametrize(
    ("line", "cefr"),
    [
        ("IELTS 5,5", "B2"),  # a decimal comma, as much of Europe writes a half band
        ("IELTS 8,5", "C2"),
        ("IELTS Academic: 6,5", "B2"),
        ("IELTS 7, TOEFL 100", "C1"),  # a comma between two tests is no decimal one
    ],
)
def test_a_score_with_a_decimal_comma_is_read_whole(line: str, cefr: str) -> None:
    grade = grade_beside(line, (0, 5))
    assert grade is not None and grade.cefr == cefr


@pytest.mark.parametrize(
    "line",
    [
        "Nebaigtas aukštasis išsilavinimas",  # unfinished higher education
        "Nebaigtas aukštasis universitetinis išsilavinimas",
        "Nepabeigta augstākā izglītība",
        "nepabeigta augstākā akadēmiskā izglītība",
    ],
)
def test_unfinished_higher_education_is_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


LATVIAN_CV = """Jānis Bērziņš

Darba pieredze
Datu analītiķis, Acme, 2019 - šobrīd
- Pieredze ar datu modeļiem un {tool}

Atsauksmes
Gita Bērziņa, vadītāja
"""


def test_a_latvian_womans_name_is_no_three_letter_product(profile_of: ProfileOf) -> None:
    resume = profile_of(LATVIAN_CV.format(tool="SQL"), doc_type="resume")
    assert "git" not in {skill.id for skill in resume.skills}


def test_a_three_letter_product_under_a_latvian_ending_still_reads(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(LATVIAN_CV.format(tool="Gitu"), doc_type="resume")
    assert "git" in {skill.id for skill in resume.skills}


@pytest.mark.parametrize(
    "line", ["Licenta in Informatica", "Licenta in informatica economica, ASE Bucuresti"]
)
def test_a_romanian_licence_typed_without_marks_is_a_bachelor(line: str) -> None:
    assert degree_in_line(line) == "bachelor"


def test_a_romanian_licence_without_marks_names_no_etl_tool(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "Data Engineer\n\nCerinte\n- Licenta in Informatica\n- Python\n")
    assert "informatica" not in found, sorted(found)


@pytest.mark.parametrize(
    "item",
    [
        "Constituie un avantaj: Python",
        "Experienta cu Python reprezinta un avantaj",
        "Experiența cu Python reprezintă un avantaj",
        "Python ar fi un avantaj",
    ],
)
def test_a_romanian_advantage_is_preferred(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, f"Data Engineer\n\nRequirements\n- SQL\n- {item}\n")
    assert found["python"].importance == "preferred"
    assert found["sql"].importance == "required"


def test_a_romanian_cvs_licence_without_marks_names_no_etl_tool(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Ana Pop\n\nEducation\nLicenta in Informatica, Universitatea din Bucuresti, 2012 - 2015\n",
        doc_type="resume",
    )
    assert resume.education.highest == "bachelor"
    assert "informatica" not in {skill.id for skill in resume.skills}
