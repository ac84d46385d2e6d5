"""Pages as their files print them: a form feed (pdftotext's page break) is no stray control,
and a PDF whose section labels stand in capitals beside their sections' first lines
("EXPERIENCE Senior Data Scientist, Acme") reads each label as a heading above its section."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

from .conftest import invoke


def test_formats2_a_form_feed_is_a_page_break_not_a_stray_control(
    write: Callable[[str, str], Path],
) -> None:
    text = (
        "Dana Whitfield\nEXPERIENCE\nML Engineer, Harborview Labs, 2020 - Present\n"
        "\fEDUCATION\nMSc Statistics, Lakeside University, 2017 - 2019\fSKILLS\nPython, SQL\n\f"
    )
    path = write("cv.txt", text)
    document = read_document(path)
    assert not document.warnings
    assert "\nEDUCATION\n" in document.text
    assert "2017 - 2019\nSKILLS\nPython, SQL\n" in document.text  # a break between lines
    result = invoke("extract", path, "--format", "json", "--as", "resume")
    data = json.loads(result.stdout)
    assert [section["name"] for section in data["sections"]] == [
        "experience",
        "education",
        "skills",
    ]
    content = path.read_text(encoding="utf-8")
    mentions = [m for skill in data["skills"] for m in skill["mentions"]]
    assert {"Python", "SQL"} <= {m["text"] for m in mentions}  # past the breaks
    for mention in mentions:
        assert content[mention["start"] : mention["end"]] == mention["text"]


def test_formats2_other_controls_still_warn(write: Callable[[str, str], Path]) -> None:
    document = read_document(write("cv.txt", "Skills\nPython\x07, SQL\x0b\n"))
    assert document.warnings == ["removed control characters from the text"]
    assert document.text == "Skills\nPython, SQL\n"


LABELLED = """\
Tomas Lindqvist
Data Scientist | tomas.l@example.com

EXPERIENCE        Senior Data Scientist, Northwind Mobility, 2021 - Present
                  Built churn models in Python with XGBoost and SQL
                  Data Analyst, Kestrel Bank, 2017 - 2020
EDUCATION         MSc Statistics, Uppsala University, 2017
Skills            Languages: Python, R, SQL
LANGUAGES         Swedish, English
"""


def _labelled_pdf(path: Path, rows: list[tuple[str, str]]) -> Path:
    """Each label in bold capitals at the left margin, its section's lines 40 mm right of it,
    a label on the baseline of its section's first line."""
    pdf = FPDF()
    pdf.add_page()
    for number, (label, text) in enumerate(rows):
        y = 15 + 6 * number
        if label:
            pdf.set_font("helvetica", "B", 10)
            pdf.set_xy(15, y)
            pdf.cell(text=label)
        if text:
            pdf.set_font("helvetica", "", 10)
            pdf.set_xy(55, y)
            pdf.cell(text=text)
    pdf.output(str(path))
    return path


def _check_labelled(profile: Profile, sections: list[str]) -> None:
    assert [section.name for section in profile.sections] == sections
    assert profile.experience.titles == [
        "Senior Data Scientist, Northwind Mobility",
        "Data Analyst, Kestrel Bank",
    ]
    [degree] = profile.education.degrees
    assert degree.text == "MSc Statistics, Uppsala University, 2017"


def test_formats2_labels_beside_their_sections_head_them_in_a_pdf(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        (label.strip(), text.strip())
        for line in LABELLED.splitlines()
        for label, text in [(line[:18], line[18:]) if len(line) > 18 else ("", line)]
        if line
    ]
    document = read_document(_labelled_pdf(tmp_path / "cv.pdf", rows))
    assert "\nEXPERIENCE\nSenior Data Scientist, Northwind" in document.text
    # "Skills" is not in capitals: the PDF's reader left one space, as in a sentence
    assert "\nSkills Languages: Python, R, SQL\n" in document.text
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    _check_labelled(profile, ["experience", "education", "languages"])


@pytest.mark.parametrize(
    "rows",
    [
        # a table of skills in capitals: no page's section
        [("", "Ana Ruiz"), ("SKILLS", ""), ("LANGUAGES", "Python, Scala"), ("TOOLS", "Git")],
        # one label beside its text, the other headings on lines of their own
        [
            ("", "Ana Ruiz"),
            ("SUMMARY", "Data scientist in retail."),
            ("EXPERIENCE", ""),
            ("", "Data Scientist, Acme, 2020 - 2024"),
            ("EDUCATION", ""),
            ("", "BSc Physics"),
        ],
    ],
)
def test_formats2_capitals_beside_text_without_a_label_column_stay(
    tmp_path: Path, rows: list[tuple[str, str]]
) -> None:
    text = read_document(_labelled_pdf(tmp_path / "cv.pdf", rows)).text
    joined = [f"{label} {line}".strip() for label, line in rows]
    assert text.splitlines() == joined
