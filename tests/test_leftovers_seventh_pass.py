"""Misreadings left by earlier passes: the length of a contract or project asks no years of
work."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import docx
import pytest

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile

from .posting_helpers import ProfileOf, listed
from .posting_helpers import asked as _asked
from .posting_helpers import posting_info as _posting

_listed = partial(listed, title="Data Scientist")


# How long the contract or the project runs, not how long the candidate has worked
TERM_LENGTHS = [
    "This is a 2-year fixed-term contract",
    "This is a 2 year fixed term contract",
    "We are hiring for a 3 year research project",
    "Contract length: 2 years",
    "Contrat de deux ans",
    "Projet de trois ans",
    "CDD de 2 ans",
    "Befristet auf zwei Jahre",
    "Die Stelle ist auf 2 Jahre befristet",
    "contrato de 2 años",
    "proyecto de 3 años",
    "contratto di 2 anni",
]


@pytest.mark.parametrize("line", TERM_LENGTHS)
def test_a_terms_length_asks_no_years(profile_of: ProfileOf, line: str) -> None:
    for text in (_listed(line, "Python"), f"Data Scientist\n\n{line}. Python.\n"):
        posting = _posting(profile_of, text)
        assert (posting.years_required, posting.level) == (None, None), text


@pytest.mark.parametrize("line", ["Projet de trois ans, Python et SQL", "3 year project in Python"])
def test_a_terms_length_is_no_skills_years(profile_of: ProfileOf, line: str) -> None:
    assert _asked(profile_of, _listed(line))["python"].years is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("3+ years of project management experience", 3.0),
        ("5 years of experience on research projects", 5.0),
        ("Contract work: 4+ years of Python experience", 4.0),
        ("2+ years of experience with contract review", 2.0),
        ("3 years contract experience", 3.0),
        ("2 years project management", 2.0),
        ("4 years project experience in Python", 4.0),
    ],
)
def test_years_of_work_near_a_terms_word_stay_asked(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    assert _posting(profile_of, _listed(line, "Python")).years_required == years


@pytest.mark.parametrize(
    "line", ["Contrat de deux ans", "Contract of 2 years", "contrato de 18 meses"]
)
def test_a_contracts_length_is_no_term(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _listed(line, "Python", title="Ingénieur ML"))
    assert not [key for key in asked if key.startswith("term:")]


@pytest.mark.parametrize(
    "line",
    [
        # an internship's length, and a year written "1 an"
        "Stage de 6 mois à partir de mars",
        "Prácticas de 6 meses",
        "Contrat d'1 an renouvelable",
        "Internship of 6 months",
        "Tirocinio di 6 mesi",
    ],
)
def test_a_placements_length_is_no_term(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _listed("Python", line, title="Data Analyst"))
    assert not [key for key in asked if key.startswith("term:")]


def test_a_placements_word_without_a_length_stays_a_term(profile_of: ProfileOf) -> None:
    items = ("Contract drafting", "Stage management", "Internship coordination")
    asked = _asked(profile_of, _listed(*items, title="Paralegal"))
    assert {"term:contract-drafting", "term:stage-management"} <= set(asked)
    assert "term:internship-coordination" in asked


def test_a_contract_kind_stays_a_term(profile_of: ProfileOf) -> None:
    assert "term:contract" in _asked(profile_of, _listed("Python", "Contract (C2C)"))


# How long the employer has been doing something, beside what it asks of the candidate
EMPLOYER_DOING = [
    "Our team has been using Spark for 5 years; you need 3+ years of Spark",
    "We have been running Spark for 5 years, and you need 3+ years of Spark",
    "We've used Spark for over 5 years; you bring 3+ years of Spark",
]


@pytest.mark.parametrize("line", EMPLOYER_DOING)
def test_the_employers_time_at_something_is_not_asked(profile_of: ProfileOf, line: str) -> None:
    text = _listed(line, "Python", title="Data Engineer")
    assert _posting(profile_of, text).years_required == 3.0
    asked = _asked(profile_of, text)
    assert asked["apache-spark"].years == 3.0
    assert not [key for key in asked if key.startswith("term:")]


def test_the_candidates_own_time_after_for_stays_asked(profile_of: ProfileOf) -> None:
    text = _listed("You have been using Spark for 4+ years", "Python")
    assert _posting(profile_of, text).years_required == 4.0


# An offer in another part of the sentence leaves the ask beside it standing
ASK_BESIDE_AN_OFFER = [
    "5+ years of Python required, we offer a great salary",
    "Must have 5+ years of Python, we pay well",
]


@pytest.mark.parametrize("line", ASK_BESIDE_AN_OFFER)
def test_an_ask_beside_an_offer_stays(profile_of: ProfileOf, line: str) -> None:
    text = _listed(line, "SQL")
    assert _posting(profile_of, text).years_required == 5.0
    asked = _asked(profile_of, text)
    assert (asked["python"].importance, asked["python"].years) == ("required", 5.0)


@pytest.mark.parametrize(
    "line",
    ["We offer Kafka training, required for the role", "Opportunity to learn Kafka, required"],
)
def test_what_the_offer_names_stays_offered(profile_of: ProfileOf, line: str) -> None:
    assert "kafka" not in _asked(profile_of, _listed(line, "SQL"))


# A posting without sections: years asked outright of a skill are the posting's years, as
# they are under a Requirements heading
@pytest.mark.parametrize(
    "sentence",
    [
        "You must have 3+ years of Python and know SQL.",
        "3+ years of Python required.",
        "Need someone with Python (3+ years) and SQL.",
    ],
)
def test_a_skills_years_asked_in_prose_are_the_postings(
    profile_of: ProfileOf, sentence: str
) -> None:
    text = f"Data Engineer\n\nWe are hiring a data engineer. {sentence}\n"
    posting = _posting(profile_of, text)
    assert (posting.years_required, posting.level) == (3.0, "mid")


@pytest.mark.parametrize(
    "sentence",
    ["We are a company with 3 years of growth in Python.", "Python, 3 years of funding."],
)
def test_years_with_no_ask_stay_unasked_in_prose(profile_of: ProfileOf, sentence: str) -> None:
    assert _posting(profile_of, f"Data Engineer\n\n{sentence}\n").years_required is None


@pytest.mark.parametrize(
    "line", ["New graduates welcome; 3+ years preferred", "Freshers also welcome, 3+ years ideal"]
)
def test_newcomers_welcome_without_are(profile_of: ProfileOf, line: str) -> None:
    posting = _posting(profile_of, _listed("SQL", line))
    assert (posting.years_preferred, posting.level) == (None, None)
    assert not [key for key in _asked(profile_of, _listed("SQL", line)) if key.startswith("term:")]


def test_newcomers_welcomed_aboard_are_not_invited(profile_of: ProfileOf) -> None:
    text = _listed(
        "SQL", "3+ years of experience", "You will help welcome new graduates into the team"
    )
    assert _posting(profile_of, text).years_required == 3.0


@pytest.mark.parametrize("mark", [":", ";", " -"])
def test_an_ask_after_boilerplate_and_a_colon_stays(profile_of: ProfileOf, mark: str) -> None:
    line = (
        f"Equal opportunity employer{mark} we require candidates to have experience with Terraform"
    )
    assert _asked(profile_of, _listed("Python", line))["terraform"].importance == "required"


# A Markdown or plain table of jobs reads its cells as a DOCX table's are read: the title
# cell is the title, the company's cell is not part of it
_TABLE_RESUME = """Priya Sharma
priya@example.com

Experience

| Role | Company | Dates |
|---|---|---|
| Senior Data Scientist | Flipkart | 2020 - 2023 |
| Data Analyst | Infosys | 2017 - 2020 |

Education

| Degree | School | Year |
|---|---|---|
| M.Tech in Computer Science | IIT Delhi | 2017 |
"""


@pytest.mark.parametrize("name", ["resume.md", "resume.txt"])
def test_a_table_rows_title_is_its_title_cell(profile_of: ProfileOf, name: str) -> None:
    profile = profile_of(_TABLE_RESUME, "resume", name)
    assert profile.experience.titles == ["Senior Data Scientist", "Data Analyst"]
    [degree] = profile.education.degrees
    assert not degree.text.startswith("|") and not degree.text.endswith("|")


def test_a_title_and_company_split_by_a_bar_outside_a_table_stay(profile_of: ProfileOf) -> None:
    text = "Experience\nData Scientist | Acme | 2020 - 2023\n- Python\n"
    assert profile_of(text, "resume").experience.titles == ["Data Scientist | Acme"]


@pytest.mark.parametrize("title", ["Epidemiologist", "Biostatistician", "Bioinformatician"])
def test_a_federal_jobs_title_after_its_form_fields(profile_of: ProfileOf, title: str) -> None:
    text = (
        "Jordan Ellis\n\nWORK EXPERIENCE\n\nCenters for Disease Control and Prevention\n"
        "Atlanta, GA\n03/2019 - 05/2024\nHours per week: 40\nSalary: $98,000 per year\n"
        f"Series/Grade: 0601/13\n{title}\n- Led surveillance analyses in R and SAS.\n"
    )
    assert profile_of(text, "resume").experience.titles == [title]


# "MD" on a school's line or on its own line with its year is the medical degree
@pytest.mark.parametrize(
    "education",
    [
        "Johns Hopkins University, MPH in Epidemiology, 2016\nUniversity of Lagos, MD, 2012\n",
        "University of Lagos College of Medicine\nMD, 2012\n",
        "University of Lagos College of Medicine\n- MD (2012)\n",
    ],
)
def test_an_md_in_the_education_section_is_held(profile_of: ProfileOf, education: str) -> None:
    text = (
        "Amara Okafor, MD, MPH\namara@example.com\n\nEDUCATION\n"
        f"{education}\nEXPERIENCE\nClinical Data Scientist, Acme Health, 2017 - 2024\n- Python\n"
    )
    degrees = profile_of(text, "resume").education.degrees
    assert [d.level for d in degrees if d.line > 1 and "MD" in d.text] == ["phd"]


@pytest.mark.parametrize(
    "line",
    [
        "Data Analyst, Johns Hopkins University, Baltimore, MD, 2015 - 2018",
        "Data Analyst, NIH, Bethesda, MD, 2015 - 2018",
        "Data Analyst, Acme Corp, MD, 2015 - 2018",
    ],
)
def test_maryland_after_a_town_or_employer_is_no_degree(profile_of: ProfileOf, line: str) -> None:
    text = f"Sam Lee\n\nExperience\n{line}\n- SQL\n"
    assert profile_of(text, "resume").education.degrees == []


@pytest.mark.parametrize(
    "line", ["University of Lagos, MSc, 2012", "University of Lagos, MD, 2012"]
)
def test_a_schools_place_is_no_field(profile_of: ProfileOf, line: str) -> None:
    # a physician's resume: a school's "MD" is the degree there only
    text = f"Amara Okafor\nPhysician\n\nEDUCATION\n{line}\n"
    [degree] = profile_of(text, "resume").education.degrees
    assert degree.field is None


@pytest.mark.parametrize(
    "line",
    ["Board certification in Clinical Informatics", "Board certification", "Board certified"],
)
def test_board_cut_from_its_certification_is_no_term(profile_of: ProfileOf, line: str) -> None:
    asked = _asked(profile_of, _listed(line, "Python", title="Clinical Data Scientist"))
    assert "term:board" not in asked


# A verb opening a literal term says what to do with the thing named after it
@pytest.mark.parametrize(
    ("line", "term"),
    [
        ("Oversee laboratory testing", "laboratory testing"),
        ("Supervise specimen accessioning", "specimen accessioning"),
        ("Experience leading database lock activities", "database lock activities"),
        ("Experience overseeing laboratory testing", "laboratory testing"),
    ],
)
def test_a_leading_verb_is_cut_from_a_term(profile_of: ProfileOf, line: str, term: str) -> None:
    asked = _asked(profile_of, _listed(line, "Python", title="Clinical Data Scientist"))
    assert [r.jd_text for r in asked.values() if not r.known] == [term]


@pytest.mark.parametrize(
    ("line", "term"),
    [("Lead generation", "Lead generation"), ("Leading edge research", "Leading edge research")],
)
def test_a_verb_like_name_stays(profile_of: ProfileOf, line: str, term: str) -> None:
    asked = _asked(profile_of, _listed(line, "Python"))
    assert term in [r.jd_text for r in asked.values()]


# A DOCX cell merged down over several rows: a company's name is each row's, a list of
# skills is read once


def _merged_docx(path: Path, merged: str) -> Path:
    document = docx.Document()
    document.add_paragraph("Jordan Reyes")
    document.add_paragraph("EXPERIENCE")
    rows = [
        (merged, "Senior Data Scientist", "Jan 2021 - Dec 2024"),
        ("", "Data Scientist", "Mar 2018 - Dec 2020"),
        ("", "Data Analyst", "Jun 2016 - Feb 2018"),
        ("", "Analyst Intern", "Jun 2015 - Sep 2015"),
    ]
    table = document.add_table(rows=4, cols=3)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 0).merge(table.cell(3, 0)).text = merged
    document.save(str(path))
    return path


def test_a_skill_list_merged_down_is_read_once(tmp_path: Path, options: Options) -> None:
    document = read_document(_merged_docx(tmp_path / "cv.docx", "Python, SQL, Docker"))
    assert document.text.count("Python, SQL, Docker") == 1
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    [python] = [skill for skill in profile.skills if skill.id == "python"]
    assert len(python.mentions) == 1


def test_a_company_merged_down_is_still_each_rows(tmp_path: Path) -> None:
    text = read_document(_merged_docx(tmp_path / "cv.docx", "Northwind Analytics, Inc.")).text
    assert text.count("Northwind Analytics, Inc.") == 4


# The years of the people a hire will work beside are theirs, not an ask


@pytest.mark.parametrize(
    "aside",
    [
        "You will work alongside engineers with 10+ years of experience.",
        "Learn from mentors with 12+ years of industry experience.",
        "You will report to a director with 15 years of experience in ML.",
        "Join a team of researchers with 20 years of combined experience.",
    ],
)
def test_the_years_of_the_people_beside_the_hire_ask_nothing(
    profile_of: ProfileOf, aside: str
) -> None:
    text = f"Hiring a data scientist! {aside} You need 2+ years of Python and SQL. DM me.\n"
    assert _posting(profile_of, text).years_required == 2


def test_engineers_sought_with_their_years_still_ask(profile_of: ProfileOf) -> None:
    text = "Hiring! We are looking for engineers with 5+ years of experience in Python. DM me.\n"
    assert _posting(profile_of, text).years_required == 5
