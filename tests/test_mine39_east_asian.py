"""Skills named in Chinese, Japanese and Korean: "機械学習", "机器学习", "머신러닝" inside runs of
those scripts, which have no spaces to part their words; a university degree asked in Japanese
("大学卒業以上"). Small texts written here."""

from __future__ import annotations

import pytest

from mlcareer.api import Options, compare

from .posting_helpers import ProfileOf, asked

_JAPANESE_POSTING = (
    "機械学習エンジニア\n\n【業務内容】\n・推薦モデルの設計と評価\n・A/Bテストの設計と分析\n\n"
    "【必須スキル】\n・Pythonでの開発経験3年以上\n・機械学習モデルの本番運用経験\n"
    "・SQLを用いたデータ分析経験\n\n【歓迎スキル】\n・ビジネスレベルの英語力\n\n"
    "【応募資格】\n・大学卒業以上\n"
)


def test_a_japanese_postings_skills_glued_in_sentences(profile_of: ProfileOf) -> None:
    found = asked(profile_of, _JAPANESE_POSTING)
    assert found["machine-learning"].importance == "required"
    assert found["data-analysis"].importance == "required"
    assert found["lang-english"].importance == "preferred"
    assert found["ab-testing"].importance == "mentioned"
    # the sentence that holds a known skill leaves no term of its own
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_a_japanese_posting_asks_a_university_degree(profile_of: ProfileOf) -> None:
    info = profile_of(_JAPANESE_POSTING, "posting").posting
    assert info is not None and info.degree_required == "bachelor"


@pytest.mark.parametrize(
    ("item", "degree"),
    [("大卒以上", "bachelor"), ("短期大学卒業以上", "associate"), ("4년제 대졸 이상", "bachelor")],
)
def test_degrees_asked_in_japanese_and_korean(
    profile_of: ProfileOf, item: str, degree: str | None
) -> None:
    text = f"機械学習エンジニア\n\n【応募資格】\n・Pythonでの開発経験\n・{item}\n"
    info = profile_of(text, "posting").posting
    assert info is not None and info.degree_required == degree


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("3年以上机器学习经验", "machine-learning"),
        ("熟悉深度学习框架", "deep-learning"),
        ("有推荐系统开发经验", "recommender-systems"),
        ("머신러닝을 활용한 서비스 개발 경험", "machine-learning"),
        ("자연어 처리 프로젝트 경험", "natural-language-processing"),
        ("強化学習の研究経験", "reinforcement-learning"),
    ],
)
def test_a_skill_named_inside_a_run_of_east_asian_letters(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = f"机器学习工程师\n\n任职要求\n1. Python\n2. {line}\n"
    assert skill in asked(profile_of, text)


def test_a_japanese_resume_matches_a_japanese_posting(
    profile_of: ProfileOf, options: Options
) -> None:
    resume = (
        "山田 太郎\n機械学習エンジニア\n\n【職務経歴】\n"
        "2019年4月 - 現在  株式会社サンプル  機械学習エンジニア\n"
        "・推薦システムの開発（Python、PyTorch）\n・A/Bテストの設計と効果検証\n"
        "・BigQueryでのデータ分析\n\n【学歴】\n2015年4月 - 2019年3月  東京大学 工学部 卒業\n\n"
        "【スキル】\nPython, SQL, 機械学習, 深層学習\n語学：英語（ビジネスレベル）\n"
    )
    result = compare(
        profile_of(resume, "resume"), profile_of(_JAPANESE_POSTING, "posting"), options
    )
    matched = {m.id for m in result.matched}
    assert {"machine-learning", "data-analysis", "lang-english", "python", "sql"} <= matched
    assert not [m.id for m in result.missing if m.importance == "required"]


@pytest.mark.parametrize(
    "text",
    [
        "Data Scientist\n\nRequirements\n- Python\n- Statistics\n",
        "Data Scientist\n\nRequirements\n- Python\n- Fluent English\n",
    ],
)
def test_english_postings_read_as_before(profile_of: ProfileOf, text: str) -> None:
    assert not [key for key in asked(profile_of, text) if key.startswith("term:")]


@pytest.mark.parametrize(
    ("item", "language", "grade"),
    [
        ("ビジネスレベルの英語力", "lang-english", "B2"),
        ("日常会話レベルの英語", "lang-english", "B1"),
        ("英语六级", "lang-english", "B2"),
        ("流利的英语口语", "lang-english", "C1"),
        ("영어 회화 가능자", "lang-english", "B1"),
        ("영어 능통자", "lang-english", "C1"),
        ("中国語 ネイティブ", "lang-mandarin", "C2"),
        ("TOEIC 800点以上", "lang-english", "B2"),
    ],
)
def test_a_language_graded_in_chinese_japanese_or_korean(
    profile_of: ProfileOf, item: str, language: str, grade: str
) -> None:
    found = asked(profile_of, f"Data Scientist\n\nRequirements\n- Python\n- {item}\n")
    assert found[language].grade == grade
    assert not [key for key in found if key.startswith("term:")], sorted(found)


def test_each_language_of_a_japanese_list_takes_its_own_grade(profile_of: ProfileOf) -> None:
    item = "語学：英語（ビジネスレベル）、日本語（ネイティブ）"
    found = asked(profile_of, f"Data Scientist\n\nRequirements\n- Python\n- {item}\n")
    assert (found["lang-english"].grade, found["lang-japanese"].grade) == ("B2", "C2")


def test_an_english_language_name_before_a_noun_stays_an_adjective(profile_of: ProfileOf) -> None:
    found = asked(profile_of, "Data Scientist\n\nRequirements\n- Python\n- Japanese clients\n")
    assert "lang-japanese" not in found


def test_a_chinese_postings_methods_glued_in_its_sentences(profile_of: ProfileOf) -> None:
    text = (
        "算法工程师\n\n任职要求\n1. 3年以上数据挖掘、特征工程经验\n2. 熟悉神经网络与异常检测\n"
        "3. 有分布式系统、模型部署经验者优先\n"
    )
    found = asked(profile_of, text)
    assert found["data-mining"].years == 3
    assert found["feature-engineering"].importance == "required"
    assert {"neural-networks", "anomaly-detection"} <= found.keys()
    assert found["model-deployment"].importance == "preferred"


def test_a_general_word_for_improving_names_no_optimization(profile_of: ProfileOf) -> None:
    text = "データアナリスト\n\n【必須スキル】\n・SQLでの分析経験\n・業務プロセスの最適化経験\n"
    assert "optimization" not in asked(profile_of, text)
