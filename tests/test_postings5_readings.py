"""postings5: posting readings left wrong before (how big a plus is, tables whose cells grade
their row's skill, leftover terms, titles, eligibility conditions). Small texts written here."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from mlcareer.documents import read_document

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "item",
    [
        "A real plus if you have used Tableau",
        "A huge plus if you have shipped Kafka consumers",
        "Hands-on Tableau work would be a definite plus for this team",
    ],
)
def test_postings5_a_sized_plus_before_its_skill_prefers_it(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    wished = [key for key in ("tableau", "kafka") if key in found]
    assert wished, sorted(found)
    assert found[wished[0]].importance == "preferred"
    assert found["python"].importance == "required"


LEVEL_TABLE = """Data Analyst

Requirements

| Skill | {header} | Years |
|-------|-------|-------|
| SQL | Advanced | 3+ |
| Spanish | {grade} | - |
| Looker | Nice to have | - |
"""


@pytest.mark.parametrize("header", ["Proficiency", "Required level", "Expertise"])
def test_postings5_a_level_column_marks_its_rows(profile_of: ProfileOf, header: str) -> None:
    found = asked(profile_of, LEVEL_TABLE.format(header=header, grade="C1"))
    assert found["looker"].importance == "preferred"
    assert found["sql"].importance == "required"
    assert found["sql"].years == 3
    assert not [key for key in found if key.startswith("term:")], sorted(found)


@pytest.mark.parametrize(("grade", "cefr"), [("C1", "C1"), ("Fluent", "C1"), ("B2", "B2")])
def test_postings5_a_languages_grade_in_the_next_cell(
    profile_of: ProfileOf, grade: str, cefr: str
) -> None:
    found = asked(profile_of, LEVEL_TABLE.format(header="Level", grade=grade))
    assert found["lang-spanish"].grade == cefr


def test_postings5_a_languages_grade_in_the_next_tab_cell(profile_of: ProfileOf) -> None:
    text = "Data Analyst\n\nRequirements\nLanguage\tLevel\nSpanish\tB2\nSQL\tAdvanced\n"
    assert asked(profile_of, text)["lang-spanish"].grade == "B2"


def test_postings5_a_longer_next_cell_is_no_grade(profile_of: ProfileOf) -> None:
    text = LEVEL_TABLE.format(header="Notes", grade="Used with fluent clients daily")
    assert asked(profile_of, text)["lang-spanish"].grade is None


def _terms(profile_of: ProfileOf, *items: str) -> set[str]:
    return {key for key in asked(profile_of, listed("Python", *items)) if key.startswith("term:")}


@pytest.mark.parametrize(
    "item",
    [
        "Open to candidates on OPT/CPT",
        "Open to relocating for the right role",
        "Shipping features to production is a plus",
        "Writing tests for every change",
        "You'll work from our offices three days a week in Rotterdam",
        "Hybrid in Utrecht with the data team",
    ],
)
def test_postings5_a_stance_a_deed_or_a_town_is_no_term(profile_of: ProfileOf, item: str) -> None:
    assert not _terms(profile_of, item)


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Open Zorblex Toolkit administration", "zorblex"),
        ("Writing Quarkle adapters", "quarkle"),
    ],
)
def test_postings5_a_name_after_the_opening_word_stays(
    profile_of: ProfileOf, item: str, term: str
) -> None:
    assert any(term in key for key in _terms(profile_of, item)), _terms(profile_of, item)


@pytest.mark.parametrize(
    "item", ["Scale AI initiatives across the company", "Scale AI adoption across teams"]
)
def test_postings5_a_verb_before_ai_leaves_ai(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "artificial-intelligence" in found
    assert "scale-ai" not in found
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_postings5_the_labeling_vendor_is_still_read(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "Scale AI or Labelbox for data annotation"))
    assert "scale-ai" in found


@pytest.mark.parametrize(
    ("title", "plain"),
    [
        ("Senior Data Scientist — Remote (EU time zones)", "Senior Data Scientist"),
        ("Data Engineer - Lisbon, Portugal (Hybrid)", "Data Engineer"),
        ("ML Engineer | Hybrid", "ML Engineer"),
        ("Data Scientist - Remote Sensing", "Data Scientist - Remote Sensing"),
    ],
)
def test_postings5_a_title_ends_before_its_way_of_working(
    profile_of: ProfileOf, title: str, plain: str
) -> None:
    info = profile_of(listed("Python", title=title), "posting").posting
    assert info is not None
    assert info.title == plain


@pytest.mark.parametrize(
    "item", ["Must be a US citizen due to ITAR", "U.S. citizenship required (ITAR)"]
)
def test_postings5_the_rule_behind_citizenship_is_no_skill(
    profile_of: ProfileOf, item: str
) -> None:
    profile = profile_of(listed("Python", item), "posting")
    assert "itar" not in {req.id for req in profile.requirements}
    assert profile.work_authorization is not None
    assert profile.work_authorization.status == "citizens-only"


def test_postings5_itar_asked_as_work_stays_a_skill(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "Must be a US citizen", "Experience with ITAR"))
    assert "itar" in found


@pytest.mark.parametrize(
    "item",
    ["Configuring IOS on edge routers and switches", "IOS-XE and IOS-XR upgrades across sites"],
)
def test_postings5_ios_beside_routers_is_ciscos(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "cisco-networking" in found
    assert "ios" not in found


def test_postings5_ios_beside_apps_stays_apples(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Python", "Shipping iOS apps; switch between platforms"))
    assert "ios" in found
    assert "cisco-networking" not in found


@pytest.mark.parametrize(
    "item",
    ["Native iOS UI: buttons, toggle switches, sliders", "iOS and Android; web with React Router"],
)
def test_postings5_apples_ios_beside_switches_or_a_router_stays_apples(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "ios" in found
    assert "cisco-networking" not in found


def test_postings5_years_before_a_spaced_dash_stay_with_their_skill(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("4 years of Splunk - Security+ required"))
    assert found["splunk"].years == 4
    assert found["comptia-security-plus"].years is None
    assert found["comptia-security-plus"].importance == "required"


def test_postings5_years_of_experience_before_a_dash_ask_the_list(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("5+ years of experience - Python, SQL"))
    assert found["python"].years == 5
    assert found["sql"].years == 5


ALERT_BODY = (
    "Data Scientist - Quuxco - Austin, TX\nPython, SQL, experimentation\nView job\n\n"
    "ML Engineer - Zorblex Labs - Remote\nPyTorch, Kubernetes\nView job\n"
)
ONE_JOB_BODY = "Hi Dana,\n\nRequirements\n- 3+ years of Python\n\nApply now\n"


def _mail(path: Path, subject: str, body: str) -> Path:
    message = EmailMessage()
    message["From"] = "alerts@quuxjobs.example"
    message["Subject"] = subject
    message.set_content(body)
    path.write_bytes(message.as_bytes())
    return path


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Data Scientist at Quuxco and 9 more jobs", ONE_JOB_BODY),
        ("New jobs matching your search", ONE_JOB_BODY),
        ("Jobs you may be interested in", ONE_JOB_BODY),
        ("Your weekly update", ALERT_BODY),
    ],
)
def test_postings5_a_job_alert_mail_is_warned_about(
    tmp_path: Path, subject: str, body: str
) -> None:
    warnings = read_document(_mail(tmp_path / "alert.eml", subject, body)).warnings
    assert any("several jobs" in warning for warning in warnings), warnings


def test_postings5_one_postings_mail_is_no_alert(tmp_path: Path) -> None:
    path = _mail(tmp_path / "role.eml", "Senior Data Scientist - Remote", ONE_JOB_BODY)
    assert read_document(path).warnings == []


@pytest.mark.parametrize(
    "item", ["Forecast volatility with GARCH and VAR models", "Estimate demand using Prophet"]
)
def test_postings5_what_is_worked_out_with_a_skill_is_no_term(
    profile_of: ProfileOf, item: str
) -> None:
    found = asked(profile_of, listed("Python", item))
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_postings5_var_beside_garch_is_vector_autoregression(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Forecast volatility with GARCH and VAR models"))
    assert {"garch-models", "vector-autoregression"} <= set(found)


def test_postings5_a_name_before_with_stays_a_term(profile_of: ProfileOf) -> None:
    assert "term:zorblex-integration" in _terms(profile_of, "Zorblex integration with Salesforce")


BARE_TABLE = (
    "Data Engineer\n\nRequirements\n\nSkill | Level | Years\n--- | --- | ---\n"
    "SQL | Advanced | 4\ndbt | Nice to have | 1\n"
)


def test_postings5_rows_of_a_table_without_outer_bars_stay_apart(profile_of: ProfileOf) -> None:
    found = asked(profile_of, BARE_TABLE)
    assert (found["sql"].importance, found["sql"].years) == ("required", 4)
    assert (found["dbt"].importance, found["dbt"].years) == ("preferred", 1)


@pytest.mark.parametrize(
    "item",
    [
        "At least 2 years in Level 3 Support - Field Operations and Network Engineering",
        "1+ years in a Senior Analyst - Network Engineering position",
    ],
)
def test_years_before_a_dash_inside_a_name_go_on_past_it(profile_of: ProfileOf, item: str) -> None:
    # the dash asks nothing of its own after it: it is part of a team's or a role's name
    found = asked(profile_of, listed(item))
    assert found["computer-networking"].years is not None


def test_years_in_a_closed_bracket_are_not_made_preferred_by_a_later_clause(
    profile_of: ProfileOf,
) -> None:
    found = asked(profile_of, listed("Python (5+ years), Spark preferred"))
    assert found["python"].years == 5.0 and found["python"].importance == "required"
    assert found["apache-spark"].importance == "preferred"
