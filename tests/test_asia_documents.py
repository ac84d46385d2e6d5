"""Documents from Asia-Pacific hiring written in English with some Chinese, Japanese or Korean:
full-width letters and digits ("ＡＷＳ", "２０１９"), the ideographic comma between listed
skills, headings in two scripts ("学歴 / Education"), dates such as "2019年4月 - 現在" and
"2019.07 - 至今", and degrees named in Chinese ("本科", "硕士")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile
from tests.conftest import one_range


def _skill_ids(profile: Profile) -> set[str]:
    return {skill.id for skill in profile.skills}


def test_skills_listed_with_the_ideographic_comma_are_each_found(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of("Kenji Sato\n\nSkills\nPython、SQL、TensorFlow、Kubernetes\n", "resume")
    assert {"python", "sql", "tensorflow", "kubernetes"} <= _skill_ids(resume)


def test_full_width_letters_name_their_skill_at_the_written_offsets(
    profile_of: Callable[..., Profile],
) -> None:
    text = "Kenji Sato\n\nSkills\nＡＷＳ，Ｄｏｃｋｅｒ\n"
    resume = profile_of(text, "resume")
    by_id = {skill.id: skill for skill in resume.skills}
    assert {"aws", "docker"} <= set(by_id)
    [mention] = by_id["docker"].mentions
    assert text[mention.start : mention.end] == "Ｄｏｃｋｅｒ"


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("学歴 / Education", "education"),
        ("職歴 / Work Experience", "experience"),
        ("スキル / Skills", "skills"),
        ("教育背景 Education", "education"),
        ("工作经历 Work Experience", "experience"),
        ("WORK EXPERIENCE 職務経歴", "experience"),
        ("자격 요건 / Qualifications", "requirements"),
    ],
)
def test_a_heading_with_a_label_in_chinese_japanese_or_korean_names_its_section(
    heading: str, name: str
) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize("line", ["東京大学 University of Tokyo", "株式会社サンプル / Sample K.K."])
def test_a_name_written_in_two_scripts_is_no_heading(line: str) -> None:
    assert heading_name(line) is None


@pytest.mark.parametrize(
    ("written", "read", "start", "end", "ongoing"),
    [
        ("２０２１年４月 － 現在", "2021年4月 - 現在", (2021, 4), (2026, 11), True),
        ("2019年4月〜2021年3月", "2019年4月~2021年3月", (2019, 4), (2021, 3), False),
        ("2019.07 - 至今", "2019.07 - 至今", (2019, 7), (2026, 11), True),
        ("2018.07-至今", "2018.07-至今", (2018, 7), (2026, 11), True),
        ("2018.07-2020.01", "2018.07-2020.01", (2018, 7), (2020, 1), False),
        ("2020.03 ~ 현재", "2020.03 ~ 현재", (2020, 3), (2026, 11), True),
    ],
)
def test_dates_written_the_east_asian_way_make_a_range(
    profile_of: Callable[..., Profile],
    written: str,
    read: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    resume = profile_of(
        f"Mei Lin\n\nWork Experience\nData Scientist, Example Co.\n{written}\n"
        "- Built churn models in Python\n",
        "resume",
    )
    # the range's text is read with full-width characters and the wave dash made plain
    assert one_range(resume, start, end, ongoing) == read


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("2014.09-2018.06 北京大学 本科 统计学", "bachelor"),
        ("2014.09-2018.06 北京大学统计学本科", "bachelor"),
        ("2018.09-2021.06 复旦大学 计算机科学 硕士", "master"),
        ("2019年4月 - 2021年3月 東京大学大学院 情報理工学系研究科 修士課程", "master"),
        ("2015年4月 - 2019年3月 京都大学 工学部 学士", "bachelor"),
        ("2016.03 - 2022.02 KAIST 전산학 박사", "phd"),
    ],
)
def test_a_degree_named_in_chinese_japanese_or_korean_is_read(
    profile_of: Callable[..., Profile], line: str, level: str
) -> None:
    resume = profile_of(f"Wang Fang\n\nEducation\n{line}\n", "resume")
    assert resume.education.highest == level


def test_a_postdoc_in_chinese_is_no_degree(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Wang Fang\n\nWork Experience\n2021.07 - 至今 清华大学 博士后 Postdoctoral Researcher\n",
        "resume",
    )
    assert resume.education.highest is None


def test_a_korean_associate_degree_is_no_bachelors(profile_of: Callable[..., Profile]) -> None:
    education = "2014.03 - 2016.02 서울전문대학 전문학사"
    resume = profile_of(f"Kim Minji\n\nEducation\n{education}\n", "resume")
    assert resume.education.highest != "bachelor"
