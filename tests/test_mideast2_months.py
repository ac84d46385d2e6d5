"""Month names in Hebrew, Arabic (the Egyptian and Gulf names and the Levant's) and Greek
(nominative, genitive, abbreviated; accented, bare or in capitals) date a range as English
ones do; words spelled like a month that date nothing stay words."""

from __future__ import annotations

import time

import pytest

from .conftest import dated_job_cv, one_range
from .posting_helpers import ProfileOf

NOW = (2026, 11)


@pytest.mark.parametrize(
    ("dates", "start", "end", "ongoing"),
    [
        # Hebrew, also with a prefix glued to the month ("from January")
        ("ינואר 2020 - היום", (2020, 1), NOW, True),
        ("מרץ 2018 – דצמבר 2019", (2018, 3), (2019, 12), False),
        ("מאי 2016 עד אוגוסט 2017", (2016, 5), (2017, 8), False),
        ("מספטמבר 2019 עד היום", (2019, 9), NOW, True),
        ("מרס 2015 - יוני 2016", (2015, 3), (2016, 6), False),
        # Arabic, months of the Egyptian and Gulf calendar and the Levant's
        ("يناير 2017 - ديسمبر 2019", (2017, 1), (2019, 12), False),
        ("أكتوبر 2020 - حتى الآن", (2020, 10), NOW, True),
        ("ابريل 2014 إلى اغسطس 2016", (2014, 4), (2016, 8), False),
        ("كانون الثاني 2018 - تشرين الأول 2020", (2018, 1), (2020, 10), False),
        ("شباط 2015 - آب 2017", (2015, 2), (2017, 8), False),
        ("أيار 2019 - حاليا", (2019, 5), NOW, True),
        ("ايلول 2012 - كانون الاول 2013", (2012, 9), (2013, 12), False),
        ("مارس 2016 - نيسان 2018", (2016, 3), (2018, 4), False),
        # Greek: abbreviations with or without a dot, names in either case and form
        ("Ιαν 2015 - Δεκ 2016", (2015, 1), (2016, 12), False),
        ("Φεβ. 2017 - Οκτ. 2019", (2017, 2), (2019, 10), False),
        ("Ιανουάριος 2018 – Σήμερα", (2018, 1), NOW, True),
        ("Μάρτιος 2019 - Ιούνιος 2021", (2019, 3), (2021, 6), False),
        ("ΜΑΡΤΙΟΣ 2019 - ΙΟΥΝΙΟΣ 2021", (2019, 3), (2021, 6), False),
        ("Μαΐου 2016 έως Σεπτεμβρίου 2018", (2016, 5), (2018, 9), False),
        ("Μαιος 2016 - Νοεμβριος 2018", (2016, 5), (2018, 11), False),
        ("ΑΥΓ 2020 - ΣΗΜΕΡΑ", (2020, 8), NOW, True),
        ("Μάρτιος - Ιούνιος 2021", (2021, 3), (2021, 6), False),
        # the accusative of "από τον Μάιο 2019", and Hebrew's "and until today"
        ("Μάιο 2019 - Ιούνιο 2021", (2019, 5), (2021, 6), False),
        ("ΑΠΡΙΛΙΟ 2019 - ΣΗΜΕΡΑ", (2019, 4), NOW, True),
        ("מינואר 2020 ועד היום", (2020, 1), NOW, True),
        ("ממרץ 2017 ועד אוגוסט 2019", (2017, 3), (2019, 8), False),
    ],
)
def test_mideast2_a_month_name_dates_the_range(
    profile_of: ProfileOf,
    dates: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    cv = dated_job_cv(dates)
    one_range(profile_of(cv, doc_type="resume"), start, end, ongoing)


@pytest.mark.parametrize(
    ("dates", "start", "end"),
    [
        # "مارس" is also "he practised", "آب" a father's word, "Ιαν" a man's name: before a
        # word, not a year, they name no month, and the range keeps its bare years
        ("مارس الطب 2015 - 2018", (2015, 1), (2018, 1)),
        ("Ιαν Σμιθ 2015 - 2018", (2015, 1), (2018, 1)),
        # a month's letters inside a longer word: "Μαρία", "Δεκαετία" name no month
        ("Μαρία 2015 - 2018", (2015, 1), (2018, 1)),
        ("Δεκαετία 2015 - 2018", (2015, 1), (2018, 1)),
    ],
)
def test_mideast2_a_word_spelled_like_a_month_is_no_month(
    profile_of: ProfileOf, dates: str, start: tuple[int, int], end: tuple[int, int]
) -> None:
    cv = dated_job_cv(dates)
    one_range(profile_of(cv, doc_type="resume"), start, end, False)


def test_mideast2_the_range_keeps_its_own_words_and_the_title(profile_of: ProfileOf) -> None:
    cv = (
        "ניסיון תעסוקתי\nמדען נתונים, Acme\nמספטמבר 2019 עד היום\n- Python, SQL\n"
        "מהנדס תוכנה, Beta\nמרץ 2016 – אוגוסט 2019\n- Java\n"
    )
    experience = profile_of(cv, doc_type="resume").experience
    assert [found.text for found in experience.ranges] == [
        "מספטמבר 2019 עד היום",
        "מרץ 2016 – אוגוסט 2019",
    ]
    assert experience.titles == ["מדען נתונים, Acme", "מהנדס תוכנה, Beta"]


def test_mideast2_english_text_is_returned_as_it_is() -> None:
    from mlcareer.extract.mideast_months import english_months

    for text in ("Data Scientist, Jan 2020 - Present", "Entwickler, März 2019 – heute"):
        assert english_months(text) is text


def test_mideast2_a_long_hostile_line_stays_fast() -> None:
    from mlcareer.extract.mideast_months import english_months

    def best_of_three(text: str) -> float:
        timings = []
        for _ in range(3):
            english_months.cache_clear()
            began = time.process_time()
            english_months(text)
            timings.append(time.process_time() - began)
        return min(timings)

    hostile = ("Μάρτιος . - ," + " " * 3) * 2000
    plain = ("Καλημέρα κόσμε" + " " * 2) * len(hostile[: len(hostile) // 16])
    plain = plain[: len(hostile)]
    assert best_of_three(hostile) < 20 * best_of_three(plain) + 0.01
