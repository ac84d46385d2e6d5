"""Word resumes and postings laid out in tables: a column of section labels beside their
content, a posting's requirements ticked in "Essential" and "Desirable" columns (ticks typed,
or inserted as Wingdings symbols), and Word's non-breaking hyphens inside words and years."""

from __future__ import annotations

import time
from pathlib import Path

import docx
import pytest

from mlcareer.api import Options
from mlcareer.documents import read_document
from mlcareer.extract import DocType, extract_profile
from mlcareer.models import Profile

from .test_docx_wrapped_text import docx_with, elements, lines_of, para, run


def table_docx(path: Path, before: list[str], rows: list[list[str]]) -> Path:
    """A DOCX of some paragraphs, then a table of `rows`; a cell's lines are its paragraphs
    ("* " opens a bullet), and a cell "sym:F0FC" holds that Wingdings symbol."""
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            fill_cell(cell, text)
    document.save(str(path))
    return path


def fill_cell(cell: docx.table._Cell, text: str) -> None:
    first, *others = text.split("\n")
    paragraphs = [cell.paragraphs[0], *(cell.add_paragraph() for _ in others)]
    for paragraph, line in zip(paragraphs, [first, *others], strict=True):
        if line.startswith("sym:"):
            symbol = f'<w:r><w:sym w:font="Wingdings" w:char="{line[4:]}"/></w:r>'
            paragraph._p.append(elements(symbol)[0])
        elif line.startswith("* "):
            paragraph.add_run(line[2:])
            paragraph.style = "List Bullet"
        else:
            paragraph.add_run(line)


def profile(path: Path, kind: DocType, options: Options) -> Profile:
    return extract_profile(read_document(path), options.taxonomy, options.as_of, kind)


def asked(posting: Profile) -> dict[str, str]:
    return {r.id: r.importance for r in posting.requirements}


# -- a column of section labels --------------------------------------------------------------

LABELLED_RESUME = [
    ["Summary", "ML engineer focused on search."],
    [
        "Experience",
        "Senior NLP Engineer, SearchCo\nFeb 2020 - Present\n* Built retrieval with PyTorch."
        "\nNLP Engineer, TextCorp\nJan 2017 - Jan 2020\n* Trained spaCy models.",
    ],
    ["Education", "M.S. Computational Linguistics, University of Washington, 2016"],
    ["Skills", "Python, Elasticsearch, Docker"],
]


def test_a_column_of_section_labels_reads_each_label_as_a_heading(tmp_path: Path) -> None:
    path = table_docx(tmp_path / "cv.docx", ["Grace Lee", "grace@example.com"], LABELLED_RESUME)
    lines = lines_of(path)
    assert lines[2:5] == ["Summary", "ML engineer focused on search.", "Experience"]
    assert lines[-2:] == ["Skills", "Python, Elasticsearch, Docker"]


def test_a_resume_with_a_column_of_section_labels_has_its_sections(
    tmp_path: Path, options: Options
) -> None:
    path = table_docx(tmp_path / "cv.docx", ["Grace Lee", "grace@example.com"], LABELLED_RESUME)
    resume = profile(path, "resume", options)
    names = [section.name for section in resume.sections]
    assert names == ["summary", "experience", "education", "skills"]
    assert {r.section for r in resume.experience.ranges} == {"experience"}
    sections = {s.id: {m.section for m in s.mentions} for s in resume.skills}
    assert sections["python"] == {"skills"}
    assert resume.education.degrees[0].text.startswith("M.S.")


def test_a_posting_with_a_column_of_section_labels_asks_by_its_labels(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ["About you", "You like data."],
        ["Requirements", "* 3+ years of Python\n* Strong SQL"],
        ["Nice to have", "* Spark\n* Airflow"],
    ]
    path = table_docx(tmp_path / "jd.docx", ["Data Scientist"], rows)
    posting = profile(path, "posting", options)
    assert asked(posting) == {
        "python": "required",
        "sql": "required",
        "apache-spark": "preferred",
        "airflow": "preferred",
    }


def test_one_label_of_a_section_among_a_tables_data_stays_in_its_row(tmp_path: Path) -> None:
    """A job's "Skills" row or a table of skills by kind is data, not a page of sections."""
    rows = [["ML Engineer, Acme", "2019 - 2024"], ["Skills", "Python, SQL"]]
    path = table_docx(tmp_path / "cv.docx", ["Experience"], rows)
    assert lines_of(path)[1:] == ["ML Engineer, Acme\t2019 - 2024", "Skills\tPython, SQL"]
    rows = [["Languages", "Python, Go"], ["Frameworks", "PyTorch"]]
    path = table_docx(tmp_path / "cv2.docx", ["Skills"], rows)
    assert lines_of(path)[1:] == ["Languages\tPython, Go", "Frameworks\tPyTorch"]


def test_a_table_row_without_cells_is_passed_over(tmp_path: Path) -> None:
    """A <w:tr/> with no cell (no word processor's, but a generator's) holds no line."""
    cell = "<w:tc>" + para(run("Python, SQL")) + "</w:tc>"
    table = f"<w:tbl><w:tr/><w:tr>{cell}</w:tr></w:tbl>"
    path = docx_with(tmp_path / "cv.docx", para(run("Skills")), table, para(run("Experience")))
    assert lines_of(path) == ["Skills", "Python, SQL", "Experience"]


def test_a_jobs_table_of_summary_and_achievements_labels_no_sections(
    tmp_path: Path, options: Options
) -> None:
    """A job told in a table ("Summary", "Responsibilities", "Achievements" beside its text)
    is the job's: its labels open no sections, so the next job stays in Experience."""
    document = docx.Document()
    for text in ["Jo Doe", "jo@example.com", "Experience"]:
        document.add_paragraph(text)
    for title, dates in [
        ("Data Scientist, Acme", "Jan 2020 - Present"),
        ("Analyst, Beta", "2016 - 2019"),
    ]:
        document.add_paragraph(title)
        document.add_paragraph(dates)
        rows = [["Summary", "Led the team."], ["Responsibilities", "Built Python pipelines."]]
        rows.append(["Achievements", "Cut costs by a fifth."])
        table = document.add_table(rows=3, cols=2)
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    document.save(str(tmp_path / "cv.docx"))
    resume = profile(tmp_path / "cv.docx", "resume", options)
    assert [section.name for section in resume.sections] == ["experience"]
    assert [job.title for job in resume.experience.jobs] == [
        "Data Scientist, Acme",
        "Analyst, Beta",
    ]


def test_a_postings_labels_beyond_a_jobs_open_its_sections(tmp_path: Path) -> None:
    """ "Summary", "Responsibilities" and "Skills" beside "Benefits" label a page: a job's
    table names no benefits."""
    rows = [
        ["Summary", "We build search."],
        ["Responsibilities", "* Ship ranking models"],
        ["Skills", "* 3+ years of Python"],
        ["Benefits", "* Remote"],
    ]
    path = table_docx(tmp_path / "jd.docx", ["Machine Learning Engineer"], rows)
    assert lines_of(path)[1:5] == [
        "Summary",
        "We build search.",
        "Responsibilities",
        "• Ship ranking models",
    ]


# -- requirements ticked in columns ---------------------------------------------------------

TICKED = [
    ["Requirement", "Essential", "Desirable"],
    ["Python", "✓", ""],
    ["PyTorch", "✔", ""],
    ["Kubernetes", "", "✓"],
    ["Apache Spark", "X", "✓"],  # a cross, then the tick that counts
    ["Scala", "", "Yes"],
]
TICKED_ASKS = {
    "python": "required",
    "pytorch": "required",
    "kubernetes": "preferred",
    "apache-spark": "preferred",
    "scala": "preferred",
}


def test_a_docx_posting_asks_each_ticked_row_as_its_column_says(
    tmp_path: Path, options: Options
) -> None:
    before = ["Machine Learning Engineer", "Person specification"]
    path = table_docx(tmp_path / "jd.docx", before, TICKED)
    assert asked(profile(path, "posting", options)) == TICKED_ASKS


def test_a_markdown_table_of_ticks_asks_as_its_columns_say(
    tmp_path: Path, options: Options
) -> None:
    rows = ["| " + " | ".join(cells) + " |" for cells in TICKED]
    rows.insert(1, "|---|---|---|")
    text = "Machine Learning Engineer\n\nRequirements\n\n" + "\n".join(rows) + "\n"
    path = tmp_path / "jd.md"
    path.write_text(text, encoding="utf-8")
    assert asked(profile(path, "posting", options)) == TICKED_ASKS


@pytest.mark.parametrize("corner", ["Requirements", "Skills", "Person specification", ""])
def test_ticks_count_whatever_heads_the_column_of_asks(
    tmp_path: Path, options: Options, corner: str
) -> None:
    """The top-left cell heads the rows' asks, whether it names a section ("Requirements",
    "Skills") or is left empty; "N/A" in a column marks nothing there."""
    rows = [
        [corner, "Essential", "Desirable"],
        ["Python", "✓", ""],
        ["Kubernetes", "", "✓"],
        ["Scala", "N/A", "✓"],
        ["Docker", "X", "n/a"],
    ]
    asks = {
        "python": "required",
        "kubernetes": "preferred",
        "scala": "preferred",
        "docker": "required",
    }
    before = ["ML Engineer", "About the role", "Ship models."]
    path = table_docx(tmp_path / "jd.docx", before, rows)
    assert asked(profile(path, "posting", options)) == asks
    markdown = ["| " + " | ".join(cells) + " |" for cells in rows]
    markdown.insert(1, "|---|---|---|")
    path = tmp_path / "jd.md"
    path.write_text("\n".join([*before, "", *markdown, ""]), encoding="utf-8")
    assert asked(profile(path, "posting", options)) == asks


def test_a_ticked_rows_mark_is_no_part_of_its_name(tmp_path: Path, options: Options) -> None:
    """A name no skill covers stops at its cell: "Zorblex<tab><tab>Yes" asks for Zorblex, not
    "Zorblex Yes"; a tick with a note ("Yes (2+ years)") still ticks its column."""
    text = (
        "ML Engineer\nRequirements\nSkill\tEssential\tDesirable\n"
        "Zorblex\t\tYes\nQuuxDB\tX\t\nFrobnik Studio\tYes (2+ years)\t\n"
    )
    path = tmp_path / "jd.txt"
    path.write_text(text, encoding="utf-8")
    assert asked(profile(path, "posting", options)) == {
        "term:zorblex": "preferred",
        "term:quuxdb": "required",
        "term:frobnik-studio": "required",
    }


@pytest.mark.parametrize(
    "rows",
    [
        [["Criteria", "Essential/Desirable"], ["Python", "E"], ["SQL", "E"], ["Docker", "D"]],
        [["Criteria", "E", "D"], ["Python", "X", ""], ["SQL", "x", ""], ["Docker", "", "X"]],
    ],
)
def test_essential_and_desirable_written_e_and_d_say_how_much_a_row_is_wanted(
    tmp_path: Path, options: Options, rows: list[list[str]]
) -> None:
    path = table_docx(tmp_path / "jd.docx", ["Data Scientist", "Person specification"], rows)
    posting = profile(path, "posting", options)
    assert asked(posting) == {"python": "required", "sql": "required", "docker": "preferred"}
    assert not [r for r in posting.requirements if not r.known]  # no "Criteria" term


def test_letters_a_to_e_over_columns_are_no_essential_and_desirable(
    tmp_path: Path, options: Options
) -> None:
    """ "E" and "D" name Essential and Desirable beside a criteria column, not among the
    letters of a scale's bands ("Band | A | B | C | D | E")."""
    text = (
        "Data Scientist\n\nRequirements\n- Python\n\nPay and tools by band\n"
        "| Band | A | B | C | D | E |\n|---|---|---|---|---|---|\n"
        "| Tools | Spark | Tableau | Excel | Looker | Airflow |\n"
    )
    path = tmp_path / "jd.md"
    path.write_text(text, encoding="utf-8")
    assert asked(profile(path, "posting", options))["looker"] == "required"


def test_ticks_inserted_as_wingdings_symbols_are_read_as_ticks(
    tmp_path: Path, options: Options
) -> None:
    """Word's Insert Symbol stores a tick as <w:sym w:font="Wingdings" w:char="F0FC"/>,
    which holds no text for python-docx."""
    rows = [
        ["Skill", "Essential", "Desirable"],
        ["Python", "sym:F0FC", "sym:F0FB"],  # a tick, then a cross
        ["Kubernetes", "", "sym:F0FC"],
        ["Rust", "sym:F0FB", "sym:F0FE"],  # a cross, then a ticked box
    ]
    path = table_docx(tmp_path / "jd.docx", ["ML Engineer", "Requirements"], rows)
    assert lines_of(path)[3:] == ["Python\t✓\t✗", "Kubernetes\t\t✓", "Rust\t✗\t☑"]
    posting = profile(path, "posting", options)
    assert asked(posting) == {"python": "required", "kubernetes": "preferred", "rust": "preferred"}


def test_a_square_root_sign_is_a_tick_typed_or_inserted_from_the_symbol_font(
    tmp_path: Path, options: Options
) -> None:
    """ "√" stands for a tick in many tables: typed, or inserted from the Symbol font (stored
    as its code F0D6, a private-use character that read as a blank)."""
    rows = [["Criteria", "Essential", "Desirable"], ["Python", "sym:F0D6", ""], ["Rust", "", "√"]]
    path = table_docx(tmp_path / "jd.docx", ["ML Engineer", "About the role", "Ship."], rows)
    document = docx.Document(str(path))
    for symbol in document.element.iter(docx.oxml.ns.qn("w:sym")):
        symbol.set(docx.oxml.ns.qn("w:font"), "Symbol")
    document.save(str(path))
    assert lines_of(path)[4:] == ["Python\t√\t", "Rust\t\t√"]
    assert asked(profile(path, "posting", options)) == {"python": "required", "rust": "preferred"}


def test_a_symbol_outside_the_ticks_is_read_as_its_character(tmp_path: Path) -> None:
    symbols = (
        '<w:r><w:t xml:space="preserve">Skills </w:t><w:sym w:font="Symbol" w:char="F0B7"/>'
        '<w:t xml:space="preserve"> Python </w:t><w:sym w:font="Segoe UI" w:char="2605"/>'
        '<w:sym w:font="Wingdings" w:char="zz"/><w:sym w:font="Symbol" w:char="0007"/>'
        '<w:sym w:font="Symbol" w:char="FFFF"/><w:sym w:font="Symbol" w:char="D800"/></w:r>'
    )
    path = docx_with(tmp_path / "cv.docx", para(symbols))
    assert lines_of(path) == ["Skills \uf0b7 Python ★"]


# -- hyphens that Word keeps from breaking ---------------------------------------------------


def test_non_breaking_hyphens_join_words_and_years(tmp_path: Path, options: Options) -> None:
    """A no-break hyphen typed or pasted as U+2011 (or Unicode's hyphen U+2010) is a hyphen:
    "scikit-learn" is a skill and "2017-2020" a range of years."""
    document = docx.Document()
    for line in [
        "Experience",
        "Analyst, Foo\t2017\u20112020",
        "Built time\u2010series models with scikit\u2011learn.",
    ]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "cv.docx"))
    assert lines_of(tmp_path / "cv.docx")[1:] == [
        "Analyst, Foo\t2017-2020",
        "Built time-series models with scikit-learn.",
    ]
    resume = profile(tmp_path / "cv.docx", "resume", options)
    assert [r.text for r in resume.experience.ranges] == ["2017-2020"]
    assert {"scikit-learn", "time-series-analysis"} <= {s.id for s in resume.skills}


def test_a_ticked_rows_degree_and_years_are_asked_as_its_tick_says(
    tmp_path: Path, options: Options
) -> None:
    rows = [
        ["Criteria", "Essential", "Desirable"],
        ["Master's degree in statistics", "✓", ""],
        ["PhD in machine learning", "", "✓"],
        ["3+ years of Python", "✓", ""],
        ["8+ years in industry", "", "✓"],
    ]
    path = table_docx(tmp_path / "jd.docx", ["Data Scientist", "Requirements"], rows)
    posting = profile(path, "posting", options)
    assert posting.posting is not None
    assert (posting.posting.degree_required, posting.posting.degree_preferred) == ("master", "phd")
    assert posting.posting.years_required == 3.0
    assert not [r for r in posting.requirements if not r.known]  # no "Criteria" term


def test_a_forty_page_resume_of_tables_is_read_in_well_under_a_second(tmp_path: Path) -> None:
    """450 jobs, each a title and three bullets in a row of a table whose first column
    labels the sections: about 40 pages in Word."""
    bullets = "\n".join(f"* Built service {n} in Python on AWS for many users." for n in range(3))
    rows = [["Summary", "ML engineer."]]
    rows += [["Experience" if i == 0 else "", f"Engineer {i}, Acme\n{bullets}"] for i in range(450)]
    rows += [["Education", "MSc Statistics, 2010"]]
    path = table_docx(tmp_path / "cv.docx", ["Jo Doe"], rows)
    read_document(path)  # warm up
    started = time.process_time()
    text = read_document(path).text
    assert time.process_time() - started < 1.0
    assert text.count("\nExperience\n") == 1 and text.endswith("Education\nMSc Statistics, 2010")


def test_each_cells_text_is_built_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """python-docx builds a cell's text anew from its paragraphs at each ask, a tenth of a
    big table's read: the table's rules (labels, headings, page columns) share one."""
    rows = [["Summary", "ML engineer."], ["Experience", "Engineer, Acme\n* Built models."]]
    rows += [["", f"Engineer {n}, Beta"] for n in range(5)]
    rows += [["Education", "MSc Statistics, 2010"]]
    path = table_docx(tmp_path / "cv.docx", ["Jo Doe"], rows)
    built: list[object] = []
    cell_text = docx.table._Cell.text

    def counted(cell: docx.table._Cell) -> str:
        built.append(cell)
        return str(cell_text.fget(cell))

    monkeypatch.setattr(docx.table._Cell, "text", property(counted, cell_text.fset))
    assert lines_of(path)[1:3] == ["Summary", "ML engineer."]
    assert len(built) == 2 * len(rows)


def test_a_postings_asks_side_by_side_keep_their_headings(tmp_path: Path, options: Options) -> None:
    """Two cells of one row, each a heading and its list: columns of the page, not a row."""
    rows = [
        ["Requirements\n* 3+ years of Python\n* Strong SQL", "Nice to have\n* Spark\n* Kubernetes"]
    ]
    path = table_docx(tmp_path / "jd.docx", ["ML Engineer", "About the role", "Ship models."], rows)
    assert lines_of(path)[3:] == [
        "Requirements",
        "• 3+ years of Python",
        "• Strong SQL",
        "Nice to have",
        "• Spark",
        "• Kubernetes",
    ]
    assert asked(profile(path, "posting", options)) == {
        "python": "required",
        "sql": "required",
        "apache-spark": "preferred",
        "kubernetes": "preferred",
    }


# -- a row of headings above the columns they head -------------------------------------------


def test_a_row_of_headings_heads_the_columns_below_it(tmp_path: Path, options: Options) -> None:
    """ "Skills | Experience" above a row of a skills list beside the jobs: each column is
    read down, its heading first, not across (the skills among the jobs' lines)."""
    jobs = (
        "Data Analyst, Shopify\nJan 2021 - Present\n* Built dashboards in Looker."
        "\nJunior Analyst, Acme\nJun 2019 - Dec 2020\n* Wrote SQL reports."
    )
    rows = [["Skills", "Experience"], ["Python\nSQL\nTableau", jobs]]
    path = table_docx(tmp_path / "cv.docx", ["Lena Park"], rows)
    assert lines_of(path)[1:6] == ["Skills", "Python", "SQL", "Tableau", "Experience"]
    resume = profile(path, "resume", options)
    assert [s.name for s in resume.sections] == ["skills", "experience"]
    titles = [job.title for job in resume.experience.jobs]
    assert titles == ["Data Analyst, Shopify", "Junior Analyst, Acme"]


def test_a_table_of_skills_under_a_header_row_stays_rows(tmp_path: Path) -> None:
    rows = [["Skills", "Experience"], ["Python", "5 years"], ["SQL", "3 years"]]
    path = table_docx(tmp_path / "cv.docx", ["Jo Doe"], rows)
    assert lines_of(path)[1:] == ["Skills\tExperience", "Python\t5 years", "SQL\t3 years"]


def test_a_grid_under_a_row_of_headings_stays_rows_though_a_cell_wraps(tmp_path: Path) -> None:
    """A row of headings heads columns only above one row of lists: a grid of skills and
    their years, one of whose cells holds two lines, keeps each skill beside its years."""
    rows = [
        ["Skills", "Experience"],
        ["Python", "5 years\nin production"],
        ["SQL", "3 years"],
        ["Spark", "2 years"],
    ]
    path = table_docx(tmp_path / "cv.docx", ["Jo Doe"], rows)
    assert lines_of(path)[1:] == [
        "Skills\tExperience",
        "Python\t5 years",
        "in production",
        "SQL\t3 years",
        "Spark\t2 years",
    ]


def test_a_job_tables_from_and_to_cells_make_a_range(tmp_path: Path, options: Options) -> None:
    """ "From | To | Role": the two dates stand a tab apart, with no dash between them."""
    rows = [
        ["From", "To", "Role"],
        ["Jan 2021", "Present", "Data Scientist, Acme\n* Built Python models."],
        ["Mar 2018", "Dec 2020", "Analyst, Beta\n* Wrote SQL reports."],
    ]
    path = table_docx(tmp_path / "cv.docx", ["Experience"], rows)
    resume = profile(path, "resume", options)
    assert [r.text for r in resume.experience.ranges] == ["Jan 2021\tPresent", "Mar 2018\tDec 2020"]
    assert [job.title for job in resume.experience.jobs] == [
        "Data Scientist, Acme",
        "Analyst, Beta",
    ]
