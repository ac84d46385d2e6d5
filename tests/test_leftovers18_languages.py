"""A spoken language's grade written around its name in ways read as a term before: a code
bound by "minimum" before "in English", a bound code after a comma, the Czech "na úrovni B2"
after "Angličtina", the Portuguese and Spanish "técnico" and a Turkish grade in capitals; and
the Turkish "tercih sebebidir" (is a reason to prefer) closing a line, which makes a wish."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, assert_graded_without_terms, listed


@pytest.mark.parametrize(
    ("item", "language", "grade"),
    [
        ("Minimum C1 in English", "lang-english", "C1"),
        ("At least B2 in German", "lang-german", "B2"),
        ("C1 in English required", "lang-english", "C1"),
        ("English, min. B2", "lang-english", "B2"),
        ("English, minimum B2", "lang-english", "B2"),
        ("German, at least C1", "lang-german", "C1"),
        ("Angličtina na úrovni B2", "lang-english", "B2"),
        ("Angličtina na úrovni C1", "lang-english", "C1"),
        ("Němčina na úrovni B1", "lang-german", "B1"),
        ("Inglês técnico", "lang-english", "B1"),
        ("Inglés técnico", "lang-english", "B1"),
        ("AKICI İngilizce", "lang-english", "C1"),
        ("Akıcı İngilizce", "lang-english", "C1"),
    ],
)
def test_leftovers18_a_grade_around_the_name_grades_it_and_names_no_term(
    profile_of: ProfileOf, item: str, language: str, grade: str
) -> None:
    assert_graded_without_terms(profile_of, item, language, grade)


@pytest.mark.parametrize(
    "item",
    [
        "C1 visa holders in London",
        "Minimum B2B sales experience in Germany",
        "Inglês",
        "English, Python",
    ],
)
def test_leftovers18_no_grade_where_none_is_written(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed(item, "Python"))
    assert "python" in found
    assert all(req.grade is None for req in found.values()), {
        key: req.grade for key, req in found.items()
    }


def test_leftovers18_technical_support_in_portuguese_grades_no_language(
    profile_of: ProfileOf,
) -> None:
    found = asked(profile_of, listed("Suporte técnico em inglês e espanhol", "Python"))
    assert all(req.grade is None for key, req in found.items() if key.startswith("lang-"))


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Docker bilgisi tercih sebebidir", "docker"),
        ("Kafka deneyimi tercih sebebidir.", "kafka"),
        ("Kubernetes bilgisi tercih nedenidir", "kubernetes"),
    ],
)
def test_leftovers18_a_turkish_reason_to_prefer_closing_the_line_is_a_wish(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    found = asked(profile_of, listed("Python ile en az 3 yıl deneyim", item))
    assert found[skill].importance == "preferred"
    assert found["python"].importance == "required"


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("Docker bilgisi", "docker"),
        ("Kafka deneyimi zorunludur", "kafka"),
    ],
)
def test_leftovers18_a_turkish_line_without_a_preference_stays_required(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    found = asked(profile_of, listed("Python ile en az 3 yıl deneyim", item))
    assert found[skill].importance == "required"
