"""fixA: posting rules that took too much (a skill asked beside a clearance, a recruiter's
"Role:" line, a proficiency column, a "section" of a codebase). Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Active Secret clearance; 5+ years with cloud platforms (AWS or Azure)", "aws"),
        ("Must be a U.S. citizen with experience in scripting (Python, Bash)", "python"),
        ("Active TS/SCI clearance and experience implementing controls under FedRAMP", "fedramp"),
    ],
)
def test_fixa_a_skill_asked_after_a_clearance_stays_asked(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    found = asked(profile_of, listed("SQL", item))
    assert skill in found, sorted(found)
    assert found[skill].importance == "required"


@pytest.mark.parametrize(
    "item", ["US persons only (due to ITAR)", "Must be a US citizen, as required by ITAR"]
)
def test_fixa_the_rule_named_for_citizenship_still_asks_nothing(
    profile_of: ProfileOf, item: str
) -> None:
    assert "itar" not in asked(profile_of, listed("SQL", item))


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        ("Role: Java Developer with Spring Boot\nJob Type: Contract\n", ["spring-boot"]),
        (
            "Role: Senior Python Developer (Django, PostgreSQL)\nIndustry: Banking\n",
            ["django", "postgresql"],
        ),
        (
            "Job type: Full-time\nRole:\n- Build data pipelines in Spark and Airflow\n",
            ["apache-spark", "airflow"],
        ),
    ],
)
def test_fixa_a_role_line_that_asks_is_no_boards_category(
    profile_of: ProfileOf, text: str, skills: list[str]
) -> None:
    found = asked(profile_of, f"Hello from a recruiter\n\n{text}\nRequirements\n- SQL\n")
    assert [skill for skill in skills if skill not in found] == [], sorted(found)


def test_fixa_a_required_column_beside_a_proficiency_column_decides(
    profile_of: ProfileOf,
) -> None:
    table = (
        "Data Analyst\n\nRequirements\n\n| Skill | Proficiency | Required |\n|---|---|---|\n"
        "| Python | Advanced | Yes |\n| Tableau | Basic | No |\n"
    )
    found = asked(profile_of, table)
    assert found["python"].importance == "required"
    assert found["tableau"].importance == "preferred"
    assert "term:yes" not in found


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Refactor a large section of the Java codebase to Kotlin", "java"),
        ("Own the section of Python services", "python"),
        ("Support the Office of the CFO and Tableau reporting", "tableau"),
    ],
)
def test_fixa_a_section_of_code_or_an_office_holds_its_skill(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    assert skill in asked(profile_of, listed("SQL", item))


def test_fixa_a_resumes_section_of_an_engine_keeps_its_language(profile_of: ProfileOf) -> None:
    resume = (
        "Jane Doe\n\nExperience\nEngineer, Acme, 2020 - 2023\n"
        "- Rewrote a section of the C++ engine in Rust\n"
    )
    assert "cpp" in {skill.id for skill in profile_of(resume, "resume").skills}


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Writing grant proposals", "term:writing-grant-proposals"),
        ("Automating month-end close", "term:automating-month-end-close"),
        ("Predict customer attrition with XGBoost", "term:predict-customer-attrition"),
        ("Estimate loan-level prepayment curves using R", "term:estimate-loan-level-prepayment"),
    ],
)
def test_fixa_a_deed_on_a_compound_object_stays_a_term(
    profile_of: ProfileOf, item: str, term: str
) -> None:
    found = asked(profile_of, listed("SQL", item))
    assert [key for key in found if key.startswith(term)], sorted(found)


@pytest.mark.parametrize(
    ("item", "skill", "years"),
    [
        ("6 yrs exp - Java, Spring Boot", "java", 6),
        ("3+ years of IT experience - Kafka", "kafka", 3),
        ("2+ years (minimum) - Terraform", "terraform", 2),
        ("Minimum of 5 years experience required - Kubernetes, Docker", "kubernetes", 5),
    ],
)
def test_fixa_years_before_a_spaced_dash_reach_the_skills_after_it(
    profile_of: ProfileOf, item: str, skill: str, years: int
) -> None:
    assert asked(profile_of, listed("SQL", item))[skill].years == years
