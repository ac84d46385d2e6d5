"""English lines that rules for other countries' documents misread: "Mac" (the computer) before
a range of years read as the Malay month March, and a manager of interns counted at a
student's half time."""

from __future__ import annotations

import pytest

from tests.conftest import one_range

from .posting_helpers import ProfileOf


@pytest.mark.parametrize(
    "line",
    [
        "Supported Windows and Mac 2019 - 2021 fleets",
        "Managed the Mac 2019-2021 refresh for 300 staff",
        "Desktop Support, Windows and Mac 2019 – 2021",
    ],
)
def test_enleft2_the_computer_mac_before_years_names_no_month(
    profile_of: ProfileOf, line: str
) -> None:
    resume = profile_of(f"Experience\nIT Support Engineer, Acme Ltd\n{line}\n", "resume")
    one_range(resume, (2019, 1), (2021, 1), False)


@pytest.mark.parametrize(
    "line",
    [
        "Data Analyst - Syarikat Harimau Sdn. Bhd., Mac 2021 - kini",
        "Data Analyst - Syarikat Harimau Sdn. Bhd., Mac 2019 - Ogos 2021",
        "Data Analyst, Mac 2019 - Disember 2021",
        "Penganalisis Data dan Pembangun, Mac 2019 - 2021",
        "Data Analyst - Syarikat Harimau Sdn. Bhd., Mac 2019 - sekarang",
    ],
)
def test_enleft2_the_malay_month_mac_still_dates_a_malay_range(
    profile_of: ProfileOf, line: str
) -> None:
    resume = profile_of(f"Pengalaman\n{line}\n- Python, SQL\n", "resume")
    [found] = resume.experience.ranges
    assert found.start % 12 + 1 == 3


@pytest.mark.parametrize(
    "title",
    [
        "Intern Manager, Google",
        "Internship Manager, Google",
        "Intern Supervisor, Deloitte",
        "Internship Programme Administrator, KPMG",
        "Internship Officer, University of Leeds",
        "Intern Director, Summer Academy",
    ],
)
def test_enleft2_a_manager_of_interns_counts_in_full(profile_of: ProfileOf, title: str) -> None:
    resume = profile_of(f"Experience\n{title}, 2018 - 2022\n- Ran reviews in Excel\n", "resume")
    assert resume.experience.years > 4
    assert not any("student post" in note for note in resume.experience.level_evidence)


@pytest.mark.parametrize(
    "title",
    [
        "Intern, Google",
        "Product Manager Intern, Google",
        "Intern Product Manager, Google",
        "Management Intern, Unilever",
        "Trainee Manager, Aldi",
    ],
)
def test_enleft2_an_intern_or_trainee_still_counts_at_half_time(
    profile_of: ProfileOf, title: str
) -> None:
    resume = profile_of(f"Experience\n{title}, 2018 - 2022\n- Ran reviews in Excel\n", "resume")
    assert any("student post" in note for note in resume.experience.level_evidence)
