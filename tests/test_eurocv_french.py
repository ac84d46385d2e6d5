"""A CV written wholly in French: a "BUT" (Bachelor Universitaire de Technologie, three years
at an IUT) is a bachelor's, and a licence's first or second year ("Licence informatique
(L2)", "1re année") holds no licence yet. Texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _degrees(profile_of: ProfileOf, line: str) -> list[str]:
    cv = f"Camille Dubois\n\nFormation\n2017 – 2020  {line}\n"
    return [degree.level for degree in profile_of(cv, "resume").education.degrees]


@pytest.mark.parametrize(
    "line",
    [
        "BUT Informatique, IUT de Nantes",
        "BUT Science des données, IUT de Lille",
        "BUT GEII – IUT de Cachan",
        "BUT SD (Bac+3), IUT de Vannes",
        "Bachelor Universitaire de Technologie (BUT) Informatique, IUT de Nantes",
    ],
)
def test_a_but_is_a_bachelors(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, line) == ["bachelor"]


@pytest.mark.parametrize(
    "line",
    [
        "BUT we also shipped the model to production, University of Leeds",
        "Built a cache, BUT Informatica rejected it",
    ],
)
def test_an_english_but_is_no_degree(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Licence informatique (L2), Université de Nantes",
        "Licence informatique – L1, Université de Nantes",
        "Licence de mathématiques, 2e année, Université de Nantes",
        "Licence en informatique, première année, Université de Nantes",
    ],
)
def test_a_licences_first_years_hold_no_licence(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Licence en informatique (L1 à L3), Université de Nantes",
        "Licence informatique (L3), Université de Nantes",
        "Licence en informatique, projet sur le cache L1, Université de Nantes",
        "L3 Informatique, Université de Nantes",
    ],
)
def test_a_whole_licence_stays_a_bachelors(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, line) == ["bachelor"]


def test_an_l1_cache_is_no_degree(profile_of: ProfileOf) -> None:
    assert _degrees(profile_of, "Tuned the L1 cache, University of Leeds") == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Master Informatique, parcours IA, Sorbonne Université", "computer science"),
        ("Master Mathématiques appliquées, Université Paris-Saclay", "mathematics"),
    ],
)
def test_a_french_master_before_its_field_is_read(
    profile_of: ProfileOf, line: str, field: str
) -> None:
    cv = f"Camille Dubois\n\nFormation\n2018 – 2020  {line}\n"
    [degree] = profile_of(cv, "resume").education.degrees
    assert (degree.level, degree.field) == ("master", field)


@pytest.mark.parametrize(
    "line",
    ["Scrum Master informatique, Acme SA", "Master Class Informatique, Acme SA"],
)
def test_a_master_not_opening_a_degree_is_none(profile_of: ProfileOf, line: str) -> None:
    cv = f"Camille Dubois\n\nExpérience\n2018 – 2020  {line}\n"
    assert profile_of(cv, "resume").education.degrees == []
