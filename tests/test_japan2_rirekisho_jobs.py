"""A rirekisho's joining line that goes on after "入社" ("2019年4月 株式会社サンプル 入社
データサイエンティストとして配属": joined Sample Inc., posted as a data scientist) and the
job's title: the role the line (or the line below, "...として") names, else the employer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def _rirekisho(*lines: str) -> str:
    return "山田 太郎\n\n学歴・職歴\n" + "\n".join(lines) + "\n以上\n\nスキル\nPython, SQL\n"


@pytest.mark.parametrize(
    ("joining", "title"),
    [
        ("入社 データサイエンティストとして配属", "データサイエンティスト"),
        ("入社 機械学習エンジニア", "機械学習エンジニア"),
        ("入社、データサイエンティストとして勤務", "データサイエンティスト"),
        ("入社 Data Scientist", "Data Scientist"),
    ],
)
def test_a_joining_line_that_names_the_role_after_joining_is_a_job_with_that_title(
    joining: str, title: str, profile_of: ProfileOf
) -> None:
    joined = f"2019年4月 株式会社サンプル {joining}"
    profile = profile_of(_rirekisho(joined, "2022年3月 一身上の都合により退社"), "resume")
    assert [(r.start, r.end) for r in profile.experience.ranges] == [(2019 * 12 + 3, 2022 * 12 + 2)]
    assert [job.title for job in profile.experience.jobs] == [title]


def test_a_role_the_line_below_names_titles_the_job(profile_of: ProfileOf) -> None:
    profile = profile_of(
        _rirekisho(
            "2019年4月 株式会社サンプル 入社",
            "データサイエンティストとして推薦システムの開発を担当",
            "現在に至る",
        ),
        "resume",
    )
    assert [(job.title, job.line) for job in profile.experience.jobs] == [
        ("データサイエンティスト", 4)  # the line its dates stand on
    ]


def test_a_joining_line_that_names_no_role_is_titled_by_its_employer(
    profile_of: ProfileOf,
) -> None:
    profile = profile_of(
        _rirekisho("2019年4月 株式会社サンプル 入社", "推薦システムの開発を担当", "現在に至る"),
        "resume",
    )
    assert [(job.title, job.line) for job in profile.experience.jobs] == [("株式会社サンプル", 4)]


@pytest.mark.parametrize(
    "line",
    [
        "2019年4月 株式会社サンプル 入社後、推薦システムを担当",  # after joining: prose
        "2019年4月に株式会社サンプルへ入社し、現在に至るまで開発に従事",
        "2019年4月 株式会社サンプル 入社式で新人代表を務める",  # the entrance ceremony
    ],
)
def test_a_sentence_about_joining_pairs_nothing(line: str, profile_of: ProfileOf) -> None:
    profile = profile_of(_rirekisho(line, "現在に至る"), "resume")
    assert profile.experience.ranges == []


def test_a_long_hostile_dated_line_is_read_as_fast_as_a_plain_one() -> None:
    import timeit

    from mlcareer.extract.rirekisho import one_date_pairs

    # a dated line of many joining words glued to what follows, none of them ending it
    hostile = "2019年4月 " + "入社し退社し入学" * 2500 + "\n"
    plain = "2019年4月 " + "あ" * (len(hostile) - 10) + "入\n"

    def best(text: str) -> float:
        return min(timeit.repeat(lambda: one_date_pairs(text), number=3, repeat=3))

    assert best(hostile) < 20 * best(plain) + 0.01
