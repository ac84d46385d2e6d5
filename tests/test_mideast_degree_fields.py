"""A degree's field written in Persian or Arabic ("کارشناسی ارشد مهندسی کامپیوتر", "بكالوريوس
علوم الحاسوب") is read as its area, as the same degree written in English is. Small texts
written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _field(profile_of: ProfileOf, degree: str) -> str | None:
    text = f"سارا احمدی\nتهران\n\nتحصیلات\n{degree}\n\nسوابق کاری\nمهندس داده، دیجی‌کالا\n"
    return profile_of(text, "resume").education.field


@pytest.mark.parametrize(
    ("degree", "field"),
    [
        ("کارشناسی ارشد مهندسی کامپیوتر، دانشگاه تهران", "computer science"),
        ("کارشناسی مهندسی نرم‌افزار، دانشگاه شریف", "computer science"),
        ("کارشناسی ارشد آمار، دانشگاه شیراز", "statistics"),
        ("دکتری هوش مصنوعی، دانشگاه امیرکبیر", "artificial intelligence"),
        ("کارشناسی مهندسی برق، دانشگاه تبریز", "electrical engineering"),
        ("کارشناسی مهندسی عمران، دانشگاه تبریز", "engineering"),
        ("بكالوريوس علوم الحاسوب، جامعة الملك سعود", "computer science"),
        ("ماجستير في علم البيانات، جامعة القاهرة", "data science"),
    ],
)
def test_a_persian_or_arabic_degree_field_is_read(
    profile_of: ProfileOf, degree: str, field: str
) -> None:
    assert _field(profile_of, degree) == field


def test_a_persian_school_name_alone_gives_no_field(profile_of: ProfileOf) -> None:
    assert _field(profile_of, "کارشناسی، دانشگاه تهران") is None
