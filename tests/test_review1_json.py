"""Hostile inputs for the JSON Resume reader: a lone surrogate escaped in JSON, a resume.json
that holds a JobPosting among its fields, and error lines that name where the field stands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mlcareer.documents import read_document
from mlcareer.errors import DocumentError

from .conftest import invoke

LONE_SURROGATES = (
    '{"basics": {"name": "Ada \\ud800 Byron"}, "skills": [{"name": "Python \\udfff"}]}'
)


def _extracted(path: Path) -> dict[str, Any]:
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_a_lone_surrogate_escaped_in_a_resume_json_is_no_crash(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(LONE_SURROGATES, encoding="utf-8")
    assert "python" in {skill["id"] for skill in _extracted(path)["skills"]}
    assert invoke("extract", path).exit_code == 0  # the terminal's output too


def test_a_lone_surrogate_in_a_page_s_posting_data_is_no_crash(tmp_path: Path) -> None:
    data = (
        '{"@type": "JobPosting", "title": "ML Engineer \\ud800", "description": "Python \\udfff"}'
    )
    path = tmp_path / "posting.html"
    path.write_text(
        f'<html><head><script type="application/ld+json">{data}</script></head></html>',
        encoding="utf-8",
    )
    assert "python" in {skill["id"] for skill in _extracted(path)["skills"]}


def test_a_resume_json_holding_a_job_posting_is_read_as_the_resume(tmp_path: Path) -> None:
    resume = {
        "basics": {"name": "Ines Okafor", "label": "Data Engineer"},
        "work": [{"name": "Tarn Freight", "position": "Data Engineer", "startDate": "2019-02"}],
        "skills": [{"name": "Data engineering", "keywords": ["Airflow", "SQL"]}],
        # a field of the writer's own: the posting aimed at
        "meta": {"target": {"@type": "JobPosting", "title": "Staff Data Engineer"}},
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(resume), encoding="utf-8")
    text = read_document(path).text
    assert "Ines Okafor" in text
    assert "Feb 2019 - Present" in text


def test_a_job_posting_with_a_skills_field_stays_a_posting(tmp_path: Path) -> None:
    posting = {
        "@type": "JobPosting",
        "title": "Analytics Engineer",
        "skills": "SQL, dbt",
        "description": "<p>Requirements: 3+ years of SQL</p>",
    }
    path = tmp_path / "posting.json"
    path.write_text(json.dumps(posting), encoding="utf-8")
    assert read_document(path).text.startswith("Analytics Engineer\n")


@pytest.mark.parametrize(
    ("content", "message", "unwanted"),
    [
        ('{"basics": {"profiles": {"network": "GitHub"}}}', "basics.profiles is an object", ""),
        ('{"basics": {"profiles": ["tovem"]}}', "basics.profiles[0] is text", ""),
        ('{"basics": {"phone": ' + "9" * 5000 + "}}", "a number too long", "sys."),
    ],
)
def test_a_bad_field_s_line_says_where_it_stands(
    tmp_path: Path, content: str, message: str, unwanted: str
) -> None:
    path = tmp_path / "resume.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError) as raised:
        read_document(path)
    assert message in raised.value.message
    assert not unwanted or unwanted not in raised.value.message
