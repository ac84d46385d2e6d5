"""Five-year programmes that give a bachelor's and a master's together, as Indian institutes
name them ("BS-MS dual degree", "B.Tech + M.Tech (Dual Degree)", "Integrated M.Tech"): the
highest degree is the master's, and the kind of degree is no field."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _resume(degree: str) -> str:
    return (
        "Arjun Mehta\n\nEDUCATION\n"
        f"{degree}\n\n"
        "EXPERIENCE\nData Scientist, Kestrel Analytics\nJan 2022 - Present\n"
        "- Trained ranking models in Python.\n"
    )


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("BS-MS dual degree in Computer Science, IIT Kanpur, 2016 - 2021", "computer science"),
        ("BS-MS Dual Degree in Physics, IISER Pune", "physics"),
        ("MS dual degree in Computer Science, IIT Kanpur", "computer science"),
        ("B.Tech + M.Tech (Dual Degree) in Electrical Engineering, IIT Bombay", None),
        ("Integrated M.Tech in Mathematics and Computing, IIT Delhi, 2019", None),
        ("BS-MS dual degree, IIT Kanpur, 2021", None),
        ("B.Tech-M.Tech dual degree, IIT Kanpur", None),
    ],
)
def test_resumes5_a_dual_degree_is_a_masters(
    shared_profile_of: ProfileOf, degree: str, field: str | None
) -> None:
    education = shared_profile_of(_resume(degree), "resume").education
    assert education.highest == "master"
    if field is not None:
        assert education.field == field
    assert all("degree" not in (d.field or "").lower() for d in education.degrees)


@pytest.mark.parametrize(
    "bullet", ["- Ran LC-MS-MS assays on plasma samples", "- Read MS-MS fragmentation spectra"]
)
def test_resumes5_tandem_mass_spectrometry_is_no_masters(
    shared_profile_of: ProfileOf, bullet: str
) -> None:
    text = (
        "Arjun Mehta\n\nEDUCATION\nBSc Chemistry, University of Leeds, 2015\n\n"
        f"EXPERIENCE\nLab Scientist, Kestrel Analytics\nJan 2022 - Present\n{bullet}\n"
    )
    assert shared_profile_of(text, "resume").education.highest == "bachelor"
