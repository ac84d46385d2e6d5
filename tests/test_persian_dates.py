"""Solar Hijri dates (Iran, Afghanistan) and Hijri ones (the Gulf's "1441 هـ") are read in the
common era: a Persian month with its year to the month, a bare year in a Persian or Iranian
document's range to the year, a marked Hijri year to the Gregorian year holding most of it.
Numbers that only look like such years (ports, rooms, head counts) and Gregorian dates stay as
they were."""

from __future__ import annotations

import time

import pytest

from mlcareer.extract.hijri_dates import gregorian

from .conftest import dated_job_cv, one_range
from .posting_helpers import ProfileOf

NOW = (2026, 11)


@pytest.mark.parametrize(
    ("dates", "start", "end", "ongoing"),
    [
        # a Persian month and its year, in Persian digits or plain ones, to now in Persian
        ("مهر ۱۴۰۰ - تاکنون", (2021, 10), NOW, True),
        ("فروردین ۱۳۹۸ - شهریور ۱۴۰۰", (2019, 4), (2021, 9), False),
        ("اردیبهشت 1401 - تا کنون", (2022, 5), NOW, True),
        ("آبان ۱۳۹۹ تا اکنون", (2020, 11), NOW, True),
        # Dey, Bahman and Esfand fall in the next Gregorian year
        ("دی ۱۴۰۰ - اسفند ماه ۱۴۰۱", (2022, 1), (2023, 3), False),
        ("بهمن ۱۳۹۷ - مهرماه ۱۳۹۹", (2019, 2), (2020, 10), False),
        # the Arabic "ي" a Persian text typed on an Arabic keyboard has
        ("تير ۱۳۹۸ - دي ۱۳۹۹", (2019, 7), (2021, 1), False),
        # the Afghan (zodiac) months
        ("حمل ۱۳۹۹ - جدی ۱۴۰۰", (2020, 4), (2022, 1), False),
        ("میزان ۱۳۹۷ - حوت ۱۳۹۸", (2018, 10), (2020, 3), False),
        # bare years in a Persian document's range, to and "until now"
        ("۱۳۹۶ - ۱۳۹۸ (شرکت)", (2017, 1), (2019, 1), False),
        ("۱۳۹۷ تا ۱۴۰۰ کابل", (2018, 1), (2021, 1), False),
        ("۱۴۰۰ - هم‌اکنون", (2021, 1), NOW, True),
        ("1398 ه.ش - 1400 ه.ش", (2019, 1), (2021, 1), False),
        # a year and a month in figures, in a Persian document
        ("۱۴۰۰/۰۷ - ۱۴۰۱/۰۳ (دیجی\u200cکالا)", (2021, 10), (2022, 6), False),
        ("1398/01 - اکنون", (2019, 4), NOW, True),
        ("۰۷/۱۳۹۹ - ۰۳/۱۴۰۱ (دیجی\u200cکالا)", (2020, 10), (2022, 6), False),
        ("1399/10 - 1400/12 (دیجی\u200cکالا)", (2021, 1), (2022, 3), False),
        # Hijri (lunar) years with their mark; a Gregorian year with its own
        ("1441 هـ - حتى الآن", (2020, 1), NOW, True),
        ("1438 هـ - 1441 هـ", (2017, 1), (2020, 1), False),
        ("1434 - 1438 هـ", (2013, 1), (2017, 1), False),
        ("2019م - 2021م", (2019, 1), (2021, 1), False),
        # the Gregorian months in Persian
        ("سپتامبر 2019 - ژوئن 2021", (2019, 9), (2021, 6), False),
        ("ژانویه ۲۰۲۰ - تاکنون", (2020, 1), NOW, True),
        ("می 2018 - اوت 2019", (2018, 5), (2019, 8), False),
        ("اکتبر 2017 - دسامبر 2018", (2017, 10), (2018, 12), False),
    ],
)
def test_persian_solar_and_lunar_hijri_dates_read_in_the_common_era(
    profile_of: ProfileOf,
    dates: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    one_range(profile_of(dated_job_cv(dates), doc_type="resume"), start, end, ongoing)


_ENGLISH_IRANIAN_CV = """Reza Karimi
Machine Learning Engineer, Tehran, Iran

Experience
ML Engineer, Digikala, 1400 - Present
- Built a search ranker in Python and PyTorch.
Data Analyst, Snapp, 1398 - 1400
- Wrote SQL reports.

Education
Sharif University of Technology, B.Sc. in Computer Engineering, 1394 - 1398
"""


def test_persian_english_resume_with_solar_hijri_years(profile_of: ProfileOf) -> None:
    profile = profile_of(_ENGLISH_IRANIAN_CV, "resume")
    spans = sorted((r.start // 12, r.end // 12, r.ongoing) for r in profile.experience.ranges)
    assert (2021, 2026, True) in spans and (2019, 2021, False) in spans
    assert all(r.start // 12 > 2000 for r in profile.experience.ranges)
    assert 7 < profile.experience.years < 9
    [degree] = profile.education.degrees
    assert degree.dates is not None and (degree.dates.start // 12, degree.dates.end // 12) == (
        2015,
        2019,
    )


@pytest.mark.parametrize(
    "line",
    [
        "Configured ports 1398 - 1402 for the gateway",
        "Room 1399 - 2nd floor",
        "Grew the team to 1400 employees",
        "pp. 1390 - 1402",
    ],
)
def test_persian_lookalike_numbers_in_an_iranian_resume_date_nothing(
    profile_of: ProfileOf, line: str
) -> None:
    cv = f"Tehran, Iran\n\nExperience\nData Scientist, Acme\n2019 - 2021\n- {line}\n"
    one_range(profile_of(cv, "resume"), (2019, 1), (2021, 1), False)


def test_persian_bare_hijri_looking_range_stays_outside_iran(profile_of: ProfileOf) -> None:
    # neither Persian letters nor an Iranian place: "1398 - 1402" is no date
    cv = "Experience\nNetwork Engineer, Acme\n2019 - 2021\n- Opened 1398 - 1402 to traffic\n"
    one_range(profile_of(cv, "resume"), (2019, 1), (2021, 1), False)


def test_persian_arabic_bare_years_without_a_mark_stay(profile_of: ProfileOf) -> None:
    # an Arabic line's bare 14xx years name no calendar: left as they are (no work dated)
    cv = "الخبرة العملية\nمحلل بيانات - أرامكو\n1438 - 1441\n- SQL\n"
    assert profile_of(cv, "resume").experience.ranges == []


def test_persian_gregorian_dates_in_a_persian_resume_stay(profile_of: ProfileOf) -> None:
    cv = "سوابق کاری\nمهندس داده - اسنپ\n2019 - 2021\n- Python\n"
    ranges = profile_of(cv, "resume").experience.ranges
    assert ranges and all((r.start // 12, r.end // 12) == (2019, 2021) for r in ranges)


def test_persian_dates_rewrite_keeps_length_and_is_fast_on_a_hostile_line() -> None:
    assert len(gregorian("مهر 1400 - 1438 هـ - دی 1399")) == len("مهر 1400 - 1438 هـ - دی 1399")
    # years each before a long run of blanks and no end, against a line of words as long
    hostile = "ی " + ("1400" + " \t" * 20 + "ه ") * 300
    plain = "ی 1400 " + "abcd e f " * ((len(hostile) - 7) // 9)
    plain = plain.ljust(len(hostile))

    def best(text: str) -> float:
        times = []
        for _ in range(3):
            began = time.process_time()
            gregorian(text + "\n")
            times.append(time.process_time() - began)
        return min(times)

    assert best(hostile) < 10 * best(plain) + 0.01
