"""A postdoc's or an early-career fellowship's eligibility: years it allows at most ("no more
than 3 years of postdoctoral experience") ask for no years and no term; the years since the
PhD ("awarded within the last 5 years") are no years of work. Texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

POSTDOC_CALL = """Postdoctoral Research Associate in Machine Learning for Climate Science

This is a 2-year fixed-term position in the Environmental AI Lab.

Requirements
- PhD in Computer Science, Statistics or a related field.
- {window}
- Experience with PyTorch and time series forecasting.
"""


@pytest.mark.parametrize(
    "window",
    [
        "No more than 3 years of postdoctoral experience.",
        "Fewer than 4 years of postdoctoral experience.",
        "A maximum of 2 years of relevant experience.",
        "Less than 2 years of experience after the PhD.",
        "At most 3 years of research experience since the doctorate.",
        "PhD awarded within the last 5 years.",
    ],
)
def test_a_most_years_allowed_asks_no_years_and_no_term(profile_of: ProfileOf, window: str) -> None:
    posting = profile_of(POSTDOC_CALL.format(window=window), doc_type="posting")
    assert posting.posting is not None
    assert posting.posting.years_required is None
    assert posting.posting.degree_required == "phd"
    terms = {req.jd_text.lower() for req in posting.requirements if not req.known}
    assert not terms & {"no more than", "fewer than", "maximum", "less than", "at most"}


@pytest.mark.parametrize(
    ("window", "years"),
    [
        ("At least 3 years of postdoctoral experience.", 3.0),
        ("Minimum of 3 years of research experience.", 3.0),
        ("3+ years of experience; no more than 8 years.", 3.0),
        ("2 years of experience or more.", 2.0),
    ],
)
def test_a_least_years_asked_stays_asked(profile_of: ProfileOf, window: str, years: float) -> None:
    posting = profile_of(POSTDOC_CALL.format(window=window), doc_type="posting")
    assert posting.posting is not None and posting.posting.years_required == years


NEW_DOCTOR = """Education
PhD in Statistics, University of Kelso, Sep 2020 - Jun 2025

Experience
Postdoctoral Researcher, University of Kelso, Jul 2025 - Present
- Built time series forecasting models in PyTorch.
"""


def test_a_new_doctor_meets_a_postdocs_window_of_years(
    profile_of: ProfileOf, options: Options
) -> None:
    window = "No more than 3 years of postdoctoral experience."
    posting = profile_of(POSTDOC_CALL.format(window=window), doc_type="posting")
    report = compare(profile_of(NEW_DOCTOR, doc_type="resume"), posting, options)
    [experience] = [c for c in report.components if c.name == "experience"]
    assert "3+ years" not in experience.detail
    assert experience.value == 1.0


def test_research_a_long_hostile_line_of_bounds_and_dates_stays_fast(
    profile_of: ProfileOf,
) -> None:
    import time

    hostile = "PhD " + "no more than by Aug 20 ABD up to excellence in " * 60 + "3 years"
    plain = "PhD " + "knowledge of data analysis and statistical methods " * 60
    plain = plain[: len(hostile)]

    def best(line: str) -> float:
        times = []
        for _ in range(3):
            began = time.process_time()
            profile_of(f"Postdoc\n\nRequirements\n- {line}\n", "posting")
            times.append(time.process_time() - began)
        return min(times)

    assert best(hostile) < 5 * best(plain) + 0.05
