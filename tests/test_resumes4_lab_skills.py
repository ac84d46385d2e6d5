"""Skills of scientists and engineers moving toward ML: chromatography ("HPLC", "UPLC") and
finite element analysis ("FEA", "FEM" in capitals), so a posting's "HPLC" is met by a resume's
"liquid chromatography"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _names(profile: Profile) -> set[str]:
    return {skill.name for skill in profile.skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Ran liquid chromatography assays for metabolite panels.", "Chromatography"),
        ("- Quantified impurities by HPLC and GC-MS.", "Chromatography"),
        ("- FEM fatigue analysis of gearbox housings in ANSYS.", "Finite element analysis"),
        ("- Built finite element models of bridge decks.", "Finite element analysis"),
    ],
)
def test_resumes4_a_lab_or_engineering_skill_is_found(
    shared_profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = f"A B\n\nEXPERIENCE\nScientist, Acme Labs | 2019 - 2021\n{line}\n"
    assert skill in _names(shared_profile_of(text, "resume"))


@pytest.mark.parametrize(
    "line",
    [
        "- Vendí fea ropa y fem artículos.",
        "- Cut the fee by half.",
    ],
)
def test_resumes4_fea_and_fem_in_lower_case_are_no_skill(
    shared_profile_of: ProfileOf, line: str
) -> None:
    text = f"A B\n\nEXPERIENCE\nAnalyst, Acme | 2019 - 2021\n{line}\n"
    assert "Finite element analysis" not in _names(shared_profile_of(text, "resume"))
