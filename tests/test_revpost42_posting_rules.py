"""Review of the posting rules: a title written as a sentence or closed by "!", a "Role:"
line's tool, a seller's or recruiter's title, a company sentence that turns to the reader's
own work, and part of the years after "of which"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile, Requirement

ProfileOf = Callable[..., Profile]

_ASKS = "\n\nRequirements\n- 3+ years of backend development\n"


def _asked(profile_of: ProfileOf, posting: str) -> dict[str, Requirement]:
    return {r.name: r for r in profile_of(posting, doc_type="posting").requirements}


@pytest.mark.parametrize(
    ("title", "tool"),
    [
        ("Looking for a Senior Java Engineer to build our payments core!", "Java"),
        ("We are looking for a Python Developer to join us.", "Python"),
        ("Senior Java Engineer!", "Java"),
    ],
)
def test_a_title_as_a_call_asks_the_tool_of_the_job(
    profile_of: ProfileOf, title: str, tool: str
) -> None:
    asked = _asked(profile_of, title + _ASKS)
    assert asked[tool].importance == "required"
    assert asked[tool].section == "title"


def test_a_calls_title_is_the_job_it_seeks_not_the_rest_of_its_sentence(
    profile_of: ProfileOf,
) -> None:
    asked = _asked(profile_of, "We're hiring a Data Engineer with Spark and Kafka" + _ASKS)
    assert asked["Apache Spark"].section != "title"
    assert asked["Apache Kafka"].importance == "required"


def test_a_role_line_naming_its_tool_asks_it(profile_of: ProfileOf) -> None:
    posting = "Engineer\n\nRole: Python Engineer for the Data team" + _ASKS
    assert _asked(profile_of, posting)["Python"].importance == "required"


def test_a_role_lines_team_is_still_only_mentioned(profile_of: ProfileOf) -> None:
    posting = "Platform Engineer\n\nRole: Platform Engineer for the Kafka team" + _ASKS
    assert _asked(profile_of, posting)["Apache Kafka"].importance == "mentioned"


@pytest.mark.parametrize(
    ("title", "tool"),
    [
        ("Sales Engineer - Snowflake", "Snowflake"),
        ("Technical Recruiter (Java)", "Java"),
        ("Product Marketing Manager, Kubernetes", "Kubernetes"),
    ],
)
def test_a_sellers_or_recruiters_title_does_not_require_its_product(
    profile_of: ProfileOf, title: str, tool: str
) -> None:
    posting = title + "\n\nAbout the role\nYou will help customers adopt our data products." + _ASKS
    assert _asked(profile_of, posting)[tool].importance == "mentioned"


@pytest.mark.parametrize(
    ("title", "tool"),
    [
        ("Data Engineer – Spark (Remote)", "Apache Spark"),
        ("Salesforce Administrator", "Salesforce"),
    ],
)
def test_a_builders_title_still_requires_its_tool(
    profile_of: ProfileOf, title: str, tool: str
) -> None:
    assert _asked(profile_of, title + _ASKS)[tool].importance == "required"


@pytest.mark.parametrize(
    ("sentence", "tool"),
    [
        ("We build our platform in Python and you will too.", "Python"),
        ("Our team runs on Kafka, and you'll own those pipelines.", "Apache Kafka"),
    ],
)
def test_a_company_sentence_that_gives_the_reader_its_work_mentions_the_tool(
    profile_of: ProfileOf, sentence: str, tool: str
) -> None:
    asked = _asked(profile_of, "Backend Engineer\n\n" + sentence + _ASKS)
    assert asked[tool].importance == "mentioned"


@pytest.mark.parametrize(
    "sentence",
    ["We run on Kafka and you'll love our culture.", "We use Kafka; you will join a great team."],
)
def test_a_company_sentence_turning_to_the_reader_on_other_things_asks_nothing(
    profile_of: ProfileOf, sentence: str
) -> None:
    assert "Apache Kafka" not in _asked(profile_of, "Backend Engineer\n\n" + sentence + _ASKS)


@pytest.mark.parametrize(
    ("item", "tool", "years"),
    [
        ("4+ years of Python, of which 2+ in Django", "Django", 2.0),
        ("6 years of Java, of them at least 3 with Kafka", "Apache Kafka", 3.0),
    ],
)
def test_part_of_the_years_after_of_which(
    profile_of: ProfileOf, item: str, tool: str, years: float
) -> None:
    posting = f"Senior Data Engineer\n\nRequirements\n- {item}\n"
    assert _asked(profile_of, posting)[tool].years == years


@pytest.mark.parametrize(
    ("item", "tool", "years"),
    [
        ("Mindestens 5 Jahre Berufserfahrung, davon 2 mit Kafka", "Apache Kafka", 2.0),
        ("Minimaal 5 jaar werkervaring, waarvan 2 met Kafka", "Apache Kafka", 2.0),
    ],
)
def test_part_of_the_years_after_davon_and_waarvan(
    profile_of: ProfileOf, item: str, tool: str, years: float
) -> None:
    posting = f"Data Engineer\n\nRequirements\n- {item}\n"
    assert _asked(profile_of, posting)[tool].years == years


@pytest.mark.parametrize(
    ("item", "choice"),
    [
        ("AWS or GCP (we prefer GCP)", "AWS or GCP (we prefer GCP)"),
        ("Experience with Java or Kotlin, Kotlin preferred", "Java or Kotlin, Kotlin preferred"),
        ("Postgres or MySQL, ideally Postgres.", "Postgres or MySQL, ideally Postgres"),
        # a clause preferring something else is not the choice's
        ("Spark or Flink, SQL preferred", "Spark or Flink"),
    ],
)
def test_a_preference_in_words_or_after_a_comma_stays_in_the_choice(
    profile_of: ProfileOf, item: str, choice: str
) -> None:
    found = _asked(profile_of, f"Backend Developer\n\nRequirements\n- {item}\n")
    first, second = (req for req in found.values() if req.alternatives)
    assert first.choice == second.choice == choice
