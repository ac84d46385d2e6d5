"""A personal site's resume saved as HTML shows its skills as tags ("chips"): elements of one
tag and one class side by side with nothing between them in the markup
(`<span class="tag">R</span><span class="tag">Stan</span>`). A browser draws each as a box of
its own, so each is read as an item of a list, not glued into "RStan". Elements of no class, or
of different classes, join as before ("<b>Py</b><b>Torch</b>")."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlcareer.api import Options, extract
from mlcareer.documents import read_document

_PAGE = """<!DOCTYPE html><html><head><title>Sofia Marquez</title></head><body>
<header><h1>Sofia Marquez</h1><p>Epidemiologist</p></header><main>
<section><h2>Experience</h2><h3>Senior Epidemiologist, State Department of Health</h3>
<span class="date">2019 - present</span><ul><li>Forecast influenza with Stan.</li></ul></section>
<section><h2>Skills</h2>{skills}</section></main></body></html>"""


def _page(tmp_path: Path, skills: str) -> Path:
    path = tmp_path / "cv.html"
    path.write_text(_PAGE.format(skills=skills), encoding="utf-8")
    return path


def test_resumes4_glued_skill_tags_are_items_of_a_list(tmp_path: Path) -> None:
    chips = "".join(
        f'<span class="tag">{name}</span>'
        for name in ("R", "Stan", "Python", "SQL", "causal inference")
    )
    path = _page(tmp_path, f"<div>{chips}</div>")
    assert "R, Stan, Python, SQL, causal inference" in read_document(path).text
    names = {skill.name for skill in extract(path, Options(), "resume").skills}
    assert {"Python", "SQL", "Causal inference"} <= names


@pytest.mark.parametrize(
    ("markup", "shown"),
    [
        ("<p>Built with <b>Py</b><b>Torch</b></p>", "Built with PyTorch"),
        ('<p><span class="a">Py</span><span class="b">Torch</span></p>', "PyTorch"),
        ('<p><span class="t">R</span> <span class="t">Stan</span></p>', "R Stan"),
        ('<p><a class="t">R</a><span class="t">Stan</span></p>', "RStan"),
        ('<p><span class="t">Python</span><br><span class="t">SQL</span></p>', "Python\nSQL"),
    ],
)
def test_resumes4_inline_markup_without_a_shared_class_joins_as_before(
    tmp_path: Path, markup: str, shown: str
) -> None:
    assert shown in read_document(_page(tmp_path, markup)).text
