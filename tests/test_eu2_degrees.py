"""The title "Ing." on a Spanish or Portuguese CV: an Ingeniero's or Engenheiro's title, which a
bachelor's gives (on a Czech or Slovak CV it stays the master's). Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _cv_degrees(profile_of: ProfileOf, text: str) -> list[str]:
    return [degree.level for degree in profile_of(text, "resume").education.degrees]


_MEXICAN_CV = (
    "{name}\nGuadalajara, Jalisco\n\nExperiencia\nDesarrollador Backend en Softtek, 2018 - 2023\n"
    "- Desarrollé servicios con Python y Django para clientes del sector bancario.\n\n"
    "Educación\n{degree}\n\nIdiomas\nEspañol (nativo), Inglés (avanzado)\n"
)


@pytest.mark.parametrize(
    ("name", "degree", "levels"),
    [
        ("Ing. Carlos Pérez", "Instituto Tecnológico de Monterrey, 2013 - 2017", ["bachelor"]),
        # the title before the name defers to the degree the education names (leftovers23)
        (
            "Ing. Carlos Pérez",
            "Ingeniero en Sistemas Computacionales, ITESM, 2013 - 2017",
            ["bachelor"],
        ),
        ("Carlos Pérez", "Ing. Ingeniería en Computación, UNAM, 2014 - 2018", ["bachelor"]),
        ("Carlos Pérez", "Ing. en Sistemas, UNAM, 2014 - 2018", ["bachelor"]),
    ],
)
def test_ing_on_a_spanish_cv_is_a_bachelors(
    profile_of: ProfileOf, name: str, degree: str, levels: list[str]
) -> None:
    text = _MEXICAN_CV.format(name=name, degree=degree)
    assert _cv_degrees(profile_of, text) == levels


def test_ing_on_a_portuguese_cv_is_a_bachelors(profile_of: ProfileOf) -> None:
    text = (
        "João Silva\n\nExperiência\nEngenheiro de Software na Nubank, 2018 - 2023\n"
        "- Desenvolvi serviços em Python para a área de crédito.\n\n"
        "Formação\nIng. Engenharia de Computação, USP, 2012 - 2017\n\n"
        "Idiomas\nPortuguês (nativo), Inglês (fluente)\n"
    )
    assert _cv_degrees(profile_of, text) == ["bachelor"]


@pytest.mark.parametrize(
    "text",
    [
        "Ing. Jana Nováková\n\nVzdělání\nČVUT v Praze, Informatika, 2012 - 2017\n\n"
        "Praxe\nData Engineer, Seznam, 2017 - 2022\n- Python a SQL\n",
        "Jana Nováková\n\nVzdělání\nIng. Informatika, ČVUT v Praze, 2012 - 2017\n\n"
        "Praxe\nData Engineer, Seznam, 2017 - 2022\n- Modely v Pythonu pre zákazníkov\n",
        "Ing. Peter Horváth\n\nSkúsenosti\nDátový analytik, Slovnaft, 2016 - 2022\n"
        "- Reporty v Power BI a SQL\n\nVzdelanie\nSTU Bratislava, Informatika, 2010 - 2015\n\n"
        "Jazyky\nslovenčina, angličtina\n",
        "Ing. Peter Horváth\npeter@seznam.com, www.horvath.com, Los Angeles, CA\n\n"
        "Experience\nData Analyst, Del Taco, 2016 - 2022\n"
        "- Reports in Power BI and SQL for the sales team\n\n"
        "Education\nSTU Bratislava, Computer Science, 2010 - 2015\n",
    ],
)
def test_ing_on_a_czech_or_slovak_cv_stays_a_masters(profile_of: ProfileOf, text: str) -> None:
    assert _cv_degrees(profile_of, text) == ["master"]
