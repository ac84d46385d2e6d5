"""Wishes in Chinese, Japanese and Korean postings: "优先", "加分", "尚可", "歓迎", "우대" at
the end of a clause make what it names preferred, in a requirements list too; "必須", "필수"
require. Not "优先级" (a priority) nor a clause of its own before the wish."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile
from tests.posting_helpers import asked

ProfileOf = Callable[..., Profile]


def _importance(profile_of: ProfileOf, item: str, heading: str = "任职要求") -> dict[str, str]:
    text = f"数据科学家\n\n{heading}\n- {item}\n- 熟练掌握SQL\n"
    return {key: req.importance for key, req in asked(profile_of, text).items()}


@pytest.mark.parametrize(
    ("item", "heading", "wished"),
    [
        ("有 Spark、Hadoop 大数据经验者优先", "任职要求", ("apache-spark", "hadoop")),
        ("熟悉Kubernetes加分", "任职要求", ("kubernetes",)),
        ("Kubernetesの知識尚可", "応募資格", ("kubernetes",)),
        ("Spark経験歓迎", "応募資格", ("apache-spark",)),
        ("Spark 경험 우대", "자격 요건", ("apache-spark",)),
        ("Spark, Hadoop 경험 우대합니다", "자격 요건", ("apache-spark", "hadoop")),
    ],
)
def test_cjk3_a_wish_at_the_end_of_an_east_asian_clause_is_preferred(
    profile_of: ProfileOf, item: str, heading: str, wished: tuple[str, ...]
) -> None:
    importance = _importance(profile_of, item, heading)
    assert all(importance[key] == "preferred" for key in wished)
    assert importance["sql"] == "required"


@pytest.mark.parametrize(
    ("item", "required", "preferred"),
    [
        ("熟悉Python，有Spark经验者优先", "python", "apache-spark"),  # a clause of its own
        ("Python必須、Spark歓迎", "python", "apache-spark"),
        ("Python 필수, Spark 우대", "python", "apache-spark"),
    ],
)
def test_cjk3_a_wish_in_its_own_clause_leaves_the_clause_before_required(
    profile_of: ProfileOf, item: str, required: str, preferred: str
) -> None:
    importance = _importance(profile_of, item)
    assert (importance[required], importance[preferred]) == ("required", "preferred")


@pytest.mark.parametrize(
    "item",
    [
        "使用Jira管理任务优先级",  # manages task priorities with Jira
        "Jira 우대사항 관리",  # a word inside another, not at its clause's end
        "Jiraを使った歓迎会の運営",  # runs welcome parties with Jira
    ],
)
def test_cjk3_a_wish_word_inside_a_phrase_wishes_nothing(profile_of: ProfileOf, item: str) -> None:
    assert _importance(profile_of, item)["jira"] == "required"
