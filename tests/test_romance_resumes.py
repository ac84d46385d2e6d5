"""Resumes written wholly in Spanish, Portuguese, Italian or French, on small texts written
here: the dates, degrees, fields, headings and words of CVs in those languages."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .conftest import one_range

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        # "a" (and the Italian "ad") joins two dates as "to" does
        ("da marzo 2020 a oggi", (2020, 3), (2026, 11), True),
        ("dal 2019 ad oggi", (2019, 1), (2026, 11), True),
        ("da settembre 2017 a febbraio 2020", (2017, 9), (2020, 2), False),
        ("jul. 2016 a dez. 2017", (2016, 7), (2017, 12), False),
        ("de 2015 a 2018", (2015, 1), (2018, 1), False),
        # "de" (or "del") between a month and its year
        ("março de 2020 - atualmente", (2020, 3), (2026, 11), True),
        ("julho de 2016 a dezembro de 2017", (2016, 7), (2017, 12), False),
        ("desde marzo de 2019", (2019, 3), (2026, 11), True),
        ("enero del 2018 - junio del 2019", (2018, 1), (2019, 6), False),
        # more words for a range still running
        ("2018 – em curso", (2018, 1), (2026, 11), True),
        ("2018 - en curso", (2018, 1), (2026, 11), True),
        ("mar. 2020 – o momento", (2020, 3), (2026, 11), True),
        ("jan. 2021 até o momento", (2021, 1), (2026, 11), True),
        ("marzo 2019 hasta la fecha", (2019, 3), (2026, 11), True),
        ("giugno 2021 - attualmente", (2021, 6), (2026, 11), True),
    ],
)
def test_romance_date_ranges(
    profile_of: ProfileOf,
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    profile = profile_of(f"Experiencia\nIngeniero de datos, Acme\n{written}\n", doc_type="resume")
    found = one_range(profile, start, end, ongoing)
    assert written.endswith(found)


@pytest.mark.parametrize(
    "line",
    [
        "- Led a team of 5 since 2019 a 2020 roadmap was set",
        "- Shipped 2019 a model that halved latency",
        "- Ran the 2020 a/b tests for the checkout flow",
    ],
)
def test_an_english_a_after_a_year_joins_no_range(profile_of: ProfileOf, line: str) -> None:
    text = f"Experience\nData Scientist, Acme, 2018 - 2021\n{line}\n"
    profile = profile_of(text, doc_type="resume")
    assert [found.text for found in profile.experience.ranges] == ["2018 - 2021"]


def _negated(profile: Profile, skill: str) -> list[bool]:
    [hit] = [hit for hit in profile.skills if hit.id == skill]
    return [mention.negated for mention in hit.mentions]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Implantei pipelines de dados no Airflow e na AWS.", "airflow"),
        ("- Implantei pipelines de dados no Airflow e na AWS.", "aws"),
        ("- Modelos de previsão implantados no Kubernetes", "kubernetes"),
        ("- Experiência no Docker e em Python", "docker"),
    ],
)
def test_the_portuguese_no_in_the_denies_nothing(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    """Portuguese writes "em o" (in the) as "no": "no Airflow" says where, not that it lacks."""
    profile = profile_of(f"Experiência Profissional\nCientista de Dados, Nubank\n{line}\n")
    assert _negated(profile, skill) == [False]


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Shipped the service with no Kubernetes, on plain VMs", "kubernetes"),
        ("- No Docker experience yet", "docker"),
    ],
)
def test_an_english_no_still_denies(profile_of: ProfileOf, line: str, skill: str) -> None:
    profile = profile_of(f"Experience\nEngineer, Acme\n{line}\n")
    assert _negated(profile, skill) == [True]


@pytest.mark.parametrize(
    "item",
    ["- Vivência no Spark", "- Experiencia en Spark", "- Experiência na Spark e Python"],
)
def test_a_romance_in_before_a_guarded_name_asks_for_it(profile_of: ProfileOf, item: str) -> None:
    profile = profile_of(
        f"Cientista de Dados\n\nRequisitos\n{item}\n- Python\n", doc_type="posting"
    )
    asked = {requirement.id: requirement.importance for requirement in profile.requirements}
    assert asked.get("apache-spark") == "required"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Mestrado em Ciência da Computação, Universidade de São Paulo", "computer science"),
        ("Licenciatura en Ciencias de la Computación, UBA", "computer science"),
        ("Bacharelado em Estatística, Unicamp", "statistics"),
        ("Licenciatura en Estadística, Universidad de Granada", "statistics"),
        ("Master en Statistiques, Université de Rennes", "statistics"),
        ("Máster Universitario en Inteligencia Artificial, UPM", "artificial intelligence"),
        ("Master 2 Intelligence Artificielle, Université Lyon 1", "artificial intelligence"),
        (
            "Laurea Magistrale in Intelligenza Artificiale, Università di Bologna",
            "artificial intelligence",
        ),
        ("Doctorat en apprentissage automatique, Inria", "artificial intelligence"),
        ("Máster en Ciencia de Datos, Universidad de Valencia", "data science"),
        ("Bacharelado em Ciência de Dados, UFPE", "data science"),
        ("Laurea in Economia, Università Bocconi", "economics"),
        ("Licence en économie, Université Paris 1", "economics"),
        # a school's acronym and its town after the comma are no field
        ("Diplôme d'ingénieur, INSA Lyon, 2016 - 2021", None),
        ("Diplôme d'ingénieur, ENSAE Paris", None),
    ],
)
def test_romance_fields_of_study(line: str, field: str | None) -> None:
    from mlcareer.extract.education import field_of

    assert field_of(line) == field


@pytest.mark.parametrize(
    ("line", "cefr"),
    [
        # LinkedIn's five grades as its Spanish, Portuguese, French and Italian pages write them
        ("Inglés: competencia profesional completa", "C1"),
        ("Inglés: competencia básica profesional", "B2"),
        ("Inglés: competencia básica limitada", "B1"),
        ("Inglés: competencia elemental", "A2"),
        ("Inglês: proficiência profissional completa", "C1"),
        ("Inglês: proficiência profissional limitada", "B1"),
        ("Anglais : capacité professionnelle complète", "C1"),
        ("Anglais : capacité professionnelle limitée", "B1"),
        ("Inglese: conoscenza professionale completa", "C1"),
        ("Inglese: conoscenza professionale limitata", "B1"),
        ("Inglese: conoscenza professionale", "B2"),
        # the words of Italian, Spanish and Portuguese CVs between the ends of the scale
        ("Inglese: discreto", "B1"),
        ("Inglese: sufficiente", "B1"),
        ("Inglese: elementare", "A2"),
        ("Inglese: base", "A2"),
        ("Inglés: intermedio avanzado", "B2"),
        ("Inglés: intermedio alto", "B2"),
        ("Inglês: intermediário avançado", "B2"),
        ("Inglês instrumental", "A2"),
    ],
)
def test_romance_grades_of_a_spoken_language(line: str, cefr: str) -> None:
    from mlcareer.extract.language_grades import grade_beside

    name = re.match(r"\w+", line)
    assert name is not None
    found = grade_beside(line, name.span())
    assert found is not None
    assert found.cefr == cefr


@pytest.mark.parametrize(
    ("title", "employer", "dates"),
    [
        ("Cientista de Dados", "Itaú Unibanco", "jan. 2018 - fev. 2020"),
        ("Desenvolvedor Python", "Stone Pagamentos", "mar. 2016 - dez. 2017"),
        ("Pesquisadora em Visão Computacional", "Unicamp", "2015 - 2016"),
        ("Développeur Python", "Doctolib", "janv. 2018 - déc. 2019"),
        ("Chercheuse en IA", "Inria Saclay", "2017 - 2019"),
        ("Sviluppatore Software", "Engineering Ingegneria Informatica", "2016 - 2018"),
        ("Ricercatore", "Fondazione Bruno Kessler", "2014 - 2017"),
        ("Investigador predoctoral", "Barcelona Supercomputing Center", "2015 - 2019"),
        ("Gerente de Produto de Dados", "Mercado Livre", "2020 - 2022"),
    ],
)
def test_a_romance_title_above_its_employer_titles_the_job(
    profile_of: ProfileOf, title: str, employer: str, dates: str
) -> None:
    """Title, employer, then dates, each on a line: the title is the line that names a trade
    ("Cientista", "Développeur", "Ricercatore"), not the employer's name above the dates."""
    first = "Engenheira de Dados\nNubank\n2022 - atual"
    text = f"Experiência\n\n{first}\n\n{title}\n{employer}\n{dates}\n"
    profile = profile_of(text, doc_type="resume")
    assert [job.title for job in profile.experience.jobs] == ["Engenheira de Dados", title]


@pytest.mark.parametrize(
    ("phrase", "skill"),
    [
        ("aprendizagem de máquina", "machine-learning"),
        ("redes neurais", "neural-networks"),
        ("redes neuronales", "neural-networks"),
        ("réseaux de neurones", "neural-networks"),
        ("reti neurali", "neural-networks"),
        ("estatística", "statistics"),
        ("estadística", "statistics"),
        ("statistiques", "statistics"),
        ("séries temporais", "time-series-analysis"),
        ("series temporales", "time-series-analysis"),
        ("séries temporelles", "time-series-analysis"),
        ("serie temporali", "time-series-analysis"),
        ("banco de dados", "databases"),
        ("bases de datos", "databases"),
        ("bases de données", "databases"),
        ("computação em nuvem", "cloud-computing"),
        ("computación en la nube", "cloud-computing"),
        ("grandes modelos de lenguaje", "large-language-models"),
        ("trabalho em equipe", "teamwork"),
        ("trabajo en equipo", "teamwork"),
        ("travail en équipe", "teamwork"),
        ("lavoro di squadra", "teamwork"),
    ],
)
def test_skills_named_in_romance_languages(profile_of: ProfileOf, phrase: str, skill: str) -> None:
    profile = profile_of(f"Competências\nPython, {phrase}, SQL\n", doc_type="resume")
    [hit] = [hit for hit in profile.skills if hit.id == skill]
    assert [mention.text for mention in hit.mentions] == [phrase]


def test_the_european_portuguese_doutoramento_is_a_phd(profile_of: ProfileOf) -> None:
    text = "Formação\nDoutoramento em Informática, Universidade do Minho, 2015 - 2019\n"
    profile = profile_of(text, doc_type="resume")
    assert profile.education.highest == "phd"


def test_a_long_line_of_portuguese_no_is_read_in_linear_time() -> None:
    """Each line's language is read once, not again for each "no" on it."""
    from mlcareer.extract.skills import NegationIndex

    def seconds(count: int) -> float:
        text = "- " + "no x em y, " * count + "\n"
        started = time.process_time()
        NegationIndex(text)
        return time.process_time() - started

    seconds(500)  # warm up
    # the best of three runs each, so that a busy machine's pause is no failure
    assert min(seconds(8000) for _ in range(3)) < 8 * min(seconds(2000) for _ in range(3)) + 0.05
