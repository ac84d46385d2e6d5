"""A line that ends one page and opens the next is content, not a running header or footer:
a header opens two pages or more, a footer ends them. An employer named over two roles on
either side of a page break ("Northwind Retail, Chicago") had been dropped from both."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.running_lines import without_running_lines
from mlcareer.extract import extract_profile

from .pdf_rows import dejavu

_EMPLOYER = "Northwind Retail, Chicago"
_FIRST = [
    *("Dana Okafor", "dana@example.com", "EXPERIENCE", "Lead Data Scientist", "Acme Bank"),
    "Jan 2023 - Present",
    *["• Built churn models in Python and shipped them to production."] * 30,
    *("Senior Data Scientist", _EMPLOYER, "Jan 2020 - Dec 2022"),
]
_SECOND = [
    *("Data Scientist", _EMPLOYER, "Jun 2017 - Dec 2019", "• Built forecasts with LightGBM."),
    *("EDUCATION", "B.S. Statistics, Reed College, 2016"),
]


def test_review_prev_a_line_ending_one_page_and_opening_the_next_stays() -> None:
    pages = ["\n".join(_FIRST), "\n".join(_SECOND)]
    assert without_running_lines(pages) == pages


def test_review_prev_a_header_opening_two_pages_still_goes() -> None:
    pages = ["Dana Okafor\n" + "\n".join(_FIRST[1:]), "Dana Okafor\n" + "\n".join(_SECOND)]
    assert without_running_lines(pages) == [pages[0], "\n".join(_SECOND)]


def test_review_prev_an_employer_over_a_page_break_keeps_both_roles(
    tmp_path: Path, options: Options
) -> None:
    pdf = FPDF()
    pdf.add_font("body", "", str(dejavu()))
    pdf.set_auto_page_break(False)
    for lines in (_FIRST, _SECOND):
        pdf.add_page()
        pdf.set_font("body", size=10)
        for row, line in enumerate(lines):
            pdf.text(10, 15 + 7 * row, line)
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    document = read_document(path)
    assert document.text.splitlines().count(_EMPLOYER) == 2
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    assert len(profile.experience.jobs) == 3
