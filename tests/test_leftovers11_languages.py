"""Spoken languages that earlier readers left: a JLPT level read as Japanese at a grade, and
the language asks of Hungarian, Romanian and Estonian postings. Small texts written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.language_grades import grade_beside
from mlcareer.models import Profile, SkillMatch

ProfileOf = Callable[..., Profile]


def _asks(profile_of: ProfileOf, item: str) -> dict[str, str | None]:
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- 3 years of Python\n- {item}\n",
        doc_type="posting",
        name="jd.txt",
    )
    return {r.id: r.grade for r in posting.requirements}


def _verdict(profile_of: ProfileOf, options: Options, cv: str, ask: str) -> SkillMatch:
    resume = profile_of(f"Jane Doe\n\nSkills\nPython, SQL\n\nLanguages\n{cv}\n", doc_type="resume")
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- Python\n- {ask}\n", doc_type="posting", name="jd.txt"
    )
    report = compare(resume, posting, options)
    found = [m for m in report.matched + report.missing if m.id == "lang-japanese"]
    assert len(found) == 1, [m.id for m in report.matched + report.missing]
    assert not [m.id for m in report.missing if m.id.startswith("term:")]
    return found[0]


@pytest.mark.parametrize(
    ("line", "cefr"),
    [("JLPT N1", "C1"), ("JLPT N2", "B2"), ("JLPT Level N3", "B1"), ("JLPT (N4)", "A2")],
)
def test_a_jlpt_level_is_a_grade(line: str, cefr: str) -> None:
    grade = grade_beside(line, (0, 4))
    assert grade is not None and grade.cefr == cefr


def test_n1_is_no_grade_beside_another_language() -> None:
    assert grade_beside("German N1", (0, 6)) is None


def test_jlpt_n2_asks_japanese_not_a_term(profile_of: ProfileOf) -> None:
    asks = _asks(profile_of, "Business-level Japanese (JLPT N2 or above)")
    assert asks == {"python": None, "lang-japanese": "B2"}


def test_jlpt_n1_meets_n2(profile_of: ProfileOf, options: Options) -> None:
    found = _verdict(profile_of, options, "English (native), JLPT N1", "JLPT N2 or above")
    assert (found.status, found.credit) == ("matched", 1.0)


def test_jlpt_n3_falls_short_of_n2(profile_of: ProfileOf, options: Options) -> None:
    found = _verdict(profile_of, options, "JLPT N3", "Business-level Japanese (JLPT N2)")
    assert found.status == "related"
    assert found.detail == "shows B1 (jlpt n3), asks B2"


@pytest.mark.parametrize(
    ("item", "skill", "cefr"),
    [
        ("Angol nyelvtudás", "lang-english", None),
        ("Tárgyalóképes angol nyelvtudás", "lang-english", "C1"),
        ("Jó német nyelvismeret", "lang-german", "B2"),
        ("Cunoștințe de limba engleză", "lang-english", None),
        ("Limba engleză - nivel avansat", "lang-english", "C1"),
        ("Engleză avansat", "lang-english", "C1"),
        ("Hea inglise keele oskus", "lang-english", "B2"),
        ("Eesti keele oskus", "lang-estonian", None),
    ],
)
def test_hungarian_romanian_estonian_language_asks(
    profile_of: ProfileOf, item: str, skill: str, cefr: str | None
) -> None:
    assert _asks(profile_of, item) == {"python": None, skill: cefr}


@pytest.mark.parametrize(
    "item",
    ["Experience at Eesti Energia or a similar utility", "Angol-Magyar Kereskedelmi Kamara member"],
)
def test_a_name_without_its_language_words_asks_no_language(
    profile_of: ProfileOf, item: str
) -> None:
    assert not [s for s in _asks(profile_of, item) if s.startswith("lang-")]
