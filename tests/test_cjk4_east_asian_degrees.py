"""Chinese, Japanese and Korean degree lines: the field written between the school and the
degree's word ("清华大学 计算机科学与技术 本科", "東京大学大学院 情報工学専攻 修士"), and an
expected graduation ("卒業見込み") whose date has passed, which is held."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _degrees(profile: Profile) -> list[tuple[str, str | None, bool]]:
    return [(d.level, d.field, d.in_progress) for d in profile.education.degrees]


def _resume(line: str, heading: str = "学歴") -> str:
    return f"山田 太郎\n\n{heading}\n{line}\n"


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("2015.09 - 2019.06 清华大学 计算机科学与技术 本科", "bachelor", "computer science"),
        ("2015.03 - 2019.02 서울대학교 컴퓨터공학 학사", "bachelor", "computer science"),
        ("東京大学大学院 情報工学専攻 修士", "master", "computer science"),
        ("北京大学统计学本科", "bachelor", "statistics"),
        ("서울대학교컴퓨터공학학사", "bachelor", "computer science"),
        ("부산대학교 공과대학 기계공학과 학사", "bachelor", "기계공학과"),
        ("2012.09 - 2016.06 浙江大学 机械工程 本科", "bachelor", "机械工程"),
        ("2014.03 - 2018.02 고려대학교 기계공학 학사", "bachelor", "기계공학"),
        ("大阪大学大学院 物理学専攻 修士", "master", "physics"),
    ],
)
def test_cjk4_the_field_between_school_and_degree(
    line: str, level: str, field: str, profile_of: ProfileOf
) -> None:
    assert _degrees(profile_of(_resume(line), "resume")) == [(level, field, False)]


@pytest.mark.parametrize(
    "line",
    [
        "2015.09 - 2019.06 清华大学 本科",  # no words between: no field
        "東京大学大学院 修士",
        "清华大学 在读硕士",  # "under way", not a field
        "2015年4月 東京大学 工学部 卒業",  # the faculty's graduation: its word is the degree
        "本科 2015 - 2019 清华大学",  # no school before the degree
    ],
)
def test_cjk4_no_field_without_words_between(line: str, profile_of: ProfileOf) -> None:
    [degree] = profile_of(_resume(line), "resume").education.degrees
    assert degree.field is None


def test_cjk4_an_english_degree_line_keeps_its_field(profile_of: ProfileOf) -> None:
    text = "Jane Doe\n\nEducation\nTsinghua University, B.A. in History, 2019\n"
    assert _degrees(profile_of(text, "resume")) == [("bachelor", "History", False)]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2022年4月 東京大学大学院 情報工学専攻 修士 卒業見込み", "master"),
        ("2018.04 - 2022.03 東都大学 工学部 卒業見込み", "bachelor"),
        ("2022년 2월 한국대학교 전산학 석사 졸업 예정", "master"),
        ("东华大学 计算机 硕士 预计2022年6月毕业", "master"),
    ],
)
def test_cjk4_an_expected_graduation_past_is_held(
    line: str, level: str, profile_of: ProfileOf
) -> None:
    [degree] = profile_of(_resume(line), "resume").education.degrees
    assert (degree.level, degree.in_progress) == (level, False)


@pytest.mark.parametrize(
    "line",
    [
        "2027年3月 東京大学大学院 情報工学専攻 修士 卒業見込み",  # ahead: under way
        "2023.04 - 2027.03 東都大学 工学部 卒業見込み",
        "东华大学 计算机 硕士 预计2027年6月毕业",
        "東京大学大学院 修士 卒業見込み",  # no date: under way
        "2022年4月 東京大学大学院 博士課程 単位取得満期退学",  # coursework done: no date decides
    ],
)
def test_cjk4_an_expected_graduation_ahead_or_undated_is_under_way(
    line: str, profile_of: ProfileOf
) -> None:
    [degree] = profile_of(_resume(line), "resume").education.degrees
    assert degree.in_progress
