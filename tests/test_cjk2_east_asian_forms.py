"""East Asian resume forms read since the first pass: headings written only in Chinese,
Japanese or Korean, Japanese era years (令和, 平成), Korean dates with 년 and 월, a degree
under way said before its word ("在读硕士"), and a two-letter Chinese surname before 博士."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile
from tests.conftest import invoke, one_range, rirekisho_job

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("学歴", "education"),
        ("学历", "education"),
        ("教育背景", "education"),
        ("教育经历", "education"),
        ("학력", "education"),
        ("学歴:", "education"),
        ("職歴", "experience"),
        ("職務経歴", "experience"),
        ("工作经历", "experience"),
        ("工作經歷", "experience"),
        ("경력", "experience"),
        ("경력 사항", "experience"),
        ("技能", "skills"),
        ("专业技能", "skills"),
        ("スキル", "skills"),
        ("기술 스택", "skills"),
    ],
)
def test_a_heading_written_only_in_chinese_japanese_or_korean_names_its_section(
    heading: str, name: str
) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize(
    "line",
    [
        "具备良好的沟通技能",  # has good communication skills: a sentence
        "熟悉的技能包括Python",
        "3年の職歴があります",  # has three years of work history
        "경력 3년 이상",  # three years or more of experience
        "技能大赛一等奖",  # first prize in a skills contest
        "スキルアップ研修",  # a course to raise one's skills
    ],
)
def test_a_heading_word_inside_a_phrase_opens_no_section(line: str) -> None:
    assert heading_name(line) is None


_CHINESE_RESUME = (
    "李明 Li Ming\nli.ming@example.com\n\n"
    "工作经历\n2022.03 - 至今 示例科技 算法工程师 Machine Learning Engineer\n"
    "- Built ranking models with PyTorch\n\n"
    "教育背景\n2015.09 - 2019.06 北京大学 计算机科学系\n\n"
    "技能\nPython、PyTorch、SQL\n"
)


def test_a_resume_headed_in_chinese_keeps_its_studies_out_of_its_work(
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(_CHINESE_RESUME, "resume")
    assert [section.name for section in resume.sections] == ["experience", "education", "skills"]
    # March 2022 to November 2026; the four years at university are no work
    assert resume.experience.years == pytest.approx(4.7, abs=0.1)


def test_a_resume_headed_in_chinese_is_matched_on_its_work_alone(tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(_CHINESE_RESUME, encoding="utf-8")
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Senior ML Engineer\n\nRequirements\n- 7+ years of experience with Python\n"
        "- PyTorch and SQL\n",
        encoding="utf-8",
    )
    result = invoke("match", resume, posting, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["experience"]["resume_years"] == pytest.approx(4.7, abs=0.1)


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        ("令和2年4月 - 現在", (2020, 4), (2026, 11), True),
        ("平成30年4月 - 現在", (2018, 4), (2026, 11), True),
        ("平成27年4月 - 平成31年3月", (2015, 4), (2019, 3), False),
        ("平成31年4月～令和3年3月", (2019, 4), (2021, 3), False),
        ("令和元年5月 - 令和2年3月", (2019, 5), (2020, 3), False),
        ("昭和63年4月 - 平成元年3月", (1988, 4), (1989, 3), False),
    ],
)
def test_japanese_era_years_make_a_range(
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        rirekisho_job(written, "Sato Kenji"),
        "resume",
    )
    # the range's text is read with the full-width tilde made plain
    assert one_range(resume, start, end, ongoing) == written.replace("～", "~")


@pytest.mark.parametrize(
    "line",
    [
        "平成生まれ - 東京都出身",  # born in the Heisei era, from Tokyo: no year
        "令和2年度予算 - 3億円",  # the fiscal year 2 budget, three hundred million yen
    ],
)
def test_an_era_named_without_a_range_dates_nothing(line: str, profile_of: ProfileOf) -> None:
    resume = profile_of(
        f"Sato Kenji\n\n職歴\nData Scientist, Example K.K.\n{line}\n- Python models\n", "resume"
    )
    assert resume.experience.ranges == []


@pytest.mark.parametrize(
    ("written", "start", "end", "ongoing"),
    [
        ("2019년 3월 - 현재", (2019, 3), (2026, 11), True),
        ("2019년 3월 ~ 2021년 2월", (2019, 3), (2021, 2), False),
        ("2019년3월~2021년2월", (2019, 3), (2021, 2), False),
        ("2019.03 ~ 2021.02", (2019, 3), (2021, 2), False),
        ("2018년 - 2020년", (2018, 1), (2020, 1), False),
    ],
)
def test_korean_dates_make_a_range(
    written: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
    profile_of: ProfileOf,
) -> None:
    resume = profile_of(
        f"Kim Minji\n\n경력\nData Scientist, Example Corp.\n{written}\n- Python models\n",
        "resume",
    )
    assert one_range(resume, start, end, ongoing) == written


@pytest.mark.parametrize(
    "line",
    [
        "令和5年4月 - 現在 東京大学 修士課程",
        "2023년 3월 - 현재 KAIST 전산학 석사",
    ],
)
def test_a_degree_dated_in_an_era_or_in_korean_until_now_is_under_way(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"Kim Minji\n\nEducation\n{line}\n", "resume")
    assert [degree.in_progress for degree in resume.education.degrees] == [True]


def test_a_degree_dated_from_long_ago_in_an_era_until_now_is_held(profile_of: ProfileOf) -> None:
    # from April 2008 to now: studies do not last eighteen years; the line dates something else
    resume = profile_of("Sato Kenji\n\nEducation\n平成20年4月 - 現在 東京大学 修士\n", "resume")
    assert resume.education.highest == "master"


def test_korean_years_of_experience_are_no_range(profile_of: ProfileOf) -> None:
    # "3 years - 5 years of experience": counts of years, not years of the calendar
    resume = profile_of("Kim Minji\n\n경력\nData Scientist\n경력 3년 - 5년\n", "resume")
    assert resume.experience.ranges == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("清华大学 计算机科学 在读硕士", "master"),
        ("北京大学 数学 在读博士", "phd"),
        ("2025.09-2028.06 复旦大学 统计学 在读硕士研究生", "master"),
    ],
)
def test_a_degree_said_to_be_under_way_before_its_word_is_no_degree_held(
    line: str, level: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"Wang Fang\n\n教育背景\n{line}\n", "resume")
    assert [(d.level, d.in_progress) for d in resume.education.degrees] == [(level, True)]
    assert resume.education.highest is None


def test_a_finished_degree_beside_one_under_way_is_held(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Wang Fang\n\n教育背景\n北京大学 数学 在读博士\n2016.09-2019.06 北京大学 数学 硕士\n",
        "resume",
    )
    assert resume.education.highest == "master"


def test_studies_told_of_as_past_are_no_degree_under_way(profile_of: ProfileOf) -> None:
    # "while studying for the master's, published two papers": the master's is held
    resume = profile_of(
        "Wang Fang\n\n教育背景\n2016.09-2019.06 北京大学 数学 硕士\n在读硕士期间发表论文两篇\n",
        "resume",
    )
    assert resume.education.highest == "master"


@pytest.mark.parametrize(
    "line",
    [
        "2019.03-2021.05 欧阳博士实验室 助理",  # Dr Ouyang's lab, assistant
        "2021.06-2023.01 司马博士团队 研究助理",  # Dr Sima's team
        "2018.07-2019.06 诸葛博士课题组 实习生",  # Dr Zhuge's research group
    ],
)
def test_a_two_letter_surname_before_the_doctors_title_is_no_phd(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"Li Ming\n\n工作经历\n{line}\n", "resume")
    assert resume.education.degrees == []


@pytest.mark.parametrize(
    "line",
    [
        "2015.09-2019.06 清华大学 统计博士",  # a doctorate in statistics
        "2015.09-2019.06 北京大学 物理博士",
        "2015.09-2019.06 南京大学 欧阳明 博士",  # a name, then the degree apart
    ],
)
def test_a_field_of_two_letters_before_the_doctorate_is_a_phd(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"Li Ming\n\n教育背景\n{line}\n", "resume")
    assert resume.education.highest == "phd"
