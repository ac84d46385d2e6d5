"""English tests' scores (IELTS, TOEFL iBT, TOEIC) read as English at a CEFR grade on both
sides of a match, from the bands the tests' makers publish. Small texts written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.language_grades import grade_beside
from mlcareer.models import Profile, SkillMatch

ProfileOf = Callable[..., Profile]


@pytest.mark.parametrize(
    ("line", "cefr"),
    [
        ("IELTS 7.0", "C1"),
        ("IELTS 6.5", "B2"),
        ("IELTS Academic 8.5", "C2"),
        ("IELTS overall band 5.5", "B2"),
        ("IELTS 4.5", "B1"),
        ("TOEFL iBT 100", "C1"),
        ("TOEFL 90", "B2"),
        ("TOEFL (iBT): 115", "C2"),
        ("TOEIC 800+", "B2"),
        ("TOEIC 950", "C1"),
        ("TOEIC score of 600", "B1"),
        ("TOEIC: 300", "A2"),
    ],
)
def test_a_tests_score_is_a_grade(line: str, cefr: str) -> None:
    grade = grade_beside(line, (0, 5))
    assert grade is not None and grade.cefr == cefr


@pytest.mark.parametrize(
    "line",
    [
        "TOEFL PBT 550",  # the paper test's scale is another
        "TOEFL 550",  # past the iBT's 120
        "IELTS 10",  # past the band scale
        "IELTS 2019",  # a year
        "TOEIC 5",  # below the test's lowest score
        "IELTS preparation course",
    ],
)
def test_no_grade_off_the_tests_scale(line: str) -> None:
    assert grade_beside(line, (0, 5)) is None


def _asks(profile_of: ProfileOf, item: str) -> dict[str, str | None]:
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- Python\n- {item}\n", doc_type="posting", name="jd.txt"
    )
    return {r.id: r.grade for r in posting.requirements}


@pytest.mark.parametrize(
    ("item", "cefr"),
    [
        ("IELTS 7.0 or above", "C1"),
        ("TOEIC 800+", "B2"),
        ("TOEFL iBT 100", "C1"),
        ("TOEIC score of 850 or higher", "B2"),
    ],
)
def test_a_tests_score_asks_english_not_a_term(profile_of: ProfileOf, item: str, cefr: str) -> None:
    assert _asks(profile_of, item) == {"python": None, "lang-english": cefr}


def _verdict(profile_of: ProfileOf, options: Options, cv: str, ask: str) -> SkillMatch:
    resume = profile_of(f"Jane Doe\n\nSkills\nPython, SQL\n\nLanguages\n{cv}\n", doc_type="resume")
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- Python\n- {ask}\n", doc_type="posting", name="jd.txt"
    )
    report = compare(resume, posting, options)
    found = [m for m in report.matched + report.missing if m.id == "lang-english"]
    assert len(found) == 1, [m.id for m in report.matched + report.missing]
    assert not [m.id for m in report.missing if m.id.startswith("term:")]
    return found[0]


def test_a_higher_score_meets_the_ask(profile_of: ProfileOf, options: Options) -> None:
    found = _verdict(profile_of, options, "IELTS 8.0", "TOEIC 800+")
    assert (found.status, found.credit) == ("matched", 1.0)


def test_a_lower_score_falls_short(profile_of: ProfileOf, options: Options) -> None:
    found = _verdict(profile_of, options, "TOEIC 600", "IELTS 7.0 or above")
    assert found.status == "related"
    assert found.detail == "shows B1 (toeic 600), asks C1"
