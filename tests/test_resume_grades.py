"""A US federal pay grade on a resume's newest job reads as that job's rank (GS-5 and GS-7
entry, GS-9 to GS-12 mid, GS-13 up senior), as a posting's grade does."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _resume(*jobs: str) -> str:
    return (
        "Pat Rivera\n\nWork Experience\n" + "\n".join(jobs) + "\nEducation\nM.S. Statistics, 2018\n"
    )


def _job(heading: str, dates: str, *below: str) -> str:
    return "\n".join([heading, dates, *below, "- Built forecasting models in Python and SQL.", ""])


def test_a_senior_grade_in_the_newest_title_reads_as_a_senior_rank(profile_of: ProfileOf) -> None:
    text = _resume(
        _job("Data Scientist, GS-13, Department of Energy", "Jan 2020 - Jun 2023"),
        _job("Statistician, GS-11, Department of Energy", "Jan 2019 - Dec 2019"),
    )
    experience = profile_of(text, doc_type="resume").experience
    assert experience.years == 4.5
    assert experience.level == "senior"
    assert any(e.startswith("grade: GS-13") for e in experience.level_evidence)


def test_a_grade_on_a_field_line_below_the_dates_counts(profile_of: ProfileOf) -> None:
    text = _resume(
        _job(
            "Statistician, Department of Energy",
            "Jan 2024 - Jun 2025",
            "Series/Grade: GS-1530-12",
            "Hours per week: 40",
        )
    )
    experience = profile_of(text, doc_type="resume").experience
    assert experience.years == 1.5
    # a grade of 9 or more takes a graduate degree or a year at the grade below: not entry
    assert experience.level == "mid"
    assert any(e.startswith("grade: GS-12") for e in experience.level_evidence)


def test_an_entry_grade_keeps_a_few_years_at_entry(profile_of: ProfileOf) -> None:
    text = _resume(_job("Statistician, GS-7, Census Bureau", "Jan 2021 - Dec 2023"))
    experience = profile_of(text, doc_type="resume").experience
    assert experience.years == 3.0
    assert experience.level == "entry"


def test_a_title_rank_outranks_the_grade(profile_of: ProfileOf) -> None:
    text = _resume(_job("Junior Data Analyst, GS-11, Census Bureau", "Jan 2021 - Dec 2023"))
    experience = profile_of(text, doc_type="resume").experience
    assert experience.level == "entry"
    assert not any(e.startswith("grade:") for e in experience.level_evidence)


def test_grade_look_alikes_and_grades_outside_the_heading_set_no_level(
    profile_of: ProfileOf,
) -> None:
    for heading, bullet in [
        ("Data Engineer, GS1 US", "- Mapped product data to GS1 standards."),
        ("Data Engineer, Acme Corp", "- Briefed GS-15 program leads on the results."),
        ("Data Engineer, Acme Corp", "- Built GS-2210 onboarding dashboards."),
    ]:
        text = _resume(_job(heading, "Jan 2021 - Dec 2023", bullet))
        experience = profile_of(text, doc_type="resume").experience
        assert experience.level == "mid", heading
        assert not any(e.startswith("grade:") for e in experience.level_evidence), heading
