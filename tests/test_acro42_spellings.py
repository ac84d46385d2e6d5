"""Names written in another case than the taxonomy's ("Asp.NET", "next-generation sequencing"),
words that share an acronym's letters ("slam poetry", "know your customer"), and the KYC and
genomics names of finance and biology postings. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.nlp import case_variants
from mlcareer.models import Profile
from tests.posting_helpers import skill_ids_in_posting_line as in_posting
from tests.resume_helpers import skill_ids_in_resume_line as in_resume

ProfileOf = Callable[..., Profile]


def test_a_capital_before_a_dot_has_a_small_variant() -> None:
    assert "ASp.NET" in case_variants("ASP.NET")
    assert case_variants("Python") == ["Python"]


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Built web apps with Asp.NET and C#.", "aspnet"),
        ("Built web apps with Asp.Net MVC.", "aspnet"),
        ("Analysed next-generation sequencing data.", "next-generation-sequencing"),
        ("Next-Generation Sequencing pipelines on a cluster.", "next-generation-sequencing"),
        ("High-throughput sequencing quality control.", "next-generation-sequencing"),
        ("Built lidar SLAM for warehouse robots.", "slam"),
        ("Visual SLAM with ORB features for drones.", "slam"),
        ("Built KYC screening models for onboarding.", "kyc"),
        ("Know Your Customer checks for account onboarding.", "kyc"),
    ],
)
def test_the_name_is_found(profile_of: ProfileOf, line: str, present: str) -> None:
    assert present in in_resume(profile_of, line)
    assert present in in_posting(profile_of, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Hosted slam poetry nights for the office.", "slam"),
        ("Won the club's Grand Slam tennis draw.", "slam"),
        ("Get to know your customer and their needs.", "kyc"),
    ],
)
def test_the_word_is_no_skill(profile_of: ProfileOf, line: str, absent: str) -> None:
    assert absent not in in_resume(profile_of, line)
    assert absent not in in_posting(profile_of, line)


def test_lower_case_names_still_count_in_a_skills_list(profile_of: ProfileOf) -> None:
    resume = "Jane Doe\n\nSkills\nros, slam, gazebo, python\n"
    assert "slam" in {hit.id for hit in profile_of(resume, doc_type="resume").skills}
