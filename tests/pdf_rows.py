"""One-page PDFs set the way LaTeX resume templates set them, written with fpdf2 for tests:
each row's text on the left and its dates (if any) flush right."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def dejavu() -> Path:
    """DejaVu Sans, or the test skipped where it is not installed."""
    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is not installed")
    return DEJAVU


def rows_pdf(
    tmp_path: Path, rows: list[tuple[str, str]], font: Path, size: float, leading: float
) -> Path:
    """The rows on one page in `font`, `leading` millimetres apart."""
    pdf = FPDF()
    pdf.add_font("body", "", str(font))
    pdf.set_font("body", size=size)
    pdf.add_page()
    for number, (text, dates) in enumerate(rows):
        y = 20 + leading * number
        pdf.text(15, y, text)
        if dates:
            pdf.text(195 - pdf.get_string_width(dates), y, dates)
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path
