"""Degrees named in Hebrew, Arabic and Greek, on lines written here, and their lookalikes: a
postdoc, a Greek language certificate ("Πτυχίο Αγγλικών") and words that only hold the
letters of a degree's."""

from __future__ import annotations

import pytest

from mlcareer.extract.education import degree_in_line

from .posting_helpers import ProfileOf, posting_info


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("תואר ראשון במדעי המחשב, האוניברסיטה העברית, 2016", "bachelor"),
        ("בוגר/ת תואר ראשון בהנדסת תוכנה", "bachelor"),
        ("תואר שני בסטטיסטיקה, אוניברסיטת תל אביב", "master"),
        ("דוקטורט בלמידת מכונה, מכון ויצמן", "phd"),
        ("תואר שלישי בפיזיקה", "phd"),
        ("بكالوريوس علوم الحاسوب، الجامعة الأردنية", "bachelor"),
        ("حاصل على البكالوريوس في الهندسة", "bachelor"),
        ("ماجستير في الذكاء الاصطناعي", "master"),
        ("الماجستير في الإحصاء", "master"),
        ("دكتوراه في علوم البيانات", "phd"),
        ("Πτυχίο Πληροφορικής, Πανεπιστήμιο Πειραιώς", "bachelor"),
        ("ΠΤΥΧΙΟ ΜΑΘΗΜΑΤΙΚΩΝ", "bachelor"),
        ("Κάτοχος πτυχίου Πληροφορικής ή συναφούς αντικειμένου", "bachelor"),
        ("Μεταπτυχιακό στη Μηχανική Μάθηση, ΕΚΠΑ", "master"),
        ("Μεταπτυχιακός τίτλος σπουδών", "master"),
        ("Διδακτορικό στη Στατιστική", "phd"),
    ],
)
def test_a_mideast_degree_is_read(line: str, degree: str) -> None:
    assert degree_in_line(line) == degree


@pytest.mark.parametrize(
    "line",
    [
        "פוסט-דוקטורט במכון ויצמן",  # a postdoc
        "باحث ما بعد الدكتوراه",  # a postdoctoral researcher
        "Μεταδιδακτορικός ερευνητής",  # a postdoctoral researcher
        "Πτυχίο Αγγλικών (Proficiency)",  # an English language certificate
        "Πτυχίο Proficiency",
        "Πτυχιακή εργασία σε Python",  # a final-year project
        "ניסיון בעבודה עם תואר",  # "degree" alone, no level
        "Unit 8200, IDF, 2014-2017",
    ],
)
def test_a_mideast_lookalike_names_no_degree(line: str) -> None:
    assert degree_in_line(line) is None


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("תואר ראשון במדעי המחשב או תחום רלוונטי", "bachelor"),
        ("بكالوريوس في علوم الحاسوب أو مجال ذي صلة", "bachelor"),
        ("Πτυχίο Πληροφορικής ή συναφούς αντικειμένου", "bachelor"),
    ],
)
def test_a_mideast_posting_asks_its_degree(profile_of: ProfileOf, line: str, degree: str) -> None:
    text = f"Data Scientist\n\nRequirements\n- {line}\n- Python\n"
    assert posting_info(profile_of, text).degree_required == degree
