"""Postings and resumes of unusual structure (leftovers23): a plain-text "Must have | Nice to
have" table under a rule of dashes and pluses, one long paragraph, and near misses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .timing import fastest

ProfileOf = Callable[..., Profile]

_PLAIN_TABLE = (
    "Data Scientist (Marketing Analytics)\nLocation: Austin, TX | Hybrid\n\n"
    "Must have                          | Nice to have\n"
    "{rule}\n"
    "3+ years in analytics or DS        | Experience with causal inference\n"
    "Python (pandas, scikit-learn)      | dbt\n"
    "SQL                                | Looker or Tableau\n"
    "Bachelor's degree in a quant field | Master's degree\n\n"
    "Responsibilities\n- Build forecasting models for the marketing team.\n"
)


@pytest.mark.parametrize(
    "rule",
    [
        "-----------------------------------+--------------------------------",
        "-----------------------------------|--------------------------------",
        "===================================+================================",
    ],
)
def test_leftovers23_plain_text_must_nice_table(profile_of: ProfileOf, rule: str) -> None:
    posting = profile_of(_PLAIN_TABLE.format(rule=rule), "posting")
    asked = {r.name: r.importance for r in posting.requirements}
    assert asked["Python"] == asked["SQL"] == asked["pandas"] == "required"
    assert asked["dbt"] == asked["Tableau"] == asked["Causal inference"] == "preferred"
    info = posting.posting
    # each cell asks apart: the bachelor's is required, the master's only wished for
    assert (info.degree_required, info.degree_preferred) == ("bachelor", "master")
    assert info.years_required == 3.0


def test_leftovers23_rule_line_outside_a_table(profile_of: ProfileOf) -> None:
    # near miss: a rule of dashes under an ordinary line ends nothing and asks nothing
    text = (
        "Data Analyst\n-----------+-----------\n\nRequirements\n- 2+ years of SQL\n"
        "- Master's degree preferred\n"
    )
    info = profile_of(text, "posting").posting
    assert (info.degree_required, info.degree_preferred, info.years_required) == (
        None,
        "master",
        2.0,
    )


# Years after a skill, in another clause past a semicolon, are not the skill's


def test_leftovers23_years_stop_at_a_semicolon(profile_of: ProfileOf) -> None:
    text = (
        "Senior Data Engineer\n\nRequirements\n- You will own our Kafka pipelines and mentor "
        "two engineers; you need at least 6 years of experience with Python.\n"
    )
    years = {r.name: r.years for r in profile_of(text, "posting").requirements}
    assert years["Apache Kafka"] is None
    assert years["Python"] == 6.0


@pytest.mark.parametrize(
    "item",
    [
        # near misses: the count beside the skill, or in its own clause
        "Kafka: 6+ years; Python a plus",
        "Kafka (6+ years); Python a plus",
        "Kafka, with at least 6 years of hands-on use; Python a plus",
    ],
)
def test_leftovers23_years_in_the_skills_clause(profile_of: ProfileOf, item: str) -> None:
    text = f"Senior Data Engineer\n\nRequirements\n- {item}\n"
    years = {r.name: r.years for r in profile_of(text, "posting").requirements}
    assert years["Apache Kafka"] == 6.0


# A posting of one long paragraph: the employer hiring, its town, and the duties' tools


_PARAGRAPH = (
    "Senior Data Engineer\n\nNorthwind Freight is looking for a senior data engineer to join "
    "the analytics platform group in Rotterdam, where you will own the batch and streaming "
    "pipelines that feed our pricing models and mentor two junior engineers; to succeed you "
    "will need at least 6 years of experience building data pipelines, strong Python and SQL, "
    "and hands-on experience with Apache Kafka, while experience with dbt would be a plus.\n"
)


def test_leftovers23_one_paragraph_posting(profile_of: ProfileOf) -> None:
    posting = profile_of(_PARAGRAPH, "posting")
    asked = {r.name: (r.importance, r.years) for r in posting.requirements}
    # the employer hiring and its town ask nothing
    assert "Northwind Freight" not in asked and "Rotterdam" not in asked
    # the duties' words are the work, as under a duties heading
    assert asked["Batch processing"] == ("mentioned", None)
    assert asked["Stream processing"] == ("mentioned", None)
    assert asked["Python"] == asked["SQL"] == asked["Apache Kafka"] == ("required", None)
    assert asked["dbt"] == ("preferred", None)
    assert posting.posting.years_required == 6.0


@pytest.mark.parametrize(
    ("sentence", "skill", "importance"),
    [
        ("You will need strong Kafka and Python.", "Apache Kafka", "required"),
        ("You'll have 3+ years of Kafka.", "Apache Kafka", "required"),
        ("You'll work with us and need strong Kafka skills.", "Apache Kafka", "required"),
        ("Must have Kafka. You will own the pipelines.", "Apache Kafka", "required"),
        ("You will own our Kafka pipelines.", "Apache Kafka", "mentioned"),
        ("In this role you'll build models in PyTorch.", "PyTorch", "mentioned"),
    ],
)
def test_leftovers23_duties_in_prose(
    profile_of: ProfileOf, sentence: str, skill: str, importance: str
) -> None:
    text = f"Data Engineer\n\nWe are hiring a data engineer. {sentence} Strong SQL is a must.\n"
    asked = {r.name: r.importance for r in profile_of(text, "posting").requirements}
    assert asked[skill] == importance


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # near misses: a term that is no employer, or is not the sentence's opener
        (
            "Data Engineer\n\nYou need Python and Quuxmetrics. Quuxmetrics skills are key.\n",
            "Quuxmetrics",
        ),
        (
            "Data Engineer\n\nExperience with Foobarize is looking good. You need Python.\n",
            "Foobarize",
        ),
    ],
)
def test_leftovers23_terms_that_are_no_employer(
    profile_of: ProfileOf, text: str, term: str
) -> None:
    assert term in {r.name for r in profile_of(text, "posting").requirements}


# A co-op term named by its field


def test_leftovers23_field_co_op_is_a_student_post(profile_of: ProfileOf) -> None:
    text = (
        "Priya Raman\n\nEXPERIENCE\n"
        "Data Science Co-op, Wayfair, Boston, MA     Jan 2025 - Jun 2025\n"
        "- Built a demand forecasting prototype in Python.\n\nEDUCATION\n"
        "B.S. in Data Science, Northeastern University, 2022 - 2026\n"
    )
    experience = profile_of(text, "resume").experience
    assert experience.years == 0.2  # six months at half
    assert any("student post" in note for note in experience.level_evidence)


def test_leftovers23_a_cooperative_is_no_co_op_term(profile_of: ProfileOf) -> None:
    # near miss: a cooperative's name
    text = (
        "Sam Lee\n\nExperience\nStore Manager, Riverside Food Co-op\nJan 2024 - Dec 2024\n"
        "- Ran the store.\n"
    )
    assert profile_of(text, "resume").experience.years == 1.0


# Long hostile lines stay fast


def test_leftovers23_hostile_lines_stay_fast(profile_of: ProfileOf) -> None:
    hostile = "You will own " + "you will work with " * 600 + "Kafka."
    subject = "From: a@b.c\nSubject: Data" + " " * 1400 + "x\n"
    plain = "We need a person " + "who likes data and " * 600 + "Kafka."

    def run(body: str) -> Callable[[], object]:
        return lambda: profile_of(f"Data Engineer\n\n{body}\n", "posting")

    baseline = fastest(run(plain))
    assert fastest(run(hostile)) < 5 * baseline + 0.05
    assert fastest(run(subject + plain)) < 5 * baseline + 0.05
