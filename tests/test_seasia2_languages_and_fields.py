"""Vietnamese, Indonesian, Malay and Thai names of spoken languages with their grades ("Tiếng
Anh: giao tiếp tốt", "Bahasa Inggris (aktif)", "ภาษาอังกฤษ: ดี"), and the fields of degrees
those languages name ("S1 Teknik Informatika", "Cử nhân Khoa học Máy tính"). Texts written
here."""

from __future__ import annotations

import pytest

from mlcareer.extract.language_grades import grade_beside

from .posting_helpers import ProfileOf, grades_asked_beside_python, spoken_languages_listed


def resume_languages(profile_of: ProfileOf, line: str) -> list[str]:
    return spoken_languages_listed(profile_of, f"Jane Doe\n\nSkills\nPython\n\nLanguages\n{line}\n")


def asked_languages(profile_of: ProfileOf, line: str) -> dict[str, str | None]:
    return grades_asked_beside_python(
        profile_of, f"Data Engineer\n\nRequirements\n- Python\n- {line}\n"
    )


@pytest.mark.parametrize(
    ("line", "language", "grade"),
    [
        ("Tiếng Anh: giao tiếp tốt", "lang-english", "B2"),
        ("Tiếng Nhật: cơ bản", "lang-japanese", "A2"),
        ("Tiếng Anh lưu loát", "lang-english", "C1"),
        ("Tiếng Anh: thành thạo", "lang-english", "C1"),
        ("Tiếng Trung: khá", "lang-mandarin", "B1"),
        ("Bahasa Inggris (aktif)", "lang-english", "B2"),
        ("Bahasa Inggris aktif", "lang-english", "B2"),
        ("Mampu berbahasa Inggris dengan baik", "lang-english", "B2"),
        ("Bahasa Jepang (dasar)", "lang-japanese", "A2"),
        ("Bahasa Inggeris (Fasih)", "lang-english", "C1"),
        ("Bahasa Inggris: lancar", "lang-english", "C1"),
        ("ภาษาอังกฤษ: ดี", "lang-english", "B2"),
        ("ภาษาอังกฤษ (ดีมาก)", "lang-english", "C1"),
        ("ภาษาญี่ปุ่น: พอใช้", "lang-japanese", "B1"),
    ],
)
def test_seasia_language_names_and_grades(
    profile_of: ProfileOf, line: str, language: str, grade: str
) -> None:
    assert resume_languages(profile_of, line) == [language]
    assert asked_languages(profile_of, line) == {language: grade}


@pytest.mark.parametrize(
    "line",
    [
        "Anh Minh là trưởng nhóm dữ liệu",  # "Anh": a name, a pronoun
        "Ông Anh đã làm việc tại Hà Nội",
        "Kuliah di Inggris selama dua tahun",  # England, the country
        "Kantor cabang di Inggris dan Jepang",
    ],
)
def test_seasia_words_for_a_people_or_a_place_name_no_language(
    profile_of: ProfileOf, line: str
) -> None:
    text = f"Jane Doe\n\nSummary\n{line}\n\nSkills\nPython\n"
    profile = profile_of(text, "resume")
    assert [s.id for s in profile.skills if s.category == "spoken-languages"] == []


@pytest.mark.parametrize(
    ("line", "name", "grade"),
    [
        ("English upper intermediate", "English", "B2"),  # a grade of two words after the name
        ("English native or bilingual", "English", "C2"),
        ("German engineering at C1 Systems", "German", None),
        ("English, German (B1)", "English", None),
        ("Tốt nghiệp English", "English", None),
    ],
)
def test_seasia_grades_after_a_name_lookalikes(line: str, name: str, grade: str | None) -> None:
    at = line.index(name)
    found = grade_beside(line, (at, at + len(name)))
    assert (found.cefr if found else None) == grade


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        (
            "Lulusan S2 (Magister Ilmu Komputer), Universitas Indonesia, 2019 - 2021",
            "master",
            "computer science",
        ),
        (
            "S1 Teknik Informatika - Universitas Gadjah Mada, 2015 - 2019",
            "bachelor",
            "computer science",
        ),
        ("S1 Teknik Sipil - Universitas Gadjah Mada, 2015 - 2019", "bachelor", "Teknik Sipil"),
        ("Lulusan S1 Akuntansi, Universitas Indonesia, 2015 - 2019", "bachelor", "Akuntansi"),
        (
            "Cử nhân Khoa học Máy tính, Đại học Bách khoa Hà Nội, 2016 - 2020",
            "bachelor",
            "computer science",
        ),
        ("Cử nhân Ngôn ngữ Anh, Đại học Hà Nội, 2014 - 2018", "bachelor", "Ngôn ngữ Anh"),
        ("Thạc sĩ Thống kê, Đại học Kinh tế Quốc dân, 2018 - 2020", "master", "statistics"),
        (
            "ปริญญาตรี วิศวกรรมคอมพิวเตอร์ มหาวิทยาลัยเกษตรศาสตร์ 2016 - 2020",
            "bachelor",
            "computer science",
        ),
        # English lookalikes keep their reading
        ("MBA - Finance, 2015 - 2017", "master", "economics"),
        ("Bachelor of Arts, Philosophy, 2010 - 2014", "bachelor", "Philosophy"),
    ],
)
def test_seasia_degree_fields(profile_of: ProfileOf, line: str, level: str, field: str) -> None:
    profile = profile_of(f"Jane Doe\n\nEducation\n{line}\n", "resume")
    assert [(d.level, d.field) for d in profile.education.degrees] == [(level, field)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Pendidikan minimal S1 Teknik Informatika", "computer science"),
        ("Pendidikan minimal S1 Teknik Sipil", None),  # not "Pendidikan minimal S"
        ("Lulusan S2 (Magister Ilmu Komputer)", "computer science"),
    ],
)
def test_seasia_posting_degree_fields(profile_of: ProfileOf, line: str, field: str | None) -> None:
    posting = profile_of(f"Data Engineer\n\nKualifikasi\n- {line}\n- Menguasai Python\n", "posting")
    assert [d.field for d in posting.education.degrees] == [field]
