"""Look-alikes of today's student and East Asian rules: a job's title that holds a degree's
word on a line dated to now, version numbers joined by a dash, a prose line in Japanese with
one English word, a Chinese degree dated to now, and full-width letters kept as written in
the JSON output."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from mlcareer.documents.cleaning import SourceMap
from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile
from tests.conftest import invoke

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    "line",
    [
        "2021 - present  PhD supervisor for three students",
        "2018 - present  MSc Programme Director, UCL",
        "Since 2022  PhD Recruiter, Acme",
        "2019 - heute  M.Sc. thesis supervisor, TU Berlin",
    ],
)
def test_a_current_jobs_title_naming_a_degree_is_no_degree_under_way(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(
        f"Jane Doe\n\nExperience\n{line}\n2012 - 2018  Data Analyst, Foo\n\n"
        "Education\nB.Sc. Mathematics, 2010\n",
        "resume",
    )
    assert not any(degree.in_progress for degree in resume.education.degrees)


@pytest.mark.parametrize(
    "line",
    [
        "2019.09 - 至今 清华大学 计算机 硕士",
        "2021年4月 - 現在 東京大学 修士課程",
        "2022.03 - 현재 KAIST 전산학 석사",
    ],
)
def test_an_east_asian_degree_dated_until_now_is_under_way(
    line: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(f"Wang Fang\n\nEducation\n{line}\n", "resume")
    assert [degree.in_progress for degree in resume.education.degrees] == [True]
    assert resume.education.highest is None


def test_an_east_asian_degree_finished_is_held(profile_of: ProfileOf) -> None:
    resume = profile_of("Wang Fang\n\nEducation\n2014.09-2018.06 北京大学 统计学 本科\n", "resume")
    assert resume.education.highest == "bachelor"


@pytest.mark.parametrize(
    "written",
    [
        "PyCharm 2019.3-2020.1",
        "GPA 2019.5-2020.1",
        "Managed a 1998.5-2000.0 budget",
    ],
)
def test_numbers_with_one_decimal_joined_by_a_dash_are_no_dates(
    written: str, profile_of: ProfileOf
) -> None:
    resume = profile_of(
        f"Jane Doe\n\nWork Experience\nData Scientist, Acme\n{written}\n- Python models\n",
        "resume",
    )
    assert resume.experience.ranges == []


@pytest.mark.parametrize(
    "line",
    [
        "チーム Leadership 経験",
        "海外 Experience あり",
        "英語 Training 受講",
        "データ分析 Projects 担当",
    ],
)
def test_an_english_word_inside_a_japanese_phrase_is_no_heading(line: str) -> None:
    assert heading_name(line) is None


def test_a_replaced_span_reads_as_written() -> None:
    # "ＡＷＳ" read as "AWS" one for one: the span of the plain word maps back to the wide one
    source = SourceMap("x AWS y", [(2, "ＡＷＳ", 3)])
    assert source.source(2, 5) == "ＡＷＳ"
    assert source.source(0, 7) == "x ＡＷＳ y"


def test_full_width_skills_keep_their_written_text_in_json(tmp_path: Path) -> None:
    text = "Kenji Sato\n\nSkills\nＡＷＳ，Ｄｏｃｋｅｒ\n"
    path = tmp_path / "wide.txt"
    path.write_text(text, encoding="utf-8")
    result = invoke("extract", path, "--format", "json")
    assert result.exit_code == 0, result.output
    mentions = [m for s in json.loads(result.output)["skills"] for m in s["mentions"]]
    assert {m["text"] for m in mentions} >= {"ＡＷＳ", "Ｄｏｃｋｅｒ"}
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)
