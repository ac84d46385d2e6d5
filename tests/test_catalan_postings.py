"""A posting written in Catalan: its headings ("Requisits", "Es valorarà", "Funcions", "Qui som",
"Què oferim") open sections, "3 anys d'experiència" asks three years, and the Catalan names of
machine learning, deep learning and AI are read. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

_POSTING = (
    "Enginyer/a de Machine Learning\n\nQui som?\nSom una empresa de logística de Barcelona.\n\n"
    "Funcions\n- Entrenar models amb Python i PyTorch.\n\nRequisits\n"
    "- 3 anys d'experiència en aprenentatge automàtic.\n- Coneixements de SQL.\n\n"
    "Es valorarà\n- Experiència amb Kubernetes.\n\nQuè oferim?\n- Horari flexible i Docker.\n"
)


def _importance(profile_of: ProfileOf, text: str) -> dict[str, str]:
    return {req.name: req.importance for req in profile_of(text, "posting").requirements}


def test_catalan_posting_headings_open_their_sections(profile_of: ProfileOf) -> None:
    sections = [(s.name, s.heading) for s in profile_of(_POSTING, "posting").sections]
    assert sections == [
        ("company", "Qui som?"),
        ("responsibilities", "Funcions"),
        ("requirements", "Requisits"),
        ("preferred", "Es valorarà"),
        ("benefits", "Què oferim?"),
    ]


def test_catalan_wishes_are_preferred_and_benefits_ask_nothing(profile_of: ProfileOf) -> None:
    importance = _importance(profile_of, _POSTING)
    assert importance["SQL"] == "required"
    assert importance["Kubernetes"] == "preferred"
    assert "Docker" not in importance


def test_catalan_years_of_experience_are_asked(profile_of: ProfileOf) -> None:
    posting = profile_of(_POSTING, "posting").posting
    assert posting is not None
    assert posting.years_required == 3.0


@pytest.mark.parametrize(
    ("words", "skill"),
    [
        ("aprenentatge automàtic", "Machine learning"),
        ("aprenentatge profund", "Deep learning"),
        ("intel·ligència artificial", "Artificial intelligence"),
    ],
)
def test_catalan_names_of_ml_fields(profile_of: ProfileOf, words: str, skill: str) -> None:
    text = f"Requisits\n- Coneixements d'{words}.\n"
    assert skill in _importance(profile_of, text)


def test_spanish_requisitos_and_anos_still_read_the_same(profile_of: ProfileOf) -> None:
    text = "Requisitos\n- 4 años de experiencia con Python.\n\nSe valorará\n- Airflow.\n"
    importance = _importance(profile_of, text)
    assert importance == {"Python": "required", "Apache Airflow": "preferred"}
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.years_required == 4.0


def test_an_english_functions_heading_is_not_catalan(profile_of: ProfileOf) -> None:
    # "Funcions" is Catalan only; an English "Functions" line in prose opens nothing new
    text = "Requirements\n- Python.\n- Write pure functions and Spark jobs.\n"
    sections = [s.name for s in profile_of(text, "posting").sections]
    assert sections == ["requirements"]
