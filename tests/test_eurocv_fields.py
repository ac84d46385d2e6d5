"""Degrees' fields on CVs written in Norwegian, Danish, Swedish, Dutch and Polish: the field
named in the country's word ("informatikk", "datavetenskap", "informatyka"), not the
school's name ("Universitetet i Oslo", "Københavns Universitet"). Texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _field(profile_of: ProfileOf, heading: str, line: str) -> str | None:
    cv = f"Kari Nordmann\n\n{heading}\n{line}\n"
    [degree] = profile_of(cv, "resume").education.degrees
    return degree.field


@pytest.mark.parametrize(
    ("heading", "line", "field"),
    [
        (
            "Utdanning",
            "Master i informatikk, Universitetet i Oslo, 2017 – 2019",
            "computer science",
        ),
        ("Utdanning", "Bachelor i matematikk, NTNU, 2014 – 2017", "mathematics"),
        ("Uddannelse", "Bachelor i matematik, Københavns Universitet, 2012 – 2015", "mathematics"),
        ("Uddannelse", "Kandidatgrad i datalogi, Aarhus Universitet, 2015", "computer science"),
        ("Utbildning", "Masterexamen i datavetenskap, KTH, 2018", "computer science"),
        ("Utbildning", "Civilingenjör i teknisk fysik, KTH, 2013 – 2018", "physics"),
        (
            "Wykształcenie",
            "Studia magisterskie, Politechnika Warszawska, informatyka",
            "computer science",
        ),
        ("Wykształcenie", "Licencjat, Uniwersytet Warszawski, matematyka, 2016", "mathematics"),
    ],
)
def test_a_nordic_or_polish_field_is_read(
    profile_of: ProfileOf, heading: str, line: str, field: str
) -> None:
    assert _field(profile_of, heading, line) == field


@pytest.mark.parametrize(
    ("heading", "line"),
    [
        ("Utdanning", "Master i samfunnsøkonomi, Universitetet i Bergen, 2019"),
        ("Opleidingen", "Bachelor Informatica, Universiteit Utrecht"),
        ("Wykształcenie", "Studia magisterskie, Uniwersytet Jagielloński, 2019"),
    ],
)
def test_a_schools_name_is_no_field(profile_of: ProfileOf, heading: str, line: str) -> None:
    field = _field(profile_of, heading, line)
    assert field is None or not any(
        word in field.lower() for word in ("universit", "uniwersytet", "politechnika")
    )


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("MSc in Physics, University of Oslo", "physics"),
        ("BSc Mathematics, University of Copenhagen", "mathematics"),
    ],
)
def test_an_english_line_keeps_its_field(profile_of: ProfileOf, line: str, field: str) -> None:
    assert _field(profile_of, "Education", line) == field
