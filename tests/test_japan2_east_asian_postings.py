"""Postings written in Chinese, Japanese or Korean: their headings ("任职要求", "必須スキル",
"자격 요건" ask; "加分项", "歓迎スキル", "우대 사항" wish; "岗位职责", "業務内容", "주요 업무"
tell the duties), each asking in its own section."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("任职要求", "requirements"),
        ("岗位要求", "requirements"),
        ("岗位职责", "responsibilities"),
        ("加分项", "preferred"),
        ("福利待遇", "benefits"),
        ("必須スキル", "requirements"),
        ("応募資格", "requirements"),
        ("歓迎スキル", "preferred"),
        ("業務内容", "responsibilities"),
        ("福利厚生", "benefits"),
        ("자격 요건", "requirements"),
        ("자격요건", "requirements"),
        ("우대 사항", "preferred"),
        ("주요 업무", "responsibilities"),
        ("복리후생", "benefits"),
    ],
)
def test_a_postings_heading_in_chinese_japanese_or_korean_names_its_section(
    heading: str, name: str
) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize(
    "line",
    [
        "任职要求较高",  # the requirements are high: a sentence
        "必須スキルを身につける研修",  # a course to acquire the required skills
        "우대 사항 없음",  # no preferences
    ],
)
def test_a_postings_heading_word_inside_a_phrase_opens_no_section(line: str) -> None:
    assert heading_name(line) is None


@pytest.mark.parametrize(
    "posting",
    [
        "机器学习工程师\n\n岗位职责\n负责推荐算法的研发\n\n任职要求\n熟练掌握 Python\n\n"
        "加分项\n熟悉 Kubernetes\n",
        "機械学習エンジニア\n\n業務内容\n推薦システムの開発\n\n必須スキル\nPythonでの開発経験\n\n"
        "歓迎スキル\nKubernetesの経験\n",
        "머신러닝 엔지니어\n\n주요 업무\n추천 모델 개발\n\n자격 요건\nPython 능숙자\n\n"
        "우대 사항\nKubernetes 경험\n",
    ],
)
def test_a_postings_sections_in_its_own_language_say_what_is_required_and_wished(
    posting: str, profile_of: ProfileOf
) -> None:
    requirements = profile_of(posting, "posting").requirements
    # the title's and the duties' skills ("機械学習", "推薦システム") are only mentioned
    asked = {req.name: req.importance for req in requirements if req.importance != "mentioned"}
    assert asked == {"Python": "required", "Kubernetes": "preferred"}
