"""Product names inflected on Polish lines, as on Finnish and Czech ones: "znajomość
Pythona", "z Pythonem", "w Pythonie", "Dockera", "z Kubernetesem", "Sparka", "Javy". The stem
before a case ending is looked up among the taxonomy's one-word names; English lines and short
names stay as written. Texts are small and written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.case_endings import stems

from .posting_helpers import ProfileOf, asked


def _posting(line: str) -> str:
    return f"Inżynier danych\n\nWymagania\n- {line}\n- SQL\n"


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Bardzo dobra znajomość Pythona", "python"),
        ("Doświadczenie z Pythonem", "python"),
        ("Doświadczenie w pracy w Pythonie", "python"),
        ("Znajomość Dockera", "docker"),
        ("Doświadczenie z Kubernetesem", "kubernetes"),
        ("Znajomość Sparka", "apache-spark"),
        ("Doświadczenie ze Sparkiem", "apache-spark"),
        ("Znajomość Javy", "java"),
        ("Doświadczenie z Kafką", "kafka"),
        ("Znajomość Kafki", "kafka"),
        ("Wdrożenia w Dockerze oraz w chmurze", "docker"),
        ("Znajomość Gita", "git"),
    ],
)
def test_an_inflected_name_is_the_skill(profile_of: ProfileOf, line: str, skill: str) -> None:
    found = asked(profile_of, _posting(line))
    assert skill in found
    assert not [key for key in found if key.startswith("term:")], found


def test_a_polish_line_without_a_marker_in_a_polish_document(profile_of: ProfileOf) -> None:
    text = (
        "Inżynier danych\n\nWymagania\n- Znajomość SQL\n- Praca w Pythonie\n"
        "- Doświadczenie z chmurą\n"
    )
    found = asked(profile_of, text)
    assert "python" in found
    assert "term:pythonie" not in found


@pytest.mark.parametrize(
    "line",
    [
        "Znajomość Goa",  # "Go" is too short a stem
        "Znajomość GITa",  # a short name in its own case only
        "Doświadczenie z Rem",
    ],
)
def test_short_stems_name_nothing(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, _posting(line))
    assert not {"r", "go", "git"} & found.keys()


def test_an_english_line_reads_no_polish_ending(profile_of: ProfileOf) -> None:
    text = "Data Engineer\n\nRequirements\n- Support for Perla and Javie teams\n- SQL\n"
    assert not {"perl", "java"} & asked(profile_of, text).keys()


def test_a_polish_cv_reads_its_inflected_names(profile_of: ProfileOf) -> None:
    cv = (
        "Anna Kowalska\n\nDoświadczenie zawodowe\nData Scientist, Sklep sp. z o.o.\n"
        "01/2020 – obecnie\n- Modele prognoz w Pythonie oraz Sparku\n"
        "- Wdrożenia z Dockerem dla zespołu\n\nWykształcenie\nMagister, informatyka, 2017\n"
    )
    found = {skill.id for skill in profile_of(cv, "resume").skills}
    assert {"python", "apache-spark", "docker"} <= found


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Pythona", "Python"),
        ("Pythonem", "Python"),
        ("Pythonie", "Python"),
        ("Pythonowi", "Python"),
        ("Dockerze", "Docker"),
        ("Sparkiem", "Spark"),
        ("Sparku", "Spark"),
        ("Javą", "Java"),
        ("Javę", "Java"),
        ("Javie", "Java"),
        ("Kafki", "Kafka"),
        ("Scali", "Scala"),
    ],
)
def test_the_polish_stems_of_a_word(word: str, stem: str) -> None:
    assert stem in stems(word)


@pytest.mark.parametrize("end", ["obecnie", "Obecnie", "teraz", "nadal"])
def test_a_polish_range_to_today_is_ongoing(profile_of: ProfileOf, end: str) -> None:
    cv = f"Doświadczenie zawodowe\nData Scientist, Acme\n01/2020 – {end}\n- Python, SQL\n"
    [found] = profile_of(cv, doc_type="resume").experience.ranges
    assert found.ongoing
