"""Near neighbours of the previous session's narrow rules, found by an adversarial review:
names in Chinese, Japanese or Korean inside longer words. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, listed


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("機械学習系の開発経験がある方", "machine-learning"),
        ("データ分析系の実務経験", "data-analysis"),
        ("熟悉深度学习系列工具", "deep-learning"),
    ],
)
def test_a_field_before_a_kind_or_a_series_is_asked(
    profile_of: ProfileOf, item: str, skill: str
) -> None:
    assert skill in asked(profile_of, listed("Python", item))


@pytest.mark.parametrize("item", ["高中文凭及以上", "初中文化程度即可", "英语系毕业优先"])
def test_no_chinese_language_inside_other_words(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, listed("Python", item))
    assert "lang-mandarin" not in found, sorted(found)
    assert "python" in found
