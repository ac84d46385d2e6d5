"""A case ending is read in the language whose words mark the line or the document: a
Finnish genitive on a Polish CV ("Javan", a man's name) or a Slovak locative on a Finnish
line ("Gite") names no product. Texts are small and written here."""

from __future__ import annotations

import pytest

from mlcareer.extract.case_endings import stems

from .posting_helpers import ProfileOf


def _resume_skills(profile_of: ProfileOf, text: str) -> set[str]:
    return {skill.id for skill in profile_of(text, "resume").skills}


@pytest.mark.parametrize(
    ("text", "foreign"),
    [
        # Polish: "Javan" ends as a Finnish genitive, "Gite" as a Slovak locative
        ("Doświadczenie zawodowe\nPraca dla zespołu oraz przy projektach\n", "Javan"),
        ("Doświadczenie zawodowe\nPraca dla zespołu oraz przy projektach\n", "Gite"),
        # Finnish: "Gite" and "Scalae" end as Slovak or Czech words do
        ("Työkokemus\nAnalyytikko, jossa tein raportteja ja malleja\n", "Gite"),
        ("Työkokemus\nAnalyytikko, jossa tein raportteja ja malleja\n", "Scalae"),
        # Czech: "Rubyn" ends as a Finnish genitive
        ("Pracovní zkušenosti\nAnalytik, který dělal reporty a také modely\n", "Rubyn"),
    ],
)
def test_another_languages_ending_names_nothing(
    profile_of: ProfileOf, text: str, foreign: str
) -> None:
    found = _resume_skills(profile_of, f"{text}- Spotkania: {foreign} Nowak\n")
    assert not {"java", "git", "scala", "ruby"} & found


@pytest.mark.parametrize(
    ("text", "skill"),
    [
        ("Työkokemus\nAnalyytikko, jossa tein raportteja\n- Rubyn ja SQL:n käyttö\n", "ruby"),
        ("Pracovné skúsenosti\nAnalytik, ktorý robil reporty\n- Verzie v Gite\n", "git"),
        ("Doświadczenie zawodowe\nPraca dla zespołu\n- Znajomość Rusta\n", "rust"),
        ("Doświadczenie zawodowe\nPraca dla zespołu\n- Aplikacje w Swiftem\n", "swift"),
    ],
)
def test_the_lines_own_ending_still_names_the_skill(
    profile_of: ProfileOf, text: str, skill: str
) -> None:
    assert skill in _resume_skills(profile_of, text)


@pytest.mark.parametrize(
    ("word", "language", "stem"),
    [
        ("Javan", "fi", "Java"),
        ("Gite", "cs", "Git"),
        ("Pythonem", "pl", "Python"),
        ("Pythonem", "cs", "Python"),
    ],
)
def test_stems_in_one_language(word: str, language: str, stem: str) -> None:
    assert stem in stems(word, {language})


@pytest.mark.parametrize(
    ("word", "language", "stem"),
    [
        ("Javan", "pl", "Java"),
        ("Javan", "cs", "Java"),
        ("Gite", "fi", "Git"),
        ("Gite", "pl", "Git"),
    ],
)
def test_no_stem_under_another_languages_ending(word: str, language: str, stem: str) -> None:
    assert stem not in stems(word, {language})
