"""Outside a posting's lists of asks, what the company says it does or values names no skill
of the job ("Our lab works on speech recognition", "We value curiosity"); the tools it says
it uses stay, and so does a sentence that turns to ask. A title's skill that the body names
again is counted where the body names it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def sections_of(found: Profile, skill: str) -> list[str | None]:
    """The sections of a skill's mentions, in order."""
    return [m.section for hit in found.skills if hit.id == skill for m in hit.mentions]


def posting(prose: str, asks: str) -> str:
    return f"Machine Learning Engineer\n\n{prose}\n\nRequirements\n{asks}\n- Strong Python\n"


@pytest.mark.parametrize(
    ("prose", "skill", "asked"),
    [
        # the team's or the lab's field
        ("Our team applies machine learning to grain logistics.", "machine-learning", "ML"),
        ("Our lab works on speech recognition for tractors.", "speech-recognition", "ASR"),
        (
            "Our mission is to make deep learning cheap for farmers.",
            "deep-learning",
            "deep learning",
        ),
        # the product's methods
        ("Our app uses computer vision to count trout in rivers.", "computer-vision", "OpenCV"),
        # the company's values
        ("We value collaboration and kindness.", "collaboration", "collaboration"),
        ("Our values: integrity, leadership and humour.", "leadership", "leadership"),
        ("At Pellow, we believe in curiosity above all.", "curiosity", "curiosity"),
        # after a short opening phrase
        (
            "Founded in 2012, Pellow builds speech recognition for vets.",
            "speech-recognition",
            "Kaldi",
        ),
        ("Today, we use deep learning for search.", "deep-learning", "PyTorch"),
        # any skill after the company's words for its field
        ("Pellow is a leader in cloud computing for schools.", "cloud-computing", "AWS"),
        (
            "The company focuses on observability for shops.",
            "monitoring-and-observability",
            "Grafana",
        ),
    ],
)
def test_what_the_company_does_or_values_names_no_skill(
    profile_of: ProfileOf, prose: str, skill: str, asked: str
) -> None:
    found = profile_of(posting(prose, f"- {asked}"), "posting")
    assert None not in sections_of(found, skill), prose
    assert sections_of(found, "python") == ["requirements"]


def test_a_self_description_in_unheaded_prose_names_no_market(profile_of: ProfileOf) -> None:
    found = profile_of(posting("Northwind is a fintech startup in Leeds.", "- Go"), "posting")
    assert sections_of(found, "fintech") == []


def test_the_tools_the_company_uses_stay(profile_of: ProfileOf) -> None:
    prose = "Our platform runs Go services on AWS and we value teamwork."
    found = profile_of(posting(prose, "- SQL"), "posting")
    assert sections_of(found, "go") == [None]
    assert sections_of(found, "aws") == [None]
    assert sections_of(found, "teamwork") == []


@pytest.mark.parametrize(
    ("prose", "skill"),
    [
        ("We are looking for an engineer strong in statistics.", "statistics"),
        ("Our team needs deep learning expertise.", "deep-learning"),
        ("We expect fluency in NLP.", "natural-language-processing"),
        (
            "Our team works on reinforcement learning, and you will own it.",
            "reinforcement-learning",
        ),
        ("We value people with strong communication.", "communication"),
    ],
)
def test_a_company_sentence_that_asks_keeps_the_skill(
    profile_of: ProfileOf, prose: str, skill: str
) -> None:
    found = profile_of(posting(prose, "- SQL"), "posting")
    assert sections_of(found, skill) == [None], prose


def test_the_company_talk_inside_a_list_of_duties_stays(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\n\nResponsibilities\n- We apply deep learning to crop images\n"
        "\nRequirements\n- Python\n"
    )
    assert sections_of(profile_of(text, "posting"), "deep-learning") == ["responsibilities"]


def test_a_skill_the_title_and_the_body_name_is_the_bodys(profile_of: ProfileOf) -> None:
    text = "Senior Data Engineer - Kafka Platform\n\nRequirements\n- Kafka\n- Java\n"
    found = profile_of(text, "posting")
    assert [m.line for hit in found.skills if hit.id == "kafka" for m in hit.mentions] == [4]
    assert [req.id for req in found.requirements if req.id == "kafka"] == ["kafka"]


def test_a_skill_only_the_title_names_keeps_its_mention(profile_of: ProfileOf) -> None:
    text = "Senior Data Engineer - Kafka Platform\n\nRequirements\n- Java\n- SQL\n"
    found = profile_of(text, "posting")
    assert [m.line for hit in found.skills if hit.id == "kafka" for m in hit.mentions] == [1]


@pytest.mark.parametrize(
    ("prose", "skill"),
    [
        # a pronoun or the role opens the sentence, not the company
        ("This is a remote role focused on machine learning for shops.", "machine-learning"),
        ("It is a good place for NLP.", "natural-language-processing"),
        # a skill's name in capitals is no firm: "Python is ..."
        ("Python is our main language, with some statistics in R.", "statistics"),
        # the tools a team works on are the job's
        ("We work on Kubernetes and Terraform every day.", "kubernetes"),
    ],
)
def test_a_sentence_of_no_company_keeps_the_skill(
    profile_of: ProfileOf, prose: str, skill: str
) -> None:
    found = profile_of(posting(prose, "- SQL"), "posting")
    assert sections_of(found, skill) == [None], prose
