"""Inline elements of one tag and class side by side are a skill's tags ("R", "Stan") only
where no space parts their words: a word processor's runs of text ("Machine" and "&nbsp;
learning") and a table's cells keep their words (found by a review). Real HTML files."""

from __future__ import annotations

from pathlib import Path

from mlcareer.documents import read_document


def _text(tmp_path: Path, body: str) -> str:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return read_document(path).text


def test_a_word_processors_runs_keep_their_words(tmp_path: Path) -> None:
    body = (
        '<p><span class="c0">Built models in </span><span class="c0">PyTorch</span></p>'
        '<p><span class="c0">Machine</span><span class="c0">&nbsp;learning, Python</span></p>'
    )
    text = _text(tmp_path, body)
    assert "models in PyTorch" in text
    assert "," not in text.split("Machine")[1].split("learning")[0]


def test_a_tables_cells_get_no_comma(tmp_path: Path) -> None:
    body = '<table><tr><td class="c">Python</td><td class="c">5 years</td></tr></table>'
    assert "Python," not in _text(tmp_path, body)


def test_skill_tags_side_by_side_are_still_parted(tmp_path: Path) -> None:
    body = '<p><span class="tag">R</span><span class="tag">Stan</span></p>'
    assert "R, Stan" in _text(tmp_path, body)
