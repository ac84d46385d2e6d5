"""What a posting's sentence asks of a name that needs context (Rust, Go, Julia, Airflow):
the words nearest it that require or wish for it are its context. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked

_TITLE = "Store Clerk\n\n"


@pytest.mark.parametrize(
    ("line", "skill", "importance"),
    [
        ("Bonus points for Rust.", "rust", "preferred"),
        ("Rust is a bonus.", "rust", "preferred"),
        ("Go experience is a plus.", "go", "preferred"),
        ("Julia is nice to have.", "julia", "preferred"),
        ("Nice to have: Rust", "rust", "preferred"),
        ("You must know Rust.", "rust", "required"),
        ("Rust is a must.", "rust", "required"),
        ("Required: Rust", "rust", "required"),
        ("Rust would be a bonus but is not required.", "rust", "preferred"),
        ("Knowledge of Ruby counts in your favour.", "ruby", "preferred"),
    ],
)
def test_a_cue_beside_a_guarded_name_asks_it(
    profile_of: ProfileOf, line: str, skill: str, importance: str
) -> None:
    found = asked(profile_of, f"{_TITLE}{line}\n")
    assert skill in found, sorted(found)
    assert found[skill].importance == importance


def test_a_one_line_post_wishing_for_airflow_asks_it(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "It's a huge plus if you know Airflow.\n")
    assert found["airflow"].importance == "preferred"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        # the first word of a sentence, capitalized anyway, before no skill's noun
        ("Go to market experience is a plus.", "go"),
        # a rule about files, not a skill
        ("Attached files must be in PDF or Word format.", "microsoft-word"),
        # denied
        ("Rust is not required.", "rust"),
    ],
)
def test_a_cue_that_asks_no_skill_leaves_the_name(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill not in asked(profile_of, f"{_TITLE}{line}\n")


@pytest.mark.parametrize(
    "line",
    ["Role: Data Engineer for Payments", "Position: ML Engineer on the Ranking team"],
)
def test_a_role_line_naming_the_job_and_its_team_asks_nothing(
    profile_of: ProfileOf, line: str
) -> None:
    found = asked(profile_of, f"Data Engineer\n\nRequirements\n{line}\n- Python\n")
    assert sorted(found) == ["python"]


def test_a_tool_a_role_line_names_as_its_team_is_mentioned(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "Data Engineer\n\nRole: Data Engineer for the Kafka Platform\n")
    assert found["kafka"].importance == "mentioned"


def test_a_role_line_with_the_tools_of_the_job_asks_them(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "Data Engineer\n\nRole: Java Developer with Spring Boot\n")
    assert found["spring-boot"].importance == "required"


@pytest.mark.parametrize("heading", ["Our stack:", "Tech we use", "You'll work with:"])
def test_the_tools_a_posting_works_with_are_mentioned(profile_of: ProfileOf, heading: str) -> None:
    text = f"Data Engineer\n\nRequirements\n- SQL\n\n{heading}\n- Kafka\n- Terraform\n"
    found = asked(profile_of, text)
    assert {key: req.importance for key, req in found.items()} == {
        "sql": "required",
        "kafka": "mentioned",
        "terraform": "mentioned",
    }
