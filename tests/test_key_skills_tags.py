"""A job board's "Key Skills" tags under a posting (Naukri, Shine) repeat its keywords without
their nuance: a skill the requirement lists call a plus stays a wish when the tags list it
too; a skill the text only describes, or one only the tags name, is asked by them. The board's
"Role:" field beside its other fields files the job and asks nothing. Small texts written
here."""

from __future__ import annotations

from .posting_helpers import ProfileOf

_POSTING = (
    "Senior Data Scientist\nAcme Analytics Pvt Ltd\n5 - 8 years | Bengaluru\n\n"
    "Job description\nWe are looking for a Senior Data Scientist. Our models run on Kafka.\n\n"
    "Requirements\n- 5+ years of experience with Python and SQL\n"
    "- Knowledge of Spark is a plus\n- Exposure to Airflow preferred\n\n"
    "Key Skills\nPython, SQL, Spark, Airflow, Kafka, Tableau\n"
)


def _importance(profile_of: ProfileOf, text: str) -> dict[str, str]:
    return {req.name: req.importance for req in profile_of(text, "posting").requirements}


def test_tags_do_not_make_a_wish_required(profile_of: ProfileOf) -> None:
    importance = _importance(profile_of, _POSTING)
    assert importance["Apache Spark"] == "preferred"
    assert importance["Apache Airflow"] == "preferred"
    assert importance["Python"] == "required"


def test_tags_ask_what_the_text_only_describes_or_leaves_out(profile_of: ProfileOf) -> None:
    importance = _importance(profile_of, _POSTING)
    assert importance["Apache Kafka"] == "required"
    assert importance["Tableau"] == "required"


def test_a_requirements_heading_named_skills_is_no_tag_list(profile_of: ProfileOf) -> None:
    text = (
        "Data Analyst\n\nRequirements\n- Knowledge of Spark is a plus\n\n"
        "Skills\nPython, SQL, Spark\n"
    )
    assert _importance(profile_of, text)["Apache Spark"] == "required"


def test_a_job_boards_role_field_asks_nothing(profile_of: ProfileOf) -> None:
    text = (
        "Machine Learning Engineer\n\nRequirements\n- 3+ years with Python and PyTorch\n\n"
        "Role: Software Development - Other\nIndustry Type: Retail\n"
        "Department: Engineering - Software & QA\nRole Category: Software Development\n"
    )
    assert "Software development" not in _importance(profile_of, text)


def test_a_role_label_in_the_text_still_asks(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Role: build pipelines in Python and Airflow\n"
    assert _importance(profile_of, text)["Apache Airflow"] == "required"
