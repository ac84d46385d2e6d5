"""Misreadings a review of this session's rules found: a form's answered question that opens
after another sentence on its line, list-then-phrase exclusions whose tail is a preposition,
machines counted as people, a placement's title under Certifications, control characters in
GitHub annotations. Small texts written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from mlcareer.cli import app

from .check_helpers import run_check
from .posting_helpers import ProfileOf


def _negated(profile_of: ProfileOf, text: str) -> dict[str, bool]:
    skills = profile_of(text, "resume").skills
    return {s.name: all(m.negated for m in s.mentions) for s in skills}


def test_a_question_after_a_sentence_denies_only_itself(profile_of: ProfileOf) -> None:
    text = (
        "Jane Doe\n\nExperience\nData Engineer, Acme Corp, Jan 2019 - Present\n"
        "Skills: Python, Kubernetes. Are you willing to relocate? No\n"
    )
    negated = _negated(profile_of, text)
    assert negated["Python"] is False
    assert negated["Kubernetes"] is False


def test_a_degree_before_a_question_on_its_line_stands(profile_of: ProfileOf) -> None:
    text = (
        "Jane Doe\n\nEducation\nMaster of Science in Computer Science, Stanford University, "
        "2020. Do you require visa sponsorship? No\n\nExperience\nData Scientist, Acme, "
        "Jan 2021 - Present\nPython\n"
    )
    assert profile_of(text, "resume").education.highest == "master"


@pytest.mark.parametrize(
    "answer", ["Do you have experience with Java?\nNo", "Do you have experience with Java? No"]
)
def test_a_form_question_answered_no_still_denies(profile_of: ProfileOf, answer: str) -> None:
    text = f"Jane Doe\n\nExperience\nData Engineer, Acme, 2019 - 2024\n- Python\n\n{answer}\n"
    assert _negated(profile_of, text)["Java"] is True


def test_names_listed_before_a_preposition_keep_their_sense(profile_of: ProfileOf) -> None:
    text = (
        "Dana Lee\n\nExperience\nOffice Manager, Acme, Jan 2020 - Present\n"
        "- Proficient in Outlook, Word and Excel for daily scheduling and reporting.\n"
        "- Built reports in Access, Excel and Tableau to the finance team's spec.\n"
    )
    names = {skill.name for skill in profile_of(text, "resume").skills}
    assert {"Microsoft Outlook", "Microsoft Access"} <= names


def test_machines_managed_are_no_people(profile_of: ProfileOf) -> None:
    text = (
        "Dana Lee\n\nExperience\nInfrastructure Engineer, Acme, Jan 2020 - Present\n"
        "- Managed 40 VMs and 6 GPUs across two data centers.\n"
    )
    assert "Virtual machines" in {skill.name for skill in profile_of(text, "resume").skills}


def test_state_space_models_led_by_count_are_still_people(profile_of: ProfileOf) -> None:
    text = "Dana Lee\n\nExperience\nSite Lead, Acme, Jan 2020 - Present\n- Led 2 SSMs on site.\n"
    names = {skill.name for skill in profile_of(text, "resume").skills}
    assert "State space models" not in names


def test_an_apprenticeship_under_certifications_keeps_its_own_title(
    profile_of: ProfileOf,
) -> None:
    text = (
        "John Smith\n\nExperience\nLogistics Specialist, US Army, Jan 2015 - Dec 2022\n\n"
        "Certifications\nApprenticeship, Contoso Analytics, Jul 2023 - Dec 2023\n"
        "AWS Certified Cloud Practitioner, 2024\n"
    )
    titles = [job.title for job in profile_of(text, "resume").experience.jobs]
    assert titles[-1] == "Apprenticeship, Contoso Analytics"


def test_github_annotations_hold_no_control_characters(tmp_path: Path) -> None:
    resume = "Dana Lee\n\nExperience\nML Engineer, Acme, 2019 - 2024\n- Python\n"
    bad = tmp_path / "cv\x1b]0;pwned\x07.txt"  # a file name that would retitle a terminal
    bad.write_text(resume, encoding="utf-8")
    posting = tmp_path / "jd.txt"
    posting.write_text("ML Engineer\n\nRequirements\n- Python\n- Kubernetes\n", encoding="utf-8")
    args = ["check", str(bad), "--jd", str(posting), "--require", "kubernetes", "-f", "github"]
    result = CliRunner().invoke(app, [*args, "--as-of", "2026-11"])
    assert result.exit_code == 1
    assert "::error file=" in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


@pytest.mark.parametrize(
    ("term", "passed"), [("Битрикс24", True), ("настройка", True), ("1С", False), ("データ", False)]
)
def test_require_text_beyond_ascii(tmp_path: Path, term: str, passed: bool) -> None:
    resume = (
        "Ivan Petrov\n\nExperience\nData Engineer, Acme, 2019 - 2024\n"
        "- Настройка Битрикс24 и Kafka\n- Managed 1 team of analysts\n"
    )
    posting = "Data Engineer\n\nRequirements\n- Kafka\n"
    code, out, _ = run_check(tmp_path, resume, posting, "--require-text", term)
    assert (f"ok   require-text:{term}" in out) is passed
    assert code == (0 if passed else 1)


@pytest.mark.parametrize(
    "opener",
    [
        "Please don't apply unless you have:",
        "The role is not for you unless you have:",
        "You might not be a good fit if you lack:",
    ],
)
def test_a_list_needed_to_apply_asks_its_items(profile_of: ProfileOf, opener: str) -> None:
    text = (
        f"Data Engineer at Acme\n\nAbout us\nWe build data tools.\n\n{opener}\n- Kafka\n- Airflow\n"
    )
    asked = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asked.get("kafka") == "required"


def test_a_not_for_you_list_still_asks_nothing(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer at Acme\n\nRequirements\n- Python\n\n## Not for you if\n"
        "- You need Java daily\n"
    )
    asked = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert "java" not in asked


def test_a_companys_experience_field_asks_no_years(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nAbout Acme\nAcme is a consultancy.\n"
        "Experience: 25 years of delivering data projects for the energy sector.\n\n"
        "Requirements\n- Python\n- SQL\n"
    )
    info = profile_of(text, "posting").posting
    assert info is not None and info.years_required is None


def test_a_language_under_languages_is_asked_not_a_versions_heading(
    profile_of: ProfileOf,
) -> None:
    text = (
        "Data Engineer\n\nRequirements\n- 3+ years of Python\n- Experience with Kafka\n\n"
        "Languages\n\nEnglish\nOur team works with clients across many European countries.\n"
    )
    asked = {req.id: req.importance for req in profile_of(text, "posting").requirements}
    assert asked.get("lang-english") == "required"


def test_a_sidebars_last_skill_is_no_name_spelt_by_the_address(profile_of: ProfileOf) -> None:
    text = (
        "Contact\nwww.linkedin.com/in/rustacean-dev\nsam@example.com\n\nTop Skills\nPython\n"
        "Rust\n\nSummary\nData engineer who builds streaming pipelines.\n\nExperience\nAcme\n"
        "Senior Data Engineer\nJanuary 2020 - Present\nBuilt pipelines with Spark.\n"
    )
    assert "Rust" in {skill.name for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "footer",
    ["(c) 2024 built with Gatsby and hosted on Netlify", "(c) 2024 all rights reserved. Netlify"],
)
def test_a_lower_case_footer_is_still_a_copyright_notice(
    profile_of: ProfileOf, footer: str
) -> None:
    text = (
        f"Sam Lee\n\nExperience\nData Engineer, Acme, 2020 - 2024\n- Python and Kafka\n\n{footer}\n"
    )
    assert "Netlify" not in {skill.name for skill in profile_of(text, "resume").skills}


def test_reservation_systems_named_before_airline_are_asked(profile_of: ProfileOf) -> None:
    text = (
        "Travel Data Analyst\n\nRequirements\n- SQL\n"
        "- Knowledge of Sabre or Amadeus airline reservation systems\n"
    )
    asked = {req.id for req in profile_of(text, "posting").requirements}
    assert "term:sabre" in asked


@pytest.mark.parametrize(("name", "linkedin"), [("Positions.csv", True), ("people.csv", False)])
def test_a_linkedin_data_export_is_named_in_the_hint(
    tmp_path: Path, name: str, linkedin: bool
) -> None:
    table = tmp_path / name
    table.write_text("First Name,Last Name\nDana,Lee\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(table)])
    assert result.exit_code == 3
    assert ("Save to PDF" in result.stderr) is linkedin
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("bullet", "lambda_shown"),
    [
        ("Data Engineer, Lambda School, 2019 - 2021\n- Built ETL jobs on AWS with S3", False),
        ("Data Engineer, Acme, 2019 - 2021\n- Deployed Lambda functions with S3 triggers", True),
    ],
)
def test_lambda_school_is_no_aws_lambda(
    profile_of: ProfileOf, bullet: str, lambda_shown: bool
) -> None:
    names = {s.name for s in profile_of(f"Sam Lee\n\nExperience\n{bullet}\n", "resume").skills}
    assert ("AWS Lambda" in names) is lambda_shown


def test_an_earlier_label_is_no_part_of_the_title(profile_of: ProfileOf) -> None:
    text = (
        "Priya Rao\n\nExperience\nSenior Data Scientist, Acme, 2015 - Present\n- Models\n\n"
        "Earlier: Research Assistant, Indian Institute of Science (2007 – 2009)\n"
    )
    titles = [job.title for job in profile_of(text, "resume").experience.jobs]
    assert titles[-1] == "Research Assistant, Indian Institute of Science"
