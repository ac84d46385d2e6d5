"""Spark worked with in Dutch, German, Spanish, Portuguese or Catalan prose ("ervaring met
Spark", "Procesos con Spark"), as "Pipelines with Spark" reads in English; a person or a firm
worked with stays out. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _skill_ids(profile_of: ProfileOf, bullet: str) -> set[str]:
    text = f"Jan de Vries\n\nExperience\nData Engineer, Acme Labs, 2019 - 2024\n- {bullet}\n"
    return {skill.id for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    "bullet",
    [
        "Veel ervaring met Spark",
        "Datapijplijnen gebouwd met Spark.",
        "Erfahrung mit Spark",
        "Procesos de datos con Spark",
        "Serviços de crédito com Spark",
        "Processos de logística amb Spark",
        # the lists leftovers20 joined in these languages still read
        "Veel ervaring met Python en Spark",
        "Vaig construir processos amb Python i Spark",
    ],
)
def test_spark_worked_with_in_another_language_is_the_engine(
    profile_of: ProfileOf, bullet: str
) -> None:
    assert "apache-spark" in _skill_ids(profile_of, bullet)


@pytest.mark.parametrize(
    "bullet",
    [
        "Samengewerkt met Julia",
        "Trabajé con Julia en el proyecto",
        "Reuniones semanales con Julia",
        "Zusammengearbeitet mit Julia",
    ],
)
def test_a_person_worked_with_in_another_language_is_no_language(
    profile_of: ProfileOf, bullet: str
) -> None:
    assert "julia" not in _skill_ids(profile_of, bullet)


@pytest.mark.parametrize(
    "bullet",
    [
        "Veel ervaring met Spark Networks",
        "Advertenties verkocht met Spark Networks en Match Group",
        "En route to Spark Networks for a meeting",
    ],
)
def test_a_firm_worked_with_in_another_language_is_no_spark(
    profile_of: ProfileOf, bullet: str
) -> None:
    assert "apache-spark" not in _skill_ids(profile_of, bullet)
