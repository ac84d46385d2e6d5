"""Resume rules a review broke on purpose: a season list whose last year opens a range, a
version pair after a product's name, a framework after a year in a list of tools, a plural
season left in a title, professional graduate schools read as junior colleges."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.extract.level import _title_evidence
from mlcareer.models import Profile

from .resume_helpers import range_months

ProfileOf = Callable[..., Profile]


def _resume(entry: str) -> str:
    return (
        "Tomas Lindqvist\n\nEXPERIENCE\n\n"
        f"{entry}\n- Wrote ETL jobs in Python.\n\n"
        "EDUCATION\nBSc Mathematics, Uppsala University, 2015\n"
    )


def test_a_season_list_leaves_the_year_that_opens_a_range(shared_profile_of: ProfileOf) -> None:
    text = _resume("Backend Developer, Fjord Analytics\nWinter 2017, 2018 - Present")
    profile = shared_profile_of(text, "resume")
    assert range_months(profile) == [("2017-12", "2018-02"), ("2018-01", "2026-11")]


def test_a_season_list_before_a_range_keeps_its_own_years(shared_profile_of: ProfileOf) -> None:
    text = _resume("Backend Developer, Fjord Analytics\nSummers 2015, 2016, 2017 - 2019")
    assert range_months(shared_profile_of(text, "resume")) == [
        ("2015-06", "2015-08"),
        ("2016-06", "2016-08"),
        ("2017-01", "2019-01"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        _resume("Backend Developer, Fjord Analytics\n- Patched Exchange Server 2013/2014 nodes."),
        "Tomas Lindqvist\n\nSKILLS\nRevit 2021/2022, SketchUp\n\n"
        "EXPERIENCE\nDrafter, Fjord Analytics\n- Drew floor plans.\n",
    ],
)
def test_a_version_pair_after_a_product_dates_nothing(
    shared_profile_of: ProfileOf, text: str
) -> None:
    assert range_months(shared_profile_of(text, "resume")) == []


@pytest.mark.parametrize(
    "line",
    [
        "Teaching Assistant, Uppsala University\n2017/2018",
        "Teaching Assistant, Uppsala University | 2017/2018",
        "Teaching Assistant, Uppsala University, 2017/2018",
    ],
)
def test_an_academic_year_where_a_date_stands_is_read(
    shared_profile_of: ProfileOf, line: str
) -> None:
    assert range_months(shared_profile_of(_resume(line), "resume")) == [("2017-01", "2018-01")]


def test_a_year_before_a_framework_in_a_list_is_no_season(shared_profile_of: ProfileOf) -> None:
    text = _resume(
        "Backend Developer, Fjord Analytics\nMar 2020 - Aug 2023\n"
        "- Ported the old 2014 Spring, Hibernate and JSF monolith"
    )
    assert range_months(shared_profile_of(text, "resume")) == [("2020-03", "2023-08")]


def test_terms_after_their_years_in_a_list_are_read_and_leave_the_title(
    shared_profile_of: ProfileOf,
) -> None:
    text = _resume("Grader, Uppsala University | 2019 Fall, 2020 Spring")
    profile = shared_profile_of(text, "resume")
    assert range_months(profile) == [("2019-09", "2019-11"), ("2020-03", "2020-05")]
    assert profile.experience.titles == ["Grader, Uppsala University"]


def test_a_plural_season_leaves_no_piece_in_the_titles(shared_profile_of: ProfileOf) -> None:
    text = (
        "Tomas Lindqvist\n\nEXPERIENCE\n\n"
        "Research Intern, Fjord Analytics | Summers 2016 & 2017\n- Wrote ETL jobs in Python.\n\n"
        "Data Engineer, Fjord Analytics | 2018 Fall - Present\n- Ran Airflow.\n"
    )
    titles = shared_profile_of(text, "resume").experience.titles
    assert sorted(titles) == ["Data Engineer, Fjord Analytics", "Research Intern, Fjord Analytics"]


@pytest.mark.parametrize(
    "line",
    [
        "치의학전문대학원 졸업 (2014)",
        "경영전문대학원 (Business School), 2017",
        "毕业于多所大专院校联合培养项目",
    ],
)
def test_a_professional_graduate_school_is_no_junior_college(
    shared_profile_of: ProfileOf, line: str
) -> None:
    text = f"Kim Minjun\n\nEDUCATION\n{line}\n\nEXPERIENCE\nEngineer, Hanbit\n- Built apps.\n"
    assert shared_profile_of(text, "resume").education.highest != "associate"


@pytest.mark.parametrize("line", ["서울전문대 졸업 (2012)", "大专毕业 (2012)"])
def test_a_junior_college_is_still_an_associate(shared_profile_of: ProfileOf, line: str) -> None:
    text = f"Kim Minjun\n\nEDUCATION\n{line}\n\nEXPERIENCE\nEngineer, Hanbit\n- Built apps.\n"
    assert shared_profile_of(text, "resume").education.highest == "associate"


def _job(job: str) -> str:
    return f"Ana Ruiz\n\nEXPERIENCE\n\n{job}\n\nEDUCATION\nBSc Physics, University of Leon, 2012\n"


@pytest.mark.parametrize(
    ("job", "skill"),
    [
        ("Research Engineer\nMar 2016 - Feb 2018\nWarehouse Robotics\n- Wrote C++.", "robotics"),
        (
            "Data Scientist\nMar 2016 - Feb 2018\nWaymo Perception Computer Vision\n- Ran tests.",
            "computer-vision",
        ),
        (
            "Applied Scientist\nSiri Speech Recognition\nMar 2016 - Feb 2018\n- Ran tests.",
            "speech-recognition",
        ),
    ],
)
def test_a_team_or_field_line_beside_the_title_keeps_its_skill(
    shared_profile_of: ProfileOf, job: str, skill: str
) -> None:
    skills = {s.id for s in shared_profile_of(_job(job), "resume").skills}
    assert skill in skills


@pytest.mark.parametrize(
    "job",
    [
        "Contoso Robotics\nSoftware Engineer\nMar 2016 - Feb 2018\n- Wrote Go.",
        "Software Engineer\nHarbor Point Robotics\nMar 2016 - Feb 2018\n- Wrote Go.",
        "Fabrikam Computer Vision | Leon\nBackend Developer\nMar 2016 - Feb 2018\n- Wrote Go.",
    ],
)
def test_a_company_named_for_a_field_still_gives_no_skill(
    shared_profile_of: ProfileOf, job: str
) -> None:
    skills = {s.id for s in shared_profile_of(_job(job), "resume").skills}
    assert not skills & {"robotics", "computer-vision"}


def test_a_long_title_without_spaces_is_cut_by_characters() -> None:
    title = "首席" + "推荐系统算法工程师" * 15
    evidence = _title_evidence(title)
    assert evidence.startswith("title: 首席推荐系统")
    assert evidence.endswith("…")
    assert len(evidence) <= len("title: ") + 100


def test_a_long_title_with_words_is_still_cut_after_a_word() -> None:
    title = "Staff Engineer, " + ", ".join(["Search Ranking Platform"] * 8)
    kept = _title_evidence(title).removeprefix("title: ").removesuffix(" …")
    assert title.startswith(kept)
    assert title[len(kept)] == " "  # cut between words
