"""Near misses of this session's rules: a job line of plain words outside any known heading,
a title beside its dates with a colon, a position row under a title already given, years of
work in growth, and a company's years in its market in French and Spanish."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf
from .posting_helpers import posting_info as _posting

_CONTACT = "Jane Doe\njane@example.com\n\n"


# -- dates opening a line: prose only under a heading known as no work ------------------------


@pytest.mark.parametrize(
    "body",
    [
        "2019 - 2021 freelance consulting for small shops\n",  # no heading at all
        "What I have done\n2019 - 2021 freelance consulting for small shops\n",  # unknown one
        "2020 - 2023 contract python development for startups\n",
    ],
)
def test_a_terse_job_line_outside_known_headings_is_a_job(profile_of: ProfileOf, body: str) -> None:
    resume = profile_of(_CONTACT + body, "resume")
    assert len(resume.experience.jobs) == 1
    assert resume.experience.years > 2


def test_a_job_line_of_work_words_under_the_summary_is_a_job(profile_of: ProfileOf) -> None:
    resume = profile_of(
        _CONTACT + "Summary\n2015 - 2019 worked nights stocking shelves at a grocer\n", "resume"
    )
    assert resume.experience.years == pytest.approx(4.1, abs=0.1)


# -- a title beside its dates, and a position row under a title -------------------------------


def test_a_title_with_a_colon_before_its_dates_stays_the_title(profile_of: ProfileOf) -> None:
    resume = profile_of(
        _CONTACT + "Experience\nData Scientist: 2019 - 2021\n- Built models at Acme\n", "resume"
    )
    assert [job.title for job in resume.experience.jobs] == ["Data Scientist:"]


def test_a_position_row_under_dates_alone_leaves_the_title_above(profile_of: ProfileOf) -> None:
    resume = profile_of(
        _CONTACT + "Experience\nData Scientist - Acme\n2019 - 2021\nPosition: full-time, remote\n"
        "- Built Python models\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == ["Data Scientist - Acme"]


# -- years of growth: a company's, not a person's work in growth ------------------------------


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("3+ years of growth, lifecycle or retention marketing", 3.0),
        ("3+ years of growth and lifecycle marketing", 3.0),
        ("4+ years of B2B growth, ideally in SaaS", 4.0),
        ("3+ years of product growth at a consumer app", 3.0),
    ],
)
def test_years_of_work_in_a_growth_field_are_asked(
    profile_of: ProfileOf, line: str, years: float
) -> None:
    info = _posting(profile_of, f"Growth Analyst\n\nRequirements\n- {line}\n")
    assert info.years_required == years


def test_years_of_growth_described_after_it_ask_none(profile_of: ProfileOf) -> None:
    info = _posting(profile_of, "Data Scientist\n\nProfil\n- 3 ans de croissance forte\n")
    assert info.years_required is None


# -- a company's years in its market, in French and Spanish -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nous sommes une fintech avec 10 ans sur le marché.",
        "Somos una fintech con 10 años en el mercado.",
    ],
)
def test_a_companys_years_in_its_market_ask_nothing_in_romance_languages(
    profile_of: ProfileOf, line: str
) -> None:
    info = _posting(profile_of, f"Data Scientist\n\nProfil\n- {line}\n- Python\n")
    assert info.years_required is None


def test_someone_sought_with_years_in_the_market_in_french_is_asked(
    profile_of: ProfileOf,
) -> None:
    info = _posting(
        profile_of,
        "Data Scientist\n\nProfil\n- Nous recherchons quelqu'un avec 5 ans sur le marché.\n",
    )
    assert info.years_required == 5.0
