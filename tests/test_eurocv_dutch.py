"""A CV written wholly in Dutch: the academic title before the writer's name ("ir.", "drs.",
"ing.") names a degree, and a degree named by its field with no "in" ("Master Technische
Informatica, TU Delft") is read. Texts written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_mentions

from .posting_helpers import ProfileOf
from .timing import fastest

_BODY = "Utrecht | jan@example.nl\n\nWerkervaring\nData Scientist, Winkel BV\n2020 - heden\n"


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("ir.", "master"),  # an engineer's master's of a university
        ("drs.", "master"),  # a doctorandus: a master's of the old system
        ("ing.", "bachelor"),  # an engineer of a university of applied sciences (HBO)
        ("prof. dr. ir.", "master"),  # the doctor's title left alone, as in English
        ("dr. ir.", "master"),
    ],
)
def test_a_dutch_title_before_the_name_is_a_degree(
    profile_of: ProfileOf, title: str, level: str
) -> None:
    education = profile_of(f"{title} Jan de Vries\n{_BODY}", "resume").education
    assert education.highest == level
    assert [degree.field for degree in education.degrees] == [None]


@pytest.mark.parametrize(
    "first_lines",
    [
        "Jan de Vries\nReferences: drs. P. Jansen, manager\n",  # not on the writer's name line
        "Jan de Vries\nHelped drs. and nurses with scheduling\n",
        "JAN DE VRIES\nDrs Smith and Jones, Clinic\n",  # doctors
        "Jan de Vries\nMktg. ing. Sales\n",  # the end of an English abbreviation
        "Jan de Vries\nir. spectroscopy notes\n",  # no name after it
    ],
)
def test_a_title_not_before_the_writers_name_is_none(
    profile_of: ProfileOf, first_lines: str
) -> None:
    education = profile_of(first_lines + _BODY, "resume").education
    assert education.degrees == []


def test_a_referees_title_below_the_head_is_none(profile_of: ProfileOf) -> None:
    cv = f"Jan de Vries\n{_BODY}\nReferenties\ndrs. P. Jansen, manager bij Winkel BV\n"
    assert profile_of(cv, "resume").education.degrees == []


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Master Technische Informatica, TU Delft", "master", "computer science"),
        ("Bachelor Informatica, Universiteit Utrecht", "bachelor", "computer science"),
        ("Master Econometrie – Erasmus Universiteit Rotterdam", "master", None),
        ("Bachelor Wiskunde, Universiteit Leiden", "bachelor", "mathematics"),
    ],
)
def test_a_dutch_degree_before_its_field_is_read(
    profile_of: ProfileOf, line: str, level: str, field: str | None
) -> None:
    cv = f"Jan de Vries\n\nOpleidingen\n{line}\n2016 - 2018\n"
    [degree] = profile_of(cv, "resume").education.degrees
    assert degree.level == level
    if field:
        assert degree.field == field


@pytest.mark.parametrize(
    "line",
    [
        "Scrum Master Informatica-team, Acme BV",  # a role
        "Werkte met Informatica PowerCenter als master data beheerder",
    ],
)
def test_a_master_before_no_field_is_no_degree(profile_of: ProfileOf, line: str) -> None:
    cv = f"Jan de Vries\n\nWerkervaring\n{line}\n2016 - 2018\n"
    assert profile_of(cv, "resume").education.degrees == []


def test_an_hbo_programme_is_a_bachelors(profile_of: ProfileOf) -> None:
    cv = "Jan de Vries\n\nOpleidingen\n2014 – 2018  HBO-ICT, Hogeschool van Amsterdam\n"
    assert [d.level for d in profile_of(cv, "resume").education.degrees] == ["bachelor"]


def _best_of_three(text: str) -> float:
    return fastest(lambda: degree_mentions(text))


@pytest.mark.parametrize(
    "piece",
    ["ir. ", "mgr ", "dr.\t", "licence en x, ", "laurea x ", "master informatique "],
)
def test_a_long_line_of_titles_or_degrees_stays_linear(piece: str) -> None:
    """Each title or degree looks a bounded stretch ahead: twice the line, about twice the
    time (a line of blanks or letters of the same length beside it)."""
    line = piece * (10_000 // len(piece))
    short, long = _best_of_three(line), _best_of_three(line * 2)
    assert long < 3 * short + 0.05
    assert _best_of_three("y" * len(line)) < 0.05
