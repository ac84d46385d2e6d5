"""Language and nationality words: "French cuisine" and "Japanese clients" name no spoken
language, "fluent in French" and "Spanish-speaking customers" do. Small texts written here."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

ProfileOf = Callable[..., Profile]


def languages_of(profile: Profile) -> set[str]:
    return {hit.id for hit in profile.skills if hit.category == "spoken-languages"}


def asked_languages(line: str, profile_of: ProfileOf) -> set[str]:
    posting = profile_of(f"Head Chef\n\nRequirements\n- Python\n- {line}\n", doc_type="posting")
    return {r.id for r in posting.requirements if r.id.startswith("lang-")}


@pytest.mark.parametrize(
    "line",
    [
        "Expertise in Thai / French / Chinese cuisine",
        "Cooked Thai, Italian and Japanese dishes",
        "Knowledge of German engineering standards",
        "Experience with Japanese clients",
        "Experience sourcing from Chinese suppliers",
        "Experience opening restaurants in French Polynesia",
        "Supported the BI Norwegian Business School",
        "Worked for the Norwegian college of sport",
        "Polish citizen",
    ],
)
def test_a_language_name_before_a_noun_is_an_adjective(profile_of: ProfileOf, line: str) -> None:
    assert not asked_languages(line, profile_of)


@pytest.mark.parametrize(
    ("line", "languages"),
    [
        ("Fluent in French", {"lang-french"}),
        ("Languages: German, Spanish", {"lang-german", "lang-spanish"}),
        ("Good English communication skills", {"lang-english"}),
        ("Experience serving Spanish-speaking customers", {"lang-spanish"}),
        ("Portuguese (B2) a plus", {"lang-portuguese"}),
        ("Must speak Italian with guests", {"lang-italian"}),
        ("Bilingual English/Arabic", {"lang-english", "lang-arabic"}),
        ("Speak and write English effortlessly", {"lang-english"}),
        ("German, Italian and French speakers welcome", {"lang-german", "lang-italian",
                                                        "lang-french"}),
        ("Fluent English both written and spoken", {"lang-english"}),
        ("Deutsch fließend", {"lang-german"}),
        ("Korean language skills", {"lang-korean"}),
        ("Ability to work in an English-speaking team", {"lang-english"}),
    ],
)  # fmt: skip
def test_a_language_asked_for_stays_a_language(
    profile_of: ProfileOf, line: str, languages: set[str]
) -> None:
    assert asked_languages(line, profile_of) == languages


def test_a_resume_lists_its_languages_not_its_cuisines(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Experience\nSous Chef, Hotel Roma, 2019 - 2023\n"
        "- Ran the French pastry station; sourced from Chinese suppliers\n\n"
        "Skills\nPython, SQL, Thai cooking\n\n"
        "Languages\nEnglish Native\nHindi Elementary\nTamil (C1)\n",
        doc_type="resume",
    )
    assert languages_of(resume) == {"lang-english", "lang-hindi", "lang-tamil"}


def test_a_label_announces_languages_before_a_flattened_heading(profile_of: ProfileOf) -> None:
    resume = profile_of(
        "Personal details\nDate of birth: 1 May 1990 Language Proficiency: English, Hindi, Tamil"
        " References available on request\n",
        doc_type="resume",
    )
    assert languages_of(resume) == {"lang-english", "lang-hindi", "lang-tamil"}
