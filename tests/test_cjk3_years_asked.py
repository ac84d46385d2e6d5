"""Years asked in Chinese, Japanese and Korean postings: "工作经验3年以上", "경력 3~5년",
"実務経験3年以上" ask years of work (a count glued to its letters, where \\b fails), and
become no literal terms; a firm's age ("创立10年来", "설립 10년") and a time gone by ask none."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile
from tests.posting_helpers import asked, posting_info

ProfileOf = Callable[..., Profile]


def _posting(*items: str, title: str = "数据科学家", heading: str = "任职要求") -> str:
    return f"{title}\n\n{heading}\n" + "".join(f"- {item}\n" for item in items) + "- Python\n"


@pytest.mark.parametrize(
    ("item", "heading", "years"),
    [
        ("工作经验3年以上", "任职要求", 3.0),  # work experience three years or more
        ("3年以上工作经验", "任职要求", 3.0),
        ("经验3-5年", "任职要求", 3.0),
        ("经验3〜5年", "任职要求", 3.0),
        ("경력 3년 이상", "자격 요건", 3.0),
        ("경력 3~5년", "자격 요건", 3.0),
        ("Pythonでの開発経験3年以上", "応募資格", 3.0),
        ("実務経験3年以上", "応募資格", 3.0),
    ],
)
def test_cjk3_a_count_of_years_glued_to_east_asian_letters_is_asked(
    profile_of: ProfileOf, item: str, heading: str, years: float
) -> None:
    text = _posting(item, heading=heading)
    assert posting_info(profile_of, text).years_required == years
    assert not [key for key in asked(profile_of, text) if key.startswith("term:")]


def test_cjk3_years_asked_in_a_chinese_posting_without_sections(profile_of: ProfileOf) -> None:
    text = "招聘数据科学家，要求工作经验3年以上，熟悉Python和SQL。\n"
    assert posting_info(profile_of, text).years_required == 3.0


@pytest.mark.parametrize(
    "line",
    [
        "我们创立10年来专注于推荐系统",  # in the ten years since we were founded
        "公司成立于2010年",  # founded in 2010
        "3年前上线了推荐系统",  # three years ago
        "설립 10년째를 맞은 기업입니다",  # a firm in its tenth year
        "10年の歴史を持つ会社です",  # a firm with ten years of history
    ],
)
def test_cjk3_a_firms_age_or_a_time_gone_by_asks_no_years(profile_of: ProfileOf, line: str) -> None:
    text = f"数据科学家\n\n公司简介\n{line}\n\n任职要求\n- 精通Python\n"
    assert posting_info(profile_of, text).years_required is None


def test_cjk3_a_chinese_resumes_dates_count_no_years_asked(profile_of: ProfileOf) -> None:
    text = "数据科学家\n\n任职要求\n- 2019年6月以后毕业\n- Python\n"  # graduated after June 2019
    assert posting_info(profile_of, text).years_required is None


def test_cjk3_english_ranges_with_a_tilde_still_read(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n- 3~5 years of experience with Python\n"
    assert posting_info(profile_of, text).years_required == 3.0


def test_cjk3_a_long_hostile_line_of_counts_stays_fast(profile_of: ProfileOf) -> None:
    import time

    hostile = "经验" + "3 ~ 5 - 3 〜 " * 400 + "年"
    plain = "经验" + "熟悉数据分析方法" * (len(hostile) // 8)

    def best(line: str) -> float:
        times = []
        for _ in range(3):
            began = time.process_time()
            profile_of(f"数据科学家\n\n任职要求\n- {line}\n", "posting")
            times.append(time.process_time() - began)
        return min(times)

    assert best(hostile) < 5 * best(plain) + 0.05
