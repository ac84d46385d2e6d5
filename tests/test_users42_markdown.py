"""The Markdown report names its files in code spans that a renderer shows as written, a
backtick in a file name included (it used to be dropped: "a`b.txt" read "ab.txt")."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from mlcareer.formats.markdown import code

from .conftest import EXAMPLES, POSTINGS, invoke


@pytest.mark.parametrize(
    "name", ["cv.txt", "a`b.txt", "`lead.txt", "tail`.txt", "two``ticks`.txt", "my cv <b>.txt"]
)
def test_a_code_span_renders_as_the_name_written(name: str) -> None:
    rendered = MarkdownIt("commonmark").renderInline(code(name))
    assert rendered == f"<code>{html.escape(name, quote=False)}</code>"


def test_the_report_names_a_resume_with_a_backtick_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("cv `draft`.txt").write_text(
        (EXAMPLES / "entry-ml-engineer.txt").read_text("utf-8"), "utf-8"
    )
    result = invoke("match", "cv `draft`.txt", POSTINGS / "entry-ml-engineer.txt", "-f", "markdown")
    assert result.exit_code == 0
    [line] = [line for line in result.stdout.splitlines() if line.startswith("Resume:")]
    assert "<code>cv `draft`.txt</code>" in MarkdownIt("commonmark").renderInline(line)
