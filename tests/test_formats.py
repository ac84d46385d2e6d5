"""Every report format renders, and text from documents never becomes live markup."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.formats import REPORT_FORMATS
from mlcareer.models import Profile, Report

ProfileOf = Callable[..., Profile]

HOSTILE_RESUME = """[bold red]Mallory[/bold red] [link=https://evil.example]click[/link]
<script>alert(1)</script> <img src=x onerror=alert(2)>
\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07osc\x1b]8;;\x07

Skills
Python, [blink]PyTorch[/blink], <b>Docker</b>, Zorblax|Toolkit

Experience
Engineer | ACME
Jan 2020 - Dec 2022
- Built things with Python <script>x</script>
"""

HOSTILE_POSTING = """Title: <script>alert('jd')</script> Engineer

Requirements
- Python and [italic]PyTorch[/italic]
- Experience with <b>Zorblax</b> [link=https://x.example]Toolkit[/link]
- Kubernetes `rm -rf`
"""


@pytest.fixture
def report(profile_of: ProfileOf, options: Options) -> Report:
    resume = profile_of(HOSTILE_RESUME, doc_type="resume", name="resume.txt")
    posting = profile_of(HOSTILE_POSTING, doc_type="posting", name="jd.txt")
    return compare(resume, posting, options)


@pytest.mark.parametrize("name", sorted(REPORT_FORMATS))
def test_every_format_renders(report: Report, name: str) -> None:
    out = REPORT_FORMATS[name](report, False)
    assert out.strip()
    assert f"{report.score:.1f}" in out


@pytest.mark.parametrize("color", [False, True])
def test_terminal_prints_markup_literally(report: Report, color: bool) -> None:
    out = REPORT_FORMATS["terminal"](report, color)
    assert "\x1b]" not in out  # no OSC (hyperlink) sequences at all
    assert "evil.example" not in out or "[link=" in out
    if not color:
        assert "\x1b[" not in out


def test_terminal_keeps_rich_markup_as_text(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of("Skills\nPython\n", doc_type="resume", name="r.txt")
    posting = profile_of(
        "Title: [blink]Boss[/blink]\n\nRequirements\n- Python\n", doc_type="posting", name="j.txt"
    )
    out = REPORT_FORMATS["terminal"](compare(resume, posting, options), False)
    assert "[blink]Boss[/blink]" in out


def test_html_escapes_document_text(report: Report) -> None:
    out = REPORT_FORMATS["html"](report, False)
    assert "<script>" not in out
    assert "onerror=alert" not in out or "&lt;img" in out
    assert "<b>" not in out
    assert "&lt;" in out or "Zorblax" in out


def test_markdown_escapes_document_text(report: Report) -> None:
    out = REPORT_FORMATS["markdown"](report, False)
    assert "<script>" not in out
    assert "[link=" not in out  # brackets are escaped: \[link=...
    for line in out.splitlines():
        if line.startswith("| ") and "Zorblax" in line:
            assert "Zorblax|Toolkit" not in line  # a pipe would break the table


def test_json_is_plain_data(report: Report) -> None:
    data = json.loads(REPORT_FORMATS["json"](report, False))
    assert data["score"] == report.score
    assert isinstance(data["missing"], list)


@pytest.mark.parametrize("name", ["markdown", "html", "terminal"])
def test_reports_show_level_evidence_and_ml_evidence(
    name: str, profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of(
        "Skills\nPython\nExperience\nSenior ML Engineer, Acme\n2015 - 2024\n"
        "- Mentored four engineers\nPublications\n- A paper at NeurIPS 2022\n"
        "Education\nPhD in Statistics\n",
        doc_type="resume",
        name="r.txt",
    )
    posting = profile_of("Requirements\n- Python\n", doc_type="posting", name="j.txt")
    out = REPORT_FORMATS[name](compare(resume, posting, options), False)
    assert "NeurIPS" in out
    assert "Mentored" in out or "mentored" in out


@pytest.mark.parametrize("name", ["markdown", "html", "terminal"])
def test_the_education_row_shows_the_degree_preferred_and_its_alternative(
    name: str, profile_of: ProfileOf, options: Options
) -> None:
    resume = profile_of("Skills\nPython\n", doc_type="resume", name="r.txt")
    preferred = profile_of(
        "Requirements\n- Python\n\nNice to have\n- MS or PhD in Geophysics\n",
        doc_type="posting",
        name="p.txt",
    )
    out = REPORT_FORMATS[name](compare(resume, preferred, options), False)
    assert "master preferred" in out
    either = profile_of(
        "Requirements\n- Python\n- BA in Design or equivalent [blink]work[/blink] experience\n",
        doc_type="posting",
        name="e.txt",
    )
    out = REPORT_FORMATS[name](compare(resume, either, options), False)
    assert "bachelor or equivalent" in " ".join(out.split())  # the terminal may wrap it
    assert "[blink]work" in out or "\\[blink\\]work" in out  # document text stays text


def test_extract_shows_what_a_posting_asks_not_a_resume_reading_of_it(
    profile_of: ProfileOf,
) -> None:
    from mlcareer.formats.terminal import render_profiles

    posting = profile_of(
        "Data Analyst\n\nRequirements\n- 3+ years of experience with SQL\n"
        "- You don't need a graduate degree; a Bachelor's in a STEM field is fine\n",
        doc_type="posting",
        name="p.txt",
    )
    out = " ".join(render_profiles([posting]).split())
    assert "asks for: 3+ years, degree bachelor, level mid" in out
    assert "experience:" not in out and "education:" not in out and "You don" not in out
    resume = profile_of("Experience\nAnalyst, Acme (2019 - 2024)\n", "resume", "r.txt")
    assert "experience: 5.1 years" in render_profiles([resume])


def test_extract_lists_a_postings_requirements_with_years_and_choices(
    profile_of: ProfileOf,
) -> None:
    from mlcareer.formats.terminal import render_profiles

    posting = profile_of(
        "Engineer\n\nRequirements\n- 3+ years of Python\n- Terraform or Pulumi\n\n"
        "Nice to have\n- Zorblex [blink]tooling[/blink]\n",
        doc_type="posting",
        name="p.txt",
    )
    rows = [line for line in render_profiles([posting]).splitlines() if "│" in line]
    python = next(row for row in rows if "Python" in row)
    assert "required" in python and "3+" in python
    assert any("Pulumi" in row and "Terraform or Pulumi" in row for row in rows)
    zorblex = next(row for row in rows if "Zorblex" in row)
    assert "preferred" in zorblex and "(not in taxonomy)" in zorblex


def test_the_terminal_report_fits_the_terminal(
    report: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import sys
    from os import terminal_size

    from mlcareer.formats.terminal import WIDTH, render_report

    assert max(len(line) for line in render_report(report).splitlines()) <= WIDTH  # a pipe
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback: terminal_size((80, 24)))
    assert max(len(line) for line in render_report(report).splitlines()) <= 80


def test_matched_skill_names_wrap_whole_at_80_columns(
    profile_of: ProfileOf, options: Options, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import sys
    from os import terminal_size

    from mlcareer.formats.terminal import render_report

    posting = profile_of(
        "Title: CV Engineer\n\nRequirements\n- Convolutional neural networks\n"
        "- Image classification\n",
        doc_type="posting",
        name="jd.txt",
    )
    resume = profile_of(
        "Skills\nConvolutional neural networks, image classification\n",
        doc_type="resume",
        name="r.txt",
    )
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback: terminal_size((80, 24)))
    shown = render_report(compare(resume, posting, options))
    matched = shown.split("Matched")[1].split("Score")[0]
    cells = [cell.strip() for row in matched.splitlines() for cell in row.split("│")[1:3]]
    assert "Convolutional" in cells and not any(cell.endswith("…") for cell in cells)


NARROW_POSTING = """Title: Computer Vision Engineer

Requirements
- Convolutional neural networks and image classification
- Containerization with Docker
- Cross-validation of models
- Excellent communication

Nice to have
- Hyperparameter optimization
- Data augmentation
"""

NARROW_RESUME = """Skills
Convolutional neural networks, image classification, Docker, containerization

Experience
ML Engineer, Acme, Jan 2020 - Dec 2022
- Trained image classification models with cross-validation and presented results to
  customers with clear communication.
"""


def _words_split_across_lines(shown: str, words: set[str]) -> list[str]:
    """Words of `words` whose two parts end one line of a table cell and start the next line
    of the same cell ("classifica" / "tion")."""
    rows = [line.split("│")[1:-1] for line in shown.splitlines() if line.startswith("│")]
    split = []
    for above, below in itertools.pairwise(rows):
        for top, bottom in zip(above, below, strict=False):
            if top.split() and bottom.split() and top.split()[-1] + bottom.split()[0] in words:
                split.append(f"{top.split()[-1]}/{bottom.split()[0]}")
    return split


@pytest.mark.parametrize("columns", [40, 50, 60, 70, 80])
def test_a_narrow_terminal_shows_skill_names_as_whole_words(
    profile_of: ProfileOf, options: Options, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    import shutil
    import sys
    from os import terminal_size

    from mlcareer.formats.terminal import render_report

    posting = profile_of(NARROW_POSTING, doc_type="posting", name="jd.txt")
    report = compare(profile_of(NARROW_RESUME, doc_type="resume", name="r.txt"), posting, options)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback: terminal_size((columns, 24)))
    shown = render_report(report)
    assert max(len(line) for line in shown.splitlines()) <= columns
    matches = report.matched + report.missing
    words = {w for m in matches for w in f"{m.name} {m.jd_text} ({m.importance})".split()}
    assert {"Convolutional", "(required)", "(preferred)"} <= words and len(report.matched) >= 4
    assert _words_split_across_lines(shown, words) == []


def test_the_word_check_finds_a_split_word() -> None:
    broken = "│ Image      │ matched │\n│ classifica │         │\n│ tion       │         │\n"
    assert _words_split_across_lines(broken, {"Image", "classification"}) == ["classifica/tion"]


def test_a_table_too_narrow_for_its_words_becomes_records() -> None:
    from rich.console import Console
    from rich.table import Table

    from mlcareer.formats.whole_words import WholeWords

    table = Table(title="Matched")
    for name in ("skill", "how", "path"):
        table.add_column(name, overflow="fold" if name == "path" else "ellipsis")
    table.add_row("Interpretability", "matched", "/a/very/long/folder/of/resumes/cv.pdf")

    def shown(width: int) -> str:
        console = Console(width=width, color_system=None, file=None, record=True)
        with console.capture() as capture:
            console.print(WholeWords(table))
        return capture.get()

    assert "┃ skill" in shown(100)  # wide enough: the table as it is
    assert "┃ skill" in shown(50)  # the path folds, the words fit
    narrow = shown(30)
    assert "┃" not in narrow and "Interpretability" in narrow and "how: matched" in narrow


def test_an_evidence_snippet_is_cut_between_words() -> None:
    from mlcareer.formats.common import snippet

    line = "Principal ML Engineer, Northwind Streaming, Seattle   Technical lead for the home-page"
    assert snippet(line, 0) == "Principal ML Engineer, Northwind Streaming, Seattle Technical lead…"
    assert snippet("x" * 100, 50).count("x") == 70  # no space to cut at: the width holds


def test_the_how_column_says_why_a_match_earns_less(
    profile_of: ProfileOf, options: Options
) -> None:
    """A match with less than full credit says why where it is listed ("reworded"), so the
    score breakdown adds up; a choice's members are not repeated (asked as shows them)."""
    resume = profile_of(
        "Experience\nML Engineer, Acme, Jan 2020 - Dec 2022\n"
        "- Deployed models on Kubernetes with PyTorch.\n",
        doc_type="resume",
        name="cv.txt",
    )
    posting = profile_of(
        "Requirements\n- Experience deploying models\n- PyTorch or TensorFlow\n",
        doc_type="posting",
        name="jd.txt",
    )
    report = compare(resume, posting, options)
    reworded = next(m for m in report.matched if m.detail == "reworded")
    assert reworded.credit < 1
    for name in ("terminal", "markdown", "html"):
        out = REPORT_FORMATS[name](report, False).replace("\\", "")  # Markdown's escapes
        assert "(reworded)" in out, name
        assert "one of:" not in out, name


def test_what_to_change_has_no_blank_line_and_never_stands_empty(report: Report) -> None:
    terminal = REPORT_FORMATS["terminal"](report, False).splitlines()
    bottom = next(i for i, line in enumerate(terminal) if "What to change" in line)
    bottom = next(i for i in range(bottom, len(terminal)) if terminal[i].startswith("╰"))
    assert terminal[bottom - 1].strip("│ ")  # the last suggestion, not an empty line
    nothing = report.model_copy(update={"suggestions": []})
    markdown = REPORT_FORMATS["markdown"](nothing, False)
    assert "### What to change\n\nNo changes to suggest." in markdown


@pytest.mark.parametrize("name", ["terminal", "markdown", "html"])
def test_a_component_left_out_is_named_and_scaled_weights_keep_their_decimal(
    report: Report, name: str
) -> None:
    """The posting asks for no degree: education drops out and the others are scaled up,
    so the weights shown must add up to 100 and say why they are not the defaults."""
    names = {c.name for c in report.components}
    assert "education" not in names and report.components
    out = REPORT_FORMATS[name](report, False)
    note = " ".join(out.split()).partition("not scored: ")[2]
    assert "education" in note.partition("(")[0] and "add up to 100" in note
    for c in report.components:
        assert f"{c.weight:.1f}" in out or c.weight == round(c.weight)
