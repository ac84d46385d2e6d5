"""Postings3: what a Canadian posting in French or English asks that is no thing to know or
have done: bilingualism when the languages are named, the federal Second Language Evaluation
and its level ("BBB"), the right to work in Canada said in French, and "Minimum de" before
the years asked. Each text is written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _terms(profile: Profile) -> set[str]:
    return {r.jd_text for r in profile.requirements if not r.known}


def _posting(*items: str) -> str:
    return "Scientifique de données\n\nExigences\n- Maîtrise de Python\n" + "".join(
        f"- {item}\n" for item in items
    )


def test_minimum_de_before_the_years_is_no_term(profile_of: ProfileOf) -> None:
    profile = profile_of(
        _posting("Minimum de 5 ans d'expérience en science des données"), doc_type="posting"
    )
    assert not any(term.startswith("Minimum") for term in _terms(profile))
    assert profile.posting is not None
    assert profile.posting.years_required == 5


@pytest.mark.parametrize(
    "item",
    [
        "Bilinguisme (français et anglais) essentiel, à l'oral et à l'écrit",
        "Bilingualism (French and English) essential, spoken and written",
        "Bilingue (anglais/français) obligatoire",
    ],
)
def test_bilingualism_with_its_languages_is_no_term(item: str, profile_of: ProfileOf) -> None:
    profile = profile_of(_posting(item), doc_type="posting")
    assert not {t for t in _terms(profile) if t.lower().startswith("biling")}
    asked = {r.id: r.importance for r in profile.requirements}
    assert asked["lang-french"] == "required"
    assert asked["lang-english"] == "required"


@pytest.mark.parametrize(
    "item",
    [
        "Bilingual (English/French) required; level BBB or higher in the federal Second"
        " Language Evaluation",
        "Bilingue (anglais/français) obligatoire; niveau BBB ou supérieur à l'Évaluation de"
        " langue seconde",
    ],
)
def test_second_language_evaluation_and_its_level_are_no_terms(
    item: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(_posting(item), doc_type="posting")
    assert _terms(profile) == set()
    assert {"lang-french", "lang-english"} <= {r.id for r in profile.requirements}


def test_right_to_work_in_canada_in_french_is_no_term(profile_of: ProfileOf) -> None:
    profile = profile_of(_posting("Être admissible à travailler au Canada"), doc_type="posting")
    assert "Canada" not in _terms(profile)


@pytest.mark.parametrize(
    ("item", "term"),
    [
        ("Experience rating BBB corporate bonds with Moody's models", "BBB"),
        ("Connaissance du droit du travail au Canada et de Workday", "Workday"),
        ("Minimum Viable Product delivery with Figma", "Figma"),
    ],
)
def test_lookalikes_of_canadian_paperwork_stay_terms(
    item: str, term: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(_posting(item), doc_type="posting")
    found = _terms(profile) | {r.jd_text for r in profile.requirements}
    assert any(term in text for text in found)
