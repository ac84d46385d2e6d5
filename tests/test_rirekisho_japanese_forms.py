"""The Japanese resume forms: the rirekisho (履歴書), whose joined "学歴・職歴" block dates each
study and job by one-date lines ("2019年4月 株式会社サンプル 入社" ... "退社"), and the shokumu
keirekisho (職務経歴書) with its summary, licences and self-promotion headings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.documents.sections import heading_name
from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]

RIREKISHO = (
    "山田 太郎\n\n学歴・職歴\n"
    "2012年4月 北海道大学 理学部 入学\n"
    "2016年3月 北海道大学 理学部 卒業\n"
    "2016年4月 北海道大学大学院 情報科学研究科 修士課程 入学\n"
    "2018年3月 北海道大学大学院 情報科学研究科 修士課程 修了\n"
    "2018年4月 株式会社ミライ 入社\n"
    "2021年3月 一身上の都合により退社\n"
    "2021年4月 株式会社ソラ 入社\n"
    "{last}"
    "以上\n\nスキル\nPython, PyTorch\n"
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("学歴・職歴", "experience"),
        ("学歴職歴", "experience"),
        ("職務要約", "summary"),
        ("自己PR", "summary"),
        ("自己ＰＲ", "summary"),
        ("活かせる経験・知識・技術", "skills"),
        ("資格", "certifications"),
        ("免許・資格", "certifications"),
    ],
)
def test_the_japanese_forms_headings_name_their_sections(line: str, name: str) -> None:
    assert heading_name(line) == name


def test_a_rirekishos_jobs_run_from_joining_to_leaving_or_until_now(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(RIREKISHO.format(last="現在に至る\n"), "resume")
    as_of = profile.experience.ranges[-1].end
    jobs = [(r.start, r.end, r.ongoing) for r in profile.experience.ranges if r.line > 7]
    assert jobs == [(2018 * 12 + 3, 2021 * 12 + 2, False), (2021 * 12 + 3, as_of, True)]
    assert [job.line for job in profile.experience.jobs] == [8, 10]
    assert profile.experience.years == round((as_of - (2018 * 12 + 3) + 1) / 12, 1)


def test_a_job_without_leaving_or_until_now_is_left_undated(profile_of: ProfileOf) -> None:
    profile = profile_of(RIREKISHO.format(last=""), "resume")
    jobs = [(r.start, r.end) for r in profile.experience.ranges if r.line > 7]
    assert jobs == [(2018 * 12 + 3, 2021 * 12 + 2)]
    assert profile.experience.years == 3.0


def test_a_rirekishos_studies_are_degrees_dated_from_entry_to_graduation(
    profile_of: ProfileOf,
) -> None:
    degrees = profile_of(RIREKISHO.format(last="現在に至る\n"), "resume").education.degrees
    found = [(d.level, d.line, d.dates and (d.dates.start, d.dates.end)) for d in degrees]
    assert found == [
        ("bachelor", 5, (2012 * 12 + 3, 2016 * 12 + 2)),
        ("master", 7, (2016 * 12 + 3, 2018 * 12 + 2)),
    ]
    assert not any(d.in_progress for d in degrees)


def test_an_era_dated_rirekisho_pairs_its_lines_too(profile_of: ProfileOf) -> None:
    text = (
        "学歴・職歴\n平成28年4月 株式会社ミライ 入社\n令和3年3月 退職\n"
        "令和3年4月 東都大学大学院 博士課程 入学\n令和6年3月 東都大学大学院 博士課程 修了\n以上\n"
    )
    profile = profile_of(text, "resume")
    assert [(r.start, r.end) for r in profile.experience.ranges] == [
        (2016 * 12 + 3, 2021 * 12 + 2),
        (2021 * 12 + 3, 2024 * 12 + 2),
    ]
    assert profile.experience.years == 5.0
    [degree] = profile.education.degrees
    assert degree.level == "phd" and degree.dates is not None
    assert (degree.dates.start, degree.dates.end) == (2021 * 12 + 3, 2024 * 12 + 2)


@pytest.mark.parametrize(
    "line",
    [
        "2016年3月 北海道大学 理学部 入学",  # entered, not graduated
        "理学部の卒業研究で画像認識を担当",  # a faculty's graduation project
    ],
)
def test_a_faculty_without_its_graduation_on_the_line_is_no_bachelors(
    profile_of: ProfileOf, line: str
) -> None:
    assert profile_of(f"学歴\n{line}\n", "resume").education.degrees == []


def test_a_faculty_graduated_from_is_a_bachelors(profile_of: ProfileOf) -> None:
    profile = profile_of("学歴\n2016年3月 北海道大学 理学部 卒業\n", "resume")
    assert profile.education.highest == "bachelor"


def test_a_lone_joining_line_in_a_sentence_pairs_nothing(profile_of: ProfileOf) -> None:
    text = "職務要約\n2018年4月に株式会社ミライへ入社し、現在に至るまで推薦システムを開発。\n"
    assert profile_of(text, "resume").experience.ranges == []


SHOKUMU = (
    "職務経歴書\n山田 太郎\n\n職務要約\n推薦システムの開発に従事。\n\n職務経歴\n"
    "2019年4月～現在 株式会社ソラ\n【業務内容】\n推薦モデルの開発\n"
    "【使用技術】Python, PyTorch, AWS\n\n"
    "資格\nTOEIC 850点\n応用情報技術者試験 合格\n\n自己PR\n粘り強く取り組みます。\n"
)


def test_a_shokumu_keirekishos_sections_stop_the_work_block(profile_of: ProfileOf) -> None:
    names = [s.name for s in profile_of(SHOKUMU, "resume").sections]
    assert names == ["summary", "experience", "certifications", "summary"]


def test_the_tech_used_in_a_job_is_claimed_there(profile_of: ProfileOf) -> None:
    skills = {hit.id: hit for hit in profile_of(SHOKUMU, "resume").skills}
    for skill in ("python", "pytorch", "aws"):
        assert skill in skills
        assert skills[skill].mentions[0].section == "experience"
