"""Misreadings of documents a careful reader would not make: a job's sub-line taken for an
academic heading, a table of skills with their years taken for jobs, Word's merged cells and
even-page headers, Latin American degree titles, and a wish wrapped over two lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from mlcareer.api import Options, compare
from mlcareer.documents import read_document
from mlcareer.documents.sections import heading_name
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

# -- 1. a one-word academic heading as a line inside a job -----------------------------------


def _two_jobs(sub_line: str, heading: str = "EXPERIENCE") -> str:
    return (
        f"Dana Whitfield\ndana@example.com\n\n{heading}\n"
        "Senior Data Scientist, Northwind Analytics\nJan 2020 - Dec 2024\n"
        f"- Built churn models in Python\n{sub_line}\n- Ran monthly meetups for students\n"
        "Data Analyst, Contoso Retail\nMar 2016 - Dec 2019\n- Wrote SQL reports\n\n"
        "EDUCATION\nB.Sc. Computer Science, State University, 2015\n"
    )


@pytest.mark.parametrize("sub_line", ["Outreach", "Grants", "Service", "Teaching"])
@pytest.mark.parametrize("heading", ["EXPERIENCE", "Experience"])
def test_a_one_word_academic_heading_between_a_jobs_bullets_keeps_the_next_job(
    profile_of: Callable[..., Profile], sub_line: str, heading: str
) -> None:
    resume = profile_of(_two_jobs(sub_line, heading), "resume")
    assert [s.heading for s in resume.sections] == [heading, "EDUCATION"]
    assert [job.title for job in resume.experience.jobs] == [
        "Senior Data Scientist, Northwind Analytics",
        "Data Analyst, Contoso Retail",
    ]
    assert resume.experience.years == pytest.approx(8.8, abs=0.1)


def test_a_line_styled_unlike_the_capitalised_headings_is_a_jobs_sub_line(
    profile_of: Callable[..., Profile],
) -> None:
    text = _two_jobs("Outreach").replace("- Ran monthly", "Ran monthly")
    resume = profile_of(text, "resume")
    assert [s.heading for s in resume.sections] == ["EXPERIENCE", "EDUCATION"]


@pytest.mark.parametrize(
    "block",
    [
        # set apart by a blank line, or in capitals as the other headings are
        "\nOutreach\n- Taught Python at a girls' coding club\n",
        "OUTREACH\n- Taught Python at a girls' coding club\n",
    ],
)
def test_an_outreach_heading_after_the_jobs_still_opens_its_section(
    profile_of: Callable[..., Profile], block: str
) -> None:
    cv = profile_of(
        "EXPERIENCE\nData Scientist, Northwind Analytics\nJan 2020 - Dec 2024\n"
        f"- Built churn models in Python\n{block}\nEDUCATION\nPh.D. Statistics, 2019\n",
        "resume",
    )
    assert [s.name for s in cv.sections] == ["experience", "interests", "education"]


def test_an_outreach_heading_over_an_entry_in_a_cv_of_alike_headings_opens_its_section(
    profile_of: Callable[..., Profile],
) -> None:
    cv = profile_of(
        "Experience\nData Scientist, Northwind Analytics\nJan 2020 - Dec 2024\n"
        "- Built churn models in Python\nOutreach\nCoding club volunteer, 2019 - 2021\n"
        "Education\nPh.D. Statistics, 2019\n",
        "resume",
    )
    assert [s.name for s in cv.sections] == ["experience", "interests", "education"]


# -- 2. a table of skills with the years each was used --------------------------------------


@pytest.mark.parametrize("sep", ["\t", "    ", " | "])
def test_headingless_rows_of_skills_with_their_years_are_no_jobs(
    profile_of: Callable[..., Profile], sep: str
) -> None:
    resume = profile_of(
        "Lee Park\nlee@example.com\n\nData Engineer, Acme Corp\nJan 2021 - Dec 2023\n"
        "- Built pipelines with Airflow\n\n"
        f"Python{sep}2012 - 2024\nSQL{sep}2014 - 2024\nApache Spark{sep}2018 - 2023\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Data Engineer, Acme Corp"]
    assert resume.experience.years == pytest.approx(3.0, abs=0.1)


def test_a_docx_table_of_skills_with_first_and_last_year_is_no_job(
    tmp_path: Path, options: Options
) -> None:
    document = docx.Document()
    for line in ("Lee Park", "Data Engineer, Acme Corp", "Jan 2021 - Dec 2023"):
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=3)
    for row in (("Python", "2012", "2024"), ("SQL", "2014", "2024")):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.save(str(tmp_path / "cv.docx"))
    resume = extract_profile(
        read_document(tmp_path / "cv.docx"), options.taxonomy, options.as_of, "resume"
    )
    assert [job.title for job in resume.experience.jobs] == ["Data Engineer, Acme Corp"]


def test_employers_listed_with_their_years_are_still_jobs(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Lee Park\nlee@example.com\n\nNorthwind Analytics\t2019 - 2024\n"
        "Contoso Retail\t2015 - 2019\n",
        "resume",
    )
    assert resume.experience.years == pytest.approx(9.0, abs=0.2)


@pytest.mark.parametrize("heading", ["", "SKILLS\n"])
def test_a_skills_years_of_use_count_as_its_time(
    profile_of: Callable[..., Profile], options: Options, heading: str
) -> None:
    resume = profile_of(
        "Lee Park\nlee@example.com\n\nData Engineer, Acme Corp\nJan 2021 - Dec 2023\n"
        f"- Built pipelines\n\n{heading}Python\t2014 - 2024\nSQL | 2016 - 2024\n",
        "resume",
    )
    posting = profile_of(
        "Data Engineer\nRequirements:\n- 8+ years of Python\n", "posting", name="jd.txt"
    )
    report = compare(resume, posting, options)
    [python] = [m for m in report.matched + report.missing if m.id == "python"]
    assert (python.status, python.detail) == ("matched", None)


# -- 3. a company cell merged down over several roles ---------------------------------------


def _merged_company_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Jordan Reyes")
    document.add_paragraph("EXPERIENCE")
    rows = [
        ("Northwind Analytics", "Senior Data Scientist", "Jan 2021 - Dec 2024"),
        ("", "Data Scientist", "Mar 2018 - Dec 2020"),
        ("Contoso Retail", "Data Analyst", "Jun 2015 - Feb 2018"),
    ]
    table = document.add_table(rows=3, cols=3)
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    table.cell(0, 0).merge(table.cell(1, 0))
    document.save(str(path))
    return path


def test_a_company_cell_merged_down_names_the_company_of_each_role(tmp_path: Path) -> None:
    text = read_document(_merged_company_docx(tmp_path / "cv.docx")).text
    worded = [line for line in text.splitlines() if line.strip()]
    assert worded[2:] == [
        "Northwind Analytics\tSenior Data Scientist\tJan 2021 - Dec 2024",
        "Northwind Analytics\tData Scientist\tMar 2018 - Dec 2020",
        "Contoso Retail\tData Analyst\tJun 2015 - Feb 2018",
    ]


def test_a_label_cell_merged_down_is_not_repeated(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 1).text = "Senior NLP Engineer, SearchCo\nFeb 2020 - Present"
    table.cell(1, 1).text = "NLP Engineer, TextCorp\nJan 2017 - Jan 2020"
    table.cell(0, 0).merge(table.cell(1, 0)).text = "Experience"
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.count("Experience") == 1


# -- 4. even-page headers ---------------------------------------------------------------------


def test_an_even_page_header_shown_by_the_document_is_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.settings.odd_and_even_pages_header_footer = True
    document.sections[0].even_page_header.paragraphs[0].text = "jordan@example.com"
    document.add_paragraph("Skills")
    document.save(str(tmp_path / "cv.docx"))
    assert read_document(tmp_path / "cv.docx").text.startswith("jordan@example.com")


def test_an_even_page_header_word_never_shows_is_not_read(tmp_path: Path) -> None:
    document = docx.Document()
    document.sections[0].even_page_header.paragraphs[0].text = "hidden kubernetes"
    document.add_paragraph("Skills")
    document.save(str(tmp_path / "cv.docx"))
    assert "hidden" not in read_document(tmp_path / "cv.docx").text


def test_headers_alike_on_first_odd_and_even_pages_are_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    section.different_first_page_header_footer = True
    for header in (section.first_page_header, section.header, section.even_page_header):
        header.paragraphs[0].text = "Jordan Reyes | jordan@example.com"
    document.add_paragraph("Skills")
    document.save(str(tmp_path / "cv.docx"))
    text = read_document(tmp_path / "cv.docx").text
    assert text.count("Jordan Reyes") == 1


# -- 5. Latin American degree titles ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Profesional en Ingeniería de Sistemas, Universidad del Valle, 2018", "bachelor"),
        ("Ingeniero de Sistemas, Universidad de los Andes, 2017", "bachelor"),
        ("Ingeniera de Sistemas - Universidad EAFIT (2019)", "bachelor"),
        ("Licenciado en Matemáticas, Universidad Pedagógica, 2015", "bachelor"),
        ("Licenciada en Física, Universidad de Antioquia, 2015", "bachelor"),
        ("Tecnólogo en Análisis y Desarrollo de Software, SENA, 2016", "associate"),
    ],
)
def test_latin_american_degree_titles_are_read(
    profile_of: Callable[..., Profile], line: str, level: str
) -> None:
    resume = profile_of(
        f"María López\nmaria@example.com\n\nEducación\n{line}\n\n"
        "Experiencia\nDesarrolladora, Acme, 2019 - 2023\n",
        "resume",
    )
    assert resume.education.highest == level


@pytest.mark.parametrize(
    "line",
    [
        "Ingeniero de Datos, Bancolombia, 2019 - 2023",
        "Ingeniera de Software en Rappi, 2020 - 2023",
        "Profesional en formación de datos, Acme, 2019 - 2023",
    ],
)
def test_spanish_job_titles_hold_no_degree(profile_of: Callable[..., Profile], line: str) -> None:
    resume = profile_of(f"María López\n\nExperiencia\n{line}\n", "resume")
    assert resume.education.highest is None


# -- 6. a wish wrapped over two lines ---------------------------------------------------------


def _negated(resume: Profile) -> dict[str, bool]:
    return {hit.id: all(m.negated for m in hit.mentions) for hit in resume.skills}


@pytest.mark.parametrize(
    "wish",
    [
        "Eager to learn\nRust and Terraform in production.",
        "Would love to pick\nup Rust and Terraform.",
        "Keen to\nlearn Rust and Terraform.",
    ],
)
def test_a_wish_wrapped_over_two_lines_names_no_skill_held(
    profile_of: Callable[..., Profile], wish: str
) -> None:
    resume = profile_of(
        f"Sam Lee\nsam@example.com\n\nSUMMARY\nBackend developer with Python. {wish}\n\n"
        "EXPERIENCE\nDeveloper, Acme, 2019 - 2023\n- Built APIs in Python\n",
        "resume",
    )
    negated = _negated(resume)
    assert negated["rust"] and negated["terraform"] and not negated["python"]


@pytest.mark.parametrize(
    "text",
    [
        # the wish ends its line; the next line is a heading, an item or a sentence of its own
        "SUMMARY\nDeveloper eager to learn.\nRust and Terraform daily at Acme.\n",
        "SUMMARY\nDeveloper always eager to learn\nSKILLS\nRust, Terraform\n",
        "SUMMARY\nDeveloper eager to learn\n- Rust and Terraform daily at Acme\n",
    ],
)
def test_a_wish_at_a_lines_end_does_not_reach_a_new_line(
    profile_of: Callable[..., Profile], text: str
) -> None:
    resume = profile_of(f"Sam Lee\nsam@example.com\n\n{text}", "resume")
    negated = _negated(resume)
    assert not negated["rust"] and not negated["terraform"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Python is what I use every day for pipelines at Acme.",
        "Python and SQL are my daily tools at Acme.",
        "Python I use every day for pipelines at Acme.",
        "Python has been my main language since 2019.",
    ],
)
def test_a_wish_ending_its_line_does_not_reach_a_sentence_of_its_own(
    profile_of: Callable[..., Profile], sentence: str
) -> None:
    """A cue at a line's end ("Eager to learn") above a sentence with its own verb: the skill
    that sentence names is used, not wished."""
    resume = profile_of(
        f"Sam Lee\nsam@example.com\n\nSUMMARY\nData engineer. Eager to learn\n{sentence}\n\n"
        "EXPERIENCE\nData Engineer, Acme, 2019 - 2023\n- Built pipelines.\n",
        "resume",
    )
    assert not _negated(resume)["python"]


@pytest.mark.parametrize(
    "wish",
    [
        "Rust and Terraform in production is my goal.",
        "Rust so I can build fast command line tools.",
    ],
)
def test_a_wish_ending_its_line_still_names_a_phrase_on_the_next(
    profile_of: Callable[..., Profile], wish: str
) -> None:
    resume = profile_of(
        f"Sam Lee\nsam@example.com\n\nSUMMARY\nBackend developer. Eager to learn\n{wish}\n\n"
        "EXPERIENCE\nDeveloper, Acme, 2019 - 2023\n- Built APIs in Python\n",
        "resume",
    )
    assert _negated(resume)["rust"]


def test_a_study_under_way_wrapped_over_two_lines_is_learning(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        "Sam Lee\nsam@example.com\n\nSUMMARY\nBackend developer, currently learning\n"
        "Rust on weekends.\n\nEXPERIENCE\nDeveloper, Acme, 2019 - 2023\n- Built APIs in Python\n",
        "resume",
    )
    [rust] = [hit for hit in resume.skills if hit.id == "rust"]
    assert [m.learning for m in rust.mentions] == [True]


# -- a posting's heading written as a job's part ("Requirements:" over a consultant's work) ---


@pytest.mark.parametrize("sub_line", ["Requirements:", "Qualifications:", "Preferred:"])
def test_a_requirements_line_inside_the_jobs_keeps_the_next_job(
    profile_of: Callable[..., Profile], sub_line: str
) -> None:
    resume = profile_of(_two_jobs(sub_line), "resume")
    assert [job.title for job in resume.experience.jobs] == [
        "Senior Data Scientist, Northwind Analytics",
        "Data Analyst, Contoso Retail",
    ]
    assert resume.experience.years == pytest.approx(8.8, abs=0.1)


def test_a_qualifications_section_after_the_jobs_still_lists_skills(
    profile_of: Callable[..., Profile],
) -> None:
    text = _two_jobs("- Led a team of four").replace(
        "EDUCATION\n", "Qualifications\n- Python, SQL, Tableau\n\nEDUCATION\n"
    )
    resume = profile_of(text, "resume")
    assert "skills" in [s.name for s in resume.sections]
    assert len(resume.experience.jobs) == 2


def test_a_qualifications_heading_over_a_certificates_dates_stays_a_section(
    profile_of: Callable[..., Profile],
) -> None:
    text = (
        "Dana Whitfield\n\nEXPERIENCE\nSenior Data Scientist, Northwind Analytics\n"
        "Jan 2020 - Dec 2024\n- Built churn models in Python\n\nQUALIFICATIONS\n"
        "- AWS Certified ML Specialty, 2021 - 2024\n- Python, SQL\n"
    )
    resume = profile_of(text, "resume")
    assert [job.title for job in resume.experience.jobs] == [
        "Senior Data Scientist, Northwind Analytics"
    ]


@pytest.mark.parametrize(
    "block",
    [
        "Qualifications:\n- AWS Certified ML Specialty, 2019 - 2022\n- Python, SQL\n",
        "Qualifications:\n- Certified Scrum Master (2019 - 2022)\n",
        "Preferred:\n- Remote work, 2025 - 2026\n",
    ],
)
def test_a_qualifications_line_over_a_certificates_dates_adds_no_job(
    profile_of: Callable[..., Profile], block: str
) -> None:
    # the dates stand in a list item under the heading: a certificate's, no later job's
    text = (
        "Dana Whitfield\ndana@example.com\n\nExperience\n"
        "Senior Data Scientist, Northwind Analytics\n"
        f"Jan 2020 - Dec 2024\n- Built churn models in Python\n{block}\n"
        "Education\nBSc Statistics, 2015\n"
    )
    resume = profile_of(text, "resume")
    assert [job.title for job in resume.experience.jobs] == [
        "Senior Data Scientist, Northwind Analytics"
    ]
    assert resume.experience.years == pytest.approx(5.0, abs=0.1)


@pytest.mark.parametrize(
    "heading",
    [
        "Certifications and Qualifications:",
        "Certifications & Licenses",
        "Qualifications and Certifications",
        "CERTIFICATES AND LICENSES",
        "Training and Certifications",
    ],
)
def test_a_certifications_heading_joined_with_another_keeps_its_dates_out_of_work(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    text = (
        "Dana Whitfield\n\nEXPERIENCE\nSenior Data Scientist, Northwind Analytics\n"
        f"Jan 2020 - Dec 2024\n- Built churn models in Python\n\n{heading}\nPMP, 2018 - 2021\n"
        "AWS Certified ML Specialty, 2021 - 2024\n"
    )
    resume = profile_of(text, "resume")
    assert [s.name for s in resume.sections] == ["experience", "certifications"]
    assert resume.experience.years == pytest.approx(5.0, abs=0.1)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Skills & Certifications", "skills"),
        ("Awards & Certifications", "certifications"),
        ("Honours and Certifications", "certifications"),
        ("Publications & Patents", "publications"),
        ("PATENTS", "publications"),
        ("Open Source Contributions", "projects"),
        ("Conferences & Talks", "interests"),
    ],
)
def test_joined_headings_of_dated_entries_that_are_no_work(heading: str, name: str) -> None:
    assert heading_name(heading) == name
