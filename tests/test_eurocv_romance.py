"""CVs written wholly in Italian and Spanish: a "Laurea (vecchio ordinamento)", the old
system's four- or five-year degree, is a master's; a Spanish "Especialización en ...", a
postgraduate specialisation, shows a first degree held. Texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _degrees(profile_of: ProfileOf, heading: str, line: str) -> list[str]:
    cv = f"Giovanni Bianchi\n\n{heading}\n2010 – 2015  {line}\n"
    return [degree.level for degree in profile_of(cv, "resume").education.degrees]


@pytest.mark.parametrize(
    "line",
    [
        "Laurea in Ingegneria Informatica (vecchio ordinamento), Politecnico di Torino",
        "Laurea in Fisica (V.O.), Università di Pisa",
        "Laurea quinquennale in Matematica, Università di Padova",
        "Laurea vecchio ordinamento in Statistica, Università di Bologna",
    ],
)
def test_an_old_system_laurea_is_a_masters(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, "Istruzione", line) == ["master"]


@pytest.mark.parametrize(
    "line",
    [
        "Laurea in Informatica, Università di Pisa",
        "Laurea triennale in Matematica (nuovo ordinamento), Università di Bologna",
    ],
)
def test_a_new_system_laurea_stays_a_bachelors(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, "Istruzione", line) == ["bachelor"]


@pytest.mark.parametrize(
    "line",
    [
        "Especialización en Inteligencia Artificial, Universidad de Sevilla",
        "Especializacion en Analítica de Datos – Universidad de los Andes",
    ],
)
def test_a_spanish_specialisation_shows_a_degree(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, "Formación", line) == ["bachelor"]


@pytest.mark.parametrize(
    "line",
    [
        "Ingeniero con especialización en visión por computador, Acme",  # a job's focus
        "Especialización: NLP y visión",  # no "en": a focus listed
    ],
)
def test_a_specialisations_focus_is_no_degree(profile_of: ProfileOf, line: str) -> None:
    assert _degrees(profile_of, "Experiencia", line) == []
