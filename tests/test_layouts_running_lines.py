"""A PDF resume's running header and footer ("Dana Okafor Page 2 of 2", "Confidential") on
every page: read once, so that a job whose title ends one page and whose dates open the next
keeps its title."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.running_lines import without_running_lines
from mlcareer.extract import extract_profile

from .pdf_rows import dejavu

_FILLER = "ML engineer with a focus on forecasting and experimentation in production."


def _pages_pdf(tmp_path: Path, pages: list[list[str]], footer_first: bool = False) -> Path:
    """Each page's lines under a header of the name and the page's number, above a footer;
    `footer_first` draws the footer before the body (pdfium then reads it near the top)."""
    pdf = FPDF()
    pdf.add_font("body", "", str(dejavu()))
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("body", size=8)
        pdf.text(10, 10, "Dana Okafor")
        pdf.text(170, 10, f"Page {number} of {len(pages)}")
        if footer_first:
            pdf.text(90, 288, "Confidential")
        pdf.set_font("body", size=10)
        for row, line in enumerate(lines):
            pdf.text(10, 22 + 6 * row, line)
        if not footer_first:
            pdf.set_font("body", size=8)
            pdf.text(90, 288, "Confidential")
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path


_PAGES = [
    [
        *("Dana Okafor", "dana.okafor@example.com", "SUMMARY", *[_FILLER] * 30, "EXPERIENCE"),
        *("Data Scientist, Northwind Retail", "Jan 2022 – Present", "• Built churn models."),
        "Machine Learning Engineer, Brightline Health",
    ],
    [
        *("Mar 2019 – Dec 2021", "• Built forecasting with LightGBM.", "EDUCATION"),
        "B.S. Statistics, Reed College, 2018",
    ],
]


def test_layouts_a_page_header_between_a_title_and_its_dates_is_read_once(
    tmp_path: Path, options: Options
) -> None:
    path = _pages_pdf(tmp_path, _PAGES)
    lines = read_document(path).text.splitlines()
    assert lines[0] == "Dana Okafor Page 1 of 2"  # the first page's header stays
    assert "Dana Okafor Page 2 of 2" not in lines
    assert lines.count("Confidential") == 1 and lines[-1] == "Confidential"
    title = lines.index("Machine Learning Engineer, Brightline Health")
    assert lines[title + 1] == "Mar 2019 – Dec 2021"
    profile = extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")
    assert [job.title for job in profile.experience.jobs] == [
        "Data Scientist, Northwind Retail",
        "Machine Learning Engineer, Brightline Health",
    ]


def test_layouts_a_footer_drawn_before_the_body_is_read_once_too(tmp_path: Path) -> None:
    lines = read_document(_pages_pdf(tmp_path, _PAGES, footer_first=True)).text.splitlines()
    assert lines.count("Confidential") == 1
    assert not any(line.startswith("Dana Okafor Page 2") for line in lines)


def test_layouts_lines_that_only_look_like_running_ones_stay() -> None:
    one_page = ["Dana Okafor\nPage 1 of 1\nEXPERIENCE\nConfidential"]
    assert without_running_lines(one_page) == one_page
    # a year at a page's foot is no page number; a line on one page only is no header
    pages = ["EXPERIENCE\nML Engineer\n2019", "2021\nData Scientist\nSKILLS\nPython"]
    assert without_running_lines(pages) == pages
    # a section's heading that opens each page
    pages = ["EXPERIENCE\nML Engineer\nAcme", "EXPERIENCE\nData Scientist\nInitech"]
    assert without_running_lines(pages) == pages
    # a sentence naming a page, at a page's foot
    pages = ["SUMMARY\nML engineer\nRebuilt the landing page 3 times", "SKILLS\nPython\nSQL"]
    assert without_running_lines(pages) == pages


def test_layouts_a_page_number_on_later_pages_only_is_dropped() -> None:
    first = ["Dana Okafor", "Built models", "Shipped APIs", "Led a team", "Wrote tests"]
    second = ["Ran experiments", "Tuned Spark jobs", "EDUCATION", "B.S. Statistics"]
    pages = ["\n".join(first), "\n".join([*second, "Page 2 - Dana Okafor"])]
    assert without_running_lines(pages) == [pages[0], "\n".join(second)]
