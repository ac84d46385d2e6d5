"""A builder's two-column PDF (resume.io sets "Details", "Links" and skills in its sidebar)
drawn row by row: the sidebar's headings are headings, so each column is read whole."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.documents.sections import heading_name, posting_heading
from mlcareer.extract import extract_profile

from .pdf_rows import dejavu

_SIDEBAR = ["Details", "Portland, OR", "+1 415 555 0134", "dana.okafor@example.com", ""]
_SIDEBAR += ["Links", "LinkedIn", "GitHub", "", "Toolkit", "Python", "PyTorch", "SQL", "Docker"]
_MAIN = ["Profile", "ML engineer who takes models from notebooks to production.", ""]
_MAIN += ["Employment History", "Machine Learning Engineer, Brightline Health"]
_MAIN += ["March 2021 - Present", "• Built a forecasting service in Python and LightGBM."]
_MAIN += ["Data Analyst, Corvid Insurance", "June 2018 - February 2021"]
_MAIN += ["• Wrote dashboards in Tableau.", "", "Education"]
_MAIN += ["M.S. Computer Science, University of Oregon, 2018"]


def _two_columns_pdf(tmp_path: Path) -> Path:
    """The sidebar and the main column drawn a row of each at a time."""
    pdf = FPDF()
    pdf.add_font("body", "", str(dejavu()))
    pdf.add_page()
    for row in range(max(len(_SIDEBAR), len(_MAIN))):
        for x, width, column in ((10, 55, _SIDEBAR), (70, 130, _MAIN)):
            pdf.set_xy(x, 20 + 6 * row)
            pdf.set_font("body", size=9)
            pdf.cell(width, 6, column[row] if row < len(column) else "")
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path


def test_layouts_a_sidebar_of_details_links_and_a_toolkit_is_read_whole(
    tmp_path: Path, options: Options
) -> None:
    path = _two_columns_pdf(tmp_path)
    lines = read_document(path).text.splitlines()
    assert lines == [line for line in [*_SIDEBAR, *_MAIN] if line]
    profile = extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")
    assert [job.title for job in profile.experience.jobs] == [
        "Machine Learning Engineer, Brightline Health",
        "Data Analyst, Corvid Insurance",
    ]
    assert [section.name for section in profile.sections][:3] == ["contact", "contact", "skills"]


def test_layouts_sidebar_headings_name_no_posting_section_nor_a_line_with_words() -> None:
    for line in ("Details", "Links", "Toolkit", "My Skills", "Contact me"):
        assert posting_heading(line) is None
    for line in ("Links: github.com/dana", "Implementation details", "Social Media", "Tech"):
        assert heading_name(line) is None
