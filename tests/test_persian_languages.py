"""Persian names of spoken languages with their Persian grades ("انگلیسی: عالی", "فارسی: زبان
مادری", "تسلط بر زبان انگلیسی"), in a resume's languages section and as a posting's ask; the
same words elsewhere ("Python خوب", a door, Turkish food) name no language. And the Persian
and Arabic names of machine learning's fields ("یادگیری ماشین", "التعلم العميق")."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, grades_asked_beside_python, spoken_languages_listed


def persian_resume_languages(profile_of: ProfileOf, line: str) -> list[str]:
    return spoken_languages_listed(profile_of, f"علی رضایی\n\nمهارت‌ها\nPython\n\nزبان‌ها\n{line}\n")


def persian_asked_languages(profile_of: ProfileOf, line: str) -> dict[str, str | None]:
    return grades_asked_beside_python(profile_of, f"مهندس داده\n\nالزامات\n- Python\n- {line}\n")


@pytest.mark.parametrize(
    ("line", "language", "grade"),
    [
        ("انگلیسی: عالی", "lang-english", "C1"),
        ("انگلیسی: خوب", "lang-english", "B2"),
        ("انگليسي: خوب", "lang-english", "B2"),  # the Arabic "ي"
        ("عربی: متوسط", "lang-arabic", "B1"),
        ("فارسی: زبان مادری", "lang-persian", "C2"),
        ("آلمانی: مبتدی", "lang-german", "A2"),
        ("فرانسوی (مقدماتی)", "lang-french", "A2"),
        ("پشتو: خوب", "lang-pashto", "B2"),
        ("ترکی: متوسط", "lang-turkish", "B1"),
        ("تسلط بر زبان انگلیسی", "lang-english", "C1"),
        ("انگلیسی در سطح پیشرفته", "lang-english", "C1"),
    ],
)
def test_persian_language_names_and_grades(
    profile_of: ProfileOf, line: str, language: str, grade: str
) -> None:
    assert persian_resume_languages(profile_of, line) == [language]
    assert persian_asked_languages(profile_of, line) == {language: grade}


@pytest.mark.parametrize(
    "line",
    [
        "دری چوبی برای دفتر ساختم",  # "a wooden door": Dari is no word here
        "غذای ترکی و فرانسوی",  # Turkish and French food
        "Python خوب و SQL عالی",  # grades of no language
    ],
)
def test_persian_words_of_a_language_elsewhere_name_none(profile_of: ProfileOf, line: str) -> None:
    text = f"علی رضایی\n\nخلاصه\n{line}\n\nمهارت‌ها\nPython\n"
    profile = profile_of(text, "resume")
    assert [s.id for s in profile.skills if s.category == "spoken-languages"] == []


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("مهندس یادگیری ماشین با ۵ سال تجربه", "machine-learning"),
        ("طراحی مدل‌های یادگیری عمیق", "deep-learning"),
        ("پروژه‌های پردازش زبان طبیعی", "natural-language-processing"),
        ("بینایی ماشین برای تصاویر فروشگاهی", "computer-vision"),
        ("مهندس تعلم الآلة", "machine-learning"),
        ("بناء نماذج التعلم العميق", "deep-learning"),
    ],
)
def test_persian_and_arabic_names_of_ml_fields(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    text = f"علی رضایی\n\nسوابق کاری\nمهندس داده - اسنپ\n- {line}\n"
    assert skill in {hit.id for hit in profile_of(text, "resume").skills}
