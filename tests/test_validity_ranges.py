"""A range written to end years from now dates no work unless a role is named with it: a
passport's validity at the top of a CV is not a job, a postdoc's fixed term is."""

from __future__ import annotations

from collections.abc import Callable

from mlcareer.models import Profile

PASSPORT_CV = """Priya Sharma
Passport No: K1234567, Valid 2018 - 2028
Email: priya@example.com

Experience
Data Analyst, Infosys (Jun 2022 - Present)
- Built SQL reports for the finance team

Education
B.Tech, Computer Science, 2018 - 2022
"""

FIXED_TERMS = """Ana Ruiz

Experience
Postdoctoral Researcher, University of Leeds, Jan 2025 - Dec 2028
- Built Bayesian models in Python

Data Scientist
Acme Analytics, 2024 - 2029
- Wrote SQL pipelines
"""


def test_a_passports_validity_is_no_job(profile_of: Callable[..., Profile]) -> None:
    experience = profile_of(PASSPORT_CV, "resume").experience
    assert [job.title for job in experience.jobs] == ["Data Analyst, Infosys"]
    assert experience.years == 4.5
    assert experience.level == "mid"


def test_a_role_with_a_fixed_term_ending_later_is_work(profile_of: Callable[..., Profile]) -> None:
    experience = profile_of(FIXED_TERMS, "resume").experience
    assert [job.title for job in experience.jobs] == [
        "Postdoctoral Researcher, University of Leeds",
        "Data Scientist",
    ]
    assert experience.years == 2.9  # Jan 2024 to November 2026, the as-of month


def test_a_range_ending_within_a_year_counts_as_before(
    profile_of: Callable[..., Profile],
) -> None:
    text = PASSPORT_CV.replace("Valid 2018 - 2028", "Valid 2018 - 2027")
    assert profile_of(text, "resume").experience.years == 8.9
