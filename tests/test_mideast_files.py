"""Hebrew, Arabic and Greek resumes as files: a Word document whose Arabic paragraphs are
right-to-left with Arabic-Indic digits, a Greek PDF, and a Hebrew PDF drawn right to left as
a word processor draws it (its letters in visual order), all written here."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.parser import OxmlElement
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

from .pdf_rows import dejavu

ARABIC_CV = [
    "الخبرة العملية",
    "مهندس تعلم آلي، شركة نجم، عمّان ٢٠٢٠ - حتى الآن",
    "- تطوير نماذج باستخدام Python و TensorFlow",
    "",
    "التعليم",
    "ماجستير في الذكاء الاصطناعي، الجامعة الأردنية، ۲۰۱۹",
    "",
    "المهارات",
    "Python، SQL، Docker",
]


def _profile(path: Path, options: Options) -> Profile:
    return extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")


def test_an_arabic_word_document_reads_right_to_left(tmp_path: Path, options: Options) -> None:
    document = docx.Document()
    for line in ARABIC_CV:
        paragraph = document.add_paragraph(line)
        bidi = OxmlElement("w:bidi")
        paragraph._p.get_or_add_pPr().append(bidi)
        for run in paragraph.runs:
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    path = tmp_path / "cv.docx"
    document.save(str(path))
    profile = _profile(path, options)
    assert [s.name for s in profile.sections] == ["experience", "education", "skills"]
    [found] = profile.experience.ranges
    assert found.ongoing and found.start == 2020 * 12
    assert profile.education.highest == "master"
    assert {"python", "sql", "docker", "tensorflow"} <= {s.id for s in profile.skills}


def _pdf(tmp_path: Path, lines: list[str], right_to_left: bool) -> Path:
    pdf = FPDF()
    pdf.add_font("body", "", str(dejavu()))
    pdf.set_font("body", size=11)
    pdf.add_page()
    for line in lines:
        rtl = right_to_left and any("\u0590" <= c <= "\u05ff" for c in line)
        shown = line[::-1] if rtl else line  # drawn in visual order, as a renderer does
        pdf.cell(0, 7, shown, new_x="LMARGIN", new_y="NEXT", align="R" if rtl else "L")
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path


def test_a_greek_pdf_reads(tmp_path: Path, options: Options) -> None:
    lines = [
        "Επαγγελματική εμπειρία",
        "Data Analyst, Alpha Bank, 09/2017 - σήμερα",
        "- Αναλύσεις με SQL",
        "Εκπαίδευση",
        "Πτυχίο Πληροφορικής, Πανεπιστήμιο Πειραιώς, 2017",
    ]
    profile = _profile(_pdf(tmp_path, lines, right_to_left=False), options)
    assert [s.name for s in profile.sections] == ["experience", "education"]
    assert [r.ongoing for r in profile.experience.ranges] == [True]
    assert profile.education.highest == "bachelor"


def test_a_hebrew_pdf_drawn_right_to_left_reads(tmp_path: Path, options: Options) -> None:
    lines = [
        "ניסיון תעסוקתי",
        "Data Scientist, Lumio, Tel Aviv, 2021 - 2024",
        "- Ranking models in Python",
        "השכלה",
        "תואר שני במדעי המחשב",
    ]
    profile = _profile(_pdf(tmp_path, lines, right_to_left=True), options)
    assert [s.name for s in profile.sections] == ["experience", "education"]
    assert profile.education.highest == "master"
