"""Spark's guard read in Chinese, Japanese and Korean work lines: the words around it that
say it is the data engine ("推荐系统", "大数据", "分散処理", "데이터") are written in those
scripts, often glued to the name with no space."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _resume(bullet: str) -> str:
    return f"张伟\n\n工作经历\n2019.07 - 至今 某某科技 算法工程师\n- {bullet}\n"


def _skill_ids(profile: Profile) -> set[str]:
    return {skill.id for skill in profile.skills}


@pytest.mark.parametrize(
    "bullet",
    [
        "使用PyTorch和Spark搭建推荐系统",
        "用Spark处理大数据",
        "基于Spark的分布式计算平台",
        "Sparkで分散処理基盤を構築",
        "Sparkを使ったデータ分析",
        "Python과 Spark로 데이터 파이프라인 구축",
        "Spark 기반 분산 처리 시스템 개발",
    ],
)
def test_cjk4_spark_beside_east_asian_data_words(bullet: str, profile_of: ProfileOf) -> None:
    assert "apache-spark" in _skill_ids(profile_of(_resume(bullet), "resume"))


@pytest.mark.parametrize(
    "bullet",
    [
        "参加Spark创新大赛并获奖",  # a contest named Spark: no data words
        "Sparkというメールアプリを愛用",  # a mail app
        "팀 문화에 Spark를 더하다",  # "adds a spark to the team's culture"
    ],
)
def test_cjk4_spark_without_data_words_is_no_skill(bullet: str, profile_of: ProfileOf) -> None:
    assert "apache-spark" not in _skill_ids(profile_of(_resume(bullet), "resume"))
