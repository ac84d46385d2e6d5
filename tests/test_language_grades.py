"""How well a language is asked and shown: "German (Limited Working)" falls short of "Fluent
German (C1 or above)"; "English (C2)" meets "Fluent English". Small texts written here."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from mlcareer.api import Options, compare
from mlcareer.extract.language_grades import grade_beside
from mlcareer.models import Profile, SkillMatch

ProfileOf = Callable[..., Profile]


def verdict(profile_of: ProfileOf, options: Options, cv: str, ask: str, skill: str) -> SkillMatch:
    resume = profile_of(f"Jane Doe\n\nSkills\nPython, SQL\n\nLanguages\n{cv}\n", doc_type="resume")
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- Python\n- {ask}\n", doc_type="posting", name="jd.txt"
    )
    report = compare(resume, posting, options)
    found = [m for m in report.matched + report.missing if m.id == skill]
    assert len(found) == 1, [m.id for m in report.matched + report.missing]
    return found[0]


def test_limited_working_falls_short_of_c1(profile_of: ProfileOf, options: Options) -> None:
    cv = "English (Native or Bilingual), German (Limited Working)"
    found = verdict(profile_of, options, cv, "Fluent German (C1 or above)", "lang-german")
    assert found.status == "related"
    assert 0 < found.credit < 1
    assert found.detail == "shows B1 (limited working), asks C1"


def test_c2_meets_fluent(profile_of: ProfileOf, options: Options) -> None:
    found = verdict(profile_of, options, "English (C2)", "Fluent English", "lang-english")
    assert (found.status, found.credit, found.detail) == ("matched", 1.0, None)


def test_another_languages_grade_is_not_borrowed(profile_of: ProfileOf, options: Options) -> None:
    cv = "English (native), German (B1)"
    found = verdict(profile_of, options, cv, "German C1", "lang-german")
    assert found.status == "related"
    assert found.detail == "shows B1, asks C1"


@pytest.mark.parametrize(
    ("cv", "ask"),
    [("German", "German (C1 or above)"), ("German (B1)", "German"), ("German", "German")],
)
def test_ungraded_on_either_side_is_met(
    profile_of: ProfileOf, options: Options, cv: str, ask: str
) -> None:
    found = verdict(profile_of, options, cv, ask, "lang-german")
    assert (found.status, found.credit, found.detail) == ("matched", 1.0, None)


def test_a_minimum_met_exactly(profile_of: ProfileOf, options: Options) -> None:
    found = verdict(profile_of, options, "German: C1", "German (C1 or above)", "lang-german")
    assert found.status == "matched"


@pytest.mark.parametrize(
    ("line", "name", "grade"),
    [
        ("Fluent German", "German", "C1"),
        ("German (C1)", "German", "C1"),
        ("German: B2", "German", "B2"),
        ("English - native", "English", "C2"),
        ("German (Limited Working)", "German", "B1"),
        ("Business level English", "English", "B2"),
        ("Spanish (intermediate)", "Spanish", "B1"),
        ("English (Full Professional)", "English", "C1"),
        ("French (Elementary)", "French", "A2"),
        ("Upper intermediate English", "English", "B2"),
        ("English (native), German (B1)", "English", "C2"),
        ("English (native), German (B1)", "German", "B1"),
        ("English, German (B1)", "English", None),
        ("Fluent English, German", "German", None),
        ("German", "German", None),
        ("German engineering at C1 Systems", "German", None),
    ],
)
def test_grade_beside_a_name(line: str, name: str, grade: str | None) -> None:
    at = line.index(name)
    found = grade_beside(line, (at, at + len(name)))
    assert (found.cefr if found else None) == grade


def test_a_grade_short_is_advised_as_a_grade(profile_of: ProfileOf, options: Options) -> None:
    resume = profile_of("Jane Doe\n\nLanguages\nGerman (Limited Working)\n", doc_type="resume")
    posting = profile_of(
        "Analyst\n\nRequirements\n- Fluent German (C1 or above)\n", doc_type="posting", name="j.txt"
    )
    advice = [s for s in compare(resume, posting, options).suggestions if "German" in s.message]
    assert [s.kind for s in advice] == ["grade"]
    assert "more time" not in advice[0].message
    assert "shows B1 (limited working), asks C1" in advice[0].message


# A Europass self-assessment grid: five CEFR grades a language (listening, reading, spoken
# interaction, spoken production, writing), on the language's own line or on the lines below it.
# The grade shown is the grid's middle grade.
_OLD_GRID = """Mother tongue(s) Italian
Other language(s) UNDERSTANDING SPEAKING WRITING
Listening Reading Spoken interaction Spoken production
English C1 C1 B2 B2 B2
German A2 B1 A2 A2 A1
Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user"""

_NEW_GRID = """Mother tongue(s): ITALIAN
Other language(s):
ENGLISH
Listening C1 Reading C1 Writing B2
Spoken production B2 Spoken interaction B2
GERMAN
Listening A2 Reading B1 Writing A1
Spoken production A2 Spoken interaction A2"""


@pytest.mark.parametrize("grid", [_OLD_GRID, _NEW_GRID])
def test_europass_grid_middle_grade_falls_short(
    profile_of: ProfileOf, options: Options, grid: str
) -> None:
    found = verdict(profile_of, options, grid, "Fluent English (C1)", "lang-english")
    assert found.status == "related"
    assert found.detail == "shows B2 (self-assessment grid), asks C1"


@pytest.mark.parametrize("grid", [_OLD_GRID, _NEW_GRID])
def test_europass_grid_rows_stay_with_their_language(
    profile_of: ProfileOf, options: Options, grid: str
) -> None:
    found = verdict(profile_of, options, grid, "German (B2)", "lang-german")
    assert found.detail == "shows A2 (self-assessment grid), asks B2"
    met = verdict(profile_of, options, grid, "English (B2 or above)", "lang-english")
    assert (met.status, met.credit) == ("matched", 1.0)


@pytest.mark.parametrize("grid", [_OLD_GRID, _NEW_GRID])
def test_europass_grid_reads_languages_not_skills(profile_of: ProfileOf, grid: str) -> None:
    """The grid's column labels are not the writing and speaking skills, and a language
    written in capitals on its own line under Languages is still a language."""
    resume = profile_of(f"Jane Doe\n\nLanguages\n{grid}\n", doc_type="resume")
    assert {hit.name for hit in resume.skills} == {"Italian", "English", "German"}


def test_a_language_in_capitals_alone_on_its_line(profile_of: ProfileOf) -> None:
    resume = profile_of("Jane Doe\n\nLanguages\nFRENCH - native\n", doc_type="resume")
    assert [hit.name for hit in resume.skills] == ["French"]


def test_grades_of_several_languages_on_a_line_are_no_grid(
    profile_of: ProfileOf, options: Options
) -> None:
    cv = "English (C1), German (B1), French (A2)"
    found = verdict(profile_of, options, cv, "English (C2)", "lang-english")
    assert found.detail == "shows C1, asks C2"


# A grade written on a list of languages joined by "or" or "and" asks it of each of them:
# "Fluent English or German" asks fluent German too, whichever of the two is shown.
def asked_grades(profile_of: ProfileOf, ask: str) -> dict[str, str | None]:
    posting = profile_of(
        f"Data Engineer\n\nRequirements\n- Python\n- {ask}\n", doc_type="posting", name="jd.txt"
    )
    return {req.id: req.grade for req in posting.requirements if req.id.startswith("lang-")}


@pytest.mark.parametrize(
    ("ask", "grades"),
    [
        ("Fluent English or German", {"lang-english": "C1", "lang-german": "C1"}),
        ("English (C1) or French", {"lang-english": "C1", "lang-french": "C1"}),
        ("English or French (B2)", {"lang-english": "B2", "lang-french": "B2"}),
        ("Fluent English and German", {"lang-english": "C1", "lang-german": "C1"}),
        ("Fluent English and/or German", {"lang-english": "C1", "lang-german": "C1"}),
        (
            "Fluent in English, French, or German",
            {"lang-english": "C1", "lang-french": "C1", "lang-german": "C1"},
        ),
        # each keeps its own grade; an ungraded one takes the mildest of the list's
        ("Native English or fluent German", {"lang-english": "C2", "lang-german": "C1"}),
        (
            "Native English, German or French (B2)",
            {"lang-english": "C2", "lang-german": "B2", "lang-french": "B2"},
        ),
    ],
)
def test_a_grade_on_a_list_of_languages_asks_each(
    profile_of: ProfileOf, ask: str, grades: dict[str, str | None]
) -> None:
    assert asked_grades(profile_of, ask) == grades


@pytest.mark.parametrize(
    "ask",
    [
        "Fluent English, German a plus",  # a comma alone lists two asks
        "Fluent English; German is a plus",
        "Fluent English, with German or French a plus",  # the choice has no grade of its own
    ],
)
def test_a_grade_does_not_cross_into_another_ask(profile_of: ProfileOf, ask: str) -> None:
    grades = asked_grades(profile_of, ask)
    assert grades["lang-english"] == "C1"
    assert {lang: grade for lang, grade in grades.items() if lang != "lang-english"} == {
        lang: None for lang in grades if lang != "lang-english"
    }


def test_a_choice_of_languages_shown_below_its_grade(
    profile_of: ProfileOf, options: Options
) -> None:
    cv = "English (B1), German (A2)"
    found = verdict(profile_of, options, cv, "Fluent English or German", "lang-english")
    assert found.status == "related"
    assert 0 < found.credit < 1
    assert found.name == "English or German"
    assert found.detail == "English shows B1, asks C1"  # the member nearer the grade


def test_a_choice_of_languages_met_by_either(profile_of: ProfileOf, options: Options) -> None:
    cv = "English (B1), German (native)"
    found = verdict(profile_of, options, cv, "Fluent English or German", "lang-german")
    assert (found.status, found.credit) == ("matched", 1.0)
    assert found.detail == "one of: English, German"


def _asked(profile_of: ProfileOf, line: str) -> set[str]:
    text = f"Algorithm Engineer\n\nRequirements\n- {line}\n- Strong Python skills\n"
    posting = profile_of(text, doc_type="posting", name="jd.txt")
    return {req.id for req in posting.requirements} - {"python"}


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Proficient in English reading and writing", "lang-english"),
        ("English reading and writing", "lang-english"),
        ("Good English writing", "lang-english"),
        ("Fluent in Mandarin speaking and listening", "lang-mandarin"),
        ("Proficient in English (reading and writing)", "lang-english"),
        ("English: reading, writing and speaking", "lang-english"),
        ("Proficiency in English listening, speaking, reading and writing", "lang-english"),
    ],
)
def test_a_languages_skills_are_its_grades_not_soft_skills(
    profile_of: ProfileOf, line: str, language: str
) -> None:
    assert _asked(profile_of, line) == {language}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Strong writing skills", "writing"),
        ("Technical writing for research papers", "technical-documentation"),
        ("Experience writing documentation", "technical-documentation"),
        # a list of skills, not the language's: the comma parts them
        ("English, writing and public speaking", "writing"),
    ],
)
def test_writing_asked_on_its_own_stays_a_skill(
    profile_of: ProfileOf, line: str, skill: str
) -> None:
    assert skill in _asked(profile_of, line)


def test_a_long_list_of_languages_is_graded_in_linear_time(profile_of: ProfileOf) -> None:
    # each language's grade is read once: reading the list again for every member of it
    # took seconds on a 7 KB line
    languages = " or ".join(["English", "German (C1)", "French", "Spanish"] * 150)
    started = time.process_time()
    grades = asked_grades(profile_of, f"Fluent {languages}")
    assert time.process_time() - started < 1
    assert grades["lang-french"] == "C1"  # the mildest grade on the list: fluent English
