"""A job posting saved from a web page (.html, .htm, or piped in) is read as the text a browser
shows: the same requirements as the posting's text, nothing from scripts, styles, the page's
head, navigation or buttons, and a clear error for a page without text."""

from __future__ import annotations

import html
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from mlcareer.cli import app
from mlcareer.documents import read_document
from mlcareer.documents.html_text import looks_like_html, page_text

from .conftest import POSTINGS, invoke

POSTING = POSTINGS / "data-engineer.txt"
CHROME_TOP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Kotlin Developer | Jobs</title>
<style>.apply { color: red } /* Rust */</style>
<script>window.tags = ["Kubernetes", "Scala", "Haskell"];</script></head>
<body><nav><a href="/">Jobs</a> <a href="/login">Sign in</a> Golang meetups</nav>
<button>Easy Apply</button>
"""
CHROME_BOTTOM = """<noscript>Enable JavaScript to see Elixir jobs</noscript>
<svg><text>Fortran</text></svg></body></html>
"""


def _as_page(text: str) -> str:
    """A posting's text as a careers site would lay it out: a paragraph per line, the lines
    of each run of bullets as one list, and the page's own furniture around it."""
    parts: list[str] = []
    in_list = False
    for line in text.splitlines():
        if line.startswith("- ") != in_list:
            parts.append("<ul>" if not in_list else "</ul>")
            in_list = not in_list
        if in_list:
            parts.append(f"<li>\n  {html.escape(line[2:])}</li>")
        elif line.strip():
            parts.append(f"<p>{html.escape(line)}</p>")
    if in_list:
        parts.append("</ul>")
    return CHROME_TOP + "\n".join(parts) + CHROME_BOTTOM


def _requirements(path: Path) -> list[tuple[str, str]]:
    result = invoke("extract", path, "--as", "posting", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [(r["id"], r["importance"]) for r in json.loads(result.stdout)["requirements"]]


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_a_saved_page_asks_what_its_text_asks(tmp_path: Path, suffix: str) -> None:
    page = tmp_path / f"posting{suffix}"
    page.write_text(_as_page(POSTING.read_text(encoding="utf-8")), encoding="utf-8")
    assert _requirements(page) == _requirements(POSTING)


def test_the_pages_furniture_is_not_read(tmp_path: Path) -> None:
    page = tmp_path / "posting.html"
    page.write_text(_as_page(POSTING.read_text(encoding="utf-8")), encoding="utf-8")
    document = read_document(page)
    assert document.format == "html"
    for hidden in ("Kotlin", "Rust", 'Kubernetes"', "Sign in", "Golang", "Easy Apply", "Elixir"):
        assert hidden not in document.text
    assert "Fortran" not in document.text
    assert document.text.startswith("Title: Data Engineer\n")


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>Python &amp; SQL&nbsp;skills</p>", "Python & SQL skills\n"),
        ("<ul><li>Python<li>SQL</ul>", "- Python\n- SQL\n"),
        ("<p>one<br>two<br/>three</p>", "one\ntwo\nthree\n"),
        ("<h2>Requirements</h2><ul><li>SQL</li></ul>", "Requirements\n\n- SQL\n"),
        (
            "<table><tr><th>Skill<th>Years<tr><td>Python<td>3+</table>",
            "Skill | Years\nPython | 3+\n",
        ),
        ("<pre>line one\n  line two</pre>", "line one\nline two\n"),
        ("<p>words   spread\n  over\tlines</p>", "words spread over lines\n"),
        # an item's paragraph is its line; an item holding a heading is a card, not a bullet
        ("<ul><li><p>Python</p></li><li><p>SQL</p></li></ul>", "- Python\n- SQL\n"),
        (
            "<ul><li><h3>Seniority level</h3><span>Entry level</span></li></ul>",
            "Seniority level\n\nEntry level\n",
        ),
        (
            "<ul><li>  <b>Python</b> and <em>SQL</em><li>Go</ul><p>x</p>",
            "- Python and SQL\n- Go\n\nx\n",
        ),
        # a head left open ends where the body starts
        ("<html><head><title>x</title><body><p>Python</p>", "Python\n"),
        # the head's tags may be left out: its end and the body's start are implied
        (
            "<html><head><meta charset=utf-8><title>x</title><h1>Data Scientist</h1>",
            "Data Scientist\n",
        ),
        # a layout table's columns: a cell that starts a line has no bar before it
        (
            "<table><tr><td><h2>Experience</h2><p>Acme</p></td><td><p>Python</p></td></tr>",
            "Experience\n\nAcme\n\nPython\n",
        ),
        # a list inside an item is part of the item: no blank lines within it
        (
            "<ul><li>Cloud<ul><li>AWS</li><li>GCP</li></ul><p>on call</p></li><li>Go</li></ul>",
            "- Cloud\n- AWS\n- GCP\non call\n- Go\n",
        ),
        # a section the parser does not know is left out, not an error
        ("<p>a</p><![foo[ hidden ]]><p>b</p>", "a\n\nb\n"),
    ],
)
def test_page_text_lays_out_lines_as_a_browser_shows_them(markup: str, text: str) -> None:
    assert page_text(markup) == text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"<>!/[]-?&#;=\"' apx\n", "<p>", "<li>", "<![", "]]>"])).map("".join)
)
def test_any_markup_is_read_without_an_error(markup: str) -> None:
    assert page_text(markup).endswith("\n")


def test_a_page_without_text_is_a_clear_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var jobs = [];</script></head><body></body></html>")
    result = invoke("extract", page)
    assert result.exit_code == 3
    assert "no text found" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("start", "page"),
    [
        (b"<!DOCTYPE html><html>", True),
        (b"\n  <!doctype HTML>\n<html>", True),
        (b"<html lang='en'>", True),
        (b"\xef\xbb\xbf<!DOCTYPE html>", True),
        (b'<?xml version="1.0"?>\n<!DOCTYPE html>', True),
        # a byte-order mark, a browser's note of where the page was saved from
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", True),
        ("<!DOCTYPE html>\n<html>".encode("utf-16"), True),
        (b"<!-- saved from url=(0027)https://example.com/jobs -->\n<html>", True),
        (b"<!-- a note -->\nData Engineer, <html> and CSS", False),
        (b"Data Engineer\n<html> is a tag we ask you to know", False),
        (b"- HTML, CSS and JavaScript", False),
    ],
)
def test_piped_bytes_are_a_page_by_their_start(start: bytes, page: bool) -> None:
    assert looks_like_html(start) is page


def test_a_piped_page_is_read_as_one(tmp_path: Path) -> None:
    markup = _as_page(POSTING.read_text(encoding="utf-8")).encode("utf-8")
    result = CliRunner().invoke(
        app,
        ["extract", "-", "--as", "posting", "--format", "json", "--as-of", "2026-11"],
        input=markup,
    )
    assert result.exit_code == 0, result.stderr
    extracted = json.loads(result.stdout)
    assert extracted["format"] == "html"
    assert [(r["id"], r["importance"]) for r in extracted["requirements"]] == _requirements(POSTING)


LINKEDIN_PAGE = """<!DOCTYPE html><html><head><title>Acme hiring</title></head><body>
<nav>Home My Network Jobs Messaging</nav>
<h1 class="top-card__title">Machine Learning Engineer</h1>
<div class="description__text"><section class="show-more-less-html">
<p><strong>Requirements</strong></p>
<ul><li><p>Python and PyTorch</p></li><li><p>SQL</p></li></ul>
</section><button>Show more</button></div>
<ul class="description__job-criteria-list">
<li><h3>Seniority level</h3><span>Entry level</span></li>
<li><h3>Employment type</h3><span>Full-time</span></li>
<li><h3>Job function</h3><span>Engineering and Information Technology</span></li>
<li><h3>Industries</h3><span>Software Development</span></li>
</ul></body></html>
"""


def test_a_saved_job_board_page_asks_its_requirements_and_names_its_level(tmp_path: Path) -> None:
    page = tmp_path / "job.html"
    page.write_text(LINKEDIN_PAGE, encoding="utf-8")
    result = invoke("extract", page, "--as", "posting", "--format", "json")
    assert result.exit_code == 0, result.stderr
    extracted = json.loads(result.stdout)
    assert [r["id"] for r in extracted["requirements"]] == ["python", "pytorch", "sql"]
    assert extracted["posting"]["title"] == "Machine Learning Engineer"
    assert extracted["posting"]["level"] == "entry"


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Python</p>" + "<a" * 40_000,  # tags that never end
        "<p>Python</p>" + "</" * 80_000,
        "<p>Python</p>" + "<!--x>" * 15_000,  # comments that never end, '>' or not
        "<p>Python</p>" + "<![x>" * 30_000 + "] ]>",  # sections that never end
        "<p>Python</p>" + "<![if x>" * 20_000,
    ],
)
def test_markup_that_never_ends_is_read_in_linear_time(markup: str) -> None:
    page_text("<p>warm up</p>")
    started = time.process_time()
    text = page_text(markup)
    assert time.process_time() - started < 1.0
    assert text.startswith("Python\n")


# Text a reader of the page cannot see is left out, with a warning, as the DOCX and PDF readers do


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Python</p><div hidden><p>Kubernetes Terraform</p></div><p>SQL</p>",
        '<p>Python</p><span style="display: none">Kubernetes Terraform</span><p>SQL</p>',
        '<p>Python</p><div style="color:red;VISIBILITY:hidden"><div>Kubernetes</div>'
        "<div>Terraform</div></div><p>SQL</p>",
    ],
)
def test_hidden_elements_are_left_out_with_a_warning(tmp_path: Path, markup: str) -> None:
    page = tmp_path / "cv.html"
    page.write_text(f"<html><body>{markup}</body></html>", encoding="utf-8")
    document = read_document(page)
    assert "Kubernetes" not in document.text and "Terraform" not in document.text
    assert "Python" in document.text and "SQL" in document.text
    assert any(w.startswith("hidden text:") for w in document.warnings), document.warnings


@pytest.mark.parametrize(
    "markup",
    [
        # a hidden paragraph whose end tag may be left out hides only itself
        "<p hidden>Kubernetes<p>Terraform",
        # shown styles, and an attribute that only names "hidden"
        '<div style="display:block">Kubernetes</div><div class="hidden-xs">Terraform</div>',
    ],
)
def test_shown_text_beside_hidden_markup_stays(markup: str) -> None:
    shown = page_text(f"<html><body>{markup}</body></html>")
    assert "Terraform" in shown


def test_a_pages_declared_charset_decodes_it(tmp_path: Path) -> None:
    page = tmp_path / "jd.html"
    words = "Инженер по машинному обучению: Python, SQL"
    page.write_bytes(
        b'<html><head><meta charset="koi8-r"></head><body><p>'
        + words.encode("koi8-r")
        + b"</p></body></html>"
    )
    document = read_document(page)
    assert words in document.text


# A web address is not fetched: the message says what to do instead


@pytest.mark.parametrize(
    "address",
    [
        "https://jobs.example.com/ml-engineer-123",
        "http://example.org/careers?id=7",
        "www.example.com/jobs/1",
    ],
)
def test_a_web_address_is_refused_with_what_to_do_instead(address: str) -> None:
    result = invoke("extract", address)
    assert result.exit_code == 3
    first, hint = result.stderr.strip().splitlines()
    assert first == f"error: {address}: a web address, not a file (nothing is fetched)"
    assert hint.startswith("hint: save the page as .html")


def test_a_file_whose_name_looks_like_an_address_is_still_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "https:").mkdir()
    (tmp_path / "https:" / "jd.txt").write_text("Data Analyst\n\nRequirements\n- SQL\n")
    result = invoke("extract", "https://jd.txt", "--as", "posting", "--format", "json")
    assert result.exit_code == 0, result.stderr
