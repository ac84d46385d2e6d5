"""Resume date rules fixed after review (fixres42): "In YYYY" dates a job held since then only
where it opens the sentence, and an expected end under the work heading dates studies unless
a job is named beside it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _summary_resume(summary: str) -> str:
    return f"Ola Brandt\n\nSUMMARY\n{summary}\n\nSKILLS\nPython, SQL\n"


@pytest.mark.parametrize(
    "summary",
    [
        "Born in 1985, I grew up in Leeds and have worked at Siemens since.",
        "I finished school in 2010, I then moved abroad and have worked at Acme since.",
    ],
)
def test_fixres42_year_inside_a_sentence_dates_no_job(profile_of: ProfileOf, summary: str) -> None:
    experience = profile_of(_summary_resume(summary), "resume").experience
    assert experience.years == 0
    assert experience.titles == []


@pytest.mark.parametrize(
    "summary",
    [
        "In 2019 I moved to Berlin and have worked at Acme since.",
        "- In 2019 I moved to Berlin and have worked at Acme since.",
        "Hello there. In 2019 I moved to Berlin and have worked at Acme since.",
    ],
)
def test_fixres42_year_opening_the_sentence_still_dates_a_job(
    profile_of: ProfileOf, summary: str
) -> None:
    # near miss: "In 2019" opening the sentence (after a bullet or a full stop) still counts
    experience = profile_of(_summary_resume(summary), "resume").experience
    assert experience.years == pytest.approx(7.9, abs=0.15)


def _work_resume(entry: str) -> str:
    return (
        "Noor Felix\n\nEXPERIENCE\n"
        "Data Analyst Intern, Acme  Jun 2024 - Aug 2024\n- Built dashboards in SQL\n"
        f"{entry}\n- Courses in machine learning\n"
    )


@pytest.mark.parametrize(
    "entry",
    [
        "Computer Science, Stanford  Sep 2023 - Expected 2027",
        "CS Student, ETH Zurich  Sep 2023 - Expected 2027",
        "Georgia Tech, Computer Science  Aug 2023 - Expected May 2027",
        "Coursework, TU Munich  Oct 2023 - Expected Sep 2026",
    ],
)
def test_fixres42_expected_end_under_work_without_a_job_is_study(
    profile_of: ProfileOf, entry: str
) -> None:
    experience = profile_of(_work_resume(entry), "resume").experience
    assert experience.titles == ["Data Analyst Intern, Acme"]
    assert experience.years < 0.5
    assert experience.level == "intern"


@pytest.mark.parametrize(
    "entry",
    [
        "Founder, Stealth Startup  Jan 2024 - Expected 2026",
        "Research Assistant, ETH Zurich  Sep 2023 - Expected 2027",
        "Freelance consulting for small shops  Jan 2024 - Expected 2026",
        "Apprenticeship, Siemens  Sep 2022 - Expected Aug 2026",
    ],
)
def test_fixres42_expected_end_beside_a_job_still_counts(profile_of: ProfileOf, entry: str) -> None:
    # near miss: an office, a role or paid work beside the expected end is a job
    experience = profile_of(_work_resume(entry), "resume").experience
    assert len(experience.jobs) == 2
    assert experience.years > 1.5


def test_fixres42_a_sentence_dating_a_job_is_no_title(profile_of: ProfileOf) -> None:
    summary = "In 2019 I moved to Berlin and have worked at Acme since."
    experience = profile_of(_summary_resume(summary), "resume").experience
    assert experience.titles == []
    assert experience.years == pytest.approx(7.9, abs=0.15)
