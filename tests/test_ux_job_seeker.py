"""The match report as a job seeker reads it: advice that fits the resume in hand, a report on a
posting that asks nothing readable, and the two documents given the wrong way round."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app

ANALYST = """Dana Whitlock
dana.whitlock@example.com | Portland, OR

Experience
Data Scientist, Larchmont Analytics, Portland, OR
March 2021 - Present
- Built demand forecasting models with Python, pandas and scikit-learn for 300 stores.

Data Analyst, Kettle Foods Co.
June 2019 - February 2021
- Cleaned sales data with pandas and reported weekly KPIs in Excel.

Education
B.S. in Statistics, Oregon State University, 2019

Skills
Python, pandas, scikit-learn, SQL
"""
CHEF = """Marco Bellini
Head Chef

Experience
Head Chef, Trattoria Rosa, Boston, MA
2012 - Present
- Led a kitchen team of 12 and designed seasonal menus.

Education
B.A. in Hospitality Management, Boston University, 2011
"""
SENIOR_POSTING = """Senior Machine Learning Engineer

Requirements
- 5+ years of experience in machine learning engineering
- Strong Python and PyTorch
- MS or PhD in Computer Science or a related field
"""
VAGUE_POSTING = """Join us!
We are a fun team doing great things. Come as you are.
Benefits: free lunch, gym.
"""


def _run(tmp_path: Path, resume: str, posting: str, *options: str) -> tuple[int, str, str]:
    (tmp_path / "resume.txt").write_text(resume, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(posting, encoding="utf-8")
    files = [str(tmp_path / "resume.txt"), str(tmp_path / "jd.txt")]
    result = CliRunner().invoke(app, ["match", *files, "--as-of", "2026-11", *options])
    return result.exit_code, result.stdout, result.stderr


def _advice(tmp_path: Path, resume: str, posting: str) -> list[str]:
    import json

    code, out, err = _run(tmp_path, resume, posting, "--format", "json")
    assert code == 0, err
    return [s["message"] for s in json.loads(out)["suggestions"]]


def test_ux_lower_degree_shown_is_not_told_to_add_an_education_section(tmp_path: Path) -> None:
    advice = [a for a in _advice(tmp_path, ANALYST, SENIOR_POSTING) if "degree" in a]
    assert len(advice) == 1, advice
    assert "bachelor" in advice[0] and "master" in advice[0], advice
    assert "in an Education section" not in advice[0], advice
    assert "if you hold" in advice[0].lower(), advice


def test_ux_resume_without_degree_still_asked_to_state_it(tmp_path: Path) -> None:
    no_degree = ANALYST.replace("B.S. in Statistics, Oregon State University, 2019", "")
    advice = [a for a in _advice(tmp_path, no_degree, SENIOR_POSTING) if "degree" in a]
    assert any("state your degree, field and school in an Education section" in a for a in advice)


def test_ux_dated_non_technical_career_is_not_told_to_add_dates(tmp_path: Path) -> None:
    advice = [a for a in _advice(tmp_path, CHEF, SENIOR_POSTING) if "years" in a]
    assert len(advice) == 1, advice
    assert "in technical roles" in advice[0], advice
    assert "start and end date" not in advice[0], advice
    assert "technical work" in advice[0], advice


def test_ux_short_dated_career_still_told_to_date_every_role(tmp_path: Path) -> None:
    short = CHEF.replace("2012 - Present", "2024 - Present")
    advice = [a for a in _advice(tmp_path, short, SENIOR_POSTING) if "years" in a]
    assert len(advice) == 1 and "start and end date" in advice[0], advice


def test_ux_posting_asking_nothing_reads_as_not_scored_not_as_empty_tables(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, ANALYST, VAGUE_POSTING)
    assert code == 0
    assert "NOTHING TO SCORE" in out and "WEAK" not in out
    # the warning comes right below the score, before any table
    assert out.index("measures nothing") < out.index("Score breakdown")
    assert "┏" not in out.split("Education and experience")[0], out  # no empty tables
    assert "the posting names none" in out


def test_ux_posting_asking_nothing_in_markdown_has_no_empty_table(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, ANALYST, VAGUE_POSTING, "--format", "markdown")
    assert code == 0
    assert out.index("measures nothing") < out.index("### Score breakdown")
    assert "| component |" not in out and "| skill |" not in out
    assert "### Warnings" not in out  # said once, on top


def test_ux_no_skill_matched_is_a_line_not_an_empty_table(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, CHEF, SENIOR_POSTING)
    assert code == 0 and "WEAK" in out
    assert "Matched: the resume shows none of the skills the posting asks for." in out
    assert "Matched (0)" not in out and "Missing (" in out


def test_ux_same_document_twice_is_warned_right_below_the_score(tmp_path: Path) -> None:
    (tmp_path / "cv.txt").write_text(ANALYST, encoding="utf-8")
    cv = str(tmp_path / "cv.txt")
    result = CliRunner().invoke(app, ["match", cv, cv, "--as-of", "2026-11"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "warning: the resume and the job description are the same text" in " ".join(out.split())
    assert out.index("same text") < out.index("Score breakdown")


def test_ux_same_text_warned_in_json_and_a_different_posting_is_not(tmp_path: Path) -> None:
    import json

    code, out, _ = _run(tmp_path, ANALYST, ANALYST, "--format", "json")
    assert code == 0 and any("same text" in w for w in json.loads(out)["warnings"])
    # the posting differs by one line only: no longer the same document
    code, out, _ = _run(tmp_path, ANALYST, ANALYST + "\nPyTorch required\n", "--format", "json")
    assert code == 0 and not any("same text" in w for w in json.loads(out)["warnings"])


def test_ux_swapped_files_warned_right_below_the_score(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, SENIOR_POSTING + "\nNice to have\n- Kafka\n", ANALYST)
    assert code == 0
    assert out.index("the files look swapped") < out.index("Score breakdown"), out


def test_ux_ordinary_warning_stays_at_the_end(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, ANALYST, SENIOR_POSTING)
    assert code == 0 and "warning:" not in out.split("What to change")[0]


def test_ux_report_saved_to_a_file_has_no_trailing_blanks(tmp_path: Path) -> None:
    code, out, _ = _run(tmp_path, CHEF, SENIOR_POSTING)
    assert code == 0
    padded = [line for line in out.splitlines() if line != line.rstrip()]
    assert padded == [], padded[:3]
    assert out.endswith("\n") and "Score breakdown\n" in out
