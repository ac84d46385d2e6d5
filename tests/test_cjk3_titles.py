"""Job titles in Chinese, Japanese and Korean: "機械学習エンジニア", "데이터 사이언티스트" name
technical ML roles; 高级, シニア, 시니어 senior, 初级, ジュニア, 주니어 junior, 实习,
インターン, 인턴 intern. "機械設計エンジニア" (mechanical design) is no ML role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile
from tests.posting_helpers import posting_info

ProfileOf = Callable[..., Profile]


def _posting(title: str) -> str:
    return f"{title}\n\nRequirements\n- Python\n- SQL\n"


@pytest.mark.parametrize(
    ("title", "role", "level"),
    [
        ("データサイエンティスト", "data-scientist", None),
        ("機械学習エンジニア", "ml-engineer", None),
        ("高级机器学习工程师", "ml-engineer", "senior"),
        ("머신러닝 엔지니어", "ml-engineer", None),
        ("데이터 사이언티스트", "data-scientist", None),
        ("시니어 데이터 사이언티스트", "data-scientist", "senior"),
        ("シニア機械学習エンジニア", "ml-engineer", "senior"),
        ("初级数据分析师", "data-analyst", "entry"),
        ("주니어 머신러닝 엔지니어", "ml-engineer", "entry"),
        ("인턴 머신러닝 엔지니어", "ml-engineer", "intern"),
        ("机器学习实习生", None, "intern"),
    ],
)
def test_cjk3_an_east_asian_title_names_its_role_and_level(
    profile_of: ProfileOf, title: str, role: str | None, level: str | None
) -> None:
    info = posting_info(profile_of, _posting(title))
    assert (info.role, info.level, info.technical) == (role, level, True)


def test_cjk3_a_mechanical_design_engineer_is_no_ml_role(profile_of: ProfileOf) -> None:
    assert posting_info(profile_of, _posting("機械設計エンジニア")).role is None


def test_cjk3_a_resumes_east_asian_job_titles_are_technical_work(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "山田 太郎\n\n職歴\n2019年4月 - 2022年3月 株式会社サンプル データサイエンティスト\n"
        "2022年4月 - 現在 株式会社テスト 機械学習エンジニア\n",
        "resume",
    )
    assert [(job.technical, job.why) for job in resume.experience.jobs] == [
        (True, "technical title"),
        (True, "technical title"),
    ]
