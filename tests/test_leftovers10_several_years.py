"""Czech and Slovak counts of years without a figure read as English "several years of
experience" does: no figure of years asked, a mid level hinted ("many years": senior).
Texts are small and written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, posting_info


def _czech(line: str) -> str:
    return f"Datový inženýr\n\nPožadavky\n- {line}\n- Python\n"


def _slovak(line: str) -> str:
    return f"Dátový inžinier\n\nPožiadavky\n- {line}\n- Python\n"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Data Engineer\n\nRequirements\n- Several years of experience\n- Python\n", "mid"),
        (_czech("Několikaletá praxe v oboru"), "mid"),
        (_czech("Několikaletá zkušenost s vývojem"), "mid"),
        (_czech("Několik let praxe v oboru"), "mid"),
        (_slovak("Niekoľkoročná prax v oblasti dát"), "mid"),
        (_slovak("Viacročná skúsenosť s vývojom"), "mid"),
        (_slovak("Niekoľko rokov praxe v oblasti dát"), "mid"),
        (_slovak("Dlhoročná prax s vývojom"), "senior"),
    ],
)
def test_several_years_hint_a_level_and_ask_no_figure(
    profile_of: ProfileOf, text: str, level: str
) -> None:
    info = posting_info(profile_of, text)
    assert (info.years_required, info.level) == (None, level)


@pytest.mark.parametrize(
    "text",
    [
        _slovak("Firma s niekoľkoročnou históriou na trhu"),  # the company's years
        _czech("Několik let jsme na trhu, znalost SQL"),  # no practice asked
    ],
)
def test_years_of_no_practice_hint_nothing(profile_of: ProfileOf, text: str) -> None:
    assert posting_info(profile_of, text).level is None
