"""Resume forms probed after last session's date rules (revres42): an expected end beside a
role the words do not know ("Founder, Stealth Startup  Jan 2024 - Expected 2026"), a job held
since a year named earlier in the sentence ("In 2019 I moved to Berlin and have worked at Acme
since."), and a graduation told as coming ("Graduating between Dec 2027 and June 2028")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _resume(entry: str, education: str = "BSc Physics, Lakeside University, 2012 - 2016") -> str:
    return (
        "Mira Holt\n\nEXPERIENCE\n"
        f"{entry}\n- Wrote data pipelines in Python.\n\n"
        "Data Analyst, Quill Metrics  Mar 2019 - Dec 2023\n- Built SQL reports.\n\n"
        f"EDUCATION\n{education}\n"
    )


@pytest.mark.parametrize(
    ("entry", "years"),
    [
        ("Founder, Stealth Startup  Jan 2024 - Expected 2026", 6.9),
        ("Owner, Harbor Kitchen Co\nJan 2024 - expected Jun 2026", 7.3),
    ],
)
def test_revres42_expected_end_under_work_beside_a_role_unknown(
    profile_of: ProfileOf, entry: str, years: float
) -> None:
    experience = profile_of(_resume(entry), "resume").experience
    assert len(experience.jobs) == 2
    assert experience.titles[0] == entry.split("  ")[0].split("\n")[0]
    assert experience.years == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize(
    "entry",
    [
        "Lakeside University  Sep 2024 - Expected 2027",
        "MSc Data Science, Lakeside University\nSep 2024 - Expected 2027",
    ],
)
def test_revres42_expected_end_beside_a_school_under_work_is_study(
    profile_of: ProfileOf, entry: str
) -> None:
    # near miss: a school or a degree named beside the expected end still dates studies
    experience = profile_of(_resume(entry), "resume").experience
    assert experience.titles == ["Data Analyst, Quill Metrics"]
    assert experience.years == pytest.approx(4.8, abs=0.05)


def _summary_resume(summary: str) -> str:
    return (
        f"Lee Varga\n\nSUMMARY\n{summary} I build data pipelines in Python.\n\n"
        "EDUCATION\nBSc Computer Science, Tech University  2011 - 2015\n"
    )


@pytest.mark.parametrize(
    ("summary", "years"),
    [
        ("In 2019 I moved to Berlin and have worked at Acme since.", 7.9),
        ("In 2020 I joined Acme, where I've been working as a data engineer ever since.", 6.9),
        ("In 2021 I moved home and have been with Orbit Labs since then.", 5.9),
    ],
)
def test_revres42_job_held_since_a_year_named_before(
    profile_of: ProfileOf, summary: str, years: float
) -> None:
    experience = profile_of(_summary_resume(summary), "resume").experience
    assert experience.years == pytest.approx(years, abs=0.05)


@pytest.mark.parametrize(
    "summary",
    [
        "In 2019 I moved to Berlin and have worked with Python since.",
        "In 2018 I started learning Spark and have used it since.",
        "In 2016 I joined a panel and have served as a reviewer for NeurIPS since.",
    ],
)
def test_revres42_since_after_a_year_without_a_job_held(
    profile_of: ProfileOf, summary: str
) -> None:
    # near misses: a tool used, a thing done, an unpaid part
    experience = profile_of(_summary_resume(summary), "resume").experience
    assert experience.years == 0.0


def _student(status: str) -> str:
    return (
        "Sam Ortiz\n\nEDUCATION\nBSc Computer Science, State University\n"
        f"{status}\n\nEXPERIENCE\nSoftware Intern, Beta Labs  Jun 2025 - Aug 2025\n"
        "- Wrote services in Java.\n"
    )


@pytest.mark.parametrize(
    ("status", "in_progress"),
    [
        ("Graduating between Dec 2027 and June 2028", True),
        ("Graduating June 2028", True),
        ("Due to graduate in 2028", True),
        ("Graduating: Spring 2028", True),
        ("Graduating between Dec 2021 and June 2022", False),
        ("Graduating project: bridge loads, 2028", False),
        ("Graduating class of 2015", False),
    ],
)
def test_revres42_graduation_to_come(profile_of: ProfileOf, status: str, in_progress: bool) -> None:
    degree = profile_of(_student(status), "resume").education.degrees[0]
    assert degree.in_progress is in_progress


def test_revres42_a_role_cell_before_a_degree_is_no_field(profile_of: ProfileOf) -> None:
    text = (
        "Ella Price\n\nEXPERIENCE\nDegree Apprentice, BSc Digital Technology Solutions, BT Group\n"
        "Sep 2021 - Present\n- Built dashboards in SQL.\n\n"
        "EDUCATION\nA-Levels, Lakeside Sixth Form, 2018 - 2020\n"
    )
    fields = [degree.field for degree in profile_of(text, "resume").education.degrees]
    assert "Digital Technology Solutions" in fields
    assert not any(field and field.startswith("BSc") for field in fields)


def test_revres42_a_run_on_title_keeps_no_mark_before_the_sentence(
    profile_of: ProfileOf,
) -> None:
    text = _resume("Data Scientist, Quill Labs, 2024 - Present, I led the pricing work in Python")
    assert profile_of(text, "resume").experience.titles[0] == "Data Scientist, Quill Labs"


@pytest.mark.parametrize(
    ("duty", "named"),
    [
        ("- Predicted customer churn with XGBoost for the growth team.", True),
        ("- Predicted churn in the codebase to plan refactors.", False),
    ],
)
def test_revres42_predicted_customer_churn(profile_of: ProfileOf, duty: str, named: bool) -> None:
    text = _resume(f"Data Scientist, Quill Labs, 2024 - Present\n{duty}")
    names = {skill.name for skill in profile_of(text, "resume").skills}
    assert ("Customer analytics" in names) is named


@pytest.mark.parametrize("written", ["2019–20 to 2021–22", "2019–2020 – 2021–2022"])
def test_revres42_academic_years_with_en_dashes_are_one_range(
    profile_of: ProfileOf, written: str
) -> None:
    text = _resume(f"Teaching Assistant, Lakeside University\n{written}")
    experience = profile_of(text, "resume").experience
    assert experience.jobs[0].years == pytest.approx(3.1, abs=0.05)
    assert len(experience.ranges) == 3  # the assistant's, the analyst's, the degree's
