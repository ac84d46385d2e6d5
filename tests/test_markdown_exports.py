"""Resumes and postings exported from Notion, kept as a GitHub README or typed as plain-text
"ASCII art": the markup a renderer hides (front matter, HTML comments, emoji shortcodes) is not
read as content, and the dates and headings such exports write are read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import invoke


def _extract(path: Path, kind: str = "resume") -> dict[str, Any]:
    result = invoke("extract", path, "--as", kind, "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    return found[0] if isinstance(found, list) else found


def _write(tmp_path: Path, text: str, name: str = "resume.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _skill_ids(profile: dict[str, Any]) -> set[str]:
    return {skill["id"] for skill in profile["skills"]}


def _section_names(profile: dict[str, Any]) -> list[str]:
    return [section["name"] for section in profile["sections"]]


ARROW_DATES = """# Noor Haddad

## Experience

**Machine Learning Engineer**, Tallis Robotics — March 3, 2021 → Present
- Trained grasping policies in PyTorch

**Data Analyst**, Brightline — Jun 2018 -> Feb 2021
- Weekly reports in SQL

## Education
B.Sc. Physics, University of Jordan, 2014 - 2018
"""


def test_arrows_join_the_ends_of_a_range(tmp_path: Path) -> None:
    """Notion writes a date property's range with an arrow; typed text often with "->"."""
    experience = _extract(_write(tmp_path, ARROW_DATES))["experience"]
    ranges = [found["text"] for found in experience["ranges"]]
    assert ranges[:2] == ["March 3, 2021 → Present", "Jun 2018 -> Feb 2021"]
    assert experience["years"] >= 8


ASCII_RULES = """##############################
#  KOFI MENSAH               #
#  Data Engineer, Accra      #
##############################

~~~~~~~~ WORK HISTORY ~~~~~~~~

Data Engineer | Hubtel | 2020 - present
 - Pipelines in Airflow and dbt

++++++++ SKILLS ++++++++
Python, SQL, Airflow

====== EDUCATION ======
B.Sc. Computer Science, University of Ghana, 2015 - 2019

= Projects =
 - A weather dashboard in Streamlit
"""


def test_ascii_rules_around_a_heading_are_marks(tmp_path: Path) -> None:
    profile = _extract(_write(tmp_path, ASCII_RULES, "resume.txt"))
    assert _section_names(profile) == ["experience", "skills", "education", "projects"]


def test_a_rule_alone_is_no_heading() -> None:
    from mlcareer.documents.sections import heading_name

    assert [heading_name(line) for line in ("======", "~~~~~~", "++++++", "=+=+=+")] == [None] * 4
    assert heading_name("C++") is None


SHORTCODES = """# :wave: Mei Lin

## :briefcase: Experience

**NLP Engineer**, Larkspur AI, 2022 - Present
- Fine-tuned language models with Hugging Face

## :hammer_and_wrench: Skills
Python, spaCy

## :mortar_board: Education
M.Sc. Linguistics, National Taiwan University, 2019 - 2021
"""


def test_emoji_shortcodes_decorate_a_heading(tmp_path: Path) -> None:
    """GitHub and Slack show ":briefcase:" as an emoji, which decorates a heading as the
    emoji itself does."""
    profile = _extract(_write(tmp_path, SHORTCODES))
    assert _section_names(profile) == ["experience", "skills", "education"]


SHORTCODE_POSTING = """## :rocket: What you'll do
- Build ranking models

## :white_check_mark: Requirements
- Python

## :star: Nice to have
- Rust
"""


def test_emoji_shortcodes_decorate_a_postings_heading(tmp_path: Path) -> None:
    profile = _extract(_write(tmp_path, SHORTCODE_POSTING, "posting.md"), "posting")
    asked = {req["name"]: req["importance"] for req in profile["requirements"]}
    assert (asked.get("Python"), asked.get("Rust")) == ("required", "preferred")


COMMENTED = """# Ravi Kumar

<!--
  to do: add the Kaggle results
  written in vim, built with pandoc
-->

## Skills
Python, SQL
"""


def test_a_comment_over_several_lines_is_not_read(tmp_path: Path) -> None:
    path = _write(tmp_path, COMMENTED)
    profile = _extract(path)
    assert _skill_ids(profile) == {"python", "sql"}
    content = path.read_text(encoding="utf-8")
    python = next(skill for skill in profile["skills"] if skill["id"] == "python")
    mention = python["mentions"][0]
    assert content[mention["start"] : mention["end"]] == "Python"
    assert mention["line"] == content.splitlines().index("Python, SQL") + 1


FRONT_MATTER = """---
title: "CV - Ana Silva"
layout: resume
tags: [ml, vim, resume]
permalink: /cv/
---

# Ana Silva

## Skills
Python, SQL
"""


def test_front_matter_is_not_read(tmp_path: Path) -> None:
    """A static site's front matter is the page's settings, never shown on it."""
    path = _write(tmp_path, FRONT_MATTER)
    profile = _extract(path)
    assert _skill_ids(profile) == {"python", "sql"}
    content = path.read_text(encoding="utf-8")
    for skill in profile["skills"]:
        mention = skill["mentions"][0]
        assert content[mention["start"] : mention["end"]] == mention["text"]
        assert mention["line"] == 11


@pytest.mark.parametrize(
    "text",
    [
        "---\nAna Silva\nData Scientist, Vim Labs\n---\nPython, SQL\n",  # rules around a name
        "Ana Silva\n---\ntags: [vim]\n---\nPython\n",  # not at the start
        "---\ntags: [vim]\nPython, SQL\n",  # never closed
    ],
)
def test_rules_that_are_no_front_matter_stay(tmp_path: Path, text: str) -> None:
    assert "vim" in _skill_ids(_extract(_write(tmp_path, text)))


def test_notion_toggles_open_lines(tmp_path: Path) -> None:
    """Notion exports a toggle as <details> with its title in <summary>."""
    text = (
        "# Experience\n\nML Engineer, Acme, 2020 - Present\n\n"
        "<details>\n<summary>Skills</summary>\n\nPython, SQL\n\n</details>\n"
    )
    profile = _extract(_write(tmp_path, text))
    assert _section_names(profile) == ["experience", "skills"]
    assert "<summary>" not in json.dumps(profile)


STACK_TABLE = """# Platform ML Engineer

## Nice to have
- Terraform

| Layer | Tech |
|-------|------|
| Storage | Postgres, S3 |
| Compute | Spark |
"""


def test_a_markdown_tables_header_row_asks_nothing(tmp_path: Path) -> None:
    """The row above a Markdown table's "|---|---|" line names its columns."""
    profile = _extract(_write(tmp_path, STACK_TABLE, "posting.md"), "posting")
    asked = {req["jd_text"] for req in profile["requirements"]}
    assert {"Terraform", "Postgres", "S3", "Spark"} <= asked
    assert not {"Layer", "Tech"} & asked


def test_a_header_row_of_skills_still_names_them(tmp_path: Path) -> None:
    """A table exported without a header (Notion's) makes its first row one: the skills in it
    are still asked."""
    text = "## Requirements\n\n| Python | 5 years |\n|---|---|\n| SQL | 3 years |\n"
    profile = _extract(_write(tmp_path, text, "posting.md"), "posting")
    asked = {req["name"]: req["importance"] for req in profile["requirements"]}
    assert (asked.get("Python"), asked.get("SQL")) == ("required", "required")


def test_a_hyphenated_equal_opportunity_line_asks_for_no_company(tmp_path: Path) -> None:
    text = "## Nice to have\n- Terraform\n\nQuanta is an equal-opportunity employer.\n"
    profile = _extract(_write(tmp_path, text, "posting.md"), "posting")
    assert [req["jd_text"] for req in profile["requirements"]] == ["Terraform"]


def test_a_badges_mark_goes_with_its_brackets() -> None:
    """An image's alt text ("![PyTorch](...)", a README's badge) reads as its label, without
    the "!" that marks it as an image; offsets still point into the file."""
    from mlcareer.documents.cleaning import SourceMap, clean_text
    from mlcareer.documents.limits import Limits

    text = "Stack: ![PyTorch](https://img.shields.io/badge/PyTorch-2.1-orange) and Go!\n"
    cleaned, edits = clean_text(text, [], Limits())
    assert cleaned == "Stack: PyTorch (https://img.shields.io/badge/PyTorch-2.1-orange) and Go!\n"
    at = cleaned.index("PyTorch")
    source = SourceMap(cleaned, edits)
    assert text[source.start(at) : source.end(at + len("PyTorch"))] == "PyTorch"
