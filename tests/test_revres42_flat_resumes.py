"""Flattened resumes probed after flat41 (revres42): a bullet ending on a tool's name in camel
case before the next job's title ("... on AWS SageMaker Data Analyst, Fable Retail, 2017 -
2020"), and a title written after its dates with the duties right after it ("Jan 2021 -
Present Senior Data Engineer, Nimbus Analytics Built streaming pipelines ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.flat_resume import flat_resume_breaks
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _lines(flat: str) -> list[str]:
    breaks = set(flat_resume_breaks(flat))
    return "".join("\n" if at in breaks else ch for at, ch in enumerate(flat)).split("\n")


BULLETS = (
    "Jordan Lee jordan@example.com Experience Senior Data Engineer, Nimbus Analytics, Jan 2021"
    " - Present • Built streaming pipelines with Kafka • Deployed models on AWS SageMaker"
    " Data Analyst, Fable Retail, Jun 2017 - Dec 2020 • Wrote dashboards in Tableau"
    " • Tuned queries in BigQuery DevOps Engineer, Orbit, 2015 - 2017 • Automated builds"
    " Education BSc Mathematics, Riverside University, 2011 - 2015\n"
)


def test_revres42_a_bullets_camel_case_tool_is_no_title_word(profile_of: ProfileOf) -> None:
    lines = _lines(BULLETS)
    assert "• Deployed models on AWS SageMaker" in lines
    assert "Data Analyst, Fable Retail, Jun 2017 - Dec 2020" in lines
    # a camel-case field right before the occupation stays the title's ("DevOps Engineer")
    assert "DevOps Engineer, Orbit, 2015 - 2017" in lines
    titles = profile_of(BULLETS, "resume").experience.titles
    assert titles[1] == "Data Analyst, Fable Retail"


def test_revres42_a_camel_case_company_stays_in_its_header() -> None:
    # near miss: a company written in camel case, as its own cell or after "at"
    flat = (
        "Ana Ruiz ana@example.com Experience HubSpot, Data Analyst, Jan 2021 - Present"
        " • Built reports in SQL Data Engineer at PayPal, Jun 2017 - Dec 2020 • Wrote ETL jobs"
        " Education BSc Computer Science, Riverside University, 2013 - 2017"
    )
    lines = _lines(flat)
    assert "HubSpot, Data Analyst, Jan 2021 - Present" in lines
    assert "Data Engineer at PayPal, Jun 2017 - Dec 2020" in lines


DATES_FIRST = (
    "Ana Ruiz ana@example.com Experience Jan 2021 - Present Applied Scientist, United Airlines"
    " Analyzed delays with Python. Jun 2017 - Dec 2020 Senior Engineer, Acme Designed and"
    " shipped APIs in Go. Education BSc Computer Science, Riverside University, 2013 - 2017\n"
)


def test_revres42_duties_after_a_title_below_its_dates(profile_of: ProfileOf) -> None:
    lines = _lines(DATES_FIRST)
    assert "Applied Scientist, United Airlines" in lines
    assert "Senior Engineer, Acme" in lines
    experience = profile_of(DATES_FIRST, "resume").experience
    assert experience.titles == ["Applied Scientist, United Airlines", "Senior Engineer, Acme"]
    assert experience.relevant_years == pytest.approx(experience.years)


@pytest.mark.parametrize(
    "title",
    [
        "Data Analyst, Fable Retail Ltd",
        "Head of Assisted Living, Oak Care",
        "Analyst, Advanced Computing for Science Lab",
    ],
)
def test_revres42_a_title_below_its_dates_is_kept_whole(title: str) -> None:
    # near misses: words in "-ed" that are a title's or a company's, not a duty's verb
    flat = (
        f"Ana Ruiz ana@example.com Experience Jan 2021 - Present {title}"
        " • Ran weekly reviews of the lab's budget and staffing plans with the directors"
        " Education BSc Biology, Riverside University, 2013 - 2017"
    )
    assert title in _lines(flat)
