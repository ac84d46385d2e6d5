"""The match report's "What to change" advice fits the resume: no advice to show in a bullet
what a bullet already shows."""

from __future__ import annotations

import json
import re
from pathlib import Path

from .conftest import invoke

POSTING = """Data Scientist

What you'll need
- Experience with Spark
- Experience with Java
- Deep learning
- Python and SQL
"""

RESUME = """Priya Raman
priya.raman@example.com | +1 555 0199

EXPERIENCE
Data Scientist, Quillfeather Media            Jan 2022 - Present
- Used PySpark to build features over 2 billion events, cutting training time by 30%
- Trained image classifiers in PyTorch that flagged 9% more fraud
- Wrote the team's JavaScript dashboards and SQL reports for 20 editors

EDUCATION
MSc Statistics, University of Toronto, 2020

SKILLS
Python, SQL, Spark, Java, Deep learning
"""


def _advice(tmp_path: Path, resume: str) -> list[str]:
    (tmp_path / "resume.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(POSTING, encoding="utf-8")
    result = invoke("match", tmp_path / "resume.txt", tmp_path / "jd.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [s["message"] for s in json.loads(result.stdout)["suggestions"]]


ONLY_LISTED = re.compile(r"^(.+?) appears? only in your skills")


def _only_listed(advice: list[str]) -> set[str]:
    """The skills advice says the resume shows only in its skills or summary, whether one line
    names one ("Java appears only ...") or several ("Apache Spark and Java appear only ...")."""
    found = (ONLY_LISTED.match(message) for message in advice)
    return {name for match in found if match for name in re.split(r", | and ", match.group(1))}


def test_ux_a_form_of_the_skill_at_work_shows_it(tmp_path: Path) -> None:
    """PySpark in a bullet is Spark at work; PyTorch's image classifiers are deep learning."""
    advice = _advice(tmp_path, RESUME)
    assert not {"Apache Spark", "Deep learning"} & _only_listed(advice), advice


def test_ux_a_lookalike_name_at_work_does_not_show_the_skill(tmp_path: Path) -> None:
    """JavaScript is not Java, and pandas is no form of Spark: the advice stays."""
    resume = RESUME.replace("Used PySpark to build", "Used pandas to build")
    advice = _advice(tmp_path, resume)
    assert {"Java", "Apache Spark"} <= _only_listed(advice), advice
    # said once for both
    assert sum("appear only in your skills" in message for message in advice) == 1, advice


RAG_POSTING = """Machine Learning Engineer

Requirements
- Python

Preferred
- Experience with retrieval-augmented generation (RAG)
- Experience with LLMs
- Machine-learning pipelines
"""


def test_ux_the_postings_words_are_quoted_only_when_they_differ(tmp_path: Path) -> None:
    """ "retrieval-augmented generation (RAG)" is the skill's name with its acronym: quoting
    it after the name says it twice; "LLMs" is another wording and stays quoted."""
    (tmp_path / "resume.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(RAG_POSTING, encoding="utf-8")
    result = invoke("match", tmp_path / "resume.txt", tmp_path / "jd.txt", "--format", "json")
    advice = " ".join(s["message"] for s in json.loads(result.stdout)["suggestions"])
    assert "Nice to have: Retrieval-augmented generation and " in advice, advice
    assert '("LLMs")' in advice, advice
