"""A Persian job posting: the years it asks ("حداقل ۳ سال سابقه کار"), a skill asked "with"
("آشنایی با Spark"), its wishes ("امتیاز محسوب می‌شود", "ترجیحاً") and needs ("الزامی"),
what it does not need ("الزامی نیست"), degrees offered as alternatives ("کارشناسی یا کارشناسی
ارشد"), and a man's military service status, which is eligibility and no skill."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, posting_info


def persian_posting(*items: str) -> str:
    return "مهندس داده\n\nالزامات\n- Python\n" + "".join(f"- {i}\n" for i in items)


@pytest.mark.parametrize(
    ("item", "years"),
    [
        ("حداقل ۳ سال سابقه کار در زمینه یادگیری ماشین", 3.0),
        ("۵ سال سابقه کاری مرتبط", 5.0),
        ("۴ سال تجربه در یادگیری ماشین", 4.0),
        # a firm's own years, and an age, ask nothing
        ("شرکت ما ۱۰ سال سابقه فعالیت دارد", None),
        ("حداکثر سن ۳۵ سال", None),
    ],
)
def test_persian_years_asked(profile_of: ProfileOf, item: str, years: float | None) -> None:
    assert posting_info(profile_of, persian_posting(item)).years_required == years


def test_persian_at_least_is_no_requirement_of_its_own(profile_of: ProfileOf) -> None:
    found = asked(profile_of, persian_posting("حداقل ۳ سال سابقه کار در زمینه یادگیری ماشین"))
    assert set(found) == {"python", "machine-learning"}


@pytest.mark.parametrize(
    ("item", "skill", "importance"),
    [
        ("آشنایی با Spark", "apache-spark", "required"),
        ("تسلط بر Spark", "apache-spark", "required"),
        ("آشنایی با Spark امتیاز محسوب می\u200cشود", "apache-spark", "preferred"),
        ("تجربه کار با Docker یک مزیت است", "docker", "preferred"),
        ("ترجیحاً آشنایی با Airflow", "airflow", "preferred"),
        ("تسلط بر Kafka الزامی است", "kafka", "required"),
        # "a high score in Kaggle competitions": a score, not a wish
        ("امتیاز بالا در مسابقات Kaggle", "kaggle", "required"),
    ],
)
def test_persian_cues_of_a_skills_importance(
    profile_of: ProfileOf, item: str, skill: str, importance: str
) -> None:
    found = asked(profile_of, persian_posting(item))
    assert found[skill].importance == importance


@pytest.mark.parametrize("item", ["دانش Scala الزامی نیست", "نیازی به Scala نیست"])
def test_persian_not_needed_asks_nothing(profile_of: ProfileOf, item: str) -> None:
    assert "scala" not in asked(profile_of, persian_posting(item))


@pytest.mark.parametrize(
    ("item", "degree"),
    [
        ("مدرک کارشناسی یا کارشناسی ارشد در رشته مهندسی کامپیوتر", "bachelor"),
        ("مدرک کارشناسی ارشد یا دکتری", "master"),
        ("مدرک کارشناسی ارشد در رشته آمار", "master"),
        ("بكالوريوس أو ماجستير في علوم الحاسب", "bachelor"),
    ],
)
def test_persian_degree_alternatives_ask_the_lowest(
    profile_of: ProfileOf, item: str, degree: str
) -> None:
    assert posting_info(profile_of, persian_posting(item)).degree_required == degree


@pytest.mark.parametrize(
    "item",
    [
        "پایان خدمت یا معافیت دائم برای آقایان",
        "داشتن کارت پایان خدمت",
        "معافیت از خدمت سربازی",
    ],
)
def test_persian_military_service_status_is_no_skill(profile_of: ProfileOf, item: str) -> None:
    assert set(asked(profile_of, persian_posting(item))) == {"python"}


def test_persian_posting_read_whole(profile_of: ProfileOf) -> None:
    posting = (
        "مهندس یادگیری ماشین\n\nدرباره ما\nما یک شرکت فعال در حوزه تجارت الکترونیک هستیم.\n\n"
        "الزامات\n- حداقل ۳ سال سابقه کار\n- آشنایی با Python و PyTorch\n\n"
        "امتیاز محسوب می\u200cشود\n- تجربه کار با Kubernetes\n\n"
        "مزایا\n- بیمه تکمیلی\n- ساعت کاری شناور\n"
    )
    profile = profile_of(posting, "posting")
    found = {req.id: req.importance for req in profile.requirements}
    assert found == {
        **{"machine-learning": "mentioned", "python": "required", "pytorch": "required"},
        "kubernetes": "preferred",
    }
    assert profile.posting is not None and profile.posting.years_required == 3.0
