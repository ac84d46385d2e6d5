"""Letters a case-blind pattern takes for ASCII ones ("ſ" for s, "ı" and "İ" for i, the Kelvin
sign for k) reach the code that reads what a pattern matched: no crash, and the same reading as
the plain letters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mlcareer.extract.numbers import count_of

from .conftest import invoke


@pytest.mark.parametrize(
    ("written", "value"),
    [("six", 6.0), ("Six", 6.0), ("ſix", 6.0), ("fİve", 5.0), ("fıve", 5.0), ("６", 6.0)],
)
def test_a_count_is_read_whatever_letters_the_pattern_took(written: str, value: float) -> None:
    assert count_of(written) == value


def test_years_written_with_a_long_s_are_read(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Jane Roe\nSummary\nData analyst with over ſix years of experience in SQL.\n",
        encoding="utf-8",
    )
    result = invoke("extract", resume, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["experience"]["years"] == 6.0


@pytest.mark.parametrize("label", ["Requirements", "REQUİREMENTS", "Requırementſ"])
def test_a_short_line_of_labels_is_split_whatever_letters_they_hold(
    tmp_path: Path, label: str
) -> None:
    posting = tmp_path / "jd.txt"
    posting.write_text(
        f"ML Engineer\nAbout: we build search. {label}: Kubernetes. Benefits: Tableau licences.\n",
        encoding="utf-8",
    )
    result = invoke("extract", posting, "--as", "posting", "--format", "json")
    assert result.exit_code == 0, result.output
    asked = {r["name"]: r["importance"] for r in json.loads(result.stdout)["requirements"]}
    assert asked.get("Kubernetes") == "required"
    assert "Tableau" not in asked
