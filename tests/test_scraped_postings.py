"""Postings as scrapers and job boards hand them over: flattened into one line, skills in a
table, onboarding paragraphs, acronyms before their expansion. Each text is written here."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.models import Profile
from tests.conftest import invoke

ProfileOf = Callable[..., Profile]

FLATTENED = (
    "Senior ML Engineer Acme Corp Remote About us We build forecasting tools for shops and "
    "meet the requirements of our clients every day. Requirements: 5+ years of Python, strong "
    "SQL and PyTorch. Preferred: Elasticsearch, Docker Responsibilities: Build pricing models, "
    "deploy services on Kubernetes, mentor junior engineers. Benefits: 401k, dental, Tableau "
    "licenses for everyone.\n"
)


def _importance(profile: Profile) -> dict[str, str]:
    return {r.name: r.importance for r in profile.requirements}


def test_inline_labels_of_a_flattened_posting_open_its_sections(profile_of: ProfileOf) -> None:
    profile = profile_of(FLATTENED, doc_type="posting")
    asked = _importance(profile)
    assert asked["Python"] == asked["SQL"] == asked["PyTorch"] == "required"
    assert asked["Elasticsearch"] == asked["Docker"] == "preferred"
    assert asked.get("Kubernetes") != "required"
    assert "Tableau" not in asked
    assert (profile.posting.title or "").startswith("Senior ML Engineer")


def test_a_sentence_naming_requirements_is_no_label(profile_of: ProfileOf) -> None:
    profile = profile_of(FLATTENED, doc_type="posting")
    names = [section.name for section in profile.sections]
    assert names == ["company", "requirements", "preferred", "responsibilities", "benefits"]


def test_offsets_of_a_flattened_posting_point_into_the_file(
    write: Callable[[str, str], Path],
) -> None:
    path = write("flat.txt", FLATTENED)
    result = invoke("extract", path, "--format", "json")
    content = path.read_text(encoding="utf-8")
    mentions = [m for skill in json.loads(result.stdout)["skills"] for m in skill["mentions"]]
    assert {"Python", "SQL", "PyTorch", "Kubernetes"} <= {m["text"] for m in mentions}
    for mention in mentions:
        assert content[mention["start"] : mention["end"]] == mention["text"]


def test_a_tables_years_column_gives_each_skill_its_years(profile_of: ProfileOf) -> None:
    text = (
        "Machine Learning Engineer\n\nAbout the role\nYou will build ranking models.\n\n"
        "Skills\nSkill | Years | Required\nPython | 4 | Yes\nSpark | 2 | Preferred\n"
        "Kubernetes | 3+ | Yes\n"
    )
    asked = {r.name: (r.importance, r.years) for r in profile_of(text, "posting").requirements}
    assert asked["Python"] == ("required", 4.0)
    assert asked["Apache Spark"] == ("preferred", 2.0)
    assert asked["Kubernetes"] == ("required", 3.0)


def test_a_tab_separated_table_gives_its_years_too(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\nSkill\tYears\tPriority\nSQL\t5\tMust\nAirflow\t2\tNice\n"
    asked = {r.name: (r.importance, r.years) for r in profile_of(text, "posting").requirements}
    assert asked["SQL"] == ("required", 5.0)
    assert asked["Apache Airflow"] == ("preferred", 2.0)


def test_a_number_column_not_named_years_gives_no_years(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\nSkill | Team size | Required\nSQL | 4 | Yes\n"
    asked = {r.name: r.years for r in profile_of(text, "posting").requirements}
    assert asked["SQL"] is None


def test_training_given_after_hire_asks_nothing(profile_of: ProfileOf) -> None:
    text = (
        "Clinical Data Scientist\n\nRequirements\n- 3+ years of Python\n"
        "- Requires completion of HIPAA training within 30 days of hire\n"
        "- Must complete GDPR training upon hire\n\n"
        "Benefits and onboarding\nWe offer dental and a 401k match. New hires complete "
        "Tableau training during onboarding.\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked == {"Python": "required"}


def test_training_the_candidate_has_already_had_is_still_asked(profile_of: ProfileOf) -> None:
    text = (
        "Clinical Data Scientist\n\nRequirements\n- Completed HIPAA training\n"
        "- Must start within 30 days; Python required\n"
    )
    asked = _importance(profile_of(text, doc_type="posting"))
    assert asked["HIPAA"] == asked["Python"] == "required"


def test_health_data_standards_are_skills(profile_of: ProfileOf) -> None:
    text = (
        "Healthcare ML Engineer\n\nRequirements\n- Experience with FHIR APIs and HL7 v2 messages\n"
        "- Building cohorts on the OMOP common data model\n"
    )
    asked = {r.id: r.jd_text for r in profile_of(text, doc_type="posting").requirements}
    assert asked["fhir"] == "FHIR APIs"
    assert asked["hl7"].startswith("HL7 v2")
    assert asked["omop"] == "OMOP common data model"
    assert "data-modeling" not in asked


def _terms(profile: Profile) -> list[str]:
    return sorted(r.jd_text for r in profile.requirements if not r.known)


def test_an_acronym_before_its_expansion_is_one_term(profile_of: ProfileOf) -> None:
    text = (
        "AI Engineer\n\nRequirements\n- Working knowledge of QKP (Quux Kernel Protocol)\n"
        "- Experience with Zorblex Query Language (ZQL)\n"
    )
    terms = _terms(profile_of(text, doc_type="posting"))
    assert terms == ["QKP (Quux Kernel Protocol)", "Zorblex Query Language (ZQL)"]


def test_words_in_brackets_that_do_not_spell_the_acronym_stay_apart(
    profile_of: ProfileOf,
) -> None:
    text = "AI Engineer\n\nRequirements\n- Experience with ZQL (Quuxcorp Search Engine)\n"
    terms = _terms(profile_of(text, doc_type="posting"))
    assert "ZQL" in terms and "ZQL (Quuxcorp Search Engine)" not in terms


def test_a_resume_naming_either_form_meets_the_term(
    write: Callable[[str, str], Path],
) -> None:
    posting = write("jd.txt", "AI Engineer\n\nRequirements\n- MCP (Model Context Protocol)\n")
    resume = write(
        "cv.txt",
        "Ada Quux\n\nExperience\nAI Engineer, Quuxcorp, 2021 - Present\n"
        "- Built tools served over the Model Context Protocol\n",
    )
    result = invoke("match", resume, posting, "--format", "json")
    assert [m["jd_text"] for m in json.loads(result.stdout)["missing"]] == []


SHORT_FLATTENED = (
    "Lead Platform Engineer at a logistics firm. We ship parcels overnight. Requirements: "
    "4+ years of Go, Terraform or Pulumi, incident response. Nice to have: Rust. Benefits: "
    "pension, gym.\n"
)


def test_a_short_flattened_posting_with_two_labels_is_broken_too(profile_of: ProfileOf) -> None:
    profile = profile_of(SHORT_FLATTENED, doc_type="posting")
    names = [section.name for section in profile.sections]
    assert names == ["requirements", "preferred", "benefits"]
    assert profile.posting.title == "Lead Platform Engineer at a logistics firm"
    asked = _importance(profile)
    assert asked["Terraform"] == "required"
    assert asked["Rust"] == "preferred"
    assert not [name for name in asked if name in ("Platform", "Lead")]


def test_one_label_in_a_short_line_breaks_nothing(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nWe build pipelines. Requirements: Python and SQL daily.\n"
    profile = profile_of(text, doc_type="posting")
    assert [section.name for section in profile.sections] == []


@pytest.mark.parametrize(
    "line",
    [
        "- Staff/Senior Software Engineer experience preferred",
        "- Senior Software Engineer experience preferred",
        "- Lead / Principal Data Scientist background is a plus",
    ],
)
def test_a_role_named_with_its_ranks_is_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Platform Engineer\n\nRequirements\n- Kubernetes in production\n{line}\n"
    asked = _importance(profile_of(text, doc_type="posting"))
    assert list(asked) == ["Kubernetes"]


def test_a_tool_before_a_rank_is_still_a_term(profile_of: ProfileOf) -> None:
    text = "Platform Engineer\n\nRequirements\n- Zorblex experience at a senior level\n"
    assert "Zorblex" in _importance(profile_of(text, doc_type="posting"))
