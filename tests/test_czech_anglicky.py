"""The Czech and Slovak adverb "anglicky" (in English) names English: "Anglicky na
komunikativní úrovni" asks English at B1, "Mluvím anglicky plynule" shows it; the adverb
describes no noun after it. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


@pytest.mark.parametrize(
    ("item", "grade"),
    [("Anglicky na komunikativní úrovni", "B1"), ("Mluvit anglicky", None)],
)
def test_anglicky_asks_english(profile_of: ProfileOf, item: str, grade: str | None) -> None:
    text = f"Datový analytik\n\nPožadujeme\n- Znalost Python\n- {item}\n"
    asked = {req.name: req.grade for req in profile_of(text, "posting").requirements}
    assert asked.get("English", "missing") == grade
    assert all(not name.startswith("Anglicky") for name in asked)


def test_anglicky_in_a_czech_resume_shows_english(profile_of: ProfileOf) -> None:
    text = "Jan Novák\n\nJazyky\n- Anglicky na komunikativní úrovni\n"
    assert "English" in {skill.name for skill in profile_of(text, "resume").skills}


def test_an_english_line_with_initials_names_no_language(profile_of: ProfileOf) -> None:
    text = (
        "Sam Lee\n\nExperience\nData Analyst, Acme, 2019 - 2023\n"
        "- Paired with AJ on fluent dashboards\n"
    )
    assert "English" not in {skill.name for skill in profile_of(text, "resume").skills}
