"""Review faults in the resume rules and the CLI (fixres41): "between" years in an achievement,
the order of promotions, apprentices' jobs, "since" in a sentence of no job, a first-person
clause after a title, "as the" after a thing, a field-named company, and small ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app
from mlcareer.literal_match import find_inexact, resume_text
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _job(lines: str) -> str:
    return f"Nora Lind\n\nEXPERIENCE\n{lines}\n"


@pytest.mark.parametrize(
    "achievement",
    [
        "– Analysed sales between 2010 and 2020",
        "➤ Analysed sales between 2010 and 2020",
        "o Analysed sales between 2010 and 2020",
        "> Analysed sales between 2010 and 2020",
        "→ Analysed sales between 2010 and 2020",
        "   Analysed sales between 2010 and 2020",
        "Compared prices between 2015 and 2020, by region",
        "Grew revenue by 20% between 2015 and 2016; led 4 analysts",
    ],
)
def test_fixres41_between_in_an_achievement_dates_no_job(
    profile_of: ProfileOf, achievement: str
) -> None:
    text = _job(
        f"Data Scientist, Acme Corp\nJan 2025 - Present\n{achievement}\n– Built models in Python"
    )
    experience = profile_of(text, "resume").experience
    assert experience.years == pytest.approx(1.9, abs=0.05)
    assert [job.title for job in experience.jobs] == ["Data Scientist, Acme Corp"]


@pytest.mark.parametrize(
    "header",
    [
        "Data Scientist, Acme Corp, between 2019 and 2021",
        "Data Scientist at Acme Corp between 2019 and 2021",
        "Data Scientist, Acme Corp\nBetween 2019 and 2021",
    ],
)
def test_fixres41_between_on_a_title_line_still_dates_the_job(
    profile_of: ProfileOf, header: str
) -> None:
    experience = profile_of(_job(f"{header}\n- Built models in Python"), "resume").experience
    assert experience.years == pytest.approx(2.1, abs=0.05)


@pytest.mark.parametrize(("first", "second"), [("in 2024", "in 2025"), ("(2024)", "(2025)")])
def test_fixres41_the_newest_promotion_names_the_level(
    profile_of: ProfileOf, first: str, second: str
) -> None:
    text = _job(
        "Senior Data Scientist, Acme Corp\n2023 - Present\n"
        f"- Promoted to Associate Data Scientist {first}\n"
        f"- Promoted to Senior Data Scientist {second}"
    )
    experience = profile_of(text, "resume").experience
    assert experience.titles[0] == "Senior Data Scientist"
    assert experience.level == "senior"


def test_fixres41_a_newer_job_ending_together_stays_before_a_promotion(
    profile_of: ProfileOf,
) -> None:
    text = _job(
        "Lead Data Scientist, Birch Labs\n2025 - Present\n- Led forecasting work\n\n"
        "Data Analyst, Acme Corp\n2019 - Present\n- Promoted to Senior Data Analyst in 2021"
    )
    assert profile_of(text, "resume").experience.titles[0] == "Lead Data Scientist, Birch Labs"


@pytest.mark.parametrize(
    "header",
    [
        "Degree Apprentice, BSc Software Engineering, BT",
        "MEng Placement Student, Arup",
        "BSc Industrial Placement, Siemens",
        "Apprentice (BSc Digital Degree Apprenticeship), BT",
    ],
)
def test_fixres41_a_degree_apprentice_or_placement_keeps_its_job(
    profile_of: ProfileOf, header: str
) -> None:
    experience = profile_of(_job(f"{header}\n2020 - 2022\n- Built web services"), "resume")
    assert [job.title for job in experience.experience.jobs] == [header]
    assert experience.experience.years > 0


def test_fixres41_a_degree_alone_over_its_dates_is_still_study(profile_of: ProfileOf) -> None:
    text = _job("MSc Computer Science, Lakeside University\n2020 - 2022\n- Thesis on graphs")
    assert profile_of(text, "resume").experience.jobs == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I have served as a reviewer for NeurIPS and ICML since 2016.",
        "I have been with my partner since 2012.",
        "I've worked at my own pace since 2014.",
    ],
)
def test_fixres41_since_in_a_sentence_of_no_job_dates_nothing(
    profile_of: ProfileOf, sentence: str
) -> None:
    text = (
        f"Nora Lind\n\nSUMMARY\n{sentence}\n\nEXPERIENCE\nData Scientist, Acme Corp\n2022 - 2024\n"
    )
    experience = profile_of(text, "resume").experience
    assert [item.text for item in experience.ranges] == ["2022 - 2024"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I have served as Head of Data at Acme since 2016.",
        "I have been with the Acme Group since 2016.",
    ],
)
def test_fixres41_since_after_a_job_or_an_employer_dates_the_job(
    profile_of: ProfileOf, sentence: str
) -> None:
    experience = profile_of(f"Nora Lind\n\nSUMMARY\n{sentence}\n", "resume").experience
    assert [item.text for item in experience.ranges] == ["since 2016"]


@pytest.mark.parametrize(
    "clause", [", I led various teams", "; I led various teams", ", where I led various teams"]
)
def test_fixres41_a_first_person_clause_after_a_title_is_cut_off(
    profile_of: ProfileOf, clause: str
) -> None:
    text = _job(f"- 2008 - 2013 at Dice.com as a Director - Business Development{clause}")
    experience = profile_of(text, "resume").experience
    assert experience.titles == ["at Dice.com as a Director - Business Development"]
    assert experience.all_work_level == "senior"


def test_fixres41_a_first_person_sentence_without_a_role_is_no_title(
    profile_of: ProfileOf,
) -> None:
    text = _job("- 2008 - 2013 around Asia and Europe, I led walking tours")
    assert profile_of(text, "resume").experience.titles == []


@pytest.mark.parametrize(
    ("activity", "line"),
    [
        ("Scheduling", "- Deployed Airflow as the scheduler for nightly ETL jobs"),
        ("Translation", "- Integrated DeepL as the translator"),
    ],
)
def test_fixres41_as_the_doer_after_a_thing_is_the_things_role(activity: str, line: str) -> None:
    assert find_inexact(activity, resume_text(line + "\n")) is None


@pytest.mark.parametrize(
    "line", ["- Served as the scheduler for two depots", "- I have worked as the scheduler"]
)
def test_fixres41_as_the_doer_after_serving_is_the_writers_role(line: str) -> None:
    assert find_inexact("Scheduling", resume_text(line + "\n")) is not None


def test_fixres41_a_promotion_title_stops_at_a_semicolon(profile_of: ProfileOf) -> None:
    text = _job(
        "Engineer, Acme Corp\n2020 - Present\n"
        "- Promoted to team lead in 2023; moved back to Engineer in 2024"
    )
    titles = profile_of(text, "resume").experience.titles
    assert not any(";" in title for title in titles)
    assert titles[-1] == "Engineer, Acme Corp"


def test_fixres41_a_document_named_with_a_space_gets_a_quoted_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["my cv.docx"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "hint: name the command first, e.g. \"mlcareer match 'my cv.docx' JOB\" (see --help)"
    )


def test_fixres41_a_repeated_bundled_posting_is_named_as_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cv.txt").write_text(
        "Nora Lind\n\nEXPERIENCE\nData Scientist, Acme Corp\n2020 - 2022\n- Python and SQL\n"
    )
    args = ["batch", "--resumes", "cv.txt", "--jds", "ml-intern", "--jds", "ml-intern.txt"]
    result = CliRunner().invoke(app, [*args, "-f", "jsonl", "--as-of", "2026-11"])
    assert result.exit_code == 0, result.stderr
    assert (
        "note: --jds: 1 path names a file already listed, read once: ml-intern.txt (= ml-intern)"
        in result.stderr.splitlines()
    )


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("- Predicted churn in the codebase from commit history", False),
        ("- Predicted churn in code reviews with Python", False),
        ("- Predicted churn in the subscriber base with Python", True),
    ],
)
def test_fixres41_churn_of_code_is_no_customer_analytics(
    profile_of: ProfileOf, line: str, read: bool
) -> None:
    text = _job(f"Data Scientist, Acme Corp\n2020 - 2022\n{line}")
    skills = {skill.id for skill in profile_of(text, "resume").skills}
    assert ("customer-analytics" in skills) is read


@pytest.mark.parametrize(
    ("company", "field"),
    [
        ("Blue Harbor Computer Vision", "computer-vision"),
        ("Cascade Natural Language Processing", "natural-language-processing"),
    ],
)
def test_fixres41_a_longer_company_named_for_its_field_gives_no_skill(
    profile_of: ProfileOf, company: str, field: str
) -> None:
    job = f"{company}\nMachine Learning Engineer, Jan 2020 - Present\n- Wrote Go services."
    skills = {skill.id for skill in profile_of(_job(job), "resume").skills}
    assert field not in skills
    assert "go" in skills


def test_fixres41_a_large_makers_team_keeps_its_field(profile_of: ProfileOf) -> None:
    job = "Amazon Alexa Speech Recognition\nMachine Learning Engineer, Jan 2020 - Present\n- Go."
    skills = {skill.id for skill in profile_of(_job(job), "resume").skills}
    assert "speech-recognition" in skills
