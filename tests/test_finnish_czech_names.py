"""Product names inflected on Finnish and Czech lines: "Pythonilla", "Dockerista",
"Kubernetesin", "v Pythonu", "s Kubernetesem". The stem before a case ending is looked up
among the taxonomy's one-word names; English lines and short names ("Rin", "Gon") are left
as they are. Texts are small and written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.case_endings import stems

from .posting_helpers import ProfileOf, asked


def _posting(line: str) -> str:
    return f"Data Engineer\n\nEdellytämme\n- {line}\n- SQL\n"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Kokemusta Pythonilla ohjelmoinnista", "python"),
        ("Kokemusta Dockerista", "docker"),
        ("Kubernetesin tuntemus", "kubernetes"),
        ("Hyvä Sparkilla työskentely", "apache-spark"),
        ("Vähintään 2 vuoden kokemus Javasta", "java"),
        ("Kokemusta Kafkaan perustuvista ratkaisuista", "kafka"),
        ("Putkien ylläpito Airflow'lla ja Dockerilla", "airflow"),
        ("Znalost Pythonu", "python"),
        ("Zkušenost s Dockerem", "docker"),
        ("Zkušenost s Kubernetesem", "kubernetes"),
        ("Zkušenost se Sparkem", "apache-spark"),
        ("Znalost Javy", "java"),
        ("Spark-osaaminen", "apache-spark"),
        ("Zkušenost s Gitem", "git"),
        ("Gitin ja CI/CD:n tuntemus", "git"),
        ("Hyvä Spark-osaaminen", "apache-spark"),
    ],
)
def test_an_inflected_name_is_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = asked(profile_of, _posting(line))
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], found


def test_a_czech_line_without_a_marker_in_a_czech_document(profile_of: ProfileOf) -> None:
    text = (
        "Datový inženýr\n\nPožadujeme\n- Dobrá znalost SQL\n- Práce v Pythonu\n"
        "- Zkušenost s nástroji\n"
    )
    found = asked(profile_of, text)
    assert "python" in found
    assert "term:pythonu" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Hyvä Rin tuntemus",  # R's genitive would be "R:n": "Rin" is no stem of R
        "Kokemusta Gon kanssa",
        "Znalost Javu a Gou",
        "Hyvä GITin tuntemus",  # a short name in its own case only
    ],
)
def test_short_stems_name_nothing(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, _posting(line))
    assert not {"r", "go", "git"} & found.keys()


def test_an_english_line_reads_no_ending(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Procedural textures with Perlin noise\n- SQL\n"
    assert "perl" not in asked(profile_of, text)


def test_a_finnish_cv_reads_its_inflected_names(profile_of: ProfileOf) -> None:
    cv = (
        "Maija Virtanen\n\nTyökokemus\nData Scientist, Kauppa Oyj\n01/2020 – nykyhetki\n"
        "- Kysynnän ennustemallit Pythonilla\n- Mallien julkaisu Dockerilla\n\n"
        "Koulutus\nDiplomi-insinööri, Aalto-yliopisto, 2017\n"
    )
    found = {skill.id for skill in profile_of(cv, "resume").skills}
    assert {"python", "docker"} <= found


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Pythonilla", "Python"),
        ("Pythonia", "Python"),
        ("Pythoniin", "Python"),
        ("Kubernetesin", "Kubernetes"),
        ("Javaan", "Java"),
        ("Javasta", "Java"),
        ("Airflow'lla", "Airflow"),
        ("Pythonu", "Python"),
        ("Dockerem", "Docker"),
        ("Javy", "Java"),
        ("Kafkou", "Kafka"),
    ],
)
def test_the_stems_of_a_word(word: str, stem: str) -> None:
    assert stem in stems(word)


def test_a_stem_is_never_the_word_itself() -> None:
    assert "Python" not in stems("Python")
