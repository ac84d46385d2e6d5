"""`mlcareer check`'s lint rules give advice that fits what they found."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

SHORT_RESUME = """Rowan Ellery
rowan.ellery@example.net | +44 20 7946 0000

EXPERIENCE
Data Analyst - Kestrel Foods, Leeds        01/2022 - Present
- Built weekly sales dashboards in Tableau for 12 regional managers
- Cut report preparation time by 40% with SQL views

EDUCATION
BSc Mathematics, University of Leeds, 2021

SKILLS
SQL, Tableau, Excel, Python
"""


def _length_rule(tmp_path: Path, text: str) -> dict[str, object]:
    resume = tmp_path / "resume.txt"
    resume.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(resume), "--format", "json"])
    rules = json.loads(result.stdout)["rules"]
    return next(rule for rule in rules if rule["name"] == "length")


def test_ux_short_resume_is_told_to_add_not_to_cut(tmp_path: Path) -> None:
    rule = _length_rule(tmp_path, SHORT_RESUME)
    assert rule["passed"] is False
    assert "two at most" not in str(rule["fix"])
    assert "add" in str(rule["fix"])


def test_ux_long_resume_is_told_to_cut(tmp_path: Path) -> None:
    bullet = "- Cut report preparation time by 40% with SQL views and Tableau extracts\n"
    rule = _length_rule(tmp_path, SHORT_RESUME + bullet * 110)
    assert rule["passed"] is False
    assert "two at most" in str(rule["fix"])


SPARK_RESUME = """Priya Raman
priya.raman@example.com | +1 555 0199

EXPERIENCE
Data Scientist, Quillfeather Media            Jan 2022 - Present
- Used PySpark to build features over 2 billion events, cutting training time by 30%
- Wrote the team's JavaScript dashboards for 20 editors

EDUCATION
MSc Statistics, University of Toronto, 2020

SKILLS
Spark, Java, Kubernetes
"""


def _listed_only_message(tmp_path: Path, text: str) -> str:
    resume = tmp_path / "resume.txt"
    resume.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(resume), "--format", "json"])
    rules = json.loads(result.stdout)["rules"]
    return str(next(r for r in rules if r["name"] == "skills-in-experience")["message"])


def test_ux_lint_counts_a_form_of_a_listed_skill_at_work(tmp_path: Path) -> None:
    """PySpark in a bullet shows the listed Spark; JavaScript does not show Java."""
    message = _listed_only_message(tmp_path, SPARK_RESUME)
    assert "Apache Spark" not in message, message
    assert "Java" in message and "Kubernetes" in message, message
