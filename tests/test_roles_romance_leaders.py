"""`mlcareer roles`: a leader's title in Spanish, French, Italian or Portuguese ("Jefe de
Ciencia de Datos", "Directeur de la science des données") names the field it leads at half
weight, as "Head of Data Science" does; English titles with "Director" read as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.api import Options, rank_roles


@pytest.fixture
def led_roles(
    options: Options, write: Callable[[str, str], Path]
) -> Callable[[str], dict[str, list[str]]]:
    def _led(title: str) -> dict[str, list[str]]:
        text = f"Ana Ruiz\n\nExperience\n{title}, Someco, 2018 - present\n- Python and SQL.\n"
        ranking = rank_roles(write("resume.txt", text), options)
        return {fit.id: fit.titles for fit in ranking.roles if fit.titles}

    return _led


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Jefe de Ciencia de Datos", "data-scientist"),
        ("Directora de Inteligencia Artificial", "ai-engineer"),
        ("Director de Ciencia de Datos", "data-scientist"),
        ("Directeur de la science des données", "data-scientist"),
        ("Responsable Machine Learning", "ml-engineer"),
        ("Diretora de Ciência de Dados", "data-scientist"),
    ],
)
def test_a_romance_leaders_title_names_the_field_it_leads(
    led_roles: Callable[[str], dict[str, list[str]]], title: str, role: str
) -> None:
    titles = led_roles(title)
    assert list(titles) == [role]
    assert titles[role][0].endswith("[leads the field: half weight]")


@pytest.mark.parametrize(
    "title", ["Jefe de Ventas", "Director de Operaciones", "Art Director", "Directeur technique"]
)
def test_other_leaders_titles_name_no_role(
    led_roles: Callable[[str], dict[str, list[str]]], title: str
) -> None:
    assert led_roles(title) == {}


@pytest.mark.parametrize(
    ("title", "role"),
    [("Director of Machine Learning", "ml-engineer"), ("Senior Director of AI", "ai-engineer")],
)
def test_english_director_titles_read_as_before(
    led_roles: Callable[[str], dict[str, list[str]]], title: str, role: str
) -> None:
    assert list(led_roles(title)) == [role]
