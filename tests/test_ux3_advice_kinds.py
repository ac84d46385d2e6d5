"""What to change, as a job seeker reads it: an ask that is no tool gets advice that fits what
is missing (a publication is listed, a portfolio linked, a certificate stated, a soft skill
shown by an example), and a tool still gets the advice written for tools."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mlcareer.cli import app
from mlcareer.extract.signals import only_venues
from mlcareer.missing_kinds import SOFT_SKILLS, missing_action

RESUME = """Jordan Reyes
jordan.reyes@example.com | 555-010-2233

Experience
Data Analyst, Ridgeway Foods, Portland, OR        Jan 2021 - Present
- Built weekly sales reports in SQL and Python that cut manual work by 6 hours.

Education
B.S. Statistics, Oregon State University, 2020

Skills
Python, SQL, Excel
"""

POSTING = """Data Scientist

Requirements
- Python and SQL
- Strong communication skills
- A portfolio of data science projects (GitHub or a personal site)

Nice to have
- Publications at NeurIPS or KDD
- Open-source contributions
- A Kaggle medal
- PMP certification
- Teamwork
- Experience with PyTorch
"""


def _advice(tmp_path: Path, posting: str = POSTING) -> dict[str, str]:
    """Each suggestion, by the name it opens with."""
    (tmp_path / "cv.txt").write_text(RESUME, encoding="utf-8")
    (tmp_path / "jd.txt").write_text(posting, encoding="utf-8")
    args = ["match", str(tmp_path / "cv.txt"), str(tmp_path / "jd.txt"), "-f", "json"]
    result = CliRunner().invoke(app, [*args, "--as-of", "2026-11"])
    assert result.exit_code == 0, result.output
    return {s["message"]: s["kind"] for s in json.loads(result.stdout)["suggestions"]}


def _about(advice: dict[str, str], opening: str) -> str:
    [message] = [m for m in advice if m.startswith(opening)]
    return message


def test_ux3_a_publication_is_listed_not_added_to_a_bullet(tmp_path: Path) -> None:
    message = _about(_advice(tmp_path), "Nice to have: Publications")
    assert "list them in a Publications section (title, venue, year)" in message
    assert "exposure" not in message


def test_ux3_a_portfolio_is_linked(tmp_path: Path) -> None:
    advice = _advice(tmp_path)
    message = _about(advice, "The posting requires personal site")
    assert "put its link at the top of your resume" in message
    assert advice[message] == "add-required"
    assert "experience bullet" not in message


def test_ux3_open_source_and_competitions_say_what_to_name(tmp_path: Path) -> None:
    advice = _advice(tmp_path)
    assert "name the projects and link your contributions" in _about(
        advice, "Nice to have: Open-source contribution"
    )
    assert "name the competition and your result" in _about(advice, "Nice to have: Kaggle")


def test_ux3_a_certificate_is_stated(tmp_path: Path) -> None:
    message = _about(_advice(tmp_path), "Nice to have: PMP certification")
    assert "If you hold it, list it under Certifications" in message


def test_ux3_a_soft_skill_is_shown_by_an_example(tmp_path: Path) -> None:
    advice = _advice(tmp_path)
    required = _about(advice, "The posting requires Communication")
    assert "show it by an example in an experience bullet" in required
    assert "If your experience includes it" not in required
    assert "show it by an example" in _about(advice, "Nice to have: Teamwork")


def test_ux3_tools_keep_the_advice_written_for_tools(tmp_path: Path) -> None:
    """Lookalikes: a tool, a practice whose name holds "site" and one whose name holds
    "paper" are still things to show at work."""
    posting = "ML Engineer\n\nRequirements\n- Python\n\nNice to have\n- PyTorch\n- Paperspace\n"
    advice = _advice(tmp_path, posting + "- Site reliability engineering\n")
    tools = _about(advice, "Nice to have: PyTorch, Paperspace")  # said once for the tools
    assert tools.endswith("Mention any of them you have exposure to.")
    sre = [m for m in advice if "Site reliability" in m or "SRE" in m]
    assert sre and all("exposure" in m for m in sre), sre


def test_ux3_a_servers_certificate_is_no_certification(tmp_path: Path) -> None:
    posting = "Platform Engineer\n\nRequirements\n- Python\n- Managing SSL certificates\n"
    advice = _advice(tmp_path, posting)
    assert not any("Certifications" in m for m in advice), advice


def test_ux3_a_venue_asked_is_a_place_to_publish(tmp_path: Path) -> None:
    """With publications asked beside them, the venues are said in the same line."""
    advice = _advice(tmp_path)
    message = _about(advice, "Nice to have: Publications at NeurIPS or KDD.")
    assert "list them in a Publications section" in message
    assert not [m for m in advice if m.startswith("Nice to have: NeurIPS")], advice


def test_ux3_an_access_control_list_is_no_venue() -> None:
    assert only_venues("NeurIPS or KDD") and only_venues("ACL, EMNLP")
    assert not only_venues("ACL") and not only_venues("ACL policies")
    assert not only_venues("KDD Cup data")


def test_ux3_talks_are_listed_but_speaking_is_a_soft_skill() -> None:
    talks = missing_action("speaking", "Speaking", "Speaking at meetups", SOFT_SKILLS)
    assert talks is not None and "list them with the event and year" in talks
    plain = missing_action("speaking", "Speaking", "speaking", SOFT_SKILLS)
    assert plain is not None and plain.startswith("If it fits you, show it by an example")
    assert missing_action("pytorch", "PyTorch", "PyTorch", "ml-frameworks") is None


def test_ux3_venues_alone_are_places_to_publish(tmp_path: Path) -> None:
    posting = (
        "Research Engineer\n\nRequirements\n- PyTorch\n\nNice to have\n- Work at NeurIPS or ICML\n"
    )
    message = _about(_advice(tmp_path, posting), "Nice to have: NeurIPS or ICML.")
    assert "If you have papers there, list them in a Publications section" in message
