"""Career commands: taxonomy profiles (match --level), bundled postings (jobs), role ranking
(roles), salary reference figures (salary), level evidence and ML signals in reports."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mlcareer.api import Options
from mlcareer.career import taxonomy_posting
from mlcareer.cli import app
from mlcareer.documents.sections import find_sections
from mlcareer.extract.signals import count_publications, find_signals
from mlcareer.models import Degree

AS_OF = ["--as-of", "2026-11"]

RESUMES = {
    "intern": """Priya Raman
priya.raman@example.com | github.com/praman-ml

Summary
Computer science student looking for a machine learning internship.

Skills
Python, PyTorch, scikit-learn, pandas, Statistics

Experience
Machine Learning Intern - Northwind Labs
Jun 2025 - Aug 2025
- Trained a PyTorch image classifier and presented the results to the product team

Education
B.S. in Computer Science, Lakeside University
2022 - 2026
""",
    "entry": """Daniel Okoro

Skills
Python, PyTorch, Docker, Git, SQL

Experience
Junior Machine Learning Engineer - Brightline Retail
Jan 2025 - Jun 2026
- Shipped a PyTorch recommendation model as a Docker service with the backend team
- Wrote unit tests for the feature pipeline

Education
B.S. in Mathematics, Eastgate College
2020 - 2024
""",
    "mid": """Mei Lin

Skills
Python, SQL, scikit-learn, feature engineering, cross-validation, Docker, AWS

Experience
Machine Learning Engineer - Harbor Analytics
Jan 2021 - Dec 2024
- Built churn models with scikit-learn and feature engineering on 40 million events
- Chose evaluation metrics and cross-validation schemes for five production models

Education
M.S. in Statistics, Riverbend University
2018 - 2020
""",
    "senior": """Tomasz Wrobel

Skills
Python, C++, PyTorch, Spark, Kubernetes, AWS

Experience
Senior Machine Learning Engineer - Gridline Energy
Jan 2015 - Dec 2025
- Mentored four junior engineers and reviewed their forecasting models
- Built price forecasting models in Python and C++ that run in production on AWS

Education
Ph.D. in Physics, Northfield Institute
2009 - 2014
""",
}

DATA_ANALYST = """Rosa Delgado

Summary
Data analyst who keeps enrollment data accurate and explains it with clear dashboards.

Skills
SQL, Excel, Tableau, data quality, data integrity, root cause analysis, data visualization,
statistics, data analysis

Experience
Data Analyst - Meadowbrook Insurance
Mar 2022 - Oct 2025
- Wrote SQL data quality checks that keep data integrity across three enrollment systems
- Led root cause analysis of data issues and fixed file-processing schedules
- Built Tableau dashboards and data visualization for operations managers

Education
B.A. in Economics, Westfield College
2015 - 2019
"""


@pytest.fixture
def resume(write: Callable[[str, str], Path]) -> Callable[[str], Path]:
    """A resume file for one of the levels above, or the data analyst."""

    def _resume(name: str) -> Path:
        return write(f"{name}.txt", RESUMES.get(name, DATA_ANALYST))

    return _resume


def run(*args: str | Path) -> Any:
    return CliRunner().invoke(app, [str(a) for a in args])


def run_json(*args: str | Path) -> Any:
    result = run(*args, "--format", "json", *AS_OF)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


# Level inference and its evidence ---------------------------------------------------------------


@pytest.mark.parametrize("level", ["intern", "entry", "mid", "senior"])
def test_level_is_inferred_with_evidence(resume: Callable[[str], Path], level: str) -> None:
    ranking = run_json("roles", resume(level))
    assert ranking["level"] == level
    assert ranking["level_evidence"][0].endswith("years of work in dated roles")
    report = run_json("match", resume(level), "--level", level)
    assert report["experience"]["resume_level"] == level
    assert report["level_evidence"] == ranking["level_evidence"]


def test_terminal_report_shows_level_evidence_and_signals(resume: Callable[[str], Path]) -> None:
    result = run("match", resume("senior"), "--level", "senior", "--no-color", *AS_OF)
    assert result.exit_code == 0, result.stderr
    assert "level evidence" in result.stdout
    assert "title: Senior Machine Learning" in result.stdout
    assert "ML evidence" in result.stdout
    assert "physics (suits ML roles)" in result.stdout


# match --level / --role: a taxonomy profile instead of a posting --------------------------------


def test_match_level_without_jd(resume: Callable[[str], Path]) -> None:
    report = run_json("match", resume("senior"), "--level", "senior")
    assert report["jd"] == "taxonomy:senior"
    assert report["experience"]["posting_level"] == "senior"
    assert report["experience"]["required_years"] == 5.0
    assert "taxonomy profile" in report["experience"]["posting_title"]
    assert {c["name"] for c in report["components"]} == {"required skills", "experience"}
    assert 0 < report["score"] <= 100
    assert {m["id"] for m in report["matched"]} >= {"python", "cpp"}
    assert all(m["importance"] == "required" for m in report["matched"] + report["missing"])
    assert isinstance(report["suggestions"], list)
    assert report["salary"] is None  # a level alone names no role


def test_match_level_and_role(resume: Callable[[str], Path]) -> None:
    report = run_json("match", resume("mid"), "--level", "mid", "--role", "ml-engineer")
    assert report["jd"] == "taxonomy:mid/ml-engineer"
    assert report["experience"]["posting_title"] == (
        "Mid-level machine learning engineer (taxonomy profile)"
    )
    importances = {m["id"]: m["importance"] for m in report["matched"] + report["missing"]}
    assert importances["feature-engineering"] == "required"  # role core
    assert importances["git"] == "preferred"  # role preferred, not expected at mid level
    assert report["salary"]["average"] == 135857


def test_taxonomy_posting_keeps_the_strongest_importance(options: Options) -> None:
    posting = taxonomy_posting(options.taxonomy, "senior", "ml-engineer")
    importance = {r.id: r.importance for r in posting.requirements}
    assert importance["cpp"] == "required"  # senior expects it; the role only prefers it
    assert importance["java"] == "preferred"
    assert len(importance) == len(posting.requirements)


def test_match_level_is_deterministic(resume: Callable[[str], Path]) -> None:
    path = resume("entry")
    first = run("match", path, "--level", "entry", "--role", "ml-engineer", "-f", "json", *AS_OF)
    second = run("match", path, "--level", "entry", "--role", "ml-engineer", "-f", "json", *AS_OF)
    assert first.stdout == second.stdout


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "give a job description or --level"),
        (["senior-ml-engineer", "--level", "senior"], "not both"),
        (["--role", "ml-engineer"], "--role needs --level"),
        (["senior-ml-engineer", "--role", "ml-engineer"], "names none of the posting's role"),
        (["--level", "senior", "--role", "astronaut"], "unknown role 'astronaut'"),
    ],
)
def test_match_usage_errors(resume: Callable[[str], Path], extra: list[str], message: str) -> None:
    result = run("match", resume("mid"), *extra)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_unknown_role_hint_lists_roles(resume: Callable[[str], Path]) -> None:
    result = run("match", resume("mid"), "--level", "mid", "--role", "astronaut")
    assert "hint: use one of: ml-engineer, data-engineer" in result.stderr


def test_unknown_level_is_a_usage_error(resume: Callable[[str], Path]) -> None:
    assert run("match", resume("mid"), "--level", "principal").exit_code == 2


# Bundled postings --------------------------------------------------------------------------------


def test_match_bundled_posting_by_name(resume: Callable[[str], Path]) -> None:
    report = run_json("match", resume("senior"), "senior-ml-engineer")
    assert report["jd"] == "senior-ml-engineer"  # as given, not its installed path
    assert report["experience"]["posting_level"] == "senior"
    assert report["salary"]["currency"] == "USD"  # the posting's role is ml-engineer


def test_match_terminal_shows_salary_line_for_ml_engineer_only(
    resume: Callable[[str], Path],
) -> None:
    ml = run("match", resume("senior"), "senior-ml-engineer", "--no-color", *AS_OF)
    analyst = run("match", resume("senior"), "data-analyst", "--no-color", *AS_OF)
    assert "salary reference" in ml.stdout and "135,857" in ml.stdout
    assert "not current offers" in ml.stdout
    assert "salary reference" not in analyst.stdout


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_the_salary_line_says_the_same_in_every_format(
    resume: Callable[[str], Path], fmt: str
) -> None:
    out = run("match", resume("senior"), "senior-ml-engineer", "-f", fmt, "--no-color", *AS_OF)
    flat = " ".join(out.stdout.replace("\\", "").split())  # markdown escapes, terminal wraps
    assert "Machine learning engineer, United States average): USD 135,857 a year;" in flat
    assert "reference figures as published by the guide; not current offers" in flat


def test_existing_file_wins_over_bundled_name(
    resume: Callable[[str], Path], write: Callable[[str, str], Path], monkeypatch: Any
) -> None:
    posting = write("senior-ml-engineer.txt", "Title: Tiny posting\n\nRequirements\n- SQL\n")
    monkeypatch.chdir(posting.parent)
    report = run_json("match", resume("mid"), "senior-ml-engineer.txt")
    assert report["experience"]["posting_title"] == "Tiny posting"


def test_unknown_posting_name_is_a_missing_document(resume: Callable[[str], Path]) -> None:
    result = run("match", resume("mid"), "astronaut-posting")
    assert result.exit_code == 3
    assert "neither a file nor a bundled posting" in result.stderr
    assert "senior-ml-engineer" in result.stderr


def test_jobs_lists_bundled_postings() -> None:
    result = run("jobs", "--no-color")
    assert result.exit_code == 0
    assert "senior-ml-engineer" in result.stdout and "data-analyst" in result.stdout
    rows = json.loads(run("jobs", "--format", "json").stdout)
    assert {"name", "title", "level", "role"} <= rows[0].keys()
    by_name = {row["name"]: row for row in rows}
    assert by_name["senior-ml-engineer"]["level"] == "senior"
    assert by_name["ml-intern"]["role"] == "ml-engineer"
    assert [row["name"] for row in rows] == sorted(by_name)


# roles -------------------------------------------------------------------------------------------


def test_roles_json_shape_and_order(resume: Callable[[str], Path]) -> None:
    ranking = run_json("roles", resume("mid"))
    assert {"resume", "level", "level_evidence", "roles", "signals"} <= ranking.keys()
    roles = ranking["roles"]
    assert len(roles) >= 4
    for role in roles:
        assert {"id", "name", "score", "for", "against"} <= role.keys()
    scores = [role["score"] for role in roles]
    assert scores == sorted(scores, reverse=True)
    ml = next(role for role in roles if role["id"] == "ml-engineer")
    assert "Feature engineering" in ml["for"] and ml["against"]
    assert not set(ml["for"]) & set(ml["against"])
    assert ml["salary"]["average"] == 135857


def test_roles_ranks_data_analyst_first(resume: Callable[[str], Path]) -> None:
    roles = run_json("roles", resume("data-analyst"))["roles"]
    assert roles[0]["id"] == "data-analyst"
    assert roles[0]["score"] - roles[1]["score"] > 10
    assert "Data integrity" in roles[0]["for"]


def test_roles_terminal(resume: Callable[[str], Path]) -> None:
    result = run("roles", resume("data-analyst"), "--no-color", *AS_OF)
    assert result.exit_code == 0, result.stderr
    first_row = next(line for line in result.stdout.splitlines() if "│  1 │" in line)
    assert "Data analyst" in first_row
    assert "level    mid" in result.stdout
    assert "salary reference (Machine learning engineer" in result.stdout


def test_roles_report_the_resumes_warnings(tmp_path: Path) -> None:
    """An encoding guess (or a cut text, hidden PDF text) is said as in match's report."""
    latin = tmp_path / "latin.txt"
    latin.write_bytes(RESUMES["entry"].replace("Okoro", "Okor\xe9").encode("latin-1"))
    ranking = run_json("roles", latin)
    assert ranking["warnings"] == ["resume: not UTF-8: read as Windows-1252"]
    terminal = run("roles", latin, "--no-color", *AS_OF)
    assert "warning: resume: not UTF-8: read as Windows-1252" in terminal.stdout


def test_roles_missing_resume_exits_3(tmp_path: Path) -> None:
    assert run("roles", tmp_path / "nope.txt").exit_code == 3


# salary ------------------------------------------------------------------------------------------


def test_salary_table() -> None:
    result = run("salary", "--no-color")
    assert result.exit_code == 0
    for text in ("135,857", "San Francisco Bay Area, CA", "193,485", "New York, NY", "139,789"):
        assert text in result.stdout
    assert "reference figures" in result.stdout and "Statista" in result.stdout


def test_salary_json_for_a_city() -> None:
    data = json.loads(run("salary", "--city", "austin, tx", "--format", "json").stdout)
    assert data["reference_figures"] is True
    assert data["national_average"] == 135857
    assert data["cities"] == [{"city": "Austin", "state": "TX", "average": 164488}]
    assert "not current offers" in data["note"]
    everywhere = json.loads(run("salary", "--format", "json").stdout)
    assert len(everywhere["cities"]) == 8


def test_salary_city_name_without_state_is_exact() -> None:
    data = json.loads(run("salary", "--city", "San Francisco", "-f", "json").stdout)
    assert data["cities"][0]["average"] == 166742  # not the Bay Area figure


def test_unknown_city_lists_known_cities() -> None:
    result = run("salary", "--city", "Paris")
    assert result.exit_code == 2
    assert "no salary figure for city 'Paris'" in result.stderr
    assert "Austin, TX" in result.stderr and "Bellevue, WA" in result.stderr


# ML evidence signals -----------------------------------------------------------------------------

SIGNALS_RESUME = """Ana Silva
github.com/anasilva | scholar.google.com/citations?user=abc123XYZ

Experience
Research Engineer, Deepfield
Jan 2020 - Dec 2024
- Core contributor to scikit-learn; 14 merged pull requests on tree models
- Configured ACL rules on the lab routers

Publications
A. Silva, B. Chen. Sparse attention for long documents.
In Proceedings of EMNLP 2023. https://arxiv.org/abs/2305.01234.
A. Silva. Fast kernels for small GPUs. NIPS 2019 Workshop.
A. Silva. Notes on tabular transfer learning. Preprint, arXiv:2401.00001, 2024.

Projects
Kaggle Competitions Grandmaster; top 1% in three competitions
Maintainer of github.com/anasilva/tabkit, an open-source library for tabular models

Education
M.Sc. in Electrical Engineering
"""


def _signals(text: str, degrees: list[Degree] | None = None) -> Any:
    return find_signals(text, find_sections(text), degrees or [])


def test_signals_find_every_kind() -> None:
    degrees = [
        Degree(level="master", text="M.Sc.", field="electrical engineering", line=21),
    ]
    signals = _signals(SIGNALS_RESUME, degrees)
    values = {(s.kind, s.value) for s in signals.items}
    assert signals.publications == 3  # the first entry wraps over two lines
    assert ("publication-venue", "EMNLP") in values
    assert ("publication-venue", "NeurIPS") in values  # NIPS, by its current name
    assert ("publication-venue", "ACL") not in values  # a router ACL is not a paper
    assert ("arxiv", "arxiv.org/abs/2305.01234") in values  # trailing full stop dropped
    assert ("arxiv", "arXiv:2401.00001") in values
    assert ("scholar", "scholar.google.com/citations?user=abc123XYZ") in values
    assert ("github-profile", "github.com/anasilva") in values
    assert ("github-repo", "github.com/anasilva/tabkit") in values
    assert ("kaggle", "Kaggle Grandmaster") in values
    assert ("kaggle", "top 1%") in values
    assert {s.line for s in signals.of("open-source")} == {7, 18}
    assert signals.degree_fit is True
    assert ("degree-field", "electrical engineering") in values


def test_signals_degree_fit() -> None:
    business = Degree(level="bachelor", text="BBA", field="business", line=1)
    assert _signals("Education\nBBA\n", [business]).degree_fit is False
    assert (
        _signals("Education\nBBA\n", [business.model_copy(update={"field": None})]).degree_fit
        is None
    )


def test_signals_are_empty_for_a_plain_resume() -> None:
    signals = _signals("Experience\nCashier, Corner Shop\nJan 2020 - Dec 2021\n")
    assert signals.publications == 0 and signals.items == []


def test_publication_count_without_years_counts_lines() -> None:
    assert count_publications(["Paper one, ICML", "Paper two, ICLR"]) == 2
    assert count_publications(["Paper one,", "ICML 2020", "Paper two,", "ICLR 2021"]) == 2


def test_signals_in_match_json_and_markup_stays_literal(write: Callable[[str, str], Path]) -> None:
    path = write("signals.txt", SIGNALS_RESUME.replace("Maintainer", "[bold red]Maintainer"))
    report = run_json("match", path, "--level", "mid")
    kinds = {item["kind"] for item in report["signals"]["items"]}
    assert {"publication-venue", "arxiv", "github-repo", "kaggle", "open-source"} <= kinds
    assert report["signals"]["publications"] == 3
    terminal = run("match", path, "--level", "mid", "--no-color", *AS_OF).stdout
    assert "[bold red]Maintainer" in terminal
    assert "Kaggle Grandmaster, top 1%" in terminal


# Speed of --help ---------------------------------------------------------------------------------


def test_cli_import_stays_light() -> None:
    heavy = "('mlcareer.api', 'spacy', 'pydantic', 'yaml')"
    code = f"import sys, mlcareer.cli; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Senior Machine Learning Engineer, Ads", "ml-engineer"),
        ("Staff ML Engineer - NLP", "ml-engineer"),
        ("Machine Learning Research Scientist", "research-scientist"),
        ("ML Ops Engineer", "mlops-engineer"),
        ("Data Scientist II", "data-scientist"),
        ("Generative AI Engineer", "ai-engineer"),
        ("Applied Scientist", None),
        ("Software Engineer", None),
        # the field after the occupation
        ("Senior Staff Software Engineer, Machine Learning", "ml-engineer"),
        ("Engineer - NLP", "nlp-engineer"),
        ("Engineering Manager, Machine Learning", None),
        ("Recruiter, Machine Learning Engineers", None),
    ],
)
def test_a_postings_title_names_its_role(title: str, role: str | None) -> None:
    from mlcareer.extract.titles import title_role
    from mlcareer.taxonomy import load_taxonomy

    roles = {r.id: r.name for r in load_taxonomy().roles.values()}
    assert title_role(title, roles) == role


def test_a_posting_titled_for_ml_engineers_gets_the_salary_line(
    resume: Callable[[str], Path], tmp_path: Path
) -> None:
    posting = tmp_path / "jd.txt"
    posting.write_text("Machine Learning Engineer\n\nRequirements\n- Python\n- PyTorch\n")
    report = run_json("match", resume("senior"), posting)
    assert report["salary"]["role"] == "ml-engineer"
    posting.write_text("Data Analyst\n\nRequirements\n- SQL\n")
    assert run_json("match", resume("senior"), posting)["salary"] is None


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # an East Asian posting's "Algorithm Engineer" that asks for machine learning
        (
            "Algorithm Engineer\n\nJob requirements:\n1. Proficient in Python and PyTorch;\n"
            "2. Solid grounding in machine learning and deep learning;\n",
            "ml-engineer",
        ),
        (
            "Senior Algorithm Engineer - Recommendation\n\nRequirements\n- Machine learning\n"
            "- Feature engineering and learning to rank\n- Python\n",
            "ml-engineer",
        ),
        # the same title for signal-processing work, machine learning only a plus
        (
            "Algorithm Engineer\n\nRequirements\n- Digital signal processing and Kalman filtering"
            "\n- C++ and MATLAB\n\nNice to have\n- Machine learning\n- Deep learning\n",
            None,
        ),
        # another engineer asking for machine learning keeps no role
        (
            "Software Engineer\n\nRequirements\n- Machine learning\n- Deep learning\n- Python\n",
            None,
        ),
    ],
)
def test_an_algorithm_engineer_asking_machine_learning_is_an_ml_engineer(
    tmp_path: Path, text: str, role: str | None
) -> None:
    posting = tmp_path / "jd.txt"
    posting.write_text(text)
    assert run_json("extract", posting)["posting"]["role"] == role
