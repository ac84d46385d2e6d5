"""Near misses of the rules merged in the leftovers15, leftovers16 and turkgulf sessions: the
stack an employer says it runs is still asked (only a program it hosts is not), and the
Turkish words that open a posting's items ("En az", "Tercihen", "Ayrıca") ask no term."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _terms(posting: Profile) -> set[str]:
    return {req.jd_text for req in posting.requirements}


# --- what the employer runs is its stack; what it hosts for people is its program -----------


@pytest.mark.parametrize(
    "line",
    [
        "- We run Zorblex Mesh in production, so experience with it helps",
        "- We host our models on Zorblex Mesh; you will tune it",
    ],
)
def test_the_stack_the_employer_runs_is_still_asked(profile_of: ProfileOf, line: str) -> None:
    posting = profile_of(f"Platform Engineer\n\nRequirements\n- Python\n{line}\n", "posting")
    assert "Zorblex Mesh" in _terms(posting)


@pytest.mark.parametrize(
    "line",
    [
        "- We sponsor Zorblex Mesh fellowships every summer",
        "- We are a proud Zorblex Mesh partner",
        "- We run the Zorblex Mesh apprenticeship program",
    ],
)
def test_a_program_or_partnership_of_the_employer_is_no_ask(
    profile_of: ProfileOf, line: str
) -> None:
    posting = profile_of(f"Platform Engineer\n\nRequirements\n- Python\n{line}\n", "posting")
    assert "Zorblex Mesh" not in _terms(posting)


# --- Turkish words that open an item ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- En az 3 yıl deneyim",
        "- En Az 3 yıl Python deneyimi",
        "- Tercihen Docker bilgisi",
        "- Ayrıca, iyi derecede İngilizce",
    ],
)
def test_turkish_opening_words_ask_no_term(profile_of: ProfileOf, line: str) -> None:
    text = f"Veri Mühendisi\n\nAranan Nitelikler\n{line}\n- Python bilgisi\n- Zorblex\n"
    terms = _terms(profile_of(text, "posting"))
    assert not terms & {"En az", "En Az", "Tercihen", "Ayrıca"}
    assert "Zorblex" in terms  # a name after them is still asked


def test_en_az_on_an_english_line_is_left_to_the_english_reading(profile_of: ProfileOf) -> None:
    text = "Field Engineer\n\nRequirements\n- Python\n- Travel to Phoenix, AZ and Zorblex Mesh\n"
    assert "Zorblex Mesh" in _terms(profile_of(text, "posting"))
