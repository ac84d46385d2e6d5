"""Leftovers in other languages: Indonesian "baik lisan maupun tulisan", Russian and Ukrainian
A/B tests and "на уровне B2", Hebrew and Arabic ranges written newest first ("היום - 2019"),
Solar Hijri months in one figure ("1400/7"), and a rewritten range reported as written. Small
texts written here."""

from __future__ import annotations

import pytest

from .conftest import one_range
from .posting_helpers import ProfileOf, asked


def test_spoken_and_written_in_indonesian_asks_no_term(profile_of: ProfileOf) -> None:
    text = (
        "Data Scientist\n\nKualifikasi:\n- Menguasai Python\n"
        "- Mampu berkomunikasi dalam bahasa Inggris dengan baik, baik lisan maupun tulisan\n"
    )
    found = asked(profile_of, text)
    assert "lang-english" in found
    assert [key for key in found if key.startswith("term:")] == []


def test_an_english_line_keeps_its_terms_beside_maupun_rules(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nRequirements\n- Python\n- Experience with Zorblex, both written\n"
    assert "term:zorblex" in asked(profile_of, text)


@pytest.mark.parametrize(
    "item",
    [
        "Опыт проведения A/B тестов и статистического анализа",
        "Опыт A/B-тестирования",
        "Досвід A/B тестування",
        "Досвід A/B-тестів",
    ],
)
def test_ab_tests_in_russian_and_ukrainian(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, f"Data Scientist\n\nТребования:\n- {item}\n- Python\n")
    assert "ab-testing" in found
    assert [key for key in found if key.startswith("term:a")] == []


@pytest.mark.parametrize("item", ["Английский язык на уровне B2", "Англійська мова на рівні B2"])
def test_a_grade_after_na_urovne_is_the_languages_grade(profile_of: ProfileOf, item: str) -> None:
    found = asked(profile_of, f"Data Scientist\n\nТребования:\n- Python\n- {item}\n")
    assert found["lang-english"].grade == "B2"
    assert "term:b2" not in found


def test_a_grade_code_alone_in_russian_prose_is_still_a_term(profile_of: ProfileOf) -> None:
    text = "Data Scientist\n\nТребования:\n- Python\n- Опыт с платформой B2 обязателен\n"
    assert "term:b2" in asked(profile_of, text)


def _job(dates: str) -> str:
    return f"ניסיון תעסוקתי\nמהנדסת למידת מכונה, חברת אלפא\n{dates}\n- Python, PyTorch\n"


@pytest.mark.parametrize(
    ("dates", "start", "ongoing"),
    [
        ("היום - 2019", (2019, 1), True),
        ("כיום – 03/2020", (2020, 3), True),
        ("حاليا - 2018", (2018, 1), True),
    ],
)
def test_now_written_first_in_hebrew_and_arabic(
    profile_of: ProfileOf, dates: str, start: tuple[int, int], ongoing: bool
) -> None:
    assert one_range(profile_of(_job(dates), "resume"), start, (2026, 11), ongoing) == dates


def test_a_hebrew_word_for_today_in_prose_dates_nothing(profile_of: ProfileOf) -> None:
    text = "ניסיון תעסוקתי\nמהנדסת, חברת אלפא\nהיום אני עובדת עם 2019 לקוחות\n- Python\n"
    assert profile_of(text, "resume").experience.ranges == []


_PERSIAN_CV = "Ali Rezaei\nData Scientist, Tehran\n\nExperience\n{dates}  Analyst, Snapp\n- SQL\n"


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        ("1400/7 - 1403/2", (2021, 10), (2024, 5)),  # Mehr is most of October
        ("7/1398 - 2/1400", (2019, 10), (2021, 5)),
        ("1399/1 - 1400/10", (2020, 4), (2022, 1)),
    ],
)
def test_solar_hijri_months_in_one_figure(
    profile_of: ProfileOf, dates: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    profile = profile_of(_PERSIAN_CV.format(dates=dates), "resume")
    assert one_range(profile, start, end, False) == dates  # reported as written


def test_a_decimal_in_a_persian_cv_is_no_month(profile_of: ProfileOf) -> None:
    profile = profile_of(_PERSIAN_CV.format(dates="Scored 1400.7 - 1403.2 points"), "resume")
    assert profile.experience.ranges == []


def test_one_figure_months_in_a_cv_from_elsewhere_are_not_solar_hijri(
    profile_of: ProfileOf,
) -> None:
    text = "Sam Lee\nData Scientist, Leeds\n\nExperience\n1400/7 - 1403/2  Analyst, Acme\n- SQL\n"
    assert profile_of(text, "resume").experience.ranges == []


def test_a_persian_range_is_reported_as_written(profile_of: ProfileOf) -> None:
    text = "Ali Rezaei\nTehran\n\nEducation\n1395 - 1399  B.Sc. Computer Engineering, Sharif\n"
    [found] = profile_of(text, "resume").experience.ranges
    assert found.text == "1395 - 1399"
    assert (found.start // 12, found.end // 12) == (2016, 2020)


def test_a_persian_range_written_newest_first(profile_of: ProfileOf) -> None:
    text = (
        "علی رضایی\nدانشمند داده\n\nسوابق کاری\nتاکنون - 1398  دانشمند داده، دیجی‌کالا\n- Python\n"
    )
    assert one_range(profile_of(text, "resume"), (2019, 1), (2026, 11), True) == "تاکنون - 1398"


def test_present_before_a_number_in_an_english_cv_is_no_range(profile_of: ProfileOf) -> None:
    text = "Sam Lee\n\nExperience\nAnalyst, Acme\nPresent - 1398 slides to the board\n- SQL\n"
    assert profile_of(text, "resume").experience.ranges == []


def test_a_head_in_chinese_letters_before_a_full_width_bracket(profile_of: ProfileOf) -> None:
    # a head with no Latin word before its examples made the alternatives reader fail
    text = "EDUCATION\nLanguages: English (native), Deutsch (B2), 日本語（N3）\n"
    found = asked(profile_of, text)
    assert {"lang-english", "lang-german"} <= set(found)


def test_a_thai_jobs_title_leaves_out_its_dates(profile_of: ProfileOf) -> None:
    text = (
        "สมชาย ใจดี\n\nประสบการณ์ทำงาน\nData Engineer, Acme Co., มิ.ย. 2563 - ธ.ค. 2566\n"
        "- Built pipelines in Python and SQL\n"
    )
    experience = profile_of(text, "resume").experience
    assert [job.title for job in experience.jobs] == ["Data Engineer, Acme Co."]
    assert [found.text for found in experience.ranges] == ["มิ.ย. 2563 - ธ.ค. 2566"]


def test_a_one_figure_month_ending_a_persian_range_is_reported_whole(
    profile_of: ProfileOf,
) -> None:
    text = (
        "علی رضایی\nسوابق کاری\nمهندس داده، شرکت دیجی‌کالا، 7/1398 - 7/1400\n"
        "تحلیلگر داده، شرکت اسنپ، 1396/12 - 1397/3\nPython\n"
    )
    experience = profile_of(text, "resume").experience
    assert [found.text for found in experience.ranges] == ["7/1398 - 7/1400", "1396/12 - 1397/3"]
    assert all("1400" not in job.title and "2021" not in job.title for job in experience.jobs)
