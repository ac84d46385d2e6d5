"""Misreadings left by the day's probes: Romanian item openings and accented slugs, East Asian
ranges with no dash, East Asian words that only look like degrees and their status words, a
German doctorate under way and an old "since", and a "You will be:" list of traits. Small
texts written here."""

from __future__ import annotations

import pytest

from mlcareer.models import Degree, Profile

from .conftest import one_range
from .posting_helpers import ProfileOf, asked, listed


def _terms(profile_of: ProfileOf, *items: str) -> list[str]:
    found = asked(profile_of, "Inginer de date\n\nCerințe\n" + "".join(f"- {i}\n" for i in items))
    return [key for key in found if key.startswith("term:")]


# 1. Romanian openings and accented slugs


@pytest.mark.parametrize(
    "item",
    [
        "Minim 3 ani experiență în inginerie de date",
        "Certificare AWS",
        "Cunoștințe de statistică",
        "Cel puțin 2 ani de experiență",
        "Abilități bune de comunicare",
        "Gândire analitică",
        "Experienta de minim 2 ani",
    ],
)
def test_a_romanian_items_common_words_name_no_term(profile_of: ProfileOf, item: str) -> None:
    assert _terms(profile_of, item, "Python") == []


def test_a_name_on_a_romanian_line_is_still_a_term(profile_of: ProfileOf) -> None:
    assert _terms(profile_of, "Minim 3 ani experiență în Zorblex") == ["term:zorblex"]


@pytest.mark.parametrize(
    ("item", "key"),
    [
        ("Experience with Ştiinţă Platform", "term:stiinta-platform"),
        ("Experience with Zorblex Ăuditor", "term:zorblex-auditor"),
        ("Experience with Smørrebrød Studio", "term:smorrebrod-studio"),
        ("Experience with Łódź Gateway", "term:lodz-gateway"),
    ],
)
def test_an_accented_terms_id_keeps_its_words_whole(
    profile_of: ProfileOf, item: str, key: str
) -> None:
    assert key in asked(profile_of, listed(item, "Python"))


# 2. East Asian ranges with no dash


def _resume(body: str) -> str:
    return f"Wang Wei\n\nExperience\n{body}\n"


@pytest.mark.parametrize(
    ("line", "start", "end", "ongoing"),
    [
        ("2018年7月至今 Acme 算法工程师", (2018, 7), (2026, 11), True),
        ("2018年7月至2020年1月 Acme 算法工程师", (2018, 7), (2020, 1), False),
        ("2019年4月から現在まで Acme株式会社 エンジニア", (2019, 4), (2026, 11), True),
        ("2019.03 ~ 재직중 Acme 엔지니어", (2019, 3), (2026, 11), True),
        ("2019.03 - 재직 중 Acme 엔지니어", (2019, 3), (2026, 11), True),
        ("字节跳动2019.03-至今算法工程师", (2019, 3), (2026, 11), True),
    ],
)
def test_an_east_asian_range_is_read(
    profile_of: ProfileOf,
    line: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    one_range(profile_of(_resume(line), "resume"), start, end, ongoing)


def test_a_year_and_a_word_with_zhi_is_no_range(profile_of: ProfileOf) -> None:
    profile = profile_of(_resume("Acme 2019年至关重要的项目 2018.03-2019.05"), "resume")
    one_range(profile, (2018, 3), (2019, 5), False)


# 3. East Asian words that look like degrees, and status words


def _degrees(profile: Profile) -> list[Degree]:
    return profile.education.degrees


@pytest.mark.parametrize(
    "line",
    [
        "2019.03-2021.05 博士伦 销售经理",
        "2021.06-2023.01 王博士实验室 助理",
        "2019.03-2021.05 학사지원팀 직원",
        "2021.06-2023.01 서울대학교 박사후연구원",
        "2021.06-2023.01 서울대학교 박사 후 연구원",
    ],
)
def test_an_east_asian_job_names_no_degree(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Li Ming\n\n工作经历\n{line}\n", "resume")
    assert _degrees(profile) == []


@pytest.mark.parametrize(
    "line",
    ["2015.09-2018.06 清华大学 计算机博士", "2010.03-2014.02 서울대학교 컴퓨터공학 학사"],
)
def test_an_east_asian_degree_is_still_read(profile_of: ProfileOf, line: str) -> None:
    profile = profile_of(f"Li Ming\n\n教育背景\n{line}\n", "resume")
    assert len(_degrees(profile)) == 1


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("清华大学 计算机科学 硕士在读", "master"),
        ("東京大学 情報理工学 博士課程 在学中", "phd"),
        ("서울대학교 컴퓨터공학 석사 재학중", "master"),
    ],
)
def test_an_east_asian_status_marks_the_degree_under_way(
    profile_of: ProfileOf, line: str, level: str
) -> None:
    [degree] = _degrees(profile_of(f"Li Ming\n\n教育背景\n{line}\n", "resume"))
    assert (degree.level, degree.in_progress) == (level, True)


def test_an_east_asian_degree_with_no_status_is_held(profile_of: ProfileOf) -> None:
    [degree] = _degrees(profile_of("Li Ming\n\n教育背景\n清华大学 计算机科学 硕士\n", "resume"))
    assert not degree.in_progress


# 4. A German doctorate under way, and an old "since"


def test_a_promotion_dated_to_now_is_under_way(profile_of: ProfileOf) -> None:
    text = "Max Muster\n\nAusbildung\n2019 - heute  Promotion (PhD) Informatik, TU München\n"
    [degree] = _degrees(profile_of(text, "resume"))
    assert (degree.level, degree.in_progress) == ("phd", True)


@pytest.mark.parametrize(
    ("opening", "in_progress"),
    [("Since 2012", False), ("2010 - present", False), ("Since 2022", True)],
)
def test_a_degree_dated_to_now_for_years_is_held(
    profile_of: ProfileOf, opening: str, in_progress: bool
) -> None:
    text = f"John Doe\n\nEducation\n{opening}  M.Sc. Computer Science, ETH Zurich\n"
    [degree] = _degrees(profile_of(text, "resume"))
    assert degree.in_progress is in_progress


# 5. A "You will be:" list of traits


_TRAITS = "- Fluent in Python and SQL\n- Experienced with Airflow (3+ years)\n"
_DUTIES = "- Building data pipelines in Python\n- Owning our Airflow DAGs\n"


@pytest.mark.parametrize("heading", ["You will be:", "You'll be:"])
def test_a_list_of_traits_asks(profile_of: ProfileOf, heading: str) -> None:
    text = f"Data Engineer\n\nAbout us\nWe build things.\n\n{heading}\n{_TRAITS}"
    found = asked(profile_of, text)
    assert found["python"].importance == "required"
    assert found["airflow"].section == "requirements"


def test_a_list_of_duties_stays_duties(profile_of: ProfileOf) -> None:
    text = f"Data Engineer\n\nAbout us\nWe build things.\n\nYou will be:\n{_DUTIES}"
    assert asked(profile_of, text)["python"].section == "responsibilities"
