"""Review of the session's work authorization changes: a nationality word in another sense
("Spanish-speaking", "Japanese NLP") is no country asked, a posting turning transfers away
refuses, and a run of country names is read in linear time."""

from __future__ import annotations

import time

import pytest

from mlcareer.authorization import authorization_fit
from mlcareer.extract.work_authorization import posting_stance, resume_need

# --- H-1B transfers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Not open to H1B transfers.",
        "We are not open to H-1B transfers at this time.",
        "We are unable to accept visa transfers.",
    ],
)
def test_turning_transfers_away_is_no_sponsorship(line: str) -> None:
    stance = posting_stance(line)
    assert stance is not None
    assert stance.status == "no-sponsorship"


def test_being_open_to_transfers_still_sponsors() -> None:
    stance = posting_stance("We are open to H1B transfers.")
    assert stance is not None
    assert stance.status == "sponsors"


# --- nationalities in other senses -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("Must be a US citizen and Spanish-speaking.", "US"),
        ("US citizenship required to work on Japanese NLP systems.", "US"),
        ("Must be a U.S. citizen or permanent resident (Greek letters are fine).", "US"),
        ("Only open to UK citizens who can polish French copy.", "UK"),
    ],
)
def test_a_nationality_word_in_another_sense_is_no_country_asked(line: str, detail: str) -> None:
    stance = posting_stance(line)
    assert stance is not None
    assert stance.detail == detail


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("Must be a US or Canadian citizen.", "US/Canada"),
        ("Applicants must be Australian citizens or permanent residents.", "Australia"),
        ("Must be a citizen of Chile.", "Chile"),
    ],
)
def test_the_countries_asked_are_still_named(line: str, detail: str) -> None:
    stance = posting_stance(line)
    assert stance is not None
    assert stance.detail == detail


def test_a_citizen_of_a_country_named_in_another_sense_is_still_told_of_the_conflict() -> None:
    posting = posting_stance("Must be a US citizen and Spanish-speaking.")
    resume = resume_need("Citizenship: Spanish citizen")
    fit = authorization_fit(posting, resume)
    assert fit is not None
    assert fit.conflict is not None


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("Nationality: Polish", "Poland"),
        ("Dual citizen: Italy and US", "Italy/US"),
        ("Polish and German citizen", "Poland/Germany"),
        ("EU citizen (Italian)", "EU/Italy"),
    ],
)
def test_a_resumes_nationality_is_still_named(line: str, detail: str) -> None:
    need = resume_need(line)
    assert need is not None
    assert need.detail == detail


# --- hostile lines ---------------------------------------------------------------------------


def test_a_long_chain_of_countries_before_no_citizen_is_read_in_linear_time() -> None:
    # lines are cut at 1,000 characters when read; a run of names failing at its end was
    # tried again from every name in it
    line = "US/" * 330 + "x citizen\n"
    started = time.process_time()
    assert resume_need(line * 20) is None
    assert time.process_time() - started < 0.5
