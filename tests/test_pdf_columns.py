"""Two-column PDF pages whose sidebar and main column are drawn row by row (pdf_columns.py),
written here with fpdf2 at explicit positions and read through the real PDF reader."""

from __future__ import annotations

import time
from pathlib import Path

from fpdf import FPDF

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import extract_profile
from mlcareer.models import Profile

Placed = tuple[float, float, str]  # x and y in mm, the text


def _column(x: float, top: float, lines: list[str], pitch: float = 6) -> list[Placed]:
    return [(x, top + pitch * row, line) for row, line in enumerate(lines)]


def _rows_pdf(path: Path, pages: list[list[Placed]]) -> Path:
    """Each page's text drawn from the top down, left to right along each row, as HTML and
    table exporters draw a sidebar beside a main column."""
    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.set_font("helvetica", size=9)
    for placed in pages:
        pdf.add_page()
        for x, y, text in sorted(placed, key=lambda item: (item[1], item[0])):
            pdf.set_xy(x, y)
            pdf.cell(text=text)
    pdf.output(str(path))
    return path


def _width(text: str) -> float:
    """The width in mm of the text in the tests' font."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=9)
    return float(pdf.get_string_width(text))


def _right_aligned(y: float, text: str) -> Placed:
    return (198 - _width(text), y, text)  # the text ends at 199 mm, 1 mm into its cell


def _lines(path: Path) -> list[str]:
    return read_document(path).text.splitlines()


def _profile(path: Path, options: Options) -> Profile:
    return extract_profile(read_document(path), options.taxonomy, options.as_of, "resume")


SIDEBAR = ["SKILLS", "Python", "PyTorch", "SQL", "LANGUAGES", "Spanish (native)", "English (C1)"]
MAIN = [
    "EXPERIENCE",
    "Data Scientist, Acme Corp, 2021 - Present",
    "- Built demand forecasts in PyTorch",
    "- Ran A/B tests on pricing",
    "Data Analyst, Bolt Ltd, 2018 - 2021",
    "- Wrote SQL reports for finance",
    "- Cleaned sales data in pandas",
]
BELOW = [  # the main column's text running on across the whole width
    "EDUCATION",
    "MSc Statistics, University of Leeds, 2016 - 2018, thesis on Bayesian forecasting of demand",
    "BSc Mathematics, University of York, 2013 - 2016, first class honours, minor in computing",
]


def test_a_sidebar_at_its_own_line_pitch_reads_as_one_column_then_the_other(
    tmp_path: Path,
) -> None:
    """Most sidebar lines share no row with a main-column line: pdfium gives a line of one
    column, then a line of the other, and joins a few, even two sidebar lines with the main
    line between them ("Python  Data Scientist, ...  PyTorch")."""
    page = _column(10, 15, SIDEBAR, pitch=4) + _column(75, 15, MAIN, pitch=6)
    assert _lines(_rows_pdf(tmp_path / "cv.pdf", [page])) == SIDEBAR + MAIN


def test_a_left_sidebar_that_ends_halfway_leaves_the_full_width_text_below_it(
    tmp_path: Path, options: Options
) -> None:
    page = _column(10, 15, SIDEBAR) + _column(75, 15, MAIN) + _column(10, 15 + 6 * 7, BELOW)
    path = _rows_pdf(tmp_path / "cv.pdf", [page])
    assert _lines(path) == SIDEBAR + MAIN + BELOW
    profile = _profile(path, options)
    names = [section.name for section in profile.sections]
    assert names == ["skills", "languages", "experience", "education"]
    assert [(job.title, job.years) for job in profile.experience.jobs] == [
        ("Data Scientist, Acme Corp", 5.9),  # 2021 to November 2026
        ("Data Analyst, Bolt Ltd", 3.1),
    ]
    assert [degree.level for degree in profile.education.degrees] == ["master", "bachelor"]


def test_a_right_sidebar_that_ends_halfway_is_read_before_the_main_column_runs_on(
    tmp_path: Path, options: Options
) -> None:
    """The main column is read last, so that it runs on into the full-width text below: the
    last role's bullet there stays with its role, not under the sidebar's "Languages"."""
    bullet = "- Automated the monthly revenue report with Airflow, saving a day of manual work"
    below = [bullet, *BELOW]
    page = _column(10, 15, MAIN) + _column(150, 15, SIDEBAR) + _column(10, 15 + 6 * 7, below)
    path = _rows_pdf(tmp_path / "cv.pdf", [page])
    assert _lines(path) == SIDEBAR + MAIN + below
    profile = _profile(path, options)
    assert [section.name for section in profile.sections] == [
        "skills",
        "languages",
        "experience",
        "education",
    ]
    airflow = next(skill for skill in profile.skills if skill.name == "Apache Airflow")
    assert [mention.section for mention in airflow.mentions] == ["experience"]


def test_a_sidebar_line_that_nearly_meets_the_main_column_does_not_end_the_columns(
    tmp_path: Path,
) -> None:
    """An e-mail address too long for the sidebar runs on to a few points short of the main
    column's text: the rows below it still read as the two columns."""
    email = "dana.oyelaran.machine.learning@example.org"
    main_x = 10 + _width(email) + 1.5  # each cell's text starts 1 mm in
    sidebar = ["CONTACT", email, "+44 20 7946 0000", *SIDEBAR]
    page = _column(10, 15, sidebar) + _column(main_x, 15, MAIN)
    lines = _lines(_rows_pdf(tmp_path / "cv.pdf", [page]))
    assert lines == sidebar + MAIN


def test_a_sidebar_longer_than_the_main_column_keeps_its_last_lines(tmp_path: Path) -> None:
    """The sidebar runs on below the main column's end; a full-width line sits well below it
    (a table's end): the sidebar's last lines are still the sidebar's."""
    sidebar = [*SIDEBAR, "CERTIFICATIONS", "AWS Machine Learning", "Google Data Engineer"]
    footer = "References are available on request from both of my former managers at Acme and Bolt"
    page = _column(10, 15, sidebar) + _column(75, 15, MAIN[:5]) + [(10, 15 + 6 * 12, footer)]
    lines = _lines(_rows_pdf(tmp_path / "cv.pdf", [page]))
    assert lines == sidebar + MAIN[:5] + [footer]


def test_a_page_without_a_sidebar_keeps_its_dates_by_their_roles(
    tmp_path: Path, options: Options
) -> None:
    """The first page has a sidebar; the second is one column with each role's and degree's
    dates set flush right on its row: nothing there is split into columns."""
    first = _column(10, 15, SIDEBAR) + _column(75, 15, MAIN)
    rows = [
        ("PREVIOUS ROLES", None),
        ("Junior Data Analyst, Crane Insurance, Leeds", "Jun 2016 - Aug 2018"),
        ("- Built claims dashboards in Tableau and maintained the weekly SQL extracts", None),
        ("Research Assistant, University of Leeds", "Oct 2015 - May 2016"),
        ("- Cleaned survey data in R for a study of household energy use", None),
        ("EDUCATION", None),
        ("MSc Statistics, University of Leeds", "2014 - 2015"),
        ("BSc Mathematics, University of York", "2011 - 2014"),
        ("Certificate in Data Science, Open University", "2010 - 2011"),
    ]
    second: list[Placed] = []
    for row, (text, dates) in enumerate(rows):
        second.append((10, 15 + 6 * row, text))
        if dates:
            second.append(_right_aligned(15 + 6 * row, dates))
    path = _rows_pdf(tmp_path / "cv.pdf", [first, second])
    lines = _lines(path)
    assert lines[: len(SIDEBAR + MAIN)] == SIDEBAR + MAIN
    assert [line.split() for line in lines[len(SIDEBAR + MAIN) :]] == [
        f"{text} {dates or ''}".split() for text, dates in rows
    ]
    profile = _profile(path, options)
    assert [(job.title, job.years) for job in profile.experience.jobs] == [
        ("Data Scientist, Acme Corp", 5.9),  # 2021 to November 2026
        ("Data Analyst, Bolt Ltd", 3.1),
        ("Junior Data Analyst, Crane Insurance, Leeds", 2.2),
        ("Research Assistant, University of Leeds", 0.7),
    ]
    degrees = [degree.text for degree in profile.education.degrees]
    assert degrees == [f"{text} {dates}" for text, dates in rows[6:8]]


def test_full_width_text_parted_where_the_main_column_starts_is_not_split(
    tmp_path: Path,
) -> None:
    """Below the columns, a full-width line drawn as two text objects happens to leave a
    blank a little narrower than a gutter just where the main column's lines start: it runs
    on into more full-width text, so it is no line of the two columns."""
    first, second = "MSc Statistics, University of Leeds,", "2016 - 2018, thesis on forecasting"
    start = 75 - 2.1 - _width(first)  # 1 mm cell margins: the blank is 2.1 mm, about 6 points
    below = [
        (10, 15 + 6 * 7, "EDUCATION"),
        (start, 15 + 6 * 8, first),
        (75, 15 + 6 * 8, second),
        (10, 15 + 6 * 9, BELOW[2]),
    ]
    page = _column(10, 15, SIDEBAR) + _column(75, 15, MAIN) + below
    lines = _lines(_rows_pdf(tmp_path / "cv.pdf", [page]))
    assert lines == [*SIDEBAR, *MAIN, "EDUCATION", f"{first} {second}", BELOW[2]]


def test_dates_set_flush_right_beside_their_entries_stay_on_the_entries_lines(
    tmp_path: Path, options: Options
) -> None:
    """A moderncv page: each entry's dates (or an item's label) stand in a narrow column, set
    flush right against a gutter, on the entry's own row. That column is no sidebar: each
    label stays on the line of the entry it labels."""
    rows = [
        (None, "Education"),
        ("2012 - 2016", "PhD in Computer Science, University of Avonford"),
        ("2011 - 2012", "MSc Machine Learning, Kingsbridge College"),
        (None, "Experience"),
        ("2019 - now", "Applied Scientist, Corvid Labs"),
        (None, "- Trained transformer models for document understanding"),
        ("2016 - 2019", "Research Engineer, Helix Robotics"),
        (None, "- Built reinforcement learning agents in JAX"),
        (None, "Computer skills"),
        ("Languages", "Python, R, Scala"),
        ("Frameworks", "PyTorch, JAX, scikit-learn"),
    ]
    page: list[Placed] = []
    for row, (label, text) in enumerate(rows):
        if label:
            page.append((45 - _width(label), 15 + 6 * row, label))
        page.append((50, 15 + 6 * row, text))
    path = _rows_pdf(tmp_path / "cv.pdf", [page])
    assert [line.split() for line in _lines(path)] == [
        f"{label or ''} {text}".split() for label, text in rows
    ]
    profile = _profile(path, options)
    assert [(job.title, job.years) for job in profile.experience.jobs] == [
        ("Applied Scientist, Corvid Labs", 7.9),  # 2019 to November 2026
        ("Research Engineer, Helix Robotics", 3.1),
    ]


def test_edges_at_one_place_are_counted_in_time() -> None:
    """The most edges within EDGE_SLACK of one of them, among thousands of lines."""
    from mlcareer.documents.pdf_columns import _most_at_one_edge

    edges = [float(index % 997) * 0.4 for index in range(30_000)]
    began = time.process_time()
    # edges 0.4 apart: one edge's slack of 1 point holds its own place and two either side
    assert _most_at_one_edge(edges) == 5 * 31
    assert time.process_time() - began < 1.0
    assert _most_at_one_edge([10.0, 10.5, 11.2, 40.0]) == 3
