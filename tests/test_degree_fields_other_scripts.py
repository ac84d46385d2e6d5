"""A degree's field written in Persian, Arabic, Russian or Ukrainian ("کارشناسی ارشد مهندسی
کامپیوتر", "بكالوريوس علوم الحاسوب", "Прикладная математика и информатика", "Комп'ютерні
науки") is read as its area, as the same degree written in English is; a school's name alone
gives none. Small texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf

# A resume's skeleton in each script: its name and town, education heading, experience
_PERSIAN_CV = "سارا احمدی\nتهران\n\nتحصیلات\n{degree}\n\nسوابق کاری\nمهندس داده، دیجی‌کالا\n"
_RUSSIAN_CV = "Иван Петров\nМосква\n\nОбразование\n{degree}\n\nОпыт работы\nАналитик, Яндекс\n"


def _field(profile_of: ProfileOf, skeleton: str, degree: str) -> str | None:
    return profile_of(skeleton.format(degree=degree), "resume").education.field


@pytest.mark.parametrize(
    ("skeleton", "degree", "field"),
    [
        (_PERSIAN_CV, "کارشناسی ارشد مهندسی کامپیوتر، دانشگاه تهران", "computer science"),
        (_PERSIAN_CV, "کارشناسی مهندسی نرم‌افزار، دانشگاه شریف", "computer science"),
        (_PERSIAN_CV, "کارشناسی ارشد آمار، دانشگاه شیراز", "statistics"),
        (_PERSIAN_CV, "دکتری هوش مصنوعی، دانشگاه امیرکبیر", "artificial intelligence"),
        (_PERSIAN_CV, "کارشناسی مهندسی برق، دانشگاه تبریز", "electrical engineering"),
        (_PERSIAN_CV, "کارشناسی مهندسی عمران، دانشگاه تبریز", "engineering"),
        (_PERSIAN_CV, "بكالوريوس علوم الحاسوب، جامعة الملك سعود", "computer science"),
        (_PERSIAN_CV, "ماجستير في علم البيانات، جامعة القاهرة", "data science"),
        (
            _RUSSIAN_CV,
            "Магистр, Прикладная математика и информатика, МГУ, 2015 - 2017",
            "computer science",
        ),
        (_RUSSIAN_CV, "Бакалавр, Прикладная математика, МФТИ, 2011 - 2015", "mathematics"),
        (_RUSSIAN_CV, "Бакалавр, Физика, СПбГУ, 2011 - 2015", "physics"),
        (_RUSSIAN_CV, "Магистр, Машинное обучение, ВШЭ, 2018 - 2020", "artificial intelligence"),
        (_RUSSIAN_CV, "Бакалавр, Экономика, ВШЭ, 2014 - 2018", "economics"),
        (_RUSSIAN_CV, "Спеціаліст, Комп'ютерні науки, КПІ, 2010 - 2015", "computer science"),
        (_RUSSIAN_CV, "Бакалавр, Статистика, КНУ, 2012 - 2016", "statistics"),
    ],
)
def test_a_degree_field_in_another_script_is_read(
    profile_of: ProfileOf, skeleton: str, degree: str, field: str
) -> None:
    assert _field(profile_of, skeleton, degree) == field


@pytest.mark.parametrize(
    ("skeleton", "degree"),
    [(_PERSIAN_CV, "کارشناسی، دانشگاه تهران"), (_RUSSIAN_CV, "Бакалавр, МГУ, 2011 - 2015")],
)
def test_a_school_name_alone_gives_no_field(
    profile_of: ProfileOf, skeleton: str, degree: str
) -> None:
    assert _field(profile_of, skeleton, degree) is None
