"""A negation before a list denies every item of the list, and nothing after it."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.extract.skills import NegationIndex
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _denied(profile: Profile) -> dict[str, bool]:
    """Skill id -> whether every mention of it is negated."""
    return {hit.id: all(m.negated for m in hit.mentions) for hit in profile.skills}


def _read(profile_of: ProfileOf, bullet: str) -> dict[str, bool]:
    return _denied(profile_of(f"Experience\n- {bullet}\n", doc_type="resume"))


@pytest.mark.parametrize(
    ("bullet", "ids"),
    [
        (
            "Built the service without SDLC, API or CI tooling.",
            {"software-development-lifecycle", "api-design"},
        ),
        ("Avoided any Java, Scala or C++ work.", {"java", "scala", "cpp"}),
        ("Steered clear of any clinical, patient care or nursing role.", {"patient-care"}),
        ("Never used Java, Scala, or Go in production.", {"java", "scala", "go"}),
        ("No Java, Scala and Go; Python only.", {"java", "scala", "go"}),
        (
            "Stayed away from Docker, Kubernetes and Terraform.",
            {"docker", "kubernetes", "terraform"},
        ),
        ("Avoided any Java or Scala work", {"java", "scala"}),
    ],
)
def test_every_item_of_a_negated_list_is_denied(
    profile_of: ProfileOf, bullet: str, ids: set[str]
) -> None:
    denied = _read(profile_of, bullet)
    assert {skill for skill in ids if denied.get(skill) is not True} == set()


@pytest.mark.parametrize(
    ("bullet", "kept"),
    [
        # the clause after the list says what was done
        (
            "Wrote Python scripts without SDLC tooling, then shipped a REST API.",
            {"python", "rest-api"},
        ),
        (
            "Never missed a deadline, shipping Python, SQL and Spark jobs.",
            {"python", "sql", "apache-spark"},
        ),
        (
            "Migrated the cluster without downtime, using Kafka and Spark.",
            {"kafka", "apache-spark"},
        ),
        ("No Java, Scala or Go; Python and SQL instead.", {"python", "sql"}),
        # what was avoided is not the tool that avoided it
        (
            "Avoided any downtime by moving the jobs to Kubernetes and Airflow.",
            {"kubernetes", "airflow"},
        ),
        (
            "Stayed away from manual deploys by adopting Jenkins and Terraform.",
            {"jenkins", "terraform"},
        ),
        # "avoided" alone may be what a skill prevents: "avoided SQL injection"
        ("Avoided SQL injection bugs in the Java API.", {"sql", "java"}),
        ("Avoided any Java work, then built Scala and Go services.", {"scala", "go"}),
        # a verb in the past after the first comma opens a clause of its own
        ("Without any prior Java, learned Scala and Go in a month.", {"scala", "go"}),
        ("With no formal training, taught myself Python and SQL.", {"python", "sql"}),
        ("Never used Java, built Kotlin and Go services instead.", {"kotlin", "go"}),
        # a clause of its own after the negated phrase
        (
            "Led the team without formal authority, aligning product, design and data science.",
            {"data-science"},
        ),
        # no negation at all
        ("Built no-code tools, Python and SQL scripts for finance.", {"python", "sql"}),
        ("Used many tools, including but not limited to Python, SQL and Docker.", {"docker"}),
    ],
)
def test_what_stands_outside_the_negated_list_is_kept(
    profile_of: ProfileOf, bullet: str, kept: set[str]
) -> None:
    denied = _read(profile_of, bullet)
    assert {skill for skill in kept if denied.get(skill) is not False} == set()


def test_a_joiner_inside_a_word_makes_no_list() -> None:
    # "prior" holds "or": no list opens after "No"
    assert NegationIndex("No prior ML experience, but strong in Python.").lists == []


def test_a_long_run_of_negations_is_read_in_linear_time() -> None:
    # a list is a dozen items at most: each "not" read the whole run of commas after it
    started = time.process_time()
    text = "- " + "not x, " * 6000 + "or y\n"
    index = NegationIndex(text)
    assert time.process_time() - started < 0.5
    assert index.is_negated(text.index("y"), text.index("y") + 1)  # "not x, or y"
