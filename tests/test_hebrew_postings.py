"""A posting written in Hebrew: a one-letter preposition glued to a name ("בPython", in
Python) leaves the name readable, the Hebrew names of machine learning, deep learning and AI
are read, and a Hebrew job title names its work ("מהנדס למידת מכונה", ML engineer). Small
texts written here."""

from __future__ import annotations

import pytest

from .posting_helpers import ProfileOf


def _asked(profile_of: ProfileOf, item: str) -> set[str]:
    text = f"מהנדס נתונים\n\nדרישות\n- {item}\n"
    return {req.name for req in profile_of(text, "posting").requirements}


@pytest.mark.parametrize(
    ("item", "skill"),
    [
        ("ניסיון של 3 שנים בPython", "Python"),
        ("ניסיון בעבודה עם Kubernetes וDocker", "Docker"),
        ("ידע בלמידת מכונה", "Machine learning"),
        ("ניסיון בלמידה עמוקה", "Deep learning"),
        ("היכרות עם בינה מלאכותית", "Artificial intelligence"),
    ],
)
def test_hebrew_items_name_their_skills(profile_of: ProfileOf, item: str, skill: str) -> None:
    assert skill in _asked(profile_of, item)


@pytest.mark.parametrize(
    ("title", "technical", "role"),
    [
        ("מהנדס למידת מכונה", True, "ml-engineer"),
        ("מדענית נתונים בכירה", True, "data-scientist"),
        ("אנליסט נתונים", True, "data-analyst"),
        ("מהנדס אזרחי", False, None),
        ("מנהל מכירות", False, None),
    ],
)
def test_a_hebrew_title_names_its_work(
    profile_of: ProfileOf, title: str, technical: bool, role: str | None
) -> None:
    text = f"{title}\n\nדרישות\n- ניסיון של 3 שנים לפחות\n- עבודה בצוות\n"
    posting = profile_of(text, "posting").posting
    assert posting is not None
    assert (posting.technical, posting.role) == (technical, role)
