"""An HTML table left in a scraped posting: its cells stay apart and its rows adjacent, so a
column of years still gives each skill its years."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mlcareer.documents import read_document
from mlcareer.documents.cleaning import SourceMap
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def test_an_html_tables_cells_stay_apart(profile_of: ProfileOf) -> None:
    tagged = (
        "Data Engineer<br>\n<b>Requirements</b>\n"
        "<table><tr><th>Skill</th><th>Years</th></tr>"
        "<tr><td>SQL</td><td>4</td></tr><tr><td>Airflow</td><td>2</td></tr></table>\n"
    )
    posting = profile_of(tagged, doc_type="posting")
    asked = {req.name: req.years for req in posting.requirements}
    assert asked == {"SQL": 4.0, "Apache Airflow": 2.0}


def test_tags_with_a_quoted_bracket_or_of_other_html_names_are_read_as_a_browser_shows_them(
    tmp_path: Path,
) -> None:
    """A '>' inside a quoted attribute does not end the tag; description lists, code, labels,
    images and comments leave no markup; offsets still map into the file."""
    tagged = (
        '<div class="job" data-note="a > b"><b>ML Engineer, Acme</b></div>\n'
        "<dl><dt>Languages</dt><dd><code>Scala</code>, Go</dd></dl>\n"
        '<img src="me.png" alt="me"/><!-- generated --><label>Cloud</label>: GCP\n'
    )
    path = tmp_path / "cv.txt"
    path.write_text(tagged, encoding="utf-8")
    document = read_document(path)
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    assert lines == ["ML Engineer, Acme", "Languages", "Scala, Go", "Cloud: GCP"]
    source = SourceMap(document.text, document.edits)
    at = document.text.index("Scala")
    assert tagged[source.start(at) : source.end(at + 5)] == "Scala"


def test_a_saved_pages_scripts_and_styles_go_with_their_contents(tmp_path: Path) -> None:
    """A browser shows no script, style or head markup: none of it is read as text."""
    page = (
        "<HTML><head><title>Careers</title><style>.req{color:red}\nbody{margin:0}</style>"
        "</head><body>\n<SCRIPT type='text/javascript'>var skills = ['Kafka'];</script>\n"
        "<h2>Requirements</h2><ul><li>Python</li></ul><noscript>Enable Rust</noscript></body>\n"
    )
    path = tmp_path / "jd.txt"
    path.write_text(page, encoding="utf-8")
    document = read_document(path)
    lines = [line.strip() for line in document.text.splitlines() if line.strip()]
    assert lines == ["Careers", "Requirements", "• Python"]
    source = SourceMap(document.text, document.edits)
    at = document.text.index("Python")
    assert page[source.start(at) : source.end(at + 6)] == "Python"
