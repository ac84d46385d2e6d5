"""The report as a job seeker reads it: advice that quotes the posting only where its words
differ, says how much was left out, and the same facts in every format."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.api import Options, compare
from mlcareer.formats import REPORT_FORMATS
from mlcareer.models import Profile, Report

ProfileOf = Callable[..., Profile]

RESUME = """Experience
Analyst, Acme, Denver, CO
Jan 2020 - Dec 2022
- Built Excel reports for sales.

Education
B.S. Economics, State University, 2019
"""


def _report(profile_of: ProfileOf, options: Options, posting: str, resume: str = RESUME) -> Report:
    return compare(
        profile_of(resume, doc_type="resume", name="cv.txt"),
        profile_of(posting, doc_type="posting", name="jd.txt"),
        options,
    )


def test_the_posting_is_quoted_only_where_its_words_differ_from_the_name(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = "Data Engineer\n\nRequirements\n- MLflow\n- model monitoring\n- LLMs\n"
    messages = [s.message for s in _report(profile_of, options, posting).suggestions]
    assert any(m.startswith("The posting requires MLflow, Model monitoring and ") for m in messages)
    assert not any('("model monitoring")' in m for m in messages), messages
    assert any('Large language models ("LLMs")' in m for m in messages), messages


def test_a_preferred_choice_is_worded_for_several(profile_of: ProfileOf, options: Options) -> None:
    posting = "Data Engineer\n\nRequirements\n- SQL\n\nNice to have\n- Seldon or KServe\n"
    [advice] = [
        s.message
        for s in _report(profile_of, options, posting).suggestions
        if s.kind == "add-preferred"
    ]
    assert "exposure to it" not in advice
    assert "any of them" in advice


def test_advice_beyond_the_cap_is_counted_in_every_format(
    profile_of: ProfileOf, options: Options
) -> None:
    # choices keep a line each (single skills would share one)
    posting = "Data Engineer\n\nRequirements\n" + "".join(
        f"- Quux{n} or Quuz{n}\n" for n in range(18)
    )
    report = _report(profile_of, options, posting)
    assert len(report.suggestions) == 12
    assert report.suggestions_left_out == 6
    for name in ("terminal", "markdown", "html"):
        assert "6 more" in REPORT_FORMATS[name](report, False), name


def test_years_and_degree_read_the_same_in_every_format(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = (
        "Data Analyst\n\nRequirements\n- 2+ years of experience\n- SQL\n"
        "- Bachelor's degree in a quantitative field\n"
    )
    report = _report(profile_of, options, posting)
    markdown = REPORT_FORMATS["markdown"](report, False)
    html = REPORT_FORMATS["html"](report, False)
    assert "| years | 2\\+ |" in markdown
    assert "<td>years</td><td>2+</td>" in html
    assert "| degree | bachelor | bachelor economics |" in markdown
    assert "<td>bachelor economics</td>" in html


def test_html_says_when_there_is_nothing_to_change(profile_of: ProfileOf, options: Options) -> None:
    report = _report(profile_of, options, "Analyst\n\nRequirements\n- Excel\n")
    nothing = report.model_copy(update={"suggestions": []})
    assert "No changes to suggest." in REPORT_FORMATS["html"](nothing, False)


NURSE = """Experience
Registered Nurse, St. Mary's Hospital, Denver, CO
2016 - 2024
- Provide patient care on a 30-bed unit and train new nurses.

Education
Bachelor of Science in Nursing, University of Colorado, 2016
"""


def test_a_posting_outside_technical_work_shows_the_level_it_scored(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = "Registered Nurse\n\nRequirements\n- 2+ years of nursing experience\n- BLS\n"
    report = _report(profile_of, options, posting, NURSE)
    assert report.experience["resume_level"] == "senior"
    terminal = REPORT_FORMATS["terminal"](report, False)
    assert "technical roles" not in terminal


def test_years_in_technical_roles_read_as_the_level_evidence_writes_them(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = "Machine Learning Engineer\n\nRequirements\n- 2+ years of experience\n- Python\n"
    report = _report(profile_of, options, posting, NURSE)
    assert any("0 in technical roles" in line for line in report.level_evidence)
    for name in ("terminal", "markdown", "html"):
        out = REPORT_FORMATS[name](report, False)
        assert "0.0 in technical" not in out, name
        assert "(0 in technical roles)" in out.replace("\\", ""), name


def test_advice_and_notes_speak_to_any_kind_of_skill(
    profile_of: ProfileOf, options: Options
) -> None:
    """Not "If you have used Communication": the advice fits a soft skill as well as a tool,
    and a missing term the taxonomy does not know reads as missing: its words were looked for
    and not found (not "matched by its words", which reads as a match)."""
    posting = "Data Engineer\n\nRequirements\n- Communication\n- Zorblex\n"
    report = _report(profile_of, options, posting)
    advice = " ".join(s.message for s in report.suggestions)
    assert "If your experience includes it" in advice and "have used" not in advice
    [zorblex] = [m for m in report.missing if m.name == "Zorblex"]
    assert zorblex.note == "its words not found"
    for name in ("terminal", "markdown", "html"):
        out = REPORT_FORMATS[name](report, False)
        assert "matched by its words" not in out, name
        assert "its words not found" in out, name


def test_a_literal_term_shown_is_matched_by_its_words(
    profile_of: ProfileOf, options: Options
) -> None:
    posting = "Data Engineer\n\nRequirements\n- Zorblex\n"
    resume = "Ada Quill\n\nExperience\nData Engineer, Foundry, 2020 - 2023\n- Ran Zorblex jobs\n"
    report = _report(profile_of, options, posting, resume)
    [zorblex] = [m for m in report.matched if m.name == "Zorblex"]
    assert zorblex.note == "matched by its words"
