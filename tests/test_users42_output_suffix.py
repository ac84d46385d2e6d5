"""--output's suffix picks the format when --format is left out (-o report.html writes the
HTML page, not the terminal's boxes); a --format given always wins."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import EXAMPLES, invoke

RESUME = EXAMPLES / "entry-ml-engineer.txt"


@pytest.mark.parametrize(
    ("name", "opening"),
    [("r.md", "## mlcareer:"), ("r.HTML", "<!DOCTYPE html>"), ("r.json", "{"), ("r.txt", "╭")],
)
def test_match_writes_the_format_its_output_names(tmp_path: Path, name: str, opening: str) -> None:
    target = tmp_path / name
    result = invoke("match", RESUME, "entry-ml-engineer", "-o", target)
    assert result.exit_code == 0, result.output
    assert target.read_text("utf-8").startswith(opening)


def test_a_format_given_wins_over_the_suffix(tmp_path: Path) -> None:
    target = tmp_path / "r.json"
    result = invoke("match", RESUME, "entry-ml-engineer", "-o", target, "-f", "terminal")
    assert result.exit_code == 0, result.output
    assert target.read_text("utf-8").startswith("╭")


def test_batch_writes_csv_and_jsonl_by_their_suffix(tmp_path: Path) -> None:
    table = tmp_path / "ranking.csv"
    rows = tmp_path / "rows.jsonl"
    pair = ("--resumes", RESUME, "--jds", "entry-ml-engineer", "-j", "1")
    assert invoke("batch", *pair, "-o", table, "--bom").exit_code == 0
    assert table.read_text("utf-8").startswith("\ufeffrank,resume,jd,score")
    assert invoke("batch", *pair, "-o", rows, "--stream").exit_code == 0
    assert json.loads(rows.read_text("utf-8").splitlines()[0])["jd"] == "entry-ml-engineer"


def test_extract_and_roles_write_json_by_its_suffix(tmp_path: Path) -> None:
    profile, ranking = tmp_path / "p.json", tmp_path / "roles.json"
    assert invoke("extract", RESUME, "-o", profile).exit_code == 0
    assert json.loads(profile.read_text("utf-8"))["path"] == str(RESUME)
    assert invoke("roles", RESUME, "-o", ranking).exit_code == 0
    assert json.loads(ranking.read_text("utf-8"))["roles"]


def test_a_suffix_the_command_cannot_write_keeps_its_default(tmp_path: Path) -> None:
    target = tmp_path / "r.csv"
    assert invoke("match", RESUME, "entry-ml-engineer", "-o", target).exit_code == 0
    assert target.read_text("utf-8").startswith("╭")
