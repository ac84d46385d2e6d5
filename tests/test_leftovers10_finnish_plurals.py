"""A product's name in the Finnish plural: a name ending in a consonant takes "e" and the
plural's "i" before a local case ("Dockereissa", "Dockereilla": in, with Dockers), as "Docker"
takes "i" in the singular ("Dockerilla"). Texts are small and written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.case_endings import stems

from .posting_helpers import ProfileOf, asked


def _posting(line: str) -> str:
    return f"Data Engineer\n\nEdellytämme\n- {line}\n- SQL\n"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Kokemusta Dockereilla ajettavista palveluista", "docker"),
        ("Kokemusta eri Terraformeista ja pilvistä", "terraform"),
    ],
)
def test_a_plural_name_is_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = asked(profile_of, _posting(line))
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(("word", "stem"), [("Dockereissa", "Docker"), ("Dockereilla", "Docker")])
def test_the_stem_of_a_plural(word: str, stem: str) -> None:
    assert stem in stems(word, {"fi"})


@pytest.mark.parametrize(
    ("word", "languages", "stem"),
    [
        ("Kafkaeissa", {"fi"}, "Kafka"),  # a name ending in a vowel takes no "e" before "i"
        ("Dockereissa", {"cs"}, "Docker"),  # read on a Finnish line only, not a Czech one
    ],
)
def test_near_misses_of_the_plural(word: str, languages: set[str], stem: str) -> None:
    assert stem not in stems(word, languages)


def test_the_singular_and_a_hyphened_plural_still_read(profile_of: ProfileOf) -> None:
    line = "Kokemusta Dockerilla ja Kubernetes-klustereissa ajettavista palveluista"
    assert {"docker", "kubernetes"} <= asked(profile_of, _posting(line)).keys()
