"""Markdown links in a resume or posting: "[Hugging Face](https://huggingface.co)" shows the
skill its label names, and offsets still point into the file's own text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import invoke

RESUME = """Priya Nair
[GitHub](https://github.com/priyan) · [LinkedIn](https://www.linkedin.com/in/priyan)

## Experience
### ML Engineer, Lexa AI (Mar 2022 - Present)
- Fine-tuned models with [Hugging Face](https://huggingface.co)
- Tracked runs in [MLflow](www.mlflow.org)
- Wrote `arr[i](x)` helpers; see [2019] notes
"""


def _extract(path: Path) -> dict[str, list[dict[str, object]]]:
    result = invoke("extract", path, "--as", "resume", "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    return found[0] if isinstance(found, list) else found


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_links_label_names_a_skill(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"resume{suffix}"
    path.write_text(RESUME, encoding="utf-8")
    profile = _extract(path)
    ids = {skill["id"] for skill in profile["skills"]}
    assert {"github", "hugging-face-transformers", "mlflow"} <= ids
    assert not profile["warnings"]


def test_offsets_into_a_link_are_the_files_own(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text(RESUME, encoding="utf-8")
    content = path.read_text(encoding="utf-8")
    mentions = [m for skill in _extract(path)["skills"] for m in skill["mentions"]]
    assert {"Hugging Face", "MLflow"} <= {m["text"] for m in mentions}  # some are checked
    for mention in mentions:
        assert content[mention["start"] : mention["end"]] == mention["text"]


def test_brackets_that_are_no_link_stay(tmp_path: Path) -> None:
    from mlcareer.documents.cleaning import clean_text
    from mlcareer.documents.limits import Limits

    text = "Wrote arr[i](x) and [2019] and [see](notes.md) and ](https://a.io) alone\n"
    cleaned, _ = clean_text(text, [], Limits())
    assert cleaned == text.replace("](https://a.io)", " (https://a.io)")
