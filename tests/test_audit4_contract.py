"""What docs/contract.md says of extract's JSON, checked on the real CLI output."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app
from tests.conftest import invoke

_RESUME = (
    "Skills\nPython, PyTorch\n\nExperience\nML Engineer, Acme, Jan 2019 - Present\n"
    "Analyst, Beta, Mar 2016 - Dec 2018\n"
)


def test_audit4_a_ranges_start_and_end_are_months_not_offsets(
    write: Callable[[str, str], Path],
) -> None:
    path = write("cv.txt", _RESUME)
    profile = json.loads(invoke("extract", path, "--format", "json", "--as", "resume").stdout)
    months = {r["text"]: (r["start"], r["end"]) for r in profile["experience"]["ranges"]}
    # "Present" is November 2026 in the tests (--as-of 2026-11)
    assert months == {
        "Jan 2019 - Present": (2019 * 12, 2026 * 12 + 10),
        "Mar 2016 - Dec 2018": (2016 * 12 + 2, 2018 * 12 + 11),
    }
    mention = profile["skills"][0]["mentions"][0]
    assert _RESUME[mention["start"] : mention["end"]] == mention["text"]  # offsets, these


def test_audit4_the_schema_says_a_range_counts_months() -> None:
    schema = json.loads(CliRunner().invoke(app, ["schema", "profile"]).stdout)
    described = schema["$defs"]["DateRange"]["properties"]
    assert "year*12 + month - 1" in described["start"]["description"]
    assert "year*12 + month - 1" in described["end"]["description"]
