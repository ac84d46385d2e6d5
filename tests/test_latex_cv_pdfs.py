"""PDF CVs set the way LaTeX templates set them (icon fonts before contact details, dates
flush right on a role's line, month names of other languages), written here with fpdf2 and
read through the real PDF reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
# Code points an icon font (Font Awesome, as moderncv and AltaCV use it) gives its glyphs:
# a phone, an envelope, GitHub's cat; drawn here with DejaVu's own symbols
PHONE, MAIL, GITHUB = "\uf095", "\uf0e0", "\uf09b"
_DRAWN_AS = {PHONE: "\u260e", MAIL: "\u2709", GITHUB: "\u2318"}


def _icon_font(tmp_path: Path) -> Path:
    """DejaVu Sans whose character map also gives the icons' private-use code points."""
    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is not installed")
    font = TTFont(str(DEJAVU))
    for table in font["cmap"].tables:
        if table.isUnicode():
            for icon, symbol in _DRAWN_AS.items():
                table.cmap[ord(icon)] = table.cmap[ord(symbol)]
    path = tmp_path / "icons.ttf"
    font.save(str(path))
    return path


def _pdf(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    """One page: each row's text on the left and its dates (if any) flush right."""
    pdf = FPDF()
    pdf.add_font("icons", "", str(_icon_font(tmp_path)))
    pdf.set_font("icons", size=9)
    pdf.add_page()
    for number, (text, dates) in enumerate(rows):
        y = 20 + 6 * number
        pdf.text(15, y, text)
        if dates:
            pdf.text(195 - pdf.get_string_width(dates), y, dates)
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    return path


def test_icon_glyphs_before_contact_details_do_not_reach_the_text(
    tmp_path: Path, options: Options
) -> None:
    contact = f"{PHONE} +34 600 000 000   {MAIL} lucia@example.es   {GITHUB} github.com/lmartin"
    path = _pdf(tmp_path, [("Lucía Martín", ""), (contact, ""), ("Experiencia", "")])
    document = read_document(path)
    assert not set(_DRAWN_AS) & set(document.text)
    assert document.text.splitlines()[1].split() == [
        "+34",
        *("600", "000", "000", "lucia@example.es", "github.com/lmartin"),
    ]
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    assert [signal.text for signal in profile.signals.items if signal.kind == "github-profile"] == [
        document.text.splitlines()[1].strip()
    ]


def test_a_spanish_cv_with_dates_flush_right_reads_its_roles_and_degree(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ("Experiencia profesional", ""),
        ("Ingeniero de Machine Learning, Nopal Tech", "jun. 2020 – presente"),
        ("▪ Sistemas de recomendación con TensorFlow", ""),
        ("Desarrollador backend, Tacos Cloud", "ago. 2017 – may. 2020"),
        ("▪ APIs en Go y PostgreSQL", ""),
        ("Formación académica", ""),
        ("Ingeniero en Sistemas Computacionales, Instituto Politécnico Nacional", "2012 – 2017"),
    ]
    document = read_document(_pdf(tmp_path, rows))
    profile = extract_profile(document, options.taxonomy, options.as_of, "resume")
    assert [(job.title, job.years) for job in profile.experience.jobs] == [
        ("Ingeniero de Machine Learning, Nopal Tech", 6.5),  # to November 2026
        ("Desarrollador backend, Tacos Cloud", 2.8),
    ]
    assert [(degree.level, degree.line) for degree in profile.education.degrees] == [
        ("bachelor", 7)
    ]
