"""Resumes made in online builders and designer templates (Canva, Zety, Enhancv, moderncv):
icon-font glyphs before headings, small-capital headings, skill ratings, sidebars of
strengths and interests, timelines with the dates above each job, Europass language grids."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mlcareer.models import Profile

JOB = "Data Scientist, Acme Analytics, 2020 - 2023\n- Built churn models in Python\n"


def _skills(profile: Profile) -> set[str]:
    return {skill.name for skill in profile.skills}


def _section_names(profile: Profile) -> list[str]:
    return [section.name for section in profile.sections]


@pytest.mark.parametrize("icon", ["\uf0b1", "\ue900", "\U0001f4bc", "\uf0b1\u00a0"])
def test_an_icon_fonts_glyph_before_a_heading_leaves_it_a_heading(
    profile_of: Callable[..., Profile], icon: str
) -> None:
    resume = profile_of(
        f"Jane Doe\n\n{icon} EXPERIENCE\n{JOB}\n{icon} SKILLS\nPython, SQL\n", "resume"
    )
    assert _section_names(resume) == ["experience", "skills"]


def test_an_icon_glyph_alone_opens_no_section(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(f"Jane Doe\n\nEXPERIENCE\n{JOB}\uf0e0\nPython, SQL\n", "resume")
    assert _section_names(resume) == ["experience"]


def test_small_capital_headings_open_their_sections(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        f"Wei Zhang\n\nᴇxᴘᴇʀɪᴇɴᴄᴇ\n{JOB}\nꜱᴋɪʟʟꜱ\nPython, Julia\n\nɪɴᴛᴇʀᴇꜱᴛꜱ\nGo, poker\n",
        "resume",
    )
    assert _section_names(resume) == ["experience", "skills", "interests"]
    assert "Julia" in _skills(resume)
    assert "Go" not in _skills(resume)


def test_bold_letters_from_a_font_generator_read_as_letters(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(f"Jane Doe\n\n𝐄𝐗𝐏𝐄𝐑𝐈𝐄𝐍𝐂𝐄\n{JOB}\n𝐒𝐊𝐈𝐋𝐋𝐒\n𝐏𝐲𝐭𝐡𝐨𝐧, SQL\n", "resume")
    assert _section_names(resume) == ["experience", "skills"]
    mention = next(s for s in resume.skills if s.name == "Python").mentions[-1]
    assert mention.text == "Python"  # the text read, its offsets still the file's


@pytest.mark.parametrize("heading", ["Interests", "HOBBIES", "I N T E R E S T S"])
@pytest.mark.parametrize("line", ["Chess, Go, hiking", "Skiing, Go, woodworking", "Go, poker"])
def test_go_among_pastimes_is_the_game(
    profile_of: Callable[..., Profile], heading: str, line: str
) -> None:
    resume = profile_of(f"Jane Doe\n\nExperience\n{JOB}\n{heading}\n{line}\n", "resume")
    assert "Go" not in _skills(resume)


@pytest.mark.parametrize(
    "line",
    [
        "Writing backend services in Go",
        "Open source: Go and Python tools",
        "Go, Python, hiking",
        "Arduino, Go, hiking",
        "Side projects: Terraform, Go, home automation",
        "Go, Rust, compilers",
    ],
)
def test_go_the_language_among_interests_still_shows(
    profile_of: Callable[..., Profile], line: str
) -> None:
    resume = profile_of(f"Jane Doe\n\nExperience\n{JOB}\nInterests\n{line}\n", "resume")
    assert "Go" in _skills(resume)


@pytest.mark.parametrize("rated", ["Go ●○○○○", "Go — Beginner", "Beginner: Go, Rust"])
def test_a_skill_rated_low_in_a_skills_list_still_shows(
    profile_of: Callable[..., Profile], rated: str
) -> None:
    resume = profile_of(f"Jane Doe\n\nExperience\n{JOB}\nSkills\nPython ●●●●●\n{rated}\n")
    assert {"Go", "Python"} <= _skills(resume)


@pytest.mark.parametrize("heading", ["STRENGTHS", "Strengths ▸", "S T R E N G T H S", "Skills"])
def test_leadership_under_a_strengths_heading_is_a_strength(
    profile_of: Callable[..., Profile], heading: str
) -> None:
    resume = profile_of(
        f"Jane Doe\n\nExperience\n{JOB}\n{heading}\nLeadership\nCommunication\n", "resume"
    )
    assert _section_names(resume) == ["experience", "skills"]
    assert {"Leadership", "Communication"} <= _skills(resume)


def test_leadership_inside_a_list_of_strengths_is_a_strength(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        f"Jane Doe\n\nExperience\n{JOB}\nStrengths\nCommunication\nLeadership\nTeamwork\n",
        "resume",
    )
    assert _section_names(resume) == ["experience", "skills"]


def test_a_leadership_heading_set_apart_still_opens_its_section(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        f"Jane Doe\n\nExperience\n{JOB}\nSkills\nPython, SQL\n\nLeadership\n"
        "President, Data Science Club, 2019 - 2020\n",
        "resume",
    )
    assert _section_names(resume) == ["experience", "skills", "interests"]


@pytest.mark.parametrize(
    "dates",
    ["2022-01 – present", "Jan 2022 - Present", "01/2022 – Present"],
)
def test_a_timelines_title_below_its_dates_with_employer_and_town(
    profile_of: Callable[..., Profile], dates: str
) -> None:
    resume = profile_of(
        f"Dan Okafor\n\n— Experience —\n{dates}\n"
        "Staff ML Engineer, Parcelwise Inc., San Francisco, CA\n- Led ranking work in PyTorch\n\n"
        "2018-06 – 2021-12\nMachine Learning Engineer, Tidemark Labs, Oakland, CA\n"
        "- Trained fraud models on Spark\n",
        "resume",
    )
    titles = [job.title or "" for job in resume.experience.jobs]
    assert len(titles) == 2
    assert titles[0].startswith("Staff ML Engineer")
    assert titles[1].startswith("Machine Learning Engineer")


def test_a_heading_above_a_jobs_dates_is_no_title(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        "Dan Okafor\n\nEXPERIENCE\nJan 2022 - Present\nParcelwise Inc., San Francisco\n"
        "- Led the ranking team\n",
        "resume",
    )
    assert [job.title for job in resume.experience.jobs] == [None]


@pytest.mark.parametrize(
    "grid",
    [
        "English  UNDERSTANDING C2  SPEAKING C1  WRITING C1",
        "German  Understanding B2  Speaking B1  Writing B1",
        "French: speaking B1, writing A2",
    ],
)
def test_a_europass_language_grid_shows_no_speaking_skill(
    profile_of: Callable[..., Profile], grid: str
) -> None:
    resume = profile_of(f"Jane Doe\n\nExperience\n{JOB}\nLanguages\n{grid}\n", "resume")
    assert not {"Speaking", "Writing", "Listening"} & _skills(resume)


def test_public_speaking_beside_a_language_still_shows(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        f"Jane Doe\n\nExperience\n{JOB}\nSkills\nEnglish C1, public speaking, writing\n",
        "resume",
    )
    assert "Public speaking" in _skills(resume)


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("PASSIONS", "interests"),
        ("My Time", "interests"),
        ("My Life Philosophy", "interests"),
        ("FIND ME ONLINE", "contact"),
    ],
)
def test_a_builders_sidebar_headings_open_their_sections(
    profile_of: Callable[..., Profile], heading: str, section: str
) -> None:
    resume = profile_of(
        f"Nora Berg\n\nExperience\n{JOB}\nSkills\nSQL ●●●●○\n\n{heading}\nGo, chess, sailing\n",
        "resume",
    )
    assert _section_names(resume) == ["experience", "skills", section]
    assert "Go" not in _skills(resume)


def test_industry_expertise_with_bars_is_a_skills_list(profile_of: Callable[..., Profile]) -> None:
    resume = profile_of(
        f"Nora Berg\n\nExperience\n{JOB}\nInterests\nsailing\n\nINDUSTRY EXPERTISE\n"
        "Retail ■■■■□\nFinance ■■■□□\n",
        "resume",
    )
    assert _section_names(resume) == ["experience", "interests", "skills"]


def test_a_posting_reads_passions_by_its_words(profile_of: Callable[..., Profile]) -> None:
    posting = profile_of(
        "Data Engineer\n\nRequirements\n- 3+ years of Python\n\nPassions\n"
        "- You care about clean data\n",
        "posting",
    )
    assert "interests" not in _section_names(posting)


@pytest.mark.parametrize(
    "above",
    ["Strengths\nCommunication\nTeamwork\n", "Technical Skills\n", "STRENGTHS\nTeamwork\n"],
)
def test_leadership_over_a_dated_entry_opens_its_section_even_under_strengths(
    profile_of: Callable[..., Profile], above: str
) -> None:
    leadership = "LEADERSHIP" if above.isupper() else "Leadership"
    resume = profile_of(
        f"Jane Doe\n\nExperience\n{JOB}\n{above}{leadership}\n"
        "Team Lead, Hackathon Club, 2019 - 2020\nOrganized workshops for 200 students.\n",
        "resume",
    )
    assert _section_names(resume) == ["experience", "skills", "interests"]


def test_rust_among_interests_beside_compilers_is_the_language(
    profile_of: Callable[..., Profile],
) -> None:
    resume = profile_of(
        f"Jane Doe\n\nExperience\n{JOB}\nInterests\nGo, Rust, compilers\n", "resume"
    )
    assert "Rust" in _skills(resume)
