"""Spoken languages of South Asia as resumes and postings from India, Pakistan, Bangladesh,
Sri Lanka and Nepal name them: "Sinhala - Mother tongue", "Nepali (Native)", "Pashto (Basic)",
and a language named in its own script ("اردو زبان پر عبور", "हिंदी भाषा") is that language,
not a term the taxonomy does not know."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile


def _skill_ids(profile: Profile) -> set[str]:
    return {skill.id for skill in profile.skills}


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Sinhala - Mother tongue", "lang-sinhala"),
        ("Sinhalese (native), English (fluent)", "lang-sinhala"),
        ("Nepali (Native), English (Fluent)", "lang-nepali"),
        ("English (Fluent), Urdu (Native), Pashto (Basic)", "lang-pashto"),
        ("Languages Known: English, Hindi, Sindhi", "lang-sindhi"),
        ("Mother tongue: Odia", "lang-odia"),
        ("Languages Known: English, Assamese, Bengali", "lang-assamese"),
    ],
)
def test_south_asian_spoken_languages_are_read(
    profile_of: Callable[..., Profile], line: str, skill: str
) -> None:
    resume = profile_of(f"Ravi Perera\n\nLanguages\n{line}\n", "resume")
    assert skill in _skill_ids(resume)


def test_a_posting_asks_for_sinhala_or_tamil_as_an_advantage(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Associate Data Scientist\n\nRequirements\n- Good knowledge of Python.\n"
        "- Fluency in English; Sinhala or Tamil will be an added advantage.\n",
        "posting",
    )
    asked = {r.id: r.importance for r in posting.requirements}
    assert asked["lang-sinhala"] == "preferred"
    assert asked["lang-tamil"] == "preferred"
    assert not [r for r in posting.requirements if not r.known]


def test_languages_named_in_their_own_script_are_no_unknown_terms(
    profile_of: Callable[..., Profile],
) -> None:
    posting = profile_of(
        "Data Scientist\n\nRequirements\n- Python and SQL\n- اردو زبان پر عبور\n"
        "- हिंदी भाषा का ज्ञान\n- বাংলা ভাষায় দক্ষতা\n",
        "posting",
    )
    assert {"lang-urdu", "lang-hindi", "lang-bengali"} <= {r.id for r in posting.requirements}
    assert [r.jd_text for r in posting.requirements if not r.known] == []


@pytest.mark.parametrize(
    "line",
    [
        "- Built reports on the Nepalese rupee for the treasury desk.",
        "- Ran the Sinhala New Year campaign for retail stores.",
        "- Served customers of an Odia cuisine chain with demand forecasts.",
    ],
)
def test_a_south_asian_language_as_an_adjective_is_no_spoken_language(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(
        f"Experience\nData Analyst, Lanka Retail, 2020 - 2022\n{line}\n\nSkills\nPython\n",
        "resume",
    )
    assert not {s.id for s in resume.skills if s.category == "spoken-languages"}
