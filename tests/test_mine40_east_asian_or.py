"""Alternatives in Chinese, Japanese and Korean postings: "或", "または", "또는" join a choice
as "or" does, also where a Latin name stands right beside the script's letters
("熟悉PyTorch或TensorFlow"); "和" (and) joins none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile
from tests.posting_helpers import asked

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("heading", "item"),
    [
        ("任职要求", "熟悉PyTorch或TensorFlow"),
        ("任职要求", "熟悉 PyTorch 或者 TensorFlow 框架"),
        ("応募資格", "PyTorchまたはTensorFlowでの開発経験"),
        ("応募資格", "PyTorchもしくはTensorFlowの実務経験"),
        ("자격 요건", "PyTorch 또는 TensorFlow 사용 경험"),
        ("자격 요건", "PyTorch 혹은 TensorFlow 경험"),
    ],
)
def test_an_east_asian_or_offers_a_choice(profile_of: ProfileOf, heading: str, item: str) -> None:
    found = asked(profile_of, f"机器学习工程师\n\n{heading}\n- {item}\n- SQL\n")
    assert found["pytorch"].alternatives == ["tensorflow"]
    assert found["tensorflow"].alternatives == ["pytorch"]
    assert found["sql"].alternatives == []


def test_a_list_comma_before_the_east_asian_or_joins_the_whole_list(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "数据工程师\n\n任职要求\n- 熟悉AWS、GCP或Azure云平台\n")
    assert sorted(found["gcp"].alternatives) == ["aws", "azure"]


def test_an_east_asian_and_joins_no_choice(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "机器学习工程师\n\n任职要求\n- 熟悉PyTorch和TensorFlow\n")
    assert found["pytorch"].alternatives == []
    assert found["tensorflow"].alternatives == []


def test_a_latin_name_inside_a_longer_latin_word_joins_no_choice(profile_of: ProfileOf) -> None:
    # "Java" inside "JavaScript" is part of that word, beside the East Asian "or" too
    found = asked(profile_of, "前端工程师\n\n任职要求\n- 熟悉Java\n- 熟悉JavaScript或TypeScript\n")
    assert found["java"].alternatives == []
    assert found["javascript"].alternatives == ["typescript"]
