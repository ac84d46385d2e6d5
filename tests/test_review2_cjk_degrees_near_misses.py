"""Near misses of today's East Asian dates and degree rules, found by an adversarial review:
era years past their era's end, the French "Bac" series met in other words, a Greek school on
the next degree's line, experience accepted in lieu of a degree, "advanced degree of".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.numbers import calendar_year, era_year
from mlcareer.models import PostingInfo, Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "written",
    [
        "平成45年4月",  # Heisei ended in its 31st year (2019)
        "昭和70年4月",  # Showa ended in its 64th year (1989)
        "平成32年",
    ],
)
def test_an_era_year_past_the_eras_end_is_no_year(written: str) -> None:
    assert era_year(written) is None


@pytest.mark.parametrize(
    ("written", "year"),
    [("平成31年4月", 2019), ("昭和64年1月", 1989), ("令和元年5月", 2019), ("令和12年", 2030)],
)
def test_an_era_year_within_its_era_keeps_its_year(written: str, year: int) -> None:
    era = era_year(written)
    assert era is not None
    assert calendar_year(era) == year


def test_a_range_of_impossible_era_years_dates_nothing(profile_of: ProfileOf) -> None:
    text = "Yamada Taro\n\n職歴\nABC株式会社 エンジニア 平成45年4月 - 平成50年3月\n"
    assert profile_of(text, "resume").experience.ranges == []


def test_a_degree_after_an_impossible_era_year_is_not_under_way(profile_of: ProfileOf) -> None:
    text = "Sato Kenji\n\n学歴\n平成40年4月 - 現在 東京大学 修士\n"
    [degree] = profile_of(text, "resume").education.degrees
    assert degree.in_progress is False


def test_while_studying_for_a_masters_is_no_degree_under_way(profile_of: ProfileOf) -> None:
    text = (
        "Wang Fang\n\n教育背景\n2016.09-2019.06 北京大学 数学 硕士\n"
        "在读硕士时担任助教\n"  # while studying for the master's, worked as a teaching assistant
    )
    degrees = profile_of(text, "resume").education.degrees
    assert [d.in_progress for d in degrees if d.level == "master"] == [False, False]


def _levels(profile_of: ProfileOf, education: str) -> list[str]:
    text = f"Elena Pappa\n\nEducation\n{education}\n\nSkills\nPython, SQL\n"
    return [d.level for d in profile_of(text, doc_type="resume").education.degrees]


@pytest.mark.parametrize(
    "line",
    [
        "Credit Analyst, BAC S.A., 2019",  # a bank's company form
        "Analista de crédito en el BAC, es el banco más grande",  # Spanish "es": is
        "El BAC es un banco regional, analista 2019",
    ],
)
def test_bac_in_other_words_is_no_certificate(profile_of: ProfileOf, line: str) -> None:
    assert "secondary" not in _levels(profile_of, line)


@pytest.mark.parametrize(
    "line", ["Bac S, Lycée Henri IV, 2012", "Bac ES, 2013", "BAC S, 2012", "Bac L.", "Bac pro"]
)
def test_the_french_bac_by_its_series_is_still_a_certificate(
    profile_of: ProfileOf, line: str
) -> None:
    assert _levels(profile_of, line) == ["secondary"]


@pytest.mark.parametrize(
    "education",
    [
        "Diploma in Mechanical Engineering, Singapore Polytechnic, 2014\n"
        "MSc in Data Science, University of Patras, 2018",
        "Diploma in Software Engineering, NIIT, 2014\n"
        "MSc in Computer Science, National Technical University of Athens, 2020",
    ],
)
def test_a_greek_school_on_the_next_degrees_line_leaves_a_diploma_associate(
    profile_of: ProfileOf, education: str
) -> None:
    assert _levels(profile_of, education) == ["associate", "master"]


def _posting(profile_of: ProfileOf, requirement: str) -> PostingInfo:
    text = f"Machine Learning Engineer\n\nRequirements\n- {requirement}\n- 3+ years of Python\n"
    info = profile_of(text, doc_type="posting").posting
    assert info is not None
    return info


@pytest.mark.parametrize(
    "requirement",
    [
        "Four years of relevant experience in lieu of a Bachelor's degree",
        "Relevant experience may be considered in lieu of a Bachelor's degree",
    ],
)
def test_experience_in_lieu_of_a_degree_still_asks_the_degree(
    profile_of: ProfileOf, requirement: str
) -> None:
    assert _posting(profile_of, requirement).degree_required == "bachelor"


def test_an_advanced_degree_of_autonomy_asks_no_degree(profile_of: ProfileOf) -> None:
    info = _posting(profile_of, "Work with an advanced degree of autonomy and ownership")
    assert (info.degree_required, info.degree_preferred) == (None, None)
