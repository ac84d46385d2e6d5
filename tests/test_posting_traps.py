"""Postings in a job board's spaced style ("Experience with Docker ( K8s and Terraform ) ."):
a line of tags under "Technologies", common words that share a skill's name, and letters in
a series. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _found(profile: Profile) -> set[str]:
    return {m.text for hit in profile.skills for m in hit.mentions}


def _ids(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills}


TAGGED = (
    "Platform Engineer <ORGANIZATION>\n"
    "Job type:\nFull-time\n"
    "Technologies\n"
    "{tags}\n"
    "Job description\n"
    "We run a payments platform for small shops .\n"
)


@pytest.mark.parametrize(
    ("tags", "skill"),
    [
        ("amazon-web-services docker", "aws"),
        ("google-cloud-platform terraform", "gcp"),
        ("java continuous-integration", "ci-cd"),
        ("swift ios", "swift"),
        ("python airflow snowflake", "airflow"),
        ("python airflow snowflake", "snowflake"),
        ("java hibernate jenkins", "jenkins"),
        ("typescript node.js go", "go"),
        ("linux embedded c", "c"),
        ("reactjs ruby-on-rails", "ruby-on-rails"),
    ],
)
def test_a_tag_line_names_its_skills(profile_of: ProfileOf, tags: str, skill: str) -> None:
    assert skill in _ids(profile_of(TAGGED.format(tags=tags), doc_type="posting"))


def test_a_tag_mention_keeps_its_written_hyphens(profile_of: ProfileOf) -> None:
    text = TAGGED.format(tags="amazon-web-services docker")
    assert "amazon-web-services" in _found(profile_of(text, doc_type="posting"))


def test_lower_case_words_in_prose_still_need_their_guard(profile_of: ProfileOf) -> None:
    prose = "You go the extra mile and snowflake patterns delight you .\n"
    text = TAGGED.format(tags="docker") + prose
    assert {"go", "snowflake"}.isdisjoint(_ids(profile_of(text, doc_type="posting")))


def test_no_name_runs_over_two_tags(profile_of: ProfileOf) -> None:
    profile = profile_of(TAGGED.format(tags="cloud azure devops automation"), doc_type="posting")
    assert "azure-devops" not in _ids(profile)
    assert {"azure", "devops"} <= _ids(profile)
