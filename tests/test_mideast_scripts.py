"""Resumes and postings from Israel, the Arab world and Greece, on small texts written here:
bidi marks and Arabic-Indic digits inside dates, "now" words in Hebrew, Arabic and Greek, and
headings written in those scripts."""

from __future__ import annotations

import pytest

from mlcareer.documents.sections import heading_name

from .conftest import dated_job_cv, one_range
from .posting_helpers import ProfileOf

RLM, LRM = "\u200f", "\u200e"


@pytest.mark.parametrize(
    ("dates", "start", "end", "ongoing"),
    [
        ("2021 - היום", (2021, 1), (2026, 11), True),
        ("03/2021 - עד היום", (2021, 3), (2026, 11), True),
        ("2019 עד 2021", (2019, 1), (2021, 1), False),
        (f"{RLM}2019 - 2021{RLM}", (2019, 1), (2021, 1), False),
        (f"{LRM}2020 - כיום", (2020, 1), (2026, 11), True),
        ("٢٠١٩ - ٢٠٢١", (2019, 1), (2021, 1), False),
        ("۲۰۱۹ - ۲۰۲۱", (2019, 1), (2021, 1), False),
        ("٠٣/٢٠٢٠ - حتى الآن", (2020, 3), (2026, 11), True),
        ("2020 - حاليا", (2020, 1), (2026, 11), True),
        ("2017 إلى 2020", (2017, 1), (2020, 1), False),
        ("03/2020 - σήμερα", (2020, 3), (2026, 11), True),
        ("03/2020 - ΣΗΜΕΡΑ", (2020, 3), (2026, 11), True),
        ("2018 - έως σήμερα", (2018, 1), (2026, 11), True),
        ("2015 έως 2018", (2015, 1), (2018, 1), False),
    ],
)
def test_a_mideast_range_of_dates_is_read(
    profile_of: ProfileOf,
    dates: str,
    start: tuple[int, int],
    end: tuple[int, int],
    ongoing: bool,
) -> None:
    cv = dated_job_cv(dates)
    one_range(profile_of(cv, doc_type="resume"), start, end, ongoing)


def test_bidi_marks_leave_a_skill_whole(profile_of: ProfileOf) -> None:
    cv = f"Experience\nData Scientist, Acme, 2019 - 2021\n- Built models in Python{RLM} and SQL\n"
    skills = {skill.id for skill in profile_of(cv, doc_type="resume").skills}
    assert {"python", "sql"} <= skills


def test_an_arabic_comma_separates_skills(profile_of: ProfileOf) -> None:
    cv = "Skills\nPython، SQL، Docker\n\nExperience\nAnalyst, Acme, 2019 - 2021\n"
    skills = {skill.id for skill in profile_of(cv, doc_type="resume").skills}
    assert {"python", "sql", "docker"} <= skills


@pytest.mark.parametrize(
    "line",
    [
        "Ομάδα 3 έως 5 ατόμων με Python",  # a team of 3 to 5 people
        "צוות של 4 עד 6 מהנדסים",  # a team of 4 to 6 engineers
        "فريق من ٣ إلى ٥ مهندسين",  # a team of 3 to 5 engineers
        "Scaled the service to 2021 users",
    ],
)
def test_counts_with_a_word_of_to_date_nothing(profile_of: ProfileOf, line: str) -> None:
    cv = f"Experience\nData Scientist, Acme\n2019 - 2021\n- {line}\n"
    assert len(profile_of(cv, doc_type="resume").experience.ranges) == 1


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("ניסיון תעסוקתי", "experience"),
        ("ניסיון מקצועי:", "experience"),
        ("שירות צבאי", "experience"),
        ("השכלה", "education"),
        ("כישורים", "skills"),
        ("שפות", "languages"),
        ("דרישות", "requirements"),
        ("דרישות התפקיד:", "requirements"),
        ("יתרון", "preferred"),
        ("יתרונות:", "preferred"),
        ("תיאור התפקיד", "responsibilities"),
        ("الخبرة العملية", "experience"),
        ("الخبرات العملية", "experience"),
        ("التعليم", "education"),
        ("المهارات", "skills"),
        ("اللغات", "languages"),
        ("المتطلبات", "requirements"),
        ("المؤهلات المطلوبة:", "requirements"),
        ("ميزة إضافية", "preferred"),
        ("ميزة اضافية", "preferred"),
        ("ماذا نقدم؟", "benefits"),
        ("Επαγγελματική εμπειρία", "experience"),
        ("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ", "experience"),
        ("Εκπαίδευση", "education"),
        ("Δεξιότητες", "skills"),
        ("Γλώσσες", "languages"),
        ("Απαιτήσεις", "requirements"),
        ("Απαιτούμενα προσόντα:", "requirements"),
        ("Επιθυμητά προσόντα", "preferred"),
        ("Αρμοδιότητες", "responsibilities"),
    ],
)
def test_a_mideast_heading_names_its_section(heading: str, name: str) -> None:
    assert heading_name(heading) == name


@pytest.mark.parametrize(
    "line",
    [
        "ניסיון של 3 שנים ב-Python",  # an item about experience, no heading
        "المهارات المطلوبة في Python و SQL",
        "Εμπειρία με Python",
    ],
)
def test_a_mideast_sentence_is_no_heading(line: str) -> None:
    assert heading_name(line) is None


HEBREW_RESUME = f"""Noa Levi
noa@example.com

ניסיון תעסוקתי
Data Scientist, Lumio, Tel Aviv {RLM}2021 - היום
- Ranking models in Python and PyTorch

השכלה
B.Sc. in Computer Science, Technion, 2014

כישורים
Python, SQL, Spark
"""


def test_a_hebrew_headed_resume_reads_its_sections(profile_of: ProfileOf) -> None:
    profile = profile_of(HEBREW_RESUME)
    assert profile.doc_type == "resume"
    assert [section.name for section in profile.sections] == [
        "experience",
        "education",
        "skills",
    ]
    [job] = profile.experience.jobs
    assert job.years == pytest.approx(5.9, abs=0.1)


HEBREW_POSTING = f"""Data Scientist - Lumio

תיאור התפקיד
פיתוח מודלים של למידת מכונה

דרישות
- ניסיון ב-Python ו-SQL{RLM}

יתרון
- ניסיון עם Airflow
"""


def test_a_hebrew_headed_posting_sorts_its_asks(profile_of: ProfileOf) -> None:
    importance = {req.id: req.importance for req in profile_of(HEBREW_POSTING).requirements}
    assert importance["python"] == importance["sql"] == "required"
    assert importance["airflow"] == "preferred"


def test_israeli_army_service_is_work_and_no_skill(profile_of: ProfileOf) -> None:
    cv = (
        "Noa Levi\nnoa@example.com\n\nניסיון תעסוקתי\nData Scientist, Lumio, 2019 - 2021\n"
        "- Python\n\nשירות צבאי\nIDF, Unit 8200, 2014-2017\n"
        "Team lead, signals analysis; Atuda (academic reserve)\n"
    )
    profile = profile_of(cv, doc_type="resume")
    assert [s.name for s in profile.sections] == ["experience", "experience"]
    assert [job.title for job in profile.experience.jobs][-1].startswith("IDF")
    assert not {"idf", "term:idf", "term:atuda"} & {skill.id for skill in profile.skills}
