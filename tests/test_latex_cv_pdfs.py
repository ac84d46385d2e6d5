"""PDF CVs set the way LaTeX templates set them (icon fonts before contact details, dates
flush right on a role's line, month names of other languages), written here with fpdf2 and
read through the real PDF reader."""

from __future__ import annotations

from pathlib import Path

from fontTools.ttLib import TTFont

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile

from .pdf_rows import dejavu, rows_pdf

# Code points an icon font (Font Awesome, as moderncv and AltaCV use it) gives its glyphs:
# a phone, an envelope, GitHub's cat; drawn here with DejaVu's own symbols
PHONE, MAIL, GITHUB = "\uf095", "\uf0e0", "\uf09b"
_DRAWN_AS = {PHONE: "\u260e", MAIL: "\u2709", GITHUB: "\u2318"}


def _icon_font(tmp_path: Path) -> Path:
    """DejaVu Sans whose character map also gives the icons' private-use code points."""
    font = TTFont(str(dejavu()))
    for table in font["cmap"].tables:
        if table.isUnicode():
            for icon, symbol in _DRAWN_AS.items():
                table.cmap[ord(icon)] = table.cmap[ord(symbol)]
    path = tmp_path / "icons.ttf"
    font.save(str(path))
    return path


def _pdf(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    return rows_pdf(tmp_path, rows, _icon_font(tmp_path), size=9, leading=6)


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
