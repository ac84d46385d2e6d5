"""What postings and resumes written in Hebrew, Arabic or Greek ask and show, on texts
written here: years of experience, spoken languages named in their own script and graded in
its words, and the common words of an ask naming no term."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf, asked, posting_info


def _posting(line: str) -> str:
    return f"Data Scientist\n\nRequirements\n- {line}\n- Python\n"


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("3+ שנות ניסיון בפיתוח מודלים", 3),
        ("לפחות 4 שנים של ניסיון ב-Python", 4),
        ("خبرة لا تقل عن 3 سنوات في تعلم الآلة", 3),
        ("خبرة ٥ سنوات على الأقل", 5),
        ("τουλάχιστον 3 χρόνια εμπειρία σε μηχανική μάθηση", 3),
        ("Εμπειρία 5 ετών σε Python", 5),
    ],
)
def test_the_mideast_years_asked_are_read(profile_of: ProfileOf, line: str, years: float) -> None:
    assert posting_info(profile_of, _posting(line)).years_required == years


@pytest.mark.parametrize(
    "line",
    [
        "חברה עם 20 שנות פעילות בשוק",  # the firm's 20 years in the market: no experience
        "شركة تأسست منذ 25 سنوات",  # founded 25 years ago
        "Εταιρεία με 30 χρόνια παρουσίας",  # a firm of 30 years' presence
    ],
)
def test_a_firms_years_in_mideast_script_ask_nothing(profile_of: ProfileOf, line: str) -> None:
    assert posting_info(profile_of, _posting(line)).years_required is None


@pytest.mark.parametrize(
    ("line", "language", "grade"),
    [
        ("אנגלית ברמה גבוהה", "lang-english", "C1"),
        ("עברית - שפת אם", "lang-hebrew", "C2"),
        ("إجادة اللغة الإنجليزية", "lang-english", "C1"),
        ("اللغة العربية: ممتاز", "lang-arabic", "C1"),
        ("Πολύ καλή γνώση αγγλικών", "lang-english", "C1"),
        ("Γαλλικά: καλά", "lang-french", "B2"),
    ],
)
def test_a_mideast_language_is_asked_with_its_grade(
    profile_of: ProfileOf, line: str, language: str, grade: str
) -> None:
    found = asked(profile_of, _posting(line))
    assert found[language].grade == grade
    assert not [key for key in found if key.startswith("term:")], found


@pytest.mark.parametrize(
    "line",
    [
        "האוניברסיטה העברית בירושלים",  # the Hebrew University: no language
        "الإمارات العربية المتحدة",  # the United Arab Emirates
        "المملكة العربية السعودية",  # Saudi Arabia
    ],
)
def test_a_name_holding_a_languages_word_names_no_language(
    profile_of: ProfileOf, line: str
) -> None:
    found = asked(profile_of, _posting(line))
    assert not [key for key in found if key.startswith("lang-")], found


def test_a_resumes_languages_section_in_three_scripts(profile_of: ProfileOf) -> None:
    cv = (
        "Experience\nData Scientist, Acme, 2019 - 2021\n- Python\n\n"
        "Languages\nעברית - שפת אם\nΕλληνικά: μητρική\nالإنجليزية: ممتاز\n"
    )
    skills = {skill.id for skill in profile_of(cv, doc_type="resume").skills}
    assert {"lang-hebrew", "lang-greek", "lang-english"} <= skills


@pytest.mark.parametrize(
    "line",
    [
        "خبرة لا تقل عن 3 سنوات",
        "τουλάχιστον 3 χρόνια εμπειρία",
        "לפחות 3 שנות ניסיון",
    ],
)
def test_the_words_of_a_mideast_ask_name_no_term(profile_of: ProfileOf, line: str) -> None:
    assert not [key for key in asked(profile_of, _posting(line)) if key.startswith("term:")]


def test_a_mideast_term_of_its_own_is_still_asked(profile_of: ProfileOf) -> None:
    # a tool the taxonomy does not know, named in Latin letters on a Greek line
    found = asked(profile_of, _posting("Εμπειρία με Zorblex Mesh"))
    assert any("zorblex" in key for key in found), found
