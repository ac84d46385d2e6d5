"""Postings4: a careers page printed to PDF from a browser carries the browser's own header and
footer on each page: the date and time printed with the page's title, and the page's address
with its number. A reader skips them: the title is the posting's own heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from mlcareer.api import extract
from mlcareer.documents import read_document

ADDRESS = "https://quuxco.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Solutions-Architect"
BODY = [
    "Quuxco Careers",
    "Solutions Architect, Generative AI",
    "locations",
    "Austin, TX",
    "Minimum Qualifications:",
    "- Bachelor's degree in Computer Science",
    "- 7+ years in solutions architecture or software engineering",
    "- Proficiency in Python",
    "Preferred Qualifications:",
    "- Experience with prompt engineering and LangChain",
]


def _printed(path: Path, header: tuple[str, str], footer: tuple[str, str], pages: int) -> Path:
    """The page as a browser prints it: `header` and `footer` (left, right) on every page."""

    class Printed(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", size=8)
            self.set_xy(10, 5)
            self.cell(60, 5, header[0])
            self.set_xy(80, 5)
            self.cell(110, 5, header[1])
            self.set_xy(10, 20)

        def footer(self) -> None:
            self.set_font("Helvetica", size=8)
            self.set_xy(10, -10)
            self.cell(170, 5, footer[0].replace("#", str(self.page_no())))
            self.set_xy(185, -10)
            self.cell(20, 5, footer[1].replace("#", str(self.page_no())))

    pdf = Printed()
    for page in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in BODY if page == 0 else ["- Experience with vector databases"]:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


CHROME = (
    ("11/30/26, 9:52 PM", "Solutions Architect, Generative AI | Quuxco Careers"),
    (ADDRESS, "#/2"),
)
FIREFOX = (
    ("Solutions Architect, Generative AI | Quuxco Careers", ADDRESS[:60]),
    ("# of 2", "30/11/2026, 21:52"),
)


@pytest.mark.parametrize("browser", [CHROME, FIREFOX], ids=["chrome", "firefox"])
@pytest.mark.parametrize("pages", [1, 2])
def test_postings4_a_printed_pages_browser_lines_are_left_out(
    browser: tuple[tuple[str, str], tuple[str, str]], pages: int, tmp_path: Path
) -> None:
    path = _printed(tmp_path / "job.pdf", *browser, pages=pages)
    text = read_document(path).text
    assert "9:52" not in text and "21:52" not in text
    assert "myworkdayjobs" not in text
    profile = extract(path, doc_type="posting")
    assert profile.posting is not None
    assert profile.posting.title == "Solutions Architect, Generative AI"
    assert profile.posting.years_required == 7


def test_postings4_a_first_line_of_dates_and_times_that_is_content_stays(tmp_path: Path) -> None:
    """A schedule's line that opens a page with a date and a time, then more words than a
    page's title, and a line that ends with an address, are the document's own."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in [
        "Data Engineer",
        "Requirements",
        "- Python and SQL",
        "Apply at https://quuxco.example/jobs/42",
    ]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "plain.pdf"
    pdf.output(str(path))
    text = read_document(path).text
    assert text.splitlines()[0] == "Data Engineer"
    assert "Apply at https://quuxco.example/jobs/42" in text


def test_postings4_a_sites_lower_case_label_ends_the_title_line(tmp_path: Path) -> None:
    """Workday's "locations" label under the title is no wrapped sentence's end."""
    text = "\n".join([*BODY[:4], "time type", "Full time", *BODY[4:]]) + "\n"
    path = tmp_path / "job.txt"
    path.write_text(text, encoding="utf-8")
    profile = extract(path, doc_type="posting")
    assert profile.posting is not None
    assert profile.posting.title == "Solutions Architect, Generative AI"


def test_postings4_a_sentence_wrapped_before_the_word_locations_stays_joined(
    tmp_path: Path,
) -> None:
    text = (
        "Data Engineer\n\nRequirements\n- A Bachelor's degree or equivalent\n"
        "  locations experience is not what we ask; 3+ years of Python\n"
    )
    path = tmp_path / "job.txt"
    path.write_text(text, encoding="utf-8")
    profile = extract(path, doc_type="posting")
    assert profile.posting is not None
    assert profile.posting.years_required == 3
