"""Postings from the Gulf (UAE, Saudi Arabia, Qatar), on small texts written here: the GCC as
the Gulf Cooperation Council is a region, not the compiler; a nationality programme
(Emiratisation, Saudization) or "GCC nationals only" is a stance on who may apply, not a
term; a country beside a driving licence and the paperwork of a transfer ask nothing more."""

from __future__ import annotations

import pytest

from mlcareer.extract.work_authorization import posting_stance

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    "line",
    [
        "2 years in the GCC region",
        "Experience with clients across the GCC",
        "Track record selling to GCC markets",
        "Knowledge of the UAE and GCC banking sector",
        "Worked in the GCC.",
    ],
)
def test_the_gulf_region_is_not_the_compiler(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed(line, "5+ years of Python", "Build ETL pipelines in C"))
    assert "gcc" not in found, found
    assert "python" in found


@pytest.mark.parametrize(
    "line",
    [
        "C/C++ with GCC and Clang",
        "Experience with the GCC toolchain",
        "GCC, CMake and GDB",
    ],
)
def test_the_compiler_stays_the_compiler(profile_of: ProfileOf, line: str) -> None:
    assert "gcc" in asked(profile_of, listed(line, "Python"))


@pytest.mark.parametrize(
    "line",
    [
        "UAE Nationals are encouraged to apply (Emiratisation)",
        "Emiratisation role",
        "Saudization: Saudi nationals only",
        "GCC nationals only",
        "Qatarization position",
        "NOC required",
        "Iqama transferable",
        "Transferable Iqama and NOC from current sponsor",
    ],
)
def test_nationality_and_transfer_paperwork_name_no_term(profile_of: ProfileOf, line: str) -> None:
    found = asked(profile_of, listed(line, "Python"))
    assert not [key for key in found if key.startswith("term:")], found
    assert "gcc" not in found


def test_a_country_beside_a_driving_licence_is_no_term(profile_of: ProfileOf) -> None:
    found = asked(profile_of, listed("Valid UAE driving license preferred", "Python"))
    assert "driving-licence" in found
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ("Saudization: Saudi nationals only", "Saudi Arabia"),
        ("This role is open to UAE nationals only", "UAE"),
        ("Only Qatari nationals will be considered", "Qatar"),
        ("GCC nationals only", "GCC"),
    ],
)
def test_nationals_only_takes_citizens_only(line: str, detail: str) -> None:
    stance = posting_stance(f"Data Scientist\n\nRequirements\n- {line}\n")
    assert stance is not None
    assert stance.status == "citizens-only"
    assert stance.detail == detail


@pytest.mark.parametrize(
    "line",
    [
        "UAE Nationals are encouraged to apply (Emiratisation)",
        "Emiratisation role",
        "Saudization programme",
    ],
)
def test_an_invitation_or_a_programme_takes_no_stance(line: str) -> None:
    assert posting_stance(f"Data Scientist\n\nAbout the job\n{line}\n") is None


def test_benefits_and_a_spoken_language_read(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\n\nRequirements\n- Python\n- Arabic speaker is a plus\n\n"
        "Benefits\n- Tax-free salary\n- Annual air ticket\n- Housing allowance\n"
    )
    found = asked(profile_of, text)
    assert found["lang-arabic"].importance == "preferred"
    assert set(found) == {"python", "lang-arabic"}
