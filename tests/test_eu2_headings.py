"""A Dutch CV's "Referenties" and a Catalan CV's headings ("Experiència laboral", "Formació",
"Idiomes", "Habilitats") open sections. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _sections(profile_of: ProfileOf, text: str) -> list[tuple[str, str]]:
    return [(section.name, section.heading) for section in profile_of(text, "resume").sections]


def test_dutch_referenties_closes_the_education(profile_of: ProfileOf) -> None:
    text = (
        "Jan de Vries\n\nWerkervaring\nData Engineer bij Bol.com, 2016 - 2022\n"
        "- Pipelines gebouwd met Python\n\nOpleiding\nHogeschool Utrecht, Informatica, "
        "2012 - 2016\n\nReferenties\nOp aanvraag beschikbaar.\n"
    )
    sections = _sections(profile_of, text)
    assert sections[-1] == ("interests", "Referenties")  # where English "References" goes
    assert ("education", "Opleiding") in sections


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Experiència laboral", "experience"),
        ("Experiència", "experience"),
        ("Formació", "education"),
        ("Formació acadèmica", "education"),
        ("Idiomes", "languages"),
        ("Habilitats", "skills"),
        ("Referències", "interests"),
    ],
)
def test_a_catalan_cv_heading_opens_its_section(
    profile_of: ProfileOf, heading: str, name: str
) -> None:
    text = (
        "Marta Puig\nBarcelona\n\nPerfil\nEnginyera de dades amb cinc anys d'experiència.\n\n"
        f"{heading}\nPython, SQL, anglès\n"
    )
    assert (name, heading) in _sections(profile_of, text)


@pytest.mark.parametrize(
    "line",
    [
        "Experiència amb Python i Spark",
        "Habilitats de comunicació",
        "Formació en Python per a analistes",
        "Referenties op aanvraag beschikbaar",
    ],
)
def test_a_catalan_or_dutch_sentence_is_no_heading(profile_of: ProfileOf, line: str) -> None:
    text = (
        "Marta Puig\n\nExperience\nData Engineer, Glovo, 2019 - 2024\n"
        f"- Pipelines in Python\n{line}\n- Dashboards in SQL\n"
    )
    assert [name for name, _ in _sections(profile_of, text)] == ["experience"]
