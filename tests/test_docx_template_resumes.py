"""Resumes made from Word, Google Docs and Canva templates (see template_resumes.py), read end
to end: the sidebar's sections stay sections, and the jobs, dates, degree and skills are found
as in a plain resume."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from .conftest import invoke
from .template_resumes import BUILDERS
from .test_docx_wrapped_text import lines_of


def extracted(path: Path) -> dict[str, Any]:
    result = invoke("extract", path, "--as", "resume", "--format", "json")
    assert result.exit_code == 0, result.output
    profile: dict[str, Any] = json.loads(result.stdout)
    return profile


def skill_sections(profile: dict[str, Any], skill: str) -> set[str | None]:
    found = next(s for s in profile["skills"] if s["id"] == skill)
    return {mention["section"] for mention in found["mentions"]}


def test_a_sidebar_box_anchored_inside_a_job_does_not_split_the_job(tmp_path: Path) -> None:
    path = BUILDERS["career_changer_mid_box"](tmp_path / "resume.docx")
    lines = lines_of(path)
    assert lines.index("Google Data Analytics Certificate") < lines.index("Experience")
    assert lines.index("September 2023 – Present") < lines.index(
        "• Built patient no-show prediction models with Python and Pandas."
    )
    profile = extracted(path)
    ranges = profile["experience"]["ranges"]
    assert {r["section"] for r in ranges} == {"experience"}
    assert len(profile["experience"]["titles"]) == 2
    assert skill_sections(profile, "python") == {"skills", "experience"}


def test_a_name_box_anchored_in_the_first_heading_comes_before_it(tmp_path: Path) -> None:
    path = BUILDERS["ml_engineer_header_box"](tmp_path / "resume.docx")
    assert lines_of(path)[:2] == ["Marcus Chen", "Machine Learning Engineer"]
    profile = extracted(path)
    assert profile["sections"][0]["name"] == "summary"
    assert profile["sections"][0]["start"] > 0  # the name and contact lines are no summary


@pytest.mark.parametrize("name", ["data_scientist", "canva_export", "ml_engineer_header_box"])
def test_template_resumes_keep_their_sections_jobs_and_degree(tmp_path: Path, name: str) -> None:
    profile = extracted(BUILDERS[name](tmp_path / "resume.docx"))
    sections = [section["name"] for section in profile["sections"]]
    assert {"skills", "experience", "education"} <= set(sections)
    assert {r["section"] for r in profile["experience"]["ranges"]} == {"experience"}
    assert profile["education"]["highest"] in {"bachelor", "master"}
    skills = {skill["id"] for skill in profile["skills"]}
    assert "skills" in set().union(*(skill_sections(profile, s) for s in skills))


def test_a_box_without_headings_stays_after_its_anchor(tmp_path: Path) -> None:
    """A box of a job's dates beside the job's title is read right after the title; a box
    in the line of a heading (wp:inline) is read where it stands."""
    from .test_docx_wrapped_text import docx_with, para, run, text_box

    dates = text_box(para(run("2019 - 2024")))
    inline = text_box(para(run("Python")), para(run("Skills"))).replace("wp:anchor", "wp:inline")
    path = docx_with(
        tmp_path / "resume.docx",
        para(run("Experience")),
        para(run("ML Engineer, Acme"), dates),
        para(run("Skills"), inline),
    )
    assert lines_of(path) == [
        "Experience",
        "ML Engineer, Acme",
        "2019 - 2024",
        "Skills",
        "Python",
        "Skills",
    ]
