""" "博士" after a full name on a resume's name line is the title "Dr", not a degree claimed
("山田 太郎 博士", "山田太郎博士"); in the education section, or after a field ("工学博士"),
it is still a doctorate."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

_BODY = "\n\n学歴\n2016年3月 東都大学 工学部 卒業\n\nスキル\nPython\n"


@pytest.mark.parametrize(
    "name_line",
    ["山田 太郎 博士", "山田太郎博士", "氏名: 山田 太郎 博士", "李明博士", "欧阳明 博士"],
)
def test_a_full_name_before_the_doctors_title_claims_no_doctorate(
    name_line: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(f"履歴書\n{name_line}{_BODY}", "resume")
    assert [degree.level for degree in profile.education.degrees] == ["bachelor"]
    assert profile.education.highest == "bachelor"


@pytest.mark.parametrize(
    "line",
    [
        "工学博士",  # a doctorate in engineering, as a title line
        "情報科学 博士",  # in information science
        "山田 太郎 (工学博士)",  # a name, then the degree held
    ],
)
def test_a_doctorate_named_with_its_field_in_the_header_is_held(
    line: str, profile_of: ProfileOf
) -> None:
    profile = profile_of(f"履歴書\n{line}{_BODY}", "resume")
    assert [degree.level for degree in profile.education.degrees] == ["phd", "bachelor"]


@pytest.mark.parametrize(
    "line",
    ["2020年3月 東都大学大学院 博士", "東都大学大学院 情報学 博士", "博士 (情報学)"],
)
def test_a_doctorate_in_the_education_section_is_held(line: str, profile_of: ProfileOf) -> None:
    profile = profile_of(f"山田 太郎\n\n学歴\n{line}\n", "resume")
    assert profile.education.highest == "phd"
