"""Job titles written in Persian or Arabic name their work in English words: a posting titled
"مهندس یادگیری ماشین" (machine learning engineer) is technical work for an ML engineer even
when its lists name no skill; a civil engineer or a data-entry clerk is not. Small texts
written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _posting(profile_of: ProfileOf, title: str) -> tuple[bool, str | None]:
    text = f"{title}\n\nشرح وظایف\n- همکاری با تیم محصول\n\nشرایط احراز\n- ۳ سال سابقه کار\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    return posting.technical, posting.role


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("استخدام مهندس یادگیری ماشین", "ml-engineer"),
        ("مهندس تعلم الآلة", "ml-engineer"),
        ("دانشمند داده ارشد", "data-scientist"),
        ("عالم بيانات", "data-scientist"),
        ("تحلیلگر داده", "data-analyst"),
        ("مهندس داده", "data-engineer"),
    ],
)
def test_a_persian_or_arabic_title_names_technical_work(
    profile_of: ProfileOf, title: str, role: str
) -> None:
    assert _posting(profile_of, title) == (True, role)


@pytest.mark.parametrize("title", ["مهندس عمران", "ورود داده", "مدخل بيانات", "مدیر فروش"])
def test_other_persian_or_arabic_titles_stay_other_work(profile_of: ProfileOf, title: str) -> None:
    technical, _ = _posting(profile_of, title)
    assert technical is False


def test_a_persian_hiring_word_is_not_part_of_the_title(profile_of: ProfileOf) -> None:
    text = "استخدام مهندس داده\n\nشرایط احراز\n- ۳ سال سابقه کار با Python\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.title == "مهندس داده"


def test_an_arabic_title_opening_with_the_word_for_use_keeps_it(profile_of: ProfileOf) -> None:
    text = "استخدام الذكاء الاصطناعي في الرعاية الصحية\n\nالمتطلبات\n- خبرة 3 سنوات في Python\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None and posting.title is not None
    assert posting.title.startswith("استخدام")


@pytest.mark.parametrize("title", ["استخدام برنامه‌نویس پایتون", "مطور برمجيات", "توسعه‌دهنده وب"])
def test_a_persian_or_arabic_programmer_or_developer_is_technical(
    profile_of: ProfileOf, title: str
) -> None:
    technical, _ = _posting(profile_of, title)
    assert technical is True


def test_an_arabic_business_developer_is_not_technical(profile_of: ProfileOf) -> None:
    technical, _ = _posting(profile_of, "مطور أعمال")
    assert technical is False
