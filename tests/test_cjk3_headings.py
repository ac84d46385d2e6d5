"""Skills headings in Chinese, Japanese and Korean CVs: "기술" alone, "보유기술", "技能特长",
"技术栈"; not a phrase holding the word ("기술 지원", technical support)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "heading",
    [
        *("기술", "기술:", "보유 기술", "보유기술", "기술 스택"),
        *("专业技能", "技能特长", "技术栈", "スキル"),
    ],
)
def test_cjk3_an_east_asian_skills_heading_alone_opens_skills(heading: str) -> None:
    assert heading_name(heading) == "skills"


@pytest.mark.parametrize("line", ["기술 지원", "기술 개발", "기술이 필요합니다", "技能特长生"])
def test_cjk3_a_phrase_holding_a_skills_word_opens_nothing(line: str) -> None:
    assert heading_name(line) is None


def test_cjk3_a_korean_resume_lists_its_skills_under_its_heading(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "김민수\n\n경력\n2021.03 - 현재 예시주식회사 머신러닝 엔지니어\n\n기술\nPython, PyTorch\n",
        "resume",
    )
    assert [section.name for section in resume.sections] == ["experience", "skills"]
