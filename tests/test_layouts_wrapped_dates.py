"""Ranges of dates that a narrow date column wrapped onto two or three lines ("Mar 2021 –" over
"Present"), in a Word table's first cell and in a PDF laid out with a date column left of
each role: read as one range beside the role."""

from __future__ import annotations

import time
from pathlib import Path

import docx
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.wrapped_dates import joined_range_lines, mend_split_ranges
from mlcareer.extract import extract_profile
from mlcareer.models import Experience

from .pdf_rows import dejavu

Row = tuple[str, str]  # the date column's text, the role column's text


def _date_column_pdf(tmp_path: Path, rows: list[Row]) -> Path:
    """Each row's date piece at the left margin and its role text 35 mm right of it, on one
    baseline, 5 mm apart."""
    pdf = FPDF()
    pdf.add_font("body", "", str(dejavu()))
    pdf.set_font("body", size=10)
    pdf.add_page()
    for number, (dates, text) in enumerate(rows):
        y = 20 + 5 * number
        if dates:
            pdf.text(10, y, dates)
        if text:
            pdf.text(45, y, text)
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path


def _table_docx(tmp_path: Path, jobs: list[tuple[list[str], list[str]]]) -> Path:
    """A resume whose jobs are a table's rows: the date cell's paragraphs, the role cell's."""
    document = docx.Document()
    document.add_paragraph("Dana Okafor")
    document.add_paragraph("Experience", style="Heading 1")
    table = document.add_table(rows=0, cols=2)
    for dates, role in jobs:
        left, right = table.add_row().cells
        left.text = dates[0]
        for line in dates[1:]:
            left.add_paragraph(line)
        right.text = role[0]
        for line in role[1:]:
            right.add_paragraph(line, style="List Bullet" if line.startswith("Built") else None)
    path = tmp_path / "cv.docx"
    document.save(str(path))
    return path


def _experience(path: Path, options: Options) -> Experience:
    profile = extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")
    return profile.experience


_PDF_ROWS: list[Row] = [
    ("", "Dana Okafor"),
    ("", "EXPERIENCE"),
    ("Mar 2021 –", "Machine Learning Engineer"),
    ("Present", "Brightline Health"),
    ("", "• Built forecasting services in Python and LightGBM."),
    ("Jun 2018 –", "Data Analyst"),
    ("Feb 2021", "Corvid Insurance"),
    ("", "• Wrote dashboards in Tableau."),
    ("", "EDUCATION"),
    ("2014 –", "B.S. Mathematics"),
    ("2018", "Reed College"),
]


def test_layouts_a_pdf_date_column_wrapped_after_the_dash_dates_each_role(
    tmp_path: Path, options: Options
) -> None:
    path = _date_column_pdf(tmp_path, _PDF_ROWS)
    lines = read_document(path).text.splitlines()
    assert "Mar 2021 – Present Machine Learning Engineer" in lines
    assert "Brightline Health" in lines
    assert "Jun 2018 – Feb 2021 Data Analyst" in lines
    assert "2014 – 2018 B.S. Mathematics" in lines
    experience = _experience(path, options)
    assert [job.title for job in experience.jobs] == ["Machine Learning Engineer", "Data Analyst"]
    assert [r.text for r in experience.ranges if r.section == "experience"] == [
        "Mar 2021 – Present",
        "Jun 2018 – Feb 2021",
    ]


def test_layouts_a_pdf_date_column_wrapped_before_the_dash_dates_the_role(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ("", "EXPERIENCE"),
        ("2016", "Research Engineer"),
        ("– 2019", "Northwind Labs"),
        ("", "• Built forecasting services in Python."),
    ]
    lines = read_document(_date_column_pdf(tmp_path, rows)).text.splitlines()
    assert lines[1:3] == ["2016 – 2019 Research Engineer", "Northwind Labs"]


def test_layouts_pdf_rows_that_are_no_wrapped_range_stay_as_pdfium_reads_them(
    tmp_path: Path,
) -> None:
    rows = [
        ("", "AWARDS"),
        ("2021 –", "Best paper, KDD workshop"),  # newest first: 2019 does not end 2021
        ("2019", "Kaggle silver medal"),
        ("", "EXPERIENCE"),
        ("2019 –", "Data Scientist, Acme"),  # the next line opens its own range
        ("2021 –", "Lead Data Scientist, Acme"),
        ("2018 – 2019", "Analyst, Initech"),  # whole already
        ("2020", "Hackathon winner"),
    ]
    lines = read_document(_date_column_pdf(tmp_path, rows)).text.splitlines()
    assert lines == [
        "AWARDS",
        "2021 – Best paper, KDD workshop",
        "2019 Kaggle silver medal",
        "EXPERIENCE",
        "2019 – Data Scientist, Acme",
        "2021 – Lead Data Scientist, Acme",
        "2018 – 2019 Analyst, Initech",
        "2020 Hackathon winner",
    ]


def _flush_right_pdf(tmp_path: Path, rows: list[Row]) -> Path:
    """Each row's text at the left margin and its date piece flush right, 5 mm apart."""
    pdf = FPDF()
    pdf.add_font("body", "", str(dejavu()))
    pdf.set_font("body", size=10)
    pdf.add_page()
    for number, (text, dates) in enumerate(rows):
        y = 20 + 5 * number
        pdf.text(10, y, text)
        if dates:
            pdf.text(200 - pdf.get_string_width(dates), y, dates)
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path


def test_layouts_a_flush_right_date_wrapped_after_the_dash_ends_its_range(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ("EXPERIENCE", ""),
        ("Machine Learning Engineer", "Mar 2021 –"),
        ("Brightline Health, Portland", "Present"),
        ("• Built forecasting services in Python.", ""),
        ("Data Analyst", "Jun 2018 –"),
        ("Corvid Insurance, Salem", "Feb 2021"),
        ("• Wrote dashboards in Tableau.", ""),
    ]
    path = _flush_right_pdf(tmp_path, rows)
    lines = read_document(path).text.splitlines()
    assert lines[1:3] == [
        "Machine Learning Engineer Mar 2021 – Present",
        "Brightline Health, Portland",
    ]
    assert lines[4:6] == ["Data Analyst Jun 2018 – Feb 2021", "Corvid Insurance, Salem"]
    jobs = _experience(path, options).jobs
    assert [(job.title, job.years) for job in jobs] == [
        ("Machine Learning Engineer", 5.8),
        ("Data Analyst", 2.8),
    ]


def test_layouts_a_flush_right_open_range_keeps_the_next_lines_own_date(
    tmp_path: Path,
) -> None:
    rows = [
        ("EXPERIENCE", ""),
        ("Lead ML Engineer, Acme", "2021 –"),  # open: it runs to the present
        ("• Paper accepted at NeurIPS", "2023"),  # a bullet's date
        ("Senior ML Engineer, Acme", "2021 –"),
        ("Speaker, PyData Berlin", "Jun 2023"),  # a date of another form
        ("ML Engineer, Initech", "2019 –"),
        ("Analyst, Initech", "2016"),  # runs back
        ("Engineer, Hooli", "2015 –"),
        ("Hooli Research", "2016 – 2018"),  # a range of its own
    ]
    lines = read_document(_flush_right_pdf(tmp_path, rows)).text.splitlines()
    assert lines == [f"{text} {dates}".strip() for text, dates in rows]


def test_layouts_a_word_date_cell_wrapped_over_paragraphs_dates_each_role(
    tmp_path: Path, options: Options
) -> None:
    jobs = [
        (["Mar 2021 –", "Present"], ["Machine Learning Engineer", "Built models in Python."]),
        (["06/2018 –", "02/2021"], ["Data Analyst", "Built dashboards in Tableau."]),
        (["2016", "–", "2018"], ["Research Assistant", "Built CNNs in PyTorch."]),
    ]
    path = _table_docx(tmp_path, jobs)
    lines = read_document(path).text.splitlines()
    assert "Mar 2021 – Present\tMachine Learning Engineer" in lines
    assert "06/2018 – 02/2021\tData Analyst" in lines
    assert "2016 – 2018\tResearch Assistant" in lines
    experience = _experience(path, options)
    assert [job.title for job in experience.jobs] == [
        "Machine Learning Engineer",
        "Data Analyst",
        "Research Assistant",
    ]


def test_layouts_cell_lines_that_are_no_wrapped_range_stay_apart() -> None:
    for lines in (
        ["2019", "2021"],  # two years, no dash
        ["Mar 2021 –", "Remote"],  # a place under an open range
        ["2021 –", "2019"],  # backwards
        ["Jan 2020 – Mar 2021", "Apr 2021 – Present"],  # two whole ranges
        ["Python –", "5 years"],
    ):
        assert joined_range_lines(lines) == lines


def test_layouts_a_long_hostile_pdf_text_is_mended_as_fast_as_plain_text() -> None:
    def seconds(text: str) -> float:
        started = time.process_time()
        mend_split_ranges(text)
        return time.process_time() - started

    hostile = ("2019 – " * 400 + "\n" + "Mar 2021 " * 400 + "\n") * 20
    plain = ("word - " * 400 + "\n" + "word word " * 400 + "\n") * 20
    seconds(plain)  # warm up
    # the best of three runs each, so that a busy machine's pause is no failure
    assert min(seconds(hostile) for _ in range(3)) < 3 * min(seconds(plain) for _ in range(3))
