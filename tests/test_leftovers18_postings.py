"""Posting lines read wrongly before: a firm's age or experience in Estonian, Lithuanian and
Latvian read as years asked; what the firm lacks ("We have no Airflow yet") read as asked;
"GCC based build pipelines" read as the Gulf; invitations ("Veterans welcome") and attitudes
("Commitment to data privacy") read as terms; "Spark ignition" read as Apache Spark; the
title of whom the hire reports into read as an ask."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed, posting_info


@pytest.mark.parametrize(
    "line",
    [
        "Oleme üle 15 aasta turul",
        "Üle 15 aasta turul",
        "Ettevõte on tegutsenud 15 aastat",
        "Ettevõttel on 15 aastat kogemust",
        "Įmonė turi 20 metų patirtį",
        "Bendrovė, turinti 20 metų darbo patirtį",
        "Esame rinkoje 20 metų",
        "Uzņēmumam ir 25 gadu pieredze",
        "Uzņēmums tirgū darbojas 25 gadus",
    ],
)
def test_leftovers18_a_baltic_firms_years_ask_none(profile_of: ProfileOf, line: str) -> None:
    text = f"Data Engineer\n\nNõuded\n- {line}\n- Python ja SQL\n"
    assert posting_info(profile_of, text).years_required is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Vähemalt 3 aastat töökogemust", 3.0),
        ("Vähemalt 3 aasta kogemus Pythoniga", 3.0),
        ("Ne mažiau kaip 3 metų darbo patirtis", 3.0),
        ("Vismaz 3 gadu pieredze", 3.0),
        ("Sul on vähemalt 4 aastat kogemust", 4.0),
        ("Mes ieškome specialisto, turinčio 3 metų darbo patirtį", 3.0),
        ("Otsime inimest, kellel on 5 aastat kogemust", 5.0),
        ("Meklējam speciālistu ar 4 gadu pieredzi", 4.0),
    ],
)
def test_leftovers18_a_baltic_candidates_years_are_asked(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    text = f"Data Engineer\n\nNõuded\n- {line}\n- Python ja SQL\n"
    assert posting_info(profile_of, text).years_required == years


def _role_line(line: str) -> str:
    return f"Data Engineer\n\nAbout the role\nYou will build pipelines. {line}\n\n" + (
        "Requirements\n- Python and SQL\n"
    )


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("We have no Airflow yet.", "airflow"),
        ("We currently have no Kubernetes.", "kubernetes"),
        ("We don't have Airflow yet, so you will help us pick an orchestrator.", "airflow"),
    ],
)
def test_leftovers18_what_the_firm_lacks_is_not_asked(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    for text in (_role_line(line), listed("Python and SQL", line)):
        assert skill not in asked(profile_of, text), text


def test_leftovers18_a_lack_the_candidate_fills_is_still_asked(profile_of: ProfileOf) -> None:
    text = _role_line("We have no Airflow yet, so experience with Airflow is a plus.")
    assert asked(profile_of, text)["airflow"].importance == "preferred"


def test_leftovers18_the_candidates_lack_is_no_lack_of_the_firm(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python and SQL", "You have Airflow experience"))
    assert found["airflow"].importance == "required"


@pytest.mark.parametrize(
    "line",
    [
        "Experience with GCC based build pipelines",
        "Maintain GCC-based toolchains",
        "GCC based builds for our firmware",
    ],
)
def test_leftovers18_gcc_based_builds_name_the_compiler(profile_of: ProfileOf, line: str) -> None:
    text = "Build Engineer\n\nExperience\nBuild Engineer, Acme, 2020 - Present\n- " + line + "\n"
    assert "gcc" in {skill.id for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "line",
    ["Sales across GCC based clients", "Managed accounts of GCC based banks"],
)
def test_leftovers18_gcc_based_firms_are_the_gulfs(profile_of: ProfileOf, line: str) -> None:
    text = "Sales Lead\n\nExperience\nSales Lead, Acme, 2020 - Present\n- " + line + "\n"
    assert "gcc" not in {skill.id for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "line",
    [
        "Veterans welcome",
        "Career changers welcome",
        "Bootcamp graduates welcome!",
        "Military spouses are welcome",
    ],
)
def test_leftovers18_people_welcomed_name_no_term(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_leftovers18_a_tool_welcomed_is_still_a_wish(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python and SQL", "Zorblex welcome"))
    assert found["term:zorblex"].importance == "preferred"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Commitment to data privacy", "data-privacy"),
        ("A strong commitment to data privacy", "data-privacy"),
        ("Dedication to data quality", "data-quality"),
    ],
)
def test_leftovers18_a_commitment_names_no_term(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    found = asked(profile_of, listed("Python and SQL", line))
    assert skill in found, sorted(found)
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_leftovers18_a_commitment_to_an_unknown_thing_keeps_the_thing(
    profile_of: ProfileOf,
) -> None:
    found = asked(profile_of, listed("Python and SQL", "Commitment to Zorblex compliance"))
    assert "term:commitment" not in found, sorted(found)
    assert any("zorblex" in key for key in found), sorted(found)


@pytest.mark.parametrize(
    "line",
    [
        "Spark ignition engine calibration",
        "Knowledge of spark-ignition engines",
        "Spark plug diagnostics",
    ],
)
def test_leftovers18_an_engines_spark_is_no_apache_spark(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed("Python and SQL", line, title="Calibration Engineer"))
    assert "apache-spark" not in found, sorted(found)


def test_leftovers18_spark_jobs_stay_apache_spark(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python and SQL", "Spark jobs on Databricks"))
    assert "apache-spark" in found


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Reporting into the VP of Machine Learning, you will lead a team.", "machine-learning"),
        ("Reporting line: Head of Data Governance", "data-governance"),
        ("You will report into the Director of Data Engineering.", "data-engineering"),
    ],
)
def test_leftovers18_whom_the_hire_reports_into_asks_nothing(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = f"Analyst\n\nAbout the role\n{line}\n\nRequirements\n- Python and SQL\n"
    assert skill not in asked(profile_of, text)


def test_leftovers18_a_skill_asked_after_the_title_is_still_asked(profile_of: ProfileOf) -> None:
    text = (
        "Analyst\n\nAbout the role\nReporting into the VP of Data, you will need strong "
        "data governance skills.\n\nRequirements\n- Python and SQL\n"
    )
    assert "data-governance" in asked(profile_of, text)
