"""A tool's Latin name glued to Chinese, Japanese or Korean words, as those languages write it
without spaces: "Pythonでの開発経験" (experience developing in Python), "AWSやGCP" (AWS or GCP),
"Python으로 분석" (analysed with Python), "熟悉PyTorch或TensorFlow"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("Pythonでの開発経験3年以上", {"python"}),
        ("AWSやGCPでの開発経験", {"aws", "gcp"}),
        ("Kubernetesの経験", {"kubernetes"}),
        ("SQL, Python으로 데이터 분석", {"sql", "python", "data-analysis"}),
        ("AWS와 Docker로 모델 배포", {"aws", "docker", "model-deployment"}),
        ("熟悉PyTorch或TensorFlow", {"pytorch", "tensorflow"}),
        ("使用PyTorch和Docker搭建推荐系统", {"pytorch", "docker", "recommender-systems"}),
    ],
)
def test_a_latin_name_glued_to_east_asian_words_is_found(
    line: str, skills: set[str], profile_of: ProfileOf
) -> None:
    found = {hit.id for hit in profile_of(f"必須スキル\n{line}\n", "posting").skills}
    assert found == skills


@pytest.mark.parametrize(
    "line",
    [
        "SparkPlug社にて営業を担当",  # one Latin word: no Spark in it
        "SparkLab에서 영업 담당",  # sales at SparkLab
    ],
)
def test_a_latin_word_glued_to_east_asian_words_stays_whole(
    line: str, profile_of: ProfileOf
) -> None:
    found = {hit.id for hit in profile_of(f"職務経歴\n{line}\n", "resume").skills}
    assert "apache-spark" not in found and "docker" not in found
