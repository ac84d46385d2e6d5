"""A posting titled in Spanish, French, Czech, Finnish or Vietnamese is technical work when
its title, in English words, says so ("Científico de Datos", "Datový analytik", "Kỹ sư Học
máy"), so a technical posting compares the resume's technical years; "Analista de Ventas" or
"Ingeniero Civil" stay other work. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _technical(profile_of: ProfileOf, title: str) -> bool:
    text = f"{title}\n\nRequisitos\n- 3 años de experiencia\n- Trabajo en equipo\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    return posting.technical


@pytest.mark.parametrize(
    "title",
    [
        "Científico de Datos",
        "Analista de Datos Senior",
        "Ingénieur en apprentissage automatique",
        "Datový analytik",
        "Datatieteilijä",
        "Kỹ sư Học máy",
        "Nhà khoa học dữ liệu",
    ],
)
def test_a_title_in_another_language_names_technical_work(
    profile_of: ProfileOf, title: str
) -> None:
    assert _technical(profile_of, title) is True


@pytest.mark.parametrize(
    "title", ["Analista de Ventas", "Ingeniero Civil", "Profesor de Ciencia de Datos"]
)
def test_other_titles_in_another_language_stay_other_work(
    profile_of: ProfileOf, title: str
) -> None:
    assert _technical(profile_of, title) is False
