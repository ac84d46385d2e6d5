"""Finnish degrees written as their abbreviations: "DI" (diplomi-insinööri), "FM"
(filosofian maisteri) and "KTM" (kauppatieteiden maisteri) are masters, "FT" (filosofian
tohtori) a doctorate, when a degree's context is beside them: a field or a school after
them, "-tutkinto", or another such abbreviation. Alone they are a radio band, full time,
dependency injection. Texts are small and written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line

from .posting_helpers import ProfileOf, posting_info


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("FM, tietojenkäsittelytiede, Helsingin yliopisto, 2017", "master"),
        ("KTM, Aalto-yliopisto, 2015", "master"),
        ("DI, sähkötekniikka, Tampereen yliopisto", "master"),
        ("FT tilastotieteestä", "phd"),
        ("DI-tutkinto tai vastaava", "master"),
        ("DI tai FM tietotekniikasta", "master"),
        ("FT tai TkT", "phd"),
    ],
)
def test_an_abbreviation_with_a_degrees_context(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    "line",
    [
        "FM Global insurance audit",
        "Kuuntelee FM radiota",
        "FT, 37,5 h viikossa",  # full time
        "DI container and IoC patterns",
        "KTM Duke 390",
        "Role: FT",
        "FM-radio ja DI-kontit",
    ],
)
def test_an_abbreviation_alone_names_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


def test_an_english_degree_then_full_time_is_no_doctorate() -> None:
    assert degree_in_line("BSc, FT or PT considered") == "bachelor"


def _posting(line: str) -> str:
    return f"Datatieteilijä\n\nEdellytämme\n- {line}\n- Kokemusta Pythonilla\n"


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Soveltuva korkeakoulututkinto, esimerkiksi DI tai FM", "master"),
        ("Soveltuva korkeakoulututkinto, esim. FM tai DI", "master"),
        ("Soveltuva korkeakoulututkinto (DI, FM)", "master"),
        ("Soveltuva korkeakoulututkinto", "bachelor"),
        ("FT tai TkT tilastotieteestä", "phd"),
        # the examples' lowest level is asked
        ("Korkeakoulututkinto, esimerkiksi tekniikan kandidaatti tai DI", "bachelor"),
    ],
)
def test_the_level_a_posting_asks(profile_of: ProfileOf, line: str, degree: str) -> None:
    assert posting_info(profile_of, _posting(line)).degree_required == degree


def test_a_finnish_cv_names_its_abbreviated_degree(profile_of: ProfileOf) -> None:
    cv = (
        "Matti Meikäläinen\n\nKoulutus\nFM, tietojenkäsittelytiede, Helsingin yliopisto, 2017\n\n"
        "Työhistoria\nData Scientist, Yritys Oy, 2018–2023\n- Ennustemallit Pythonilla\n"
    )
    assert profile_of(cv, "resume").education.highest == "master"
