"""A posting's skills leave out what it says where it asks nothing: the company's blurb, a job
board's role field and the equal-opportunity statement. Each case keeps a sentence where the
same word is asked."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def mentions(found: Profile, skill: str) -> list[str]:
    """The written mentions of a skill, in order."""
    return [m.text for hit in found.skills if hit.id == skill for m in hit.mentions]


def with_blurb(blurb: str, asks: str = "- 3+ years of Python") -> str:
    return (
        "Backend Engineer\n\nAbout us\n"
        f"{blurb}\n\n"
        "What you will do\n- Build and run our payment services.\n\n"
        f"Requirements\n{asks}\n"
    )


@pytest.mark.parametrize(
    ("blurb", "skill"),
    [
        ("Lumaroo is a fintech company based in Porto.", "fintech"),
        ("We run an e-commerce platform for garden furniture.", "e-commerce"),
        ("Lumaroo builds cloud-based SaaS tools for dental clinics.", "saas"),
        ("Our people balance creativity and style with sound engineering.", "creativity"),
    ],
)
def test_the_companys_blurb_names_no_skill(profile_of: ProfileOf, blurb: str, skill: str) -> None:
    found = profile_of(with_blurb(blurb), "posting")
    assert mentions(found, skill) == [], blurb
    assert mentions(found, "python") == ["Python"]


def test_a_blurb_that_asks_keeps_the_skill(profile_of: ProfileOf) -> None:
    blurb = "We run our data platform on Spark, and you must be fluent in Spark."
    found = profile_of(with_blurb(blurb), "posting")
    assert mentions(found, "apache-spark") == ["Spark", "Spark"]


def test_the_same_word_asked_stays(profile_of: ProfileOf) -> None:
    found = profile_of(
        with_blurb("Lumaroo is a fintech company based in Porto.", "- Experience in fintech"),
        "posting",
    )
    assert mentions(found, "fintech") == ["fintech"]
    assert found.skills[0].mentions[0].section == "requirements"


BOARD = """Platform Engineer
Date posted: 2025-03-02
Job type:
Full-time
Experience level:
Senior
Role:
Backend Developer DevOps System Administrator
Industry:
Computer Software
Job description
We are looking for a platform engineer.
Requirements
- Experience with Kubernetes and DevOps practices
"""


def test_a_boards_role_field_names_no_skill(profile_of: ProfileOf) -> None:
    found = profile_of(BOARD, "posting")
    assert mentions(found, "system-administration") == []
    assert mentions(found, "devops") == ["DevOps practices"]  # the ask, not the role field
    assert mentions(found, "kubernetes") == ["Kubernetes"]


def test_a_boards_fields_ask_no_term_nor_skill(profile_of: ProfileOf) -> None:
    # the role's words and the industry's are the board's filing, no requirement
    asked = {req.id for req in profile_of(BOARD, "posting").requirements}
    assert asked == {"kubernetes", "devops"}


def test_a_role_line_outside_a_boards_fields_stays(profile_of: ProfileOf) -> None:
    text = "Platform Engineer\n\nRole:\nDevOps\n\nRequirements\n- 3+ years of Python\n"
    assert mentions(profile_of(text, "posting"), "devops") == ["DevOps"]


def test_an_equal_opportunity_statement_names_no_skill(profile_of: ProfileOf) -> None:
    text = (
        "Research Engineer\n\nRequirements\n- A degree in genetics or biology\n"
        "- 3+ years of Python\n\n"
        "We hire without regard to race, religion, disability, genetics or veteran status.\n"
    )
    assert mentions(profile_of(text, "posting"), "genetics") == ["genetics"]


APPLY = """Data Analyst

Requirements
- 3+ years of SQL
- Fluent English
- Send your application in English by 1 May
- Please attach your CV and an Excel sheet of your grades
"""


def test_how_to_apply_names_no_skill(profile_of: ProfileOf) -> None:
    found = profile_of(APPLY, "posting")
    assert mentions(found, "lang-english") == ["English"]
    assert mentions(found, "excel") == []


def test_a_skill_before_the_closing_words_stays(profile_of: ProfileOf) -> None:
    text = APPLY.replace("- Send", "- Strong Jira skills; send")
    assert mentions(profile_of(text, "posting"), "jira") == ["Jira"]


def test_a_language_among_the_benefits_is_offered_not_asked(profile_of: ProfileOf) -> None:
    text = (
        "Backend Engineer\n\nRequirements\n- 3+ years of Go\n- Fluent English\n\n"
        "What we offer\n- Free German lessons\n- Flexible hours\n"
    )
    found = profile_of(text, "posting")
    assert mentions(found, "lang-german") == []
    assert mentions(found, "lang-english") == ["English"]


def test_a_duty_under_a_boards_label_still_asks(profile_of: ProfileOf) -> None:
    text = (
        "Data Engineer\n\nJob type:\nFull-time\nIndustry:\n"
        "- Build data pipelines in Spark and Airflow\n\nRequirements\n- 3+ years of Python\n"
    )
    asked = {req.id for req in profile_of(text, "posting").requirements}
    assert {"apache-spark", "airflow", "python"} <= asked
