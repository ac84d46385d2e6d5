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


def test_a_capitalised_line_under_the_heading_is_no_tag_line(profile_of: ProfileOf) -> None:
    """Tags are lower-case; "Azure DevOps Kubernetes" is written as names are, and a name of
    two words stays one name."""
    profile = profile_of(TAGGED.format(tags="Azure DevOps Kubernetes"), doc_type="posting")
    assert "azure-devops" in _ids(profile)


@pytest.mark.parametrize(
    "sentence",
    [
        "we pick the right tool for spark jobs and go where it fits",
        "we use whatever fits the job best and never chase a snowflake stack",
    ],
)
def test_a_lower_case_sentence_under_the_heading_is_no_tag_line(
    profile_of: ProfileOf, sentence: str
) -> None:
    """Tags are names side by side; a sentence has words such as 'the' and 'for', and its
    words keep their guards."""
    profile = profile_of(TAGGED.format(tags=sentence), doc_type="posting")
    assert {"apache-spark", "go", "snowflake"}.isdisjoint(_ids(profile))


def test_no_name_runs_over_two_tags(profile_of: ProfileOf) -> None:
    profile = profile_of(TAGGED.format(tags="cloud azure devops automation"), doc_type="posting")
    assert "azure-devops" not in _ids(profile)
    assert {"azure", "devops"} <= _ids(profile)


@pytest.mark.parametrize(
    "line",
    [
        "Firmware programming ; you will also audit grade A B C suppliers .",
        "Embedded C programming ; bring documents marked A , B , C and D .",
        "Statistics in Python ; teams are ranked A / B / C by the committee .",
        "Statistical programming ; sites are grouped Q R S by region .",
    ],
)
def test_a_letter_in_a_series_of_letters_is_no_language(profile_of: ProfileOf, line: str) -> None:
    text = "Engineer\nRequirements\n" + line + "\n"
    found = _found(profile_of(text, doc_type="posting"))
    assert {"C", "R"}.isdisjoint(found)


def test_letters_that_are_languages_still_count_beside_each_other(profile_of: ProfileOf) -> None:
    text = "Engineer\nRequirements\nProgramming in C , R and Java .\n"
    assert {"C", "R"} <= _found(profile_of(text, doc_type="posting"))


@pytest.mark.parametrize(
    "line",
    [
        "You will work closely with Ruby from the analytics team on our Rails code .",
        "You report to Julia our head of scientific computing .",
        "For questions contact Ruby at the web team .",
    ],
)
def test_a_colleague_named_like_a_language_is_a_person(profile_of: ProfileOf, line: str) -> None:
    text = "Engineer\nRequirements\nExperience with Python\n" + line + "\n"
    assert {"ruby", "julia"}.isdisjoint(_ids(profile_of(text, doc_type="posting")))


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Work closely with Go and Rust engineers on our backend .", "go"),
        ("Work closely with R users in the research team .", "r"),
        ("Deploy models together with Julia services .", "julia"),
    ],
)
def test_a_language_before_its_engineers_is_no_person(
    profile_of: ProfileOf, line: str, language: str
) -> None:
    text = "Engineer\nRequirements\nExperience with Python\n" + line + "\n"
    assert language in _ids(profile_of(text, doc_type="posting"))


def test_a_language_after_with_is_still_asked(profile_of: ProfileOf) -> None:
    text = "Engineer\nRequirements\nExperience with Ruby and Rails\n"
    assert "ruby" in _ids(profile_of(text, doc_type="posting"))


@pytest.mark.parametrize(
    "line",
    [
        "Access to the office is possible from 7 am .",
        "Access to our office gym and a database of courses .",
    ],
)
def test_access_to_a_place_is_no_database(profile_of: ProfileOf, line: str) -> None:
    text = "Controller\nRequirements\nStrong Excel skills\n" + line + "\n"
    assert "ms-access" not in _ids(profile_of(text, doc_type="posting"))


def test_access_the_database_is_still_named(profile_of: ProfileOf) -> None:
    text = "Controller\nRequirements\nStrong Excel and Access skills\n"
    assert "ms-access" in _ids(profile_of(text, doc_type="posting"))


def test_unity_beside_csharp_or_gameplay_is_the_engine(profile_of: ProfileOf) -> None:
    text = "Programmer\nJob description\nYou will build gameplay systems in C# with Unity .\n"
    assert "unity" in _ids(profile_of(text, doc_type="posting"))


@pytest.mark.parametrize(
    "line",
    [
        "You will report to Maria Lopez , Head of AI .",
        "You will report to the Head of AI .",
        "Reporting directly to our VP of Machine Learning , you will own the roadmap .",
        "You will work closely with Tom Baker ( Director of Data Engineering ) .",
        "REPORTS TO: Manager Machine Learning",
        "Reporting to: Head of AI",
    ],
)
def test_the_title_of_whom_the_hire_reports_to_asks_for_nothing(
    profile_of: ProfileOf, line: str
) -> None:
    text = "Engineer\nRequirements\nExperience with Python\n" + line + "\n"
    ids = _ids(profile_of(text, doc_type="posting"))
    assert {"artificial-intelligence", "machine-learning", "data-engineering"}.isdisjoint(ids)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        (
            "You will work closely with data scientists on machine learning models .",
            "machine-learning",
        ),
        (
            "You will report to Maria Lopez , Head of AI , and build Kubernetes tooling .",
            "kubernetes",
        ),
    ],
)
def test_skills_beside_a_colleague_are_still_asked(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = "Engineer\nRequirements\nExperience with Python\n" + line + "\n"
    assert skill in _ids(profile_of(text, doc_type="posting"))
