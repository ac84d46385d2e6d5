"""Studies a school line says were left or are still under way: the Japanese "中退" (left
unfinished: no degree), "単位取得満期退学" (coursework done, no thesis: like "ABD"), "卒業見込み"
(expected to graduate), and their Chinese and Korean kin ("肄业", "중퇴", "박사 수료",
"졸업 예정")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _studies(profile: Profile) -> list[tuple[str, bool]]:
    return [(degree.level, degree.in_progress) for degree in profile.education.degrees]


@pytest.mark.parametrize(
    "line",
    [
        "東都大学大学院 情報理工学研究科 修士課程 中退",
        "2021年9月 東都大学大学院 修士課程 中途退学",
        "东华大学 计算机 硕士 肄业",
        "한국대학교 전산학 석사 중퇴",
    ],
)
def test_a_degree_left_unfinished_is_no_degree(line: str, profile_of: ProfileOf) -> None:
    profile = profile_of(f"山田 太郎\n\n学歴\n{line}\n", "resume")
    assert _studies(profile) == []
    assert profile.education.highest is None


def test_a_rirekishos_studies_entered_then_left_are_no_degree(profile_of: ProfileOf) -> None:
    text = (
        "学歴・職歴\n2010年4月 東都大学 工学部 入学\n2014年3月 東都大学 工学部 卒業\n"
        "2014年4月 東都大学大学院 修士課程 入学\n2015年9月 東都大学大学院 修士課程 中退\n"
        "2016年4月 株式会社サンプル 入社\n現在に至る\n以上\n"
    )
    profile = profile_of(text, "resume")
    assert _studies(profile) == [("bachelor", False)]
    assert profile.education.highest == "bachelor"


@pytest.mark.parametrize(
    "line",
    [
        "東都大学 工学部 卒業、同大学院 修士課程 中退",  # the bachelor's held, the master's left
        "2014年3月 東都大学 学士(工学) 取得 / 2016年 修士課程 中退",
    ],
)
def test_a_degree_before_another_left_unfinished_is_held(line: str, profile_of: ProfileOf) -> None:
    profile = profile_of(f"山田 太郎\n\n学歴\n{line}\n", "resume")
    assert profile.education.highest == "bachelor"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2018年3月 東都大学大学院 博士課程 単位取得満期退学", "phd"),
        ("2018年3月 東都大学大学院 博士後期課程 単位取得退学", "phd"),
        ("한국대학교 전산학 박사 수료", "phd"),
        ("한국대학교 전산학 박사과정 수료", "phd"),
    ],
)
def test_a_doctorate_with_its_coursework_done_is_under_way(
    line: str, level: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(f"山田 太郎\n\n学歴\n{line}\n", "resume")
    assert _studies(profile) == [(level, True)]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2027年3月 東都大学 工学部 卒業見込み", "bachelor"),
        ("2027年3月 東都大学大学院 修士課程 修了見込み", "master"),
        ("2027年3月 東都大学大学院 修士課程 修了予定", "master"),
        ("2027년 2월 한국대학교 전산학 석사 졸업 예정", "master"),
        ("东华大学 计算机 硕士 预计2027年6月毕业", "master"),
    ],
)
def test_a_degree_expected_is_under_way(line: str, level: str, profile_of: ProfileOf) -> None:
    profile = profile_of(f"山田 太郎\n\n学歴\n{line}\n", "resume")
    assert _studies(profile) == [(level, True)]
    assert profile.education.highest is None


def test_a_rirekishos_entry_then_expected_graduation_is_one_degree_under_way(
    profile_of: ProfileOf,
) -> None:
    text = (
        "学歴・職歴\n2023年4月 東都大学 工学部 入学\n"
        "2025年4月 東都大学大学院 修士課程 入学\n2027年3月 東都大学大学院 修士課程 修了見込み\n"
        "以上\n"
    )
    assert _studies(profile_of(text, "resume")) == [("master", True)]


@pytest.mark.parametrize(
    "line",
    [
        "2016年3月 東都大学大学院 修士課程 修了",  # completed: held
        "2016년 2월 한국대학교 전산학 석사 졸업",  # graduated
        "2016年3月 東都大学大学院 修士課程 修了 (中退者支援プログラム 講師)",
    ],
)
def test_a_degree_completed_is_held(line: str, profile_of: ProfileOf) -> None:
    assert profile_of(f"山田 太郎\n\n学歴\n{line}\n", "resume").education.highest == "master"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2020年3月 東都大学大学院 博士後期課程 修了", "phd"),  # the doctorate's programme
        ("2017年3月 東都大学大学院 博士前期課程 修了", "master"),  # its first part: a master's
        ("2020年3月 东华大学 博士后 出站", None),  # a postdoc's stay ended: no degree told
    ],
)
def test_a_japanese_doctoral_programmes_parts_are_told_apart(
    line: str, level: str | None, profile_of: ProfileOf
) -> None:
    assert profile_of(f"山田 太郎\n\n学歴\n{line}\n", "resume").education.highest == level
