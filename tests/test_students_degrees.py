"""Students' degrees: one whose dates to now open its line ("10/2023 - heute  B.Sc.
Informatik", "Since 2023  B.Sc. ...") is under way, and the German school-leaving certificate
(Abitur) is a secondary one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

from .test_students_headings import GERMAN_STUDENT

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "line",
    [
        "10/2022 - heute   B.Sc. Informatik, Technische Universität München",
        "10/2022 – heute: Bachelorstudium Informatik, Universität Stuttgart",
        "seit 10/2022  Studium der Informatik (B.Sc.), TU München",
        "Since 2023  B.Sc. Computer Science, ETH Zurich",
        "2023 - present  B.Sc. Computer Science, TU Berlin",
        "Sep 2024 – Present | M.Sc. Data Science | University of Amsterdam",
        "Bachelor of Science Informatik, TU Berlin, 2022 - heute",
        "B.Sc. Informatik (laufend), Universität Stuttgart",
        # "now" in the other languages a job's dates already take (extract/now_words.py)
        "09/2022 - actualidad  M.Sc. Data Science, Universidad de Granada",
        "2022 - obecnie  M.Sc. Informatyka, Politechnika Warszawska",
        "2023 - jelenleg  MSc Computer Science, BME",
        "M.Sc. Data Science, Universidade do Porto, 2023 - atualmente",
    ],
)
def test_a_degree_dated_until_now_is_in_progress(line: str, profile_of: ProfileOf) -> None:
    resume = profile_of(f"Max Muster\n\nEducation\n{line}\n\nSkills\nPython\n", "resume")
    assert [degree.in_progress for degree in resume.education.degrees] == [True]
    assert resume.education.highest is None


@pytest.mark.parametrize(
    "line",
    [
        "2015 - 2019  B.Sc. Computer Science, TU Berlin",
        "Data Scientist, 2020 - present    M.Sc. Statistics, LMU, 2019",
        "2019: M.Sc. Statistics, LMU München",
    ],
)
def test_a_degree_after_finished_dates_or_a_jobs_dates_is_held(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"Max Muster\n\nEducation\n{line}\n\nSkills\nPython\n", "resume")
    assert resume.education.highest in ("bachelor", "master")


@pytest.mark.parametrize(
    "line",
    [
        "2013 - 2022  Gymnasium Augsburg, Abitur (Note 1,4)",
        "Allgemeine Hochschulreife, Gymnasium Ulm, 2021",
        "2019 Abitur, Gymnasium Ulm",
    ],
)
def test_the_german_school_leaving_certificate_is_secondary(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"Max Muster\n\nBildungsweg\n{line}\n\nKenntnisse\nPython\n", "resume")
    assert resume.education.highest == "secondary"


def test_a_student_with_abitur_and_a_bachelor_under_way_holds_secondary(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(GERMAN_STUDENT, "resume")
    assert resume.education.highest == "secondary"
    assert [d.level for d in resume.education.degrees if d.in_progress] == ["bachelor"]
