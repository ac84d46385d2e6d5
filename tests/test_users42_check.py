"""`check --require`: a required skill the resume writes misspelt ("Pyhton") fails as before,
and its fix says which word to correct, on which line, as `match` advises."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from .conftest import invoke

Write = Callable[[str, str], Path]

_POSTING = "Data Engineer\n\nRequirements\n- Python and Kubernetes\n- Apache Airflow\n"


def _resume(skills: str) -> str:
    return (
        "Ines Varga\nines.varga@example.com | +1 555 010 2299\n\n"
        "Experience\nData Engineer, Harbour Freight Data, May 2019 - Present\n"
        "- Moved 40 nightly jobs to a scheduler and cut failures 30%\n"
        f"\nSkills\n{skills}\n"
    )


def _rules(write: Write, skills: str) -> dict[str, dict[str, object]]:
    resume = write("cv.txt", _resume(skills))
    posting = write("job.txt", _POSTING)
    result = invoke(
        "check", resume, "--jd", posting, "--require", "python,kubernetes", "-f", "json"
    )
    assert result.exit_code == 1, result.stdout
    return {rule["name"]: rule for rule in json.loads(result.stdout)["rules"]}


def test_a_required_skill_written_misspelt_is_to_be_corrected(write: Write) -> None:
    rules = _rules(write, "Pyhton, Airflow")
    assert rules["require:python"]["passed"] is False
    assert rules["require:python"]["fix"] == 'correct "Pyhton" (line 9) to "Python"'
    assert rules["require:kubernetes"]["fix"] == "name Kubernetes in the resume"


def test_a_required_skill_written_nowhere_is_to_be_named(write: Write) -> None:
    rules = _rules(write, "SQL, Airflow")
    assert rules["require:python"]["fix"] == "name Python in the resume"


def test_the_text_format_gives_the_correction_as_the_fix(write: Write) -> None:
    resume = write("cv.txt", _resume("Pyhton, Kubernetes"))
    result = invoke("check", resume, "--jd", write("job.txt", _POSTING), "--require", "python")
    assert result.exit_code == 1
    assert 'FAIL require:python: Python is not shown (fix: correct "Pyhton" (line 9)' in (
        result.stdout
    )
